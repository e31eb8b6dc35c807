'use strict';

// The slice of RESP2 (the Redis protocol) a flag reader needs: encode a command, parse replies
// that may arrive split across TCP chunks.

class RedisReplyError extends Error {
  constructor(message) {
    super(message);
    this.name = 'RedisReplyError';
  }
}

class RespProtocolError extends Error {
  constructor(message) {
    super(message);
    this.name = 'RespProtocolError';
  }
}

function encodeCommand(args) {
  const parts = [`*${args.length}\r\n`];
  for (const arg of args) {
    const text = String(arg);
    parts.push(`$${Buffer.byteLength(text)}\r\n${text}\r\n`);
  }
  return Buffer.from(parts.join(''));
}

// Returns { value, next } for one complete reply at offset, or null when more bytes are needed.
function parseReply(buffer, offset) {
  if (offset >= buffer.length) return null;
  const lineEnd = buffer.indexOf('\r\n', offset);
  if (lineEnd === -1) return null;
  const type = String.fromCharCode(buffer[offset]);
  const line = buffer.toString('utf8', offset + 1, lineEnd);
  const next = lineEnd + 2;
  switch (type) {
    case '+':
      return { value: line, next };
    case '-':
      return { value: new RedisReplyError(line), next };
    case ':':
      return { value: Number(line), next };
    case '$': {
      const length = Number(line);
      if (length < 0) return { value: null, next };
      if (buffer.length < next + length + 2) return null;
      return { value: buffer.toString('utf8', next, next + length), next: next + length + 2 };
    }
    case '*': {
      const count = Number(line);
      if (count < 0) return { value: null, next };
      const items = [];
      let position = next;
      for (let i = 0; i < count; i++) {
        const item = parseReply(buffer, position);
        if (item === null) return null;
        items.push(item.value);
        position = item.next;
      }
      return { value: items, next: position };
    }
    default:
      throw new RespProtocolError(`unexpected RESP reply type ${JSON.stringify(type)}`);
  }
}

function createReplyParser() {
  let pending = Buffer.alloc(0);
  return {
    push(chunk) {
      pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
      const replies = [];
      let offset = 0;
      for (let reply = parseReply(pending, offset); reply !== null; reply = parseReply(pending, offset)) {
        replies.push(reply.value);
        offset = reply.next;
      }
      pending = pending.subarray(offset);
      return replies;
    },
  };
}

module.exports = { encodeCommand, createReplyParser, RedisReplyError, RespProtocolError };
