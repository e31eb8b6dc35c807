// What every command gets: its validated config, the logger, secrets, Docker, and the plan executor.
import type Docker from 'dockerode';
import { loadConfig, type Config } from './config';
import { createLogger, type Logger } from './log';
import { secretsFromEnv, type Secrets } from './secrets';
import { createExecutor, type Executor } from './plan';
import { dockerClient } from './docker';
import { createPerformer } from './performer';

export interface Context {
  config: Config;
  appDir: string;
  configFile?: string;
  dryRun: boolean;
  json: boolean;
  log: Logger;
  secrets: Secrets;
  executor: Executor;
  docker(): Docker;
  /** The environment the command runs in (non-secret settings such as DD_SITE; secrets go through `secrets`). */
  env: NodeJS.ProcessEnv;
  /** The config fields the command's flags set, so a reload (service-config.ts) applies them again. */
  flags?: Record<string, unknown>;
}

export interface GlobalOptions {
  app?: string;
  config?: string;
  dryRun?: boolean;
  json?: boolean;
  /** Config fields set by the command's own flags, as dotted paths. */
  flags?: Record<string, unknown>;
  env?: NodeJS.ProcessEnv;
  out?: NodeJS.WritableStream;
  err?: NodeJS.WritableStream;
}

export function createContext(opts: GlobalOptions): Context {
  const loaded = loadConfig({ appDir: opts.app, configFile: opts.config, env: opts.env, flags: opts.flags });
  const secrets = secretsFromEnv(opts.env);
  const log = createLogger(secrets, { stream: opts.err });
  const dryRun = Boolean(opts.dryRun);
  let docker: Docker | undefined;
  const dockerOnce = () => (docker ??= dockerClient());
  return {
    config: loaded.config,
    appDir: loaded.appDir,
    configFile: loaded.file,
    dryRun,
    json: Boolean(opts.json),
    log,
    secrets,
    executor: createExecutor({ dryRun, log, secrets, out: opts.out, json: opts.json, performer: createPerformer({ docker: dockerOnce, log }) }),
    docker: dockerOnce,
    env: opts.env ?? process.env,
    flags: opts.flags,
  };
}
