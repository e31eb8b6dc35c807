import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { dotStuff, formatMessage, parseSmtpAddress } from '../../src/monitors/smtp';
import { cpuPercent, memoryUsedBytes } from '../../src/core/docker-stats';
import { UsageError } from '../../src/core/errors';

const smtp = suite('monitors/smtp and docker stats');

smtp('an SMTP address is host:port, port 25 by default', () => {
  assert.equal(parseSmtpAddress('127.0.0.1:2525'), { host: '127.0.0.1', port: 2525 });
  assert.equal(parseSmtpAddress('mail.local'), { host: 'mail.local', port: 25 });
  assert.equal(parseSmtpAddress('[::1]:25'), { host: '::1', port: 25 });
  assert.throws(() => parseSmtpAddress('smtp://x:25'), (e: unknown) => e instanceof UsageError && /monitors\.local\.smtp/.test((e as Error).message));
});

smtp('a message has RFC 5322 headers, CRLF line ends, and a non-ASCII subject is encoded', () => {
  const text = formatMessage({ from: 'a@x', to: ['b@x', 'c@x'], subject: 'Mémoire', text: 'one\ntwo' }, new Date(Date.UTC(2024, 0, 2, 3, 4, 5)));
  assert.match(text, 'From: a@x\r\nTo: b@x, c@x\r\nSubject: =?UTF-8?B?');
  assert.match(text, 'Date: Tue, 02 Jan 2024 03:04:05 +0000');
  assert.ok(text.endsWith('\r\n\r\none\r\ntwo'));
});

smtp('a line starting with a dot is stuffed so it does not end DATA', () => {
  assert.is(dotStuff('a\r\n.\r\n..b'), 'a\r\n..\r\n...b');
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
