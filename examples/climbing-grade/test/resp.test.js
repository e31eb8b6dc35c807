'use strict';

const { describe, test } = require('node:test');
const assert = require('node:assert/strict');
const { encodeCommand, createReplyParser, RedisReplyError, RespProtocolError } = require('../src/resp');
const { parseRedisUrl } = require('../src/redis-connection');
const { decodeFlagValue, flagsKey } = require('../src/flags');

describe('resp', () => {
  test('a command is an array of bulk strings, lengths in bytes', () => {
    assert.equal(
      encodeCommand(['HGETALL', 'slipway:flags:{é}']).toString(),
      '*2\r\n$7\r\nHGETALL\r\n$18\r\nslipway:flags:{é}\r\n',
    );
  });

  test('replies split across chunks come out whole and in order', () => {
    const parser = createReplyParser();
    const wire = '+OK\r\n:42\r\n$-1\r\n*4\r\n$6\r\nmyflag\r\n$8\r\n"enable"\r\n$1\r\nx\r\n$0\r\n\r\n';
    const replies = [];
    for (const char of wire) replies.push(...parser.push(Buffer.from(char)));
    assert.deepEqual(replies, ['OK', 42, null, ['myflag', '"enable"', 'x', '']]);
  });

  test('an error reply is a value, not a thrown error', () => {
    const [reply] = createReplyParser().push(Buffer.from('-WRONGPASS invalid username-password pair\r\n'));
    assert.ok(reply instanceof RedisReplyError);
    assert.equal(reply.message, 'WRONGPASS invalid username-password pair');
  });

  test('nested arrays and null arrays parse', () => {
    assert.deepEqual(createReplyParser().push(Buffer.from('*2\r\n*1\r\n:1\r\n*-1\r\n')), [[[1], null]]);
  });

  test('a byte that starts no RESP type is a protocol error', () => {
    assert.throws(() => createReplyParser().push(Buffer.from('HTTP/1.1 400\r\n')), RespProtocolError);
  });
});

describe('redis url', () => {
  test('defaults to port 6379, database 0, no password', () => {
    assert.deepEqual(parseRedisUrl('redis://127.0.0.1'), {
      host: '127.0.0.1',
      port: 6379,
      username: null,
      password: null,
      db: 0,
      display: 'redis://127.0.0.1/0',
    });
  });

  test('reads password, port and database, and never shows the password', () => {
    const target = parseRedisUrl('redis://:p%40ss@localhost:6380/3');
    assert.equal(target.password, 'p@ss');
    assert.equal(target.port, 6380);
    assert.equal(target.db, 3);
    assert.equal(target.display, 'redis://localhost:6380/3');
  });

  test('reads an ACL user name', () => {
    const target = parseRedisUrl('redis://flags:pw@127.0.0.1:6379');
    assert.equal(target.username, 'flags');
    assert.equal(target.password, 'pw');
  });

  test('takes an IPv6 loopback host', () => {
    assert.equal(parseRedisUrl('redis://[::1]:6379').host, '::1');
  });

  test('refuses TLS, other schemes, bad databases and non-URLs with what to write instead', () => {
    assert.throws(() => parseRedisUrl('rediss://127.0.0.1'), /scheme rediss:\/\/ is not supported; use redis:\/\//);
    assert.throws(() => parseRedisUrl('http://127.0.0.1'), /not supported/);
    assert.throws(() => parseRedisUrl('redis://127.0.0.1/one'), /database "one" is not a whole number/);
    assert.throws(() => parseRedisUrl('127.0.0.1:6379'), /not supported|not a URL/);
  });
});

describe('flag values', () => {
  test('are JSON-decoded', () => {
    assert.equal(decodeFlagValue('"enable"'), 'enable');
    assert.equal(decodeFlagValue('true'), true);
    assert.deepEqual(decodeFlagValue('{"percent":10}'), { percent: 10 });
  });

  test('set by hand without JSON quotes are taken as the plain string', () => {
    assert.equal(decodeFlagValue('enable'), 'enable');
  });

  test('live in one hash per namespace, hash-tagged for Redis Cluster', () => {
    assert.equal(flagsKey('climbing-grade'), 'slipway:flags:{climbing-grade}');
  });
});
