import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { PassThrough } from 'node:stream';
import { createExecutor, type Action } from '../../src/core/plan';
import { createLogger } from '../../src/core/log';
import { secretsFromEnv } from '../../src/core/secrets';

const plan = suite('plan executor');

function setup(dryRun: boolean) {
  const out = new PassThrough();
  let printed = '';
  out.on('data', (c) => (printed += c));
  const secrets = secretsFromEnv({ SLIPWAY_ADMIN_TOKEN: 'tok-very-secret' });
  const log = createLogger(secrets, { quiet: true });
  return { executor: createExecutor({ dryRun, log, secrets, out }), printed: () => printed };
}

function actions(ran: string[]): Action[] {
  return [
    { kind: 'docker', summary: 'create x', detail: { method: 'POST', path: '/containers/create', body: { Env: ['SLIPWAY_ADMIN_TOKEN=tok-very-secret'] } }, id: 'created', run: async () => (ran.push('create'), 'id-1') },
    { kind: 'http', summary: 'tell the proxy', detail: { headers: { Authorization: 'Bearer tok-very-secret' } }, run: async (done) => void ran.push(`proxy:${done.get('created')}`) },
  ];
}

plan('a dry run prints every action, masked, and runs none', async () => {
  const { executor, printed } = setup(true);
  const ran: string[] = [];
  const r = await executor.execute(actions(ran));
  assert.equal(ran, []);
  assert.is(r.actions.length, 2);
  assert.match(printed(), '1. [docker] create x');
  assert.match(printed(), '2. [http] tell the proxy');
  assert.not.match(printed(), 'tok-very-secret');
  assert.match(printed(), 'SLIPWAY_ADMIN_TOKEN=***');
});

plan('a real run performs the same actions in order, passing results on', async () => {
  const { executor, printed } = setup(false);
  const ran: string[] = [];
  const r = await executor.execute(actions(ran));
  assert.equal(ran, ['create', 'proxy:id-1']);
  assert.is(r.results.get('created'), 'id-1');
  assert.is(printed(), '');
});

plan('steps are numbered across the plans of one command', async () => {
  const { executor } = setup(true);
  await executor.execute(actions([]));
  const second = await executor.execute(actions([]));
  assert.equal(second.actions.map((a) => a.step), [3, 4]);
  assert.is(executor.printed().length, 4);
});

plan.run();
