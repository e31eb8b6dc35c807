// `slipway monitors`: Datadog monitors as code (plan / apply / delete), the Datadog agent, and local alerting (watch)
// — the seed's CPU > 60 % and memory > 500 MB e-mail alerts, re-sent every 15 minutes while unresolved.
import type { SlipwayCommand } from '../core/command';
import type { SecretName } from '../core/secrets';
import type { Context } from '../core/context';
import { UsageError } from '../core/errors';
import { DatadogClient, datadogAccess, siteOf } from './datadog-client';
import { monitorDefinitions, webhookNameOf, MIB } from './definitions';
import { diffMonitors, diffWebhook, renderPlan, summarize, type MonitorChange, type PlanSummary, type WebhookChange } from './diff';
import { applyActions, deleteActions, getWebhook, listManagedMonitors } from './datadog-sync';
import { desiredWebhook, unreachableFromDatadog } from './webhook';
import { AGENT_CONTAINER, AGENT_IMAGE, agentActions, agentCreateBody, observeAgent, type AgentObserved } from './agent';
import { runWatch, type WatchResult } from './watch';
import { localAlertingSettings } from './local-alerting';
import { notifierFromConfig } from './notifier';

export interface DatadogPlanResult {
  mode: 'datadog';
  site: string;
  baseUrl: string;
  applied: boolean;
  summary: PlanSummary;
  webhook: { name: string; url: string; op: WebhookChange['op'] };
  monitors: { op: MonitorChange['op']; name: string; id?: number; fields?: string[] }[];
  text: string;
}

export interface LocalModeResult {
  mode: 'local';
  reason: string;
  rules: string[];
  targets: string[];
  text: string;
}

function client(ctx: Context): DatadogClient | undefined {
  const access = datadogAccess(ctx.env, ctx.secrets);
  return access && new DatadogClient(access, { log: ctx.log, secrets: ctx.secrets });
}

export async function planMonitors(ctx: Context, apply: boolean): Promise<DatadogPlanResult | LocalModeResult> {
  const dd = client(ctx);
  if (!dd) return localMode(ctx);
  const { config } = ctx;
  const desired = monitorDefinitions(config);
  const webhookWanted = desiredWebhook(config, ctx.secrets.get('SLIPWAY_WEBHOOK_TOKEN'));
  if (unreachableFromDatadog(webhookWanted.url) && !ctx.env.SLIPWAY_DATADOG_URL) {
    ctx.log.warn(`the webhook points at ${webhookWanted.url}, which Datadog cannot reach: set monitors.webhookUrl to the proxy admin's URL as seen from the internet (behind TLS)`);
  }
  const [managed, existingWebhook] = await Promise.all([listManagedMonitors(dd, config.app.name), getWebhook(dd, webhookWanted.name)]);
  const changes = diffMonitors(desired, managed);
  const webhook = diffWebhook(webhookWanted, existingWebhook);
  const heading = `Datadog monitors of ${config.app.name} on ${dd.access.site}${ctx.env.SLIPWAY_DATADOG_URL ? ` (API at ${dd.access.baseUrl})` : ''}:`;
  if (apply) await ctx.executor.execute(applyActions(dd, changes, webhook));
  return {
    mode: 'datadog',
    site: dd.access.site,
    baseUrl: dd.access.baseUrl,
    applied: apply && !ctx.dryRun,
    summary: summarize(changes, webhook),
    webhook: { name: webhook.name, url: webhook.desired.url, op: webhook.op },
    monitors: changes.map((c) => ({
      op: c.op,
      name: c.name,
      ...('existing' in c ? { id: c.existing.id } : {}),
      ...('fields' in c ? { fields: c.fields.map((f) => f.path) } : {}),
    })),
    text: renderPlan(changes, webhook, heading),
  };
}

function localMode(ctx: Context): LocalModeResult {
  const { monitors } = ctx.config;
  const { windowMs, renotifyMs } = localAlertingSettings(monitors);
  const rules = [
    `CPU > ${monitors.cpuPercent} % of one core, averaged over ${windowMs / 1000} s, per container`,
    `memory > ${monitors.memoryMb} MB (${Math.round(monitors.memoryMb * MIB)} bytes), averaged over ${windowMs / 1000} s, per container`,
    renotifyMs > 0 ? `re-notify every ${renotifyMs / 1000} s while unresolved; a notice on recovery` : 'no re-notify; a notice on recovery',
  ];
  let targets: string[] = [];
  let problem = '';
  try {
    targets = notifierFromConfig(ctx.config, ctx.secrets).targets;
  } catch (err) {
    problem = (err as Error).message;
    ctx.log.warn(problem);
  }
  const reason = 'DD_API_KEY and DD_APP_KEY are not set: the monitors are evaluated locally from Docker stats';
  const text = [
    `${reason}.`,
    ...rules.map((r) => `  - ${r}`),
    '  - the canary\'s 5xx are watched by the proxy itself (passive ejection); Docker stats carry no HTTP status',
    targets.length ? `Alerts go to: ${targets.join('; ')}.` : `Alerts go nowhere yet: ${problem}`,
    'Local alerting runs inside `slipway autoscaler run`, or on its own with `slipway monitors watch`.',
  ].join('\n');
  return { mode: 'local', reason, rules, targets, text };
}

export async function deleteMonitors(ctx: Context): Promise<{ deleted: string[]; webhook?: string }> {
  const dd = client(ctx);
  if (!dd) throw new UsageError('DD_API_KEY and DD_APP_KEY are not set: there are no Datadog monitors to delete', 'set both keys in the environment (and DD_SITE if not datadoghq.com)');
  const name = webhookNameOf(ctx.config);
  const [managed, webhook] = await Promise.all([listManagedMonitors(dd, ctx.config.app.name), getWebhook(dd, name)]);
  await ctx.executor.execute(deleteActions(dd, managed, webhook));
  return { deleted: managed.map((m) => `${m.name} (id ${m.id})`), ...(webhook ? { webhook: webhook.name } : {}) };
}

export interface AgentResult {
  container: string;
  image: string;
  unchanged: boolean;
  started: boolean;
}

export async function launchAgent(ctx: Context, image: string): Promise<AgentResult> {
  const apiKey = ctx.secrets.get('DD_API_KEY');
  if (!apiKey) throw new UsageError('DD_API_KEY is not set: the Datadog Agent needs the API key', 'set DD_API_KEY (and DD_SITE if not datadoghq.com) in the environment');
  const body = agentCreateBody(ctx.config, { image, apiKey, site: siteOf(ctx.env.DD_SITE) });
  let observed: AgentObserved;
  try {
    observed = await observeAgent(ctx.docker(), image);
  } catch (err) {
    if (!ctx.dryRun) throw err;
    ctx.log.warn(`no Docker engine answers (${(err as Error).message}); showing the plan for a host without the agent`);
    observed = { imagePresent: false };
  }
  const { actions, unchanged } = agentActions(ctx.docker(), body, observed);
  if (unchanged) ctx.log.info(`${AGENT_CONTAINER} already runs with this configuration`);
  await ctx.executor.execute(actions);
  return { container: AGENT_CONTAINER, image, unchanged, started: !unchanged && !ctx.dryRun };
}

const renderPlanResult = (r: DatadogPlanResult | LocalModeResult): string => {
  if (r.mode === 'local') return r.text;
  if (!r.applied) return r.text;
  const s = r.summary;
  return `${r.text}\n\nApply complete: ${s.create} created, ${s.update} updated, ${s.replace} replaced, ${s.delete} deleted, ${s.unchanged} unchanged.`;
};

// the keys reach Datadog; the webhook token goes into the canary alert webhook (or the local alert webhooks)
const DATADOG_SECRETS: SecretName[] = ['DD_API_KEY', 'DD_APP_KEY', 'SLIPWAY_WEBHOOK_TOKEN', 'SLIPWAY_ADMIN_TOKEN'];

export const monitorsCommand: SlipwayCommand = {
  command: 'monitors',
  describe: 'Datadog monitors as code (plan/apply/delete), the Datadog agent, and local alerting without Datadog (watch)',
  jenkins: {
    var: 'slipwayMonitors',
    about: 'Datadog monitors as code: CPU above 60 % and memory above 500 MB (e-mail, re-notify every 15 min) and the canary 5xx alert whose webhook ejects the canary. plan shows the change, apply makes it, delete removes them; agent runs the Datadog Agent container.',
    example: "slipwayMonitors(app: 'examples/climbing-grade', action: 'apply', datadogApiKeyId: 'datadog-api-key', datadogAppKeyId: 'datadog-app-key', adminTokenId: 'slipway-admin-token')",
  },
  subcommands: [
    {
      command: 'plan',
      describe: 'Show what apply would change in Datadog (create / update / delete / unchanged), changing nothing',
      secrets: DATADOG_SECRETS,
      changesState: false,
      examples: [['slipway monitors plan', 'diff the config against Datadog']],
      run: (ctx) => planMonitors(ctx, false),
      render: renderPlanResult as (r: never) => string,
    },
    {
      command: 'apply',
      describe: 'Create or update the monitors and the canary alert webhook in Datadog; a second apply changes nothing',
      secrets: DATADOG_SECRETS,
      changesState: true,
      examples: [['slipway monitors apply', 'bring Datadog to the config'], ['slipway monitors apply --dry-run', 'print every request, keys masked']],
      run: (ctx) => planMonitors(ctx, true),
      render: renderPlanResult as (r: never) => string,
    },
    {
      command: 'delete',
      describe: 'Delete this app\'s slipway-managed monitors and its alert webhook from Datadog',
      secrets: ['DD_API_KEY', 'DD_APP_KEY'],
      changesState: true,
      run: (ctx) => deleteMonitors(ctx),
      render: ((r: { deleted: string[]; webhook?: string }) =>
        r.deleted.length || r.webhook ? `deleted:\n${[...r.deleted, ...(r.webhook ? [`webhook ${r.webhook}`] : [])].map((d) => `  - ${d}`).join('\n')}` : 'nothing to delete') as (r: never) => string,
    },
    {
      command: 'agent',
      describe: 'Run the Datadog Agent container beside the app (docker metrics, logs or APM, on loopback)',
      options: [{ name: 'image', type: 'string', default: AGENT_IMAGE, describe: 'Agent image' }],
      secrets: ['DD_API_KEY'],
      changesState: true,
      examples: [['slipway monitors agent --dry-run', 'show the container it would start']],
      run: (ctx, argv) => launchAgent(ctx, String(argv.image)),
      render: ((r: AgentResult) => (r.unchanged ? `${r.container} already runs ${r.image}` : r.started ? `${r.container} runs ${r.image}` : `dry run: ${r.container} would run ${r.image}`)) as (r: never) => string,
    },
    {
      command: 'watch',
      describe: 'Local alerting in the foreground: evaluate CPU and memory from Docker stats, e-mail and/or post alerts',
      options: [
        { name: 'duration', type: 'number', default: 0, describe: 'Stop after this many seconds (0: until interrupted)' },
        { name: 'interval', type: 'number', describe: 'Seconds between samples (monitors.local.intervalSec)' },
      ],
      // its webhooks to the proxy carry the webhook token (else the admin token); its e-mails AUTH with the SMTP password
      secrets: ['SLIPWAY_WEBHOOK_TOKEN', 'SLIPWAY_ADMIN_TOKEN', 'SLIPWAY_SMTP_PASSWORD'],
      changesState: false,
      foreground: true,
      examples: [['slipway monitors watch', 'alert on this app\'s containers until Ctrl-C']],
      configFromArgs: (argv) => ({ 'monitors.local.intervalSec': argv.interval }),
      run: (ctx, argv) => runWatch(ctx, Number(argv.duration) || 0),
      render: ((r: WatchResult) => r.dryRun ? 'dry run: nothing watched' : `watched ${r.rounds} rounds; ${r.notifications.length} notices sent${r.notifications.length ? `:\n${r.notifications.map((n) => `  - ${n}`).join('\n')}` : ''}`) as (r: never) => string,
    },
  ],
};
