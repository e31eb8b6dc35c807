import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import axios from 'axios';
import { runCli, type CliRun } from '../support/cli';
import { tmpDir } from '../support/tmp';
import { freePort } from '../support/ports';
import { requireDocker, removeLabelled } from '../support/docker';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp-server';
import { BASE_IMAGE, ensureBaseImage } from '../support/images';

const local = suite('monitors watch: local alerting from Docker stats, e-mailed over SMTP');

const IMAGE = BASE_IMAGE;
const LABEL = `slipway.test=monitors-local-${process.pid}`;
const APP = `mon-local-${process.pid}`;

// holds memory on request, so the test decides when the container breaches and when it recovers
const HOLDER = `
const http = require('http'); let held = [];
http.createServer((req, res) => {
  const u = new URL(req.url, 'http://x');
  if (u.pathname === '/alloc') { for (let i = 0; i < Number(u.searchParams.get('mb')); i++) held.push(Buffer.alloc(1 << 20, 1)); }
  if (u.pathname === '/free') { held = []; global.gc(); global.gc(); }
  res.end(JSON.stringify(process.memoryUsage()));
}).listen(Number(process.env.PORT), '127.0.0.1');
`;

let smtp: TestSmtpServer;
// a mail provider's submission port: STARTTLS, then AUTH with the password slipway reads from its environment
const SMTP_USER = 'alerts@example.com';
const SMTP_PASSWORD = 'smtp-pass-4f8a1c6e0b2d9735';
let hookServer: http.Server;
const hookBodies: any[] = [];
let holderPort: number;
let appDir: string;

local.before(async () => {
  const docker = await requireDocker();
  // a fresh machine has no base image yet: make it offline, as users do
  await ensureBaseImage();
  smtp = await startSmtpServer({ tls: 'starttls', auth: { user: SMTP_USER, pass: SMTP_PASSWORD } });
  hookServer = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      hookBodies.push(JSON.parse(raw));
      res.end('{}');
    });
  });
  const hookPort = await freePort();
  await new Promise<void>((resolve) => hookServer.listen(hookPort, '127.0.0.1', resolve));
  holderPort = await freePort();
  const container = await docker.createContainer({
    name: `${APP}-production`,
    Image: IMAGE,
    Cmd: ['node', '--expose-gc', '-e', HOLDER],
    Env: [`PORT=${holderPort}`],
    Labels: { 'slipway.app': APP, 'slipway.role': 'production', [LABEL.split('=')[0]]: LABEL.split('=')[1] },
    HostConfig: { NetworkMode: 'host', Memory: 512 * 1024 * 1024 },
  });
  await container.start();
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      await axios.get(`http://127.0.0.1:${holderPort}/`, { timeout: 1000 });
      break;
    } catch (err) {
      if (Date.now() > deadline) throw new Error(`the memory-holder container did not answer on 127.0.0.1:${holderPort}: ${(err as Error).message}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  appDir = tmpDir();
  fs.writeFileSync(path.join(appDir, 'package.json'), JSON.stringify({ name: APP }));
  fs.writeFileSync(
    path.join(appDir, 'slipway.json'),
    JSON.stringify({
      stateDir: path.join(appDir, 'state'),
      monitors: {
        cpuPercent: 95,
        memoryMb: 120,
        emails: ['ops@example.com'],
        // the seed's 5-minute window and 15-minute re-notify, shortened through config for the test
        local: { smtp: smtp.address, smtpUser: SMTP_USER, smtpCaFile: smtp.caFile, webhookUrl: `http://127.0.0.1:${hookPort}/alerts`, intervalSec: 1, windowSec: 2, renotifySec: 4 },
      },
    }),
  );
});

local.after(async () => {
  await removeLabelled(LABEL);
  await smtp?.close();
  await new Promise<void>((resolve) => (hookServer ? hookServer.close(() => resolve()) : resolve()));
});

local('a container over the memory threshold is e-mailed, e-mailed again after the re-notify interval, then recovers', async () => {
  const subject = (t: string) => `[${t} on {container_name:${APP}-production}] [slipway] ${APP} production: memory`;
  const watching: Promise<CliRun> = runCli(['monitors', 'watch', '--app', appDir, '--duration', '240', '--json'], {
    DD_API_KEY: undefined,
    DD_APP_KEY: undefined,
    SLIPWAY_SMTP_PASSWORD: SMTP_PASSWORD,
  });
  try {
    await axios.get(`http://127.0.0.1:${holderPort}/alloc?mb=220`, { timeout: 30_000 });
    const [alert] = await smtp.waitFor(1, (m) => m.subject === subject('Triggered'), 90_000);
    assert.equal(alert.to, ['ops@example.com']);
    assert.is(alert.from, 'slipway@localhost');
    assert.ok(alert.secure, 'sent under STARTTLS');
    assert.is(alert.user, SMTP_USER);
    assert.match(alert.body, 'above the threshold of 120.0 MB');
    assert.match(alert.headers['content-type'], 'text/plain; charset=utf-8');

    const [again] = await smtp.waitFor(1, (m) => m.subject === subject('Re-Triggered'), 90_000);
    // the notice repeats no sooner than the re-notify interval (4 s here, 15 minutes by default)
    assert.ok(again.at - alert.at >= 3_500, `re-notified after ${again.at - alert.at} ms`);

    await axios.get(`http://127.0.0.1:${holderPort}/free`, { timeout: 30_000 });
    const [recovery] = await smtp.waitFor(1, (m) => m.subject === subject('Recovered'), 90_000);
    assert.match(recovery.body, 'is back under 120.0 MB');
    assert.ok(recovery.at > again.at);
  } finally {
    process.emit('SIGTERM' as NodeJS.Signals);
  }
  const run = await watching;
  assert.is(run.code, 0, run.stderr);
  assert.not.ok((run.stdout + run.stderr).includes(SMTP_PASSWORD), 'the SMTP password never shows');
  const result = run.json().result;
  assert.ok(result.rounds >= 3);
  assert.ok(smtp.messages.every((m) => !m.subject.includes(': CPU')), 'CPU stayed under 95 %');

  // the same notices went to the webhook, in the payload the proxy's /alerts/datadog reads
  const transitions = hookBodies.map((b) => b.alert_transition);
  assert.equal(transitions.slice(0, 2), ['Triggered', 'Re-Triggered']);
  assert.ok(transitions.includes('Recovered'));
  assert.is(hookBodies[0].source, 'slipway-local');
  assert.ok(hookBodies[0].tags.split(',').includes('role:production'));
});

local('watch with nowhere to send is a usage error before anything runs', async () => {
  const dir = tmpDir();
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: APP }));
  const r = await runCli(['monitors', 'watch', '--app', dir, '--duration', '1'], { DD_API_KEY: undefined, DD_APP_KEY: undefined });
  assert.is(r.code, 2);
  assert.match(r.stderr, 'local alerting has nowhere to send');
});

local.run();
