// The Docker engine as provision leaves it: running, with live-restore on, so app containers and slipway's own
// services keep serving while dockerd restarts (an upgrade, a crash) and dockerd finds them again when it is back.
import * as fs from 'node:fs';
import type { Context } from '../core/context';
import type { Action } from '../core/plan';
import { check, inProcess, shell, writeFile } from '../core/actions';
import { waitFor } from '../core/deadline';
import type { HostFacts } from './machine';

export const DOCKERD_LOG = '/var/log/slipway-dockerd.log';
export const DAEMON_JSON = '/etc/docker/daemon.json';
const DOCKER_PID = '/var/run/docker.pid';

export interface DockerdState {
  answers: boolean;
  version?: string;
  liveRestore?: boolean;
  /** The engine is a swarm node: swarm mode refuses live-restore. */
  swarm?: boolean;
  /** /etc/docker/daemon.json: absent (undefined), parsed, or not JSON (then slipway does not touch it). */
  daemonJson?: Record<string, unknown> | 'unreadable';
  /** The running dockerd's arguments, when its pid file names it. */
  runningArgs?: string[];
}

export async function observeDockerd(ctx: Context): Promise<DockerdState> {
  const state: DockerdState = { answers: false, daemonJson: readDaemonJson(), runningArgs: runningDockerdArgs() };
  try {
    const info = await ctx.docker().info();
    Object.assign(state, { answers: true, version: info.ServerVersion, liveRestore: Boolean(info.LiveRestoreEnabled), swarm: info.Swarm?.LocalNodeState === 'active' });
  } catch {
    /* no engine answers */
  }
  return state;
}

export function dockerdPlan(ctx: Context, facts: HostFacts, state: DockerdState): { actions: Action[]; changed: string[]; unchanged: string[] } {
  const args = ctx.config.provision.dockerdArgs;
  const json = state.daemonJson;
  const chosen = (list: string[] | undefined) => list?.find((a) => /^--live-restore(=|$)/.test(a));
  const inJson = json === 'unreadable' ? `${DAEMON_JSON} is not JSON, so slipway leaves it alone` : json && 'live-restore' in json ? `"live-restore": ${String(json['live-restore'])} in ${DAEMON_JSON}` : undefined;
  const decided = chosen(args) ?? inJson;
  if (!state.answers) {
    // a flag and the same key in daemon.json make dockerd refuse to start: add the flag only when neither decides
    const start = facts.systemd
      ? [...(decided ? [] : [writeDaemonJson(json)]), shell('enable and start docker.service', ['systemctl', 'enable', '--now', 'docker'])]
      : [shell(`start dockerd in the background (no systemd here), log in ${DOCKERD_LOG}`, ['dockerd', ...args, ...(decided ? [] : ['--live-restore'])], { background: { log: DOCKERD_LOG } })];
    return { actions: [...start, dockerAnswers()], changed: [`started the Docker engine${decided ? '' : ' with live-restore (containers keep running while it restarts)'}`], unchanged: [] };
  }
  const running = `Docker engine ${state.version} answers`;
  if (state.liveRestore) return { actions: [], changed: [], unchanged: [`${running}, live-restore on`] };
  if (state.swarm) return { actions: [], changed: [], unchanged: [`${running}; live-restore is off, as swarm mode needs (deploy.target "swarm")`] };
  const off = chosen(state.runningArgs) ?? inJson;
  if (off) return { actions: [], changed: [], unchanged: [`${running}; live-restore is off (${off}): containers stop while dockerd restarts`] };
  if (!facts.root) return { actions: [], changed: [], unchanged: [`${running}; live-restore is off: run \`sudo slipway provision\` to turn it on`] };
  const pid = readPid();
  const reload = facts.systemd
    ? shell('reload dockerd (systemctl reload docker)', ['systemctl', 'reload', 'docker'])
    : inProcess('process', `reload dockerd's configuration (SIGHUP to pid ${pid ?? '?'}, no restart)`, { pid, signal: 'SIGHUP' }, async () => {
        if (!pid) throw new Error(`${DOCKER_PID} names no dockerd to reload`);
        process.kill(pid, 'SIGHUP');
      });
  const on = inProcess('check', 'wait until dockerd reports live-restore on', { probe: { method: 'GET', path: '/info' }, until: 'LiveRestoreEnabled', timeoutMs: 15_000 }, () =>
    waitFor('live-restore', async () => Boolean((await ctx.docker().info()).LiveRestoreEnabled), 15_000, `see ${DOCKERD_LOG}`));
  return { actions: [writeDaemonJson(json), reload, on], changed: [`turned on dockerd's live-restore in ${DAEMON_JSON} (reloaded, no restart): containers keep running while dockerd restarts`], unchanged: [] };
}

const dockerAnswers = (): Action => check('wait until the Docker engine answers', { probe: { method: 'GET', path: '/_ping' }, until: 'the engine answers', timeoutMs: 60_000, intervalMs: 200, hint: `dockerd did not answer; see ${DOCKERD_LOG}` });

/** daemon.json with live-restore added and every other setting kept. */
const writeDaemonJson = (json: DockerdState['daemonJson']): Action =>
  writeFile(`set "live-restore": true in ${DAEMON_JSON}`, DAEMON_JSON, JSON.stringify({ ...(json === 'unreadable' ? {} : json), 'live-restore': true }, null, 2) + '\n', 0o644);

function readDaemonJson(): DockerdState['daemonJson'] {
  let text: string;
  try {
    text = fs.readFileSync(DAEMON_JSON, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : 'unreadable';
  } catch {
    return 'unreadable';
  }
}

function readPid(): number | undefined {
  try {
    return Number(fs.readFileSync(DOCKER_PID, 'utf8').trim()) || undefined;
  } catch {
    return undefined;
  }
}

function runningDockerdArgs(): string[] | undefined {
  const pid = readPid();
  try {
    return pid ? fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).slice(1) : undefined;
  } catch {
    return undefined;
  }
}
