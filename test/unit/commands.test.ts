import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { commands } from '../../src/commands';
import { findCommand, leafCommands } from '../../src/core/command';
import { pipelineStages } from '../../src/pipeline/stages';
import { loadConfig } from '../../src/core/config';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { outputs } = require('../../scripts/commands.cjs');
const root = path.resolve(__dirname, '../..');

const declared = suite('command declarations');

declared('commands.json, every vars/*.txt and the README command table are the ones the declarations generate', () => {
  const files: Record<string, string> = outputs();
  for (const [rel, text] of Object.entries(files)) {
    assert.ok(fs.readFileSync(path.join(root, rel), 'utf8') === text, `${rel} is stale: run \`node scripts/commands.cjs\``);
  }
  const helps = fs.readdirSync(path.join(root, 'vars')).filter((f) => f.endsWith('.txt')).map((f) => `vars/${f}`);
  assert.equal(helps.sort(), Object.keys(files).filter((f) => f.startsWith('vars/')).sort(), 'a vars/*.txt that no declaration generates');
});

declared('every var in vars/ is a Jenkins step some command declares, or the runner', () => {
  const table = JSON.parse(fs.readFileSync(path.join(root, 'resources/slipway/commands.json'), 'utf8'));
  const vars = fs.readdirSync(path.join(root, 'vars')).filter((f) => f.endsWith('.groovy')).map((f) => f.replace('.groovy', ''));
  assert.equal(vars.sort(), [...Object.keys(table.vars), 'slipwayRun'].sort());
});

declared('every command that runs says whether it changes state', () => {
  for (const { words, def } of leafCommands(commands)) assert.type(def.changesState, 'boolean', `slipway ${words.join(' ')}`);
});

declared('the pipeline declares every secret its stages read', () => {
  const config = loadConfig({ appDir: root, env: {} }).config;
  const pipeline = findCommand(commands, ['pipeline'])!;
  const plan = pipelineStages({ config, reports: 'reports', provision: true, datadog: true });
  for (const s of plan.stages) {
    const def = findCommand(commands, s.command);
    assert.ok(def?.run, `stage ${s.name}: no command ${s.command.join(' ')}`);
    for (const secret of def!.secrets ?? []) assert.ok(pipeline.secrets!.includes(secret), `stage ${s.name} reads ${secret}, which pipeline does not declare`);
  }
});

const stages = suite('pipeline stages');
const config = () => loadConfig({ appDir: root, env: {} }).config;

stages('on a swarm the same pipeline deploys both roles as services, and the deploys bring the proxy service up', () => {
  const c = config();
  c.deploy.target = 'swarm';
  const names = pipelineStages({ config: c, reports: 'r', provision: false, datadog: false }).stages.map((s) => s.name);
  assert.equal(names, ['base image', 'build production (main)', 'test production', 'analyse', 'build canary (staging)', 'test canary', 'deploy production', 'deploy canary', 'toggle server', 'autoscaler']);
});

stages('the CLI pipeline builds both branches, analyses once, then deploys both and brings the services up', () => {
  const names = pipelineStages({ config: config(), reports: 'r', provision: true, datadog: false }).stages.map((s) => s.name);
  assert.equal(names, ['provision', 'base image', 'build production (main)', 'test production', 'analyse', 'build canary (staging)', 'test canary', 'deploy production', 'deploy canary', 'proxy', 'toggle server', 'autoscaler']);
});

stages('a push to staging deploys the canary with the image its build stage made; Datadog keys add the monitors', () => {
  const plan = pipelineStages({ config: config(), branch: 'staging', reports: 'reports', provision: false, datadog: true });
  assert.equal(plan.roles, ['canary']);
  assert.equal(plan.stages.map((s) => s.name), ['base image', 'build canary (staging)', 'test canary', 'analyse', 'deploy canary', 'proxy', 'toggle server', 'monitors (Datadog)', 'autoscaler']);
  const deploy = plan.stages.find((s) => s.name === 'deploy canary')!;
  assert.equal([deploy.command, deploy.options, deploy.from], [['deploy'], { role: 'canary' }, { image: 'build canary (staging)' }]);
  assert.equal(plan.stages.find((s) => s.name === 'test canary')!.publishes, { junit: 'reports/junit-canary.xml' });
});

stages('a branch that is neither production nor canary is built, tested and analysed, and nothing is deployed', () => {
  const plan = pipelineStages({ config: config(), branch: 'feature/grades', reports: 'reports', provision: true, datadog: true });
  assert.equal(plan.roles, []);
  assert.equal(plan.stages.map((s) => s.name), ['provision', 'base image', 'build (feature/grades)', 'test', 'analyse']);
});

declared.run();
stages.run();
