'use strict';

// Starts a real, throw-away redis-server on a free loopback port, and talks to it over a raw socket
// that shares no code with the reader under test.

const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const { spawn } = require('node:child_process');
const { freePort } = require('../../test/support/free-port');

function findRedisServer() {
  const candidates = process.env.REDIS_SERVER_BIN
    ? [process.env.REDIS_SERVER_BIN]
    : (process.env.PATH || '').split(path.delimiter).map((dir) => path.join(dir, 'redis-server'));
  const found = candidates.find((file) => {
    try {
      fs.accessSync(file, fs.constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
  if (!found) {
    throw new Error(
      `redis-server not found ${process.env.REDIS_SERVER_BIN ? `at REDIS_SERVER_BIN=${process.env.REDIS_SERVER_BIN}` : 'on PATH'}: ` +
        'install Debian\'s redis-server (apt-get install redis-server) ' +
        'or point REDIS_SERVER_BIN at the binary',
    );
  }
  return found;
}


function encode(args) {
  return `*${args.length}\r\n${args.map((arg) => `$${Buffer.byteLength(String(arg))}\r\n${arg}\r\n`).join('')}`;
}

// Sends commands whose replies are one line each (+OK, :1, -ERR …) and returns those lines.
function sendCommands(port, commands, timeoutMs = 2000) {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    let received = '';
    const timer = setTimeout(() => socket.destroy(new Error(`redis on ${port} did not answer`)), timeoutMs);
    socket.on('connect', () => socket.write(commands.map(encode).join('')));
    socket.on('data', (chunk) => {
      received += chunk.toString('utf8');
      const lines = received.split('\r\n').slice(0, -1);
      if (lines.length >= commands.length) {
        clearTimeout(timer);
        socket.end();
        resolve(lines.slice(0, commands.length));
      }
    });
    socket.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
}

async function waitUntilReady(port, child, deadlineMs = 5000) {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`redis-server exited with code ${child.exitCode}`);
    try {
      const [reply] = await sendCommands(port, [['PING']], 500);
      if (reply === '+PONG' || reply.startsWith('-NOAUTH')) return;
    } catch (err) {
      if (Date.now() > deadline) throw new Error(`redis-server on port ${port} not ready: ${err.message}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function startRedisServer({ port, password } = {}) {
  const binary = findRedisServer();
  const listenPort = port || (await freePort());
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'climbing-grade-redis-'));
  const args = ['--port', String(listenPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir];
  if (password) args.push('--requirepass', password);
  const child = spawn(binary, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  await waitUntilReady(listenPort, child);

  const authentication = password ? [['AUTH', password]] : [];
  return {
    port: listenPort,
    // Runs one single-line-reply command in database db and returns its reply line.
    async command(db, ...commandArgs) {
      const lines = await sendCommands(listenPort, [...authentication, ['SELECT', db], commandArgs]);
      return lines[lines.length - 1];
    },
    stop() {
      return new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => {
          fs.rmSync(dir, { recursive: true, force: true });
          resolve();
        });
        child.kill('SIGTERM');
      });
    },
  };
}

module.exports = { startRedisServer };
