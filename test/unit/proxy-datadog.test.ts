import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { decideAlert, parseDatadogAlert } from '../../src/proxy/datadog';
import { UsageError } from '../../src/core/errors';

const datadog = suite('proxy datadog webhook');

// what a Datadog webhook with a custom payload of $ALERT_* variables delivers
const triggered = {
  alert_transition: 'Triggered', alert_id: '4242', alert_title: '[Triggered] climbing-grade canary 5xx', id: '7001',
  tags: 'app:climbing-grade,role:canary,env:prod', last_updated: '1764151200000',
};

datadog('a triggered canary alert ejects', () => {
  const alert = parseDatadogAlert(triggered);
  assert.is(alert.transition, 'triggered');
  assert.is(alert.renotify, false);
  assert.is(alert.alertId, '4242');
  assert.equal(alert.tags, ['app:climbing-grade', 'role:canary', 'env:prod']);
  const decision = decideAlert(alert, 'climbing-grade');
  assert.is(decision.action, 'eject');
  assert.match(decision.reason, 'triggered: Datadog alert 4242');
});

datadog('a re-triggered alert (Datadog re-notifying) ejects too', () => {
  const alert = parseDatadogAlert({ ...triggered, alert_transition: 'Re-Triggered', id: '7002' });
  assert.is(alert.transition, 'triggered');
  assert.ok(alert.renotify);
  assert.is(decideAlert(alert, 'climbing-grade').action, 'eject');
});

datadog('a recovery is noted and never re-admits', () => {
  const decision = decideAlert(parseDatadogAlert({ ...triggered, alert_transition: 'Recovered', id: '7003' }), 'climbing-grade');
  assert.is(decision.action, 'note');
  assert.match(decision.reason, 'canary resume');
});

datadog('warn and no-data do not eject', () => {
  assert.is(decideAlert(parseDatadogAlert({ ...triggered, alert_transition: 'Warn' }), 'climbing-grade').action, 'note');
  assert.is(decideAlert(parseDatadogAlert({ ...triggered, alert_transition: 'No Data' }), 'climbing-grade').action, 'note');
});

datadog('only canary alerts of this app eject', () => {
  const prod = parseDatadogAlert({ ...triggered, tags: 'app:climbing-grade,role:production', alert_title: 'production 5xx' });
  assert.equal(decideAlert(prod, 'climbing-grade'), { action: 'ignore', reason: 'the alert is about production, only canary alerts eject' });
  const other = parseDatadogAlert({ ...triggered, tags: ['app:other-app', 'role:canary'] });
  assert.is(decideAlert(other, 'climbing-grade').action, 'ignore');
  const untagged = parseDatadogAlert({ alert_transition: 'Triggered', alert_title: 'CPU above 60%' });
  assert.match(decideAlert(untagged, 'climbing-grade').reason, 'names no canary');
  const byTitle = parseDatadogAlert({ alert_transition: 'Triggered', alert_title: 'Canary error rate high' });
  assert.is(decideAlert(byTitle, 'climbing-grade').action, 'eject');
});

datadog('Datadog\'s default payload is read from its title', () => {
  const alert = parseDatadogAlert({ title: '[Triggered on {role:canary}] canary 5xx', id: '99', date: '1764151200000', event_type: 'query_alert_monitor', tags: '' });
  assert.is(alert.transition, 'triggered');
  assert.is(alert.deliveryKey, 'event:99');
  assert.is(parseDatadogAlert({ title: '[Recovered] canary 5xx' }).transition, 'recovered');
});

datadog('the same delivery has the same key; another notification has another', () => {
  const a = parseDatadogAlert(triggered).deliveryKey;
  assert.is(parseDatadogAlert({ ...triggered }).deliveryKey, a);
  assert.is.not(parseDatadogAlert({ ...triggered, id: '7009' }).deliveryKey, a);
  const noIds = { alert_transition: 'Triggered', alert_title: 'canary 5xx' };
  assert.is(parseDatadogAlert(noIds).deliveryKey, parseDatadogAlert({ ...noIds }).deliveryKey);
});

datadog('a payload that says nothing actionable is refused with the reason', () => {
  const refuse = (body: unknown) => {
    try {
      parseDatadogAlert(body);
    } catch (err) {
      assert.instance(err, UsageError);
      return (err as Error).message;
    }
    throw new Error('expected a refusal');
  };
  assert.match(refuse([]), 'expected a JSON object');
  assert.match(refuse({ alert_title: 'canary' }), 'no alert transition');
  assert.match(refuse({ alert_transition: '$ALERT_TRANSITION', alert_title: 'canary' }), 'no alert transition');
  assert.match(refuse({ alert_transition: 'Exploded' }), 'alert_transition: unknown value "Exploded"');
});

datadog.run();
