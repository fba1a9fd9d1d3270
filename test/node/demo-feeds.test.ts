/**
 * The demo portal serves each customer a feed of its own (vite.config.ts, `perCustomerFeeds`), as
 * the README tells providers to: a customer's browser downloads nothing of another customer.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { parseFeed } from '../../src/feed/index.js';
import { root } from './cli-runner.js';

const NAMES: Record<string, string> = {
  contoso: 'Contoso Retail',
  fabrikam: 'Fabrikam Logistics',
  tailspin: 'Tailspin Health',
};

let server: ViteDevServer;
let base = '';
before(async () => {
  server = await createServer({
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'silent',
    server: { port: 0, strictPort: false, hmr: false, watch: null },
  });
  await server.listen();
  const address = server.httpServer!.address();
  assert.ok(address && typeof address === 'object');
  base = `http://127.0.0.1:${address.port}`;
});
after(async () => {
  await server.close();
});

describe('demo portal feeds', () => {
  test('/sla/index.json lists the sample customers for the switcher', async () => {
    const index = (await (await fetch(`${base}/sla/index.json`)).json()) as {
      customers: { id: string }[];
    };
    assert.deepEqual(
      index.customers.map((c) => c.id),
      ['contoso', 'fabrikam', 'tailspin'],
    );
  });

  for (const id of Object.keys(NAMES)) {
    test(`/sla/${id}.json is a valid feed of ${id} alone`, async () => {
      const response = await fetch(`${base}/sla/${id}.json`);
      assert.equal(response.status, 200);
      const text = await response.text();
      const parsed = parseFeed(text);
      assert.ok(parsed.ok, JSON.stringify(!parsed.ok && parsed.issues.slice(0, 3)));
      assert.deepEqual(
        parsed.feed.customers.map((c) => c.id),
        [id],
      );
      for (const [other, name] of Object.entries(NAMES)) {
        if (other === id) continue;
        assert.ok(!text.includes(name), `${id}'s feed names ${name}`);
        assert.ok(!text.includes(`"${other}"`), `${id}'s feed holds the id ${other}`);
      }
    });
  }

  test('an unknown customer gets 404, not another feed', async () => {
    assert.equal((await fetch(`${base}/sla/nobody.json`)).status, 404);
    assert.equal((await fetch(`${base}/sla/contoso`)).status, 404);
  });
});
