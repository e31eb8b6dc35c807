import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadConfig, type Config } from '../../src/core/config';
import { monitorDefinitions } from '../../src/monitors/definitions';
import { diffMonitors, diffWebhook, renderPlan, type DatadogMonitor } from '../../src/monitors/diff';
import { tmpDir } from '../support/tmp';

const diff = suite('monitors/diff');

function config(monitors: Record<string, unknown> = {}): Config {
  const dir = tmpDir();
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'app' }));
  fs.writeFileSync(path.join(dir, 'slipway.json'), JSON.stringify({ monitors }));
  return loadConfig({ appDir: dir, env: {} }).config;
}

/** What Datadog returns for a created body: an id, and options it fills in itself. */
function asDatadog(c: Config): DatadogMonitor[] {
  return monitorDefinitions(c).map((d, i) => ({
    ...d.body,
    id: 100 + i,
    tags: [...d.body.tags].reverse(),
    options: { notify_audit: false, new_host_delay: 300, silenced: {}, ...d.body.options },
    overall_state: 'OK',
  }));
}

diff('nothing in Datadog: every monitor is created', () => {
  const changes = diffMonitors(monitorDefinitions(config()), []);
  assert.equal(changes.map((c) => c.op), ['create', 'create', 'create', 'create', 'create']);
});

diff('what Datadog fills in, and tag order, is not a change', () => {
  const c = config();
  const changes = diffMonitors(monitorDefinitions(c), asDatadog(c));
  assert.equal(changes.map((x) => x.op), ['unchanged', 'unchanged', 'unchanged', 'unchanged', 'unchanged']);
});

diff('a threshold change is an update in place naming the fields', () => {
  const existing = asDatadog(config());
  const changes = diffMonitors(monitorDefinitions(config({ cpuPercent: 80 })), existing);
  const cpu = changes.find((c) => c.name === '[slipway] app production: CPU')!;
  assert.is(cpu.op, 'update');
  assert.ok('fields' in cpu);
  if ('fields' in cpu) assert.equal(cpu.fields.map((f) => f.path).sort(), ['message', 'options.thresholds.critical', 'query']);
  if ('existing' in cpu) assert.is(cpu.existing.id, 100);
});

diff('a type change (logs → APM) is a replace', () => {
  const existing = asDatadog(config());
  const changes = diffMonitors(monitorDefinitions(config({ canary5xx: { source: 'apm' } })), existing);
  assert.is(changes.find((c) => c.name.endsWith('5xx responses'))!.op, 'replace');
});

diff('a managed monitor no longer in the config, and a duplicate name, are deleted', () => {
  const c = config();
  const existing = asDatadog(c);
  existing.push({ ...existing[0], id: 999, name: '[slipway] app staging: CPU' });
  existing.push({ ...existing[1], id: 1000 });
  const changes = diffMonitors(monitorDefinitions(c), existing);
  const deletes = changes.filter((x) => x.op === 'delete');
  assert.equal(deletes.map((d) => ('existing' in d ? d.existing.id : 0)), [999, 1000]);
  assert.match(deletes.map((d) => (d.op === 'delete' ? d.reason : '')).join('|'), 'a second monitor with this name');
});

diff('null and absent mean the same', () => {
  const c = config({ renotifyMinutes: 0 });
  const existing = asDatadog(c).map((m) => ({ ...m, options: { ...m.options, renotify_interval: undefined } }));
  assert.ok(diffMonitors(monitorDefinitions(c), existing).every((x) => x.op === 'unchanged'));
});

diff('the plan reads like terraform plan and never shows the webhook headers', () => {
  const desired = { name: 'hook', url: 'http://x/alerts/datadog', encode_as: 'json' as const, custom_headers: '{"Authorization":"Bearer new"}', payload: '{}' };
  const webhook = diffWebhook(desired, { ...desired, custom_headers: '{"Authorization":"Bearer old"}' });
  const existing = asDatadog(config());
  const text = renderPlan(diffMonitors(monitorDefinitions(config({ memoryMb: 600 })), existing.slice(0, 4)), webhook, 'Datadog monitors of app:');
  assert.match(text, '~   webhook hook → http://x/alerts/datadog  (update)');
  assert.match(text, 'custom_headers: "(hidden)" → "(hidden)"');
  assert.not.match(text, 'Bearer');
  assert.match(text, '~   [slipway] app production: memory  (id 101)');
  assert.match(text, 'options.thresholds.critical: 524288000 → 629145600');
  assert.match(text, '+   [slipway] app canary: 5xx responses');
  assert.match(text, 'Plan: 1 to create, 3 to update, 0 to replace, 0 to delete, 2 unchanged.');
});

diff.run();
