// Runs the pure-layer tests (test/model, test/feed, test/layout) in Node, for mutation testing.
// Loaded through mocha's `require` (scripts/mutation/node/mocharc.cjs), so it works in-process too,
// as under Stryker's mocha runner: it registers tsx for TypeScript and a resolve hook that maps
// `@open-wc/testing` to chai's `expect` (the only thing the pure-layer tests take from it).
import { register } from 'node:module';
import { register as registerTsx } from 'tsx/esm/api';

registerTsx();
register('./hooks.mjs', import.meta.url);
