// Injected into the one-file CDN builds (scripts/build.mjs, esbuild `inject`): stand-ins for the
// browser globals that Lit's browser build and the define entries touch while the file loads
// (the element base class, the template walker's document, the tag registry), so that importing
// a CDN file where there is no DOM (server-side rendering, a Node script) does not throw. They are
// module-local: in a browser they are the real globals, and nothing is ever written to
// globalThis. Without a real registry nothing registers (`get` finds nothing, `define` is a no-op).
const dom = globalThis;

const BaseElement = dom.HTMLElement ?? class {};
const documentOrStandIn = dom.document ?? { createTreeWalker: () => ({}) };
const registryOrStandIn = dom.customElements ?? {
  get: () => undefined,
  define: () => undefined,
  whenDefined: () => new Promise(() => undefined),
};

export {
  BaseElement as HTMLElement,
  documentOrStandIn as document,
  registryOrStandIn as customElements,
};
