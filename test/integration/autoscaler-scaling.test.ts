import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { ContainerSample } from '../../src/autoscaler/watcher';
import { MiB, cleanup, cleanupAll, countUpdates, limitMbOf, requireParts, startHolder, startTestAutoscaler, uniqueApp, type TestAutoscaler } from './autoscaler-support';

const scaling = suite('autoscaler scaling (real dockerd)');

let running: TestAutoscaler | undefined;
scaling.before(async () => {
  await requireParts();
});
scaling.after.each(() => {
  running?.stop();
  running = undefined;
});
scaling.after(cleanupAll);

scaling('a container pushed past 50 % gets its limit raised by 100 MB within one interval (Memory and MemorySwap together)', async () => {
  const app = uniqueApp();
  try {
    // 20 MB first, then 70 MB more after 6 s: well past 50 % of 128 MB
    const c = await startHolder({ app, limitMb: 128, holdMb: 90, stepMb: 90, afterMs: 6000 });
    running = startTestAutoscaler(app); // the seed's policy: every 5 s, > 50 % → +100 MB
    const overAt: number[] = [];
    running.onSample((s: ContainerSample) => {
      if (s.memoryUsedBytes > 0.5 * 128 * MiB && s.memoryLimitBytes === 128 * MiB) overAt.push(s.at);
    });
    await running.listed();
    await running!.waitFor('the raise', async () => running!.status().containers[0]?.lastAction !== undefined, 30_000);
    assert.equal(await limitMbOf(c), { memory: 228, swap: 228 });
    const action = running.status().containers[0].lastAction!;
    assert.is(action.action, 'raise');
    assert.is(action.result, 'done', action.error);
    assert.match(action.reason, /% of the 128 MB limit \(> 50 %\): \+100 MB/);
    // the bound: from the first sample over the threshold to the raise, one interval (5 s); the second of
    // slack is for a busy test host (bench:autoscaler measures the real figure from the cgroup)
    const reactionMs = Date.parse(action.at) - overAt[0];
    assert.ok(reactionMs <= 5000 + 1000, `raised ${reactionMs} ms after the threshold was first seen`);
    assert.match(running.logText(), `${app}-production (production): raise 128 → 228 MB — used`);
  } finally {
    await cleanup(app);
  }
});

scaling('the maximum is respected: the last raise is capped and then it holds, saying why', async () => {
  const app = uniqueApp();
  try {
    const c = await startHolder({ app, limitMb: 96, holdMb: 64 }); // ~70 MB with Node itself: over 50 % of 96 and of 120
    running = startTestAutoscaler(app, { intervalSec: 1, cooldownSec: 0, maxMb: 120 });
    await running!.waitFor('a hold at the maximum', async () => running!.status().containers[0]?.lastDecision?.hold === 'at-max', 30_000);
    assert.equal(await limitMbOf(c), { memory: 120, swap: 120 });
    // more evaluations go by without any change
    const updates = await countUpdates(app);
    try {
      await new Promise((r) => setTimeout(r, 3500));
      assert.is(updates.count(), 0);
    } finally {
      updates.stop();
    }
    assert.equal(await limitMbOf(c), { memory: 120, swap: 120 });
    assert.match(running.status().containers[0].lastDecision!.reason, 'but the limit is at the maximum 120 MB');
    assert.match(running.metrics(), `slipway_autoscaler_decisions_total{container="${app}-production",role="production",action="hold",reason="at-max"}`);
  } finally {
    await cleanup(app);
  }
});

scaling('steady use near the threshold does not flap: one raise, then nothing, even with scale-down on', async () => {
  const app = uniqueApp();
  try {
    const updates = await countUpdates(app);
    const c = await startHolder({ app, limitMb: 128, holdMb: 64 }); // ~70 MB with Node itself: ~55 % of 128 MB
    running = startTestAutoscaler(app, { intervalSec: 1, cooldownSec: 1, scaleDown: { enabled: true, belowPercent: 20, afterSec: 2 } });
    await running!.waitFor('the raise', async () => (await limitMbOf(c)).memory === 228, 30_000);
    // twelve more evaluations, each past the cooldown and the scale-down delay
    const evaluated = () => Number(/reason="within"\} (\d+)/.exec(running!.metrics())?.[1] ?? 0);
    await running!.waitFor('twelve evaluations after the raise', async () => evaluated() >= 12, 60_000);
    updates.stop();
    assert.is(updates.count(), 1, 'Docker saw more than the one raise');
    assert.equal(await limitMbOf(c), { memory: 228, swap: 228 });
  } finally {
    await cleanup(app);
  }
});

scaling('an OOM kill is answered at once with max(+100 MB, ×1.2), and the container picked up after the autoscaler started', async () => {
  const app = uniqueApp();
  try {
    running = startTestAutoscaler(app, { maxMb: 164 });
    await running.listed();
    // 20 MB (under 50 %), then after 3 s, between two evaluations, 80 MB more at once into 64 MB: killed; restarts on failure
    const c = await startHolder({ app, limitMb: 64, initialMb: 20, holdMb: 100, stepMb: 80, afterMs: 3000, restart: true });
    await running!.waitFor('the OOM bump', async () => running!.status().containers[0]?.lastAction?.action === 'oom-bump', 30_000);
    const action = running.status().containers[0].lastAction!;
    assert.is(action.fromBytes, 64 * MiB);
    assert.is(action.toBytes, 164 * MiB); // +100 MB beats ×1.2
    assert.is(action.result, 'done', action.error);
    assert.equal(await limitMbOf(c), { memory: 164, swap: 164 });
    assert.match(running.metrics(), `slipway_autoscaler_oom_kills_total{container="${app}-production",role="production"}`);
    assert.match(running.logText(), 'OOM kill');
    // with room now, the restarted container stays up holding its 100 MB
    await running!.waitFor('the container running with its memory', async () => (await c.inspect()).State.Running && (running!.status().containers[0]?.usedBytes ?? 0) > 100 * MiB, 30_000);
  } finally {
    await cleanup(app);
  }
});

scaling.run();
