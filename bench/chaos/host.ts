// Host faults of bench:chaos and what it watches while they happen: the bench's own Redis (as `slipway provision`
// runs it) killed with -9, dockerd stopped and started again the way provision starts it, acknowledged flag writes
// checked after Redis is back, and OOM kills of the app's containers.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawn } from 'node:child_process';
import Redis from 'ioredis';
import { pollUntil, sleep } from '../../src/core/deadline';
import { redisConfPath } from '../../src/provision/provision';
import { aofNames, dataDirOf } from '../../src/provision/redis-server';
import { docker, slipway, slipwayOk, tail, type Stack } from './stack';

const DOCKERD_PIDFILE = '/var/run/docker.pid';
const DOCKERD_LOG = '/var/log/slipway-dockerd.log';

/** The pid in a pid file, if that process is alive and its command line matches. */
function livePid(pidFile: string, cmdline: RegExp): number | undefined {
  try {
    const pid = Number(fs.readFileSync(pidFile, 'utf8').trim());
    return cmdline.test(fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ')) ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** The bench's redis-server, found by its command line (`redis-server 127.0.0.1:PORT`) wherever its pid file is. */
function redisPid(port: number): number | undefined {
  const mine = new RegExp(`^redis-server \\S*:${port}\\b`);
  for (const entry of fs.readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
    try {
      if (mine.test(fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' '))) return Number(entry);
    } catch {
      /* gone meanwhile */
    }
  }
  return undefined;
}

const gone = (pid: number) => !fs.existsSync(`/proc/${pid}`);

async function redisAnswers(stack: Stack): Promise<boolean> {
  const client = new Redis(stack.env.REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 1000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

/** `slipway provision` for the bench's app: starts its Redis (and dockerd, when it does not answer), as on a host. */
export async function provision(stack: Stack): Promise<void> {
  await slipwayOk(stack, ['provision']);
  if (!(await pollUntil(() => redisAnswers(stack), 15_000))) throw new Error(`the bench's Redis on 127.0.0.1:${stack.redisPort} does not answer after provision`);
}

/** kill -9 of the bench's Redis, then provision starts it again. */
export async function killRedis(stack: Stack): Promise<void> {
  const pid = redisPid(stack.redisPort);
  if (!pid) throw new Error(`no redis-server of the bench on port ${stack.redisPort}`);
  process.kill(pid, 'SIGKILL');
  if (!(await pollUntil(() => gone(pid), 10_000, 20))) throw new Error(`redis-server ${pid} survived kill -9`);
  await provision(stack);
}

/** Flag writes acknowledged by the toggle server: name → the value it answered with. */
export async function writeFlags(stack: Stack, count: number): Promise<Map<string, unknown>> {
  const acked = new Map<string, unknown>();
  const auth = { Authorization: `Bearer ${stack.env.SLIPWAY_FLAGS_TOKEN}` };
  const toggled = await fetch(`${stack.urls.toggle}/newfeature`, { method: 'POST', headers: auth });
  if (toggled.ok) acked.set('myflag', ((await toggled.json()) as { value: unknown }).value);
  for (let i = 0; i < count; i++) {
    const value = `chaos-${Date.now()}-${i}`;
    const r = await fetch(`${stack.urls.toggle}/flags/chaos${i}`, { method: 'PUT', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ value }) });
    if (r.ok) acked.set(`chaos${i}`, ((await r.json()) as { value: unknown }).value);
  }
  return acked;
}

/** Acknowledged writes the toggle server no longer gives back (asked until it answers again, bounded). */
export async function lostFlags(stack: Stack, acked: Map<string, unknown>): Promise<string[]> {
  const lost: string[] = [];
  for (const [name, value] of acked) {
    let now: unknown = '(no answer)';
    await pollUntil(async () => {
      const r = await fetch(`${stack.urls.toggle}/flags/${name}`, { signal: AbortSignal.timeout(2000) }).catch(() => undefined);
      if (r?.status === 200) now = ((await r.json()) as { value: unknown }).value;
      return r?.status === 200 || r?.status === 404;
    }, 30_000, 250);
    if (JSON.stringify(now) !== JSON.stringify(value)) lost.push(`${name}: acknowledged ${JSON.stringify(value)}, now ${JSON.stringify(now)}`);
  }
  return lost;
}

/** Removes the bench's Redis and every file provision wrote for it. */
export async function removeRedis(stack: Stack): Promise<void> {
  const pid = redisPid(stack.redisPort);
  if (pid) {
    process.kill(pid, 'SIGKILL');
    await pollUntil(() => gone(pid), 10_000, 20);
  }
  const dataDir = dataDirOf('/etc/redis/redis.conf');
  const aof = aofNames(stack.redisPort);
  // the pid file in /var/run, or (a later provision) in the data dir
  for (const f of [redisConfPath(stack.redisPort), `/var/run/redis-slipway-${stack.redisPort}.pid`, path.join(dataDir, `slipway-${stack.redisPort}.pid`), path.join(dataDir, `slipway-${stack.redisPort}.rdb`), path.join(dataDir, aof.dirname), `/var/log/redis/slipway-${stack.redisPort}.log`]) {
    fs.rmSync(f, { recursive: true, force: true });
  }
}

let dockerdToRestore: string[] | undefined;

/** Stops dockerd (SIGTERM, as a service manager does) and starts it again through provision, with the flags it ran with. */
export async function restartDockerd(stack: Stack): Promise<void> {
  const pid = livePid(DOCKERD_PIDFILE, /^dockerd\b|\/dockerd\b/);
  if (!pid) throw new Error(`no dockerd found through ${DOCKERD_PIDFILE}`);
  const argv = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
  dockerdToRestore = argv;
  process.kill(pid, 'SIGTERM');
  if (!(await pollUntil(() => gone(pid), 120_000, 100))) throw new Error(`dockerd ${pid} did not stop within 120 s of SIGTERM`);
  const r = await slipway(stack, ['provision'], { SLIPWAY_PROVISION_DOCKERD_ARGS: JSON.stringify(argv.slice(1)) });
  if (r.code !== 0) process.stderr.write(`  provision did not start dockerd (exit ${r.code}): ${tail(r.stderr, 3)}\n`);
  await ensureDockerd();
}

/** dockerd answers; if the bench stopped it and it is not back, it starts it with the command line it had. */
export async function ensureDockerd(): Promise<void> {
  if (await pollUntil(() => docker.ping().then(() => true, () => false), 5_000)) return void (dockerdToRestore = undefined);
  if (!dockerdToRestore) throw new Error('dockerd does not answer (the bench did not stop it)');
  process.stderr.write(`  starting dockerd again as it ran: ${dockerdToRestore.join(' ')}\n`);
  const log = fs.openSync(DOCKERD_LOG, 'a');
  spawn(dockerdToRestore[0], dockerdToRestore.slice(1), { detached: true, stdio: ['ignore', log, log] }).unref();
  if (!(await pollUntil(() => docker.ping().then(() => true, () => false), 60_000))) throw new Error(`dockerd did not come back; see ${DOCKERD_LOG}`);
  dockerdToRestore = undefined;
}

export interface OomWatch {
  stop(): Promise<number>;
}

/** OOM kills of the app's containers: Docker's oom events (watched again after dockerd restarts) and, at the end, State.OOMKilled. */
export function watchOoms(app: string): OomWatch {
  const seen = new Set<string>();
  let stream: (NodeJS.ReadableStream & { destroy(): void }) | undefined;
  let stopped = false;
  let since = Math.floor(Date.now() / 1000);
  const filters = { type: ['container' as const], event: ['oom'], label: [`slipway.app=${app}`] };
  const follow = async () => {
    while (!stopped) {
      try {
        stream = (await docker.getEvents({ since, filters })) as typeof stream;
        await new Promise<void>((resolve) => {
          stream!.on('data', (chunk: Buffer) => {
            for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
              const e = JSON.parse(line) as { id: string; time: number };
              seen.add(`${e.id}@${e.time}`);
              since = Math.max(since, e.time);
            }
          });
          stream!.on('end', resolve);
          stream!.on('error', resolve);
          stream!.on('close', resolve);
        });
      } catch {
        /* dockerd is away: ask again shortly */
      }
      if (!stopped) await sleep(500);
    }
  };
  const following = follow();
  return {
    stop: async () => {
      stopped = true;
      stream?.destroy();
      await following;
      const left = await docker.listContainers({ all: true, filters: { label: [`slipway.app=${app}`] } }).catch(() => []);
      for (const c of left) {
        const state = (await docker.getContainer(c.Id).inspect().catch(() => undefined))?.State;
        if (state?.OOMKilled && ![...seen].some((k) => k.startsWith(c.Id))) seen.add(`${c.Id}@inspect`);
      }
      return seen.size;
    },
  };
}
