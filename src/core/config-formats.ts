// The string formats of slipway.json: each says what a field may hold before it reaches a file, a command
// line or a protocol, and how the error words it. The schema names them with its `format` keyword.
import * as net from 'node:net';
import { hostPortOf, isLoopbackHost } from './listen-address';

export interface ConfigFormat {
  /** What the field expects, as the error message puts it after "expected". */
  expected: string;
  test: (value: string) => boolean;
}

const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
const HOST_NAME = new RegExp(`^(?=.{1,253}$)${LABEL}(?:\\.${LABEL})*\\.?$`);

/** An RFC 1123 host name or an IP literal (IPv6 with or without brackets). */
export function isHostOrIp(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, '$1');
  if (bare !== host) return net.isIPv6(bare);
  return net.isIP(host) !== 0 || HOST_NAME.test(host);
}

function isHttpUrl(value: string, protocols: string[]): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return protocols.includes(url.protocol) && isHostOrIp(url.hostname) && !/\s/.test(value);
}

/** https, or http to a loopback host only: a webhook carries a token, which must not cross a network in clear. */
export function isWebhookUrl(value: string): boolean {
  return isHttpUrl(value, ['https:']) || (isHttpUrl(value, ['http:']) && isLoopbackHost(new URL(value).hostname));
}

// Docker's reference grammar (distribution/reference): [domain[:port]/]path[:tag][@digest]
const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const DOCKER_REFERENCE = new RegExp(`^(?:${LABEL}(?:\\.${LABEL})*(?::[0-9]{1,5})?/)?${COMPONENT}(?:/${COMPONENT})*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$`);

/** dockerd flags slipway may pass when it starts dockerd itself; a value part is checked per flag. */
export const DOCKERD_FLAGS: Record<string, RegExp | null> = {
  '--bridge': /^none$/,
  '--iptables': /^(true|false)$/,
  '--ip6tables': /^(true|false)$/,
  '--ip-forward': /^(true|false)$/,
  '--userland-proxy': /^(true|false)$/,
  '--icc': /^(true|false)$/,
  '--live-restore': /^(true|false)?$/,
  '--log-level': /^(debug|info|warn|error|fatal)$/,
  '--data-root': /^\/(?!.*(?:^|\/)\.\.?(?:\/|$))[A-Za-z0-9._/-]*$/,
  '--storage-driver': /^(overlay2|fuse-overlayfs|vfs|btrfs|zfs)$/,
};

const DOCKERD_WORDS = '--bridge=none, --iptables=true|false, --ip6tables=true|false, --ip-forward=true|false, --userland-proxy=true|false, --icc=true|false, --live-restore, --log-level=debug|info|warn|error|fatal, --data-root=/ABSOLUTE/PATH, --storage-driver=overlay2|fuse-overlayfs|vfs|btrfs|zfs';

function isAllowedDockerdFlag(arg: string): boolean {
  const eq = arg.indexOf('=');
  const name = eq < 0 ? arg : arg.slice(0, eq);
  const check = Object.prototype.hasOwnProperty.call(DOCKERD_FLAGS, name) ? DOCKERD_FLAGS[name] : undefined;
  return check !== undefined && check !== null && check.test(eq < 0 ? '' : arg.slice(eq + 1));
}

export const FORMATS: Record<string, ConfigFormat> = {
  ip: { expected: 'an IP address (e.g. 127.0.0.1 or ::1), not a host name', test: (v) => net.isIP(v) !== 0 },
  listen: {
    expected: 'IP:PORT with an IP address and a port 1-65535 (e.g. 127.0.0.1:8080 or [::1]:8080)',
    test: (v) => {
      const hp = hostPortOf(v);
      return hp !== undefined && net.isIP(hp.host) !== 0;
    },
  },
  'smtp-server': {
    expected: 'HOST:PORT of an SMTP server (a host name or IP address; port 25 when left out), or "" for no e-mail',
    test: (v) => {
      if (v === '') return true;
      const m = /^(\[[0-9a-fA-F:]+\]|[^:[\]]+)(?::([0-9]{1,5}))?$/.exec(v);
      return m !== null && isHostOrIp(m[1]) && (m[2] === undefined || (Number(m[2]) >= 1 && Number(m[2]) <= 65535));
    },
  },
  email: {
    expected: 'an e-mail address (local-part@host, e.g. ops@example.com)',
    test: (v) => {
      const at = v.lastIndexOf('@');
      return at > 0 && v.length <= 254 && /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}$/.test(v.slice(0, at)) && isHostOrIp(v.slice(at + 1));
    },
  },
  'webhook-url': { expected: 'an https:// URL (http:// only to a loopback address: the webhook carries a token)', test: isWebhookUrl },
  'webhook-url-or-empty': { expected: 'an https:// URL (http:// only to a loopback address: the webhook carries a token), or ""', test: (v) => v === '' || isWebhookUrl(v) },
  'http-target': { expected: 'http://HOST:PORT (a host name or IP address)', test: (v) => isHttpUrl(v, ['http:']) },
  'http-target-or-none': { expected: 'http://HOST:PORT (a host name or IP address), or "none"', test: (v) => v === 'none' || isHttpUrl(v, ['http:']) },
  'docker-reference': { expected: 'a Docker image reference name[:tag][@sha256:digest] (e.g. node:20-bookworm-slim)', test: (v) => v.length <= 255 && DOCKER_REFERENCE.test(v) },
  'dockerd-flag': { expected: `one of the dockerd flags slipway allows: ${DOCKERD_WORDS}`, test: isAllowedDockerdFlag },
  'git-branch': {
    expected: 'a git branch name (letters, digits, ".", "_", "/", "-"; not starting with "-" or holding "..")',
    test: (v) => /^[A-Za-z0-9_][A-Za-z0-9._/-]*$/.test(v) && !v.includes('..') && !v.endsWith('.lock') && !v.endsWith('/'),
  },
};

/** The formats as ajv calls them from the generated validator (resources/slipway/config-validate.cjs). */
export const AJV_FORMATS = Object.fromEntries(Object.entries(FORMATS).map(([name, f]) => [name, { type: 'string', validate: f.test }]));

/** Control characters (C0, DEL, C1, line and paragraph separators): never allowed in a string field. */
export const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
