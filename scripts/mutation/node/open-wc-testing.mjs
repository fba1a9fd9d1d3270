// Stand-in for `@open-wc/testing` in the Node run of the pure-layer tests: chai's expect.
// The pure layers have no DOM, so their tests use nothing else from it; a test that does
// (fixture, html, chai-dom assertions) belongs in the browser-only list in mocharc.cjs.
export { expect } from 'chai';
