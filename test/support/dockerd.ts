// The shared dockerd as a test found it (its arguments, its daemon.json, live-restore), put back afterwards: tests
// that provision or restart it run under /tmp/slipway-it.lock and leave it running as it was.
import * as fs from 'node:fs';
import { spawn } from 'node:child_process';
import { docker } from './docker';
import { pollUntil } from '../../src/core/deadline';
import { DAEMON_JSON, DOCKERD_LOG } from '../../src/provision/dockerd';

export const dockerdPid = (): number => Number(fs.readFileSync('/var/run/docker.pid', 'utf8').trim());
export const dockerdArgs = (pid = dockerdPid()): string[] => fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).slice(1);
const answers = () => docker.ping().then(() => true, () => false);

export interface DockerdSnapshot {
  args: string[];
  restore(): Promise<void>;
}

export function rememberDockerd(): DockerdSnapshot {
  const args = dockerdArgs();
  const daemonJson = fs.existsSync(DAEMON_JSON) ? fs.readFileSync(DAEMON_JSON, 'utf8') : undefined;
  return {
    args,
    async restore() {
      if (!(await answers())) {
        const log = fs.openSync(DOCKERD_LOG, 'a');
        spawn('dockerd', args, { detached: true, stdio: ['ignore', log, log] }).unref();
        await pollUntil(answers, 60_000, 200);
      }
      // a reload changes only the keys the file names, so live-restore goes back through the file before it is restored
      const wasOn = daemonJson !== undefined && JSON.parse(daemonJson)['live-restore'] === true;
      if ((await docker.info()).LiveRestoreEnabled !== wasOn) {
        fs.writeFileSync(DAEMON_JSON, JSON.stringify({ ...JSON.parse(daemonJson ?? '{}'), 'live-restore': wasOn }));
        process.kill(dockerdPid(), 'SIGHUP');
        await pollUntil(async () => (await docker.info()).LiveRestoreEnabled === wasOn, 15_000, 100);
      }
      if (daemonJson === undefined) fs.rmSync(DAEMON_JSON, { force: true });
      else fs.writeFileSync(DAEMON_JSON, daemonJson);
    },
  };
}
