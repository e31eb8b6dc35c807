'use strict';

const http = require('node:http');
const { readConfig } = require('./config');
const { createFaults } = require('./faults');
const { createFlagReader } = require('./flags');
const { appRoutes } = require('./routes');
const { faultRoutes } = require('./fault-routes');
const { HttpError, sendJson } = require('./http-json');
const { version: packageVersion } = require('../package.json');

function jsonLines(stream) {
  return (record) => stream.write(`${JSON.stringify({ ts: new Date().toISOString(), ...record })}\n`);
}

function matchRoute(routes, method, pathname) {
  let pathMatched = null;
  for (const route of routes) {
    const match =
      typeof route.path === 'string' ? (route.path === pathname ? [] : null) : route.path.exec(pathname)?.slice(1);
    if (!match) continue;
    if (route.method === method) return { route, params: match };
    pathMatched = pathMatched || [];
    pathMatched.push(route.method);
  }
  if (pathMatched) {
    throw new HttpError(405, `${method} is not allowed on ${pathname}`, { Allow: pathMatched.join(', ') });
  }
  throw new HttpError(404, 'not found');
}

// Fault injection never touches /health (deploy health checks have their own switch) nor the switches.
function takesInjectedFaults(pathname) {
  return pathname !== '/health' && pathname !== '/fault' && !pathname.startsWith('/fault/');
}

function parseTarget(target) {
  try {
    return new URL(target, 'http://localhost');
  } catch {
    return { pathname: String(target).split('?')[0], searchParams: new URLSearchParams(), malformed: true };
  }
}

function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function createServer({ flags, faults = createFaults(), version, revision = null, log, logError } = {}) {
  if (!flags || typeof flags.get !== 'function' || typeof flags.status !== 'function') {
    throw new TypeError('createServer needs a flag source: { get(name, defaultValue), status() }');
  }
  const accessLog = log || jsonLines(process.stdout);
  const errorLog = logError || jsonLines(process.stderr);
  const appVersion = version || packageVersion;
  const routes = [...appRoutes({ flags, faults, version: appVersion, revision }), ...faultRoutes(faults)];
  let closing = false;
  let shutdownResult = null;

  async function answer(req, url) {
    if (takesInjectedFaults(url.pathname)) {
      if (faults.latencyMs > 0) await delay(faults.latencyMs);
      if (faults.shouldFailRequest()) {
        return { status: faults.errorStatus, body: { error: 'injected fault (error-rate switch)' } };
      }
    }
    const { route, params } = matchRoute(routes, req.method, url.pathname);
    return route.handle(url, params);
  }

  async function handle(req, res) {
    const started = process.hrtime.bigint();
    const url = parseTarget(req.url);
    res.once('close', () => {
      accessLog({
        ts: new Date().toISOString(),
        method: req.method,
        path: url.pathname,
        // 499: the client went away before the answer was sent (nginx's convention).
        status: res.writableFinished ? res.statusCode : 499,
        ms: Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100,
        version: appVersion,
      });
    });
    let reply;
    try {
      if (url.malformed) throw new HttpError(400, 'malformed request target');
      reply = await answer(req, url);
    } catch (err) {
      if (err instanceof HttpError) {
        reply = { status: err.status, body: { error: err.message }, headers: err.headers };
      } else {
        errorLog({ level: 'error', msg: 'request failed', method: req.method, path: url.pathname, error: err.stack });
        reply = { status: 500, body: { error: 'internal error' } };
      }
    }
    const headers = { ...reply.headers };
    // During shutdown a keep-alive client must not reuse this connection.
    if (closing) headers.Connection = 'close';
    sendJson(res, reply.status, reply.body, headers);
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((err) => {
      errorLog({ level: 'error', msg: 'could not answer', method: req.method, error: err.stack });
      res.destroy();
    });
  });

  function listen(port = 0, host = '127.0.0.1') {
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        const address = server.address();
        const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
        resolve({ host: address.address, port: address.port, url: `http://${shownHost}:${address.port}` });
      });
    });
  }

  // Stops accepting, closes idle keep-alive sockets, lets in-flight requests finish; past timeoutMs the
  // remaining connections are cut.
  function shutdown({ timeoutMs = 10000 } = {}) {
    if (shutdownResult) return shutdownResult;
    closing = true;
    shutdownResult = new Promise((resolve) => {
      let forced = false;
      const timer = setTimeout(() => {
        forced = true;
        server.closeAllConnections();
      }, timeoutMs);
      server.close(() => {
        clearTimeout(timer);
        resolve({ forced });
      });
      server.closeIdleConnections();
    });
    return shutdownResult;
  }

  return { server, listen, shutdown };
}

async function main(env = process.env) {
  const log = jsonLines(process.stdout);
  const logError = jsonLines(process.stderr);
  let config;
  try {
    config = readConfig(env);
  } catch (err) {
    logError({ level: 'error', msg: err.message });
    process.exitCode = 2;
    return;
  }
  for (const warning of config.warnings) log({ level: 'warn', msg: warning });

  const flags = createFlagReader({ ...config.flags, log });
  const faults = createFaults(config.faults);
  const app = createServer({ flags, faults, version: config.version, revision: config.revision, log, logError });
  await flags.start();
  let address;
  try {
    address = await app.listen(config.port, config.host);
  } catch (err) {
    logError({ level: 'error', msg: `cannot listen on ${config.host}:${config.port}: ${err.message}` });
    flags.close();
    process.exitCode = 1;
    return;
  }
  log({ level: 'info', msg: 'listening', url: address.url, version: config.version, faultSwitches: faults.enabled });

  const stop = async (signal) => {
    log({ level: 'info', msg: 'shutting down', signal, timeoutMs: config.shutdownTimeoutMs });
    const { forced } = await app.shutdown({ timeoutMs: config.shutdownTimeoutMs });
    flags.close();
    faults.close();
    log({ level: 'info', msg: forced ? 'stopped, in-flight requests cut at the timeout' : 'stopped' });
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

if (require.main === module) main();

module.exports = { createServer, main };
