// Alert e-mails through nodemailer: STARTTLS required by default (or TLS from the first byte), AUTH as
// monitors.local.smtpUser with the password from SLIPWAY_SMTP_PASSWORD. The schema checks every address (no CR/LF),
// and nodemailer writes and encodes the headers.
import * as fs from 'node:fs';
import type { Config } from '../core/config';
import type { Secrets } from '../core/secrets';
import { StepFailed, UsageError } from '../core/errors';
import { isLoopbackHost } from '../core/listen-address';

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

/** starttls: plain, then STARTTLS, which must succeed; tls: TLS from the first byte (port 465); none: plain throughout. */
export type SmtpTls = 'starttls' | 'tls' | 'none';

export interface MailSettings {
  server: SmtpServer;
  tls: SmtpTls;
  user?: string;
  password?: string;
  /** PEM of the CA(s) that signed the server's certificate, when it is not one the system trusts. */
  ca?: string;
  timeoutMs: number;
}

/** "host:port" or "[v6]:port"; port 25 when none is given. */
export function parseSmtpAddress(value: string, field = 'monitors.local.smtp'): SmtpServer {
  const m = /^(\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+)(?::(\d{1,5}))?$/.exec(value.trim());
  const port = Number(m?.[2] ?? 25);
  if (!m || port < 1 || port > 65535) throw new UsageError(`${field}: expected host:port of an SMTP server, got ${JSON.stringify(value)}`, 'for example "smtp.example.com:587" (STARTTLS) or "127.0.0.1:25" (the host\'s mail relay)');
  return { host: m[1].replace(/^\[|\]$/g, ''), port };
}

/** How to reach monitors.local.smtp, checked before anything is sent: the password only from the environment, never in clear off this host. */
export function mailSettings(config: Config, secrets: Secrets): MailSettings {
  const local = config.monitors.local;
  const server = parseSmtpAddress(local.smtp);
  const password = secrets.get('SLIPWAY_SMTP_PASSWORD');
  if (local.smtpUser && !password) {
    throw new UsageError('monitors.local.smtpUser is set but SLIPWAY_SMTP_PASSWORD is not', 'set the SMTP password in the environment (Jenkins: the smtpPasswordId credential); slipway never reads it from slipway.json');
  }
  if (local.smtpTls === 'none' && local.smtpUser && !isLoopbackHost(server.host)) {
    throw new UsageError(`monitors.local.smtpTls is "none" with monitors.local.smtpUser set: the password would cross the network to ${server.host} in clear`, 'set monitors.local.smtpTls to "starttls" (port 587) or "tls" (port 465)');
  }
  let ca: string | undefined;
  if (local.smtpCaFile) {
    try {
      ca = fs.readFileSync(local.smtpCaFile, 'utf8');
    } catch (err) {
      throw new UsageError(`monitors.local.smtpCaFile: cannot read ${local.smtpCaFile} (${(err as NodeJS.ErrnoException).code})`, 'point it at a PEM file of the CA that signed the mail server\'s certificate, or remove it to trust the system\'s CAs');
    }
  }
  return { server, tls: local.smtpTls, ...(local.smtpUser ? { user: local.smtpUser, password } : {}), ...(ca ? { ca } : {}), timeoutMs: 15_000 };
}

/** The target in words, for the plan and the logs: never the password. */
export function describeMail(s: MailSettings): string {
  const tls = { starttls: 'STARTTLS required', tls: 'TLS', none: 'no TLS' }[s.tls];
  return `SMTP ${s.server.host}:${s.server.port} (${tls}${s.user ? `, AUTH as ${s.user}` : ''})`;
}

export async function sendMail(s: MailSettings, message: MailMessage): Promise<void> {
  if (!message.to.length) throw new UsageError('monitors.emails is empty: nobody to send the alert to', 'add the recipients to monitors.emails in slipway.json');
  // loaded when a mail goes out: the autoscaler's process, which may send one, starts without it
  const nodemailer = (await import('nodemailer')).default;
  const transport = nodemailer.createTransport({
    host: s.server.host,
    port: s.server.port,
    secure: s.tls === 'tls',
    requireTLS: s.tls === 'starttls',
    ignoreTLS: s.tls === 'none',
    ...(s.user ? { auth: { user: s.user, pass: s.password } } : {}),
    tls: { minVersion: 'TLSv1.2', ...(s.ca ? { ca: s.ca } : {}) },
    connectionTimeout: s.timeoutMs,
    greetingTimeout: s.timeoutMs,
    socketTimeout: s.timeoutMs,
    logger: false,
    debug: false,
    // the message is ours alone: nothing in it may make nodemailer read a file or fetch a URL
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  try {
    await transport.sendMail({ from: message.from, to: message.to, subject: message.subject, text: message.text, headers: { 'Auto-Submitted': 'auto-generated' } });
  } catch (err) {
    const e = err as Error & { code?: string; responseCode?: number };
    const where = `${s.server.host}:${s.server.port}`;
    const hint = e.code === 'EAUTH' ? 'check monitors.local.smtpUser and SLIPWAY_SMTP_PASSWORD' : e.code === 'ETLS' || /certificate|STARTTLS/i.test(e.message) ? 'check monitors.local.smtpTls, and monitors.local.smtpCaFile when the server\'s certificate is not signed by a CA this host trusts' : `check that an SMTP server answers on ${where} (monitors.local.smtp)`;
    throw new StepFailed(`SMTP ${where}: ${e.message}`, hint);
  } finally {
    transport.close();
  }
}
