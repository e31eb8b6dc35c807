// A service container's configuration as a file in the state dir, re-read on SIGHUP: a config change reaches the
// running proxy, toggle server or autoscaler without a new container, so its port never stops answering.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadConfig, type Config } from './config';
import type { Context } from './context';

/** The signal `up` sends a running service after it rewrote its config file. */
export const RELOAD_SIGNAL = 'SIGHUP';

/** `<stateDir>/<app>/<service>.config.json`; the state dir is mounted at the same path inside the container. */
export function serviceConfigPath(stateDir: string, app: string, service: string): string {
  return path.join(stateDir, app, `${service}.config.json`);
}

/** What the file holds: the resolved config, which never carries a secret (those stay in the container's env). */
export function serviceConfigText(config: Config): string {
  return JSON.stringify(config, null, 2) + '\n';
}

/** Atomic (temp file, fsync, rename) and mode 0600 every time, so a reader never sees half a file. */
export function writeServiceConfig(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  const fd = fs.openSync(tmp, 'w', 0o600);
  try {
    fs.fchmodSync(fd, 0o600); // whatever the umask
    fs.writeFileSync(fd, text);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, file);
}

/** The file's text, or undefined when there is none yet. */
export function readServiceConfigText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

/** The command's config loaded again from the same sources (its file, env and flags), as at its start. */
export function reloadConfig(ctx: Context): Config {
  return loadConfig({ appDir: ctx.appDir, configFile: ctx.configFile, env: ctx.env, flags: ctx.flags }).config;
}

/**
 * Calls `handler` on every SIGHUP, one reload at a time (signals that arrive during one cause one more run after it).
 * A failing reload is logged and the service keeps what it had. Returns the function that stops listening.
 */
export function onReload(handler: () => Promise<void> | void, log: (message: string) => void): () => void {
  let running: Promise<void> | undefined;
  let again = false;
  const runOnce = async (): Promise<void> => {
    do {
      again = false;
      try {
        await handler();
      } catch (err) {
        log(`reload failed, keeping the running configuration: ${(err as Error).message}`);
      }
    } while (again);
  };
  const listener = () => {
    if (running) again = true;
    else running = runOnce().finally(() => (running = undefined));
  };
  process.on(RELOAD_SIGNAL, listener);
  return () => void process.removeListener(RELOAD_SIGNAL, listener);
}
