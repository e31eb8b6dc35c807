'use strict';

class HttpError extends Error {
  constructor(status, message, headers = {}) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.headers = headers;
  }
}

function queryNumber(query, name, { integer = false } = {}) {
  const raw = query.get(name);
  if (raw === null || raw.trim() === '') throw new HttpError(400, `query parameter "${name}" is required`);
  const value = Number(raw);
  if (!Number.isFinite(value) || (integer && !Number.isInteger(value))) {
    throw new HttpError(400, `query parameter "${name}" must be a ${integer ? 'whole number' : 'number'}, got "${raw}"`);
  }
  return value;
}

function queryBoolean(query, name) {
  const raw = query.get(name);
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new HttpError(400, `query parameter "${name}" must be true or false, got ${raw === null ? 'nothing' : `"${raw}"`}`);
}

function sendJson(res, status, body, headers = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(text);
}

module.exports = { HttpError, queryNumber, queryBoolean, sendJson };
