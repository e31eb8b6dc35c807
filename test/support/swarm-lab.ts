// A Docker Swarm built on this machine for tests and the bench, torn down whole afterwards: the shared dockerd as the
// manager (restarted without live-restore, which swarm mode refuses, and put back as it was found), and for two nodes a
// second dockerd in a network namespace joined as a worker over a veth pair. Every address is link-local (SPEC's network
// rule): veths on 169.254.64.0/18, Docker networks from 169.254.192.0/18. Run it only under /tmp/slipway-it.lock.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { execFileSync, spawn } from 'node:child_process';
import Docker from 'dockerode';
import { docker } from './docker';
import { dockerdArgs, dockerdPid } from './dockerd';
import { DAEMON_JSON, DOCKERD_LOG } from '../../src/provision/dockerd';
import { pollUntil } from '../../src/core/deadline';

export const ADDR_POOL = '169.254.192.0/18';
const NETNS = 'slipway-lab-n2';
const VETH_HOST = 'slw-lab0';
const VETH_NODE = 'slw-lab1';
const MANAGER_VETH = '169.254.64.1';
const WORKER_VETH = '169.254.64.2';
// docker_gwbridge of each node, inside the pool's block but outside what swarm hands out (it counts up from .192.0)
const GWBRIDGE = ['169.254.255.0/24', '169.254.254.0/24'];

export interface SwarmLab {
  nodes: 1 | 2;
  /** The manager's advertise address: where the registry, the workers and the proxy's host port are. */
  managerAddr: string;
  /** The worker's address, where its tasks' published host ports are (two nodes only). */
  workerAddr?: string;
  /** DOCKER_HOST of the worker's engine (two nodes only). */
  workerHost?: string;
  worker?: Docker;
  /** Every step undone, last first, each one even when another failed; safe to call twice. */
  teardown(): Promise<void>;
}

const answers = () => docker.ping().then(() => true, () => false);
const run = (argv: string[], env?: NodeJS.ProcessEnv) => execFileSync(argv[0], argv.slice(1), { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: env ?? process.env, timeout: 60_000 });
const tryRun = (argv: string[], env?: NodeJS.ProcessEnv) => {
  try {
    run(argv, env);
  } catch {
    /* teardown is best effort: what is already gone stays gone */
  }
};

/** What the lab changed so far, on disk, so a run killed mid-test is undone by the next lab (or `teardownLab()`). */
const STATE_FILE = '/var/tmp/slipway-swarm-lab.json';
interface LabState {
  managerArgs?: string[];
  workerDir?: string;
  workerPid?: number;
}
const readState = (): LabState => (fs.existsSync(STATE_FILE) ? (JSON.parse(fs.readFileSync(STATE_FILE, 'utf8')) as LabState) : {});
const noteState = (more: LabState) => fs.writeFileSync(STATE_FILE, JSON.stringify({ ...readState(), ...more }));

export async function startSwarmLab(nodes: 1 | 2): Promise<SwarmLab> {
  if (fs.existsSync(STATE_FILE)) await teardownLab();
  const info = await docker.info();
  if (info.Swarm?.LocalNodeState !== 'inactive') throw new Error(`the shared dockerd is already in swarm mode (${info.Swarm?.LocalNodeState}) and no lab made it so; leave it alone`);
  const lab: SwarmLab = { nodes, managerAddr: nodes === 2 ? MANAGER_VETH : '127.0.0.1', ...(nodes === 2 ? { workerAddr: WORKER_VETH } : {}), teardown: teardownLab };
  try {
    await swarmCapableManager();
    gwbridge(undefined, GWBRIDGE[0]);
    if (nodes === 2) vethPair();
    run(['docker', 'swarm', 'init', '--advertise-addr', lab.managerAddr, '--default-addr-pool', ADDR_POOL, '--default-addr-pool-mask-length', '24']);
    if (nodes === 2) {
      lab.workerHost = await secondEngine();
      lab.worker = new Docker({ socketPath: lab.workerHost.slice('unix://'.length) });
      // the worker's tasks reach the manager's host (a Redis of the test's, as a team's own would be) through the
      // worker: without masquerading, the host needs the way back to their bridge
      run(['ip', 'route', 'add', GWBRIDGE[1], 'via', WORKER_VETH, 'dev', VETH_HOST]);
      const token = run(['docker', 'swarm', 'join-token', '-q', 'worker']).trim();
      run(['docker', 'swarm', 'join', '--token', token, '--advertise-addr', WORKER_VETH, '--listen-addr', `${WORKER_VETH}:2377`, `${MANAGER_VETH}:2377`], { ...process.env, DOCKER_HOST: lab.workerHost });
      const ready = await pollUntil(async () => (await docker.listNodes()).filter((n) => n.Status?.State === 'ready').length === 2, 30_000, 250);
      if (!ready) throw new Error('the worker joined but did not become ready within 30 s');
    }
    return lab;
  } catch (err) {
    await teardownLab();
    throw err;
  }
}

/** Undoes whatever the state file says a lab did, each step even when another fails: worker, netns, swarm, manager. */
export async function teardownLab(): Promise<void> {
  const state = readState();
  let failed = false;
  const step = async (what: string, f: () => unknown) => {
    try {
      await f();
    } catch (err) {
      failed = true;
      console.error(`swarm lab teardown (${what}): ${(err as Error).message}`);
    }
  };
  if (state.workerDir) {
    const dir = state.workerDir;
    await step('worker leaves', () => tryRun(['docker', 'swarm', 'leave', '--force'], { ...process.env, DOCKER_HOST: `unix://${dir}/docker.sock` }));
    if (state.workerPid) await step('worker dockerd stops', () => stopDockerd(state.workerPid!));
    // the engine's mounts under its roots go before the directory does
    await step('worker mounts', () => tryRun(['sh', '-c', `grep -o ' ${dir}[^ ]*' /proc/mounts | sort -r | xargs -r -n1 umount -l`]));
    await step('worker data', () => fs.rmSync(dir, { recursive: true, force: true }));
  }
  await step('netns', () => tryRun(['ip', 'netns', 'del', NETNS]));
  await step('veth', () => fs.existsSync(`/sys/class/net/${VETH_HOST}`) && tryRun(['ip', 'link', 'del', VETH_HOST]));
  // a leave can time out ("context deadline exceeded") and leave the swarm state behind, which a dockerd with
  // live-restore then refuses to start with: asked again until the engine says it is out
  await step('manager leaves', async () => {
    for (let i = 0; i < 5 && (await docker.info().then((d) => d.Swarm?.LocalNodeState !== 'inactive', () => false)); i++) tryRun(['docker', 'swarm', 'leave', '--force']);
  });
  // a task still stopping when its node leaves keeps its container: only a swarm makes containers with this label
  await step('task containers', () => tryRun(['sh', '-c', 'docker ps -aq --filter label=com.docker.swarm.task.id | xargs -r docker rm -f']));
  await step('docker_gwbridge', () => tryRun(['docker', 'network', 'rm', 'docker_gwbridge']));
  if (state.managerArgs && dockerdArgs().join(' ') !== state.managerArgs.join(' ')) {
    const args = state.managerArgs;
    await step('dockerd as it was', async () => {
      // an engine with swarm state refuses to start with live-restore: it would not come back at all
      if ((await docker.info()).Swarm?.LocalNodeState !== 'inactive') throw new Error('the manager is still in a swarm: dockerd stays without live-restore; `docker swarm leave --force`, then run the lab again');
      if (args.some((a) => /^--live-restore(=|$)/.test(a))) await liveRestoreNow();
      await stopDockerd(dockerdPid());
      startDetached('dockerd', args, DOCKERD_LOG);
      if (!(await pollUntil(answers, 60_000, 200))) throw new Error(`dockerd ${args.join(' ')} did not come back within 60 s; see ${DOCKERD_LOG}`);
    });
  }
  // kept when a step failed: the next lab (or teardownLab()) knows the engine's arguments to go back to
  if (!failed) fs.rmSync(STATE_FILE, { force: true });
}

/** live-restore switched on in the running engine (a reload), so the restart to the original arguments keeps every container running. */
async function liveRestoreNow(): Promise<void> {
  const had = fs.existsSync(DAEMON_JSON) ? fs.readFileSync(DAEMON_JSON, 'utf8') : undefined;
  fs.mkdirSync(path.dirname(DAEMON_JSON), { recursive: true });
  fs.writeFileSync(DAEMON_JSON, JSON.stringify({ ...(had ? JSON.parse(had) : {}), 'live-restore': true }));
  try {
    process.kill(dockerdPid(), 'SIGHUP');
    await pollUntil(async () => (await docker.info()).LiveRestoreEnabled === true, 15_000, 100);
  } finally {
    // the original engine has --live-restore as a flag, and refuses to start with it in the file too
    if (had === undefined) fs.rmSync(DAEMON_JSON, { force: true });
    else fs.writeFileSync(DAEMON_JSON, had);
  }
}

/** The shared dockerd again, without live-restore (swarm mode refuses it) and trusting the lab's registry address. */
async function swarmCapableManager(): Promise<void> {
  const before = dockerdArgs();
  noteState({ managerArgs: before });
  const args = before.filter((a) => !/^--live-restore(=|$)/.test(a));
  // the manager's engine pushes to the registry on its veth address, which is plain HTTP as 127.0.0.1 is
  args.push(`--insecure-registry=${MANAGER_VETH}/32`);
  await stopDockerd(dockerdPid());
  startDetached('dockerd', args, DOCKERD_LOG);
  if (!(await pollUntil(answers, 60_000, 200))) throw new Error(`dockerd did not come back without --live-restore within 60 s; see ${DOCKERD_LOG}`);
}

async function stopDockerd(pid: number): Promise<void> {
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return;
  }
  const gone = () => !fs.existsSync(`/proc/${pid}`) || fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(' ')[2] === 'Z';
  if (!(await pollUntil(gone, 60_000, 100))) throw new Error(`dockerd ${pid} did not stop within 60 s`);
}

function startDetached(cmd: string, args: string[], log: string): number {
  const out = fs.openSync(log, 'a');
  const child = spawn(cmd, args, { detached: true, stdio: ['ignore', out, out] });
  child.unref();
  fs.closeSync(out);
  return child.pid!;
}

/** docker_gwbridge made before the swarm needs it, on a link-local subnet, with no masquerade to the outside. */
function gwbridge(host: string | undefined, subnet: string): void {
  run(['docker', 'network', 'create', '--driver', 'bridge', '--subnet', subnet,
    '--opt', 'com.docker.network.bridge.name=docker_gwbridge', '--opt', 'com.docker.network.bridge.enable_icc=false',
    '--opt', 'com.docker.network.bridge.enable_ip_masquerade=false', 'docker_gwbridge'], host ? { ...process.env, DOCKER_HOST: host } : undefined);
}

function vethPair(): void {
  run(['ip', 'netns', 'add', NETNS]);
  run(['ip', 'link', 'add', VETH_HOST, 'type', 'veth', 'peer', 'name', VETH_NODE]);
  run(['ip', 'link', 'set', VETH_NODE, 'netns', NETNS]);
  run(['ip', 'addr', 'add', `${MANAGER_VETH}/30`, 'dev', VETH_HOST]);
  run(['ip', 'link', 'set', VETH_HOST, 'up']);
  const inNs = (argv: string[]) => run(['nsenter', `--net=/var/run/netns/${NETNS}`, ...argv]);
  inNs(['ip', 'addr', 'add', `${WORKER_VETH}/30`, 'dev', VETH_NODE]);
  inNs(['ip', 'link', 'set', VETH_NODE, 'up']);
  inNs(['ip', 'link', 'set', 'lo', 'up']);
}

/**
 * A second dockerd in the namespace (nsenter keeps the host's /sys and cgroups, which `ip netns exec` would hide), in a
 * mount namespace of its own where its socket is /var/run/docker.sock, as on a machine of its own: a task of a global
 * service that mounts "the node's Docker socket" gets the worker's engine there, not the manager's.
 */
async function secondEngine(): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slipway-lab-node2-'));
  noteState({ workerDir: dir });
  const sock = path.join(dir, 'docker.sock');
  const pid = startDetached('nsenter', [`--net=/var/run/netns/${NETNS}`, 'unshare', '--mount', '--propagation', 'private', 'dockerd', '--data-root', path.join(dir, 'data'), '--exec-root', path.join(dir, 'exec'),
    '-H', `unix://${sock}`, '--pidfile', path.join(dir, 'docker.pid'), '--bridge=none', '--iptables=false', '--ip6tables=false', `--insecure-registry=${MANAGER_VETH}/32`], path.join(dir, 'dockerd.log'));
  noteState({ workerPid: pid });
  const engine = new Docker({ socketPath: sock });
  if (!(await pollUntil(() => engine.ping().then(() => true, () => false), 60_000, 200))) throw new Error(`the second dockerd did not answer within 60 s: ${fs.readFileSync(path.join(dir, 'dockerd.log'), 'utf8').slice(-800)}`);
  // nsenter and unshare exec dockerd in place: pid is the engine, and its mount namespace is the worker's
  run(['nsenter', `--mount=/proc/${pid}/ns/mnt`, 'mount', '--bind', sock, fs.realpathSync('/var/run/docker.sock')]);
  gwbridge(`unix://${sock}`, GWBRIDGE[1]);
  return `unix://${sock}`;
}

/** What a lab must not leave behind, for a test to assert after teardown. */
export async function leftovers(): Promise<string[]> {
  const out: string[] = [];
  const info = await docker.info();
  if (info.Swarm?.LocalNodeState !== 'inactive') out.push(`swarm mode ${info.Swarm?.LocalNodeState}`);
  const nets = (await docker.listNetworks()).map((n) => n.Name).filter((n) => !['host', 'none', 'bridge'].includes(n));
  out.push(...nets.map((n) => `network ${n}`));
  if (run(['ip', 'netns', 'list']).includes(NETNS)) out.push(`netns ${NETNS}`);
  if (fs.existsSync(`/sys/class/net/${VETH_HOST}`)) out.push(`veth ${VETH_HOST}`);
  const tasks = await docker.listContainers({ all: true, filters: { label: ['com.docker.swarm.task.id'] } });
  out.push(...tasks.map((c) => `task container ${c.Names[0]}`));
  return out;
}
