// A loopback server for the browser benchmarks: serves an in-memory map of path -> { type, body }
// (no caching), on a free port of 127.0.0.1.
import { createServer } from 'node:http';

/**
 * @param {Map<string, { type: string, body: string | Buffer }>} files
 * @returns {Promise<{ origin: string, server: import('node:http').Server }>}
 */
export async function serveFiles(files) {
  const server = createServer((req, res) => {
    const file = files.get(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': file.type, 'Cache-Control': 'no-store' }).end(file.body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address !== 'object') throw new Error('no port');
  return { origin: `http://127.0.0.1:${address.port}`, server };
}
