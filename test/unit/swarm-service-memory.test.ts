import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { oneTaskWarning, serviceBusy, withMemoryLimit } from '../../src/swarm/service-memory';
import type { ServiceInfo } from '../../src/swarm/cluster';

const memory = suite('a memory change on a Swarm service');

const MB = 1024 * 1024;
const service = (over: Partial<ServiceInfo> = {}, replicas = 2): ServiceInfo => ({
  ID: 'svc1',
  Version: { Index: 7 },
  Spec: {
    Name: 'shop-production',
    Labels: {},
    TaskTemplate: { ContainerSpec: { Image: 'r/shop:1' }, Resources: { Limits: { MemoryBytes: 128 * MB, NanoCPUs: 5e8 }, Reservations: { MemoryBytes: 64 * MB } } },
    Mode: { Replicated: { Replicas: replicas } },
    UpdateConfig: { Order: 'start-first', Monitor: 5e9 },
  },
  ...over,
});

memory('the whole resource block is written: the new memory limit, every other limit and reservation kept', () => {
  const spec = withMemoryLimit(service(), 228 * MB);
  assert.equal(spec.TaskTemplate.Resources, { Limits: { MemoryBytes: 228 * MB, NanoCPUs: 5e8 }, Reservations: { MemoryBytes: 64 * MB } });
  assert.equal(spec.UpdateConfig, { Order: 'start-first', Monitor: 5e9 });
  const bare = service();
  delete bare.Spec.TaskTemplate.Resources;
  assert.equal(withMemoryLimit(bare, 100 * MB).TaskTemplate.Resources, { Limits: { MemoryBytes: 100 * MB }, Reservations: {} });
});

memory('a service still rolling out, or within cooldown + monitor period of its last update, is left alone', () => {
  const now = Date.parse('2026-01-01T00:01:00Z');
  assert.match(serviceBusy(service({ UpdateStatus: { State: 'updating' } }), 12, now) ?? '', /still rolling out/);
  assert.match(serviceBusy(service({ UpdateStatus: { State: 'completed', CompletedAt: '2026-01-01T00:00:55Z' } }), 12, now) ?? '', /ended 5 s ago/);
  assert.is(serviceBusy(service({ UpdateStatus: { State: 'completed', CompletedAt: '2026-01-01T00:00:30Z' } }), 12, now), undefined);
  assert.is(serviceBusy(service(), 12, now), undefined);
});

memory('a one-task service is warned about; two tasks are not', () => {
  assert.match(oneTaskWarning(service({}, 1)) ?? '', /has one task: a memory change restarts it/);
  assert.is(oneTaskWarning(service({}, 2)), undefined);
});

memory.run();
