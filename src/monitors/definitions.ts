// The monitors slipway keeps for an app, derived from config alone: CPU and memory per role, and the canary's 5xx.
// The same definitions drive Datadog (monitors as code) and local alerting (evaluated from Docker stats).
import type { Config, Role } from '../core/config';
import { ROLES } from '../core/config';

export const MIB = 1024 * 1024;
export const MANAGED_TAG = 'managed-by:slipway';

export type MonitorKind = 'cpu' | 'memory' | 'canary-5xx';

/** The body slipway sends to Datadog (the fields of the spec's Monitor that slipway owns). */
export interface MonitorBody {
  name: string;
  type: 'query alert' | 'log alert';
  query: string;
  message: string;
  tags: string[];
  priority: number;
  options: {
    thresholds: { critical: number };
    renotify_interval: number | null;
    renotify_statuses?: ('alert' | 'warn' | 'no data')[] | null;
    notify_no_data: boolean;
    require_full_window?: boolean;
    include_tags: boolean;
    new_group_delay?: number;
    enable_logs_sample?: boolean;
    on_missing_data?: 'default' | 'show_no_data' | 'show_and_notify_no_data' | 'resolve';
  };
}

export interface MonitorDefinition {
  kind: MonitorKind;
  role: Role;
  body: MonitorBody;
}

export function appTag(app: string): string {
  return `slipway-app:${app}`;
}

export function webhookNameOf(config: Config): string {
  return config.monitors.webhookName ?? `slipway-${config.app.name}`.replace(/[^A-Za-z0-9_-]/g, '-');
}

/** 'last_5m' → 300; the local evaluator and the log query use the same window as the metric monitors. */
export function windowSeconds(window: string): number {
  const m = /^last_(\d+)([mh])$/.exec(window);
  if (!m) throw new Error(`unknown evaluation window ${window}`);
  return Number(m[1]) * (m[2] === 'h' ? 3600 : 60);
}

export function monitorName(app: string, role: Role, kind: MonitorKind): string {
  const what = kind === 'cpu' ? 'CPU' : kind === 'memory' ? 'memory' : '5xx responses';
  // thresholds stay out of the name: the name is the identity, so a threshold change updates in place
  return `[slipway] ${app} ${role}: ${what}`;
}

export function monitorDefinitions(config: Config): MonitorDefinition[] {
  const defs: MonitorDefinition[] = [];
  for (const role of ROLES) {
    defs.push(cpuMonitor(config, role), memoryMonitor(config, role));
  }
  defs.push(canary5xxMonitor(config));
  return defs;
}

function scope(app: string, role: Role): string {
  // the agent maps the container labels slipway.app / slipway.role to these tags (see agent.ts)
  return `slipway_app:${app},slipway_role:${role}`;
}

/**
 * One alert group per container on a host; on a swarm per task of each service: the agent tags a task's container
 * with swarm_service, and its container_name (service.slot.task-id) names the task.
 */
function groups(config: Config): { by: string; who: string } {
  return config.deploy.target === 'swarm'
    ? { by: '{swarm_service,container_name}', who: 'task {{container_name.name}} of {{swarm_service.name}}' }
    : { by: '{container_name}', who: '{{container_name.name}}' };
}

function tagsFor(config: Config, role: Role, kind: MonitorKind): string[] {
  return [MANAGED_TAG, appTag(config.app.name), `role:${role}`, `slipway-monitor:${kind}`, ...config.monitors.tags];
}

function recipients(config: Config, extra: string[] = []): string {
  return [...config.monitors.emails.map((e) => `@${e}`), ...extra].join(' ');
}

function options(config: Config, threshold: number): MonitorBody['options'] {
  const renotify = config.monitors.renotifyMinutes;
  return {
    thresholds: { critical: threshold },
    renotify_interval: renotify > 0 ? renotify : null,
    ...(renotify > 0 ? { renotify_statuses: ['alert'] as ('alert' | 'warn' | 'no data')[] } : {}),
    notify_no_data: false,
    include_tags: true,
  };
}

function cpuMonitor(config: Config, role: Role): MonitorDefinition {
  const { app, monitors } = config;
  const threshold = monitors.cpuPercent;
  const { by, who } = groups(config);
  return {
    kind: 'cpu',
    role,
    body: {
      name: monitorName(app.name, role, 'cpu'),
      type: 'query alert',
      // docker.cpu.usage is percent of one core, as `docker stats` shows it
      query: `avg(${monitors.evaluationWindow}):avg:docker.cpu.usage{${scope(app.name, role)}} by ${by} > ${threshold}`,
      message: message(
        `CPU of ${who} (${app.name} ${role}) averaged {{value}} % over ${monitors.evaluationWindow}, above ${threshold} %.`,
        `CPU of ${who} (${app.name} ${role}) is back under ${threshold} %.`,
        recipients(config),
      ),
      tags: tagsFor(config, role, 'cpu'),
      priority: 3,
      options: { ...options(config, threshold), require_full_window: false, new_group_delay: 60 },
    },
  };
}

function memoryMonitor(config: Config, role: Role): MonitorDefinition {
  const { app, monitors } = config;
  const thresholdBytes = Math.round(monitors.memoryMb * MIB);
  const { by, who } = groups(config);
  return {
    kind: 'memory',
    role,
    body: {
      name: monitorName(app.name, role, 'memory'),
      type: 'query alert',
      query: `avg(${monitors.evaluationWindow}):avg:docker.mem.rss{${scope(app.name, role)}} by ${by} > ${thresholdBytes}`,
      message: message(
        `Memory (RSS) of ${who} (${app.name} ${role}) averaged {{value}} bytes over ${monitors.evaluationWindow}, above ${monitors.memoryMb} MB.`,
        `Memory of ${who} (${app.name} ${role}) is back under ${monitors.memoryMb} MB.`,
        recipients(config),
      ),
      tags: tagsFor(config, role, 'memory'),
      priority: 3,
      options: { ...options(config, thresholdBytes), require_full_window: false, new_group_delay: 60 },
    },
  };
}

function canary5xxMonitor(config: Config): MonitorDefinition {
  const { app, monitors } = config;
  const threshold = monitors.canary5xx.threshold;
  const minutes = `${windowSeconds(monitors.evaluationWindow) / 60}m`;
  const webhook = `@webhook-${webhookNameOf(config)}`;
  const text = message(
    `The canary of ${app.name} answered more than ${threshold} 5xx responses over ${monitors.evaluationWindow} ({{value}}); the proxy stops sending it traffic.`,
    `The canary of ${app.name} is back under ${threshold} 5xx responses; it stays out of rotation until \`slipway canary resume\`.`,
    recipients(config, [webhook]),
  );
  const common = { name: monitorName(app.name, 'canary', 'canary-5xx'), message: text, tags: tagsFor(config, 'canary', 'canary-5xx'), priority: 2 };
  if (monitors.canary5xx.source === 'apm') {
    return {
      kind: 'canary-5xx',
      role: 'canary',
      body: {
        ...common,
        type: 'query alert',
        // APM trace metrics carry the unified service tags, not container labels: the canary runs with DD_ENV=canary
        query: `sum(${monitors.evaluationWindow}):sum:trace.${monitors.canary5xx.apmSpan}.hits.by_http_status{service:${app.name},env:canary,http.status_class:5xx}.as_count() > ${threshold}`,
        options: { ...options(config, threshold), require_full_window: false },
      },
    };
  }
  return {
    kind: 'canary-5xx',
    role: 'canary',
    body: {
      ...common,
      type: 'log alert',
      query: `logs("${scope(app.name, 'canary').replace(',', ' ')} @http.status_code:[500 TO 599]").index("*").rollup("count").last("${minutes}") > ${threshold}`,
      options: { ...options(config, threshold), enable_logs_sample: true, on_missing_data: 'default' },
    },
  };
}

/** Datadog's conditional blocks: an alert text, a recovery text, and the handles notified for both. */
function message(alert: string, recovery: string, handles: string): string {
  return `{{#is_alert}}${alert}{{/is_alert}}\n{{#is_recovery}}${recovery}{{/is_recovery}}${handles ? `\n\n${handles}` : ''}`;
}
