// Human output of `slipway autoscaler status|run|up`.
import type { AutoscalerPolicy } from './policy';
import type { AutoscalerStatus, ContainerStatus } from './report';
import { toMb } from '../core/docker-stats';

export interface ServiceContainerState {
  name: string;
  status: string;
  restarting: boolean;
  exitCode: number;
  oomKilled: boolean;
  startedAt: string;
  finishedAt: string;
}

export type StatusResult =
  | ({ running: true; url: string } & AutoscalerStatus)
  | { running: false; url: string; reason: string; container?: ServiceContainerState };

export function describePolicy(p: AutoscalerPolicy): string {
  const down = p.scaleDown.enabled ? `scale-down by ${p.stepMb} MB after ${p.scaleDown.afterSec} s below ${p.scaleDown.belowPercent} % (never below the starting limit)` : 'scale-down off';
  const fast = p.watermarkPercent ? `fast path: growth toward ${p.watermarkPercent} % or beyond the step → raised at once to cover it` : 'fast path off';
  return `every ${p.intervalSec} s: used > ${p.thresholdPercent} % of the limit → +${p.stepMb} MB, at most ${p.maxMb} MB; cooldown ${p.cooldownSec} s; ${fast}; OOM → max(+${p.stepMb} MB, ×${p.oomFactor}); ${down}; sampled every ${p.tickMs} ms`;
}

export function renderStatus(r: StatusResult): string {
  if (!r.running) {
    const c = r.container;
    const container = c ? `\ncontainer ${c.name}: ${c.restarting ? 'restarting' : c.status}${c.exitCode ? `, last exit ${c.exitCode}${c.oomKilled ? ' (OOM killed)' : ''}` : ''}${c.finishedAt && !c.finishedAt.startsWith('0001') ? ` at ${c.finishedAt}` : ''} — \`docker logs ${c.name}\` says why` : '';
    return `autoscaler: not running — ${r.reason}${container}\nstart it with \`slipway autoscaler up\` (a container) or \`slipway autoscaler run\` (foreground)`;
  }
  const head = [
    `autoscaler for ${r.app}: running since ${r.startedAt} (pid ${r.pid}), ${r.url}; dockerd ${r.docker.connected ? 'connected' : `NOT connected since ${r.docker.since}${r.docker.lastError ? ` (${r.docker.lastError})` : ''}`}`,
    `policy: ${describePolicy(r.policy)}`,
    ...(r.swarm ? [`swarm: node ${r.swarm.node ?? '?'}, ${r.swarm.deciding ? `deciding for every node; peers ${r.swarm.peers.map((p) => `${p.node ?? p.address}${p.lost ? ' (LOST)' : ''}`).join(', ') || 'none'}` : 'reading this node for the leader\'s task'}`] : []),
  ];
  if (!r.containers.length) return [...head, `no containers labelled slipway.app=${r.app} with slipway.role production or canary yet`].join('\n');
  return [...head, '', table(r.containers)].join('\n');
}

function table(containers: ContainerStatus[]): string {
  const rows = [['CONTAINER', 'ROLE', 'STATE', 'USED', 'LIMIT', 'START', 'CPU', 'LAST ACTION']];
  for (const c of containers) {
    rows.push([
      c.node ? `${c.name} @${c.node}` : c.name,
      c.role,
      c.running ? 'running' : 'stopped',
      c.usedBytes === undefined ? '-' : `${toMb(c.usedBytes)} MB${c.usedPercent === undefined ? '' : ` (${c.usedPercent} %)`}`,
      c.limitBytes ? `${toMb(c.limitBytes)} MB` : 'none',
      `${toMb(c.startLimitBytes)} MB`,
      c.cpuPercent === undefined ? '-' : `${c.cpuPercent} %`,
      lastAction(c),
    ]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]))).join('  ')).join('\n');
}

function lastAction(c: ContainerStatus): string {
  const a = c.lastAction;
  if (!a) return c.lastDecision ? `none yet (${c.lastDecision.reason})` : 'none yet';
  const result = a.result === 'refused' ? `REFUSED: ${a.error}` : a.result;
  return `${a.action} ${toMb(a.fromBytes)} → ${toMb(a.toBytes)} MB at ${a.at} (${result}) — ${a.reason}`;
}
