import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadConfig } from '../../src/core/config';
import { secretsFromEnv } from '../../src/core/secrets';
import { autoscalerServiceSpec } from '../../src/swarm/autoscaler-service';
import type { Context } from '../../src/core/context';

const spec = suite("the autoscaler's global service spec");

const TOKEN = 'a-token-of-twenty-chars';
const sample = path.resolve(__dirname, '../../examples/climbing-grade');
const build = (flags: Record<string, unknown> = {}) => {
  const { config } = loadConfig({ appDir: sample, env: {}, flags });
  const ctx = { config, secrets: secretsFromEnv({ SLIPWAY_ADMIN_TOKEN: TOKEN }) } as unknown as Context;
  return { config, spec: autoscalerServiceSpec(ctx, { image: 'reg:5000/slipway/runtime:abc', name: 'cg-autoscaler', port: 9464, noLocalAlerting: false, nodeOptions: '--max-semi-space-size=1' }) };
};
const envOf = (list: string[]) => Object.fromEntries(list.map((e) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)]));

spec('a worker has no state dir: the config travels as SLIPWAY_* variables and reads back the same', () => {
  const { config, spec: s } = build({ 'autoscaler.stepMb': 64, 'autoscaler.scaleDown.enabled': true });
  const env = envOf(s.TaskTemplate.ContainerSpec.Env!);
  const back = loadConfig({ appDir: os.tmpdir(), env }).config;
  assert.equal(back.autoscaler, { ...config.autoscaler, metricsListen: '0.0.0.0:9464' });
  assert.is(back.monitors.memoryMb, config.monitors.memoryMb);
  assert.equal(back.monitors.emails, config.monitors.emails);
  assert.is(back.app.name, config.app.name);
  assert.is(env.SLIPWAY_ADMIN_TOKEN, TOKEN, 'the token reaches the tasks through the environment');
  assert.not.ok((s.TaskTemplate.ContainerSpec.Args as string[]).join(' ').includes(TOKEN), 'never through argv');
});

spec('one task per node, its port published on that node, the peers named by the service', () => {
  const { spec: s } = build();
  assert.equal(s.Mode, { Global: {} });
  assert.equal(s.TaskTemplate.ContainerSpec.Args, ['autoscaler', 'run', '--swarm-peers', 'tasks.cg-autoscaler']);
  assert.equal((s.EndpointSpec as { Ports: unknown[] }).Ports, [{ Protocol: 'tcp', TargetPort: 9464, PublishedPort: 9464, PublishMode: 'host' }]);
});

spec('the same config gives the same spec digest; a changed policy another', () => {
  assert.is(build().spec.Labels['slipway.spec-hash'], build().spec.Labels['slipway.spec-hash']);
  assert.is.not(build().spec.Labels['slipway.spec-hash'], build({ 'autoscaler.stepMb': 64 }).spec.Labels['slipway.spec-hash']);
});

spec.run();
