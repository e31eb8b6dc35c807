import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { cleanup, cleanupAll, limitMbOf, requireParts, startDockerSocketProxy, startHolder, startTestAutoscaler, uniqueApp, type DockerSocketProxy, type TestAutoscaler } from './autoscaler-support';

const resilience = suite('autoscaler resilience (real dockerd)');

let running: TestAutoscaler | undefined;
let proxy: DockerSocketProxy | undefined;
resilience.before(async () => {
  await requireParts();
});
resilience.after.each(async () => {
  running?.stop();
  running = undefined;
  await proxy?.close();
  proxy = undefined;
});
resilience.after(cleanupAll);

const names = (a: TestAutoscaler) => a.status().containers.map((c) => c.name).sort();

resilience('a container removed mid-watch is dropped and the others are still scaled', async () => {
  const app = uniqueApp();
  try {
    const canary = await startHolder({ app, role: 'canary', limitMb: 128, holdMb: 10 });
    // production grows past 50 % only after the canary is gone
    const production = await startHolder({ app, role: 'production', limitMb: 128, initialMb: 10, holdMb: 90, stepMb: 80, afterMs: 6000 });
    running = startTestAutoscaler(app, { intervalSec: 1 });
    await running!.waitFor('both containers sampled', async () => running!.status().containers.filter((c) => c.usedBytes).length === 2, 30_000);
    await canary.remove({ force: true });
    await running!.waitFor('the canary dropped', async () => names(running!).length === 1, 30_000);
    assert.equal(names(running), [`${app}-production`]);
    assert.match(running.logText(), `${app}-canary (canary): no longer watched: it was removed`);
    await running!.waitFor('the production raise', async () => (await limitMbOf(production)).memory === 228, 30_000);
    assert.is(running.status().docker.connected, true);
  } finally {
    await cleanup(app);
  }
});

resilience('a container restarted mid-watch keeps being watched on the same stream', async () => {
  const app = uniqueApp();
  try {
    const c = await startHolder({ app, limitMb: 128, holdMb: 10 });
    running = startTestAutoscaler(app, { intervalSec: 1 });
    await running!.waitFor('sampled', async () => Boolean(running!.status().containers[0]?.usedBytes), 30_000);
    await c.restart({ t: 0 });
    const restartedAt = Date.now();
    await running!.waitFor('a sample after the restart', async () => Date.parse(running!.status().containers[0]?.sampledAt ?? '0') > restartedAt + 1000, 30_000);
    assert.is(running.status().containers[0].running, true);
    assert.match(running.logText(), `${app}-production (production): started`);
  } finally {
    await cleanup(app);
  }
});

resilience('when dockerd goes away and comes back it reconnects, forgets what was removed meanwhile and watches what was deployed meanwhile', async () => {
  const app = uniqueApp();
  try {
    proxy = await startDockerSocketProxy();
    const old = await startHolder({ app, name: `${app}-production-old`, limitMb: 128, holdMb: 10 });
    running = startTestAutoscaler(app, { intervalSec: 1 }, proxy.client);
    await running!.waitFor('the old container sampled', async () => Boolean(running!.status().containers[0]?.usedBytes), 30_000);

    await proxy.down();
    await running!.waitFor('the autoscaler noticing', async () => !running!.status().docker.connected, 30_000);
    // meanwhile a deploy replaces the container with one that needs more memory
    await old.remove({ force: true });
    const fresh = await startHolder({ app, name: `${app}-production-new`, limitMb: 128, holdMb: 80 });
    await new Promise((r) => setTimeout(r, 1500)); // a few failed reconnects
    await proxy.up();

    await running!.waitFor('reconnected', async () => running!.status().docker.connected, 30_000);
    await running!.waitFor('the new container raised', async () => (await limitMbOf(fresh)).memory === 228, 30_000);
    assert.equal(names(running), [`${app}-production-new`]);
    const log = running.logText();
    assert.match(log, 'autoscaler: lost dockerd');
    // the resync or the reopened stats stream, whichever comes first, finds it gone
    assert.match(log, new RegExp(`${app}-production-old \\(production\\): no longer watched: it (was removed while dockerd was out of reach|no longer exists)`));
    assert.match(running.metrics(), /slipway_autoscaler_docker_disconnects_total [1-9]/);
  } finally {
    await cleanup(app);
  }
});

resilience('an update Docker refuses is logged, counted and retried after the cooldown', async () => {
  const app = uniqueApp();
  try {
    proxy = await startDockerSocketProxy();
    proxy.refuseUpdates = true;
    const c = await startHolder({ app, limitMb: 128, holdMb: 80 });
    running = startTestAutoscaler(app, { intervalSec: 1, cooldownSec: 2 }, proxy.client);
    await running!.waitFor('a refused raise', async () => running!.status().containers[0]?.lastAction?.result === 'refused', 30_000);
    const refused = running.status().containers[0].lastAction!;
    assert.match(refused.error!, 'injected by the test proxy');
    assert.match(running.logText(), /Docker refused the raise to 228 MB: .*keeping 128 MB, next try after the 2 s cooldown/);
    assert.match(running.metrics(), /slipway_autoscaler_updates_total\{[^}]*action="raise",result="refused"\} [1-9]/);
    assert.equal(await limitMbOf(c), { memory: 128, swap: 128 });

    proxy.refuseUpdates = false;
    await running!.waitFor('the retried raise', async () => running!.status().containers[0].lastAction?.result === 'done', 30_000);
    assert.equal(await limitMbOf(c), { memory: 228, swap: 228 });
  } finally {
    await cleanup(app);
  }
});

resilience.run();
