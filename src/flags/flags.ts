// `slipway flags`: the toggle server (serve in the foreground, up as a container) and list/get/set/toggle/audit
// for people and pipelines. Writes go straight to Redis through the audited compare-and-set script.
import type { SlipwayCommand, Args, OptionSpec, PositionalSpec } from '../core/command';
import { actorOf, checkName, redisUrlOf, withStore } from './cli-store';
import type { Context } from '../core/context';
import type { Action } from '../core/plan';
import { check } from '../core/actions';
import { UsageError } from '../core/errors';
import { serviceContainerPlan } from '../core/service-container';
import { onReload, reloadConfig } from '../core/service-config';
import { untilStopSignal } from '../core/signals';
import type { HttpAnswer } from '../core/http-client';
import { displayRedisUrl } from '../../sdk/flags/connection';
import { TOGGLE_RULE, decodeValue, sameValue, toggled, typeProblem, valueProblem, type FlagValue } from '../../sdk/flags/values';
import { isDefinition, storedValueOf, toggledDefinition } from '../../sdk/flags/definitions';
import { exportCommand, importCommand, rolloutCommand } from './definition-commands';
import { isLoopbackHost, parseHostPort } from '../core/listen-address';
import { startToggleServer } from './serve';
import { flagsServiceUp } from '../swarm/flags-service';
import { renderAudit, renderEntry, renderList, renderUp, renderWrite, showValue, type UpResult, type WriteOutcome } from './render';

/** Where the toggle server listens; without a token it may only listen on loopback. */
export function toggleServerAddress(ctx: Context): { host: string; port: number } {
  const listen = ctx.config.flags.listen;
  const parsed = parseHostPort(listen, 'flags.listen');
  if (!ctx.secrets.get('SLIPWAY_FLAGS_TOKEN') && !isLoopbackHost(parsed.host)) {
    throw new UsageError(`flags.listen: ${listen} is not a loopback address and SLIPWAY_FLAGS_TOKEN is not set`, 'set SLIPWAY_FLAGS_TOKEN in the environment so writes need it, or listen on 127.0.0.1');
  }
  return parsed;
}

/** CLI value text: JSON when it parses (true, 3, {"a":1}, "\"quoted\""), else the plain string (enable). */
export function parseCliValue(text: string, asString: boolean): FlagValue {
  const value = asString ? text : decodeValue(text);
  const problem = valueProblem(value);
  if (problem) throw new UsageError(`value ${JSON.stringify(text)}: ${problem}`, 'give JSON (true, 42, {"a":1}) or a plain string');
  return value;
}

/** Observes the flag, then plans the one write (none when the value is already there) and executes it. */
async function writeFlag(ctx: Context, argv: Args, name: string, next: (current: FlagValue | undefined) => FlagValue, verb: string): Promise<WriteOutcome> {
  const origin = { actor: actorOf(ctx, argv), source: 'cli' };
  return withStore(ctx, async (store) => {
    const current = await store.get(name);
    const value = next(current?.value);
    const result: WriteOutcome = { namespace: store.namespace, name, old: current?.value, value, changed: !sameValue(current?.value, value) || current?.origin === 'default', dryRun: ctx.dryRun };
    const actions: Action[] = result.changed
      ? [{
          kind: 'redis',
          summary: `${verb} ${name}: ${showValue(current?.value)} → ${showValue(value)} (namespace ${store.namespace}, audited as ${origin.actor})`,
          detail: { script: 'compare-and-set, version bump, audit, publish', key: store.keys.flags, field: name, value: JSON.stringify(value), audit: store.keys.audit, channel: store.keys.channel },
          run: async () => {
            const w = verb === 'toggle' ? await store.toggle(name, origin) : await store.set(name, value, origin);
            Object.assign(result, { old: w.old, value: w.value, changed: w.changed, version: w.version });
          },
        }]
      : [];
    await ctx.executor.execute(actions);
    return result;
  });
}

const LISTEN_OPTION: OptionSpec = { name: 'listen', type: 'string', describe: 'HOST:PORT (default: flags.listen, 127.0.0.1:8000)' };
const ACTOR_OPTION: OptionSpec = { name: 'actor', type: 'string', describe: 'Who, for the audit log (default: BUILD_TAG, else user@host)' };
const NAME: PositionalSpec = { name: 'name', describe: 'The flag, e.g. myflag' };

const serve: SlipwayCommand = {
  command: 'serve',
  describe: 'Run the toggle server in the foreground (port 8000 by default) until SIGTERM/SIGINT',
  options: [LISTEN_OPTION],
  secrets: ['REDIS_URL', 'SLIPWAY_FLAGS_TOKEN', 'SLIPWAY_FLAGS_READ_TOKEN'],
  changesState: true,
  foreground: true,
  configFromArgs: (a) => ({ 'flags.listen': a.listen }),
  run: async (ctx) => {
    const { host, port } = toggleServerAddress(ctx);
    const { flags } = ctx.config;
    const result = { listen: `${host}:${port}`, namespace: flags.namespace, stoppedBy: '' };
    await ctx.executor.execute([{
      kind: 'process',
      summary: `serve the toggle server on ${host}:${port} until SIGTERM or SIGINT`,
      detail: { listen: `${host}:${port}`, namespace: flags.namespace, redis: displayRedisUrl(redisUrlOf(ctx)), legacyGetToggle: flags.legacyGetToggle, writes: ctx.secrets.get('SLIPWAY_FLAGS_TOKEN') ? 'bearer token' : 'loopback only' },
      run: async () => {
        const running = await startToggleServer({
          redisUrl: redisUrlOf(ctx), namespace: flags.namespace, defaults: flags.defaults, host, port,
          token: ctx.secrets.get('SLIPWAY_FLAGS_TOKEN'), readToken: ctx.secrets.get('SLIPWAY_FLAGS_READ_TOKEN'), legacyGetToggle: flags.legacyGetToggle, log: (l, level) => (level === 'warn' ? ctx.log.warn(l) : ctx.log.info(l)),
        });
        const stopReloading = onReload(async () => {
          const next = reloadConfig(ctx).flags;
          await running.reconfigure({ defaults: next.defaults, legacyGetToggle: next.legacyGetToggle });
          ctx.log.info(`flags: config reloaded (defaults ${Object.keys(next.defaults).join(', ') || 'none'}; legacyGetToggle ${next.legacyGetToggle})`);
        }, (m) => ctx.log.warn(`flags: ${m}`));
        result.stoppedBy = await untilStopSignal();
        stopReloading();
        await running.stop();
      },
    }]);
    return result;
  },
  render: (r: { listen: string; stoppedBy: string }) => (r.stoppedBy ? `toggle server on ${r.listen} stopped (${r.stoppedBy})` : `would serve on ${r.listen}`),
};

const up: SlipwayCommand = {
  command: 'up',
  describe: 'Run the toggle server as a container (<app>-flags, host network, restarts unless stopped; on a swarm the service <app>-flags); changes nothing when it is up to date',
  options: [LISTEN_OPTION],
  // handed into the container, which serves with them
  secrets: ['REDIS_URL', 'SLIPWAY_FLAGS_TOKEN', 'SLIPWAY_FLAGS_READ_TOKEN'],
  changesState: true,
  configFromArgs: (a) => ({ 'flags.listen': a.listen }),
  run: async (ctx): Promise<UpResult> => {
    if (ctx.config.deploy.target === 'swarm') return flagsServiceUp(ctx);
    const { host, port } = toggleServerAddress(ctx);
    const actions = await serviceContainerPlan(ctx, { service: 'flags', args: ['flags', 'serve'], secretEnv: ['REDIS_URL', 'SLIPWAY_FLAGS_TOKEN', 'SLIPWAY_FLAGS_READ_TOKEN'], handover: true });
    const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}/health`;
    if (actions.length) {
      actions.push(check(`wait until the toggle server answers on ${url}`, { probe: { method: 'GET', url, timeoutMs: 1000 }, until: 'HTTP 200', timeoutMs: 30_000, intervalMs: 200, hint: `see \`docker logs ${ctx.config.app.name}-flags\`` }, {
        id: 'redis',
        read: (answer) => (answer as HttpAnswer<{ redis?: string }>).json?.redis ?? 'unknown',
      }));
    }
    const run = await ctx.executor.execute(actions);
    const redis = String(run.results.get('redis') ?? 'unknown');
    return { container: `${ctx.config.app.name}-flags`, listen: `${host}:${port}`, changed: actions.length > 0, redis };
  },
  render: renderUp,
};

const list: SlipwayCommand = {
  command: 'list',
  describe: 'Every flag of the namespace: stored values and defaults',
  secrets: ['REDIS_URL'],
  changesState: false,
  run: (ctx) => withStore(ctx, async (store) => ({ namespace: store.namespace, ...(await store.list()) })),
  render: renderList,
};

const get: SlipwayCommand = {
  command: 'get',
  describe: 'One flag: its value, type, and whether it is stored or the default',
  positionals: [NAME],
  secrets: ['REDIS_URL'],
  changesState: false,
  run: (ctx, argv) => {
    const name = checkName(argv.name);
    return withStore(ctx, async (store) => {
      const entry = await store.get(name);
      if (!entry) throw new UsageError(`no flag named ${name} in namespace ${store.namespace} (nothing stored, no default)`, '`slipway flags list` shows the flags');
      return entry;
    });
  },
  render: renderEntry,
};

const set: SlipwayCommand = {
  command: 'set',
  describe: 'Set a flag (value as JSON: true, 42, {"a":1}; anything else is a plain string)',
  positionals: [NAME, { name: 'value', describe: 'The new value, e.g. enable' }],
  options: [{ name: 'string', type: 'boolean', describe: 'Take the value as a plain string even if it parses as JSON' }, ACTOR_OPTION],
  secrets: ['REDIS_URL'],
  changesState: true,
  run: (ctx, argv) => {
    const name = checkName(argv.name);
    const value = parseCliValue(String(argv.value), Boolean(argv.string));
    return writeFlag(ctx, argv, name, (current) => {
      const problem = typeProblem(name, value, current);
      if (problem) throw new UsageError(problem, 'keep the flag\'s type, or pass --string for a string');
      return value;
    }, 'set');
  },
  render: renderWrite,
};

const toggle: SlipwayCommand = {
  command: 'toggle',
  describe: 'Flip a flag: booleans, and enable/disable (the seed\'s myflag), on/off, yes/no; a flagd definition between ENABLED and DISABLED',
  positionals: [NAME],
  options: [ACTOR_OPTION],
  secrets: ['REDIS_URL'],
  changesState: true,
  run: (ctx, argv) => {
    const name = checkName(argv.name);
    return writeFlag(ctx, argv, name, (current) => {
      if (current === undefined) throw new UsageError(`no flag named ${name} (nothing stored, no default)`, `set it first: slipway flags set ${name} enable`);
      const next = isDefinition(current) ? storedValueOf(toggledDefinition(current.$flagd)) : toggled(current);
      if (next === undefined) throw new UsageError(`${name} is ${JSON.stringify(current)}, which has no opposite`, `a toggle needs ${TOGGLE_RULE}; use \`slipway flags set\``);
      return next;
    }, 'toggle');
  },
  render: renderWrite,
};

const audit: SlipwayCommand = {
  command: 'audit',
  describe: 'The newest changes first: when, who, old → new, through what',
  options: [{ name: 'flag', type: 'string', describe: 'Only this flag' }, { name: 'limit', type: 'number', default: 20, describe: 'How many entries (1-1000)' }],
  secrets: ['REDIS_URL'],
  changesState: false,
  run: (ctx, argv) => {
    const limit = Number(argv.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new UsageError(`--limit: expected a whole number from 1 to 1000, got ${argv.limit}`);
    const flag = argv.flag === undefined ? undefined : checkName(argv.flag);
    return withStore(ctx, async (store) => ({ namespace: store.namespace, entries: await store.audit({ flag, limit }) }));
  },
  render: renderAudit,
};

export const flagsCommand: SlipwayCommand = {
  command: 'flags',
  describe: 'Feature flags in Redis: the toggle server (serve, up, OFREP), list/get/set/toggle/audit, flagd-format import/export and rollouts',
  jenkins: {
    var: 'slipwayFlags',
    about: "Feature flags kept in Redis, which the app reads at run time (myflag: /newfeature is served only while it is enable), and the toggle server on port 8000.",
    example: "slipwayFlags(app: 'examples/climbing-grade', action: 'set', name: 'myflag', value: 'enable', redisUrlId: 'slipway-redis-url')",
  },
  subcommands: [serve, up, list, get, set, toggle, audit, importCommand, exportCommand, rolloutCommand],
};
