// The deployment bench:chaos runs against: a temp git repository of the sample app (main = production, staging =
// canary) with its own slipway.json on free loopback ports, its own state dir and its own Redis (started by
// `slipway provision`, as on a host), driven only through slipway's own commands, each its own process.
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Docker from 'dockerode';
import { freePort, freePortPairs } from '../../test/support/ports';
import { tmpDir } from '../../test/support/tmp';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { makeDemoRepo } = require('../../scripts/demo-repo.cjs');

export const BUNDLE = path.resolve(__dirname, '../../resources/slipway/slipway.cjs');
const STANDBY_OFFSET = 17;
export const docker = new Docker();

export interface Stack {
  app: string;
  dir: string;
  stateDir: string;
  logDir: string;
  redisPort: number;
  rolePorts: number[];
  urls: { app: string; admin: string; toggle: string };
  /** Secrets of this run, for the commands' environment only; never printed. */
  env: Record<string, string>;
  tmpDirs: string[];
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

export async function makeStack(): Promise<Stack> {
  const app = `chaos${Date.now().toString(36)}`;
  const root = tmpDir('slipway-chaos-');
  const [listen, admin, flags, metrics, redisPort] = [await freePort(), await freePort(), await freePort(), await freePort(), await freePort()];
  const rolePorts = await freePortPairs(2, STANDBY_OFFSET);
  const stateDir = path.join(root, 'state');
  const dir = makeDemoRepo(path.join(root, app), {
    app: { name: app },
    stateDir,
    redis: { port: redisPort },
    deploy: { production: { port: rolePorts[0] }, canary: { port: rolePorts[1] }, standbyPortOffset: STANDBY_OFFSET },
    proxy: { listen: `127.0.0.1:${listen}`, admin: `127.0.0.1:${admin}` },
    flags: { listen: `127.0.0.1:${flags}` },
    autoscaler: { metricsListen: `127.0.0.1:${metrics}` },
    // a dockerd that provision starts for the bench stays off every network but loopback, as the tests' own
    provision: { dockerdArgs: ['--bridge=none', '--iptables=false', '--ip6tables=false'] },
  });
  const logDir = path.join(root, 'logs');
  fs.mkdirSync(logDir);
  const password = crypto.randomBytes(12).toString('hex');
  return {
    app, dir, stateDir, logDir, redisPort, rolePorts,
    urls: { app: `http://127.0.0.1:${listen}`, admin: `http://127.0.0.1:${admin}`, toggle: `http://127.0.0.1:${flags}` },
    env: {
      REDIS_URL: `redis://:${password}@127.0.0.1:${redisPort}`,
      SLIPWAY_ADMIN_TOKEN: crypto.randomBytes(16).toString('hex'),
      SLIPWAY_FLAGS_TOKEN: crypto.randomBytes(16).toString('hex'),
    },
    tmpDirs: [root],
  };
}

let cliRuns = 0;

/** `node resources/slipway/slipway.cjs ARGS --app DIR`, in its own process; its output goes to the run's log dir. */
export function slipway(stack: Stack, args: string[], extraEnv: Record<string, string> = {}, timeoutMs = 10 * 60_000): Promise<CliRun> {
  // the caller's SLIPWAY_*/DD_* would override the bench's slipway.json
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !/^(SLIPWAY_|DD_|REDIS_URL$)/.test(k)) env[k] = v;
  Object.assign(env, stack.env, extraEnv);
  const started = Date.now();
  const child = spawn(process.execPath, [BUNDLE, ...args, '--app', stack.dir], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c) => (stdout += c));
  child.stderr.on('data', (c) => (stderr += c));
  const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearTimeout(timer);
      const file = path.join(stack.logDir, `${String(++cliRuns).padStart(2, '0')}-${args.slice(0, 2).join('-')}.log`);
      fs.writeFileSync(file, `$ slipway ${args.join(' ')}\n--- stdout\n${stdout}\n--- stderr\n${stderr}`);
      resolve({ code: code ?? 1, stdout, stderr, ms: Date.now() - started });
    });
  });
}

/** Runs a command that must succeed; its last lines explain a failure. */
export async function slipwayOk(stack: Stack, args: string[], extraEnv: Record<string, string> = {}): Promise<CliRun> {
  const r = await slipway(stack, args, extraEnv);
  if (r.code !== 0) throw new Error(`slipway ${args.join(' ')} exited ${r.code}:\n${tail(r.stderr)}`);
  return r;
}

export const tail = (text: string, lines = 12) => text.trim().split('\n').slice(-lines).join('\n');

export interface Images {
  production: string[];
  canary: string[];
}

/** Two images per role: what runs first, and a new build (a new commit, a new tag) for the redeploy. */
export async function buildImages(stack: Stack): Promise<Images> {
  const images: Images = { production: [], canary: [] };
  for (const [role, branch, next] of [['production', 'main', '1.0.1'], ['canary', 'staging', '1.1.1']] as const) {
    git(stack.dir, 'checkout', '-q', branch);
    images[role].push(await buildOne(stack));
    const pkgFile = path.join(stack.dir, 'package.json');
    fs.writeFileSync(pkgFile, JSON.stringify({ ...JSON.parse(fs.readFileSync(pkgFile, 'utf8')), version: next }, null, 2) + '\n');
    git(stack.dir, 'commit', '-qam', `climbing-grade ${next}`);
    images[role].push(await buildOne(stack));
  }
  git(stack.dir, 'checkout', '-q', 'main');
  return images;
}

async function buildOne(stack: Stack): Promise<string> {
  const r = await slipwayOk(stack, ['build', '--json']);
  return String(JSON.parse(r.stdout).result.id);
}

function git(dir: string, ...args: string[]): void {
  execFileSync('git', ['-C', dir, '-c', 'user.name=slipway bench', '-c', 'user.email=bench@slipway.invalid', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
}

/** What the pipeline does after building: both roles deployed behind the proxy, the toggle server, the autoscaler. */
export async function bringUp(stack: Stack, images: Images): Promise<void> {
  await slipwayOk(stack, ['deploy', '--role', 'production', '--image', images.production[0]]);
  await slipwayOk(stack, ['deploy', '--role', 'canary', '--image', images.canary[0]]);
  await slipwayOk(stack, ['proxy', 'up']);
  await slipwayOk(stack, ['flags', 'up']);
  await slipwayOk(stack, ['autoscaler', 'up']);
}

/** Changes slipway.json the way an operator would between two `proxy up`s. */
export function editConfig(stack: Stack, change: (config: Record<string, any>) => void): void {
  const file = path.join(stack.dir, 'slipway.json');
  const config = JSON.parse(fs.readFileSync(file, 'utf8'));
  change(config);
  fs.writeFileSync(file, JSON.stringify(config, null, 2) + '\n');
}

/** Everything of the app: `slipway down`, then whatever is left by label, its images, its temp dirs. */
export async function tearDownApp(stack: Stack): Promise<void> {
  const down = await slipway(stack, ['down'], {}, 3 * 60_000).catch(() => undefined);
  if (down?.code) process.stderr.write(`slipway down exited ${down.code}; removing the app's containers by label\n`);
  const left = await docker.listContainers({ all: true, filters: { label: [`slipway.app=${stack.app}`] } }).catch(() => []);
  await Promise.all(left.map((c) => docker.getContainer(c.Id).remove({ force: true }).catch(() => undefined)));
  const images = await docker.listImages({ filters: { reference: [stack.app] } }).catch(() => []);
  for (const i of images) await docker.getImage(i.Id).remove({ force: true }).catch(() => undefined);
}
