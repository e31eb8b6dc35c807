import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { pollUntil, waitFor } from '../../src/core/deadline';
import { StopSignal, untilStopSignal } from '../../src/core/signals';
import { StepFailed } from '../../src/core/errors';

const deadline = suite('poll until a deadline');

deadline('pollUntil answers true as soon as the condition holds', async () => {
  let asked = 0;
  const started = Date.now();
  assert.ok(await pollUntil(() => ++asked === 3, 5000, 10));
  assert.is(asked, 3);
  assert.ok(Date.now() - started < 1000);
});

deadline('pollUntil answers false once the time is up, having asked one last time', async () => {
  let asked = 0;
  const started = Date.now();
  assert.not.ok(await pollUntil(async () => (asked++, false), 120, 50));
  const took = Date.now() - started;
  assert.ok(took >= 120 && took < 1000, `took ${took} ms`);
  assert.ok(asked >= 3, `asked ${asked} times`);
});

deadline('waitFor fails the step naming what never became ready', async () => {
  const err = await waitFor('the widget', async () => false, 50, 'start the widget', 10).then(() => undefined, (e: StepFailed) => e);
  assert.instance(err, StepFailed);
  assert.match(err!.message, 'the widget not ready after 0 s');
  assert.is(err!.hint, 'start the widget');
  await waitFor('the widget', async () => true, 50);
});

deadline.run();

const signals = suite('wait for a stop signal');

const listeners = () => [process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')];

signals('a real SIGTERM stops the wait, names itself, wakes a sleep and leaves no listener behind', async () => {
  const before = listeners();
  const stop = new StopSignal();
  assert.equal(listeners(), before.map((n) => n + 1));
  const started = Date.now();
  setTimeout(() => process.kill(process.pid, 'SIGTERM'), 50);
  await stop.sleep(10_000);
  assert.ok(Date.now() - started < 5000, 'the sleep was cut short');
  assert.is(await stop.stopped, 'SIGTERM');
  assert.is(stop.reason, 'SIGTERM');
  assert.equal(listeners(), before);
});

signals('SIGINT is a stop too', async () => {
  const keepAlive = setTimeout(() => undefined, 5000); // signal handles do not keep node running; a server would
  setTimeout(() => process.kill(process.pid, 'SIGINT'), 20);
  assert.is(await untilStopSignal(), 'SIGINT');
  clearTimeout(keepAlive);
});

signals('a time limit stops the wait with its own reason', async () => {
  const before = listeners();
  assert.is(await untilStopSignal({ timeoutMs: 30, timeoutReason: '--for 0.03 s ran out' }), '--for 0.03 s ran out');
  assert.equal(listeners(), before);
});

signals('dispose removes the listeners without stopping', async () => {
  const before = listeners();
  const stop = new StopSignal({ timeoutMs: 10_000 });
  stop.dispose();
  assert.equal(listeners(), before);
  assert.is(stop.reason, undefined);
  const started = Date.now();
  await stop.sleep(30);
  assert.ok(Date.now() - started >= 25);
});

signals.run();
