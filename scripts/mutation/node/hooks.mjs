// Module hooks for the Node run of the pure-layer tests (see register.mjs).
//  - `@open-wc/testing` resolves to ./open-wc-testing.mjs (chai's expect, no DOM plugins);
//  - `@web/test-runner-commands` resolves to ./test-runner-commands.mjs (`readFile` from disk);
//  - `.json` imports load as JSON modules without an import attribute, as in the browser run
//    (esbuild there turns them into default exports).
const shim = new URL('./open-wc-testing.mjs', import.meta.url).href;
const commands = new URL('./test-runner-commands.mjs', import.meta.url).href;

export async function resolve(specifier, context, next) {
  if (specifier === '@open-wc/testing') return { url: shim, shortCircuit: true };
  if (specifier === '@web/test-runner-commands') return { url: commands, shortCircuit: true };
  const result = await next(specifier, context);
  if (result.url.startsWith('file:') && result.url.endsWith('.json')) {
    return { ...result, format: 'json', importAttributes: { type: 'json' } };
  }
  return result;
}

export async function load(url, context, next) {
  if (url.startsWith('file:') && url.endsWith('.json')) {
    return next(url, { ...context, format: 'json', importAttributes: { type: 'json' } });
  }
  return next(url, context);
}
