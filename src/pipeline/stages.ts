// The stage list of `slipway pipeline`, as data: the CLI pipeline runs it, and the Jenkins step slipwayPipeline
// asks for it (`slipway pipeline stages --branch B`) and runs one Jenkins stage per entry.
import * as path from 'node:path';
import type { Config, Role } from '../core/config';
import { ROLES } from '../core/config';

export interface Stage {
  name: string;
  /** The slipway command words, e.g. ['proxy', 'up']. */
  command: string[];
  /** Positional arguments of the command. */
  args: string[];
  /** Options, camelCase as the Jenkins steps pass them. */
  options: Record<string, string | number | boolean>;
  /** Options taken from an earlier stage's result: option → the stage whose result has a field of that name. */
  from?: Record<string, string>;
  /** Runs in a checkout of this branch (the CLI pipeline builds every role's branch; Jenkins has the pushed one). */
  branch?: string;
  /** The role this stage builds or deploys: no such branch, no stage. */
  role?: Role;
  /** The progressive rollout: Jenkins shows each of its steps as a stage and a manual gate as an `input` step. */
  rollout?: true;
  /** A report for Jenkins to publish, even when the stage fails. */
  publishes?: { junit?: string; sarif?: string };
}

export interface StagePlanInput {
  config: Config;
  /** The pushed branch (Jenkins); absent: every role's branch (the CLI pipeline). */
  branch?: string;
  /** Where the JUnit and analysis reports go. */
  reports: string;
  provision: boolean;
  /** Both Datadog keys are set: the monitors live in Datadog. */
  datadog: boolean;
}

export interface StagePlan {
  branch: string | null;
  /** The roles this run deploys; none for a branch that is neither deploy.production.branch nor deploy.canary.branch. */
  roles: Role[];
  stages: Stage[];
}

const stage = (name: string, command: string[], options: Stage['options'] = {}, extra: Partial<Stage> = {}): Stage => ({ name, command, args: [], options, ...extra });

/** The branches built this run, each with the role it deploys as (if any). */
function builds(input: StagePlanInput): { branch: string; role?: Role }[] {
  const { deploy } = input.config;
  if (input.branch === undefined) return ROLES.map((role) => ({ branch: deploy[role].branch, role }));
  return [{ branch: input.branch, role: ROLES.find((r) => deploy[r].branch === input.branch) }];
}

export function pipelineStages(input: StagePlanInput): StagePlan {
  const stages: Stage[] = [];
  if (input.provision) stages.push(stage('provision', ['provision']));
  stages.push(stage('base image', ['base-image']));
  const built = builds(input);
  built.forEach(({ branch, role }, i) => {
    const at = { branch, ...(role ? { role } : {}) };
    const buildName = role ? `build ${role} (${branch})` : `build (${branch})`;
    const junit = path.join(input.reports, `junit-${role ?? 'branch'}.xml`);
    stages.push(stage(buildName, ['build'], {}, at));
    stages.push(stage(role ? `test ${role}` : 'test', ['test'], { junit }, { ...at, from: { image: buildName }, publishes: { junit } }));
    // one analysis per run, of the first branch built: production in the CLI pipeline, the pushed one in Jenkins
    if (i === 0) {
      const report = path.join(input.reports, 'analysis.sarif');
      stages.push(stage('analyse', ['analyse'], { report, format: 'sarif' }, { ...at, publishes: { sarif: report } }));
    }
  });
  const roles = built.flatMap((b) => (b.role ? [b.role] : []));
  if (!roles.length) return { branch: input.branch ?? null, roles, stages };
  for (const b of built) {
    if (b.role) stages.push(stage(`deploy ${b.role}`, ['deploy'], { role: b.role }, { role: b.role, from: { image: `build ${b.role} (${b.branch})` } }));
  }
  const progressive = input.config.canary.strategy === 'progressive';
  // on a swarm the deploys run the proxy as a service (deploy.swarm.proxy); a host proxy would take its ports
  const { target, swarm } = input.config.deploy;
  if (target !== 'swarm' || !swarm.proxy) stages.push(stage('proxy', ['proxy', 'up']));
  if (progressive) stages.push(stage('rollout controller', ['rollout', 'up']));
  stages.push(stage('toggle server', ['flags', 'up']));
  if (input.datadog) stages.push(stage('monitors (Datadog)', ['monitors', 'apply']));
  stages.push(stage('autoscaler', ['autoscaler', 'up']));
  // last: the canary judges itself while everything else already runs; the run ends with its promotion or abort
  if (progressive && roles.includes('canary')) stages.push(stage('canary rollout', ['canary', 'wait'], {}, { role: 'canary', rollout: true }));
  return { branch: input.branch ?? null, roles, stages };
}
