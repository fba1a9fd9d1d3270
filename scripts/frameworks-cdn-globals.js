// Injected into the one-file CDN builds (scripts/build.mjs, esbuild `inject`): stand-ins for the
// two browser globals that Lit's browser build touches while its modules load (the element base
// class and the template walker's document), so that importing a CDN file where there is no DOM
// (server-side rendering, a Node script) does not throw. In a browser they are the real ones; the
// define entries register tags only where `customElements` exists.
const dom = globalThis;

const BaseElement = dom.HTMLElement ?? class {};
const documentOrStandIn = dom.document ?? { createTreeWalker: () => ({}) };

export { BaseElement as HTMLElement, documentOrStandIn as document };
