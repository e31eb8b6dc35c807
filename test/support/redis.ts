// A real redis-server of the test's own, on a free loopback port, that the test may stop and start again.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import Redis from 'ioredis';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { freePort } from './ports';
import { tmpDir } from './tmp';

export interface TestRedis {
  port: number;
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
}

/**
 * persistDir: keep the data there (fsync'd AOF), so it survives stop() and start() like a production Redis's.
 * config: the whole config file instead (written to persistDir, mode 0600), e.g. what `slipway provision` writes.
 * bind: addresses to listen on besides 127.0.0.1 (a lab's link-local address other hosts of the test reach).
 */
export async function startRedis(opts: { password?: string; persistDir?: string; config?: (port: number) => string; bind?: string[] } = {}): Promise<TestRedis> {
  if (spawnSync('redis-server', ['--version']).status !== 0) {
    throw new Error('redis-server is not installed: run `npm test` (it provisions the real parts) or `apt-get install redis-server`');
  }
  const port = await freePort();
  // whatever it writes (an AOF that provision turns on live, a dump) stays in a dir of the test's, never in the cwd
  const dataDir = opts.persistDir ?? tmpDir('slipway-redis-');
  let child: ChildProcess | undefined;
  const auth = opts.password ? `:${encodeURIComponent(opts.password)}@` : '';
  const start = async () => {
    if (opts.config) {
      if (!opts.persistDir) throw new Error('startRedis: config needs a persistDir to write it to');
      const file = path.join(opts.persistDir, 'redis.conf');
      // its dir, pid file and log stay in the test's dir, and it stays our child (kill -9 reaches it)
      fs.writeFileSync(file, `${opts.config(port)}dir ${opts.persistDir}\ndaemonize no\npidfile ${opts.persistDir}/redis.pid\nlogfile ""\n`, { mode: 0o600 });
      child = spawn('redis-server', [file], { stdio: ['ignore', 'ignore', 'inherit'] });
      return waitUntilAnswers(port, opts.password);
    }
    child = spawn('redis-server', ['-'], { stdio: ['pipe', 'ignore', 'inherit'] });
    // config on stdin so a password never shows in argv
    child.stdin!.end([`port ${port}`, `bind ${['127.0.0.1', ...(opts.bind ?? [])].join(' ')}`, "save ''", `dir ${dataDir}`, ...(opts.persistDir ? ['appendonly yes', 'appendfsync always'] : ['appendonly no']), ...(opts.password ? [`requirepass ${opts.password}`] : [])].join('\n') + '\n');
    await waitUntilAnswers(port, opts.password);
  };
  await start();
  return {
    port,
    url: `redis://${auth}127.0.0.1:${port}`,
    start,
    stop: () =>
      new Promise<void>((resolve) => {
        if (!child || child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
  };
}

async function waitUntilAnswers(port: number, password?: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const client = new Redis({ port, host: '127.0.0.1', password, lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0 });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.ping();
      return;
    } catch {
      if (Date.now() > deadline) throw new Error(`redis-server on 127.0.0.1:${port} did not start`);
      await new Promise((r) => setTimeout(r, 50));
    } finally {
      client.disconnect();
    }
  }
}
