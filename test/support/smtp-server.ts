// A real, tiny SMTP server on loopback that records every message it accepts (RFC 5321 subset: EHLO/HELO,
// MAIL, RCPT, DATA with dot-unstuffing, RSET, NOOP, QUIT), for tests of the alert e-mails.
import * as net from 'node:net';

export interface ReceivedMail {
  from: string;
  to: string[];
  /** The message as received, dot-unstuffed, CRLF line ends. */
  data: string;
  headers: Record<string, string>;
  subject: string;
  body: string;
  at: number;
}

export interface TestSmtpServer {
  host: string;
  port: number;
  address: string;
  messages: ReceivedMail[];
  /** Resolves once `count` messages matching `filter` have arrived; rejects after timeoutMs. */
  waitFor(count: number, filter?: (m: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail[]>;
  /** Answer RCPT with this code (e.g. 550) until reset with undefined. */
  rejectRecipients(code?: number): void;
  close(): Promise<void>;
}

export async function startSmtpServer(): Promise<TestSmtpServer> {
  const messages: ReceivedMail[] = [];
  const waiters: (() => void)[] = [];
  let rcptCode: number | undefined;
  const sockets = new Set<net.Socket>();

  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    socket.setEncoding('utf8');
    let buffer = '';
    let from = '';
    let to: string[] = [];
    let inData = false;
    let dataLines: string[] = [];
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply('220 slipway-test ESMTP ready');
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      let i: number;
      while ((i = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, i);
        buffer = buffer.slice(i + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            const data = dataLines.join('\r\n');
            messages.push(parseMail(from, to, data));
            reply('250 2.0.0 queued');
            from = '';
            to = [];
            for (const w of waiters.splice(0)) w();
          } else {
            dataLines.push(line.startsWith('..') ? line.slice(1) : line);
          }
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO') reply('250-slipway-test\r\n250-8BITMIME\r\n250 SIZE 10485760');
        else if (verb === 'HELO') reply('250 slipway-test');
        else if (/^MAIL FROM:/i.test(line)) {
          from = /<([^>]*)>/.exec(line)?.[1] ?? '';
          reply('250 2.1.0 ok');
        } else if (/^RCPT TO:/i.test(line)) {
          if (!from) reply('503 5.5.1 MAIL first');
          else if (rcptCode) reply(`${rcptCode} 5.1.1 recipient rejected`);
          else {
            to.push(/<([^>]*)>/.exec(line)?.[1] ?? '');
            reply('250 2.1.5 ok');
          }
        } else if (verb === 'DATA') {
          if (!to.length) reply('503 5.5.1 RCPT first');
          else {
            inData = true;
            dataLines = [];
            reply('354 end with <CRLF>.<CRLF>');
          }
        } else if (verb === 'RSET') {
          from = '';
          to = [];
          reply('250 ok');
        } else if (verb === 'NOOP') reply('250 ok');
        else if (verb === 'QUIT') {
          reply('221 bye');
          socket.end();
        } else reply('502 5.5.2 command not implemented');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;

  return {
    host: '127.0.0.1',
    port,
    address: `127.0.0.1:${port}`,
    messages,
    rejectRecipients(code) {
      rcptCode = code;
    },
    waitFor(count, filter = () => true, timeoutMs = 60_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = messages.filter(filter);
          if (found.length >= count) {
            clearTimeout(timer);
            resolve(found);
          } else waiters.push(check);
        };
        const timer = setTimeout(() => reject(new Error(`expected ${count} matching e-mails within ${timeoutMs / 1000} s, got ${messages.filter(filter).length}: ${messages.map((m) => m.subject).join(' | ')}`)), timeoutMs);
        check();
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

function parseMail(from: string, to: string[], data: string): ReceivedMail {
  const split = data.indexOf('\r\n\r\n');
  const head = split >= 0 ? data.slice(0, split) : data;
  const body = split >= 0 ? data.slice(split + 4) : '';
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const c = line.indexOf(':');
    if (c > 0) headers[line.slice(0, c).toLowerCase()] = line.slice(c + 1).trim();
  }
  return { from, to, data, headers, subject: headers.subject ?? '', body: body.replace(/\r\n/g, '\n'), at: Date.now() };
}
