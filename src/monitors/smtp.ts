// A small SMTP client (RFC 5321) for alert e-mails: plain SMTP to a relay such as the host's postfix or exim,
// no AUTH and no TLS (secrets never go in slipway.json, and a local relay needs neither).
import * as net from 'node:net';
import * as os from 'node:os';
import { randomBytes } from 'node:crypto';
import { StepFailed, UsageError } from '../core/errors';

export interface MailMessage {
  from: string;
  to: string[];
  subject: string;
  text: string;
}

export interface SmtpServer {
  host: string;
  port: number;
}

/** "host:port" or "[v6]:port"; port 25 when none is given. */
export function parseSmtpAddress(value: string, field = 'monitors.local.smtp'): SmtpServer {
  const m = /^(\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+)(?::(\d{1,5}))?$/.exec(value.trim());
  const port = Number(m?.[2] ?? 25);
  if (!m || port < 1 || port > 65535) throw new UsageError(`${field}: expected host:port of an SMTP server, got ${JSON.stringify(value)}`, 'for example "127.0.0.1:25" (the host\'s mail relay)');
  return { host: m[1].replace(/^\[|\]$/g, ''), port };
}

interface Reply {
  code: number;
  text: string;
}

/** Reads SMTP replies (multi-line "250-…" ends at "250 …") from a socket. */
class ReplyReader {
  private buffer = '';
  private lines: string[] = [];
  private waiting?: { resolve: (r: Reply) => void; reject: (e: Error) => void };
  private failure?: Error;

  constructor(socket: net.Socket) {
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      this.buffer += chunk;
      let i: number;
      while ((i = this.buffer.indexOf('\n')) >= 0) {
        this.lines.push(this.buffer.slice(0, i).replace(/\r$/, ''));
        this.buffer = this.buffer.slice(i + 1);
      }
      this.pump();
    });
    const fail = (e: Error) => {
      this.failure = e;
      this.waiting?.reject(e);
      this.waiting = undefined;
    };
    socket.on('error', fail);
    socket.on('close', () => fail(new Error('the server closed the connection')));
  }

  next(): Promise<Reply> {
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
      this.pump();
    });
  }

  private pump(): void {
    if (!this.waiting) return;
    const end = this.lines.findIndex((l) => /^\d{3}(?: |$)/.test(l));
    if (end < 0) {
      if (this.failure) {
        this.waiting.reject(this.failure);
        this.waiting = undefined;
      }
      return;
    }
    const block = this.lines.splice(0, end + 1);
    const waiting = this.waiting;
    this.waiting = undefined;
    waiting.resolve({ code: Number(block[end].slice(0, 3)), text: block.map((l) => l.slice(4)).join(' ').trim() });
  }
}

export async function sendMail(server: SmtpServer, message: MailMessage, opts: { timeoutMs?: number; heloName?: string } = {}): Promise<void> {
  if (!message.to.length) throw new UsageError('monitors.emails is empty: nobody to send the alert to', 'add the recipients to monitors.emails in slipway.json');
  const where = `${server.host}:${server.port}`;
  const socket = net.connect({ host: server.host, port: server.port });
  socket.setTimeout(opts.timeoutMs ?? 15_000, () => socket.destroy(new Error(`no answer within ${(opts.timeoutMs ?? 15_000) / 1000} s`)));
  const reader = new ReplyReader(socket);
  const expect = async (step: string, ok: number[]): Promise<Reply> => {
    let reply: Reply;
    try {
      reply = await reader.next();
    } catch (err) {
      throw new StepFailed(`SMTP ${where}: ${step} failed: ${(err as Error).message}`, `check that an SMTP server listens on ${where} (monitors.local.smtp)`);
    }
    if (!ok.includes(reply.code)) throw new StepFailed(`SMTP ${where} refused ${step}: ${reply.code} ${reply.text}`, 'see the mail server\'s log; the reply above is its own');
    return reply;
  };
  const send = (line: string) => socket.write(`${line}\r\n`);
  try {
    await expect('the greeting', [220]);
    send(`EHLO ${opts.heloName ?? os.hostname()}`);
    try {
      await expect('EHLO', [250]);
    } catch (err) {
      if (!/refused/.test((err as Error).message)) throw err;
      send(`HELO ${opts.heloName ?? os.hostname()}`);
      await expect('HELO', [250]);
    }
    send(`MAIL FROM:<${message.from}>`);
    await expect(`MAIL FROM:<${message.from}>`, [250]);
    for (const rcpt of message.to) {
      send(`RCPT TO:<${rcpt}>`);
      await expect(`RCPT TO:<${rcpt}>`, [250, 251]);
    }
    send('DATA');
    await expect('DATA', [354]);
    socket.write(dotStuff(formatMessage(message)) + '\r\n.\r\n');
    await expect('the message', [250]);
    send('QUIT');
    await expect('QUIT', [221]).catch(() => undefined);
  } finally {
    socket.destroy();
  }
}

/** RFC 5322 text with CRLF line ends; a header with non-ASCII is encoded as RFC 2047 words. */
export function formatMessage(m: MailMessage, date = new Date()): string {
  const headers = [
    `From: ${m.from}`,
    `To: ${m.to.join(', ')}`,
    `Subject: ${encodeHeader(m.subject)}`,
    `Date: ${date.toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: <${randomBytes(12).toString('hex')}@slipway>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    'Auto-Submitted: auto-generated',
  ];
  const body = m.text.replace(/\r?\n/g, '\r\n');
  return `${headers.join('\r\n')}\r\n\r\n${body}`;
}

function encodeHeader(value: string): string {
  return /^[\x20-\x7e]*$/.test(value) ? value : `=?UTF-8?B?${Buffer.from(value, 'utf8').toString('base64')}?=`;
}

/** A line that starts with "." gets another, so it is not taken for the end of DATA. */
export function dotStuff(text: string): string {
  return text.split('\r\n').map((l) => (l.startsWith('.') ? `.${l}` : l)).join('\r\n');
}
