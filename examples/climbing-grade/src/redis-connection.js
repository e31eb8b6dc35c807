'use strict';

const net = require('node:net');
const { encodeCommand, createReplyParser, RedisReplyError } = require('./resp');

class RedisUrlError extends Error {
  constructor(message) {
    super(message);
    this.name = 'RedisUrlError';
  }
}

function parseRedisUrl(text) {
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new RedisUrlError(`REDIS_URL is not a URL (expected redis://[:password@]host[:port][/db])`);
  }
  if (url.protocol !== 'redis:') {
    throw new RedisUrlError(
      `REDIS_URL scheme ${url.protocol}// is not supported; use redis://[:password@]host[:port][/db]`,
    );
  }
  const dbText = url.pathname.replace(/^\//, '');
  const db = dbText === '' ? 0 : Number(dbText);
  if (!Number.isInteger(db) || db < 0) {
    throw new RedisUrlError(`REDIS_URL database "${dbText}" is not a whole number`);
  }
  return {
    host: url.hostname.replace(/^\[(.*)\]$/, '$1') || '127.0.0.1',
    port: url.port === '' ? 6379 : Number(url.port),
    username: decodeURIComponent(url.username) || null,
    password: decodeURIComponent(url.password) || null,
    db,
    // What may be shown in /health and logs: never the credentials.
    display: `redis://${url.host}/${db}`,
  };
}

// One TCP connection: replies come back in command order, so pending commands are a FIFO queue.
function openRedisConnection(target, { timeoutMs = 2000 } = {}) {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: target.host, port: target.port });
    const parser = createReplyParser();
    const pending = [];
    let closedError = null;

    socket.setNoDelay(true);
    socket.unref();
    const connectTimer = setTimeout(
      () => socket.destroy(new Error(`no connection to ${target.display} within ${timeoutMs} ms`)),
      timeoutMs,
    );
    connectTimer.unref();

    socket.on('data', (chunk) => {
      let replies;
      try {
        replies = parser.push(chunk);
      } catch (err) {
        socket.destroy(err);
        return;
      }
      for (const reply of replies) {
        const waiting = pending.shift();
        if (!waiting) continue;
        clearTimeout(waiting.timer);
        if (reply instanceof RedisReplyError) waiting.reject(reply);
        else waiting.resolve(reply);
      }
    });
    socket.on('error', (err) => {
      closedError = closedError || err;
    });
    socket.on('close', () => {
      clearTimeout(connectTimer);
      closedError = closedError || new Error(`connection to ${target.display} closed`);
      for (const waiting of pending.splice(0)) {
        clearTimeout(waiting.timer);
        waiting.reject(closedError);
      }
      reject(closedError);
    });

    function command(...args) {
      if (closedError) return Promise.reject(closedError);
      return new Promise((resolveCommand, rejectCommand) => {
        const timer = setTimeout(
          () => socket.destroy(new Error(`redis ${target.display} did not answer ${args[0]} within ${timeoutMs} ms`)),
          timeoutMs,
        );
        timer.unref();
        pending.push({ resolve: resolveCommand, reject: rejectCommand, timer });
        socket.write(encodeCommand(args));
      });
    }

    const connection = {
      command,
      get closed() {
        return closedError !== null;
      },
      close() {
        closedError = closedError || new Error(`connection to ${target.display} closed by the reader`);
        socket.destroy();
      },
    };

    socket.once('connect', async () => {
      clearTimeout(connectTimer);
      try {
        if (target.password !== null) {
          const credentials = target.username !== null ? [target.username, target.password] : [target.password];
          await command('AUTH', ...credentials);
        }
        if (target.db !== 0) await command('SELECT', target.db);
        resolve(connection);
      } catch (err) {
        socket.destroy();
        reject(err);
      }
    });
  });
}

module.exports = { parseRedisUrl, openRedisConnection, RedisUrlError };
