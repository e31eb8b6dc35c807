// slipway.json → a validated Config. Precedence: CLI flag > SLIPWAY_* env > file > schema defaults.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { UsageError } from './errors';
import { leafFields, schemaProblems, show, type JsonSchema } from './config-schema';
import { parseHostPort } from './listen-address';
import { checkSteps, type AnalysisConfig, type RolloutStep } from '../rollout/steps';
import { checkGates } from '../rollout/gates';
import type { WebhookConfig } from '../rollout/webhooks';

export type Role = 'production' | 'canary';
export const ROLES: Role[] = ['production', 'canary'];

export interface Config {
  stateDir: string;
  app: { name: string; port: number; healthPath: string; testCommand: string; testNetwork: 'none' | 'host'; buildNetwork: 'none' | 'host'; env: Record<string, string> };
  images: { nodeVersion: string; pull: boolean; base?: string; repository: string; registry?: string };
  analyse: { maxLintErrors: number; maxLintWarnings?: number; maxAuditSeverity: 'none' | 'info' | 'low' | 'moderate' | 'high' | 'critical'; require: ('lint' | 'audit')[] };
  deploy: {
    target: 'host' | 'swarm'; swarm: SwarmConfig;
    network: string; bindAddress: string;
    production: { port: number; branch: string }; canary: { port: number; branch: string }; standbyPortOffset: number;
    memoryMb: number; healthTimeoutSec: number; healthIntervalMs: number; drainTimeoutSec: number;
    keepCanaryAfterPromote: boolean; historySize: number;
  };
  proxy: {
    listen: string; admin: string; weights: { production: number; canary: number }; stickyCookie: string; stickyHeader: string; trustedProxies: string[]; production?: string; canary?: string; allowedBackends?: string[];
    retryIdempotent: boolean; requestTimeoutMs: number; idleTimeoutMs: number; maxHeaderBytes: number; drainTimeoutSec: number;
    upgrades: string[]; tunnelIdleTimeoutMs: number; workers: number; sharedState: 'host' | 'redis'; sharedStateKey: string;
  };
  canary: {
    consecutive5xx: number; windowSec: number; minRequests: number; maxErrorRate: number; probationSec: number;
    strategy: 'static' | 'progressive'; steps: RolloutStep[]; analysis: AnalysisConfig; webhooks: WebhookConfig[]; abortKeepSec: number; controllerListen: string;
  };
  flags: { listen: string; namespace: string; defaults: Record<string, unknown>; legacyGetToggle: boolean; backupFile?: string };
  redis: { port: number; bind: string };
  monitors: {
    cpuPercent: number; memoryMb: number; renotifyMinutes: number; evaluationWindow: string; emails: string[];
    canary5xx: { source: 'apm' | 'logs'; threshold: number; apmSpan: string }; tags: string[]; webhookUrl?: string; webhookName?: string;
    local: { smtp: string; smtpTls: 'starttls' | 'tls' | 'none'; smtpUser?: string; smtpCaFile?: string; from: string; webhookUrl: string; intervalSec: number; windowSec?: number; renotifySec?: number };
  };
  autoscaler: {
    intervalSec: number; thresholdPercent: number; stepMb: number; maxMb: number; cooldownSec: number; oomFactor: number;
    watermarkPercent: number; tickMs: number;
    scaleDown: { enabled: boolean; belowPercent: number; afterSec: number }; metricsListen: string;
  };
  dashboard: { listen: string; sessionMinutes: number };
  provision: { dockerdArgs: string[] };
}

/** deploy.swarm: the roles as services of a Docker Swarm. */
export interface SwarmConfig {
  replicas: Record<Role, number>; network?: string; updateMonitorSec: number; updateDelaySec: number; registryPort: number; proxy: boolean; proxyReplicas: number;
}

export type Overlay = Record<string, unknown>;

export interface LoadedConfig {
  config: Config;
  appDir: string;
  /** The file read, or undefined when the defaults were used. */
  file?: string;
}

export interface LoadOptions {
  appDir?: string;
  configFile?: string;
  env?: NodeJS.ProcessEnv;
  /** From CLI flags, as dotted paths: { 'proxy.weights': {...} }. */
  flags?: Record<string, unknown>;
}

export function loadConfig(opts: LoadOptions = {}): LoadedConfig {
  const appDir = path.resolve(opts.appDir ?? '.');
  if (!fs.existsSync(appDir) || !fs.statSync(appDir).isDirectory()) {
    throw new UsageError(`--app: ${appDir} is not a directory`, 'point --app at the directory of the app (the one with its package.json)');
  }
  const explicit = opts.configFile !== undefined;
  const file = path.resolve(appDir, opts.configFile ?? 'slipway.json');
  const sources = new Map<string, string>();

  let fromFile: unknown = {};
  const env = opts.env ?? process.env;
  if (fs.existsSync(file)) {
    fromFile = readJson(file);
    markSources(fromFile, [], path.basename(file), sources);
  } else if (explicit) {
    throw new UsageError(`--config: ${file} does not exist`, 'give the path of a slipway.json, or leave --config out to use the defaults');
  }
  if (fromFile === null || typeof fromFile !== 'object' || Array.isArray(fromFile)) {
    throw new UsageError(`${path.basename(file)}: expected an object at the top level, got ${show(fromFile)}`);
  }

  const merged = structuredClone(fromFile) as Overlay;
  for (const [dotted, value, source] of envOverlay(env)) {
    setPath(merged, dotted.split('.'), value);
    sources.set(dotted, source);
  }
  for (const [dotted, value] of Object.entries(opts.flags ?? {})) {
    if (value === undefined) continue;
    setPath(merged, dotted.split('.'), value);
    sources.set(dotted, `--${flagName(dotted)}`);
  }

  const problems = schemaProblems(merged, (p) => sourceFor(p, sources));
  if (problems.length) {
    throw new UsageError(
      `invalid configuration${fs.existsSync(file) ? ` in ${file}` : ''}:\n  ${problems.join('\n  ')}`,
      'fix the fields named above; `slipway --help` and the README list every field with its default',
    );
  }
  const config = merged as unknown as Config;
  config.app.name ??= appNameOf(appDir);
  config.images.repository ??= config.app.name;
  config.flags.namespace ??= config.app.name;
  config.stateDir = path.resolve(appDir, config.stateDir);
  checkPorts(config);
  checkProxyReplicas(config);
  checkSteps(config.canary.steps);
  checkGates(config.canary);
  return { config, appDir, file: fs.existsSync(file) ? file : undefined };
}

function readJson(file: string): unknown {
  return parseJson(fs.readFileSync(file, 'utf8'), file);
}

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new UsageError(`${where}: not valid JSON (${(err as Error).message})`, 'fix the syntax; it must be one JSON object');
  }
}

/** SLIPWAY_<SECTION>_<FIELD> for every leaf of the schema: proxy.stickyCookie ← SLIPWAY_PROXY_STICKY_COOKIE. */
export function envNameOf(pathSegments: string[]): string {
  return 'SLIPWAY_' + pathSegments.map((s) => s.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase()).join('_');
}

function envOverlay(env: NodeJS.ProcessEnv): [string, unknown, string][] {
  const out: [string, unknown, string][] = [];
  for (const leaf of leafFields()) {
    const name = envNameOf(leaf.path);
    const raw = env[name];
    if (raw === undefined || raw === '') continue;
    out.push([leaf.path.join('.'), parseEnvValue(raw, leaf.schema, name), name]);
  }
  return out;
}

function parseEnvValue(raw: string, s: JsonSchema, name: string): unknown {
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  if (type === 'integer' || type === 'number') {
    const n = Number(raw);
    if (raw.trim() === '' || Number.isNaN(n)) throw new UsageError(`${name}: expected a number, got ${show(raw)}`);
    return n;
  }
  if (type === 'boolean') {
    if (/^(true|1|yes)$/i.test(raw)) return true;
    if (/^(false|0|no)$/i.test(raw)) return false;
    throw new UsageError(`${name}: expected true or false, got ${show(raw)}`);
  }
  if (type === 'array' || type === 'object') {
    try {
      return JSON.parse(raw);
    } catch {
      throw new UsageError(`${name}: expected JSON (${type}), got ${show(raw)}`);
    }
  }
  return raw;
}

function markSources(value: unknown, at: string[], source: string, sources: Map<string, string>): void {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) markSources(v, [...at, k], source, sources);
  }
  if (at.length) sources.set(at.join('.'), source);
}

function sourceFor(dotted: string, sources: Map<string, string>): string | undefined {
  for (let p = dotted; p; p = p.includes('.') ? p.slice(0, p.lastIndexOf('.')) : '') {
    const s = sources.get(p);
    if (s) return s;
  }
  return undefined;
}

function flagName(dotted: string): string {
  return dotted.split('.').pop()!.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

export function setPath(target: Overlay, segments: string[], value: unknown): void {
  let node = target;
  for (const seg of segments.slice(0, -1)) {
    const next = node[seg];
    if (next === undefined) node[seg] = {};
    // the file set a non-object here: keep its value, so the schema reports it
    else if (next === null || typeof next !== 'object' || Array.isArray(next)) return;
    node = node[seg] as Overlay;
  }
  node[segments[segments.length - 1]] = value;
}

function appNameOf(appDir: string): string {
  const pkg = path.join(appDir, 'package.json');
  let name = '';
  if (fs.existsSync(pkg)) {
    try {
      name = String(JSON.parse(fs.readFileSync(pkg, 'utf8')).name ?? '');
    } catch {
      throw new UsageError(`${pkg}: not valid JSON`, 'fix the app\'s package.json');
    }
  }
  name = (name || path.basename(appDir)).replace(/^@[^/]+\//, '').toLowerCase().replace(/[^a-z0-9_.-]/g, '-');
  if (!/^[a-z0-9]/.test(name)) throw new UsageError(`app.name: cannot derive a name from ${show(name)}`, 'set app.name in slipway.json');
  return name;
}
/** Several proxy instances agree on the canary only through Redis. */
function checkProxyReplicas(config: Config): void {
  const { swarm } = config.deploy;
  if (swarm.proxyReplicas > 1 && config.proxy.sharedState !== 'redis') {
    throw new UsageError(`deploy.swarm.proxyReplicas is ${swarm.proxyReplicas}, but proxy.sharedState is "${config.proxy.sharedState}": each proxy task would eject and weigh the canary on its own`,
      'set proxy.sharedState to "redis" (the tasks then share the canary\'s state through REDIS_URL), or deploy.swarm.proxyReplicas to 1');
  }
}

/** Every listener slipway starts on this host has its own port; a clash names both fields and the port. */
function checkPorts(config: Config): void {
  const { deploy } = config;
  const ports: [string, number][] = [
    ['proxy.listen', parseHostPort(config.proxy.listen, 'proxy.listen').port],
    ['proxy.admin', parseHostPort(config.proxy.admin, 'proxy.admin').port],
    ['flags.listen', parseHostPort(config.flags.listen, 'flags.listen').port],
    ['autoscaler.metricsListen', parseHostPort(config.autoscaler.metricsListen, 'autoscaler.metricsListen').port],
    ['canary.controllerListen', parseHostPort(config.canary.controllerListen, 'canary.controllerListen').port],
    ['dashboard.listen', parseHostPort(config.dashboard.listen, 'dashboard.listen').port],
    ['redis.port', config.redis.port],
  ];
  if (deploy.network === 'host') {
    for (const role of ROLES) {
      ports.push([`deploy.${role}.port`, deploy[role].port]);
      ports.push([`deploy.${role}.port + deploy.standbyPortOffset`, deploy[role].port + deploy.standbyPortOffset]);
    }
  }
  const used = new Map<number, string>();
  for (const [field, port] of ports) {
    if (port > 65535) throw new UsageError(`${field}: port ${port} is above 65535`, 'lower the port or deploy.standbyPortOffset');
    const other = used.get(port);
    if (other) throw new UsageError(`${field}: port ${port} is already used by ${other}`, 'give every listener its own port');
    used.set(port, field);
  }
}
