// A real SMTP server on loopback (the smtp-server package, nodemailer's own) that records every message it accepts,
// for tests of the alert e-mails. With `tls` it offers STARTTLS (or speaks TLS from the start) with a certificate made
// here by openssl; with `auth` it refuses mail without AUTH, which it takes only over TLS.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { tmpDir } from './tmp';

export interface ReceivedMail {
  from: string;
  to: string[];
  /** The message as received, CRLF line ends. */
  data: string;
  headers: Record<string, string>;
  subject: string;
  body: string;
  /** Whether the session was under TLS when the message came, and who had logged in. */
  secure: boolean;
  user?: string;
  at: number;
}

export interface SmtpServerOptions {
  /** starttls: offered, and required before MAIL; tls: from the first byte. */
  tls?: 'starttls' | 'tls';
  auth?: { user: string; pass: string };
}

export interface TestSmtpServer {
  host: string;
  port: number;
  address: string;
  messages: ReceivedMail[];
  /** Every AUTH attempt, with the password it carried. */
  logins: { user: string; pass: string; ok: boolean }[];
  /** PEM of the server's self-signed certificate (its own CA), when it speaks TLS. */
  ca?: string;
  caFile?: string;
  /** Resolves once `count` messages matching `filter` have arrived; rejects after timeoutMs. */
  waitFor(count: number, filter?: (m: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail[]>;
  /** Answer RCPT with this code (e.g. 550) until reset with undefined. */
  rejectRecipients(code?: number): void;
  close(): Promise<void>;
}

/** A key and a self-signed certificate for 127.0.0.1 and localhost, made by openssl in a temp dir. */
export function selfSignedCert(): { key: string; cert: string; certFile: string } {
  const dir = tmpDir('slipway-smtp-cert-');
  const [keyFile, certFile] = [path.join(dir, 'key.pem'), path.join(dir, 'cert.pem')];
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', keyFile, '-out', certFile, '-days', '2', '-subj', '/CN=localhost', '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost'], { stdio: 'ignore' });
  } catch (err) {
    throw new Error(`openssl could not make a test certificate (${(err as Error).message}): apt-get install openssl`);
  }
  return { key: fs.readFileSync(keyFile, 'utf8'), cert: fs.readFileSync(certFile, 'utf8'), certFile };
}

export async function startSmtpServer(opts: SmtpServerOptions = {}): Promise<TestSmtpServer> {
  const messages: ReceivedMail[] = [];
  const logins: TestSmtpServer['logins'] = [];
  const waiters: (() => void)[] = [];
  let rcptCode: number | undefined;
  const cert = opts.tls ? selfSignedCert() : undefined;
  const refuse = (code: number, text: string) => Object.assign(new Error(text), { responseCode: code });

  const server = new SMTPServer({
    secure: opts.tls === 'tls',
    ...(cert ? { key: cert.key, cert: cert.cert } : {}),
    disabledCommands: [...(cert ? [] : ['STARTTLS']), ...(opts.auth ? [] : ['AUTH'])],
    authOptional: !opts.auth,
    logger: false,
    onAuth(auth, _session, cb) {
      const ok = Boolean(opts.auth && auth.username === opts.auth.user && auth.password === opts.auth.pass);
      logins.push({ user: auth.username ?? '', pass: auth.password ?? '', ok });
      cb(ok ? null : refuse(535, '5.7.8 authentication failed'), ok ? { user: auth.username } : undefined);
    },
    onMailFrom(_address, session, cb) {
      if (opts.tls && !session.secure) return cb(refuse(530, '5.7.0 must issue STARTTLS first'));
      cb();
    },
    onRcptTo(_address, _session, cb) {
      cb(rcptCode ? refuse(rcptCode, '5.1.1 recipient rejected') : undefined);
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
        messages.push(parseMail(from, session.envelope.rcptTo.map((r) => r.address), Buffer.concat(chunks).toString('utf8'), session.secure, session.user as string | undefined));
        for (const w of waiters.splice(0)) w();
        cb();
      });
    },
  });
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;

  return {
    host: '127.0.0.1',
    port,
    address: `127.0.0.1:${port}`,
    messages,
    logins,
    ...(cert ? { ca: cert.cert, caFile: cert.certFile } : {}),
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
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function parseMail(from: string, to: string[], data: string, secure: boolean, user: string | undefined): ReceivedMail {
  const split = data.indexOf('\r\n\r\n');
  const head = split >= 0 ? data.slice(0, split) : data;
  const body = split >= 0 ? data.slice(split + 4) : '';
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const c = line.indexOf(':');
    if (c > 0) headers[line.slice(0, c).toLowerCase()] = line.slice(c + 1).trim();
  }
  const text = /quoted-printable/i.test(headers['content-transfer-encoding'] ?? '') ? quotedPrintable(body) : body;
  return { from, to, data, headers, subject: headers.subject ?? '', body: text.replace(/\r\n/g, '\n'), secure, user, at: Date.now() };
}

/** RFC 2045 quoted-printable: soft line breaks joined, =XX bytes decoded as UTF-8. */
function quotedPrintable(text: string): string {
  const joined = text.replace(/=\r\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const hex = joined[i] === '=' ? /^[0-9A-F]{2}$/i.exec(joined.slice(i + 1, i + 3)) : null;
    if (hex) {
      bytes.push(parseInt(hex[0], 16));
      i += 2;
    } else bytes.push(...Buffer.from(joined[i], 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}
