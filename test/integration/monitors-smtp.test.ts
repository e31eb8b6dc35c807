import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadConfig, type Config } from '../../src/core/config';
import { StepFailed } from '../../src/core/errors';
import { secretsFromEnv } from '../../src/core/secrets';
import { mailSettings, sendMail } from '../../src/monitors/mail';
import { alertSubject, notifierFromConfig } from '../../src/monitors/notifier';
import type { AlertNotification } from '../../src/monitors/local-alerting';
import { runCli } from '../support/cli';
import { freePort } from '../support/ports';
import { tmpDir } from '../support/tmp';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp-server';

const smtp = suite('alert e-mail through nodemailer against a real SMTP server (smtp-server) on loopback');
const USER = 'alerts@example.com';
const PASSWORD = 'smtp-pass-7d1c9e0b4a2f6358';
const withPassword = secretsFromEnv({ SLIPWAY_SMTP_PASSWORD: PASSWORD });
const servers: TestSmtpServer[] = [];

async function server(opts: Parameters<typeof startSmtpServer>[0]): Promise<TestSmtpServer> {
  const s = await startSmtpServer(opts);
  servers.push(s);
  return s;
}

function appWith(local: Record<string, unknown>): string {
  const dir = tmpDir('slipway-mail-app-');
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'mail-app' }));
  fs.writeFileSync(path.join(dir, 'slipway.json'), JSON.stringify({ monitors: { emails: ['ops@example.com', 'dev@example.com'], local: { from: 'slipway@example.com', ...local } } }));
  return dir;
}

const configWith = (local: Record<string, unknown>): Config => loadConfig({ appDir: appWith(local), env: {} }).config;

const notice: AlertNotification = {
  app: 'mail-app', monitor: '[slipway] mail-app canary: memory', rule: 'memory', transition: 'Triggered', containerId: 'abcdef0123456789', containerName: 'mail-app-canary',
  role: 'canary', value: 612 * 1024 * 1024, threshold: 500 * 1024 * 1024, unit: 'bytes', windowSec: 300, at: Date.UTC(2026, 0, 2), since: Date.UTC(2026, 0, 2), tags: ['managed-by:slipway', 'role:canary'],
};

async function failureOf(p: Promise<unknown>): Promise<StepFailed> {
  try {
    await p;
  } catch (err) {
    assert.instance(err, StepFailed);
    return err as StepFailed;
  }
  throw new Error('expected the send to fail');
}

smtp.after(async () => {
  for (const s of servers) await s.close();
});

smtp('STARTTLS and AUTH: the alert arrives under TLS, logged in with the password from the environment, with its headers', async () => {
  const s = await server({ tls: 'starttls', auth: { user: USER, pass: PASSWORD } });
  const { notifier, targets } = notifierFromConfig(configWith({ smtp: s.address, smtpUser: USER, smtpCaFile: s.caFile }), withPassword);
  await notifier.notify(notice);
  const [m] = await s.waitFor(1, () => true, 10_000);
  assert.ok(m.secure, 'the message went under TLS');
  assert.is(m.user, USER);
  assert.equal(s.logins, [{ user: USER, pass: PASSWORD, ok: true }]);
  assert.is(m.from, 'slipway@example.com');
  assert.equal(m.to, ['ops@example.com', 'dev@example.com']);
  assert.is(m.headers.from, 'slipway@example.com');
  assert.is(m.headers.to, 'ops@example.com, dev@example.com');
  assert.is(m.subject, alertSubject(notice));
  assert.is(m.headers['auto-submitted'], 'auto-generated');
  assert.ok(m.headers['message-id'] && m.headers.date);
  assert.match(m.body, 'Memory of mail-app-canary (mail-app canary) averaged 612.0 MB over the last 300 s');
  assert.equal(targets, [`e-mail ops@example.com, dev@example.com via SMTP ${s.address} (STARTTLS required, AUTH as ${USER})`]);
});

smtp('TLS from the first byte (smtpTls "tls") delivers the same way', async () => {
  const s = await server({ tls: 'tls', auth: { user: USER, pass: PASSWORD } });
  await sendMail(mailSettings(configWith({ smtp: s.address, smtpTls: 'tls', smtpUser: USER, smtpCaFile: s.caFile }), withPassword), { from: 'slipway@example.com', to: ['ops@example.com'], subject: 'CPU alert', text: 'line one\n.\n..two dots\nend' });
  const [m] = await s.waitFor(1, () => true, 10_000);
  assert.ok(m.secure);
  assert.is(m.body.replace(/\n$/, ''), 'line one\n.\n..two dots\nend');
});

smtp('a server without STARTTLS is refused before the password or the message leaves', async () => {
  const s = await server({});
  const failed = await failureOf(sendMail(mailSettings(configWith({ smtp: s.address, smtpUser: USER }), withPassword), { from: 'slipway@example.com', to: ['ops@example.com'], subject: 's', text: 't' }));
  assert.match(failed.message, `SMTP ${s.address}:`);
  assert.match(failed.hint ?? '', 'monitors.local.smtpTls');
  assert.equal(s.logins, []);
  assert.equal(s.messages, []);
});

smtp("a certificate no trusted CA signed is refused (the server's CA is not given)", async () => {
  const s = await server({ tls: 'starttls', auth: { user: USER, pass: PASSWORD } });
  const failed = await failureOf(sendMail(mailSettings(configWith({ smtp: s.address, smtpUser: USER }), withPassword), { from: 'slipway@example.com', to: ['ops@example.com'], subject: 's', text: 't' }));
  assert.match(failed.hint ?? '', 'smtpCaFile');
  assert.equal(s.logins, []);
  assert.equal(s.messages, []);
});

smtp('a wrong password, a refused recipient and no server each fail the send with what to check', async () => {
  const s = await server({ tls: 'starttls', auth: { user: USER, pass: PASSWORD } });
  const settings = mailSettings(configWith({ smtp: s.address, smtpUser: USER, smtpCaFile: s.caFile }), secretsFromEnv({ SLIPWAY_SMTP_PASSWORD: 'not-the-password' }));
  const wrong = await failureOf(sendMail(settings, { from: 'slipway@example.com', to: ['ops@example.com'], subject: 's', text: 't' }));
  assert.match(wrong.hint ?? '', 'SLIPWAY_SMTP_PASSWORD');
  s.rejectRecipients(550);
  const refused = await failureOf(sendMail(mailSettings(configWith({ smtp: s.address, smtpUser: USER, smtpCaFile: s.caFile }), withPassword), { from: 'slipway@example.com', to: ['nobody@example.com'], subject: 's', text: 't' }));
  assert.match(refused.message, '550');
  s.rejectRecipients(undefined);
  const port = await freePort();
  const none = await failureOf(sendMail(mailSettings(configWith({ smtp: `127.0.0.1:${port}`, smtpTls: 'none' }), withPassword), { from: 'slipway@example.com', to: ['ops@example.com'], subject: 's', text: 't' }));
  assert.match(none.message, `SMTP 127.0.0.1:${port}:`);
  assert.equal(s.messages, []);
});

smtp('the password never shows: not in the plan, not in a dry run, not in the logs', async () => {
  const s = await server({ tls: 'starttls', auth: { user: USER, pass: PASSWORD } });
  const app = appWith({ smtp: s.address, smtpUser: USER, smtpCaFile: s.caFile });
  const env = { SLIPWAY_SMTP_PASSWORD: PASSWORD, DD_API_KEY: undefined, DD_APP_KEY: undefined };
  const plan = await runCli(['monitors', 'plan', '--app', app], env);
  assert.is(plan.code, 0, plan.stderr);
  assert.match(plan.stdout, `AUTH as ${USER}`);
  const up = await runCli(['autoscaler', 'up', '--app', app, '--dry-run'], env);
  assert.is(up.code, 0, up.stderr);
  assert.match(up.stdout + up.stderr, 'SLIPWAY_SMTP_PASSWORD');
  for (const out of [plan.stdout, plan.stderr, up.stdout, up.stderr]) assert.not.ok(out.includes(PASSWORD), out);
});

smtp.run();
