// A loopback stand-in for the npm registry's bulk advisory endpoint: the only place the tests send npm audit.
import * as http from 'node:http';
import * as zlib from 'node:zlib';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { AppCopy } from './app-copy';

/** Answers the bulk advisory request with `advisories`, keeping every request body; anything else is a 404. */
export function advisoryServer(advisories: Record<string, unknown[]>): Promise<{ url: string; requests: unknown[]; close(): Promise<void> }> {
  const requests: unknown[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      let body = Buffer.concat(chunks);
      if (req.headers['content-encoding'] === 'gzip') body = zlib.gunzipSync(body);
      if (req.method === 'POST' && req.url === '/-/npm/v1/security/advisories/bulk') {
        requests.push(JSON.parse(body.toString() || '{}'));
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify(advisories));
      } else {
        res.statusCode = 404;
        res.end('{}');
      }
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, requests, close: () => new Promise((r) => server.close(() => r())) }),
    ),
  );
}

/** The sample app with one dependency and a lockfile, so npm audit has something to ask about. */
export function withDependency(app: AppCopy): void {
  const pkg = JSON.parse(fs.readFileSync(path.join(app.dir, 'package.json'), 'utf8'));
  pkg.dependencies = { 'left-pad': '1.1.0' };
  app.write('package.json', JSON.stringify(pkg, null, 2));
  app.write(
    'package-lock.json',
    JSON.stringify({
      name: pkg.name, version: pkg.version, lockfileVersion: 3, requires: true,
      packages: { '': { name: pkg.name, version: pkg.version, dependencies: { 'left-pad': '1.1.0' } }, 'node_modules/left-pad': { version: '1.1.0', resolved: 'https://registry.npmjs.org/left-pad/-/left-pad-1.1.0.tgz', integrity: 'sha512-x' } },
    }),
  );
}
