import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describeMail, mailSettings, parseSmtpAddress } from '../../src/monitors/mail';
import { loadConfig } from '../../src/core/config';
import { secretsFromEnv } from '../../src/core/secrets';
import { tmpDir } from '../support/tmp';
import { cpuPercent, memoryUsedBytes } from '../../src/core/docker-stats';
import { UsageError } from '../../src/core/errors';
import { usageErrorOf } from '../support/errors';

const smtp = suite('monitors/mail settings and docker stats');

function appWith(local: Record<string, unknown>, from = 'slipway@example.com'): string {
  const dir = tmpDir('slipway-mail-unit-');
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'mail-app' }));
  fs.writeFileSync(path.join(dir, 'slipway.json'), JSON.stringify({ monitors: { emails: ['ops@example.com'], local: { from, ...local } } }));
  return dir;
}

smtp('an SMTP address is host:port, port 25 by default', () => {
  assert.equal(parseSmtpAddress('127.0.0.1:2525'), { host: '127.0.0.1', port: 2525 });
  assert.equal(parseSmtpAddress('mail.local'), { host: 'mail.local', port: 25 });
  assert.equal(parseSmtpAddress('[::1]:25'), { host: '::1', port: 25 });
  assert.throws(() => parseSmtpAddress('smtp://x:25'), (e: unknown) => e instanceof UsageError && /monitors\.local\.smtp/.test((e as Error).message));
});

smtp('STARTTLS is required unless the config says otherwise; the password comes only from SLIPWAY_SMTP_PASSWORD', () => {
  const config = loadConfig({ appDir: appWith({ smtp: 'smtp.example.com:587', smtpUser: 'alerts' }), env: {} }).config;
  const settings = mailSettings(config, secretsFromEnv({ SLIPWAY_SMTP_PASSWORD: 'pw-0123456789abcdef' }));
  assert.equal(settings, { server: { host: 'smtp.example.com', port: 587 }, tls: 'starttls', user: 'alerts', password: 'pw-0123456789abcdef', timeoutMs: 15_000 });
  assert.is(describeMail(settings), 'SMTP smtp.example.com:587 (STARTTLS required, AUTH as alerts)');
  const missing = usageErrorOf(() => mailSettings(config, secretsFromEnv({})));
  assert.match(missing.message, 'monitors.local.smtpUser is set but SLIPWAY_SMTP_PASSWORD is not');
});

smtp('a password is never sent in clear off this host; a relay on loopback may go without TLS', () => {
  const remote = loadConfig({ appDir: appWith({ smtp: 'smtp.example.com:25', smtpTls: 'none', smtpUser: 'alerts' }), env: {} }).config;
  assert.match(usageErrorOf(() => mailSettings(remote, secretsFromEnv({ SLIPWAY_SMTP_PASSWORD: 'pw-0123456789abcdef' }))).message, 'in clear');
  const local = loadConfig({ appDir: appWith({ smtp: '127.0.0.1:25', smtpTls: 'none' }), env: {} }).config;
  assert.is(mailSettings(local, secretsFromEnv({})).tls, 'none');
});

smtp('CR/LF in a sender, a recipient or the SMTP user is refused by the config before anything is sent', () => {
  assert.match(usageErrorOf(() => loadConfig({ appDir: appWith({ smtp: '127.0.0.1:25' }, 'a@example.com\r\nBcc: x@evil.example'), env: {} })).message, 'monitors.local.from');
  assert.match(usageErrorOf(() => loadConfig({ appDir: appWith({ smtp: '127.0.0.1:25', smtpUser: 'alerts\r\nRCPT TO:<x@evil.example>' }), env: {} })).message, 'monitors.local.smtpUser');
  assert.match(usageErrorOf(() => loadConfig({ appDir: appWith({ smtp: '127.0.0.1:25', smtpTls: 'maybe' }), env: {} })).message, 'monitors.local.smtpTls');
});

smtp('CPU is percent of one core, as docker stats computes it', () => {
  const stats = {
    cpu_stats: { cpu_usage: { total_usage: 2_000_000_000 }, system_cpu_usage: 20_000_000_000, online_cpus: 2 },
    precpu_stats: { cpu_usage: { total_usage: 1_000_000_000 }, system_cpu_usage: 18_000_000_000 },
  };
  assert.is(cpuPercent(stats), 100); // 1 s of CPU in 2 s of both cores' time, × 2 cores
  assert.is(cpuPercent({ cpu_stats: stats.cpu_stats }), 0, 'no previous reading: no figure yet');
});

smtp('memory in use leaves out the reclaimable page cache (cgroup v1 and v2)', () => {
  assert.is(memoryUsedBytes({ usage: 300, stats: { total_inactive_file: 100 } }), 200);
  assert.is(memoryUsedBytes({ usage: 300, stats: { inactive_file: 50 } }), 250);
  assert.is(memoryUsedBytes({ usage: 300 }), 300);
});

smtp.run();
