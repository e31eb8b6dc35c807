// A loopback origin for a browser test page: the page, its script bundled from test/support/web/ofrep-page.js by esbuild,
// and /ofrep/* passed through to the toggle server unchanged (streams included), as an app's own origin would.
import * as http from 'node:http';
import * as path from 'node:path';
import { build } from 'esbuild';
import { freePort } from '../ports';

export async function bundlePageScript(): Promise<string> {
  const out = await build({ entryPoints: [path.join(__dirname, 'ofrep-page.js')], bundle: true, write: false, format: 'iife', platform: 'browser', target: 'chrome120', logLevel: 'warning' });
  return out.outputFiles[0].text;
}

export async function startPageServer(toggleUrl: string): Promise<{ url: string; close: () => Promise<void> }> {
  const script = await bundlePageScript();
  const upstream = new URL(toggleUrl);
  const server = http.createServer((req, res) => {
    if (req.url === '/') return void res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>flags</title><script src="/app.js"></script>');
    if (req.url === '/app.js') return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    if (!req.url?.startsWith('/ofrep/')) return void res.writeHead(404).end();
    const proxied = http.request({ host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    proxied.on('error', () => res.destroy());
    res.on('close', () => proxied.destroy());
    req.pipe(proxied);
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
