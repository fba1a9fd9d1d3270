// @web/test-runner plugin: a server command that turns forced colours (Windows contrast themes)
// on and off in the test's page, through the DevTools protocol. The runner's own emulateMedia
// cannot: puppeteer accepts only prefers-color-scheme, prefers-reduced-motion and color-gamut.
//
//   import { executeServerCommand } from '@web/test-runner-commands';
//   await executeServerCommand('emulate-forced-colors', { active: true });
//   try { ... } finally { await executeServerCommand('emulate-forced-colors', { active: false }); }

/** @returns {import('@web/test-runner').TestRunnerPlugin<{ active?: boolean }>} */
export function forcedColorsPlugin() {
  /** One DevTools session per test page, so turning it off undoes what turning it on did. */
  const sessions = new Map();
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer') {
        throw new Error(
          `emulate-forced-colors needs a puppeteer browser, not ${session.browser.type}`,
        );
      }
      let cdp = sessions.get(session.id);
      if (!cdp) {
        cdp = await session.browser.getPage(session.id).createCDPSession();
        sessions.set(session.id, cdp);
      }
      await cdp.send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
      });
      return true;
    },
  };
}
