import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { IncomingMessage } from 'node:http';
import { responseHeaders, scanRequest, switchingProtocolsHead, trustedPeers } from '../../src/proxy/headers';

const headers = suite('proxy headers');

function request(raw: string[], remoteAddress = '127.0.0.9'): IncomingMessage {
  return { rawHeaders: raw, socket: { remoteAddress }, method: 'GET', url: '/x?y=1' } as unknown as IncomingMessage;
}

function asMap(flat: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < flat.length; i += 2) out[flat[i].toLowerCase()] = flat[i + 1];
  return out;
}

headers('hop-by-hop request headers stay on their hop; end-to-end ones pass', () => {
  const s = scanRequest(request(['Host', 'shop.example', 'Connection', 'keep-alive, X-Secret-Hop', 'Keep-Alive', 'timeout=5', 'TE', 'trailers', 'Proxy-Authorization', 'Basic x', 'X-Secret-Hop', '1', 'Accept', 'text/html', 'Expect', '100-continue']));
  const h = asMap(s.headers);
  assert.is(h.host, 'shop.example');
  assert.is(h.accept, 'text/html');
  for (const gone of ['connection', 'keep-alive', 'te', 'proxy-authorization', 'x-secret-hop', 'expect']) assert.is(h[gone], undefined, gone);
});

headers('X-Forwarded-For, -Proto and -Host are set by the proxy: a client cannot claim another address, scheme or host', () => {
  const first = asMap(scanRequest(request(['Host', 'shop.example'])).headers);
  assert.is(first['x-forwarded-for'], '127.0.0.9');
  assert.is(first['x-forwarded-proto'], 'http');
  assert.is(first['x-forwarded-host'], 'shop.example');
  const spoofed = scanRequest(request(['Host', 'b', 'X-Forwarded-For', '203.0.113.7', 'X-Forwarded-Proto', 'https', 'X-Forwarded-Host', 'a', 'Forwarded', 'for=203.0.113.7']));
  assert.equal(asMap(spoofed.headers), { host: 'b', 'x-forwarded-for': '127.0.0.9', 'x-forwarded-proto': 'http', 'x-forwarded-host': 'b' });
});

headers('a trusted front proxy (proxy.trustedProxies) has its X-Forwarded-* kept and extended', () => {
  const trusted = trustedPeers(['127.0.0.9']);
  const chained = asMap(scanRequest(request(['Host', 'b', 'X-Forwarded-For', '203.0.113.7', 'X-Forwarded-Proto', 'https', 'X-Forwarded-Host', 'a']), trusted).headers);
  assert.is(chained['x-forwarded-for'], '203.0.113.7, 127.0.0.9');
  assert.is(chained['x-forwarded-proto'], 'https');
  assert.is(chained['x-forwarded-host'], 'a');
  const other = asMap(scanRequest(request(['Host', 'b', 'X-Forwarded-For', '203.0.113.7']), trustedPeers(['127.0.0.8'])).headers);
  assert.is(other['x-forwarded-for'], '127.0.0.9');
});

headers('a request with a body is told apart from one without', () => {
  assert.is(scanRequest(request(['Host', 'a'])).hasBody, false);
  assert.is(scanRequest(request(['Host', 'a', 'Content-Length', '0'])).hasBody, false);
  assert.is(scanRequest(request(['Host', 'a', 'Content-Length', '12'])).hasBody, true);
  const chunked = scanRequest(request(['Host', 'a', 'Transfer-Encoding', 'chunked']));
  assert.is(chunked.hasBody, true);
  assert.is(asMap(chunked.headers)['transfer-encoding'], undefined, 'undici frames the body itself');
});

headers('a second Host header marks the request malformed (RFC 9112 §3.2) and cookies are collected for stickiness', () => {
  const s = scanRequest(request(['Host', 'a', 'Host', 'b', 'Cookie', 'x=1', 'Cookie', 'slipway_v=canary']));
  assert.is(s.malformed, 'more than one Host header');
  assert.equal(s.headers.filter((_, i) => i % 2 === 0 && s.headers[i].toLowerCase() === 'host').length, 1);
  assert.is(s.cookie, 'x=1; slipway_v=canary');
});

headers('hop-by-hop response headers are dropped, repeated ones kept', () => {
  const raw = ['Content-Type', 'text/plain', 'Connection', 'keep-alive, X-Internal', 'Keep-Alive', 'timeout=5', 'Transfer-Encoding', 'chunked', 'X-Internal', 'v', 'Set-Cookie', 'a=1', 'Set-Cookie', 'b=2']; 
  assert.equal(responseHeaders(raw), ['Content-Type', 'text/plain', 'Set-Cookie', 'a=1', 'Set-Cookie', 'b=2']);
  const plain = ['Connection', ' Keep-Alive ', 'X-Internal', 'v']; 
  assert.equal(responseHeaders(plain), ['X-Internal', 'v'], 'a Connection naming only keep-alive names no other header');
  const closing = ['Connection', 'close,X-Internal', 'X-Internal', 'v', 'Date', 'd']; 
  assert.equal(responseHeaders(closing), ['Date', 'd']);
});

headers("the backend's 101 reaches the client with Connection and Upgrade, without other hop-by-hop headers", () => {
  const raw = ['Upgrade', 'websocket', 'Connection', 'Upgrade', 'Keep-Alive', '5', 'Sec-WebSocket-Accept', 'a==']; 
  const head = switchingProtocolsHead(raw);
  assert.ok(head.startsWith('HTTP/1.1 101 Switching Protocols\r\n'));
  assert.match(head, 'Connection: Upgrade\r\n');
  assert.match(head, 'Upgrade: websocket\r\n');
  assert.match(head, 'Sec-WebSocket-Accept: a==\r\n');
  assert.not.match(head, 'Keep-Alive');
  assert.ok(head.endsWith('\r\n\r\n'));
});

headers.run();
