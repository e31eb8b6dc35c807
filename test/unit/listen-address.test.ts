import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { isLoopbackAddress, isLoopbackHost, parseHostPort } from '../../src/core/listen-address';

const httpParts = suite('listen addresses');

httpParts('loopback addresses and hosts', () => {
  for (const a of ['127.0.0.1', '127.0.0.53', '::1', '::ffff:127.0.0.1']) assert.ok(isLoopbackAddress(a), a);
  for (const a of ['198.51.100.7', '203.0.113.9', '::ffff:198.51.100.7', undefined]) assert.not.ok(isLoopbackAddress(a), String(a));
  assert.ok(isLoopbackHost('localhost'));
  assert.ok(isLoopbackHost('[::1]'));
  assert.not.ok(isLoopbackHost('0.0.0.0'));
});

httpParts('listen addresses are HOST:PORT', () => {
  assert.equal(parseHostPort('127.0.0.1:8000', 'flags.listen'), { host: '127.0.0.1', port: 8000 });
  assert.equal(parseHostPort('[::1]:8000', 'flags.listen'), { host: '::1', port: 8000 });
  assert.throws(() => parseHostPort('127.0.0.1', 'flags.listen'), /flags\.listen: expected HOST:PORT/);
  assert.throws(() => parseHostPort('127.0.0.1:70000', 'flags.listen'), /flags\.listen: expected HOST:PORT/);
  assert.throws(() => parseHostPort('127.0.0.1:0', 'flags.listen'), /flags\.listen: expected HOST:PORT/);
});

httpParts.run();
