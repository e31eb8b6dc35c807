import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { PassThrough } from 'node:stream';
import { createExecutor, type Action } from '../../src/core/plan';
import type { Performer } from '../../src/core/performer';
import { dockerCall, httpCall, stopAndRemove } from '../../src/core/actions';
import { createLogger } from '../../src/core/log';
import { secretsFromEnv } from '../../src/core/secrets';
import { StepFailed } from '../../src/core/errors';

const plan = suite('plan executor');

/** A transport that answers every call with its path or url, and fails the ones named in `failing`. */
function setup(dryRun: boolean, failing: string[] = []) {
  const out = new PassThrough();
  let printed = '';
  out.on('data', (c) => (printed += c));
  const secrets = secretsFromEnv({ SLIPWAY_ADMIN_TOKEN: 'tok-very-secret' });
  const log = createLogger(secrets, { quiet: true });
  const sent: string[] = [];
  const performer: Performer = {
    async perform(a, done) {
      const call = String(a.detail.path ?? a.detail.url);
      sent.push(`${a.detail.method} ${call}`);
      if (failing.includes(call)) throw new StepFailed(`${call} refused`);
      return a.read ? a.read({ Id: `id-of-${call}` }, done) : call;
    },
  };
  return { executor: createExecutor({ dryRun, log, secrets, out, performer }), printed: () => printed, sent };
}

function actions(): Action[] {
  return [
    dockerCall('create x', { method: 'POST', path: '/containers/create?name=x', body: { Env: ['SLIPWAY_ADMIN_TOKEN=tok-very-secret'] } }, { id: 'created', read: (a) => (a as { Id: string }).Id }),
    httpCall('tell the proxy', { method: 'PUT', url: 'http://127.0.0.1:1/backends', headers: { Authorization: 'Bearer tok-very-secret' }, body: { production: 'x' } }),
  ];
}

plan('a dry run prints every call, credentials masked with their scheme kept, and performs none', async () => {
  const { executor, printed, sent } = setup(true);
  const r = await executor.execute(actions());
  assert.equal(sent, []);
  assert.is(r.actions.length, 2);
  assert.match(printed(), '1. [docker] create x');
  assert.match(printed(), '"path": "/containers/create?name=x"');
  assert.match(printed(), '2. [http] tell the proxy');
  assert.not.match(printed(), 'tok-very-secret');
  assert.match(printed(), 'SLIPWAY_ADMIN_TOKEN=***');
  assert.equal(r.actions[1].detail.headers, { Authorization: 'Bearer ***' });
});

plan('a real run hands each call to the performer in order and keeps results by id', async () => {
  const { executor, printed, sent } = setup(false);
  const r = await executor.execute(actions());
  assert.equal(sent, ['POST /containers/create?name=x', 'PUT http://127.0.0.1:1/backends']);
  assert.is(r.results.get('created'), 'id-of-/containers/create?name=x');
  assert.is(printed(), '');
});

plan('steps are numbered across the plans of one command', async () => {
  const { executor } = setup(true);
  await executor.execute(actions());
  const second = await executor.execute(actions());
  assert.equal(second.actions.map((a) => a.step), [3, 4]);
  assert.is(executor.printed().length, 4);
});

plan('a graceful stop is two calls: stop with a grace period, then remove', () => {
  const [stop, remove] = stopAndRemove('web-1', 7.5);
  assert.equal([stop.detail.method, stop.detail.path, remove.detail.method, remove.detail.path], ['POST', '/containers/web-1/stop?t=8', 'DELETE', '/containers/web-1']);
});

plan('after a failure only clean-up runs: the failed action\'s onFailure, then the actions marked always', async () => {
  const { executor, sent } = setup(false, ['/containers/a/start']);
  const failing = dockerCall('start a', { method: 'POST', path: '/containers/a/start' }, {
    onFailure: { actions: [dockerCall('logs of a', { method: 'GET', path: '/containers/a/logs' }, { id: 'logs' })], error: (err, done) => new StepFailed(`${(err as Error).message}; logs: ${done.get('logs')}`) },
  });
  const skipped = dockerCall('wait for a', { method: 'POST', path: '/containers/a/wait' });
  const notNow = dockerCall('kill a', { method: 'POST', path: '/containers/a/kill' }, { when: { text: 'never', test: () => false }, always: true });
  const cleanup = dockerCall('remove a', { method: 'DELETE', path: '/containers/a' }, { always: true });
  const err = await executor.execute([failing, skipped, notNow, cleanup]).then(() => undefined, (e: Error) => e);
  assert.is(err?.message, '/containers/a/start refused; logs: /containers/a/logs');
  assert.equal(sent, ['POST /containers/a/start', 'GET /containers/a/logs', 'DELETE /containers/a']);
});

plan.run();
