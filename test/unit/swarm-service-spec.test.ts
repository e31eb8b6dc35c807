import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadConfig } from '../../src/core/config';
import { UsageError } from '../../src/core/errors';
import { roleServiceSpec, specChanges } from '../../src/swarm/service-spec';
import { tmpDir } from '../support/tmp';

const spec = suite('the Swarm service spec of a role');

function config(file: unknown) {
  const dir = tmpDir();
  fs.writeFileSync(path.join(dir, 'slipway.json'), JSON.stringify(file));
  try {
    return loadConfig({ appDir: dir, env: {} }).config;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const image = { name: 'shop:v2', id: 'sha256:abc', revision: 'r2' };
const swarmConfig = () => config({ app: { name: 'shop' }, deploy: { target: 'swarm', memoryMb: 200, swarm: { replicas: { production: 3 }, updateMonitorSec: 7 } } });

spec('production: N replicas spread over the nodes, a start-first update gated by health that rolls back, slipway labels', () => {
  const s = roleServiceSpec({ config: swarmConfig(), role: 'production', image, ref: 'reg:5000/shop:abc', deployId: 'd1', redisUrl: 'redis://r', imageHasHealthcheck: false });
  assert.is(s.Name, 'shop-production');
  assert.equal(s.Mode, { Replicated: { Replicas: 3 } });
  assert.equal((s.TaskTemplate.Placement as { Preferences: unknown }).Preferences, [{ Spread: { SpreadDescriptor: 'node.id' } }]);
  assert.equal(s.UpdateConfig, { Parallelism: 1, Delay: 0, Monitor: 7e9, MaxFailureRatio: 0, Order: 'start-first', FailureAction: 'rollback' });
  assert.is((s.RollbackConfig as { Order: string }).Order, 'start-first');
  assert.equal(s.Labels['slipway.role'], 'production');
  assert.equal(s.Labels['slipway.image-id'], 'sha256:abc');
  const health = s.TaskTemplate.ContainerSpec.HealthCheck as { Test: string[] };
  assert.equal(health.Test.slice(0, 3), ['CMD', 'node', '-e']);
  assert.match(health.Test[3], /path:"\/health"/);
  assert.ok(s.TaskTemplate.ContainerSpec.Env!.includes('HOST=0.0.0.0'));
  assert.equal(s.TaskTemplate.Resources, { Limits: { MemoryBytes: 200 * 1024 * 1024 }, Reservations: {} });
  assert.equal(s.EndpointSpec, { Mode: 'dnsrr' });
});

spec("the image's own HEALTHCHECK is kept, and a limit the autoscaler raised is carried over whole", () => {
  const resources = { Limits: { MemoryBytes: 512 * 1024 * 1024 }, Reservations: { MemoryBytes: 64 } };
  const s = roleServiceSpec({ config: swarmConfig(), role: 'canary', image, ref: 'r/x:1', deployId: 'd', redisUrl: 'redis://r', imageHasHealthcheck: true, resources });
  assert.is(s.TaskTemplate.ContainerSpec.HealthCheck, undefined);
  assert.equal(s.TaskTemplate.Resources, resources);
  assert.equal(s.Mode, { Replicated: { Replicas: 1 } });
});

spec('the plan line names what an update changes', () => {
  const c = swarmConfig();
  const a = roleServiceSpec({ config: c, role: 'production', image, ref: 'r/x:1', deployId: 'd', redisUrl: 'u', imageHasHealthcheck: false });
  const b = roleServiceSpec({ config: c, role: 'production', image, ref: 'r/x:2', deployId: 'e', redisUrl: 'u', imageHasHealthcheck: false });
  assert.equal(specChanges(undefined, a), ['new service, 3 task(s)']);
  assert.equal(specChanges(a, b), ['image r/x:1 → r/x:2']);
});

spec('deploy.target takes only "host" or "swarm" (exit 2)', () => {
  try {
    config({ deploy: { target: 'kubernetes' } });
    assert.unreachable('accepted');
  } catch (err) {
    assert.instance(err, UsageError);
    assert.match((err as Error).message, /deploy\.target.*"host", "swarm"/);
  }
});

spec.run();
