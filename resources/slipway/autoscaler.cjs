#!/usr/bin/env node
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name2 in all)
    __defProp(target, name2, { get: all[name2], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/core/errors.ts
function exitCodeOf(err) {
  if (err instanceof UsageError || err instanceof StepFailed) return err.exitCode;
  return 1;
}
function describeError(err) {
  if (err instanceof UsageError || err instanceof StepFailed) {
    return err.hint ? `${err.message}
  \u2192 ${err.hint}` : err.message;
  }
  if (err instanceof Error) return err.stack ?? err.message;
  return String(err);
}
var UsageError, StepFailed;
var init_errors = __esm({
  "src/core/errors.ts"() {
    "use strict";
    UsageError = class extends Error {
      constructor(message, hint) {
        super(message);
        this.hint = hint;
        this.name = "UsageError";
      }
      hint;
      exitCode = 2;
    };
    StepFailed = class extends Error {
      constructor(message, hint, details) {
        super(message);
        this.hint = hint;
        this.details = details;
        this.name = "StepFailed";
      }
      hint;
      details;
      exitCode = 1;
    };
  }
});

// src/core/listen-address.ts
function hostPortOf(value) {
  const m = /^(\[([0-9a-fA-F:]+)\]|([A-Za-z0-9.-]+)):([0-9]{1,5})$/.exec(value);
  const port = m ? Number(m[4]) : NaN;
  return m && port >= 1 && port <= 65535 ? { host: m[2] ?? m[3], port } : void 0;
}
function parseHostPort(value, field) {
  const hp = hostPortOf(value);
  if (!hp) {
    throw new UsageError(`${field}: expected HOST:PORT (e.g. 127.0.0.1:8080), got ${JSON.stringify(value)}`, `give ${field} as an address and a port 1-65535`);
  }
  return hp;
}
function formatHostPort({ host, port }) {
  return net.isIPv6(host) ? `[${host}]:${port}` : `${host}:${port}`;
}
function localUrlOf(listen, field) {
  const { host, port } = parseHostPort(listen, field);
  const shown = host === "0.0.0.0" || host === "" ? "127.0.0.1" : host === "::" ? "::1" : host;
  return `http://${formatHostPort({ host: shown, port })}`;
}
function isLoopbackAddress(address) {
  if (!address) return false;
  const a = address.replace(/^::ffff:/, "");
  return a === "::1" || net.isIPv4(a) && a.startsWith("127.");
}
function isLoopbackHost(host) {
  const h = host.replace(/^\[|\]$/g, "");
  return h === "localhost" || isLoopbackAddress(h);
}
var net;
var init_listen_address = __esm({
  "src/core/listen-address.ts"() {
    "use strict";
    net = __toESM(require("node:net"));
    init_errors();
  }
});

// src/core/config-formats.ts
var config_formats_exports = {};
__export(config_formats_exports, {
  AJV_FORMATS: () => AJV_FORMATS,
  CONTROL_CHARACTERS: () => CONTROL_CHARACTERS,
  DOCKERD_FLAGS: () => DOCKERD_FLAGS,
  FORMATS: () => FORMATS,
  isHostOrIp: () => isHostOrIp,
  isWebhookUrl: () => isWebhookUrl
});
function isHostOrIp(host) {
  const bare = host.replace(/^\[(.*)\]$/, "$1");
  if (bare !== host) return net2.isIPv6(bare);
  return net2.isIP(host) !== 0 || HOST_NAME.test(host);
}
function isHttpUrl(value, protocols) {
  let url;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return protocols.includes(url.protocol) && isHostOrIp(url.hostname) && !/\s/.test(value);
}
function isWebhookUrl(value) {
  return isHttpUrl(value, ["https:"]) || isHttpUrl(value, ["http:"]) && isLoopbackHost(new URL(value).hostname);
}
function isAllowedDockerdFlag(arg) {
  const eq = arg.indexOf("=");
  const name2 = eq < 0 ? arg : arg.slice(0, eq);
  const check = Object.prototype.hasOwnProperty.call(DOCKERD_FLAGS, name2) ? DOCKERD_FLAGS[name2] : void 0;
  return check !== void 0 && check !== null && check.test(eq < 0 ? "" : arg.slice(eq + 1));
}
var net2, LABEL, HOST_NAME, COMPONENT, DOCKER_REFERENCE, DOCKERD_FLAGS, DOCKERD_WORDS, FORMATS, AJV_FORMATS, CONTROL_CHARACTERS;
var init_config_formats = __esm({
  "src/core/config-formats.ts"() {
    "use strict";
    net2 = __toESM(require("node:net"));
    init_listen_address();
    LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
    HOST_NAME = new RegExp(`^(?=.{1,253}$)${LABEL}(?:\\.${LABEL})*\\.?$`);
    COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
    DOCKER_REFERENCE = new RegExp(`^(?:${LABEL}(?:\\.${LABEL})*(?::[0-9]{1,5})?/)?${COMPONENT}(?:/${COMPONENT})*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$`);
    DOCKERD_FLAGS = {
      "--bridge": /^none$/,
      "--iptables": /^(true|false)$/,
      "--ip6tables": /^(true|false)$/,
      "--ip-forward": /^(true|false)$/,
      "--userland-proxy": /^(true|false)$/,
      "--icc": /^(true|false)$/,
      "--live-restore": /^(true|false)?$/,
      "--log-level": /^(debug|info|warn|error|fatal)$/,
      "--data-root": /^\/(?!.*(?:^|\/)\.\.?(?:\/|$))[A-Za-z0-9._/-]*$/,
      "--storage-driver": /^(overlay2|fuse-overlayfs|vfs|btrfs|zfs)$/
    };
    DOCKERD_WORDS = "--bridge=none, --iptables=true|false, --ip6tables=true|false, --ip-forward=true|false, --userland-proxy=true|false, --icc=true|false, --live-restore, --log-level=debug|info|warn|error|fatal, --data-root=/ABSOLUTE/PATH, --storage-driver=overlay2|fuse-overlayfs|vfs|btrfs|zfs";
    FORMATS = {
      ip: { expected: "an IP address (e.g. 127.0.0.1 or ::1), not a host name", test: (v) => net2.isIP(v) !== 0 },
      listen: {
        expected: "IP:PORT with an IP address and a port 1-65535 (e.g. 127.0.0.1:8080 or [::1]:8080)",
        test: (v) => {
          const hp = hostPortOf(v);
          return hp !== void 0 && net2.isIP(hp.host) !== 0;
        }
      },
      "smtp-server": {
        expected: 'HOST:PORT of an SMTP server (a host name or IP address; port 25 when left out), or "" for no e-mail',
        test: (v) => {
          if (v === "") return true;
          const m = /^(\[[0-9a-fA-F:]+\]|[^:[\]]+)(?::([0-9]{1,5}))?$/.exec(v);
          return m !== null && isHostOrIp(m[1]) && (m[2] === void 0 || Number(m[2]) >= 1 && Number(m[2]) <= 65535);
        }
      },
      email: {
        expected: "an e-mail address (local-part@host, e.g. ops@example.com)",
        test: (v) => {
          const at = v.lastIndexOf("@");
          return at > 0 && v.length <= 254 && /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}$/.test(v.slice(0, at)) && isHostOrIp(v.slice(at + 1));
        }
      },
      "webhook-url": { expected: "an https:// URL (http:// only to a loopback address: the webhook carries a token)", test: isWebhookUrl },
      "webhook-url-or-empty": { expected: 'an https:// URL (http:// only to a loopback address: the webhook carries a token), or ""', test: (v) => v === "" || isWebhookUrl(v) },
      "http-target": { expected: "http://HOST:PORT (a host name or IP address)", test: (v) => isHttpUrl(v, ["http:"]) },
      "http-target-or-none": { expected: 'http://HOST:PORT (a host name or IP address), or "none"', test: (v) => v === "none" || isHttpUrl(v, ["http:"]) },
      "docker-reference": { expected: "a Docker image reference name[:tag][@sha256:digest] (e.g. node:20-bookworm-slim)", test: (v) => v.length <= 255 && DOCKER_REFERENCE.test(v) },
      "dockerd-flag": { expected: `one of the dockerd flags slipway allows: ${DOCKERD_WORDS}`, test: isAllowedDockerdFlag },
      "git-branch": {
        expected: 'a git branch name (letters, digits, ".", "_", "/", "-"; not starting with "-" or holding "..")',
        test: (v) => /^[A-Za-z0-9_][A-Za-z0-9._/-]*$/.test(v) && !v.includes("..") && !v.endsWith(".lock") && !v.endsWith("/")
      }
    };
    AJV_FORMATS = Object.fromEntries(Object.entries(FORMATS).map(([name2, f]) => [name2, { type: "string", validate: f.test }]));
    CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports2.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// resources/slipway/config-validate.cjs
var require_config_validate = __commonJS({
  "resources/slipway/config-validate.cjs"(exports2, module2) {
    "use strict";
    module2.exports = validate10;
    module2.exports.default = validate10;
    var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://slipway.dev/slipway.schema.json", "title": "slipway.json", "description": "Configuration of one app deployed by slipway. Every field has a default; secrets never go here (they come from DD_API_KEY, DD_APP_KEY, SLIPWAY_ADMIN_TOKEN, SLIPWAY_FLAGS_TOKEN and REDIS_URL in the environment).", "type": "object", "additionalProperties": false, "default": {}, "properties": { "$schema": { "type": "string" }, "stateDir": { "type": "string", "minLength": 1, "default": "/var/lib/slipway", "description": "Where slipway keeps host state (deploy history, proxy ejection state, locks)." }, "app": { "type": "object", "additionalProperties": false, "default": {}, "description": "The app being deployed.", "properties": { "name": { "type": "string", "pattern": "^[a-z0-9][a-z0-9_.-]{0,62}$", "description": "Name used for images, containers and labels. Default: the app's package.json name, else its directory name." }, "port": { "type": "integer", "minimum": 1, "maximum": 65535, "default": 3e3, "description": "Port the app listens on when it runs alone (its PORT env); deploy gives each role its own." }, "healthPath": { "type": "string", "pattern": "^/[^\\s?#]*$", "default": "/health", "description": "HTTP path that answers 200 when the app is ready (no spaces, query or fragment)." }, "testCommand": { "type": "string", "minLength": 1, "default": "npm test", "description": "The app's own test command, run inside the built image." }, "testNetwork": { "type": "string", "enum": ["none", "host"], "default": "none", "description": "Network of the test container. none: loopback only, nothing of this host. host opts in to this host's network, where slipway's Redis, toggle server and proxy admin answer: only for tests that need them." }, "buildNetwork": { "type": "string", "enum": ["none", "host"], "default": "none", "description": "Network of the image build's RUN instructions. none: no network. host opts in to this host's network (e.g. for RUN npm ci), where slipway's Redis, toggle server and proxy admin answer." }, "env": { "type": "object", "default": {}, "additionalProperties": { "type": "string" }, "description": "Extra non-secret environment for the app's containers.", "propertyNames": { "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" } } } }, "images": { "type": "object", "additionalProperties": false, "default": {}, "description": "Images slipway builds and starts from.", "properties": { "nodeVersion": { "type": "string", "pattern": "^[0-9]+(\\.[0-9]+){0,2}$", "default": "20", "description": "Node.js version of the base image (node:<version>-bookworm-slim)." }, "pull": { "type": "boolean", "default": true, "description": "Pull the official node:<nodeVersion>-bookworm-slim image. false (offline hosts, tests, demos) makes an equivalent base image from the local Node runtime with `docker import` instead." }, "base": { "type": "string", "description": "Base image passed to the Dockerfile as NODE_IMAGE. Default: node:<nodeVersion>-bookworm-slim when present, else the one `slipway base-image` makes offline.", "format": "docker-reference" }, "repository": { "type": "string", "pattern": "^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$", "description": "Image repository for the app. Default: app.name." }, "registry": { "type": "string", "pattern": "^[a-zA-Z0-9.-]+(:[0-9]{1,5})?$", "description": `Registry (host[:port]) every swarm node pulls the app image from. Default with deploy.target "swarm": one slipway runs on the manager (Debian's docker-registry) at <manager address>:deploy.swarm.registryPort.` } } }, "analyse": { "type": "object", "additionalProperties": false, "default": {}, "description": "Gates of `slipway analyse` (ESLint and npm audit).", "properties": { "maxLintErrors": { "type": "integer", "minimum": 0, "default": 0, "description": "Fail when ESLint reports more errors than this." }, "maxLintWarnings": { "type": "integer", "minimum": 0, "description": "Fail when ESLint reports more warnings than this. Default: no limit." }, "maxAuditSeverity": { "type": "string", "enum": ["none", "info", "low", "moderate", "high", "critical"], "default": "moderate", "description": 'Highest npm audit severity allowed; a vulnerability above it fails the step. "none" allows none.' }, "require": { "type": "array", "items": { "type": "string", "enum": ["lint", "audit"] }, "default": ["lint"], "description": "Tools that must run: one that cannot (no ESLint, registry unreachable) fails the step instead of being reported as not run." } } }, "deploy": { "type": "object", "additionalProperties": false, "default": {}, "description": "Production and canary containers.", "properties": { "target": { "type": "string", "default": "host", "enum": ["host", "swarm"], "description": 'Where the roles run. "host": containers on this Docker engine; "swarm": services of a Docker Swarm whose manager this engine is (README: From one host to a swarm).' }, "network": { "type": "string", "default": "host", "description": 'Container networking. "host": each role on its own loopback port (the only mode in this version; see README for bridge networks).', "enum": ["host"] }, "bindAddress": { "type": "string", "default": "127.0.0.1", "description": "Address the app containers listen on with host networking.", "format": "ip" }, "production": { "type": "object", "additionalProperties": false, "default": {}, "description": "The production container.", "properties": { "port": { "type": "integer", "minimum": 1, "maximum": 65535, "default": 3001, "description": "Host port of this role's container." }, "branch": { "type": "string", "default": "main", "description": "Git branch this role is built from.", "format": "git-branch" } } }, "canary": { "type": "object", "additionalProperties": false, "default": {}, "description": "The canary container.", "properties": { "port": { "type": "integer", "minimum": 1, "maximum": 65535, "default": 3002, "description": "Host port of this role's container." }, "branch": { "type": "string", "default": "staging", "description": "Git branch this role is built from.", "format": "git-branch" } } }, "standbyPortOffset": { "type": "integer", "minimum": 1, "maximum": 1e4, "default": 100, "description": "With host networking a replacement container starts on port + this offset while the old one still serves on port, then the proxy switches to it; the next deploy switches back." }, "memoryMb": { "type": "integer", "minimum": 16, "default": 256, "description": "Starting memory limit of each app container (the autoscaler raises it)." }, "healthTimeoutSec": { "type": "number", "exclusiveMinimum": 0, "default": 60, "description": "How long a new container has to become healthy." }, "healthIntervalMs": { "type": "integer", "minimum": 50, "default": 500, "description": "Pause between health probes." }, "drainTimeoutSec": { "type": "number", "minimum": 0, "default": 30, "description": "How long in-flight requests may take on a container being replaced." }, "keepCanaryAfterPromote": { "type": "boolean", "default": false, "description": "Keep the canary container running after `canary promote`." }, "historySize": { "type": "integer", "minimum": 1, "default": 10, "description": "Images remembered per role for rollback." }, "swarm": { "type": "object", "additionalProperties": false, "default": {}, "description": 'Services on a Docker Swarm (deploy.target "swarm").', "properties": { "replicas": { "type": "object", "additionalProperties": false, "default": {}, "description": "Tasks per role.", "properties": { "production": { "type": "integer", "minimum": 1, "maximum": 100, "default": 2, "description": "Production tasks, spread over the nodes." }, "canary": { "type": "integer", "minimum": 1, "maximum": 100, "default": 1, "description": "Canary tasks." } } }, "network": { "type": "string", "pattern": "^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,62}$", "description": "Overlay network the roles (and the proxy) share. Default: <app.name>-net, made by slipway." }, "updateMonitorSec": { "type": "number", "minimum": 1, "maximum": 600, "default": 10, "description": "How long each updated task must stay healthy before the rolling update goes on; a failure within it rolls the service back." }, "updateDelaySec": { "type": "number", "minimum": 0, "maximum": 600, "default": 0, "description": "Pause between updating one task and the next." }, "registryPort": { "type": "integer", "minimum": 1, "maximum": 65535, "default": 5e3, "description": "Port of the registry slipway runs on the manager when images.registry is not set." }, "proxy": { "type": "boolean", "default": true, "description": "Run slipway's proxy as a service in front of both roles, proxy.listen and proxy.admin ports published on the node of each task; needs SLIPWAY_ADMIN_TOKEN." }, "proxyReplicas": { "type": "integer", "minimum": 1, "maximum": 64, "default": 1, "description": `Proxy tasks, at most one per node. One task runs on the manager and keeps the canary's state in the state dir there; more need proxy.sharedState "redis", and run on any node with their state in Redis.` } } } } }, "proxy": { "type": "object", "additionalProperties": false, "default": {}, "description": "The canary proxy in front of production and canary.", "properties": { "listen": { "default": "127.0.0.1:8080", "description": "Where users' traffic enters.", "type": "string", "format": "listen" }, "admin": { "default": "127.0.0.1:8081", "description": "Admin API (status, weights, abort/resume, Datadog webhook, metrics); needs SLIPWAY_ADMIN_TOKEN.", "type": "string", "format": "listen" }, "weights": { "type": "object", "additionalProperties": false, "default": { "production": 2, "canary": 1 }, "description": "Traffic split between production and canary.", "properties": { "production": { "type": "integer", "minimum": 0, "default": 2 }, "canary": { "type": "integer", "minimum": 0, "default": 1 } } }, "production": { "type": "string", "description": "Production target (http://HOST:PORT). Default: the running production container, else http://<deploy.bindAddress>:<deploy.production.port>.", "format": "http-target" }, "canary": { "type": "string", "description": 'Canary target (http://HOST:PORT), or "none". Default: the running canary container, else none for `proxy up` and http://<deploy.bindAddress>:<deploy.canary.port> for `proxy run`.', "format": "http-target-or-none" }, "stickyCookie": { "type": "string", "pattern": "^[A-Za-z0-9_-]*$", "default": "", "description": "Cookie name that keeps a user on one version; empty turns stickiness off." }, "stickyHeader": { "type": "string", "pattern": "^[A-Za-z0-9-]*$", "default": "", "description": "A request header holding a user or session id (e.g. X-User-Id): its value fixes the user's bucket, so the user stays on one version without a cookie. Empty: off." }, "allowedBackends": { "type": "array", "items": { "type": "string", "format": "http-target" }, "description": "Targets (http://HOST:PORT) the admin API's PUT /backends may point production or canary at, besides the targets the proxy started with. Default: http://<deploy.bindAddress>:<port> for each role's port and standby port (port + deploy.standbyPortOffset)." }, "trustedProxies": { "type": "array", "items": { "type": "string", "format": "ip" }, "default": [], "description": "Addresses of front proxies (a load balancer, TLS terminator) whose X-Forwarded-For/-Proto/-Host are kept and extended; from anyone else they are replaced." }, "retryIdempotent": { "type": "boolean", "default": true, "description": "Retry a GET/HEAD once: one that fails on the canary on production, one whose production connection is refused or reset on a new connection (another task on a swarm)." }, "requestTimeoutMs": { "type": "integer", "minimum": 100, "default": 3e4 }, "idleTimeoutMs": { "type": "integer", "minimum": 100, "default": 6e4 }, "upgrades": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z0-9!#$%&'*+.^_`|~-]+(/[A-Za-z0-9!#$%&'*+.^_`|~-]+)?$" }, "default": ["websocket"], "description": "Upgrade protocols a GET may switch to through the proxy (a tunnel opens only after the backend's 101); empty allows none." }, "tunnelIdleTimeoutMs": { "type": "integer", "minimum": 100, "default": 3e5, "description": "An upgraded connection (WebSocket) with no traffic either way for this long is closed." }, "maxHeaderBytes": { "type": "integer", "minimum": 1024, "default": 16384 }, "drainTimeoutSec": { "type": "number", "minimum": 0, "default": 15, "description": "Graceful shutdown: how long in-flight requests may finish." }, "workers": { "type": "integer", "minimum": 0, "maximum": 64, "default": 0, "description": "Data-plane processes (Node's cluster). A primary accepts on the listening port and hands each new connection to the worker with the fewest open ones; it keeps the admin API, the state file and the canary's state and hands every change to all of them within milliseconds. 0: one per core; 1: a single process." }, "sharedState": { "type": "string", "enum": ["host", "redis"], "default": "host", "description": `Where several proxy instances (a swarm's proxy service) share the canary's state \u2014 ejection, weights and the rollout's step, targets: "redis" at REDIS_URL (its password from the environment; default redis://127.0.0.1:<redis.port>), so every instance agrees within a second; "host": this instance's processes only.` }, "sharedStateKey": { "type": "string", "pattern": "^[A-Za-z0-9:_.-]*$", "maxLength": 200, "default": "", "description": "The Redis key prefix of the shared state (a hash <key>:state and a channel <key>:changes); every instance of one app uses the same. Empty: slipway:proxy:<app.name>." } } }, "canary": { "type": "object", "additionalProperties": false, "default": {}, "description": "When the canary stops getting traffic, how it comes back, and how a progressive rollout moves it to production.", "properties": { "consecutive5xx": { "type": "integer", "minimum": 1, "default": 5, "description": "Eject after this many 5xx or connection failures in a row (Envoy's default)." }, "windowSec": { "type": "number", "exclusiveMinimum": 0, "default": 30, "description": "Sliding window for the error-rate rule." }, "minRequests": { "type": "integer", "minimum": 1, "default": 20, "description": "The error-rate rule needs at least this many canary requests in the window." }, "maxErrorRate": { "type": "number", "exclusiveMinimum": 0, "maximum": 1, "default": 0.2, "description": "Eject when the canary's 5xx share in the window exceeds this." }, "probationSec": { "type": "number", "minimum": 0, "default": 0, "description": "Opt-in: re-admit an ejected canary after this long; 0 means only an explicit resume re-admits." }, "strategy": { "type": "string", "enum": ["static", "progressive"], "default": "static", "description": "static: the seed's split (proxy.weights) until an alert ejects the canary and a person promotes it. progressive: canary.steps, each judged against production, ending in automatic promotion (run by `slipway rollout up`)." }, "steps": { "type": "array", "default": [{ "weight": 5, "holdSec": 60 }, { "weight": 20, "holdSec": 60 }, { "weight": 33, "holdSec": 60 }, { "weight": 50, "holdSec": 60 }], "description": 'The progressive rollout: each step sends `weight` percent of traffic to the canary for at least `holdSec` (and until a judgment passes), or waits at a manual gate ({"gate": "manual"}) for `slipway canary continue`. After the last step the canary is promoted.', "items": { "type": "object", "additionalProperties": false, "properties": { "weight": { "type": "integer", "minimum": 1, "maximum": 100, "description": "Percent of traffic to the canary in this step." }, "holdSec": { "type": "number", "exclusiveMinimum": 0, "description": "Seconds to stay at this weight at least." }, "gate": { "type": "string", "enum": ["manual"], "description": "Wait here for `slipway canary continue` (a Jenkins input step)." } } } }, "analysis": { "type": "object", "additionalProperties": false, "default": {}, "description": "How the rollout judges the canary against production from the proxy's own measurements, every intervalSec.", "properties": { "intervalSec": { "type": "number", "exclusiveMinimum": 0, "default": 20, "description": "Seconds per judgment window." }, "confidence": { "type": "number", "exclusiveMinimum": 0.5, "exclusiveMaximum": 1, "default": 0.98, "description": "Confidence a test needs before it calls the canary worse (Kayenta's 0.98)." }, "minRequests": { "type": "integer", "minimum": 1, "default": 50, "description": "Requests each role needs in a window; fewer is Inconclusive, never a pass." }, "successRateMin": { "type": "number", "minimum": 0, "maximum": 100, "default": 99, "description": "Percent: Failed when the canary's success rate is confidently below this (Flagger's 99)." }, "p99MaxMs": { "type": "number", "exclusiveMinimum": 0, "default": 500, "description": "Failed when the canary's p99 latency is above this and above production's (Flagger's 500 ms)." }, "errorMargin": { "type": "number", "minimum": 0, "maximum": 1, "default": 0.01, "description": "How much higher (absolute) the canary's 5xx rate may be than production's before the error test counts it." }, "latencyTolerance": { "type": "number", "minimum": 0, "default": 0.25, "description": "How much slower (relative) the canary's latencies may be than production's before the Mann-Whitney test counts it (Kayenta's tolerance)." }, "latencyToleranceMs": { "type": "number", "minimum": 0, "default": 5, "description": "How much slower (absolute, in ms) the canary's latencies may also be: a backend taking a small share of the traffic runs a little colder, and a relative tolerance alone fails it on sub-millisecond differences." }, "failureLimit": { "type": "integer", "minimum": 0, "default": 0, "description": "Failed judgments tolerated; one more aborts (Argo's failureLimit, default 0: the first Failed aborts)." }, "inconclusiveLimit": { "type": "integer", "minimum": 0, "default": 3, "description": "The rollout pauses for a person when more judgments than this were Inconclusive (Argo's inconclusiveLimit; a resume starts the count again)." }, "consecutiveErrorLimit": { "type": "integer", "minimum": 0, "default": 4, "description": "Windows in a row whose metric could not be measured (Error) before the rollout aborts: one more aborts (Argo's consecutiveErrorLimit, 4)." }, "metrics": { "type": "array", "default": [], "maxItems": 20, "description": `Metric providers judged every window beside the proxy's checks (Argo's): {"name", "provider": "datadog", "query", "lookbackSec" (300)} queries Datadog's v1 API (DD_API_KEY, DD_APP_KEY) for the last point of the first series; {"name", "provider": "web", "url", "jsonPath", "timeoutSec" (10)} GETs JSON and reads $.a.b[0]. "successCondition"/"failureCondition": result <op> literal (< <= > >= == !=), joined by && or ||. No answer is an Error.`, "items": { "type": "object", "additionalProperties": false, "required": ["name", "provider"], "properties": { "name": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$", "description": "letters, digits, . _ -" }, "provider": { "type": "string", "enum": ["datadog", "web"] }, "query": { "type": "string", "minLength": 1, "maxLength": 2e3 }, "lookbackSec": { "type": "number", "exclusiveMinimum": 0 }, "url": { "type": "string", "format": "webhook-url", "maxLength": 2e3 }, "jsonPath": { "type": "string", "minLength": 1, "maxLength": 500 }, "timeoutSec": { "type": "number", "exclusiveMinimum": 0, "maximum": 60 }, "successCondition": { "type": "string", "minLength": 1, "maxLength": 500 }, "failureCondition": { "type": "string", "minLength": 1, "maxLength": 500 } } } } } }, "webhooks": { "type": "array", "default": [], "maxItems": 20, "description": `Flagger-shaped webhooks {"name", "type", "url", "timeoutSec" (10), "metadata"}, POSTed Flagger's payload; a 2xx advances. confirm-rollout: before the first step, else hold; pre-rollout: before the first step, else a Failed judgment; rollout: every window, else Failed; confirm-promotion: before the promotion, else hold at the last step; rollback: every window, a 2xx aborts. SLIPWAY_ROLLOUT_WEBHOOK_TOKEN, when set, goes as a bearer token.`, "items": { "type": "object", "additionalProperties": false, "required": ["name", "type", "url"], "properties": { "name": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$", "description": "letters, digits, . _ -" }, "type": { "type": "string", "enum": ["confirm-rollout", "pre-rollout", "rollout", "confirm-promotion", "rollback"] }, "url": { "type": "string", "format": "webhook-url", "maxLength": 2e3 }, "timeoutSec": { "type": "number", "exclusiveMinimum": 0, "maximum": 60 }, "metadata": { "type": "object", "maxProperties": 50, "additionalProperties": { "type": "string", "maxLength": 2e3 } } } } }, "abortKeepSec": { "type": "number", "minimum": 0, "default": 600, "description": "An aborted canary gets no traffic at once and keeps running this long for inspection, then is removed." }, "controllerListen": { "type": "string", "default": "127.0.0.1:8082", "format": "listen", "description": "HOST:PORT of the rollout controller's API (status, pause, continue, retry, metrics)." } } }, "flags": { "type": "object", "additionalProperties": false, "default": {}, "description": "Redis-backed feature flags and the toggle server.", "properties": { "listen": { "default": "127.0.0.1:8000", "description": "Toggle server address (the seed's http://localhost:8000).", "type": "string", "format": "listen" }, "namespace": { "type": "string", "pattern": "^[A-Za-z0-9_.-]+$", "description": "Redis namespace of the app's flags. Default: app.name." }, "defaults": { "type": "object", "default": { "myflag": "disable" }, "additionalProperties": { "type": ["boolean", "string", "number", "object", "array"] }, "description": "Flags and their values when nothing is stored yet." }, "legacyGetToggle": { "type": "boolean", "default": false, "description": "Let a GET /newfeature toggle myflag, as the seed's server.js did." }, "backupFile": { "type": "string", "description": "File where the app's flag client keeps its last snapshot for a cold start with Redis down.", "minLength": 1 } } }, "redis": { "type": "object", "additionalProperties": false, "default": {}, "description": "The Redis server `slipway provision` installs (the password, if any, comes from REDIS_URL).", "properties": { "port": { "type": "integer", "minimum": 1, "maximum": 65535, "default": 6379, "description": "Port Redis listens on; it must differ from every other port in this file." }, "bind": { "type": "string", "default": "127.0.0.1", "format": "ip", "description": "IP address Redis listens on (written to its config file)." } } }, "monitors": { "type": "object", "additionalProperties": false, "default": {}, "description": "Datadog monitors (with DD_API_KEY and DD_APP_KEY) or local alerting (without).", "properties": { "cpuPercent": { "type": "number", "exclusiveMinimum": 0, "maximum": 100, "default": 60 }, "memoryMb": { "type": "number", "exclusiveMinimum": 0, "default": 500 }, "renotifyMinutes": { "type": "integer", "minimum": 0, "default": 15, "description": "Send the alert again while unresolved; 0 turns re-notify off." }, "evaluationWindow": { "type": "string", "enum": ["last_1m", "last_5m", "last_10m", "last_15m", "last_30m", "last_1h"], "default": "last_5m" }, "emails": { "type": "array", "default": [], "items": { "type": "string", "format": "email" }, "description": "Who gets the alert e-mails." }, "canary5xx": { "type": "object", "additionalProperties": false, "default": {}, "properties": { "source": { "type": "string", "enum": ["apm", "logs"], "default": "logs" }, "threshold": { "type": "number", "minimum": 0, "default": 5, "description": "5xx responses in the window that raise the canary alert." }, "apmSpan": { "type": "string", "pattern": "^[a-z0-9_.]+$", "default": "express.request", "description": "APM span name of the app's requests (source apm): the monitor reads trace.<apmSpan>.hits.by_http_status." } } }, "tags": { "type": "array", "default": [], "items": { "type": "string", "pattern": "^[^,\\s]+$" } }, "webhookUrl": { "type": "string", "description": "Where Datadog posts canary alerts (the proxy's /alerts/datadog, reachable from Datadog) with SLIPWAY_WEBHOOK_TOKEN; https unless it is a loopback address. Default: http://<proxy.admin>/alerts/datadog.", "format": "webhook-url" }, "webhookName": { "type": "string", "pattern": "^[A-Za-z0-9_-]+$", "description": "Name of the Datadog webhook the canary 5xx monitor notifies (@webhook-<name>). Default: slipway-<app.name>." }, "local": { "type": "object", "additionalProperties": false, "default": {}, "description": "Alerting without Datadog.", "properties": { "smtp": { "type": "string", "description": "SMTP server as host:port; empty means no e-mail.", "default": "", "format": "smtp-server" }, "smtpTls": { "type": "string", "enum": ["starttls", "tls", "none"], "default": "starttls", "description": "starttls: STARTTLS must succeed (port 587 or 25); tls: TLS from the first byte (port 465); none: plain SMTP, for a relay on this host only when smtpUser is set." }, "smtpUser": { "type": "string", "pattern": "^[^\\u0000-\\u001f\\u007f]{1,256}$", "description": "SMTP AUTH user name; the password comes only from SLIPWAY_SMTP_PASSWORD in the environment. Unset: no AUTH." }, "smtpCaFile": { "type": "string", "pattern": "^/[^\\u0000-\\u001f\\u007f]*$", "description": "Absolute path of a PEM file with the CA that signed the mail server's certificate, when the system's CAs do not cover it." }, "from": { "type": "string", "default": "slipway@localhost", "format": "email", "description": "Sender address of the alert e-mails." }, "webhookUrl": { "type": "string", "default": "", "description": "Also post alerts here (JSON); https unless it is a loopback address.", "format": "webhook-url-or-empty" }, "intervalSec": { "type": "number", "exclusiveMinimum": 0, "default": 15, "description": "How often local alerting evaluates." }, "windowSec": { "type": "number", "exclusiveMinimum": 0, "description": "Evaluation window of local alerting in seconds. Default: monitors.evaluationWindow (last_5m = 300); shorten only for tests and demos." }, "renotifySec": { "type": "number", "minimum": 0, "description": "Re-notify interval of local alerting in seconds. Default: monitors.renotifyMinutes \xD7 60; shorten only for tests and demos." } } } } }, "autoscaler": { "type": "object", "additionalProperties": false, "default": {}, "description": "The memory autoscaler.", "properties": { "intervalSec": { "type": "number", "exclusiveMinimum": 0, "default": 5 }, "thresholdPercent": { "type": "number", "exclusiveMinimum": 0, "maximum": 100, "default": 50 }, "stepMb": { "type": "integer", "minimum": 1, "default": 100 }, "maxMb": { "type": "integer", "minimum": 16, "default": 2048 }, "cooldownSec": { "type": "number", "minimum": 0, "default": 10, "description": "After a raise, wait this long before raising the same container again." }, "oomFactor": { "type": "number", "minimum": 1, "default": 1.2, "description": "On an OOM kill the limit becomes max(limit + stepMb, limit \xD7 oomFactor)." }, "watermarkPercent": { "type": "number", "minimum": 0, "maximum": 100, "default": 85, "description": "Fast path: when use will pass this percent of the limit before a raise could land, or grows faster than stepMb per cooldown, raise at once (cooldown or not) to cover the growth until the next evaluation, in whole steps. 0 turns it off." }, "tickMs": { "type": "integer", "minimum": 50, "maximum": 5e3, "default": 250, "description": "How often each container's cgroup files are read (memory, OOM kills, CPU)." }, "scaleDown": { "type": "object", "additionalProperties": false, "default": {}, "properties": { "enabled": { "type": "boolean", "default": false }, "belowPercent": { "type": "number", "exclusiveMinimum": 0, "maximum": 100, "default": 20 }, "afterSec": { "type": "number", "exclusiveMinimum": 0, "default": 300 } } }, "metricsListen": { "default": "127.0.0.1:9464", "description": "Prometheus metrics and status of the autoscaler.", "type": "string", "format": "listen" } } }, "dashboard": { "type": "object", "additionalProperties": false, "default": {}, "description": "The live console in the browser (`slipway dashboard`): traffic, canary, containers, flags and deploys, and actions on them; sign-in with SLIPWAY_ADMIN_TOKEN.", "properties": { "listen": { "type": "string", "default": "127.0.0.1:8090", "format": "listen", "description": "HOST:PORT of the dashboard (loopback by default; it serves plain HTTP, so put a TLS proxy in front beyond this host)." }, "sessionMinutes": { "type": "integer", "minimum": 1, "maximum": 10080, "default": 720, "description": "A sign-in lasts this long; then the page asks for the token again." } } }, "provision": { "type": "object", "additionalProperties": false, "default": {}, "description": "How `slipway provision` prepares the host.", "properties": { "dockerdArgs": { "type": "array", "items": { "type": "string", "format": "dockerd-flag" }, "default": [], "description": "Extra dockerd flags when slipway starts dockerd itself (no systemd), from an allow-list: --bridge=none, --iptables, --ip6tables, --ip-forward, --userland-proxy, --icc (=true|false), --live-restore, --log-level=LEVEL, --data-root=/ABSOLUTE/PATH, --storage-driver=DRIVER." } } } } };
    var func2 = Object.prototype.hasOwnProperty;
    var func3 = require_ucs2length().default;
    var pattern0 = new RegExp("^[a-z0-9][a-z0-9_.-]{0,62}$", "u");
    var pattern1 = new RegExp("^/[^\\s?#]*$", "u");
    var pattern2 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
    var pattern3 = new RegExp("^[0-9]+(\\.[0-9]+){0,2}$", "u");
    var pattern4 = new RegExp("^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$", "u");
    var pattern5 = new RegExp("^[a-zA-Z0-9.-]+(:[0-9]{1,5})?$", "u");
    var pattern6 = new RegExp("^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,62}$", "u");
    var pattern7 = new RegExp("^[A-Za-z0-9_-]*$", "u");
    var pattern8 = new RegExp("^[A-Za-z0-9-]*$", "u");
    var pattern9 = new RegExp("^[A-Za-z0-9!#$%&'*+.^_`|~-]+(/[A-Za-z0-9!#$%&'*+.^_`|~-]+)?$", "u");
    var pattern10 = new RegExp("^[A-Za-z0-9:_.-]*$", "u");
    var pattern11 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$", "u");
    var pattern13 = new RegExp("^[A-Za-z0-9_.-]+$", "u");
    var pattern14 = new RegExp("^[a-z0-9_.]+$", "u");
    var pattern15 = new RegExp("^[^,\\s]+$", "u");
    var pattern16 = new RegExp("^[A-Za-z0-9_-]+$", "u");
    var pattern17 = new RegExp("^[^\\u0000-\\u001f\\u007f]{1,256}$", "u");
    var pattern18 = new RegExp("^/[^\\u0000-\\u001f\\u007f]*$", "u");
    var formats0 = (init_config_formats(), __toCommonJS(config_formats_exports)).AJV_FORMATS["docker-reference"];
    var formats2 = (init_config_formats(), __toCommonJS(config_formats_exports)).AJV_FORMATS.ip;
    var formats4 = (init_config_formats(), __toCommonJS(config_formats_exports)).AJV_FORMATS["git-branch"];
    var formats8 = (init_config_formats(), __toCommonJS(config_formats_exports)).AJV_FORMATS.listen;
    var formats12 = (init_config_formats(), __toCommonJS(config_formats_exports)).AJV_FORMATS["http-target"];
    var formats14 = (init_config_formats(), __toCommonJS(config_formats_exports)).AJV_FORMATS["http-target-or-none"];
    var formats20 = (init_config_formats(), __toCommonJS(config_formats_exports)).AJV_FORMATS["webhook-url"];
    var formats30 = (init_config_formats(), __toCommonJS(config_formats_exports)).AJV_FORMATS.email;
    var formats34 = (init_config_formats(), __toCommonJS(config_formats_exports)).AJV_FORMATS["smtp-server"];
    var formats38 = (init_config_formats(), __toCommonJS(config_formats_exports)).AJV_FORMATS["webhook-url-or-empty"];
    var formats44 = (init_config_formats(), __toCommonJS(config_formats_exports)).AJV_FORMATS["dockerd-flag"];
    function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      ;
      let vErrors = null;
      let errors2 = 0;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.stateDir === void 0) {
          data.stateDir = "/var/lib/slipway";
        }
        if (data.app === void 0) {
          data.app = {};
        }
        if (data.images === void 0) {
          data.images = {};
        }
        if (data.analyse === void 0) {
          data.analyse = {};
        }
        if (data.deploy === void 0) {
          data.deploy = {};
        }
        if (data.proxy === void 0) {
          data.proxy = {};
        }
        if (data.canary === void 0) {
          data.canary = {};
        }
        if (data.flags === void 0) {
          data.flags = {};
        }
        if (data.redis === void 0) {
          data.redis = {};
        }
        if (data.monitors === void 0) {
          data.monitors = {};
        }
        if (data.autoscaler === void 0) {
          data.autoscaler = {};
        }
        if (data.dashboard === void 0) {
          data.dashboard = {};
        }
        if (data.provision === void 0) {
          data.provision = {};
        }
        for (const key0 in data) {
          if (!func2.call(schema11.properties, key0)) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors2++;
          }
        }
        if (data.$schema !== void 0) {
          if (typeof data.$schema !== "string") {
            const err1 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors2++;
          }
        }
        let data1 = data.stateDir;
        if (typeof data1 === "string") {
          if (func3(data1) < 1) {
            const err2 = { instancePath: instancePath + "/stateDir", schemaPath: "#/properties/stateDir/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors2++;
          }
        } else {
          const err3 = { instancePath: instancePath + "/stateDir", schemaPath: "#/properties/stateDir/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors2++;
        }
        let data2 = data.app;
        if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
          if (data2.port === void 0) {
            data2.port = 3e3;
          }
          if (data2.healthPath === void 0) {
            data2.healthPath = "/health";
          }
          if (data2.testCommand === void 0) {
            data2.testCommand = "npm test";
          }
          if (data2.testNetwork === void 0) {
            data2.testNetwork = "none";
          }
          if (data2.buildNetwork === void 0) {
            data2.buildNetwork = "none";
          }
          if (data2.env === void 0) {
            data2.env = {};
          }
          for (const key1 in data2) {
            if (!(key1 === "name" || key1 === "port" || key1 === "healthPath" || key1 === "testCommand" || key1 === "testNetwork" || key1 === "buildNetwork" || key1 === "env")) {
              const err4 = { instancePath: instancePath + "/app", schemaPath: "#/properties/app/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors2++;
            }
          }
          if (data2.name !== void 0) {
            let data3 = data2.name;
            if (typeof data3 === "string") {
              if (!pattern0.test(data3)) {
                const err5 = { instancePath: instancePath + "/app/name", schemaPath: "#/properties/app/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_.-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9_.-]{0,62}$"' };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors2++;
              }
            } else {
              const err6 = { instancePath: instancePath + "/app/name", schemaPath: "#/properties/app/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors2++;
            }
          }
          let data4 = data2.port;
          if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)))) {
            const err7 = { instancePath: instancePath + "/app/port", schemaPath: "#/properties/app/properties/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors2++;
          }
          if (typeof data4 == "number") {
            if (data4 > 65535 || isNaN(data4)) {
              const err8 = { instancePath: instancePath + "/app/port", schemaPath: "#/properties/app/properties/port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535" };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors2++;
            }
            if (data4 < 1 || isNaN(data4)) {
              const err9 = { instancePath: instancePath + "/app/port", schemaPath: "#/properties/app/properties/port/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors2++;
            }
          }
          let data5 = data2.healthPath;
          if (typeof data5 === "string") {
            if (!pattern1.test(data5)) {
              const err10 = { instancePath: instancePath + "/app/healthPath", schemaPath: "#/properties/app/properties/healthPath/pattern", keyword: "pattern", params: { pattern: "^/[^\\s?#]*$" }, message: 'must match pattern "^/[^\\s?#]*$"' };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors2++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/app/healthPath", schemaPath: "#/properties/app/properties/healthPath/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors2++;
          }
          let data6 = data2.testCommand;
          if (typeof data6 === "string") {
            if (func3(data6) < 1) {
              const err12 = { instancePath: instancePath + "/app/testCommand", schemaPath: "#/properties/app/properties/testCommand/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors2++;
            }
          } else {
            const err13 = { instancePath: instancePath + "/app/testCommand", schemaPath: "#/properties/app/properties/testCommand/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors2++;
          }
          let data7 = data2.testNetwork;
          if (typeof data7 !== "string") {
            const err14 = { instancePath: instancePath + "/app/testNetwork", schemaPath: "#/properties/app/properties/testNetwork/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors2++;
          }
          if (!(data7 === "none" || data7 === "host")) {
            const err15 = { instancePath: instancePath + "/app/testNetwork", schemaPath: "#/properties/app/properties/testNetwork/enum", keyword: "enum", params: { allowedValues: schema11.properties.app.properties.testNetwork.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors2++;
          }
          let data8 = data2.buildNetwork;
          if (typeof data8 !== "string") {
            const err16 = { instancePath: instancePath + "/app/buildNetwork", schemaPath: "#/properties/app/properties/buildNetwork/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors2++;
          }
          if (!(data8 === "none" || data8 === "host")) {
            const err17 = { instancePath: instancePath + "/app/buildNetwork", schemaPath: "#/properties/app/properties/buildNetwork/enum", keyword: "enum", params: { allowedValues: schema11.properties.app.properties.buildNetwork.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors2++;
          }
          let data9 = data2.env;
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            for (const key2 in data9) {
              const _errs23 = errors2;
              if (typeof key2 === "string") {
                if (!pattern2.test(key2)) {
                  const err18 = { instancePath: instancePath + "/app/env", schemaPath: "#/properties/app/properties/env/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', propertyName: key2 };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors2++;
                }
              }
              var valid2 = _errs23 === errors2;
              if (!valid2) {
                const err19 = { instancePath: instancePath + "/app/env", schemaPath: "#/properties/app/properties/env/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid" };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors2++;
              }
            }
            for (const key3 in data9) {
              if (typeof data9[key3] !== "string") {
                const err20 = { instancePath: instancePath + "/app/env/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/app/properties/env/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors2++;
              }
            }
          } else {
            const err21 = { instancePath: instancePath + "/app/env", schemaPath: "#/properties/app/properties/env/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors2++;
          }
        } else {
          const err22 = { instancePath: instancePath + "/app", schemaPath: "#/properties/app/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors2++;
        }
        let data11 = data.images;
        if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
          if (data11.nodeVersion === void 0) {
            data11.nodeVersion = "20";
          }
          if (data11.pull === void 0) {
            data11.pull = true;
          }
          for (const key4 in data11) {
            if (!(key4 === "nodeVersion" || key4 === "pull" || key4 === "base" || key4 === "repository" || key4 === "registry")) {
              const err23 = { instancePath: instancePath + "/images", schemaPath: "#/properties/images/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors2++;
            }
          }
          let data12 = data11.nodeVersion;
          if (typeof data12 === "string") {
            if (!pattern3.test(data12)) {
              const err24 = { instancePath: instancePath + "/images/nodeVersion", schemaPath: "#/properties/images/properties/nodeVersion/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+){0,2}$" }, message: 'must match pattern "^[0-9]+(\\.[0-9]+){0,2}$"' };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors2++;
            }
          } else {
            const err25 = { instancePath: instancePath + "/images/nodeVersion", schemaPath: "#/properties/images/properties/nodeVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors2++;
          }
          if (typeof data11.pull !== "boolean") {
            const err26 = { instancePath: instancePath + "/images/pull", schemaPath: "#/properties/images/properties/pull/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors2++;
          }
          if (data11.base !== void 0) {
            let data14 = data11.base;
            if (typeof data14 === "string") {
              if (!formats0.validate(data14)) {
                const err27 = { instancePath: instancePath + "/images/base", schemaPath: "#/properties/images/properties/base/format", keyword: "format", params: { format: "docker-reference" }, message: 'must match format "docker-reference"' };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors2++;
              }
            } else {
              const err28 = { instancePath: instancePath + "/images/base", schemaPath: "#/properties/images/properties/base/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors2++;
            }
          }
          if (data11.repository !== void 0) {
            let data15 = data11.repository;
            if (typeof data15 === "string") {
              if (!pattern4.test(data15)) {
                const err29 = { instancePath: instancePath + "/images/repository", schemaPath: "#/properties/images/properties/repository/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$" }, message: 'must match pattern "^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$"' };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors2++;
              }
            } else {
              const err30 = { instancePath: instancePath + "/images/repository", schemaPath: "#/properties/images/properties/repository/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors2++;
            }
          }
          if (data11.registry !== void 0) {
            let data16 = data11.registry;
            if (typeof data16 === "string") {
              if (!pattern5.test(data16)) {
                const err31 = { instancePath: instancePath + "/images/registry", schemaPath: "#/properties/images/properties/registry/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9.-]+(:[0-9]{1,5})?$" }, message: 'must match pattern "^[a-zA-Z0-9.-]+(:[0-9]{1,5})?$"' };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors2++;
              }
            } else {
              const err32 = { instancePath: instancePath + "/images/registry", schemaPath: "#/properties/images/properties/registry/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors2++;
            }
          }
        } else {
          const err33 = { instancePath: instancePath + "/images", schemaPath: "#/properties/images/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors2++;
        }
        let data17 = data.analyse;
        if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
          if (data17.maxLintErrors === void 0) {
            data17.maxLintErrors = 0;
          }
          if (data17.maxAuditSeverity === void 0) {
            data17.maxAuditSeverity = "moderate";
          }
          if (data17.require === void 0) {
            data17.require = ["lint"];
          }
          for (const key5 in data17) {
            if (!(key5 === "maxLintErrors" || key5 === "maxLintWarnings" || key5 === "maxAuditSeverity" || key5 === "require")) {
              const err34 = { instancePath: instancePath + "/analyse", schemaPath: "#/properties/analyse/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors2++;
            }
          }
          let data18 = data17.maxLintErrors;
          if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18)))) {
            const err35 = { instancePath: instancePath + "/analyse/maxLintErrors", schemaPath: "#/properties/analyse/properties/maxLintErrors/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors2++;
          }
          if (typeof data18 == "number") {
            if (data18 < 0 || isNaN(data18)) {
              const err36 = { instancePath: instancePath + "/analyse/maxLintErrors", schemaPath: "#/properties/analyse/properties/maxLintErrors/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors2++;
            }
          }
          if (data17.maxLintWarnings !== void 0) {
            let data19 = data17.maxLintWarnings;
            if (!(typeof data19 == "number" && (!(data19 % 1) && !isNaN(data19)))) {
              const err37 = { instancePath: instancePath + "/analyse/maxLintWarnings", schemaPath: "#/properties/analyse/properties/maxLintWarnings/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors2++;
            }
            if (typeof data19 == "number") {
              if (data19 < 0 || isNaN(data19)) {
                const err38 = { instancePath: instancePath + "/analyse/maxLintWarnings", schemaPath: "#/properties/analyse/properties/maxLintWarnings/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors2++;
              }
            }
          }
          let data20 = data17.maxAuditSeverity;
          if (typeof data20 !== "string") {
            const err39 = { instancePath: instancePath + "/analyse/maxAuditSeverity", schemaPath: "#/properties/analyse/properties/maxAuditSeverity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors2++;
          }
          if (!(data20 === "none" || data20 === "info" || data20 === "low" || data20 === "moderate" || data20 === "high" || data20 === "critical")) {
            const err40 = { instancePath: instancePath + "/analyse/maxAuditSeverity", schemaPath: "#/properties/analyse/properties/maxAuditSeverity/enum", keyword: "enum", params: { allowedValues: schema11.properties.analyse.properties.maxAuditSeverity.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors2++;
          }
          let data21 = data17.require;
          if (Array.isArray(data21)) {
            const len0 = data21.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data22 = data21[i0];
              if (typeof data22 !== "string") {
                const err41 = { instancePath: instancePath + "/analyse/require/" + i0, schemaPath: "#/properties/analyse/properties/require/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors2++;
              }
              if (!(data22 === "lint" || data22 === "audit")) {
                const err42 = { instancePath: instancePath + "/analyse/require/" + i0, schemaPath: "#/properties/analyse/properties/require/items/enum", keyword: "enum", params: { allowedValues: schema11.properties.analyse.properties.require.items.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors2++;
              }
            }
          } else {
            const err43 = { instancePath: instancePath + "/analyse/require", schemaPath: "#/properties/analyse/properties/require/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors2++;
          }
        } else {
          const err44 = { instancePath: instancePath + "/analyse", schemaPath: "#/properties/analyse/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err44];
          } else {
            vErrors.push(err44);
          }
          errors2++;
        }
        let data23 = data.deploy;
        if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
          if (data23.target === void 0) {
            data23.target = "host";
          }
          if (data23.network === void 0) {
            data23.network = "host";
          }
          if (data23.bindAddress === void 0) {
            data23.bindAddress = "127.0.0.1";
          }
          if (data23.production === void 0) {
            data23.production = {};
          }
          if (data23.canary === void 0) {
            data23.canary = {};
          }
          if (data23.standbyPortOffset === void 0) {
            data23.standbyPortOffset = 100;
          }
          if (data23.memoryMb === void 0) {
            data23.memoryMb = 256;
          }
          if (data23.healthTimeoutSec === void 0) {
            data23.healthTimeoutSec = 60;
          }
          if (data23.healthIntervalMs === void 0) {
            data23.healthIntervalMs = 500;
          }
          if (data23.drainTimeoutSec === void 0) {
            data23.drainTimeoutSec = 30;
          }
          if (data23.keepCanaryAfterPromote === void 0) {
            data23.keepCanaryAfterPromote = false;
          }
          if (data23.historySize === void 0) {
            data23.historySize = 10;
          }
          if (data23.swarm === void 0) {
            data23.swarm = {};
          }
          for (const key6 in data23) {
            if (!func2.call(schema11.properties.deploy.properties, key6)) {
              const err45 = { instancePath: instancePath + "/deploy", schemaPath: "#/properties/deploy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors2++;
            }
          }
          let data24 = data23.target;
          if (typeof data24 !== "string") {
            const err46 = { instancePath: instancePath + "/deploy/target", schemaPath: "#/properties/deploy/properties/target/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors2++;
          }
          if (!(data24 === "host" || data24 === "swarm")) {
            const err47 = { instancePath: instancePath + "/deploy/target", schemaPath: "#/properties/deploy/properties/target/enum", keyword: "enum", params: { allowedValues: schema11.properties.deploy.properties.target.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors2++;
          }
          let data25 = data23.network;
          if (typeof data25 !== "string") {
            const err48 = { instancePath: instancePath + "/deploy/network", schemaPath: "#/properties/deploy/properties/network/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors2++;
          }
          if (!(data25 === "host")) {
            const err49 = { instancePath: instancePath + "/deploy/network", schemaPath: "#/properties/deploy/properties/network/enum", keyword: "enum", params: { allowedValues: schema11.properties.deploy.properties.network.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors2++;
          }
          let data26 = data23.bindAddress;
          if (typeof data26 === "string") {
            if (!formats2.validate(data26)) {
              const err50 = { instancePath: instancePath + "/deploy/bindAddress", schemaPath: "#/properties/deploy/properties/bindAddress/format", keyword: "format", params: { format: "ip" }, message: 'must match format "ip"' };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors2++;
            }
          } else {
            const err51 = { instancePath: instancePath + "/deploy/bindAddress", schemaPath: "#/properties/deploy/properties/bindAddress/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors2++;
          }
          let data27 = data23.production;
          if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
            if (data27.port === void 0) {
              data27.port = 3001;
            }
            if (data27.branch === void 0) {
              data27.branch = "main";
            }
            for (const key7 in data27) {
              if (!(key7 === "port" || key7 === "branch")) {
                const err52 = { instancePath: instancePath + "/deploy/production", schemaPath: "#/properties/deploy/properties/production/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors2++;
              }
            }
            let data28 = data27.port;
            if (!(typeof data28 == "number" && (!(data28 % 1) && !isNaN(data28)))) {
              const err53 = { instancePath: instancePath + "/deploy/production/port", schemaPath: "#/properties/deploy/properties/production/properties/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors2++;
            }
            if (typeof data28 == "number") {
              if (data28 > 65535 || isNaN(data28)) {
                const err54 = { instancePath: instancePath + "/deploy/production/port", schemaPath: "#/properties/deploy/properties/production/properties/port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535" };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors2++;
              }
              if (data28 < 1 || isNaN(data28)) {
                const err55 = { instancePath: instancePath + "/deploy/production/port", schemaPath: "#/properties/deploy/properties/production/properties/port/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors2++;
              }
            }
            let data29 = data27.branch;
            if (typeof data29 === "string") {
              if (!formats4.validate(data29)) {
                const err56 = { instancePath: instancePath + "/deploy/production/branch", schemaPath: "#/properties/deploy/properties/production/properties/branch/format", keyword: "format", params: { format: "git-branch" }, message: 'must match format "git-branch"' };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors2++;
              }
            } else {
              const err57 = { instancePath: instancePath + "/deploy/production/branch", schemaPath: "#/properties/deploy/properties/production/properties/branch/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors2++;
            }
          } else {
            const err58 = { instancePath: instancePath + "/deploy/production", schemaPath: "#/properties/deploy/properties/production/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors2++;
          }
          let data30 = data23.canary;
          if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
            if (data30.port === void 0) {
              data30.port = 3002;
            }
            if (data30.branch === void 0) {
              data30.branch = "staging";
            }
            for (const key8 in data30) {
              if (!(key8 === "port" || key8 === "branch")) {
                const err59 = { instancePath: instancePath + "/deploy/canary", schemaPath: "#/properties/deploy/properties/canary/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors2++;
              }
            }
            let data31 = data30.port;
            if (!(typeof data31 == "number" && (!(data31 % 1) && !isNaN(data31)))) {
              const err60 = { instancePath: instancePath + "/deploy/canary/port", schemaPath: "#/properties/deploy/properties/canary/properties/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
              if (vErrors === null) {
                vErrors = [err60];
              } else {
                vErrors.push(err60);
              }
              errors2++;
            }
            if (typeof data31 == "number") {
              if (data31 > 65535 || isNaN(data31)) {
                const err61 = { instancePath: instancePath + "/deploy/canary/port", schemaPath: "#/properties/deploy/properties/canary/properties/port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535" };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors2++;
              }
              if (data31 < 1 || isNaN(data31)) {
                const err62 = { instancePath: instancePath + "/deploy/canary/port", schemaPath: "#/properties/deploy/properties/canary/properties/port/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors2++;
              }
            }
            let data32 = data30.branch;
            if (typeof data32 === "string") {
              if (!formats4.validate(data32)) {
                const err63 = { instancePath: instancePath + "/deploy/canary/branch", schemaPath: "#/properties/deploy/properties/canary/properties/branch/format", keyword: "format", params: { format: "git-branch" }, message: 'must match format "git-branch"' };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors2++;
              }
            } else {
              const err64 = { instancePath: instancePath + "/deploy/canary/branch", schemaPath: "#/properties/deploy/properties/canary/properties/branch/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors2++;
            }
          } else {
            const err65 = { instancePath: instancePath + "/deploy/canary", schemaPath: "#/properties/deploy/properties/canary/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err65];
            } else {
              vErrors.push(err65);
            }
            errors2++;
          }
          let data33 = data23.standbyPortOffset;
          if (!(typeof data33 == "number" && (!(data33 % 1) && !isNaN(data33)))) {
            const err66 = { instancePath: instancePath + "/deploy/standbyPortOffset", schemaPath: "#/properties/deploy/properties/standbyPortOffset/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors2++;
          }
          if (typeof data33 == "number") {
            if (data33 > 1e4 || isNaN(data33)) {
              const err67 = { instancePath: instancePath + "/deploy/standbyPortOffset", schemaPath: "#/properties/deploy/properties/standbyPortOffset/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e4 }, message: "must be <= 10000" };
              if (vErrors === null) {
                vErrors = [err67];
              } else {
                vErrors.push(err67);
              }
              errors2++;
            }
            if (data33 < 1 || isNaN(data33)) {
              const err68 = { instancePath: instancePath + "/deploy/standbyPortOffset", schemaPath: "#/properties/deploy/properties/standbyPortOffset/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err68];
              } else {
                vErrors.push(err68);
              }
              errors2++;
            }
          }
          let data34 = data23.memoryMb;
          if (!(typeof data34 == "number" && (!(data34 % 1) && !isNaN(data34)))) {
            const err69 = { instancePath: instancePath + "/deploy/memoryMb", schemaPath: "#/properties/deploy/properties/memoryMb/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors2++;
          }
          if (typeof data34 == "number") {
            if (data34 < 16 || isNaN(data34)) {
              const err70 = { instancePath: instancePath + "/deploy/memoryMb", schemaPath: "#/properties/deploy/properties/memoryMb/minimum", keyword: "minimum", params: { comparison: ">=", limit: 16 }, message: "must be >= 16" };
              if (vErrors === null) {
                vErrors = [err70];
              } else {
                vErrors.push(err70);
              }
              errors2++;
            }
          }
          let data35 = data23.healthTimeoutSec;
          if (typeof data35 == "number") {
            if (data35 <= 0 || isNaN(data35)) {
              const err71 = { instancePath: instancePath + "/deploy/healthTimeoutSec", schemaPath: "#/properties/deploy/properties/healthTimeoutSec/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
              if (vErrors === null) {
                vErrors = [err71];
              } else {
                vErrors.push(err71);
              }
              errors2++;
            }
          } else {
            const err72 = { instancePath: instancePath + "/deploy/healthTimeoutSec", schemaPath: "#/properties/deploy/properties/healthTimeoutSec/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err72];
            } else {
              vErrors.push(err72);
            }
            errors2++;
          }
          let data36 = data23.healthIntervalMs;
          if (!(typeof data36 == "number" && (!(data36 % 1) && !isNaN(data36)))) {
            const err73 = { instancePath: instancePath + "/deploy/healthIntervalMs", schemaPath: "#/properties/deploy/properties/healthIntervalMs/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err73];
            } else {
              vErrors.push(err73);
            }
            errors2++;
          }
          if (typeof data36 == "number") {
            if (data36 < 50 || isNaN(data36)) {
              const err74 = { instancePath: instancePath + "/deploy/healthIntervalMs", schemaPath: "#/properties/deploy/properties/healthIntervalMs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 50 }, message: "must be >= 50" };
              if (vErrors === null) {
                vErrors = [err74];
              } else {
                vErrors.push(err74);
              }
              errors2++;
            }
          }
          let data37 = data23.drainTimeoutSec;
          if (typeof data37 == "number") {
            if (data37 < 0 || isNaN(data37)) {
              const err75 = { instancePath: instancePath + "/deploy/drainTimeoutSec", schemaPath: "#/properties/deploy/properties/drainTimeoutSec/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err75];
              } else {
                vErrors.push(err75);
              }
              errors2++;
            }
          } else {
            const err76 = { instancePath: instancePath + "/deploy/drainTimeoutSec", schemaPath: "#/properties/deploy/properties/drainTimeoutSec/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors2++;
          }
          if (typeof data23.keepCanaryAfterPromote !== "boolean") {
            const err77 = { instancePath: instancePath + "/deploy/keepCanaryAfterPromote", schemaPath: "#/properties/deploy/properties/keepCanaryAfterPromote/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err77];
            } else {
              vErrors.push(err77);
            }
            errors2++;
          }
          let data39 = data23.historySize;
          if (!(typeof data39 == "number" && (!(data39 % 1) && !isNaN(data39)))) {
            const err78 = { instancePath: instancePath + "/deploy/historySize", schemaPath: "#/properties/deploy/properties/historySize/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors2++;
          }
          if (typeof data39 == "number") {
            if (data39 < 1 || isNaN(data39)) {
              const err79 = { instancePath: instancePath + "/deploy/historySize", schemaPath: "#/properties/deploy/properties/historySize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err79];
              } else {
                vErrors.push(err79);
              }
              errors2++;
            }
          }
          let data40 = data23.swarm;
          if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
            if (data40.replicas === void 0) {
              data40.replicas = {};
            }
            if (data40.updateMonitorSec === void 0) {
              data40.updateMonitorSec = 10;
            }
            if (data40.updateDelaySec === void 0) {
              data40.updateDelaySec = 0;
            }
            if (data40.registryPort === void 0) {
              data40.registryPort = 5e3;
            }
            if (data40.proxy === void 0) {
              data40.proxy = true;
            }
            if (data40.proxyReplicas === void 0) {
              data40.proxyReplicas = 1;
            }
            for (const key9 in data40) {
              if (!(key9 === "replicas" || key9 === "network" || key9 === "updateMonitorSec" || key9 === "updateDelaySec" || key9 === "registryPort" || key9 === "proxy" || key9 === "proxyReplicas")) {
                const err80 = { instancePath: instancePath + "/deploy/swarm", schemaPath: "#/properties/deploy/properties/swarm/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors2++;
              }
            }
            let data41 = data40.replicas;
            if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
              if (data41.production === void 0) {
                data41.production = 2;
              }
              if (data41.canary === void 0) {
                data41.canary = 1;
              }
              for (const key10 in data41) {
                if (!(key10 === "production" || key10 === "canary")) {
                  const err81 = { instancePath: instancePath + "/deploy/swarm/replicas", schemaPath: "#/properties/deploy/properties/swarm/properties/replicas/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err81];
                  } else {
                    vErrors.push(err81);
                  }
                  errors2++;
                }
              }
              let data42 = data41.production;
              if (!(typeof data42 == "number" && (!(data42 % 1) && !isNaN(data42)))) {
                const err82 = { instancePath: instancePath + "/deploy/swarm/replicas/production", schemaPath: "#/properties/deploy/properties/swarm/properties/replicas/properties/production/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err82];
                } else {
                  vErrors.push(err82);
                }
                errors2++;
              }
              if (typeof data42 == "number") {
                if (data42 > 100 || isNaN(data42)) {
                  const err83 = { instancePath: instancePath + "/deploy/swarm/replicas/production", schemaPath: "#/properties/deploy/properties/swarm/properties/replicas/properties/production/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" };
                  if (vErrors === null) {
                    vErrors = [err83];
                  } else {
                    vErrors.push(err83);
                  }
                  errors2++;
                }
                if (data42 < 1 || isNaN(data42)) {
                  const err84 = { instancePath: instancePath + "/deploy/swarm/replicas/production", schemaPath: "#/properties/deploy/properties/swarm/properties/replicas/properties/production/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err84];
                  } else {
                    vErrors.push(err84);
                  }
                  errors2++;
                }
              }
              let data43 = data41.canary;
              if (!(typeof data43 == "number" && (!(data43 % 1) && !isNaN(data43)))) {
                const err85 = { instancePath: instancePath + "/deploy/swarm/replicas/canary", schemaPath: "#/properties/deploy/properties/swarm/properties/replicas/properties/canary/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err85];
                } else {
                  vErrors.push(err85);
                }
                errors2++;
              }
              if (typeof data43 == "number") {
                if (data43 > 100 || isNaN(data43)) {
                  const err86 = { instancePath: instancePath + "/deploy/swarm/replicas/canary", schemaPath: "#/properties/deploy/properties/swarm/properties/replicas/properties/canary/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" };
                  if (vErrors === null) {
                    vErrors = [err86];
                  } else {
                    vErrors.push(err86);
                  }
                  errors2++;
                }
                if (data43 < 1 || isNaN(data43)) {
                  const err87 = { instancePath: instancePath + "/deploy/swarm/replicas/canary", schemaPath: "#/properties/deploy/properties/swarm/properties/replicas/properties/canary/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err87];
                  } else {
                    vErrors.push(err87);
                  }
                  errors2++;
                }
              }
            } else {
              const err88 = { instancePath: instancePath + "/deploy/swarm/replicas", schemaPath: "#/properties/deploy/properties/swarm/properties/replicas/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err88];
              } else {
                vErrors.push(err88);
              }
              errors2++;
            }
            if (data40.network !== void 0) {
              let data44 = data40.network;
              if (typeof data44 === "string") {
                if (!pattern6.test(data44)) {
                  const err89 = { instancePath: instancePath + "/deploy/swarm/network", schemaPath: "#/properties/deploy/properties/swarm/properties/network/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,62}$" }, message: 'must match pattern "^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,62}$"' };
                  if (vErrors === null) {
                    vErrors = [err89];
                  } else {
                    vErrors.push(err89);
                  }
                  errors2++;
                }
              } else {
                const err90 = { instancePath: instancePath + "/deploy/swarm/network", schemaPath: "#/properties/deploy/properties/swarm/properties/network/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err90];
                } else {
                  vErrors.push(err90);
                }
                errors2++;
              }
            }
            let data45 = data40.updateMonitorSec;
            if (typeof data45 == "number") {
              if (data45 > 600 || isNaN(data45)) {
                const err91 = { instancePath: instancePath + "/deploy/swarm/updateMonitorSec", schemaPath: "#/properties/deploy/properties/swarm/properties/updateMonitorSec/maximum", keyword: "maximum", params: { comparison: "<=", limit: 600 }, message: "must be <= 600" };
                if (vErrors === null) {
                  vErrors = [err91];
                } else {
                  vErrors.push(err91);
                }
                errors2++;
              }
              if (data45 < 1 || isNaN(data45)) {
                const err92 = { instancePath: instancePath + "/deploy/swarm/updateMonitorSec", schemaPath: "#/properties/deploy/properties/swarm/properties/updateMonitorSec/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                if (vErrors === null) {
                  vErrors = [err92];
                } else {
                  vErrors.push(err92);
                }
                errors2++;
              }
            } else {
              const err93 = { instancePath: instancePath + "/deploy/swarm/updateMonitorSec", schemaPath: "#/properties/deploy/properties/swarm/properties/updateMonitorSec/type", keyword: "type", params: { type: "number" }, message: "must be number" };
              if (vErrors === null) {
                vErrors = [err93];
              } else {
                vErrors.push(err93);
              }
              errors2++;
            }
            let data46 = data40.updateDelaySec;
            if (typeof data46 == "number") {
              if (data46 > 600 || isNaN(data46)) {
                const err94 = { instancePath: instancePath + "/deploy/swarm/updateDelaySec", schemaPath: "#/properties/deploy/properties/swarm/properties/updateDelaySec/maximum", keyword: "maximum", params: { comparison: "<=", limit: 600 }, message: "must be <= 600" };
                if (vErrors === null) {
                  vErrors = [err94];
                } else {
                  vErrors.push(err94);
                }
                errors2++;
              }
              if (data46 < 0 || isNaN(data46)) {
                const err95 = { instancePath: instancePath + "/deploy/swarm/updateDelaySec", schemaPath: "#/properties/deploy/properties/swarm/properties/updateDelaySec/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                if (vErrors === null) {
                  vErrors = [err95];
                } else {
                  vErrors.push(err95);
                }
                errors2++;
              }
            } else {
              const err96 = { instancePath: instancePath + "/deploy/swarm/updateDelaySec", schemaPath: "#/properties/deploy/properties/swarm/properties/updateDelaySec/type", keyword: "type", params: { type: "number" }, message: "must be number" };
              if (vErrors === null) {
                vErrors = [err96];
              } else {
                vErrors.push(err96);
              }
              errors2++;
            }
            let data47 = data40.registryPort;
            if (!(typeof data47 == "number" && (!(data47 % 1) && !isNaN(data47)))) {
              const err97 = { instancePath: instancePath + "/deploy/swarm/registryPort", schemaPath: "#/properties/deploy/properties/swarm/properties/registryPort/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
              if (vErrors === null) {
                vErrors = [err97];
              } else {
                vErrors.push(err97);
              }
              errors2++;
            }
            if (typeof data47 == "number") {
              if (data47 > 65535 || isNaN(data47)) {
                const err98 = { instancePath: instancePath + "/deploy/swarm/registryPort", schemaPath: "#/properties/deploy/properties/swarm/properties/registryPort/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535" };
                if (vErrors === null) {
                  vErrors = [err98];
                } else {
                  vErrors.push(err98);
                }
                errors2++;
              }
              if (data47 < 1 || isNaN(data47)) {
                const err99 = { instancePath: instancePath + "/deploy/swarm/registryPort", schemaPath: "#/properties/deploy/properties/swarm/properties/registryPort/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                if (vErrors === null) {
                  vErrors = [err99];
                } else {
                  vErrors.push(err99);
                }
                errors2++;
              }
            }
            if (typeof data40.proxy !== "boolean") {
              const err100 = { instancePath: instancePath + "/deploy/swarm/proxy", schemaPath: "#/properties/deploy/properties/swarm/properties/proxy/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
              if (vErrors === null) {
                vErrors = [err100];
              } else {
                vErrors.push(err100);
              }
              errors2++;
            }
            let data49 = data40.proxyReplicas;
            if (!(typeof data49 == "number" && (!(data49 % 1) && !isNaN(data49)))) {
              const err101 = { instancePath: instancePath + "/deploy/swarm/proxyReplicas", schemaPath: "#/properties/deploy/properties/swarm/properties/proxyReplicas/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
              if (vErrors === null) {
                vErrors = [err101];
              } else {
                vErrors.push(err101);
              }
              errors2++;
            }
            if (typeof data49 == "number") {
              if (data49 > 64 || isNaN(data49)) {
                const err102 = { instancePath: instancePath + "/deploy/swarm/proxyReplicas", schemaPath: "#/properties/deploy/properties/swarm/properties/proxyReplicas/maximum", keyword: "maximum", params: { comparison: "<=", limit: 64 }, message: "must be <= 64" };
                if (vErrors === null) {
                  vErrors = [err102];
                } else {
                  vErrors.push(err102);
                }
                errors2++;
              }
              if (data49 < 1 || isNaN(data49)) {
                const err103 = { instancePath: instancePath + "/deploy/swarm/proxyReplicas", schemaPath: "#/properties/deploy/properties/swarm/properties/proxyReplicas/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                if (vErrors === null) {
                  vErrors = [err103];
                } else {
                  vErrors.push(err103);
                }
                errors2++;
              }
            }
          } else {
            const err104 = { instancePath: instancePath + "/deploy/swarm", schemaPath: "#/properties/deploy/properties/swarm/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err104];
            } else {
              vErrors.push(err104);
            }
            errors2++;
          }
        } else {
          const err105 = { instancePath: instancePath + "/deploy", schemaPath: "#/properties/deploy/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err105];
          } else {
            vErrors.push(err105);
          }
          errors2++;
        }
        let data50 = data.proxy;
        if (data50 && typeof data50 == "object" && !Array.isArray(data50)) {
          if (data50.listen === void 0) {
            data50.listen = "127.0.0.1:8080";
          }
          if (data50.admin === void 0) {
            data50.admin = "127.0.0.1:8081";
          }
          if (data50.weights === void 0) {
            data50.weights = { "production": 2, "canary": 1 };
          }
          if (data50.stickyCookie === void 0) {
            data50.stickyCookie = "";
          }
          if (data50.stickyHeader === void 0) {
            data50.stickyHeader = "";
          }
          if (data50.trustedProxies === void 0) {
            data50.trustedProxies = [];
          }
          if (data50.retryIdempotent === void 0) {
            data50.retryIdempotent = true;
          }
          if (data50.requestTimeoutMs === void 0) {
            data50.requestTimeoutMs = 3e4;
          }
          if (data50.idleTimeoutMs === void 0) {
            data50.idleTimeoutMs = 6e4;
          }
          if (data50.upgrades === void 0) {
            data50.upgrades = ["websocket"];
          }
          if (data50.tunnelIdleTimeoutMs === void 0) {
            data50.tunnelIdleTimeoutMs = 3e5;
          }
          if (data50.maxHeaderBytes === void 0) {
            data50.maxHeaderBytes = 16384;
          }
          if (data50.drainTimeoutSec === void 0) {
            data50.drainTimeoutSec = 15;
          }
          if (data50.workers === void 0) {
            data50.workers = 0;
          }
          if (data50.sharedState === void 0) {
            data50.sharedState = "host";
          }
          if (data50.sharedStateKey === void 0) {
            data50.sharedStateKey = "";
          }
          for (const key11 in data50) {
            if (!func2.call(schema11.properties.proxy.properties, key11)) {
              const err106 = { instancePath: instancePath + "/proxy", schemaPath: "#/properties/proxy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" };
              if (vErrors === null) {
                vErrors = [err106];
              } else {
                vErrors.push(err106);
              }
              errors2++;
            }
          }
          let data51 = data50.listen;
          if (typeof data51 === "string") {
            if (!formats8.validate(data51)) {
              const err107 = { instancePath: instancePath + "/proxy/listen", schemaPath: "#/properties/proxy/properties/listen/format", keyword: "format", params: { format: "listen" }, message: 'must match format "listen"' };
              if (vErrors === null) {
                vErrors = [err107];
              } else {
                vErrors.push(err107);
              }
              errors2++;
            }
          } else {
            const err108 = { instancePath: instancePath + "/proxy/listen", schemaPath: "#/properties/proxy/properties/listen/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err108];
            } else {
              vErrors.push(err108);
            }
            errors2++;
          }
          let data52 = data50.admin;
          if (typeof data52 === "string") {
            if (!formats8.validate(data52)) {
              const err109 = { instancePath: instancePath + "/proxy/admin", schemaPath: "#/properties/proxy/properties/admin/format", keyword: "format", params: { format: "listen" }, message: 'must match format "listen"' };
              if (vErrors === null) {
                vErrors = [err109];
              } else {
                vErrors.push(err109);
              }
              errors2++;
            }
          } else {
            const err110 = { instancePath: instancePath + "/proxy/admin", schemaPath: "#/properties/proxy/properties/admin/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err110];
            } else {
              vErrors.push(err110);
            }
            errors2++;
          }
          let data53 = data50.weights;
          if (data53 && typeof data53 == "object" && !Array.isArray(data53)) {
            if (data53.production === void 0) {
              data53.production = 2;
            }
            if (data53.canary === void 0) {
              data53.canary = 1;
            }
            for (const key12 in data53) {
              if (!(key12 === "production" || key12 === "canary")) {
                const err111 = { instancePath: instancePath + "/proxy/weights", schemaPath: "#/properties/proxy/properties/weights/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err111];
                } else {
                  vErrors.push(err111);
                }
                errors2++;
              }
            }
            let data54 = data53.production;
            if (!(typeof data54 == "number" && (!(data54 % 1) && !isNaN(data54)))) {
              const err112 = { instancePath: instancePath + "/proxy/weights/production", schemaPath: "#/properties/proxy/properties/weights/properties/production/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
              if (vErrors === null) {
                vErrors = [err112];
              } else {
                vErrors.push(err112);
              }
              errors2++;
            }
            if (typeof data54 == "number") {
              if (data54 < 0 || isNaN(data54)) {
                const err113 = { instancePath: instancePath + "/proxy/weights/production", schemaPath: "#/properties/proxy/properties/weights/properties/production/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                if (vErrors === null) {
                  vErrors = [err113];
                } else {
                  vErrors.push(err113);
                }
                errors2++;
              }
            }
            let data55 = data53.canary;
            if (!(typeof data55 == "number" && (!(data55 % 1) && !isNaN(data55)))) {
              const err114 = { instancePath: instancePath + "/proxy/weights/canary", schemaPath: "#/properties/proxy/properties/weights/properties/canary/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
              if (vErrors === null) {
                vErrors = [err114];
              } else {
                vErrors.push(err114);
              }
              errors2++;
            }
            if (typeof data55 == "number") {
              if (data55 < 0 || isNaN(data55)) {
                const err115 = { instancePath: instancePath + "/proxy/weights/canary", schemaPath: "#/properties/proxy/properties/weights/properties/canary/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                if (vErrors === null) {
                  vErrors = [err115];
                } else {
                  vErrors.push(err115);
                }
                errors2++;
              }
            }
          } else {
            const err116 = { instancePath: instancePath + "/proxy/weights", schemaPath: "#/properties/proxy/properties/weights/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err116];
            } else {
              vErrors.push(err116);
            }
            errors2++;
          }
          if (data50.production !== void 0) {
            let data56 = data50.production;
            if (typeof data56 === "string") {
              if (!formats12.validate(data56)) {
                const err117 = { instancePath: instancePath + "/proxy/production", schemaPath: "#/properties/proxy/properties/production/format", keyword: "format", params: { format: "http-target" }, message: 'must match format "http-target"' };
                if (vErrors === null) {
                  vErrors = [err117];
                } else {
                  vErrors.push(err117);
                }
                errors2++;
              }
            } else {
              const err118 = { instancePath: instancePath + "/proxy/production", schemaPath: "#/properties/proxy/properties/production/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err118];
              } else {
                vErrors.push(err118);
              }
              errors2++;
            }
          }
          if (data50.canary !== void 0) {
            let data57 = data50.canary;
            if (typeof data57 === "string") {
              if (!formats14.validate(data57)) {
                const err119 = { instancePath: instancePath + "/proxy/canary", schemaPath: "#/properties/proxy/properties/canary/format", keyword: "format", params: { format: "http-target-or-none" }, message: 'must match format "http-target-or-none"' };
                if (vErrors === null) {
                  vErrors = [err119];
                } else {
                  vErrors.push(err119);
                }
                errors2++;
              }
            } else {
              const err120 = { instancePath: instancePath + "/proxy/canary", schemaPath: "#/properties/proxy/properties/canary/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err120];
              } else {
                vErrors.push(err120);
              }
              errors2++;
            }
          }
          let data58 = data50.stickyCookie;
          if (typeof data58 === "string") {
            if (!pattern7.test(data58)) {
              const err121 = { instancePath: instancePath + "/proxy/stickyCookie", schemaPath: "#/properties/proxy/properties/stickyCookie/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_-]*$" }, message: 'must match pattern "^[A-Za-z0-9_-]*$"' };
              if (vErrors === null) {
                vErrors = [err121];
              } else {
                vErrors.push(err121);
              }
              errors2++;
            }
          } else {
            const err122 = { instancePath: instancePath + "/proxy/stickyCookie", schemaPath: "#/properties/proxy/properties/stickyCookie/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err122];
            } else {
              vErrors.push(err122);
            }
            errors2++;
          }
          let data59 = data50.stickyHeader;
          if (typeof data59 === "string") {
            if (!pattern8.test(data59)) {
              const err123 = { instancePath: instancePath + "/proxy/stickyHeader", schemaPath: "#/properties/proxy/properties/stickyHeader/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9-]*$" }, message: 'must match pattern "^[A-Za-z0-9-]*$"' };
              if (vErrors === null) {
                vErrors = [err123];
              } else {
                vErrors.push(err123);
              }
              errors2++;
            }
          } else {
            const err124 = { instancePath: instancePath + "/proxy/stickyHeader", schemaPath: "#/properties/proxy/properties/stickyHeader/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err124];
            } else {
              vErrors.push(err124);
            }
            errors2++;
          }
          if (data50.allowedBackends !== void 0) {
            let data60 = data50.allowedBackends;
            if (Array.isArray(data60)) {
              const len1 = data60.length;
              for (let i1 = 0; i1 < len1; i1++) {
                let data61 = data60[i1];
                if (typeof data61 === "string") {
                  if (!formats12.validate(data61)) {
                    const err125 = { instancePath: instancePath + "/proxy/allowedBackends/" + i1, schemaPath: "#/properties/proxy/properties/allowedBackends/items/format", keyword: "format", params: { format: "http-target" }, message: 'must match format "http-target"' };
                    if (vErrors === null) {
                      vErrors = [err125];
                    } else {
                      vErrors.push(err125);
                    }
                    errors2++;
                  }
                } else {
                  const err126 = { instancePath: instancePath + "/proxy/allowedBackends/" + i1, schemaPath: "#/properties/proxy/properties/allowedBackends/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err126];
                  } else {
                    vErrors.push(err126);
                  }
                  errors2++;
                }
              }
            } else {
              const err127 = { instancePath: instancePath + "/proxy/allowedBackends", schemaPath: "#/properties/proxy/properties/allowedBackends/type", keyword: "type", params: { type: "array" }, message: "must be array" };
              if (vErrors === null) {
                vErrors = [err127];
              } else {
                vErrors.push(err127);
              }
              errors2++;
            }
          }
          let data62 = data50.trustedProxies;
          if (Array.isArray(data62)) {
            const len2 = data62.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data63 = data62[i2];
              if (typeof data63 === "string") {
                if (!formats2.validate(data63)) {
                  const err128 = { instancePath: instancePath + "/proxy/trustedProxies/" + i2, schemaPath: "#/properties/proxy/properties/trustedProxies/items/format", keyword: "format", params: { format: "ip" }, message: 'must match format "ip"' };
                  if (vErrors === null) {
                    vErrors = [err128];
                  } else {
                    vErrors.push(err128);
                  }
                  errors2++;
                }
              } else {
                const err129 = { instancePath: instancePath + "/proxy/trustedProxies/" + i2, schemaPath: "#/properties/proxy/properties/trustedProxies/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err129];
                } else {
                  vErrors.push(err129);
                }
                errors2++;
              }
            }
          } else {
            const err130 = { instancePath: instancePath + "/proxy/trustedProxies", schemaPath: "#/properties/proxy/properties/trustedProxies/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err130];
            } else {
              vErrors.push(err130);
            }
            errors2++;
          }
          if (typeof data50.retryIdempotent !== "boolean") {
            const err131 = { instancePath: instancePath + "/proxy/retryIdempotent", schemaPath: "#/properties/proxy/properties/retryIdempotent/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err131];
            } else {
              vErrors.push(err131);
            }
            errors2++;
          }
          let data65 = data50.requestTimeoutMs;
          if (!(typeof data65 == "number" && (!(data65 % 1) && !isNaN(data65)))) {
            const err132 = { instancePath: instancePath + "/proxy/requestTimeoutMs", schemaPath: "#/properties/proxy/properties/requestTimeoutMs/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err132];
            } else {
              vErrors.push(err132);
            }
            errors2++;
          }
          if (typeof data65 == "number") {
            if (data65 < 100 || isNaN(data65)) {
              const err133 = { instancePath: instancePath + "/proxy/requestTimeoutMs", schemaPath: "#/properties/proxy/properties/requestTimeoutMs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100" };
              if (vErrors === null) {
                vErrors = [err133];
              } else {
                vErrors.push(err133);
              }
              errors2++;
            }
          }
          let data66 = data50.idleTimeoutMs;
          if (!(typeof data66 == "number" && (!(data66 % 1) && !isNaN(data66)))) {
            const err134 = { instancePath: instancePath + "/proxy/idleTimeoutMs", schemaPath: "#/properties/proxy/properties/idleTimeoutMs/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err134];
            } else {
              vErrors.push(err134);
            }
            errors2++;
          }
          if (typeof data66 == "number") {
            if (data66 < 100 || isNaN(data66)) {
              const err135 = { instancePath: instancePath + "/proxy/idleTimeoutMs", schemaPath: "#/properties/proxy/properties/idleTimeoutMs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100" };
              if (vErrors === null) {
                vErrors = [err135];
              } else {
                vErrors.push(err135);
              }
              errors2++;
            }
          }
          let data67 = data50.upgrades;
          if (Array.isArray(data67)) {
            const len3 = data67.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data68 = data67[i3];
              if (typeof data68 === "string") {
                if (!pattern9.test(data68)) {
                  const err136 = { instancePath: instancePath + "/proxy/upgrades/" + i3, schemaPath: "#/properties/proxy/properties/upgrades/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9!#$%&'*+.^_`|~-]+(/[A-Za-z0-9!#$%&'*+.^_`|~-]+)?$" }, message: "must match pattern \"^[A-Za-z0-9!#$%&'*+.^_`|~-]+(/[A-Za-z0-9!#$%&'*+.^_`|~-]+)?$\"" };
                  if (vErrors === null) {
                    vErrors = [err136];
                  } else {
                    vErrors.push(err136);
                  }
                  errors2++;
                }
              } else {
                const err137 = { instancePath: instancePath + "/proxy/upgrades/" + i3, schemaPath: "#/properties/proxy/properties/upgrades/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err137];
                } else {
                  vErrors.push(err137);
                }
                errors2++;
              }
            }
          } else {
            const err138 = { instancePath: instancePath + "/proxy/upgrades", schemaPath: "#/properties/proxy/properties/upgrades/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err138];
            } else {
              vErrors.push(err138);
            }
            errors2++;
          }
          let data69 = data50.tunnelIdleTimeoutMs;
          if (!(typeof data69 == "number" && (!(data69 % 1) && !isNaN(data69)))) {
            const err139 = { instancePath: instancePath + "/proxy/tunnelIdleTimeoutMs", schemaPath: "#/properties/proxy/properties/tunnelIdleTimeoutMs/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err139];
            } else {
              vErrors.push(err139);
            }
            errors2++;
          }
          if (typeof data69 == "number") {
            if (data69 < 100 || isNaN(data69)) {
              const err140 = { instancePath: instancePath + "/proxy/tunnelIdleTimeoutMs", schemaPath: "#/properties/proxy/properties/tunnelIdleTimeoutMs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100" };
              if (vErrors === null) {
                vErrors = [err140];
              } else {
                vErrors.push(err140);
              }
              errors2++;
            }
          }
          let data70 = data50.maxHeaderBytes;
          if (!(typeof data70 == "number" && (!(data70 % 1) && !isNaN(data70)))) {
            const err141 = { instancePath: instancePath + "/proxy/maxHeaderBytes", schemaPath: "#/properties/proxy/properties/maxHeaderBytes/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err141];
            } else {
              vErrors.push(err141);
            }
            errors2++;
          }
          if (typeof data70 == "number") {
            if (data70 < 1024 || isNaN(data70)) {
              const err142 = { instancePath: instancePath + "/proxy/maxHeaderBytes", schemaPath: "#/properties/proxy/properties/maxHeaderBytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1024 }, message: "must be >= 1024" };
              if (vErrors === null) {
                vErrors = [err142];
              } else {
                vErrors.push(err142);
              }
              errors2++;
            }
          }
          let data71 = data50.drainTimeoutSec;
          if (typeof data71 == "number") {
            if (data71 < 0 || isNaN(data71)) {
              const err143 = { instancePath: instancePath + "/proxy/drainTimeoutSec", schemaPath: "#/properties/proxy/properties/drainTimeoutSec/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err143];
              } else {
                vErrors.push(err143);
              }
              errors2++;
            }
          } else {
            const err144 = { instancePath: instancePath + "/proxy/drainTimeoutSec", schemaPath: "#/properties/proxy/properties/drainTimeoutSec/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err144];
            } else {
              vErrors.push(err144);
            }
            errors2++;
          }
          let data72 = data50.workers;
          if (!(typeof data72 == "number" && (!(data72 % 1) && !isNaN(data72)))) {
            const err145 = { instancePath: instancePath + "/proxy/workers", schemaPath: "#/properties/proxy/properties/workers/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err145];
            } else {
              vErrors.push(err145);
            }
            errors2++;
          }
          if (typeof data72 == "number") {
            if (data72 > 64 || isNaN(data72)) {
              const err146 = { instancePath: instancePath + "/proxy/workers", schemaPath: "#/properties/proxy/properties/workers/maximum", keyword: "maximum", params: { comparison: "<=", limit: 64 }, message: "must be <= 64" };
              if (vErrors === null) {
                vErrors = [err146];
              } else {
                vErrors.push(err146);
              }
              errors2++;
            }
            if (data72 < 0 || isNaN(data72)) {
              const err147 = { instancePath: instancePath + "/proxy/workers", schemaPath: "#/properties/proxy/properties/workers/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err147];
              } else {
                vErrors.push(err147);
              }
              errors2++;
            }
          }
          let data73 = data50.sharedState;
          if (typeof data73 !== "string") {
            const err148 = { instancePath: instancePath + "/proxy/sharedState", schemaPath: "#/properties/proxy/properties/sharedState/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err148];
            } else {
              vErrors.push(err148);
            }
            errors2++;
          }
          if (!(data73 === "host" || data73 === "redis")) {
            const err149 = { instancePath: instancePath + "/proxy/sharedState", schemaPath: "#/properties/proxy/properties/sharedState/enum", keyword: "enum", params: { allowedValues: schema11.properties.proxy.properties.sharedState.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err149];
            } else {
              vErrors.push(err149);
            }
            errors2++;
          }
          let data74 = data50.sharedStateKey;
          if (typeof data74 === "string") {
            if (func3(data74) > 200) {
              const err150 = { instancePath: instancePath + "/proxy/sharedStateKey", schemaPath: "#/properties/proxy/properties/sharedStateKey/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
              if (vErrors === null) {
                vErrors = [err150];
              } else {
                vErrors.push(err150);
              }
              errors2++;
            }
            if (!pattern10.test(data74)) {
              const err151 = { instancePath: instancePath + "/proxy/sharedStateKey", schemaPath: "#/properties/proxy/properties/sharedStateKey/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9:_.-]*$" }, message: 'must match pattern "^[A-Za-z0-9:_.-]*$"' };
              if (vErrors === null) {
                vErrors = [err151];
              } else {
                vErrors.push(err151);
              }
              errors2++;
            }
          } else {
            const err152 = { instancePath: instancePath + "/proxy/sharedStateKey", schemaPath: "#/properties/proxy/properties/sharedStateKey/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err152];
            } else {
              vErrors.push(err152);
            }
            errors2++;
          }
        } else {
          const err153 = { instancePath: instancePath + "/proxy", schemaPath: "#/properties/proxy/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err153];
          } else {
            vErrors.push(err153);
          }
          errors2++;
        }
        let data75 = data.canary;
        if (data75 && typeof data75 == "object" && !Array.isArray(data75)) {
          if (data75.consecutive5xx === void 0) {
            data75.consecutive5xx = 5;
          }
          if (data75.windowSec === void 0) {
            data75.windowSec = 30;
          }
          if (data75.minRequests === void 0) {
            data75.minRequests = 20;
          }
          if (data75.maxErrorRate === void 0) {
            data75.maxErrorRate = 0.2;
          }
          if (data75.probationSec === void 0) {
            data75.probationSec = 0;
          }
          if (data75.strategy === void 0) {
            data75.strategy = "static";
          }
          if (data75.steps === void 0) {
            data75.steps = [{ "weight": 5, "holdSec": 60 }, { "weight": 20, "holdSec": 60 }, { "weight": 33, "holdSec": 60 }, { "weight": 50, "holdSec": 60 }];
          }
          if (data75.analysis === void 0) {
            data75.analysis = {};
          }
          if (data75.webhooks === void 0) {
            data75.webhooks = [];
          }
          if (data75.abortKeepSec === void 0) {
            data75.abortKeepSec = 600;
          }
          if (data75.controllerListen === void 0) {
            data75.controllerListen = "127.0.0.1:8082";
          }
          for (const key13 in data75) {
            if (!func2.call(schema11.properties.canary.properties, key13)) {
              const err154 = { instancePath: instancePath + "/canary", schemaPath: "#/properties/canary/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties" };
              if (vErrors === null) {
                vErrors = [err154];
              } else {
                vErrors.push(err154);
              }
              errors2++;
            }
          }
          let data76 = data75.consecutive5xx;
          if (!(typeof data76 == "number" && (!(data76 % 1) && !isNaN(data76)))) {
            const err155 = { instancePath: instancePath + "/canary/consecutive5xx", schemaPath: "#/properties/canary/properties/consecutive5xx/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err155];
            } else {
              vErrors.push(err155);
            }
            errors2++;
          }
          if (typeof data76 == "number") {
            if (data76 < 1 || isNaN(data76)) {
              const err156 = { instancePath: instancePath + "/canary/consecutive5xx", schemaPath: "#/properties/canary/properties/consecutive5xx/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err156];
              } else {
                vErrors.push(err156);
              }
              errors2++;
            }
          }
          let data77 = data75.windowSec;
          if (typeof data77 == "number") {
            if (data77 <= 0 || isNaN(data77)) {
              const err157 = { instancePath: instancePath + "/canary/windowSec", schemaPath: "#/properties/canary/properties/windowSec/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
              if (vErrors === null) {
                vErrors = [err157];
              } else {
                vErrors.push(err157);
              }
              errors2++;
            }
          } else {
            const err158 = { instancePath: instancePath + "/canary/windowSec", schemaPath: "#/properties/canary/properties/windowSec/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err158];
            } else {
              vErrors.push(err158);
            }
            errors2++;
          }
          let data78 = data75.minRequests;
          if (!(typeof data78 == "number" && (!(data78 % 1) && !isNaN(data78)))) {
            const err159 = { instancePath: instancePath + "/canary/minRequests", schemaPath: "#/properties/canary/properties/minRequests/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err159];
            } else {
              vErrors.push(err159);
            }
            errors2++;
          }
          if (typeof data78 == "number") {
            if (data78 < 1 || isNaN(data78)) {
              const err160 = { instancePath: instancePath + "/canary/minRequests", schemaPath: "#/properties/canary/properties/minRequests/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err160];
              } else {
                vErrors.push(err160);
              }
              errors2++;
            }
          }
          let data79 = data75.maxErrorRate;
          if (typeof data79 == "number") {
            if (data79 > 1 || isNaN(data79)) {
              const err161 = { instancePath: instancePath + "/canary/maxErrorRate", schemaPath: "#/properties/canary/properties/maxErrorRate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
              if (vErrors === null) {
                vErrors = [err161];
              } else {
                vErrors.push(err161);
              }
              errors2++;
            }
            if (data79 <= 0 || isNaN(data79)) {
              const err162 = { instancePath: instancePath + "/canary/maxErrorRate", schemaPath: "#/properties/canary/properties/maxErrorRate/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
              if (vErrors === null) {
                vErrors = [err162];
              } else {
                vErrors.push(err162);
              }
              errors2++;
            }
          } else {
            const err163 = { instancePath: instancePath + "/canary/maxErrorRate", schemaPath: "#/properties/canary/properties/maxErrorRate/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err163];
            } else {
              vErrors.push(err163);
            }
            errors2++;
          }
          let data80 = data75.probationSec;
          if (typeof data80 == "number") {
            if (data80 < 0 || isNaN(data80)) {
              const err164 = { instancePath: instancePath + "/canary/probationSec", schemaPath: "#/properties/canary/properties/probationSec/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err164];
              } else {
                vErrors.push(err164);
              }
              errors2++;
            }
          } else {
            const err165 = { instancePath: instancePath + "/canary/probationSec", schemaPath: "#/properties/canary/properties/probationSec/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err165];
            } else {
              vErrors.push(err165);
            }
            errors2++;
          }
          let data81 = data75.strategy;
          if (typeof data81 !== "string") {
            const err166 = { instancePath: instancePath + "/canary/strategy", schemaPath: "#/properties/canary/properties/strategy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err166];
            } else {
              vErrors.push(err166);
            }
            errors2++;
          }
          if (!(data81 === "static" || data81 === "progressive")) {
            const err167 = { instancePath: instancePath + "/canary/strategy", schemaPath: "#/properties/canary/properties/strategy/enum", keyword: "enum", params: { allowedValues: schema11.properties.canary.properties.strategy.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err167];
            } else {
              vErrors.push(err167);
            }
            errors2++;
          }
          let data82 = data75.steps;
          if (Array.isArray(data82)) {
            const len4 = data82.length;
            for (let i4 = 0; i4 < len4; i4++) {
              let data83 = data82[i4];
              if (data83 && typeof data83 == "object" && !Array.isArray(data83)) {
                for (const key14 in data83) {
                  if (!(key14 === "weight" || key14 === "holdSec" || key14 === "gate")) {
                    const err168 = { instancePath: instancePath + "/canary/steps/" + i4, schemaPath: "#/properties/canary/properties/steps/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err168];
                    } else {
                      vErrors.push(err168);
                    }
                    errors2++;
                  }
                }
                if (data83.weight !== void 0) {
                  let data84 = data83.weight;
                  if (!(typeof data84 == "number" && (!(data84 % 1) && !isNaN(data84)))) {
                    const err169 = { instancePath: instancePath + "/canary/steps/" + i4 + "/weight", schemaPath: "#/properties/canary/properties/steps/items/properties/weight/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err169];
                    } else {
                      vErrors.push(err169);
                    }
                    errors2++;
                  }
                  if (typeof data84 == "number") {
                    if (data84 > 100 || isNaN(data84)) {
                      const err170 = { instancePath: instancePath + "/canary/steps/" + i4 + "/weight", schemaPath: "#/properties/canary/properties/steps/items/properties/weight/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" };
                      if (vErrors === null) {
                        vErrors = [err170];
                      } else {
                        vErrors.push(err170);
                      }
                      errors2++;
                    }
                    if (data84 < 1 || isNaN(data84)) {
                      const err171 = { instancePath: instancePath + "/canary/steps/" + i4 + "/weight", schemaPath: "#/properties/canary/properties/steps/items/properties/weight/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                      if (vErrors === null) {
                        vErrors = [err171];
                      } else {
                        vErrors.push(err171);
                      }
                      errors2++;
                    }
                  }
                }
                if (data83.holdSec !== void 0) {
                  let data85 = data83.holdSec;
                  if (typeof data85 == "number") {
                    if (data85 <= 0 || isNaN(data85)) {
                      const err172 = { instancePath: instancePath + "/canary/steps/" + i4 + "/holdSec", schemaPath: "#/properties/canary/properties/steps/items/properties/holdSec/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                      if (vErrors === null) {
                        vErrors = [err172];
                      } else {
                        vErrors.push(err172);
                      }
                      errors2++;
                    }
                  } else {
                    const err173 = { instancePath: instancePath + "/canary/steps/" + i4 + "/holdSec", schemaPath: "#/properties/canary/properties/steps/items/properties/holdSec/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err173];
                    } else {
                      vErrors.push(err173);
                    }
                    errors2++;
                  }
                }
                if (data83.gate !== void 0) {
                  let data86 = data83.gate;
                  if (typeof data86 !== "string") {
                    const err174 = { instancePath: instancePath + "/canary/steps/" + i4 + "/gate", schemaPath: "#/properties/canary/properties/steps/items/properties/gate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err174];
                    } else {
                      vErrors.push(err174);
                    }
                    errors2++;
                  }
                  if (!(data86 === "manual")) {
                    const err175 = { instancePath: instancePath + "/canary/steps/" + i4 + "/gate", schemaPath: "#/properties/canary/properties/steps/items/properties/gate/enum", keyword: "enum", params: { allowedValues: schema11.properties.canary.properties.steps.items.properties.gate.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err175];
                    } else {
                      vErrors.push(err175);
                    }
                    errors2++;
                  }
                }
              } else {
                const err176 = { instancePath: instancePath + "/canary/steps/" + i4, schemaPath: "#/properties/canary/properties/steps/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err176];
                } else {
                  vErrors.push(err176);
                }
                errors2++;
              }
            }
          } else {
            const err177 = { instancePath: instancePath + "/canary/steps", schemaPath: "#/properties/canary/properties/steps/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err177];
            } else {
              vErrors.push(err177);
            }
            errors2++;
          }
          let data87 = data75.analysis;
          if (data87 && typeof data87 == "object" && !Array.isArray(data87)) {
            if (data87.intervalSec === void 0) {
              data87.intervalSec = 20;
            }
            if (data87.confidence === void 0) {
              data87.confidence = 0.98;
            }
            if (data87.minRequests === void 0) {
              data87.minRequests = 50;
            }
            if (data87.successRateMin === void 0) {
              data87.successRateMin = 99;
            }
            if (data87.p99MaxMs === void 0) {
              data87.p99MaxMs = 500;
            }
            if (data87.errorMargin === void 0) {
              data87.errorMargin = 0.01;
            }
            if (data87.latencyTolerance === void 0) {
              data87.latencyTolerance = 0.25;
            }
            if (data87.latencyToleranceMs === void 0) {
              data87.latencyToleranceMs = 5;
            }
            if (data87.failureLimit === void 0) {
              data87.failureLimit = 0;
            }
            if (data87.inconclusiveLimit === void 0) {
              data87.inconclusiveLimit = 3;
            }
            if (data87.consecutiveErrorLimit === void 0) {
              data87.consecutiveErrorLimit = 4;
            }
            if (data87.metrics === void 0) {
              data87.metrics = [];
            }
            for (const key15 in data87) {
              if (!func2.call(schema11.properties.canary.properties.analysis.properties, key15)) {
                const err178 = { instancePath: instancePath + "/canary/analysis", schemaPath: "#/properties/canary/properties/analysis/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err178];
                } else {
                  vErrors.push(err178);
                }
                errors2++;
              }
            }
            let data88 = data87.intervalSec;
            if (typeof data88 == "number") {
              if (data88 <= 0 || isNaN(data88)) {
                const err179 = { instancePath: instancePath + "/canary/analysis/intervalSec", schemaPath: "#/properties/canary/properties/analysis/properties/intervalSec/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                if (vErrors === null) {
                  vErrors = [err179];
                } else {
                  vErrors.push(err179);
                }
                errors2++;
              }
            } else {
              const err180 = { instancePath: instancePath + "/canary/analysis/intervalSec", schemaPath: "#/properties/canary/properties/analysis/properties/intervalSec/type", keyword: "type", params: { type: "number" }, message: "must be number" };
              if (vErrors === null) {
                vErrors = [err180];
              } else {
                vErrors.push(err180);
              }
              errors2++;
            }
            let data89 = data87.confidence;
            if (typeof data89 == "number") {
              if (data89 >= 1 || isNaN(data89)) {
                const err181 = { instancePath: instancePath + "/canary/analysis/confidence", schemaPath: "#/properties/canary/properties/analysis/properties/confidence/exclusiveMaximum", keyword: "exclusiveMaximum", params: { comparison: "<", limit: 1 }, message: "must be < 1" };
                if (vErrors === null) {
                  vErrors = [err181];
                } else {
                  vErrors.push(err181);
                }
                errors2++;
              }
              if (data89 <= 0.5 || isNaN(data89)) {
                const err182 = { instancePath: instancePath + "/canary/analysis/confidence", schemaPath: "#/properties/canary/properties/analysis/properties/confidence/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0.5 }, message: "must be > 0.5" };
                if (vErrors === null) {
                  vErrors = [err182];
                } else {
                  vErrors.push(err182);
                }
                errors2++;
              }
            } else {
              const err183 = { instancePath: instancePath + "/canary/analysis/confidence", schemaPath: "#/properties/canary/properties/analysis/properties/confidence/type", keyword: "type", params: { type: "number" }, message: "must be number" };
              if (vErrors === null) {
                vErrors = [err183];
              } else {
                vErrors.push(err183);
              }
              errors2++;
            }
            let data90 = data87.minRequests;
            if (!(typeof data90 == "number" && (!(data90 % 1) && !isNaN(data90)))) {
              const err184 = { instancePath: instancePath + "/canary/analysis/minRequests", schemaPath: "#/properties/canary/properties/analysis/properties/minRequests/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
              if (vErrors === null) {
                vErrors = [err184];
              } else {
                vErrors.push(err184);
              }
              errors2++;
            }
            if (typeof data90 == "number") {
              if (data90 < 1 || isNaN(data90)) {
                const err185 = { instancePath: instancePath + "/canary/analysis/minRequests", schemaPath: "#/properties/canary/properties/analysis/properties/minRequests/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                if (vErrors === null) {
                  vErrors = [err185];
                } else {
                  vErrors.push(err185);
                }
                errors2++;
              }
            }
            let data91 = data87.successRateMin;
            if (typeof data91 == "number") {
              if (data91 > 100 || isNaN(data91)) {
                const err186 = { instancePath: instancePath + "/canary/analysis/successRateMin", schemaPath: "#/properties/canary/properties/analysis/properties/successRateMin/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" };
                if (vErrors === null) {
                  vErrors = [err186];
                } else {
                  vErrors.push(err186);
                }
                errors2++;
              }
              if (data91 < 0 || isNaN(data91)) {
                const err187 = { instancePath: instancePath + "/canary/analysis/successRateMin", schemaPath: "#/properties/canary/properties/analysis/properties/successRateMin/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                if (vErrors === null) {
                  vErrors = [err187];
                } else {
                  vErrors.push(err187);
                }
                errors2++;
              }
            } else {
              const err188 = { instancePath: instancePath + "/canary/analysis/successRateMin", schemaPath: "#/properties/canary/properties/analysis/properties/successRateMin/type", keyword: "type", params: { type: "number" }, message: "must be number" };
              if (vErrors === null) {
                vErrors = [err188];
              } else {
                vErrors.push(err188);
              }
              errors2++;
            }
            let data92 = data87.p99MaxMs;
            if (typeof data92 == "number") {
              if (data92 <= 0 || isNaN(data92)) {
                const err189 = { instancePath: instancePath + "/canary/analysis/p99MaxMs", schemaPath: "#/properties/canary/properties/analysis/properties/p99MaxMs/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                if (vErrors === null) {
                  vErrors = [err189];
                } else {
                  vErrors.push(err189);
                }
                errors2++;
              }
            } else {
              const err190 = { instancePath: instancePath + "/canary/analysis/p99MaxMs", schemaPath: "#/properties/canary/properties/analysis/properties/p99MaxMs/type", keyword: "type", params: { type: "number" }, message: "must be number" };
              if (vErrors === null) {
                vErrors = [err190];
              } else {
                vErrors.push(err190);
              }
              errors2++;
            }
            let data93 = data87.errorMargin;
            if (typeof data93 == "number") {
              if (data93 > 1 || isNaN(data93)) {
                const err191 = { instancePath: instancePath + "/canary/analysis/errorMargin", schemaPath: "#/properties/canary/properties/analysis/properties/errorMargin/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                if (vErrors === null) {
                  vErrors = [err191];
                } else {
                  vErrors.push(err191);
                }
                errors2++;
              }
              if (data93 < 0 || isNaN(data93)) {
                const err192 = { instancePath: instancePath + "/canary/analysis/errorMargin", schemaPath: "#/properties/canary/properties/analysis/properties/errorMargin/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                if (vErrors === null) {
                  vErrors = [err192];
                } else {
                  vErrors.push(err192);
                }
                errors2++;
              }
            } else {
              const err193 = { instancePath: instancePath + "/canary/analysis/errorMargin", schemaPath: "#/properties/canary/properties/analysis/properties/errorMargin/type", keyword: "type", params: { type: "number" }, message: "must be number" };
              if (vErrors === null) {
                vErrors = [err193];
              } else {
                vErrors.push(err193);
              }
              errors2++;
            }
            let data94 = data87.latencyTolerance;
            if (typeof data94 == "number") {
              if (data94 < 0 || isNaN(data94)) {
                const err194 = { instancePath: instancePath + "/canary/analysis/latencyTolerance", schemaPath: "#/properties/canary/properties/analysis/properties/latencyTolerance/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                if (vErrors === null) {
                  vErrors = [err194];
                } else {
                  vErrors.push(err194);
                }
                errors2++;
              }
            } else {
              const err195 = { instancePath: instancePath + "/canary/analysis/latencyTolerance", schemaPath: "#/properties/canary/properties/analysis/properties/latencyTolerance/type", keyword: "type", params: { type: "number" }, message: "must be number" };
              if (vErrors === null) {
                vErrors = [err195];
              } else {
                vErrors.push(err195);
              }
              errors2++;
            }
            let data95 = data87.latencyToleranceMs;
            if (typeof data95 == "number") {
              if (data95 < 0 || isNaN(data95)) {
                const err196 = { instancePath: instancePath + "/canary/analysis/latencyToleranceMs", schemaPath: "#/properties/canary/properties/analysis/properties/latencyToleranceMs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                if (vErrors === null) {
                  vErrors = [err196];
                } else {
                  vErrors.push(err196);
                }
                errors2++;
              }
            } else {
              const err197 = { instancePath: instancePath + "/canary/analysis/latencyToleranceMs", schemaPath: "#/properties/canary/properties/analysis/properties/latencyToleranceMs/type", keyword: "type", params: { type: "number" }, message: "must be number" };
              if (vErrors === null) {
                vErrors = [err197];
              } else {
                vErrors.push(err197);
              }
              errors2++;
            }
            let data96 = data87.failureLimit;
            if (!(typeof data96 == "number" && (!(data96 % 1) && !isNaN(data96)))) {
              const err198 = { instancePath: instancePath + "/canary/analysis/failureLimit", schemaPath: "#/properties/canary/properties/analysis/properties/failureLimit/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
              if (vErrors === null) {
                vErrors = [err198];
              } else {
                vErrors.push(err198);
              }
              errors2++;
            }
            if (typeof data96 == "number") {
              if (data96 < 0 || isNaN(data96)) {
                const err199 = { instancePath: instancePath + "/canary/analysis/failureLimit", schemaPath: "#/properties/canary/properties/analysis/properties/failureLimit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                if (vErrors === null) {
                  vErrors = [err199];
                } else {
                  vErrors.push(err199);
                }
                errors2++;
              }
            }
            let data97 = data87.inconclusiveLimit;
            if (!(typeof data97 == "number" && (!(data97 % 1) && !isNaN(data97)))) {
              const err200 = { instancePath: instancePath + "/canary/analysis/inconclusiveLimit", schemaPath: "#/properties/canary/properties/analysis/properties/inconclusiveLimit/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
              if (vErrors === null) {
                vErrors = [err200];
              } else {
                vErrors.push(err200);
              }
              errors2++;
            }
            if (typeof data97 == "number") {
              if (data97 < 0 || isNaN(data97)) {
                const err201 = { instancePath: instancePath + "/canary/analysis/inconclusiveLimit", schemaPath: "#/properties/canary/properties/analysis/properties/inconclusiveLimit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                if (vErrors === null) {
                  vErrors = [err201];
                } else {
                  vErrors.push(err201);
                }
                errors2++;
              }
            }
            let data98 = data87.consecutiveErrorLimit;
            if (!(typeof data98 == "number" && (!(data98 % 1) && !isNaN(data98)))) {
              const err202 = { instancePath: instancePath + "/canary/analysis/consecutiveErrorLimit", schemaPath: "#/properties/canary/properties/analysis/properties/consecutiveErrorLimit/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
              if (vErrors === null) {
                vErrors = [err202];
              } else {
                vErrors.push(err202);
              }
              errors2++;
            }
            if (typeof data98 == "number") {
              if (data98 < 0 || isNaN(data98)) {
                const err203 = { instancePath: instancePath + "/canary/analysis/consecutiveErrorLimit", schemaPath: "#/properties/canary/properties/analysis/properties/consecutiveErrorLimit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                if (vErrors === null) {
                  vErrors = [err203];
                } else {
                  vErrors.push(err203);
                }
                errors2++;
              }
            }
            let data99 = data87.metrics;
            if (Array.isArray(data99)) {
              if (data99.length > 20) {
                const err204 = { instancePath: instancePath + "/canary/analysis/metrics", schemaPath: "#/properties/canary/properties/analysis/properties/metrics/maxItems", keyword: "maxItems", params: { limit: 20 }, message: "must NOT have more than 20 items" };
                if (vErrors === null) {
                  vErrors = [err204];
                } else {
                  vErrors.push(err204);
                }
                errors2++;
              }
              const len5 = data99.length;
              for (let i5 = 0; i5 < len5; i5++) {
                let data100 = data99[i5];
                if (data100 && typeof data100 == "object" && !Array.isArray(data100)) {
                  if (data100.name === void 0) {
                    const err205 = { instancePath: instancePath + "/canary/analysis/metrics/" + i5, schemaPath: "#/properties/canary/properties/analysis/properties/metrics/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
                    if (vErrors === null) {
                      vErrors = [err205];
                    } else {
                      vErrors.push(err205);
                    }
                    errors2++;
                  }
                  if (data100.provider === void 0) {
                    const err206 = { instancePath: instancePath + "/canary/analysis/metrics/" + i5, schemaPath: "#/properties/canary/properties/analysis/properties/metrics/items/required", keyword: "required", params: { missingProperty: "provider" }, message: "must have required property 'provider'" };
                    if (vErrors === null) {
                      vErrors = [err206];
                    } else {
                      vErrors.push(err206);
                    }
                    errors2++;
                  }
                  for (const key16 in data100) {
                    if (!func2.call(schema11.properties.canary.properties.analysis.properties.metrics.items.properties, key16)) {
                      const err207 = { instancePath: instancePath + "/canary/analysis/metrics/" + i5, schemaPath: "#/properties/canary/properties/analysis/properties/metrics/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties" };
                      if (vErrors === null) {
                        vErrors = [err207];
                      } else {
                        vErrors.push(err207);
                      }
                      errors2++;
                    }
                  }
                  if (data100.name !== void 0) {
                    let data101 = data100.name;
                    if (typeof data101 === "string") {
                      if (!pattern11.test(data101)) {
                        const err208 = { instancePath: instancePath + "/canary/analysis/metrics/" + i5 + "/name", schemaPath: "#/properties/canary/properties/analysis/properties/metrics/items/properties/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$"' };
                        if (vErrors === null) {
                          vErrors = [err208];
                        } else {
                          vErrors.push(err208);
                        }
                        errors2++;
                      }
                    } else {
                      const err209 = { instancePath: instancePath + "/canary/analysis/metrics/" + i5 + "/name", schemaPath: "#/properties/canary/properties/analysis/properties/metrics/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err209];
                      } else {
                        vErrors.push(err209);
                      }
                      errors2++;
                    }
                  }
                  if (data100.provider !== void 0) {
                    let data102 = data100.provider;
                    if (typeof data102 !== "string") {
                      const err210 = { instancePath: instancePath + "/canary/analysis/metrics/" + i5 + "/provider", schemaPath: "#/properties/canary/properties/analysis/properties/metrics/items/properties/provider/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err210];
                      } else {
                        vErrors.push(err210);
                      }
                      errors2++;
                    }
                    if (!(data102 === "datadog" || data102 === "web")) {
                      const err211 = { instancePath: instancePath + "/canary/analysis/metrics/" + i5 + "/provider", schemaPath: "#/properties/canary/properties/analysis/properties/metrics/items/properties/provider/enum", keyword: "enum", params: { allowedValues: schema11.properties.canary.properties.analysis.properties.metrics.items.properties.provider.enum }, message: "must be equal to one of the allowed values" };
                      if (vErrors === null) {
                        vErrors = [err211];
                      } else {
                        vErrors.push(err211);
                      }
                      errors2++;
                    }
                  }
                  if (data100.query !== void 0) {
                    let data103 = data100.query;
                    if (typeof data103 === "string") {
                      if (func3(data103) > 2e3) {
                        const err212 = { instancePath: instancePath + "/canary/analysis/metrics/" + i5 + "/query", schemaPath: "#/properties/canary/properties/analysis/properties/metrics/items/properties/query/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters" };
                        if (vErrors === null) {
                          vErrors = [err212];
                        } else {
                          vErrors.push(err212);
                        }
                        errors2++;
                      }
                      if (func3(data103) < 1) {
                        const err213 = { instancePath: instancePath + "/canary/analysis/metrics/" + i5 + "/query", schemaPath: "#/properties/canary/properties/analysis/properties/metrics/items/properties/query/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                          vErrors = [err213];
                        } else {
                          vErrors.push(err213);
                        }
                        errors2++;
                      }
                    } else {
                      const err214 = { instancePath: instancePath + "/canary/analysis/metrics/" + i5 + "/query", schemaPath: "#/properties/canary/properties/analysis/properties/metrics/items/properties/query/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err214];
                      } else {
                        vErrors.push(err214);
                      }
                      errors2++;
                    }
                  }
                  if (data100.lookbackSec !== void 0) {
                    let data104 = data100.lookbackSec;
                    if (typeof data104 == "number") {
                      if (data104 <= 0 || isNaN(data104)) {
                        const err215 = { instancePath: instancePath + "/canary/analysis/metrics/" + i5 + "/lookbackSec", schemaPath: "#/properties/canary/properties/analysis/properties/metrics/items/properties/lookbackSec/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                        if (vErrors === null) {
                          vErrors = [err215];
                        } else {
                          vErrors.push(err215);
                        }
                        errors2++;
                      }
                    } else {
                      const err216 = { instancePath: instancePath + "/canary/analysis/metrics/" + i5 + "/lookbackSec", schemaPath: "#/properties/canary/properties/analysis/properties/metrics/items/properties/lookbackSec/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                      if (vErrors === null) {
                        vErrors = [err216];
                      } else {
                        vErrors.push(err216);
                      }
                      errors2++;
                    }
                  }
                  if (data100.url !== void 0) {
                    let data105 = data100.url;
                    if (typeof data105 === "string") {
                      if (func3(data105) > 2e3) {
                        const err217 = { instancePath: instancePath + "/canary/analysis/metrics/" + i5 + "/url", schemaPath: "#/properties/canary/properties/analysis/properties/metrics/items/properties/url/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters" };
                        if (vErrors === null) {
                          vErrors = [err217];
                        } else {
                          vErrors.push(err217);
                        }
                        errors2++;
                      }
                      if (!formats20.validate(data105)) {
                        const err218 = { instancePath: instancePath + "/canary/analysis/metrics/" + i5 + "/url", schemaPath: "#/properties/canary/properties/analysis/properties/metrics/items/properties/url/format", keyword: "format", params: { format: "webhook-url" }, message: 'must match format "webhook-url"' };
                        if (vErrors === null) {
                          vErrors = [err218];
                        } else {
                          vErrors.push(err218);
                        }
                        errors2++;
                      }
                    } else {
                      const err219 = { instancePath: instancePath + "/canary/analysis/metrics/" + i5 + "/url", schemaPath: "#/properties/canary/properties/analysis/properties/metrics/items/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err219];
                      } else {
                        vErrors.push(err219);
                      }
                      errors2++;
                    }
                  }
                  if (data100.jsonPath !== void 0) {
                    let data106 = data100.jsonPath;
                    if (typeof data106 === "string") {
                      if (func3(data106) > 500) {
                        const err220 = { instancePath: instancePath + "/canary/analysis/metrics/" + i5 + "/jsonPath", schemaPath: "#/properties/canary/properties/analysis/properties/metrics/items/properties/jsonPath/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters" };
                        if (vErrors === null) {
                          vErrors = [err220];
                        } else {
                          vErrors.push(err220);
                        }
                        errors2++;
                      }
                      if (func3(data106) < 1) {
                        const err221 = { instancePath: instancePath + "/canary/analysis/metrics/" + i5 + "/jsonPath", schemaPath: "#/properties/canary/properties/analysis/properties/metrics/items/properties/jsonPath/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                          vErrors = [err221];
                        } else {
                          vErrors.push(err221);
                        }
                        errors2++;
                      }
                    } else {
                      const err222 = { instancePath: instancePath + "/canary/analysis/metrics/" + i5 + "/jsonPath", schemaPath: "#/properties/canary/properties/analysis/properties/metrics/items/properties/jsonPath/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err222];
                      } else {
                        vErrors.push(err222);
                      }
                      errors2++;
                    }
                  }
                  if (data100.timeoutSec !== void 0) {
                    let data107 = data100.timeoutSec;
                    if (typeof data107 == "number") {
                      if (data107 > 60 || isNaN(data107)) {
                        const err223 = { instancePath: instancePath + "/canary/analysis/metrics/" + i5 + "/timeoutSec", schemaPath: "#/properties/canary/properties/analysis/properties/metrics/items/properties/timeoutSec/maximum", keyword: "maximum", params: { comparison: "<=", limit: 60 }, message: "must be <= 60" };
                        if (vErrors === null) {
                          vErrors = [err223];
                        } else {
                          vErrors.push(err223);
                        }
                        errors2++;
                      }
                      if (data107 <= 0 || isNaN(data107)) {
                        const err224 = { instancePath: instancePath + "/canary/analysis/metrics/" + i5 + "/timeoutSec", schemaPath: "#/properties/canary/properties/analysis/properties/metrics/items/properties/timeoutSec/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                        if (vErrors === null) {
                          vErrors = [err224];
                        } else {
                          vErrors.push(err224);
                        }
                        errors2++;
                      }
                    } else {
                      const err225 = { instancePath: instancePath + "/canary/analysis/metrics/" + i5 + "/timeoutSec", schemaPath: "#/properties/canary/properties/analysis/properties/metrics/items/properties/timeoutSec/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                      if (vErrors === null) {
                        vErrors = [err225];
                      } else {
                        vErrors.push(err225);
                      }
                      errors2++;
                    }
                  }
                  if (data100.successCondition !== void 0) {
                    let data108 = data100.successCondition;
                    if (typeof data108 === "string") {
                      if (func3(data108) > 500) {
                        const err226 = { instancePath: instancePath + "/canary/analysis/metrics/" + i5 + "/successCondition", schemaPath: "#/properties/canary/properties/analysis/properties/metrics/items/properties/successCondition/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters" };
                        if (vErrors === null) {
                          vErrors = [err226];
                        } else {
                          vErrors.push(err226);
                        }
                        errors2++;
                      }
                      if (func3(data108) < 1) {
                        const err227 = { instancePath: instancePath + "/canary/analysis/metrics/" + i5 + "/successCondition", schemaPath: "#/properties/canary/properties/analysis/properties/metrics/items/properties/successCondition/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                          vErrors = [err227];
                        } else {
                          vErrors.push(err227);
                        }
                        errors2++;
                      }
                    } else {
                      const err228 = { instancePath: instancePath + "/canary/analysis/metrics/" + i5 + "/successCondition", schemaPath: "#/properties/canary/properties/analysis/properties/metrics/items/properties/successCondition/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err228];
                      } else {
                        vErrors.push(err228);
                      }
                      errors2++;
                    }
                  }
                  if (data100.failureCondition !== void 0) {
                    let data109 = data100.failureCondition;
                    if (typeof data109 === "string") {
                      if (func3(data109) > 500) {
                        const err229 = { instancePath: instancePath + "/canary/analysis/metrics/" + i5 + "/failureCondition", schemaPath: "#/properties/canary/properties/analysis/properties/metrics/items/properties/failureCondition/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters" };
                        if (vErrors === null) {
                          vErrors = [err229];
                        } else {
                          vErrors.push(err229);
                        }
                        errors2++;
                      }
                      if (func3(data109) < 1) {
                        const err230 = { instancePath: instancePath + "/canary/analysis/metrics/" + i5 + "/failureCondition", schemaPath: "#/properties/canary/properties/analysis/properties/metrics/items/properties/failureCondition/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                          vErrors = [err230];
                        } else {
                          vErrors.push(err230);
                        }
                        errors2++;
                      }
                    } else {
                      const err231 = { instancePath: instancePath + "/canary/analysis/metrics/" + i5 + "/failureCondition", schemaPath: "#/properties/canary/properties/analysis/properties/metrics/items/properties/failureCondition/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err231];
                      } else {
                        vErrors.push(err231);
                      }
                      errors2++;
                    }
                  }
                } else {
                  const err232 = { instancePath: instancePath + "/canary/analysis/metrics/" + i5, schemaPath: "#/properties/canary/properties/analysis/properties/metrics/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err232];
                  } else {
                    vErrors.push(err232);
                  }
                  errors2++;
                }
              }
            } else {
              const err233 = { instancePath: instancePath + "/canary/analysis/metrics", schemaPath: "#/properties/canary/properties/analysis/properties/metrics/type", keyword: "type", params: { type: "array" }, message: "must be array" };
              if (vErrors === null) {
                vErrors = [err233];
              } else {
                vErrors.push(err233);
              }
              errors2++;
            }
          } else {
            const err234 = { instancePath: instancePath + "/canary/analysis", schemaPath: "#/properties/canary/properties/analysis/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err234];
            } else {
              vErrors.push(err234);
            }
            errors2++;
          }
          let data110 = data75.webhooks;
          if (Array.isArray(data110)) {
            if (data110.length > 20) {
              const err235 = { instancePath: instancePath + "/canary/webhooks", schemaPath: "#/properties/canary/properties/webhooks/maxItems", keyword: "maxItems", params: { limit: 20 }, message: "must NOT have more than 20 items" };
              if (vErrors === null) {
                vErrors = [err235];
              } else {
                vErrors.push(err235);
              }
              errors2++;
            }
            const len6 = data110.length;
            for (let i6 = 0; i6 < len6; i6++) {
              let data111 = data110[i6];
              if (data111 && typeof data111 == "object" && !Array.isArray(data111)) {
                if (data111.name === void 0) {
                  const err236 = { instancePath: instancePath + "/canary/webhooks/" + i6, schemaPath: "#/properties/canary/properties/webhooks/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
                  if (vErrors === null) {
                    vErrors = [err236];
                  } else {
                    vErrors.push(err236);
                  }
                  errors2++;
                }
                if (data111.type === void 0) {
                  const err237 = { instancePath: instancePath + "/canary/webhooks/" + i6, schemaPath: "#/properties/canary/properties/webhooks/items/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
                  if (vErrors === null) {
                    vErrors = [err237];
                  } else {
                    vErrors.push(err237);
                  }
                  errors2++;
                }
                if (data111.url === void 0) {
                  const err238 = { instancePath: instancePath + "/canary/webhooks/" + i6, schemaPath: "#/properties/canary/properties/webhooks/items/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'" };
                  if (vErrors === null) {
                    vErrors = [err238];
                  } else {
                    vErrors.push(err238);
                  }
                  errors2++;
                }
                for (const key17 in data111) {
                  if (!(key17 === "name" || key17 === "type" || key17 === "url" || key17 === "timeoutSec" || key17 === "metadata")) {
                    const err239 = { instancePath: instancePath + "/canary/webhooks/" + i6, schemaPath: "#/properties/canary/properties/webhooks/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err239];
                    } else {
                      vErrors.push(err239);
                    }
                    errors2++;
                  }
                }
                if (data111.name !== void 0) {
                  let data112 = data111.name;
                  if (typeof data112 === "string") {
                    if (!pattern11.test(data112)) {
                      const err240 = { instancePath: instancePath + "/canary/webhooks/" + i6 + "/name", schemaPath: "#/properties/canary/properties/webhooks/items/properties/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$"' };
                      if (vErrors === null) {
                        vErrors = [err240];
                      } else {
                        vErrors.push(err240);
                      }
                      errors2++;
                    }
                  } else {
                    const err241 = { instancePath: instancePath + "/canary/webhooks/" + i6 + "/name", schemaPath: "#/properties/canary/properties/webhooks/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err241];
                    } else {
                      vErrors.push(err241);
                    }
                    errors2++;
                  }
                }
                if (data111.type !== void 0) {
                  let data113 = data111.type;
                  if (typeof data113 !== "string") {
                    const err242 = { instancePath: instancePath + "/canary/webhooks/" + i6 + "/type", schemaPath: "#/properties/canary/properties/webhooks/items/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err242];
                    } else {
                      vErrors.push(err242);
                    }
                    errors2++;
                  }
                  if (!(data113 === "confirm-rollout" || data113 === "pre-rollout" || data113 === "rollout" || data113 === "confirm-promotion" || data113 === "rollback")) {
                    const err243 = { instancePath: instancePath + "/canary/webhooks/" + i6 + "/type", schemaPath: "#/properties/canary/properties/webhooks/items/properties/type/enum", keyword: "enum", params: { allowedValues: schema11.properties.canary.properties.webhooks.items.properties.type.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err243];
                    } else {
                      vErrors.push(err243);
                    }
                    errors2++;
                  }
                }
                if (data111.url !== void 0) {
                  let data114 = data111.url;
                  if (typeof data114 === "string") {
                    if (func3(data114) > 2e3) {
                      const err244 = { instancePath: instancePath + "/canary/webhooks/" + i6 + "/url", schemaPath: "#/properties/canary/properties/webhooks/items/properties/url/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters" };
                      if (vErrors === null) {
                        vErrors = [err244];
                      } else {
                        vErrors.push(err244);
                      }
                      errors2++;
                    }
                    if (!formats20.validate(data114)) {
                      const err245 = { instancePath: instancePath + "/canary/webhooks/" + i6 + "/url", schemaPath: "#/properties/canary/properties/webhooks/items/properties/url/format", keyword: "format", params: { format: "webhook-url" }, message: 'must match format "webhook-url"' };
                      if (vErrors === null) {
                        vErrors = [err245];
                      } else {
                        vErrors.push(err245);
                      }
                      errors2++;
                    }
                  } else {
                    const err246 = { instancePath: instancePath + "/canary/webhooks/" + i6 + "/url", schemaPath: "#/properties/canary/properties/webhooks/items/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err246];
                    } else {
                      vErrors.push(err246);
                    }
                    errors2++;
                  }
                }
                if (data111.timeoutSec !== void 0) {
                  let data115 = data111.timeoutSec;
                  if (typeof data115 == "number") {
                    if (data115 > 60 || isNaN(data115)) {
                      const err247 = { instancePath: instancePath + "/canary/webhooks/" + i6 + "/timeoutSec", schemaPath: "#/properties/canary/properties/webhooks/items/properties/timeoutSec/maximum", keyword: "maximum", params: { comparison: "<=", limit: 60 }, message: "must be <= 60" };
                      if (vErrors === null) {
                        vErrors = [err247];
                      } else {
                        vErrors.push(err247);
                      }
                      errors2++;
                    }
                    if (data115 <= 0 || isNaN(data115)) {
                      const err248 = { instancePath: instancePath + "/canary/webhooks/" + i6 + "/timeoutSec", schemaPath: "#/properties/canary/properties/webhooks/items/properties/timeoutSec/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                      if (vErrors === null) {
                        vErrors = [err248];
                      } else {
                        vErrors.push(err248);
                      }
                      errors2++;
                    }
                  } else {
                    const err249 = { instancePath: instancePath + "/canary/webhooks/" + i6 + "/timeoutSec", schemaPath: "#/properties/canary/properties/webhooks/items/properties/timeoutSec/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err249];
                    } else {
                      vErrors.push(err249);
                    }
                    errors2++;
                  }
                }
                if (data111.metadata !== void 0) {
                  let data116 = data111.metadata;
                  if (data116 && typeof data116 == "object" && !Array.isArray(data116)) {
                    if (Object.keys(data116).length > 50) {
                      const err250 = { instancePath: instancePath + "/canary/webhooks/" + i6 + "/metadata", schemaPath: "#/properties/canary/properties/webhooks/items/properties/metadata/maxProperties", keyword: "maxProperties", params: { limit: 50 }, message: "must NOT have more than 50 properties" };
                      if (vErrors === null) {
                        vErrors = [err250];
                      } else {
                        vErrors.push(err250);
                      }
                      errors2++;
                    }
                    for (const key18 in data116) {
                      let data117 = data116[key18];
                      if (typeof data117 === "string") {
                        if (func3(data117) > 2e3) {
                          const err251 = { instancePath: instancePath + "/canary/webhooks/" + i6 + "/metadata/" + key18.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/canary/properties/webhooks/items/properties/metadata/additionalProperties/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters" };
                          if (vErrors === null) {
                            vErrors = [err251];
                          } else {
                            vErrors.push(err251);
                          }
                          errors2++;
                        }
                      } else {
                        const err252 = { instancePath: instancePath + "/canary/webhooks/" + i6 + "/metadata/" + key18.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/canary/properties/webhooks/items/properties/metadata/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err252];
                        } else {
                          vErrors.push(err252);
                        }
                        errors2++;
                      }
                    }
                  } else {
                    const err253 = { instancePath: instancePath + "/canary/webhooks/" + i6 + "/metadata", schemaPath: "#/properties/canary/properties/webhooks/items/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err253];
                    } else {
                      vErrors.push(err253);
                    }
                    errors2++;
                  }
                }
              } else {
                const err254 = { instancePath: instancePath + "/canary/webhooks/" + i6, schemaPath: "#/properties/canary/properties/webhooks/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err254];
                } else {
                  vErrors.push(err254);
                }
                errors2++;
              }
            }
          } else {
            const err255 = { instancePath: instancePath + "/canary/webhooks", schemaPath: "#/properties/canary/properties/webhooks/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err255];
            } else {
              vErrors.push(err255);
            }
            errors2++;
          }
          let data118 = data75.abortKeepSec;
          if (typeof data118 == "number") {
            if (data118 < 0 || isNaN(data118)) {
              const err256 = { instancePath: instancePath + "/canary/abortKeepSec", schemaPath: "#/properties/canary/properties/abortKeepSec/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err256];
              } else {
                vErrors.push(err256);
              }
              errors2++;
            }
          } else {
            const err257 = { instancePath: instancePath + "/canary/abortKeepSec", schemaPath: "#/properties/canary/properties/abortKeepSec/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err257];
            } else {
              vErrors.push(err257);
            }
            errors2++;
          }
          let data119 = data75.controllerListen;
          if (typeof data119 === "string") {
            if (!formats8.validate(data119)) {
              const err258 = { instancePath: instancePath + "/canary/controllerListen", schemaPath: "#/properties/canary/properties/controllerListen/format", keyword: "format", params: { format: "listen" }, message: 'must match format "listen"' };
              if (vErrors === null) {
                vErrors = [err258];
              } else {
                vErrors.push(err258);
              }
              errors2++;
            }
          } else {
            const err259 = { instancePath: instancePath + "/canary/controllerListen", schemaPath: "#/properties/canary/properties/controllerListen/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err259];
            } else {
              vErrors.push(err259);
            }
            errors2++;
          }
        } else {
          const err260 = { instancePath: instancePath + "/canary", schemaPath: "#/properties/canary/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err260];
          } else {
            vErrors.push(err260);
          }
          errors2++;
        }
        let data120 = data.flags;
        if (data120 && typeof data120 == "object" && !Array.isArray(data120)) {
          if (data120.listen === void 0) {
            data120.listen = "127.0.0.1:8000";
          }
          if (data120.defaults === void 0) {
            data120.defaults = { "myflag": "disable" };
          }
          if (data120.legacyGetToggle === void 0) {
            data120.legacyGetToggle = false;
          }
          for (const key19 in data120) {
            if (!(key19 === "listen" || key19 === "namespace" || key19 === "defaults" || key19 === "legacyGetToggle" || key19 === "backupFile")) {
              const err261 = { instancePath: instancePath + "/flags", schemaPath: "#/properties/flags/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties" };
              if (vErrors === null) {
                vErrors = [err261];
              } else {
                vErrors.push(err261);
              }
              errors2++;
            }
          }
          let data121 = data120.listen;
          if (typeof data121 === "string") {
            if (!formats8.validate(data121)) {
              const err262 = { instancePath: instancePath + "/flags/listen", schemaPath: "#/properties/flags/properties/listen/format", keyword: "format", params: { format: "listen" }, message: 'must match format "listen"' };
              if (vErrors === null) {
                vErrors = [err262];
              } else {
                vErrors.push(err262);
              }
              errors2++;
            }
          } else {
            const err263 = { instancePath: instancePath + "/flags/listen", schemaPath: "#/properties/flags/properties/listen/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err263];
            } else {
              vErrors.push(err263);
            }
            errors2++;
          }
          if (data120.namespace !== void 0) {
            let data122 = data120.namespace;
            if (typeof data122 === "string") {
              if (!pattern13.test(data122)) {
                const err264 = { instancePath: instancePath + "/flags/namespace", schemaPath: "#/properties/flags/properties/namespace/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.-]+$" }, message: 'must match pattern "^[A-Za-z0-9_.-]+$"' };
                if (vErrors === null) {
                  vErrors = [err264];
                } else {
                  vErrors.push(err264);
                }
                errors2++;
              }
            } else {
              const err265 = { instancePath: instancePath + "/flags/namespace", schemaPath: "#/properties/flags/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err265];
              } else {
                vErrors.push(err265);
              }
              errors2++;
            }
          }
          let data123 = data120.defaults;
          if (data123 && typeof data123 == "object" && !Array.isArray(data123)) {
            for (const key20 in data123) {
              let data124 = data123[key20];
              if ((!data124 || typeof data124 != "object") && typeof data124 !== "boolean" && typeof data124 !== "string" && !(typeof data124 == "number")) {
                const err266 = { instancePath: instancePath + "/flags/defaults/" + key20.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/flags/properties/defaults/additionalProperties/type", keyword: "type", params: { type: schema11.properties.flags.properties.defaults.additionalProperties.type }, message: "must be boolean,string,number,object,array" };
                if (vErrors === null) {
                  vErrors = [err266];
                } else {
                  vErrors.push(err266);
                }
                errors2++;
              }
            }
          } else {
            const err267 = { instancePath: instancePath + "/flags/defaults", schemaPath: "#/properties/flags/properties/defaults/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err267];
            } else {
              vErrors.push(err267);
            }
            errors2++;
          }
          if (typeof data120.legacyGetToggle !== "boolean") {
            const err268 = { instancePath: instancePath + "/flags/legacyGetToggle", schemaPath: "#/properties/flags/properties/legacyGetToggle/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err268];
            } else {
              vErrors.push(err268);
            }
            errors2++;
          }
          if (data120.backupFile !== void 0) {
            let data126 = data120.backupFile;
            if (typeof data126 === "string") {
              if (func3(data126) < 1) {
                const err269 = { instancePath: instancePath + "/flags/backupFile", schemaPath: "#/properties/flags/properties/backupFile/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                  vErrors = [err269];
                } else {
                  vErrors.push(err269);
                }
                errors2++;
              }
            } else {
              const err270 = { instancePath: instancePath + "/flags/backupFile", schemaPath: "#/properties/flags/properties/backupFile/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err270];
              } else {
                vErrors.push(err270);
              }
              errors2++;
            }
          }
        } else {
          const err271 = { instancePath: instancePath + "/flags", schemaPath: "#/properties/flags/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err271];
          } else {
            vErrors.push(err271);
          }
          errors2++;
        }
        let data127 = data.redis;
        if (data127 && typeof data127 == "object" && !Array.isArray(data127)) {
          if (data127.port === void 0) {
            data127.port = 6379;
          }
          if (data127.bind === void 0) {
            data127.bind = "127.0.0.1";
          }
          for (const key21 in data127) {
            if (!(key21 === "port" || key21 === "bind")) {
              const err272 = { instancePath: instancePath + "/redis", schemaPath: "#/properties/redis/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key21 }, message: "must NOT have additional properties" };
              if (vErrors === null) {
                vErrors = [err272];
              } else {
                vErrors.push(err272);
              }
              errors2++;
            }
          }
          let data128 = data127.port;
          if (!(typeof data128 == "number" && (!(data128 % 1) && !isNaN(data128)))) {
            const err273 = { instancePath: instancePath + "/redis/port", schemaPath: "#/properties/redis/properties/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err273];
            } else {
              vErrors.push(err273);
            }
            errors2++;
          }
          if (typeof data128 == "number") {
            if (data128 > 65535 || isNaN(data128)) {
              const err274 = { instancePath: instancePath + "/redis/port", schemaPath: "#/properties/redis/properties/port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535" };
              if (vErrors === null) {
                vErrors = [err274];
              } else {
                vErrors.push(err274);
              }
              errors2++;
            }
            if (data128 < 1 || isNaN(data128)) {
              const err275 = { instancePath: instancePath + "/redis/port", schemaPath: "#/properties/redis/properties/port/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err275];
              } else {
                vErrors.push(err275);
              }
              errors2++;
            }
          }
          let data129 = data127.bind;
          if (typeof data129 === "string") {
            if (!formats2.validate(data129)) {
              const err276 = { instancePath: instancePath + "/redis/bind", schemaPath: "#/properties/redis/properties/bind/format", keyword: "format", params: { format: "ip" }, message: 'must match format "ip"' };
              if (vErrors === null) {
                vErrors = [err276];
              } else {
                vErrors.push(err276);
              }
              errors2++;
            }
          } else {
            const err277 = { instancePath: instancePath + "/redis/bind", schemaPath: "#/properties/redis/properties/bind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err277];
            } else {
              vErrors.push(err277);
            }
            errors2++;
          }
        } else {
          const err278 = { instancePath: instancePath + "/redis", schemaPath: "#/properties/redis/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err278];
          } else {
            vErrors.push(err278);
          }
          errors2++;
        }
        let data130 = data.monitors;
        if (data130 && typeof data130 == "object" && !Array.isArray(data130)) {
          if (data130.cpuPercent === void 0) {
            data130.cpuPercent = 60;
          }
          if (data130.memoryMb === void 0) {
            data130.memoryMb = 500;
          }
          if (data130.renotifyMinutes === void 0) {
            data130.renotifyMinutes = 15;
          }
          if (data130.evaluationWindow === void 0) {
            data130.evaluationWindow = "last_5m";
          }
          if (data130.emails === void 0) {
            data130.emails = [];
          }
          if (data130.canary5xx === void 0) {
            data130.canary5xx = {};
          }
          if (data130.tags === void 0) {
            data130.tags = [];
          }
          if (data130.local === void 0) {
            data130.local = {};
          }
          for (const key22 in data130) {
            if (!func2.call(schema11.properties.monitors.properties, key22)) {
              const err279 = { instancePath: instancePath + "/monitors", schemaPath: "#/properties/monitors/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key22 }, message: "must NOT have additional properties" };
              if (vErrors === null) {
                vErrors = [err279];
              } else {
                vErrors.push(err279);
              }
              errors2++;
            }
          }
          let data131 = data130.cpuPercent;
          if (typeof data131 == "number") {
            if (data131 > 100 || isNaN(data131)) {
              const err280 = { instancePath: instancePath + "/monitors/cpuPercent", schemaPath: "#/properties/monitors/properties/cpuPercent/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" };
              if (vErrors === null) {
                vErrors = [err280];
              } else {
                vErrors.push(err280);
              }
              errors2++;
            }
            if (data131 <= 0 || isNaN(data131)) {
              const err281 = { instancePath: instancePath + "/monitors/cpuPercent", schemaPath: "#/properties/monitors/properties/cpuPercent/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
              if (vErrors === null) {
                vErrors = [err281];
              } else {
                vErrors.push(err281);
              }
              errors2++;
            }
          } else {
            const err282 = { instancePath: instancePath + "/monitors/cpuPercent", schemaPath: "#/properties/monitors/properties/cpuPercent/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err282];
            } else {
              vErrors.push(err282);
            }
            errors2++;
          }
          let data132 = data130.memoryMb;
          if (typeof data132 == "number") {
            if (data132 <= 0 || isNaN(data132)) {
              const err283 = { instancePath: instancePath + "/monitors/memoryMb", schemaPath: "#/properties/monitors/properties/memoryMb/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
              if (vErrors === null) {
                vErrors = [err283];
              } else {
                vErrors.push(err283);
              }
              errors2++;
            }
          } else {
            const err284 = { instancePath: instancePath + "/monitors/memoryMb", schemaPath: "#/properties/monitors/properties/memoryMb/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err284];
            } else {
              vErrors.push(err284);
            }
            errors2++;
          }
          let data133 = data130.renotifyMinutes;
          if (!(typeof data133 == "number" && (!(data133 % 1) && !isNaN(data133)))) {
            const err285 = { instancePath: instancePath + "/monitors/renotifyMinutes", schemaPath: "#/properties/monitors/properties/renotifyMinutes/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err285];
            } else {
              vErrors.push(err285);
            }
            errors2++;
          }
          if (typeof data133 == "number") {
            if (data133 < 0 || isNaN(data133)) {
              const err286 = { instancePath: instancePath + "/monitors/renotifyMinutes", schemaPath: "#/properties/monitors/properties/renotifyMinutes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err286];
              } else {
                vErrors.push(err286);
              }
              errors2++;
            }
          }
          let data134 = data130.evaluationWindow;
          if (typeof data134 !== "string") {
            const err287 = { instancePath: instancePath + "/monitors/evaluationWindow", schemaPath: "#/properties/monitors/properties/evaluationWindow/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err287];
            } else {
              vErrors.push(err287);
            }
            errors2++;
          }
          if (!(data134 === "last_1m" || data134 === "last_5m" || data134 === "last_10m" || data134 === "last_15m" || data134 === "last_30m" || data134 === "last_1h")) {
            const err288 = { instancePath: instancePath + "/monitors/evaluationWindow", schemaPath: "#/properties/monitors/properties/evaluationWindow/enum", keyword: "enum", params: { allowedValues: schema11.properties.monitors.properties.evaluationWindow.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err288];
            } else {
              vErrors.push(err288);
            }
            errors2++;
          }
          let data135 = data130.emails;
          if (Array.isArray(data135)) {
            const len7 = data135.length;
            for (let i7 = 0; i7 < len7; i7++) {
              let data136 = data135[i7];
              if (typeof data136 === "string") {
                if (!formats30.validate(data136)) {
                  const err289 = { instancePath: instancePath + "/monitors/emails/" + i7, schemaPath: "#/properties/monitors/properties/emails/items/format", keyword: "format", params: { format: "email" }, message: 'must match format "email"' };
                  if (vErrors === null) {
                    vErrors = [err289];
                  } else {
                    vErrors.push(err289);
                  }
                  errors2++;
                }
              } else {
                const err290 = { instancePath: instancePath + "/monitors/emails/" + i7, schemaPath: "#/properties/monitors/properties/emails/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err290];
                } else {
                  vErrors.push(err290);
                }
                errors2++;
              }
            }
          } else {
            const err291 = { instancePath: instancePath + "/monitors/emails", schemaPath: "#/properties/monitors/properties/emails/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err291];
            } else {
              vErrors.push(err291);
            }
            errors2++;
          }
          let data137 = data130.canary5xx;
          if (data137 && typeof data137 == "object" && !Array.isArray(data137)) {
            if (data137.source === void 0) {
              data137.source = "logs";
            }
            if (data137.threshold === void 0) {
              data137.threshold = 5;
            }
            if (data137.apmSpan === void 0) {
              data137.apmSpan = "express.request";
            }
            for (const key23 in data137) {
              if (!(key23 === "source" || key23 === "threshold" || key23 === "apmSpan")) {
                const err292 = { instancePath: instancePath + "/monitors/canary5xx", schemaPath: "#/properties/monitors/properties/canary5xx/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key23 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err292];
                } else {
                  vErrors.push(err292);
                }
                errors2++;
              }
            }
            let data138 = data137.source;
            if (typeof data138 !== "string") {
              const err293 = { instancePath: instancePath + "/monitors/canary5xx/source", schemaPath: "#/properties/monitors/properties/canary5xx/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err293];
              } else {
                vErrors.push(err293);
              }
              errors2++;
            }
            if (!(data138 === "apm" || data138 === "logs")) {
              const err294 = { instancePath: instancePath + "/monitors/canary5xx/source", schemaPath: "#/properties/monitors/properties/canary5xx/properties/source/enum", keyword: "enum", params: { allowedValues: schema11.properties.monitors.properties.canary5xx.properties.source.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err294];
              } else {
                vErrors.push(err294);
              }
              errors2++;
            }
            let data139 = data137.threshold;
            if (typeof data139 == "number") {
              if (data139 < 0 || isNaN(data139)) {
                const err295 = { instancePath: instancePath + "/monitors/canary5xx/threshold", schemaPath: "#/properties/monitors/properties/canary5xx/properties/threshold/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                if (vErrors === null) {
                  vErrors = [err295];
                } else {
                  vErrors.push(err295);
                }
                errors2++;
              }
            } else {
              const err296 = { instancePath: instancePath + "/monitors/canary5xx/threshold", schemaPath: "#/properties/monitors/properties/canary5xx/properties/threshold/type", keyword: "type", params: { type: "number" }, message: "must be number" };
              if (vErrors === null) {
                vErrors = [err296];
              } else {
                vErrors.push(err296);
              }
              errors2++;
            }
            let data140 = data137.apmSpan;
            if (typeof data140 === "string") {
              if (!pattern14.test(data140)) {
                const err297 = { instancePath: instancePath + "/monitors/canary5xx/apmSpan", schemaPath: "#/properties/monitors/properties/canary5xx/properties/apmSpan/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9_.]+$" }, message: 'must match pattern "^[a-z0-9_.]+$"' };
                if (vErrors === null) {
                  vErrors = [err297];
                } else {
                  vErrors.push(err297);
                }
                errors2++;
              }
            } else {
              const err298 = { instancePath: instancePath + "/monitors/canary5xx/apmSpan", schemaPath: "#/properties/monitors/properties/canary5xx/properties/apmSpan/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err298];
              } else {
                vErrors.push(err298);
              }
              errors2++;
            }
          } else {
            const err299 = { instancePath: instancePath + "/monitors/canary5xx", schemaPath: "#/properties/monitors/properties/canary5xx/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err299];
            } else {
              vErrors.push(err299);
            }
            errors2++;
          }
          let data141 = data130.tags;
          if (Array.isArray(data141)) {
            const len8 = data141.length;
            for (let i8 = 0; i8 < len8; i8++) {
              let data142 = data141[i8];
              if (typeof data142 === "string") {
                if (!pattern15.test(data142)) {
                  const err300 = { instancePath: instancePath + "/monitors/tags/" + i8, schemaPath: "#/properties/monitors/properties/tags/items/pattern", keyword: "pattern", params: { pattern: "^[^,\\s]+$" }, message: 'must match pattern "^[^,\\s]+$"' };
                  if (vErrors === null) {
                    vErrors = [err300];
                  } else {
                    vErrors.push(err300);
                  }
                  errors2++;
                }
              } else {
                const err301 = { instancePath: instancePath + "/monitors/tags/" + i8, schemaPath: "#/properties/monitors/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err301];
                } else {
                  vErrors.push(err301);
                }
                errors2++;
              }
            }
          } else {
            const err302 = { instancePath: instancePath + "/monitors/tags", schemaPath: "#/properties/monitors/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err302];
            } else {
              vErrors.push(err302);
            }
            errors2++;
          }
          if (data130.webhookUrl !== void 0) {
            let data143 = data130.webhookUrl;
            if (typeof data143 === "string") {
              if (!formats20.validate(data143)) {
                const err303 = { instancePath: instancePath + "/monitors/webhookUrl", schemaPath: "#/properties/monitors/properties/webhookUrl/format", keyword: "format", params: { format: "webhook-url" }, message: 'must match format "webhook-url"' };
                if (vErrors === null) {
                  vErrors = [err303];
                } else {
                  vErrors.push(err303);
                }
                errors2++;
              }
            } else {
              const err304 = { instancePath: instancePath + "/monitors/webhookUrl", schemaPath: "#/properties/monitors/properties/webhookUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err304];
              } else {
                vErrors.push(err304);
              }
              errors2++;
            }
          }
          if (data130.webhookName !== void 0) {
            let data144 = data130.webhookName;
            if (typeof data144 === "string") {
              if (!pattern16.test(data144)) {
                const err305 = { instancePath: instancePath + "/monitors/webhookName", schemaPath: "#/properties/monitors/properties/webhookName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_-]+$" }, message: 'must match pattern "^[A-Za-z0-9_-]+$"' };
                if (vErrors === null) {
                  vErrors = [err305];
                } else {
                  vErrors.push(err305);
                }
                errors2++;
              }
            } else {
              const err306 = { instancePath: instancePath + "/monitors/webhookName", schemaPath: "#/properties/monitors/properties/webhookName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err306];
              } else {
                vErrors.push(err306);
              }
              errors2++;
            }
          }
          let data145 = data130.local;
          if (data145 && typeof data145 == "object" && !Array.isArray(data145)) {
            if (data145.smtp === void 0) {
              data145.smtp = "";
            }
            if (data145.smtpTls === void 0) {
              data145.smtpTls = "starttls";
            }
            if (data145.from === void 0) {
              data145.from = "slipway@localhost";
            }
            if (data145.webhookUrl === void 0) {
              data145.webhookUrl = "";
            }
            if (data145.intervalSec === void 0) {
              data145.intervalSec = 15;
            }
            for (const key24 in data145) {
              if (!func2.call(schema11.properties.monitors.properties.local.properties, key24)) {
                const err307 = { instancePath: instancePath + "/monitors/local", schemaPath: "#/properties/monitors/properties/local/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key24 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err307];
                } else {
                  vErrors.push(err307);
                }
                errors2++;
              }
            }
            let data146 = data145.smtp;
            if (typeof data146 === "string") {
              if (!formats34.validate(data146)) {
                const err308 = { instancePath: instancePath + "/monitors/local/smtp", schemaPath: "#/properties/monitors/properties/local/properties/smtp/format", keyword: "format", params: { format: "smtp-server" }, message: 'must match format "smtp-server"' };
                if (vErrors === null) {
                  vErrors = [err308];
                } else {
                  vErrors.push(err308);
                }
                errors2++;
              }
            } else {
              const err309 = { instancePath: instancePath + "/monitors/local/smtp", schemaPath: "#/properties/monitors/properties/local/properties/smtp/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err309];
              } else {
                vErrors.push(err309);
              }
              errors2++;
            }
            let data147 = data145.smtpTls;
            if (typeof data147 !== "string") {
              const err310 = { instancePath: instancePath + "/monitors/local/smtpTls", schemaPath: "#/properties/monitors/properties/local/properties/smtpTls/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err310];
              } else {
                vErrors.push(err310);
              }
              errors2++;
            }
            if (!(data147 === "starttls" || data147 === "tls" || data147 === "none")) {
              const err311 = { instancePath: instancePath + "/monitors/local/smtpTls", schemaPath: "#/properties/monitors/properties/local/properties/smtpTls/enum", keyword: "enum", params: { allowedValues: schema11.properties.monitors.properties.local.properties.smtpTls.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err311];
              } else {
                vErrors.push(err311);
              }
              errors2++;
            }
            if (data145.smtpUser !== void 0) {
              let data148 = data145.smtpUser;
              if (typeof data148 === "string") {
                if (!pattern17.test(data148)) {
                  const err312 = { instancePath: instancePath + "/monitors/local/smtpUser", schemaPath: "#/properties/monitors/properties/local/properties/smtpUser/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u001f\\u007f]{1,256}$" }, message: 'must match pattern "^[^\\u0000-\\u001f\\u007f]{1,256}$"' };
                  if (vErrors === null) {
                    vErrors = [err312];
                  } else {
                    vErrors.push(err312);
                  }
                  errors2++;
                }
              } else {
                const err313 = { instancePath: instancePath + "/monitors/local/smtpUser", schemaPath: "#/properties/monitors/properties/local/properties/smtpUser/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err313];
                } else {
                  vErrors.push(err313);
                }
                errors2++;
              }
            }
            if (data145.smtpCaFile !== void 0) {
              let data149 = data145.smtpCaFile;
              if (typeof data149 === "string") {
                if (!pattern18.test(data149)) {
                  const err314 = { instancePath: instancePath + "/monitors/local/smtpCaFile", schemaPath: "#/properties/monitors/properties/local/properties/smtpCaFile/pattern", keyword: "pattern", params: { pattern: "^/[^\\u0000-\\u001f\\u007f]*$" }, message: 'must match pattern "^/[^\\u0000-\\u001f\\u007f]*$"' };
                  if (vErrors === null) {
                    vErrors = [err314];
                  } else {
                    vErrors.push(err314);
                  }
                  errors2++;
                }
              } else {
                const err315 = { instancePath: instancePath + "/monitors/local/smtpCaFile", schemaPath: "#/properties/monitors/properties/local/properties/smtpCaFile/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err315];
                } else {
                  vErrors.push(err315);
                }
                errors2++;
              }
            }
            let data150 = data145.from;
            if (typeof data150 === "string") {
              if (!formats30.validate(data150)) {
                const err316 = { instancePath: instancePath + "/monitors/local/from", schemaPath: "#/properties/monitors/properties/local/properties/from/format", keyword: "format", params: { format: "email" }, message: 'must match format "email"' };
                if (vErrors === null) {
                  vErrors = [err316];
                } else {
                  vErrors.push(err316);
                }
                errors2++;
              }
            } else {
              const err317 = { instancePath: instancePath + "/monitors/local/from", schemaPath: "#/properties/monitors/properties/local/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err317];
              } else {
                vErrors.push(err317);
              }
              errors2++;
            }
            let data151 = data145.webhookUrl;
            if (typeof data151 === "string") {
              if (!formats38.validate(data151)) {
                const err318 = { instancePath: instancePath + "/monitors/local/webhookUrl", schemaPath: "#/properties/monitors/properties/local/properties/webhookUrl/format", keyword: "format", params: { format: "webhook-url-or-empty" }, message: 'must match format "webhook-url-or-empty"' };
                if (vErrors === null) {
                  vErrors = [err318];
                } else {
                  vErrors.push(err318);
                }
                errors2++;
              }
            } else {
              const err319 = { instancePath: instancePath + "/monitors/local/webhookUrl", schemaPath: "#/properties/monitors/properties/local/properties/webhookUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err319];
              } else {
                vErrors.push(err319);
              }
              errors2++;
            }
            let data152 = data145.intervalSec;
            if (typeof data152 == "number") {
              if (data152 <= 0 || isNaN(data152)) {
                const err320 = { instancePath: instancePath + "/monitors/local/intervalSec", schemaPath: "#/properties/monitors/properties/local/properties/intervalSec/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                if (vErrors === null) {
                  vErrors = [err320];
                } else {
                  vErrors.push(err320);
                }
                errors2++;
              }
            } else {
              const err321 = { instancePath: instancePath + "/monitors/local/intervalSec", schemaPath: "#/properties/monitors/properties/local/properties/intervalSec/type", keyword: "type", params: { type: "number" }, message: "must be number" };
              if (vErrors === null) {
                vErrors = [err321];
              } else {
                vErrors.push(err321);
              }
              errors2++;
            }
            if (data145.windowSec !== void 0) {
              let data153 = data145.windowSec;
              if (typeof data153 == "number") {
                if (data153 <= 0 || isNaN(data153)) {
                  const err322 = { instancePath: instancePath + "/monitors/local/windowSec", schemaPath: "#/properties/monitors/properties/local/properties/windowSec/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                  if (vErrors === null) {
                    vErrors = [err322];
                  } else {
                    vErrors.push(err322);
                  }
                  errors2++;
                }
              } else {
                const err323 = { instancePath: instancePath + "/monitors/local/windowSec", schemaPath: "#/properties/monitors/properties/local/properties/windowSec/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err323];
                } else {
                  vErrors.push(err323);
                }
                errors2++;
              }
            }
            if (data145.renotifySec !== void 0) {
              let data154 = data145.renotifySec;
              if (typeof data154 == "number") {
                if (data154 < 0 || isNaN(data154)) {
                  const err324 = { instancePath: instancePath + "/monitors/local/renotifySec", schemaPath: "#/properties/monitors/properties/local/properties/renotifySec/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err324];
                  } else {
                    vErrors.push(err324);
                  }
                  errors2++;
                }
              } else {
                const err325 = { instancePath: instancePath + "/monitors/local/renotifySec", schemaPath: "#/properties/monitors/properties/local/properties/renotifySec/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err325];
                } else {
                  vErrors.push(err325);
                }
                errors2++;
              }
            }
          } else {
            const err326 = { instancePath: instancePath + "/monitors/local", schemaPath: "#/properties/monitors/properties/local/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err326];
            } else {
              vErrors.push(err326);
            }
            errors2++;
          }
        } else {
          const err327 = { instancePath: instancePath + "/monitors", schemaPath: "#/properties/monitors/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err327];
          } else {
            vErrors.push(err327);
          }
          errors2++;
        }
        let data155 = data.autoscaler;
        if (data155 && typeof data155 == "object" && !Array.isArray(data155)) {
          if (data155.intervalSec === void 0) {
            data155.intervalSec = 5;
          }
          if (data155.thresholdPercent === void 0) {
            data155.thresholdPercent = 50;
          }
          if (data155.stepMb === void 0) {
            data155.stepMb = 100;
          }
          if (data155.maxMb === void 0) {
            data155.maxMb = 2048;
          }
          if (data155.cooldownSec === void 0) {
            data155.cooldownSec = 10;
          }
          if (data155.oomFactor === void 0) {
            data155.oomFactor = 1.2;
          }
          if (data155.watermarkPercent === void 0) {
            data155.watermarkPercent = 85;
          }
          if (data155.tickMs === void 0) {
            data155.tickMs = 250;
          }
          if (data155.scaleDown === void 0) {
            data155.scaleDown = {};
          }
          if (data155.metricsListen === void 0) {
            data155.metricsListen = "127.0.0.1:9464";
          }
          for (const key25 in data155) {
            if (!func2.call(schema11.properties.autoscaler.properties, key25)) {
              const err328 = { instancePath: instancePath + "/autoscaler", schemaPath: "#/properties/autoscaler/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key25 }, message: "must NOT have additional properties" };
              if (vErrors === null) {
                vErrors = [err328];
              } else {
                vErrors.push(err328);
              }
              errors2++;
            }
          }
          let data156 = data155.intervalSec;
          if (typeof data156 == "number") {
            if (data156 <= 0 || isNaN(data156)) {
              const err329 = { instancePath: instancePath + "/autoscaler/intervalSec", schemaPath: "#/properties/autoscaler/properties/intervalSec/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
              if (vErrors === null) {
                vErrors = [err329];
              } else {
                vErrors.push(err329);
              }
              errors2++;
            }
          } else {
            const err330 = { instancePath: instancePath + "/autoscaler/intervalSec", schemaPath: "#/properties/autoscaler/properties/intervalSec/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err330];
            } else {
              vErrors.push(err330);
            }
            errors2++;
          }
          let data157 = data155.thresholdPercent;
          if (typeof data157 == "number") {
            if (data157 > 100 || isNaN(data157)) {
              const err331 = { instancePath: instancePath + "/autoscaler/thresholdPercent", schemaPath: "#/properties/autoscaler/properties/thresholdPercent/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" };
              if (vErrors === null) {
                vErrors = [err331];
              } else {
                vErrors.push(err331);
              }
              errors2++;
            }
            if (data157 <= 0 || isNaN(data157)) {
              const err332 = { instancePath: instancePath + "/autoscaler/thresholdPercent", schemaPath: "#/properties/autoscaler/properties/thresholdPercent/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
              if (vErrors === null) {
                vErrors = [err332];
              } else {
                vErrors.push(err332);
              }
              errors2++;
            }
          } else {
            const err333 = { instancePath: instancePath + "/autoscaler/thresholdPercent", schemaPath: "#/properties/autoscaler/properties/thresholdPercent/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err333];
            } else {
              vErrors.push(err333);
            }
            errors2++;
          }
          let data158 = data155.stepMb;
          if (!(typeof data158 == "number" && (!(data158 % 1) && !isNaN(data158)))) {
            const err334 = { instancePath: instancePath + "/autoscaler/stepMb", schemaPath: "#/properties/autoscaler/properties/stepMb/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err334];
            } else {
              vErrors.push(err334);
            }
            errors2++;
          }
          if (typeof data158 == "number") {
            if (data158 < 1 || isNaN(data158)) {
              const err335 = { instancePath: instancePath + "/autoscaler/stepMb", schemaPath: "#/properties/autoscaler/properties/stepMb/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err335];
              } else {
                vErrors.push(err335);
              }
              errors2++;
            }
          }
          let data159 = data155.maxMb;
          if (!(typeof data159 == "number" && (!(data159 % 1) && !isNaN(data159)))) {
            const err336 = { instancePath: instancePath + "/autoscaler/maxMb", schemaPath: "#/properties/autoscaler/properties/maxMb/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err336];
            } else {
              vErrors.push(err336);
            }
            errors2++;
          }
          if (typeof data159 == "number") {
            if (data159 < 16 || isNaN(data159)) {
              const err337 = { instancePath: instancePath + "/autoscaler/maxMb", schemaPath: "#/properties/autoscaler/properties/maxMb/minimum", keyword: "minimum", params: { comparison: ">=", limit: 16 }, message: "must be >= 16" };
              if (vErrors === null) {
                vErrors = [err337];
              } else {
                vErrors.push(err337);
              }
              errors2++;
            }
          }
          let data160 = data155.cooldownSec;
          if (typeof data160 == "number") {
            if (data160 < 0 || isNaN(data160)) {
              const err338 = { instancePath: instancePath + "/autoscaler/cooldownSec", schemaPath: "#/properties/autoscaler/properties/cooldownSec/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err338];
              } else {
                vErrors.push(err338);
              }
              errors2++;
            }
          } else {
            const err339 = { instancePath: instancePath + "/autoscaler/cooldownSec", schemaPath: "#/properties/autoscaler/properties/cooldownSec/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err339];
            } else {
              vErrors.push(err339);
            }
            errors2++;
          }
          let data161 = data155.oomFactor;
          if (typeof data161 == "number") {
            if (data161 < 1 || isNaN(data161)) {
              const err340 = { instancePath: instancePath + "/autoscaler/oomFactor", schemaPath: "#/properties/autoscaler/properties/oomFactor/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err340];
              } else {
                vErrors.push(err340);
              }
              errors2++;
            }
          } else {
            const err341 = { instancePath: instancePath + "/autoscaler/oomFactor", schemaPath: "#/properties/autoscaler/properties/oomFactor/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err341];
            } else {
              vErrors.push(err341);
            }
            errors2++;
          }
          let data162 = data155.watermarkPercent;
          if (typeof data162 == "number") {
            if (data162 > 100 || isNaN(data162)) {
              const err342 = { instancePath: instancePath + "/autoscaler/watermarkPercent", schemaPath: "#/properties/autoscaler/properties/watermarkPercent/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" };
              if (vErrors === null) {
                vErrors = [err342];
              } else {
                vErrors.push(err342);
              }
              errors2++;
            }
            if (data162 < 0 || isNaN(data162)) {
              const err343 = { instancePath: instancePath + "/autoscaler/watermarkPercent", schemaPath: "#/properties/autoscaler/properties/watermarkPercent/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err343];
              } else {
                vErrors.push(err343);
              }
              errors2++;
            }
          } else {
            const err344 = { instancePath: instancePath + "/autoscaler/watermarkPercent", schemaPath: "#/properties/autoscaler/properties/watermarkPercent/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err344];
            } else {
              vErrors.push(err344);
            }
            errors2++;
          }
          let data163 = data155.tickMs;
          if (!(typeof data163 == "number" && (!(data163 % 1) && !isNaN(data163)))) {
            const err345 = { instancePath: instancePath + "/autoscaler/tickMs", schemaPath: "#/properties/autoscaler/properties/tickMs/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err345];
            } else {
              vErrors.push(err345);
            }
            errors2++;
          }
          if (typeof data163 == "number") {
            if (data163 > 5e3 || isNaN(data163)) {
              const err346 = { instancePath: instancePath + "/autoscaler/tickMs", schemaPath: "#/properties/autoscaler/properties/tickMs/maximum", keyword: "maximum", params: { comparison: "<=", limit: 5e3 }, message: "must be <= 5000" };
              if (vErrors === null) {
                vErrors = [err346];
              } else {
                vErrors.push(err346);
              }
              errors2++;
            }
            if (data163 < 50 || isNaN(data163)) {
              const err347 = { instancePath: instancePath + "/autoscaler/tickMs", schemaPath: "#/properties/autoscaler/properties/tickMs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 50 }, message: "must be >= 50" };
              if (vErrors === null) {
                vErrors = [err347];
              } else {
                vErrors.push(err347);
              }
              errors2++;
            }
          }
          let data164 = data155.scaleDown;
          if (data164 && typeof data164 == "object" && !Array.isArray(data164)) {
            if (data164.enabled === void 0) {
              data164.enabled = false;
            }
            if (data164.belowPercent === void 0) {
              data164.belowPercent = 20;
            }
            if (data164.afterSec === void 0) {
              data164.afterSec = 300;
            }
            for (const key26 in data164) {
              if (!(key26 === "enabled" || key26 === "belowPercent" || key26 === "afterSec")) {
                const err348 = { instancePath: instancePath + "/autoscaler/scaleDown", schemaPath: "#/properties/autoscaler/properties/scaleDown/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key26 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err348];
                } else {
                  vErrors.push(err348);
                }
                errors2++;
              }
            }
            if (typeof data164.enabled !== "boolean") {
              const err349 = { instancePath: instancePath + "/autoscaler/scaleDown/enabled", schemaPath: "#/properties/autoscaler/properties/scaleDown/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
              if (vErrors === null) {
                vErrors = [err349];
              } else {
                vErrors.push(err349);
              }
              errors2++;
            }
            let data166 = data164.belowPercent;
            if (typeof data166 == "number") {
              if (data166 > 100 || isNaN(data166)) {
                const err350 = { instancePath: instancePath + "/autoscaler/scaleDown/belowPercent", schemaPath: "#/properties/autoscaler/properties/scaleDown/properties/belowPercent/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" };
                if (vErrors === null) {
                  vErrors = [err350];
                } else {
                  vErrors.push(err350);
                }
                errors2++;
              }
              if (data166 <= 0 || isNaN(data166)) {
                const err351 = { instancePath: instancePath + "/autoscaler/scaleDown/belowPercent", schemaPath: "#/properties/autoscaler/properties/scaleDown/properties/belowPercent/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                if (vErrors === null) {
                  vErrors = [err351];
                } else {
                  vErrors.push(err351);
                }
                errors2++;
              }
            } else {
              const err352 = { instancePath: instancePath + "/autoscaler/scaleDown/belowPercent", schemaPath: "#/properties/autoscaler/properties/scaleDown/properties/belowPercent/type", keyword: "type", params: { type: "number" }, message: "must be number" };
              if (vErrors === null) {
                vErrors = [err352];
              } else {
                vErrors.push(err352);
              }
              errors2++;
            }
            let data167 = data164.afterSec;
            if (typeof data167 == "number") {
              if (data167 <= 0 || isNaN(data167)) {
                const err353 = { instancePath: instancePath + "/autoscaler/scaleDown/afterSec", schemaPath: "#/properties/autoscaler/properties/scaleDown/properties/afterSec/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                if (vErrors === null) {
                  vErrors = [err353];
                } else {
                  vErrors.push(err353);
                }
                errors2++;
              }
            } else {
              const err354 = { instancePath: instancePath + "/autoscaler/scaleDown/afterSec", schemaPath: "#/properties/autoscaler/properties/scaleDown/properties/afterSec/type", keyword: "type", params: { type: "number" }, message: "must be number" };
              if (vErrors === null) {
                vErrors = [err354];
              } else {
                vErrors.push(err354);
              }
              errors2++;
            }
          } else {
            const err355 = { instancePath: instancePath + "/autoscaler/scaleDown", schemaPath: "#/properties/autoscaler/properties/scaleDown/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err355];
            } else {
              vErrors.push(err355);
            }
            errors2++;
          }
          let data168 = data155.metricsListen;
          if (typeof data168 === "string") {
            if (!formats8.validate(data168)) {
              const err356 = { instancePath: instancePath + "/autoscaler/metricsListen", schemaPath: "#/properties/autoscaler/properties/metricsListen/format", keyword: "format", params: { format: "listen" }, message: 'must match format "listen"' };
              if (vErrors === null) {
                vErrors = [err356];
              } else {
                vErrors.push(err356);
              }
              errors2++;
            }
          } else {
            const err357 = { instancePath: instancePath + "/autoscaler/metricsListen", schemaPath: "#/properties/autoscaler/properties/metricsListen/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err357];
            } else {
              vErrors.push(err357);
            }
            errors2++;
          }
        } else {
          const err358 = { instancePath: instancePath + "/autoscaler", schemaPath: "#/properties/autoscaler/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err358];
          } else {
            vErrors.push(err358);
          }
          errors2++;
        }
        let data169 = data.dashboard;
        if (data169 && typeof data169 == "object" && !Array.isArray(data169)) {
          if (data169.listen === void 0) {
            data169.listen = "127.0.0.1:8090";
          }
          if (data169.sessionMinutes === void 0) {
            data169.sessionMinutes = 720;
          }
          for (const key27 in data169) {
            if (!(key27 === "listen" || key27 === "sessionMinutes")) {
              const err359 = { instancePath: instancePath + "/dashboard", schemaPath: "#/properties/dashboard/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key27 }, message: "must NOT have additional properties" };
              if (vErrors === null) {
                vErrors = [err359];
              } else {
                vErrors.push(err359);
              }
              errors2++;
            }
          }
          let data170 = data169.listen;
          if (typeof data170 === "string") {
            if (!formats8.validate(data170)) {
              const err360 = { instancePath: instancePath + "/dashboard/listen", schemaPath: "#/properties/dashboard/properties/listen/format", keyword: "format", params: { format: "listen" }, message: 'must match format "listen"' };
              if (vErrors === null) {
                vErrors = [err360];
              } else {
                vErrors.push(err360);
              }
              errors2++;
            }
          } else {
            const err361 = { instancePath: instancePath + "/dashboard/listen", schemaPath: "#/properties/dashboard/properties/listen/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err361];
            } else {
              vErrors.push(err361);
            }
            errors2++;
          }
          let data171 = data169.sessionMinutes;
          if (!(typeof data171 == "number" && (!(data171 % 1) && !isNaN(data171)))) {
            const err362 = { instancePath: instancePath + "/dashboard/sessionMinutes", schemaPath: "#/properties/dashboard/properties/sessionMinutes/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err362];
            } else {
              vErrors.push(err362);
            }
            errors2++;
          }
          if (typeof data171 == "number") {
            if (data171 > 10080 || isNaN(data171)) {
              const err363 = { instancePath: instancePath + "/dashboard/sessionMinutes", schemaPath: "#/properties/dashboard/properties/sessionMinutes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10080 }, message: "must be <= 10080" };
              if (vErrors === null) {
                vErrors = [err363];
              } else {
                vErrors.push(err363);
              }
              errors2++;
            }
            if (data171 < 1 || isNaN(data171)) {
              const err364 = { instancePath: instancePath + "/dashboard/sessionMinutes", schemaPath: "#/properties/dashboard/properties/sessionMinutes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err364];
              } else {
                vErrors.push(err364);
              }
              errors2++;
            }
          }
        } else {
          const err365 = { instancePath: instancePath + "/dashboard", schemaPath: "#/properties/dashboard/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err365];
          } else {
            vErrors.push(err365);
          }
          errors2++;
        }
        let data172 = data.provision;
        if (data172 && typeof data172 == "object" && !Array.isArray(data172)) {
          if (data172.dockerdArgs === void 0) {
            data172.dockerdArgs = [];
          }
          for (const key28 in data172) {
            if (!(key28 === "dockerdArgs")) {
              const err366 = { instancePath: instancePath + "/provision", schemaPath: "#/properties/provision/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key28 }, message: "must NOT have additional properties" };
              if (vErrors === null) {
                vErrors = [err366];
              } else {
                vErrors.push(err366);
              }
              errors2++;
            }
          }
          let data173 = data172.dockerdArgs;
          if (Array.isArray(data173)) {
            const len9 = data173.length;
            for (let i9 = 0; i9 < len9; i9++) {
              let data174 = data173[i9];
              if (typeof data174 === "string") {
                if (!formats44.validate(data174)) {
                  const err367 = { instancePath: instancePath + "/provision/dockerdArgs/" + i9, schemaPath: "#/properties/provision/properties/dockerdArgs/items/format", keyword: "format", params: { format: "dockerd-flag" }, message: 'must match format "dockerd-flag"' };
                  if (vErrors === null) {
                    vErrors = [err367];
                  } else {
                    vErrors.push(err367);
                  }
                  errors2++;
                }
              } else {
                const err368 = { instancePath: instancePath + "/provision/dockerdArgs/" + i9, schemaPath: "#/properties/provision/properties/dockerdArgs/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err368];
                } else {
                  vErrors.push(err368);
                }
                errors2++;
              }
            }
          } else {
            const err369 = { instancePath: instancePath + "/provision/dockerdArgs", schemaPath: "#/properties/provision/properties/dockerdArgs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err369];
            } else {
              vErrors.push(err369);
            }
            errors2++;
          }
        } else {
          const err370 = { instancePath: instancePath + "/provision", schemaPath: "#/properties/provision/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err370];
          } else {
            vErrors.push(err370);
          }
          errors2++;
        }
      } else {
        const err371 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err371];
        } else {
          vErrors.push(err371);
        }
        errors2++;
      }
      validate10.errors = vErrors;
      return errors2 === 0;
    }
  }
});

// node_modules/nodemailer/dist/esm/punycode/index.js
function error(type) {
  throw new RangeError(errors[type]);
}
function map(array, callback) {
  const result = [];
  let length = array.length;
  while (length--) {
    result[length] = callback(array[length]);
  }
  return result;
}
function mapDomain(domain, callback) {
  const parts = domain.split("@");
  let result = "";
  if (parts.length > 1) {
    result = parts[0] + "@";
    domain = parts[1];
  }
  domain = domain.replace(regexSeparators, ".");
  const labels = domain.split(".");
  const encoded = map(labels, callback).join(".");
  return result + encoded;
}
function ucs2decode(string) {
  const output = [];
  let counter = 0;
  const length = string.length;
  while (counter < length) {
    const value = string.charCodeAt(counter++);
    if (value >= 55296 && value <= 56319 && counter < length) {
      const extra = string.charCodeAt(counter++);
      if ((extra & 64512) == 56320) {
        output.push(((value & 1023) << 10) + (extra & 1023) + 65536);
      } else {
        output.push(value);
        counter--;
      }
    } else {
      output.push(value);
    }
  }
  return output;
}
var maxInt, base, tMin, tMax, skew, damp, initialBias, initialN, delimiter, regexPunycode, regexNonASCII, regexSeparators, errors, baseMinusTMin, floor, stringFromCharCode, basicToDigit, digitToBasic, adapt, decode, encode, toUnicode, toASCII;
var init_punycode = __esm({
  "node_modules/nodemailer/dist/esm/punycode/index.js"() {
    maxInt = 2147483647;
    base = 36;
    tMin = 1;
    tMax = 26;
    skew = 38;
    damp = 700;
    initialBias = 72;
    initialN = 128;
    delimiter = "-";
    regexPunycode = /^xn--/;
    regexNonASCII = /[^\0-\x7F]/;
    regexSeparators = /[\x2E\u3002\uFF0E\uFF61]/g;
    errors = {
      overflow: "Overflow: input needs wider integers to process",
      "not-basic": "Illegal input >= 0x80 (not a basic code point)",
      "invalid-input": "Invalid input"
    };
    baseMinusTMin = base - tMin;
    floor = Math.floor;
    stringFromCharCode = String.fromCharCode;
    basicToDigit = function(codePoint) {
      if (codePoint >= 48 && codePoint < 58) {
        return 26 + (codePoint - 48);
      }
      if (codePoint >= 65 && codePoint < 91) {
        return codePoint - 65;
      }
      if (codePoint >= 97 && codePoint < 123) {
        return codePoint - 97;
      }
      return base;
    };
    digitToBasic = function(digit, flag) {
      return digit + 22 + 75 * Number(digit < 26) - (Number(flag != 0) << 5);
    };
    adapt = function(delta, numPoints, firstTime) {
      let k = 0;
      delta = firstTime ? floor(delta / damp) : delta >> 1;
      delta += floor(delta / numPoints);
      for (
        ;
        /* no initialization */
        delta > baseMinusTMin * tMax >> 1;
        k += base
      ) {
        delta = floor(delta / baseMinusTMin);
      }
      return floor(k + (baseMinusTMin + 1) * delta / (delta + skew));
    };
    decode = function(input) {
      const output = [];
      const inputLength = input.length;
      let i = 0;
      let n = initialN;
      let bias = initialBias;
      let basic = input.lastIndexOf(delimiter);
      if (basic < 0) {
        basic = 0;
      }
      for (let j = 0; j < basic; ++j) {
        if (input.charCodeAt(j) >= 128) {
          error("not-basic");
        }
        output.push(input.charCodeAt(j));
      }
      for (let index = basic > 0 ? basic + 1 : 0; index < inputLength; ) {
        const oldi = i;
        for (let w = 1, k = base; ; k += base) {
          if (index >= inputLength) {
            error("invalid-input");
          }
          const digit = basicToDigit(input.charCodeAt(index++));
          if (digit >= base) {
            error("invalid-input");
          }
          if (digit > floor((maxInt - i) / w)) {
            error("overflow");
          }
          i += digit * w;
          const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
          if (digit < t) {
            break;
          }
          const baseMinusT = base - t;
          if (w > floor(maxInt / baseMinusT)) {
            error("overflow");
          }
          w *= baseMinusT;
        }
        const out = output.length + 1;
        bias = adapt(i - oldi, out, oldi == 0);
        if (floor(i / out) > maxInt - n) {
          error("overflow");
        }
        n += floor(i / out);
        i %= out;
        output.splice(i++, 0, n);
      }
      return String.fromCodePoint(...output);
    };
    encode = function(input) {
      const output = [];
      const codePoints = ucs2decode(input);
      const inputLength = codePoints.length;
      let n = initialN;
      let delta = 0;
      let bias = initialBias;
      for (const currentValue of codePoints) {
        if (currentValue < 128) {
          output.push(stringFromCharCode(currentValue));
        }
      }
      const basicLength = output.length;
      let handledCPCount = basicLength;
      if (basicLength) {
        output.push(delimiter);
      }
      while (handledCPCount < inputLength) {
        let m = maxInt;
        for (const currentValue of codePoints) {
          if (currentValue >= n && currentValue < m) {
            m = currentValue;
          }
        }
        const handledCPCountPlusOne = handledCPCount + 1;
        if (m - n > floor((maxInt - delta) / handledCPCountPlusOne)) {
          error("overflow");
        }
        delta += (m - n) * handledCPCountPlusOne;
        n = m;
        for (const currentValue of codePoints) {
          if (currentValue < n && ++delta > maxInt) {
            error("overflow");
          }
          if (currentValue === n) {
            let q = delta;
            for (let k = base; ; k += base) {
              const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
              if (q < t) {
                break;
              }
              const qMinusT = q - t;
              const baseMinusT = base - t;
              output.push(stringFromCharCode(digitToBasic(t + qMinusT % baseMinusT, 0)));
              q = floor(qMinusT / baseMinusT);
            }
            output.push(stringFromCharCode(digitToBasic(q, 0)));
            bias = adapt(delta, handledCPCountPlusOne, handledCPCount === basicLength);
            delta = 0;
            ++handledCPCount;
          }
        }
        ++delta;
        ++n;
      }
      return output.join("");
    };
    toUnicode = function(input) {
      return mapDomain(input, function(string) {
        return regexPunycode.test(string) ? decode(string.slice(4).toLowerCase()) : string;
      });
    };
    toASCII = function(input) {
      return mapDomain(input, function(string) {
        return regexNonASCII.test(string) ? "xn--" + encode(string) : string;
      });
    };
  }
});

// node_modules/nodemailer/dist/esm/shared/url.js
function stripSurroundingWhitespace(input) {
  let start = 0;
  let end = input.length;
  while (start < end && input.charCodeAt(start) <= 32) {
    start++;
  }
  while (end > start && input.charCodeAt(end - 1) <= 32) {
    end--;
  }
  return input.slice(start, end);
}
function invalidUrl(input) {
  const err = new TypeError("Invalid URL");
  err.code = "ERR_INVALID_URL";
  err.input = input;
  return err;
}
function legacyParse(input, parseQueryString, whatwgError, slashesDenoteHost) {
  const parsed = import_node_url.default.parse(input, parseQueryString, slashesDenoteHost);
  const authority = AUTHORITY.exec(input.replace(LEGACY_TRIM, ""));
  if (authority && (authority[1] || parsed.hostname !== null)) {
    const written = authority[2].slice(authority[2].lastIndexOf("@") + 1);
    if (!written || CONTROL_CHARS.test(written) || (parsed.host || "").toLowerCase() !== toASCII(written.toLowerCase())) {
      throw whatwgError;
    }
    if (written.charAt(0) === "[" && !import_node_net.default.isIPv6(written.slice(1, written.indexOf("]")))) {
      throw whatwgError;
    }
  } else if (parsed.hostname !== null) {
    throw whatwgError;
  }
  const legacyAuth = parsed.auth === null || parsed.auth === void 0 ? null : parsed.auth.split(":");
  const result = parsed;
  result.username = legacyAuth ? legacyAuth.shift() : null;
  result.password = legacyAuth && legacyAuth.length ? legacyAuth.join(":") : null;
  return result;
}
function safeDecode(str) {
  try {
    return decodeURIComponent(str);
  } catch (_err) {
    return str;
  }
}
function normalizeHostname(raw, href) {
  const hostname = raw || "";
  if (!hostname) {
    return "";
  }
  if (hostname.charAt(0) === "[" && hostname.charAt(hostname.length - 1) === "]") {
    return hostname.slice(1, -1);
  }
  const decoded = safeDecode(hostname);
  const mapped = FORBIDDEN_HOST_CHARS.test(decoded) ? "" : import_node_url.default.domainToASCII(decoded);
  if (!mapped) {
    throw invalidUrl(href);
  }
  return mapped;
}
var import_node_net, import_node_url, SLASHLESS_AUTHORITY, LEGACY_TRIM, AUTHORITY, FORBIDDEN_HOST_CHARS, CONTROL_CHARS, parse, resolve2;
var init_url = __esm({
  "node_modules/nodemailer/dist/esm/shared/url.js"() {
    import_node_net = __toESM(require("node:net"), 1);
    import_node_url = __toESM(require("node:url"), 1);
    init_punycode();
    SLASHLESS_AUTHORITY = /^([a-zA-Z][a-zA-Z0-9+.-]*:)(?!\/\/)([\s\S]+)$/;
    LEGACY_TRIM = /^[\x00-\x20\u00a0\ufeff]+/;
    AUTHORITY = /^([a-zA-Z0-9+.-]+:)?[\\/]{2}([^\\/?#]*)/;
    FORBIDDEN_HOST_CHARS = /[\x00-\x20#/:<>?@[\\\]^|\x7f]/;
    CONTROL_CHARS = /[\x00-\x1f\x7f]/;
    parse = (input, parseQueryString) => {
      input = stripSurroundingWhitespace(input || "");
      const slashless = SLASHLESS_AUTHORITY.exec(input);
      const normalized2 = slashless ? slashless[1] + "//" + slashless[2] : input;
      let u;
      try {
        u = new URL(normalized2);
      } catch (err) {
        return legacyParse(normalized2, parseQueryString, err);
      }
      const hostname = normalizeHostname(u.hostname, u.href);
      const port = u.port || null;
      const pathname = u.pathname || null;
      const search = u.search || null;
      let auth = null;
      let username = null;
      let password = null;
      if (u.username || u.password) {
        username = safeDecode(u.username);
        password = u.password ? safeDecode(u.password) : null;
        auth = username + (password !== null ? ":" + password : "");
      }
      let query;
      if (parseQueryString) {
        const parsed = /* @__PURE__ */ Object.create(null);
        u.searchParams.forEach((value, key) => {
          if (Object.prototype.hasOwnProperty.call(parsed, key)) {
            const existing = parsed[key];
            if (Array.isArray(existing)) {
              existing.push(value);
            } else {
              parsed[key] = [existing, value];
            }
          } else {
            parsed[key] = value;
          }
        });
        query = parsed;
      } else {
        query = search ? search.slice(1) : null;
      }
      return {
        protocol: u.protocol || null,
        host: u.host || null,
        hostname,
        port,
        pathname,
        search,
        path: (pathname || "") + (search || "") || null,
        href: u.href,
        auth,
        username,
        password,
        query
      };
    };
    resolve2 = (from, to) => {
      try {
        return new URL(to, from).href;
      } catch (err) {
        legacyParse(from, false, err, true);
        legacyParse(to, false, err, true);
        return import_node_url.default.resolve(from, to);
      }
    };
  }
});

// node_modules/nodemailer/dist/esm/fetch/cookies.js
var import_node_net2, SESSION_TIMEOUT, Cookies, cookies_default;
var init_cookies = __esm({
  "node_modules/nodemailer/dist/esm/fetch/cookies.js"() {
    import_node_net2 = __toESM(require("node:net"), 1);
    init_url();
    SESSION_TIMEOUT = 1800;
    Cookies = class {
      constructor(options) {
        this.options = options || {};
        this.cookies = [];
      }
      /**
       * Stores a cookie string to the cookie storage
       *
       * @param cookieStr Value from the 'Set-Cookie:' header
       * @param url Current URL
       */
      set(cookieStr, url) {
        const urlparts = parse(url || "");
        const cookie = this.parse(cookieStr);
        let domain;
        if (cookie.domain) {
          domain = cookie.domain.replace(/^\./, "");
          if (
            // can't be valid if the requested domain is shorter than current hostname
            urlparts.hostname.length < domain.length || // a top level domain is not a valid scope, 'Domain=com' would otherwise be
            // sent to every .com host. A trailing dot does not make 'com.' any better
            domain.indexOf(".") < 0 || domain.endsWith(".") || // an IP address has no subdomains, so cookies set on it stay host-only
            import_node_net2.default.isIP(urlparts.hostname) || // prefix domains with dot to be sure that partial matches are not used
            !("." + urlparts.hostname).endsWith("." + domain)
          ) {
            cookie.domain = urlparts.hostname;
          }
        } else {
          cookie.domain = urlparts.hostname;
        }
        if (!cookie.path) {
          cookie.path = this.getPath(urlparts.pathname);
        }
        if (!cookie.expires) {
          cookie.expires = new Date(Date.now() + (Number(this.options.sessionTimeout || SESSION_TIMEOUT) || SESSION_TIMEOUT) * 1e3);
        }
        if (urlparts.protocol !== "https:" && (cookie.secure || this.cookies.some((stored) => stored.secure && this.compare(stored, cookie)))) {
          return false;
        }
        return this.add(cookie);
      }
      /**
       * Returns cookie string for the 'Cookie:' header.
       *
       * @param url URL to check for
       * @returns Cookie header or empty string if no matches were found
       */
      get(url) {
        return this.list(url).map((cookie) => cookie.name + "=" + cookie.value).join("; ");
      }
      /**
       * Lists all valied cookie objects for the specified URL
       *
       * @param url URL to check for
       * @returns An array of cookie objects
       */
      list(url) {
        const result = [];
        for (let i = this.cookies.length - 1; i >= 0; i--) {
          const cookie = this.cookies[i];
          if (this.isExpired(cookie)) {
            this.cookies.splice(i, 1);
            continue;
          }
          if (this.match(cookie, url)) {
            result.unshift(cookie);
          }
        }
        return result;
      }
      /**
       * Parses cookie string from the 'Set-Cookie:' header
       *
       * @param cookieStr String from the 'Set-Cookie:' header
       * @returns Cookie object
       */
      parse(cookieStr) {
        const cookie = {};
        let hasNameValue = false;
        let hasMaxAge = false;
        (cookieStr || "").toString().split(";").forEach((cookiePart) => {
          if (!cookiePart.trim()) {
            return;
          }
          const valueParts = cookiePart.split("=");
          const name2 = valueParts.shift().trim();
          let value = valueParts.join("=").trim();
          let domain;
          if (!hasNameValue) {
            hasNameValue = true;
            if (name2) {
              cookie.name = name2;
              cookie.value = value;
            }
            return;
          }
          switch (name2.toLowerCase()) {
            case "expires": {
              const expires = new Date(value);
              if (expires.toString() !== "Invalid Date" && !hasMaxAge) {
                cookie.expires = expires;
              }
              break;
            }
            case "path":
              cookie.path = value;
              break;
            case "domain":
              domain = value.toLowerCase();
              if (domain.length && domain.charAt(0) !== ".") {
                domain = "." + domain;
              }
              cookie.domain = domain;
              break;
            case "max-age":
              cookie.expires = new Date(Date.now() + (Number(value) || 0) * 1e3);
              hasMaxAge = true;
              break;
            case "secure":
              cookie.secure = true;
              break;
            case "httponly":
              cookie.httponly = true;
              break;
          }
        });
        return cookie;
      }
      /**
       * Checks if a cookie object is valid for a specified URL
       *
       * @param cookie Cookie object
       * @param url URL to check for
       * @returns true if cookie is valid for specifiec URL
       */
      match(cookie, url) {
        const urlparts = parse(url || "");
        if (urlparts.hostname !== cookie.domain && (cookie.domain.charAt(0) !== "." || ("." + urlparts.hostname).substr(-cookie.domain.length) !== cookie.domain)) {
          return false;
        }
        const pathname = urlparts.pathname || "/";
        const cookiePath = cookie.path;
        const pathMatches = pathname === cookiePath || pathname.startsWith(cookiePath) && (cookiePath.endsWith("/") || pathname.charAt(cookiePath.length) === "/");
        if (!pathMatches) {
          return false;
        }
        if (cookie.secure && urlparts.protocol !== "https:") {
          return false;
        }
        return true;
      }
      /**
       * Adds (or updates/removes if needed) a cookie object to the cookie storage
       *
       * @param cookie Cookie value to be stored
       */
      add(cookie) {
        if (!cookie || !cookie.name) {
          return false;
        }
        for (let i = 0, len = this.cookies.length; i < len; i++) {
          if (this.compare(this.cookies[i], cookie)) {
            if (this.isExpired(cookie)) {
              this.cookies.splice(i, 1);
              return false;
            }
            this.cookies[i] = cookie;
            return true;
          }
        }
        if (!this.isExpired(cookie)) {
          this.cookies.push(cookie);
        }
        return true;
      }
      /**
       * Checks if two cookie objects are the same cookie. A cookie is identified by its
       * name, domain and path (RFC 6265 section 5.3), the Secure and HttpOnly flags are
       * attributes of the stored cookie that an update replaces
       *
       * @param a Cookie to check against
       * @param b Cookie to check against
       * @returns True, if the cookies are the same
       */
      compare(a, b) {
        return a.name === b.name && a.path === b.path && a.domain === b.domain;
      }
      /**
       * Checks if a cookie is expired
       *
       * @param cookie Cookie object to check against
       * @returns True, if the cookie is expired
       */
      isExpired(cookie) {
        return cookie.expires && cookie.expires < /* @__PURE__ */ new Date() || !cookie.value;
      }
      /**
       * Returns the default path for an URL path argument, the default-path of
       * RFC 6265 section 5.1.4. A cookie that carries no Path attribute is scoped
       * to the directory of the URL it was set from
       *
       * @param pathname
       * @returns Default path
       */
      getPath(pathname) {
        const pathParts = (pathname || "/").split("/");
        pathParts.pop();
        const path5 = pathParts.join("/").trim();
        if (path5.charAt(0) !== "/") {
          return "/";
        }
        return path5;
      }
    };
    cookies_default = Cookies;
  }
});

// node_modules/nodemailer/dist/esm/package-info.js
var name, version, homepage;
var init_package_info = __esm({
  "node_modules/nodemailer/dist/esm/package-info.js"() {
    name = "nodemailer";
    version = "10.6.1";
    homepage = "https://nodemailer.com/";
  }
});

// node_modules/nodemailer/dist/esm/errors.js
var ECONNECTION, ETIMEDOUT, ESOCKET, EENVELOPE, EMESSAGE, EOTP, ESTREAM, EABORT, ENOAUTH, EOAUTH2, EMAXLIMIT, EMAXRECIPIENTS, ESENDMAIL, ESES, ECONFIG, EPROXY, EFILEACCESS, EURLACCESS, EFETCH, createAbortError, isTransientError, isPermanentResponseCode, ERR_ACCESS_DENIED;
var init_errors2 = __esm({
  "node_modules/nodemailer/dist/esm/errors.js"() {
    ECONNECTION = "ECONNECTION";
    ETIMEDOUT = "ETIMEDOUT";
    ESOCKET = "ESOCKET";
    EENVELOPE = "EENVELOPE";
    EMESSAGE = "EMESSAGE";
    EOTP = "EOTP";
    ESTREAM = "ESTREAM";
    EABORT = "EABORT";
    ENOAUTH = "ENOAUTH";
    EOAUTH2 = "EOAUTH2";
    EMAXLIMIT = "EMAXLIMIT";
    EMAXRECIPIENTS = "EMAXRECIPIENTS";
    ESENDMAIL = "ESENDMAIL";
    ESES = "ESES";
    ECONFIG = "ECONFIG";
    EPROXY = "EPROXY";
    EFILEACCESS = "EFILEACCESS";
    EURLACCESS = "EURLACCESS";
    EFETCH = "EFETCH";
    createAbortError = (signal) => {
      const err = new Error("Message sending aborted", { cause: signal.reason });
      err.name = "AbortError";
      err.code = EABORT;
      return err;
    };
    isTransientError = (err) => err.responseCode === 421 || err.code === ECONNECTION || err.code === ESOCKET || err.code === ETIMEDOUT;
    isPermanentResponseCode = (responseCode) => responseCode >= 500 && responseCode < 600 && responseCode !== 503;
    ERR_ACCESS_DENIED = "ERR_ACCESS_DENIED";
  }
});

// node_modules/nodemailer/dist/esm/shared/objects.js
var isProtoKey, copyOwnKeys;
var init_objects = __esm({
  "node_modules/nodemailer/dist/esm/shared/objects.js"() {
    isProtoKey = (key) => key === "__proto__";
    copyOwnKeys = (target, source, skip) => {
      Object.keys(source || {}).forEach((key) => {
        if (isProtoKey(key) || skip && skip(key)) {
          return;
        }
        target[key] = source[key];
      });
      return target;
    };
  }
});

// node_modules/nodemailer/dist/esm/fetch/index.js
function setFetchCode(err) {
  if (err.code !== ERR_ACCESS_DENIED) {
    err.code = EFETCH;
  }
}
function parseFetchUrl(url) {
  let parsed;
  try {
    parsed = parse(url);
  } catch (_err) {
    return false;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    return false;
  }
  return parsed;
}
function fetchPort(parsed) {
  return parsed.port ? Number(parsed.port) : parsed.protocol === "https:" ? 443 : 80;
}
function nmfetch(url, options) {
  options = options || {};
  options.fetchRes = options.fetchRes || new import_node_stream.PassThrough();
  options.cookies = options.cookies || new cookies_default();
  options.redirects = options.redirects || 0;
  options.maxRedirects = isNaN(options.maxRedirects) ? MAX_REDIRECTS : options.maxRedirects;
  if (!options.deadline) {
    options.maxTime = typeof options.maxTime === "number" && options.maxTime >= 0 ? options.maxTime : DEFAULT_MAX_TIME;
    options.deadline = options.maxTime ? Date.now() + options.maxTime : 0;
  }
  const fetchRes = options.fetchRes;
  const parsed = parseFetchUrl(url);
  if (!parsed) {
    if (options.body && typeof options.body.destroy === "function") {
      options.body.on("error", () => false);
      options.body.destroy();
    }
    setImmediate(() => {
      const err = new Error("Unsupported protocol for URL " + url);
      err.code = EFETCH;
      err.sourceUrl = url;
      fetchRes.emit("error", err);
    });
    return fetchRes;
  }
  if (options.cookie) {
    [].concat(options.cookie || []).forEach((cookie) => {
      options.cookies.set(cookie, url);
    });
    options.cookie = false;
  }
  let method = (options.method || "").toString().trim().toUpperCase() || "GET";
  let finished3 = false;
  let cookies;
  let body;
  const handler = parsed.protocol === "https:" ? import_node_https.default : import_node_http.default;
  const headers = {
    "accept-encoding": "gzip,deflate",
    "user-agent": "nodemailer/" + version
  };
  Object.keys(options.headers || {}).forEach((key) => {
    if (isProtoKey(key.toLowerCase().trim())) {
      return;
    }
    headers[key.toLowerCase().trim()] = options.headers[key];
  });
  if (options.userAgent) {
    headers["user-agent"] = options.userAgent;
  }
  if (parsed.auth) {
    headers.Authorization = "Basic " + Buffer.from(parsed.auth).toString("base64");
  }
  if (cookies = options.cookies.get(url)) {
    headers.cookie = cookies;
  }
  if (options.body) {
    if (options.contentType !== false) {
      headers["Content-Type"] = options.contentType || "application/x-www-form-urlencoded";
    }
    if (typeof options.body.pipe === "function") {
      headers["Transfer-Encoding"] = "chunked";
      body = options.body;
      body.on("error", (err) => {
        if (finished3) {
          return;
        }
        finished3 = true;
        setFetchCode(err);
        err.sourceUrl = url;
        fetchRes.emit("error", err);
      });
    } else {
      if (options.body instanceof Buffer) {
        body = options.body;
      } else if (typeof options.body === "object") {
        try {
          body = Buffer.from(Object.keys(options.body).map((key) => {
            const value = options.body[key].toString().trim();
            return encodeURIComponent(key) + "=" + encodeURIComponent(value);
          }).join("&"));
        } catch (E) {
          finished3 = true;
          E.code = EFETCH;
          E.sourceUrl = url;
          setImmediate(() => fetchRes.emit("error", E));
          return fetchRes;
        }
      } else {
        body = Buffer.from(options.body.toString().trim());
      }
      headers["Content-Type"] = options.contentType || "application/x-www-form-urlencoded";
      headers["Content-Length"] = body.length;
    }
    method = (options.method || "").toString().trim().toUpperCase() || "POST";
  }
  let req;
  const reqOptions = {
    method,
    host: parsed.hostname,
    path: parsed.path,
    port: fetchPort(parsed),
    headers,
    // Validate TLS certificates by default. Callers that genuinely need to
    // reach a self-signed/internal host opt out explicitly with
    // options.tls = { rejectUnauthorized: false }.
    rejectUnauthorized: true,
    agent: false
  };
  if (options.tls) {
    Object.keys(options.tls).forEach((key) => {
      if (TLS_OPTION_KEYS.includes(key)) {
        reqOptions[key] = options.tls[key];
      }
    });
  }
  if (parsed.protocol === "https:" && parsed.hostname && parsed.hostname !== reqOptions.host && !import_node_net3.default.isIP(parsed.hostname) && !reqOptions.servername) {
    reqOptions.servername = parsed.hostname;
  }
  try {
    req = handler.request(reqOptions);
  } catch (E) {
    finished3 = true;
    setImmediate(() => {
      setFetchCode(E);
      E.sourceUrl = url;
      fetchRes.emit("error", E);
    });
    return fetchRes;
  }
  let deadlineTimer;
  const clearDeadline = () => {
    if (deadlineTimer) {
      clearTimeout(deadlineTimer);
      deadlineTimer = void 0;
    }
  };
  const fail = (err, sourceUrl = url) => {
    if (finished3) {
      return;
    }
    finished3 = true;
    clearDeadline();
    setFetchCode(err);
    err.sourceUrl = sourceUrl;
    fetchRes.emit("error", err);
    req.abort();
  };
  const timeout = typeof options.timeout === "number" && options.timeout >= 0 ? options.timeout : DEFAULT_TIMEOUT;
  if (timeout) {
    req.setTimeout(timeout, () => fail(new Error("Request Timeout")));
  }
  if (options.deadline) {
    deadlineTimer = setTimeout(() => fail(new Error("Request exceeded the allowed " + options.maxTime + " ms")), Math.max(options.deadline - Date.now(), 1));
    deadlineTimer.unref();
  }
  req.on("error", (err) => fail(err));
  fetchRes.once("close", () => {
    clearDeadline();
    if (finished3 || fetchRes.readableEnded) {
      return;
    }
    finished3 = true;
    req.destroy();
  });
  req.on("response", (res) => {
    let inflate;
    if (finished3) {
      return;
    }
    switch (res.headers["content-encoding"]) {
      case "gzip":
      case "deflate":
        inflate = import_node_zlib.default.createUnzip();
        break;
    }
    if (res.headers["set-cookie"]) {
      [].concat(res.headers["set-cookie"] || []).forEach((cookie) => {
        options.cookies.set(cookie, url);
      });
    }
    if ([301, 302, 303, 307, 308].includes(res.statusCode) && res.headers.location) {
      options.redirects++;
      if (options.redirects > options.maxRedirects) {
        return fail(new Error("Maximum redirect count exceeded"));
      }
      options.method = "GET";
      options.body = false;
      let redirectUrl;
      try {
        redirectUrl = resolve2(url, res.headers.location);
      } catch (_err) {
        redirectUrl = res.headers.location;
      }
      const redirectParsed = parseFetchUrl(redirectUrl);
      if (!redirectParsed) {
        return fail(new Error("Unsupported protocol for URL " + redirectUrl), redirectUrl);
      }
      const crossOrigin = redirectParsed.protocol !== parsed.protocol || redirectParsed.hostname !== parsed.hostname || fetchPort(redirectParsed) !== fetchPort(parsed);
      if (options.headers && crossOrigin) {
        const sensitive = ["authorization", "cookie", "proxy-authorization"];
        Object.keys(options.headers).forEach((key) => {
          if (sensitive.includes(key.toLowerCase().trim())) {
            delete options.headers[key];
          }
        });
      }
      finished3 = true;
      clearDeadline();
      res.resume();
      req.abort();
      return nmfetch(redirectUrl, options);
    }
    fetchRes.statusCode = res.statusCode;
    fetchRes.headers = res.headers;
    if (res.statusCode >= 300 && !options.allowErrorResponse) {
      return fail(new Error("Invalid status code " + res.statusCode));
    }
    res.on("error", (err) => fail(err));
    res.once("end", () => clearDeadline());
    const maxBytes = typeof options.maxBytes === "number" && options.maxBytes > 0 ? options.maxBytes : DEFAULT_MAX_BYTES;
    const source = inflate || res;
    let received = 0;
    source.on("data", (chunk) => {
      received += chunk.length;
      if (received <= maxBytes || finished3) {
        return;
      }
      source.unpipe(fetchRes);
      fail(new Error("Response size exceeds the allowed " + maxBytes + " bytes"));
    });
    if (inflate) {
      res.pipe(inflate).pipe(fetchRes);
      inflate.on("error", (err) => fail(err));
    } else {
      res.pipe(fetchRes);
    }
  });
  setImmediate(() => {
    if (body) {
      try {
        if (typeof body.pipe === "function") {
          return body.pipe(req);
        }
        req.write(body);
      } catch (err) {
        return fail(err);
      }
    }
    req.end();
  });
  return fetchRes;
}
var import_node_http, import_node_https, import_node_zlib, import_node_stream, import_node_net3, MAX_REDIRECTS, DEFAULT_TIMEOUT, DEFAULT_MAX_TIME, DEFAULT_MAX_BYTES, TLS_OPTION_KEYS, fetch_default;
var init_fetch = __esm({
  "node_modules/nodemailer/dist/esm/fetch/index.js"() {
    import_node_http = __toESM(require("node:http"), 1);
    import_node_https = __toESM(require("node:https"), 1);
    init_url();
    import_node_zlib = __toESM(require("node:zlib"), 1);
    import_node_stream = require("node:stream");
    init_cookies();
    init_package_info();
    import_node_net3 = __toESM(require("node:net"), 1);
    init_errors2();
    init_objects();
    MAX_REDIRECTS = 5;
    DEFAULT_TIMEOUT = 60 * 1e3;
    DEFAULT_MAX_TIME = 2 * 60 * 1e3;
    DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
    TLS_OPTION_KEYS = [
      "ALPNProtocols",
      "ca",
      "cert",
      "checkServerIdentity",
      "ciphers",
      "crl",
      "dhparam",
      "ecdhCurve",
      "honorCipherOrder",
      "key",
      "maxVersion",
      "minVersion",
      "passphrase",
      "pfx",
      "rejectUnauthorized",
      "secureContext",
      "secureOptions",
      "secureProtocol",
      "servername",
      "sessionIdContext",
      "sigalgs"
    ];
    nmfetch.Cookies = cookies_default;
    nmfetch.DEFAULT_TIMEOUT = DEFAULT_TIMEOUT;
    nmfetch.DEFAULT_MAX_TIME = DEFAULT_MAX_TIME;
    fetch_default = nmfetch;
  }
});

// node_modules/nodemailer/dist/esm/shared/index.js
function resolveContent(data, key, options, callback) {
  if (!callback && typeof options === "function") {
    callback = options;
    options = false;
  }
  options = options || {};
  let promise;
  if (!callback) {
    promise = new Promise((resolve4, reject) => {
      callback = callbackPromise(resolve4, reject);
    });
  }
  resolveContentValue(data, key, options, callback);
  return promise;
}
function resolveContentValue(data, key, options, callback) {
  let content = data && data[key] && data[key].content || data[key];
  const encoding = (typeof data[key] === "object" && data[key].encoding || "utf8").toString().toLowerCase().replace(/[-_\s]/g, "");
  if (!content) {
    return callback(null, content);
  }
  if (typeof content === "object") {
    if (typeof content.pipe === "function") {
      return resolveStream(content, (err, value) => {
        if (err) {
          return callback(err);
        }
        if (data[key].content) {
          data[key].content = value;
        } else {
          data[key] = value;
        }
        callback(null, value);
      });
    } else if (/^data:/i.test(content.path || content.href)) {
      const parsedDataUri = parseDataURI(content.path || content.href);
      return callback(null, parsedDataUri && parsedDataUri.data ? parsedDataUri.data : Buffer.alloc(0));
    } else if (content.href || /^https?:\/\//i.test(content.path)) {
      const url = content.href || content.path;
      if (options.disableUrlAccess) {
        setImmediate(() => {
          const err = new Error("Url access rejected for " + url);
          err.code = EURLACCESS;
          callback(err);
        });
        return;
      }
      return resolveStream(fetch_default(url, { headers: content.httpHeaders, tls: content.tls }), callback);
    } else if (content.path) {
      if (options.disableFileAccess) {
        setImmediate(() => {
          const err = new Error("File access rejected for " + content.path);
          err.code = EFILEACCESS;
          callback(err);
        });
        return;
      }
      return resolveStream(import_node_fs.default.createReadStream(content.path), callback);
    }
  }
  if (typeof data[key].content === "string" && !["utf8", "usascii", "ascii"].includes(encoding)) {
    content = Buffer.from(data[key].content, encoding);
  }
  setImmediate(() => callback(null, content));
}
function recordStreamErrors(stream) {
  stream.on("error", (err) => {
    if (!streamErrors.has(stream)) {
      streamErrors.set(stream, err);
    }
  });
}
function destroyStream(value) {
  const stream = value;
  if (stream && typeof stream.pipe === "function" && typeof stream.destroy === "function" && !stream.destroyed) {
    stream.destroy();
  }
}
function unreadableStreamError(stream) {
  const err = streamErrors.get(stream) || stream.errored;
  if (err) {
    return err;
  }
  if (stream.readableEnded || stream.destroyed) {
    const unreadable = new Error("Content stream was already read or destroyed");
    unreadable.code = ESTREAM;
    return unreadable;
  }
  return null;
}
function resolveStream(stream, callback) {
  let responded = false;
  const respond = (err, value) => {
    if (responded) {
      return;
    }
    responded = true;
    callback(err, value);
  };
  const unreadable = unreadableStreamError(stream);
  if (unreadable) {
    stream.on("error", () => false);
    setImmediate(() => respond(unreadable));
    return;
  }
  const chunks = [];
  let chunklen = 0;
  stream.on("data", (chunk) => {
    if (typeof chunk === "string") {
      chunk = Buffer.from(chunk);
    }
    chunks.push(chunk);
    chunklen += chunk.length;
  });
  (0, import_node_stream2.finished)(stream, { writable: false }, (err) => {
    if (err) {
      return respond(err);
    }
    let value;
    try {
      value = Buffer.concat(chunks, chunklen);
    } catch (E) {
      return respond(E);
    }
    respond(null, value);
  });
}
function createDefaultLogger(levels) {
  const levelMaxLen = levels.reduce((max, level) => Math.max(max, level.length), 0);
  const levelNames = /* @__PURE__ */ new Map();
  levels.forEach((level) => {
    let levelName = level.toUpperCase();
    if (levelName.length < levelMaxLen) {
      levelName += " ".repeat(levelMaxLen - levelName.length);
    }
    levelNames.set(level, levelName);
  });
  const print = (level, entry, message, ...args) => {
    let prefix = "";
    if (entry) {
      if (entry.tnx === "server") {
        prefix = "S: ";
      } else if (entry.tnx === "client") {
        prefix = "C: ";
      }
      if (entry.sid) {
        prefix = "[" + entry.sid + "] " + prefix;
      }
      if (entry.cid) {
        prefix = "[#" + entry.cid + "] " + prefix;
      }
    }
    message = import_node_util.default.format(message, ...args);
    message.split(/\r?\n/).forEach((line) => {
      console.log("[%s] %s %s", (/* @__PURE__ */ new Date()).toISOString().substr(0, 19).replace(/T/, " "), levelNames.get(level), prefix + line);
    });
  };
  const logger = {};
  levels.forEach((level) => {
    logger[level] = print.bind(null, level);
  });
  return logger;
}
function exceedsDomainLimits(domain) {
  let total = 0;
  let label2 = 0;
  for (const char of domain) {
    total++;
    if (char === "." || char === "\u3002" || char === "\uFF0E" || char === "\uFF61") {
      label2 = 0;
    } else if (++label2 > MAX_LABEL_LENGTH) {
      return true;
    }
  }
  return total > MAX_DOMAIN_LENGTH;
}
function normalizeDomain(domain, toUnicode2) {
  if (typeof import_node_url2.default.domainToASCII === "function" && typeof import_node_url2.default.domainToUnicode === "function" && !URL_PARSER_UNSAFE.test(domain)) {
    const ascii = import_node_url2.default.domainToASCII(domain);
    const mapped = ascii && toUnicode2 ? import_node_url2.default.domainToUnicode(ascii) : ascii;
    if (mapped) {
      return mapped;
    }
  }
  domain = domain.toLowerCase();
  if (exceedsDomainLimits(domain)) {
    return domain;
  }
  return toUnicode2 ? toUnicode(domain) : toASCII(domain);
}
var import_node_util, import_node_fs, import_node_dns, import_node_net4, import_node_os, import_node_url2, import_node_stream2, DNS_TTL, CACHE_CLEANUP_INTERVAL, MAX_CACHE_SIZE, lastCacheCleanup, networkInterfaces2, networkInterfacesRead, _readNetworkInterfaces, isFamilySupported, resolve3, dnsCache, formatDNSValue, resolveHostname, parseConnectionUrl, _logFunc, getLogger, callbackPromise, parseDataURI, assign, encodeXText, streamErrors, URL_PARSER_UNSAFE, MAX_DOMAIN_LENGTH, MAX_LABEL_LENGTH;
var init_shared = __esm({
  "node_modules/nodemailer/dist/esm/shared/index.js"() {
    init_url();
    import_node_util = __toESM(require("node:util"), 1);
    import_node_fs = __toESM(require("node:fs"), 1);
    init_fetch();
    init_errors2();
    init_objects();
    import_node_dns = __toESM(require("node:dns"), 1);
    import_node_net4 = __toESM(require("node:net"), 1);
    import_node_os = __toESM(require("node:os"), 1);
    import_node_url2 = __toESM(require("node:url"), 1);
    init_punycode();
    import_node_stream2 = require("node:stream");
    DNS_TTL = 5 * 60 * 1e3;
    CACHE_CLEANUP_INTERVAL = 30 * 1e3;
    MAX_CACHE_SIZE = 1e3;
    lastCacheCleanup = 0;
    networkInterfacesRead = false;
    _readNetworkInterfaces = () => {
      if (!networkInterfacesRead) {
        networkInterfacesRead = true;
        try {
          networkInterfaces2 = import_node_os.default.networkInterfaces();
        } catch (_err) {
        }
      }
      return networkInterfaces2;
    };
    isFamilySupported = (family, allowInternal) => {
      const addresses = Object.values(_readNetworkInterfaces() || {}).flat();
      if (!addresses.length) {
        return true;
      }
      return addresses.filter((i) => !i.internal || allowInternal).some((i) => i.family === "IPv" + family || i.family === family);
    };
    resolve3 = (family, hostname, options, callback) => {
      options = options || {};
      if (!isFamilySupported(family, options.allowInternalNetworkInterfaces)) {
        callback(null, []);
        return null;
      }
      const dnsResolver = import_node_dns.default.Resolver ? new import_node_dns.default.Resolver(options) : import_node_dns.default;
      dnsResolver["resolve" + family](hostname, (err, addresses) => {
        if (err) {
          switch (err.code) {
            case import_node_dns.default.NODATA:
            case import_node_dns.default.NOTFOUND:
            case import_node_dns.default.NOTIMP:
            case import_node_dns.default.SERVFAIL:
            case import_node_dns.default.CONNREFUSED:
            case import_node_dns.default.REFUSED:
            case "EAI_AGAIN":
              return callback(null, []);
          }
          return callback(err);
        }
        return callback(null, Array.isArray(addresses) ? addresses : [].concat(addresses || []));
      });
      return import_node_dns.default.Resolver ? dnsResolver : null;
    };
    dnsCache = /* @__PURE__ */ new Map();
    formatDNSValue = (value, extra) => {
      if (!value) {
        return Object.assign({}, extra || {});
      }
      const addresses = value.addresses || [];
      const host = addresses.length > 0 ? addresses[Math.floor(Math.random() * addresses.length)] : null;
      return Object.assign({
        host,
        // Include all addresses for connection fallback support
        _addresses: addresses
      }, extra || {});
    };
    resolveHostname = (options, callback) => {
      options = options || {};
      if (!options.host && options.servername) {
        options.host = options.servername;
      }
      if (!options.host || import_node_net4.default.isIP(options.host)) {
        const value = {
          addresses: [options.host]
        };
        return callback(null, formatDNSValue(value, {
          servername: options.servername || false,
          cached: false
        }));
      }
      const host = options.host;
      const servername = options.servername || host;
      let cached;
      if (dnsCache.has(options.host)) {
        cached = dnsCache.get(options.host);
        const now = Date.now();
        if (now - lastCacheCleanup > CACHE_CLEANUP_INTERVAL) {
          lastCacheCleanup = now;
          for (const [host2, entry] of dnsCache.entries()) {
            if (entry.expires && entry.expires < now) {
              dnsCache.delete(host2);
            }
          }
          if (dnsCache.size > MAX_CACHE_SIZE) {
            const toDelete = Math.floor(MAX_CACHE_SIZE * 0.1);
            const keys = Array.from(dnsCache.keys()).slice(0, toDelete);
            keys.forEach((key) => dnsCache.delete(key));
          }
        }
        if (!cached.expires || cached.expires >= now) {
          return callback(null, formatDNSValue(cached.value, {
            servername,
            cached: true
          }));
        }
      }
      let responded = false;
      let deadline;
      const respond = (err, result) => {
        if (responded) {
          return;
        }
        responded = true;
        clearTimeout(deadline);
        callback(err, result);
      };
      const respondCached = (error2) => {
        if (!cached) {
          return false;
        }
        dnsCache.set(host, {
          value: cached.value,
          expires: Date.now() + (options.dnsTtl || DNS_TTL)
        });
        respond(null, formatDNSValue(cached.value, {
          servername,
          cached: true,
          error: error2
        }));
        return true;
      };
      const resolvers = [];
      const timeout = Number(options.timeout) || 0;
      if (timeout > 0) {
        deadline = setTimeout(() => {
          for (const resolver of resolvers) {
            if (typeof resolver.cancel === "function") {
              resolver.cancel();
            }
          }
          const err = new Error("DNS lookup for " + host + " timed out");
          err.code = import_node_dns.default.TIMEOUT;
          if (!respondCached(err)) {
            respond(err);
          }
        }, timeout);
      }
      let ipv4Addresses = [];
      let ipv6Addresses = [];
      let ipv4Error = null;
      let ipv6Error = null;
      let pending = 2;
      const onResolved = () => {
        if (--pending || responded) {
          return;
        }
        const allAddresses = ipv4Addresses.concat(ipv6Addresses);
        if (allAddresses.length) {
          const value = {
            addresses: allAddresses
          };
          dnsCache.set(host, {
            value,
            expires: Date.now() + (options.dnsTtl || DNS_TTL)
          });
          return respond(null, formatDNSValue(value, {
            servername,
            cached: false
          }));
        }
        if (ipv4Error && ipv6Error && respondCached(ipv4Error)) {
          return;
        }
        try {
          import_node_dns.default.lookup(host, { all: true }, (err, addresses) => {
            if (err) {
              if (respondCached(err)) {
                return;
              }
              return respond(err);
            }
            const supportedAddresses = addresses ? addresses.filter((addr) => isFamilySupported(addr.family)).map((addr) => addr.address) : [];
            if (addresses && addresses.length && !supportedAddresses.length) {
              console.warn(`Failed to resolve IPv${addresses[0].family} addresses with current network`);
            }
            if (!supportedAddresses.length && cached) {
              return respond(null, formatDNSValue(cached.value, {
                servername,
                cached: true
              }));
            }
            const value = {
              addresses: supportedAddresses.length ? supportedAddresses : [host]
            };
            dnsCache.set(host, {
              value,
              expires: Date.now() + (options.dnsTtl || DNS_TTL)
            });
            return respond(null, formatDNSValue(value, {
              servername,
              cached: false
            }));
          });
        } catch (lookupErr) {
          if (respondCached(lookupErr)) {
            return;
          }
          return respond(ipv4Error || ipv6Error || lookupErr);
        }
      };
      for (const family of [4, 6]) {
        const resolver = resolve3(family, host, options, (err, addresses) => {
          if (family === 4) {
            ipv4Error = err;
            ipv4Addresses = addresses || [];
          } else {
            ipv6Error = err;
            ipv6Addresses = addresses || [];
          }
          onResolved();
        });
        if (resolver) {
          resolvers.push(resolver);
        }
      }
    };
    parseConnectionUrl = (str) => {
      str = str || "";
      const options = {};
      const url = parse(str, true);
      switch (url.protocol) {
        case "smtp:":
          options.secure = false;
          break;
        case "smtps:":
          options.secure = true;
          break;
        case "direct:":
          options.direct = true;
          break;
      }
      if (!isNaN(url.port) && Number(url.port)) {
        options.port = Number(url.port);
      }
      if (url.hostname) {
        options.host = url.hostname;
      }
      if (url.username || url.password) {
        options.auth = {
          user: url.username || "",
          pass: url.password || ""
        };
      }
      Object.keys(url.query || {}).forEach((key) => {
        let obj = options;
        let lKey = key;
        let value = url.query[key];
        if (!isNaN(value)) {
          value = Number(value);
        }
        switch (value) {
          case "true":
            value = true;
            break;
          case "false":
            value = false;
            break;
        }
        if (key.indexOf("tls.") === 0) {
          lKey = key.substr(4);
          if (!options.tls) {
            options.tls = {};
          }
          obj = options.tls;
        } else if (key.indexOf(".") >= 0) {
          return;
        }
        if (!isProtoKey(lKey) && !(lKey in obj)) {
          obj[lKey] = value;
        }
      });
      return options;
    };
    _logFunc = (logger, level, defaults, data, message, ...args) => {
      const entry = Object.assign({}, defaults || {}, data || {});
      delete entry.level;
      let logLevel = level;
      if (typeof logger[logLevel] !== "function") {
        logLevel = ["info", "debug", "log", "trace", "warn", "error"].find((name2) => typeof logger[name2] === "function");
      }
      if (logLevel) {
        logger[logLevel](entry, message, ...args);
      }
    };
    getLogger = (options, defaults) => {
      options = options || {};
      const response = {};
      const levels = ["trace", "debug", "info", "warn", "error", "fatal"];
      if (!options.logger) {
        levels.forEach((level) => {
          response[level] = () => false;
        });
        return response;
      }
      const logger = options.logger === true ? createDefaultLogger(levels) : options.logger;
      levels.forEach((level) => {
        response[level] = (...args) => {
          const data = typeof args[0] === "string" ? void 0 : args.shift();
          _logFunc(logger, level, defaults, data, ...args);
        };
      });
      return response;
    };
    callbackPromise = (resolve4, reject) => function(...args) {
      const err = args.shift();
      if (err) {
        reject(err);
      } else {
        resolve4(...args);
      }
    };
    parseDataURI = (uri) => {
      if (typeof uri !== "string") {
        return null;
      }
      if (!uri.startsWith("data:")) {
        return null;
      }
      const commaPos = uri.indexOf(",");
      if (commaPos === -1) {
        return null;
      }
      const data = uri.substring(commaPos + 1);
      const metaStr = uri.substring("data:".length, commaPos);
      let encoding;
      const metaEntries = metaStr.split(";");
      if (metaEntries.length > 0) {
        const lastEntry = metaEntries[metaEntries.length - 1].toLowerCase().trim();
        if (["base64", "utf8", "utf-8"].includes(lastEntry) && lastEntry.indexOf("=") === -1) {
          encoding = lastEntry;
          metaEntries.pop();
        }
      }
      const contentType = metaEntries.length > 0 ? metaEntries.shift() : "application/octet-stream";
      const params = {};
      for (let i = 0; i < metaEntries.length; i++) {
        const entry = metaEntries[i];
        const sepPos = entry.indexOf("=");
        if (sepPos > 0) {
          const key = entry.substring(0, sepPos).trim();
          const value = entry.substring(sepPos + 1).trim();
          if (key && !isProtoKey(key)) {
            params[key] = value;
          }
        }
      }
      let bufferData;
      try {
        if (encoding === "base64") {
          bufferData = Buffer.from(data, "base64");
        } else {
          try {
            bufferData = Buffer.from(decodeURIComponent(data));
          } catch (_decodeError) {
            bufferData = Buffer.from(data);
          }
        }
      } catch (_bufferError) {
        bufferData = Buffer.alloc(0);
      }
      return {
        data: bufferData,
        encoding: encoding || null,
        contentType: contentType || "application/octet-stream",
        params
      };
    };
    assign = function(...args) {
      const target = args.shift() || {};
      args.forEach((source) => {
        Object.keys(source || {}).forEach((key) => {
          if (isProtoKey(key)) {
            return;
          }
          if (["tls", "auth"].includes(key) && source[key] && typeof source[key] === "object") {
            target[key] = copyOwnKeys(target[key] || {}, source[key]);
          } else {
            target[key] = source[key];
          }
        });
      });
      return target;
    };
    encodeXText = (str) => {
      if (!/[^\x21-\x2A\x2C-\x3C\x3E-\x7E]/.test(str)) {
        return str;
      }
      const buf = Buffer.from(str);
      let result = "";
      for (let i = 0, len = buf.length; i < len; i++) {
        const c = buf[i];
        if (c < 33 || c > 126 || c === 43 || c === 61) {
          result += "+" + (c < 16 ? "0" : "") + c.toString(16).toUpperCase();
        } else {
          result += String.fromCharCode(c);
        }
      }
      return result;
    };
    streamErrors = /* @__PURE__ */ new WeakMap();
    URL_PARSER_UNSAFE = /[/\\?#%\x00-\x20\x7F]/;
    MAX_DOMAIN_LENGTH = 253;
    MAX_LABEL_LENGTH = 63;
  }
});

// node_modules/nodemailer/dist/esm/mime-funcs/mime-types.js
function detectMimeType(filename) {
  if (!filename) {
    return defaultMimeType;
  }
  const parsed = import_node_path.default.parse(filename);
  const extension = (parsed.ext.substr(1) || parsed.name || "").split("?").shift().trim().toLowerCase();
  const value = extensions.has(extension) ? extensions.get(extension) : defaultMimeType;
  if (Array.isArray(value)) {
    return value[0];
  }
  return value;
}
function detectExtension(mimeType) {
  if (!mimeType) {
    return defaultExtension;
  }
  const parts = mimeType.toLowerCase().trim().split("/");
  const rootType = parts.shift().trim();
  const subType = parts.join("/").trim();
  if (mimeTypes.has(rootType + "/" + subType)) {
    const value = mimeTypes.get(rootType + "/" + subType);
    if (Array.isArray(value)) {
      return value[0];
    }
    return value;
  }
  switch (rootType) {
    case "text":
      return "txt";
    default:
      return "bin";
  }
}
var import_node_path, defaultMimeType, defaultExtension, mimeTypes, extensions;
var init_mime_types = __esm({
  "node_modules/nodemailer/dist/esm/mime-funcs/mime-types.js"() {
    import_node_path = __toESM(require("node:path"), 1);
    defaultMimeType = "application/octet-stream";
    defaultExtension = "bin";
    mimeTypes = /* @__PURE__ */ new Map([
      ["application/acad", "dwg"],
      ["application/applixware", "aw"],
      ["application/arj", "arj"],
      ["application/atom+xml", "xml"],
      ["application/atomcat+xml", "atomcat"],
      ["application/atomsvc+xml", "atomsvc"],
      ["application/base64", ["mm", "mme"]],
      ["application/binhex", "hqx"],
      ["application/binhex4", "hqx"],
      ["application/book", ["book", "boo"]],
      ["application/ccxml+xml,", "ccxml"],
      ["application/cdf", "cdf"],
      ["application/cdmi-capability", "cdmia"],
      ["application/cdmi-container", "cdmic"],
      ["application/cdmi-domain", "cdmid"],
      ["application/cdmi-object", "cdmio"],
      ["application/cdmi-queue", "cdmiq"],
      ["application/clariscad", "ccad"],
      ["application/commonground", "dp"],
      ["application/cu-seeme", "cu"],
      ["application/davmount+xml", "davmount"],
      ["application/drafting", "drw"],
      ["application/dsptype", "tsp"],
      ["application/dssc+der", "dssc"],
      ["application/dssc+xml", "xdssc"],
      ["application/dxf", "dxf"],
      ["application/ecmascript", ["js", "es"]],
      ["application/emma+xml", "emma"],
      ["application/envoy", "evy"],
      ["application/epub+zip", "epub"],
      ["application/excel", ["xls", "xl", "xla", "xlb", "xlc", "xld", "xlk", "xll", "xlm", "xlt", "xlv", "xlw"]],
      ["application/exi", "exi"],
      ["application/font-tdpfr", "pfr"],
      ["application/fractals", "fif"],
      ["application/freeloader", "frl"],
      ["application/futuresplash", "spl"],
      ["application/geo+json", "geojson"],
      ["application/gnutar", "tgz"],
      ["application/groupwise", "vew"],
      ["application/hlp", "hlp"],
      ["application/hta", "hta"],
      ["application/hyperstudio", "stk"],
      ["application/i-deas", "unv"],
      ["application/iges", ["iges", "igs"]],
      ["application/inf", "inf"],
      ["application/internet-property-stream", "acx"],
      ["application/ipfix", "ipfix"],
      ["application/java", "class"],
      ["application/java-archive", "jar"],
      ["application/java-byte-code", "class"],
      ["application/java-serialized-object", "ser"],
      ["application/java-vm", "class"],
      ["application/javascript", "js"],
      ["application/json", "json"],
      ["application/lha", "lha"],
      ["application/lzx", "lzx"],
      ["application/mac-binary", "bin"],
      ["application/mac-binhex", "hqx"],
      ["application/mac-binhex40", "hqx"],
      ["application/mac-compactpro", "cpt"],
      ["application/macbinary", "bin"],
      ["application/mads+xml", "mads"],
      ["application/marc", "mrc"],
      ["application/marcxml+xml", "mrcx"],
      ["application/mathematica", "ma"],
      ["application/mathml+xml", "mathml"],
      ["application/mbedlet", "mbd"],
      ["application/mbox", "mbox"],
      ["application/mcad", "mcd"],
      ["application/mediaservercontrol+xml", "mscml"],
      ["application/metalink4+xml", "meta4"],
      ["application/mets+xml", "mets"],
      ["application/mime", "aps"],
      ["application/mods+xml", "mods"],
      ["application/mp21", "m21"],
      ["application/mp4", "mp4"],
      ["application/mspowerpoint", ["ppt", "pot", "pps", "ppz"]],
      ["application/msword", ["doc", "dot", "w6w", "wiz", "word"]],
      ["application/mswrite", "wri"],
      ["application/mxf", "mxf"],
      ["application/netmc", "mcp"],
      ["application/octet-stream", ["*"]],
      ["application/oda", "oda"],
      ["application/oebps-package+xml", "opf"],
      ["application/ogg", "ogx"],
      ["application/olescript", "axs"],
      ["application/onenote", "onetoc"],
      ["application/patch-ops-error+xml", "xer"],
      ["application/pdf", "pdf"],
      ["application/pgp-encrypted", "asc"],
      ["application/pgp-signature", "pgp"],
      ["application/pics-rules", "prf"],
      ["application/pkcs-12", "p12"],
      ["application/pkcs-crl", "crl"],
      ["application/pkcs10", "p10"],
      ["application/pkcs7-mime", ["p7c", "p7m"]],
      ["application/pkcs7-signature", "p7s"],
      ["application/pkcs8", "p8"],
      ["application/pkix-attr-cert", "ac"],
      ["application/pkix-cert", ["cer", "crt"]],
      ["application/pkix-crl", "crl"],
      ["application/pkix-pkipath", "pkipath"],
      ["application/pkixcmp", "pki"],
      ["application/plain", "text"],
      ["application/pls+xml", "pls"],
      ["application/postscript", ["ps", "ai", "eps"]],
      ["application/powerpoint", "ppt"],
      ["application/pro_eng", ["part", "prt"]],
      ["application/prs.cww", "cww"],
      ["application/pskc+xml", "pskcxml"],
      ["application/rdf+xml", "rdf"],
      ["application/reginfo+xml", "rif"],
      ["application/relax-ng-compact-syntax", "rnc"],
      ["application/resource-lists+xml", "rl"],
      ["application/resource-lists-diff+xml", "rld"],
      ["application/ringing-tones", "rng"],
      ["application/rls-services+xml", "rs"],
      ["application/rsd+xml", "rsd"],
      ["application/rss+xml", "xml"],
      ["application/rtf", ["rtf", "rtx"]],
      ["application/sbml+xml", "sbml"],
      ["application/scvp-cv-request", "scq"],
      ["application/scvp-cv-response", "scs"],
      ["application/scvp-vp-request", "spq"],
      ["application/scvp-vp-response", "spp"],
      ["application/sdp", "sdp"],
      ["application/sea", "sea"],
      ["application/set", "set"],
      ["application/set-payment-initiation", "setpay"],
      ["application/set-registration-initiation", "setreg"],
      ["application/shf+xml", "shf"],
      ["application/sla", "stl"],
      ["application/smil", ["smi", "smil"]],
      ["application/smil+xml", "smi"],
      ["application/solids", "sol"],
      ["application/sounder", "sdr"],
      ["application/sparql-query", "rq"],
      ["application/sparql-results+xml", "srx"],
      ["application/srgs", "gram"],
      ["application/srgs+xml", "grxml"],
      ["application/sru+xml", "sru"],
      ["application/ssml+xml", "ssml"],
      ["application/step", ["step", "stp"]],
      ["application/streamingmedia", "ssm"],
      ["application/tei+xml", "tei"],
      ["application/thraud+xml", "tfi"],
      ["application/timestamped-data", "tsd"],
      ["application/toolbook", "tbk"],
      ["application/vda", "vda"],
      ["application/vnd.3gpp.pic-bw-large", "plb"],
      ["application/vnd.3gpp.pic-bw-small", "psb"],
      ["application/vnd.3gpp.pic-bw-var", "pvb"],
      ["application/vnd.3gpp2.tcap", "tcap"],
      ["application/vnd.3m.post-it-notes", "pwn"],
      ["application/vnd.accpac.simply.aso", "aso"],
      ["application/vnd.accpac.simply.imp", "imp"],
      ["application/vnd.acucobol", "acu"],
      ["application/vnd.acucorp", "atc"],
      ["application/vnd.adobe.air-application-installer-package+zip", "air"],
      ["application/vnd.adobe.fxp", "fxp"],
      ["application/vnd.adobe.xdp+xml", "xdp"],
      ["application/vnd.adobe.xfdf", "xfdf"],
      ["application/vnd.ahead.space", "ahead"],
      ["application/vnd.airzip.filesecure.azf", "azf"],
      ["application/vnd.airzip.filesecure.azs", "azs"],
      ["application/vnd.amazon.ebook", "azw"],
      ["application/vnd.americandynamics.acc", "acc"],
      ["application/vnd.amiga.ami", "ami"],
      ["application/vnd.android.package-archive", "apk"],
      ["application/vnd.anser-web-certificate-issue-initiation", "cii"],
      ["application/vnd.anser-web-funds-transfer-initiation", "fti"],
      ["application/vnd.antix.game-component", "atx"],
      ["application/vnd.apple.installer+xml", "mpkg"],
      ["application/vnd.apple.mpegurl", "m3u8"],
      ["application/vnd.aristanetworks.swi", "swi"],
      ["application/vnd.audiograph", "aep"],
      ["application/vnd.blueice.multipass", "mpm"],
      ["application/vnd.bmi", "bmi"],
      ["application/vnd.businessobjects", "rep"],
      ["application/vnd.chemdraw+xml", "cdxml"],
      ["application/vnd.chipnuts.karaoke-mmd", "mmd"],
      ["application/vnd.cinderella", "cdy"],
      ["application/vnd.claymore", "cla"],
      ["application/vnd.cloanto.rp9", "rp9"],
      ["application/vnd.clonk.c4group", "c4g"],
      ["application/vnd.cluetrust.cartomobile-config", "c11amc"],
      ["application/vnd.cluetrust.cartomobile-config-pkg", "c11amz"],
      ["application/vnd.commonspace", "csp"],
      ["application/vnd.contact.cmsg", "cdbcmsg"],
      ["application/vnd.cosmocaller", "cmc"],
      ["application/vnd.crick.clicker", "clkx"],
      ["application/vnd.crick.clicker.keyboard", "clkk"],
      ["application/vnd.crick.clicker.palette", "clkp"],
      ["application/vnd.crick.clicker.template", "clkt"],
      ["application/vnd.crick.clicker.wordbank", "clkw"],
      ["application/vnd.criticaltools.wbs+xml", "wbs"],
      ["application/vnd.ctc-posml", "pml"],
      ["application/vnd.cups-ppd", "ppd"],
      ["application/vnd.curl.car", "car"],
      ["application/vnd.curl.pcurl", "pcurl"],
      ["application/vnd.data-vision.rdz", "rdz"],
      ["application/vnd.denovo.fcselayout-link", "fe_launch"],
      ["application/vnd.dna", "dna"],
      ["application/vnd.dolby.mlp", "mlp"],
      ["application/vnd.dpgraph", "dpg"],
      ["application/vnd.dreamfactory", "dfac"],
      ["application/vnd.dvb.ait", "ait"],
      ["application/vnd.dvb.service", "svc"],
      ["application/vnd.dynageo", "geo"],
      ["application/vnd.ecowin.chart", "mag"],
      ["application/vnd.enliven", "nml"],
      ["application/vnd.epson.esf", "esf"],
      ["application/vnd.epson.msf", "msf"],
      ["application/vnd.epson.quickanime", "qam"],
      ["application/vnd.epson.salt", "slt"],
      ["application/vnd.epson.ssf", "ssf"],
      ["application/vnd.eszigno3+xml", "es3"],
      ["application/vnd.ezpix-album", "ez2"],
      ["application/vnd.ezpix-package", "ez3"],
      ["application/vnd.fdf", "fdf"],
      ["application/vnd.fdsn.seed", "seed"],
      ["application/vnd.flographit", "gph"],
      ["application/vnd.fluxtime.clip", "ftc"],
      ["application/vnd.framemaker", "fm"],
      ["application/vnd.frogans.fnc", "fnc"],
      ["application/vnd.frogans.ltf", "ltf"],
      ["application/vnd.fsc.weblaunch", "fsc"],
      ["application/vnd.fujitsu.oasys", "oas"],
      ["application/vnd.fujitsu.oasys2", "oa2"],
      ["application/vnd.fujitsu.oasys3", "oa3"],
      ["application/vnd.fujitsu.oasysgp", "fg5"],
      ["application/vnd.fujitsu.oasysprs", "bh2"],
      ["application/vnd.fujixerox.ddd", "ddd"],
      ["application/vnd.fujixerox.docuworks", "xdw"],
      ["application/vnd.fujixerox.docuworks.binder", "xbd"],
      ["application/vnd.fuzzysheet", "fzs"],
      ["application/vnd.genomatix.tuxedo", "txd"],
      ["application/vnd.geogebra.file", "ggb"],
      ["application/vnd.geogebra.tool", "ggt"],
      ["application/vnd.geometry-explorer", "gex"],
      ["application/vnd.geonext", "gxt"],
      ["application/vnd.geoplan", "g2w"],
      ["application/vnd.geospace", "g3w"],
      ["application/vnd.gmx", "gmx"],
      ["application/vnd.google-earth.kml+xml", "kml"],
      ["application/vnd.google-earth.kmz", "kmz"],
      ["application/vnd.grafeq", "gqf"],
      ["application/vnd.groove-account", "gac"],
      ["application/vnd.groove-help", "ghf"],
      ["application/vnd.groove-identity-message", "gim"],
      ["application/vnd.groove-injector", "grv"],
      ["application/vnd.groove-tool-message", "gtm"],
      ["application/vnd.groove-tool-template", "tpl"],
      ["application/vnd.groove-vcard", "vcg"],
      ["application/vnd.hal+xml", "hal"],
      ["application/vnd.handheld-entertainment+xml", "zmm"],
      ["application/vnd.hbci", "hbci"],
      ["application/vnd.hhe.lesson-player", "les"],
      ["application/vnd.hp-hpgl", ["hgl", "hpg", "hpgl"]],
      ["application/vnd.hp-hpid", "hpid"],
      ["application/vnd.hp-hps", "hps"],
      ["application/vnd.hp-jlyt", "jlt"],
      ["application/vnd.hp-pcl", "pcl"],
      ["application/vnd.hp-pclxl", "pclxl"],
      ["application/vnd.hydrostatix.sof-data", "sfd-hdstx"],
      ["application/vnd.hzn-3d-crossword", "x3d"],
      ["application/vnd.ibm.minipay", "mpy"],
      ["application/vnd.ibm.modcap", "afp"],
      ["application/vnd.ibm.rights-management", "irm"],
      ["application/vnd.ibm.secure-container", "sc"],
      ["application/vnd.iccprofile", "icc"],
      ["application/vnd.igloader", "igl"],
      ["application/vnd.immervision-ivp", "ivp"],
      ["application/vnd.immervision-ivu", "ivu"],
      ["application/vnd.insors.igm", "igm"],
      ["application/vnd.intercon.formnet", "xpw"],
      ["application/vnd.intergeo", "i2g"],
      ["application/vnd.intu.qbo", "qbo"],
      ["application/vnd.intu.qfx", "qfx"],
      ["application/vnd.ipunplugged.rcprofile", "rcprofile"],
      ["application/vnd.irepository.package+xml", "irp"],
      ["application/vnd.is-xpr", "xpr"],
      ["application/vnd.isac.fcs", "fcs"],
      ["application/vnd.jam", "jam"],
      ["application/vnd.jcp.javame.midlet-rms", "rms"],
      ["application/vnd.jisp", "jisp"],
      ["application/vnd.joost.joda-archive", "joda"],
      ["application/vnd.kahootz", "ktz"],
      ["application/vnd.kde.karbon", "karbon"],
      ["application/vnd.kde.kchart", "chrt"],
      ["application/vnd.kde.kformula", "kfo"],
      ["application/vnd.kde.kivio", "flw"],
      ["application/vnd.kde.kontour", "kon"],
      ["application/vnd.kde.kpresenter", "kpr"],
      ["application/vnd.kde.kspread", "ksp"],
      ["application/vnd.kde.kword", "kwd"],
      ["application/vnd.kenameaapp", "htke"],
      ["application/vnd.kidspiration", "kia"],
      ["application/vnd.kinar", "kne"],
      ["application/vnd.koan", "skp"],
      ["application/vnd.kodak-descriptor", "sse"],
      ["application/vnd.las.las+xml", "lasxml"],
      ["application/vnd.llamagraphics.life-balance.desktop", "lbd"],
      ["application/vnd.llamagraphics.life-balance.exchange+xml", "lbe"],
      ["application/vnd.lotus-1-2-3", "123"],
      ["application/vnd.lotus-approach", "apr"],
      ["application/vnd.lotus-freelance", "pre"],
      ["application/vnd.lotus-notes", "nsf"],
      ["application/vnd.lotus-organizer", "org"],
      ["application/vnd.lotus-screencam", "scm"],
      ["application/vnd.lotus-wordpro", "lwp"],
      ["application/vnd.macports.portpkg", "portpkg"],
      ["application/vnd.mcd", "mcd"],
      ["application/vnd.medcalcdata", "mc1"],
      ["application/vnd.mediastation.cdkey", "cdkey"],
      ["application/vnd.mfer", "mwf"],
      ["application/vnd.mfmp", "mfm"],
      ["application/vnd.micrografx.flo", "flo"],
      ["application/vnd.micrografx.igx", "igx"],
      ["application/vnd.mif", "mif"],
      ["application/vnd.mobius.daf", "daf"],
      ["application/vnd.mobius.dis", "dis"],
      ["application/vnd.mobius.mbk", "mbk"],
      ["application/vnd.mobius.mqy", "mqy"],
      ["application/vnd.mobius.msl", "msl"],
      ["application/vnd.mobius.plc", "plc"],
      ["application/vnd.mobius.txf", "txf"],
      ["application/vnd.mophun.application", "mpn"],
      ["application/vnd.mophun.certificate", "mpc"],
      ["application/vnd.mozilla.xul+xml", "xul"],
      ["application/vnd.ms-artgalry", "cil"],
      ["application/vnd.ms-cab-compressed", "cab"],
      ["application/vnd.ms-excel", ["xls", "xla", "xlc", "xlm", "xlt", "xlw", "xlb", "xll"]],
      ["application/vnd.ms-excel.addin.macroenabled.12", "xlam"],
      ["application/vnd.ms-excel.sheet.binary.macroenabled.12", "xlsb"],
      ["application/vnd.ms-excel.sheet.macroenabled.12", "xlsm"],
      ["application/vnd.ms-excel.template.macroenabled.12", "xltm"],
      ["application/vnd.ms-fontobject", "eot"],
      ["application/vnd.ms-htmlhelp", "chm"],
      ["application/vnd.ms-ims", "ims"],
      ["application/vnd.ms-lrm", "lrm"],
      ["application/vnd.ms-officetheme", "thmx"],
      ["application/vnd.ms-outlook", "msg"],
      ["application/vnd.ms-pki.certstore", "sst"],
      ["application/vnd.ms-pki.pko", "pko"],
      ["application/vnd.ms-pki.seccat", "cat"],
      ["application/vnd.ms-pki.stl", "stl"],
      ["application/vnd.ms-pkicertstore", "sst"],
      ["application/vnd.ms-pkiseccat", "cat"],
      ["application/vnd.ms-pkistl", "stl"],
      ["application/vnd.ms-powerpoint", ["ppt", "pot", "pps", "ppa", "pwz"]],
      ["application/vnd.ms-powerpoint.addin.macroenabled.12", "ppam"],
      ["application/vnd.ms-powerpoint.presentation.macroenabled.12", "pptm"],
      ["application/vnd.ms-powerpoint.slide.macroenabled.12", "sldm"],
      ["application/vnd.ms-powerpoint.slideshow.macroenabled.12", "ppsm"],
      ["application/vnd.ms-powerpoint.template.macroenabled.12", "potm"],
      ["application/vnd.ms-project", "mpp"],
      ["application/vnd.ms-word.document.macroenabled.12", "docm"],
      ["application/vnd.ms-word.template.macroenabled.12", "dotm"],
      ["application/vnd.ms-works", ["wks", "wcm", "wdb", "wps"]],
      ["application/vnd.ms-wpl", "wpl"],
      ["application/vnd.ms-xpsdocument", "xps"],
      ["application/vnd.mseq", "mseq"],
      ["application/vnd.musician", "mus"],
      ["application/vnd.muvee.style", "msty"],
      ["application/vnd.neurolanguage.nlu", "nlu"],
      ["application/vnd.noblenet-directory", "nnd"],
      ["application/vnd.noblenet-sealer", "nns"],
      ["application/vnd.noblenet-web", "nnw"],
      ["application/vnd.nokia.configuration-message", "ncm"],
      ["application/vnd.nokia.n-gage.data", "ngdat"],
      ["application/vnd.nokia.n-gage.symbian.install", "n-gage"],
      ["application/vnd.nokia.radio-preset", "rpst"],
      ["application/vnd.nokia.radio-presets", "rpss"],
      ["application/vnd.nokia.ringing-tone", "rng"],
      ["application/vnd.novadigm.edm", "edm"],
      ["application/vnd.novadigm.edx", "edx"],
      ["application/vnd.novadigm.ext", "ext"],
      ["application/vnd.oasis.opendocument.chart", "odc"],
      ["application/vnd.oasis.opendocument.chart-template", "otc"],
      ["application/vnd.oasis.opendocument.database", "odb"],
      ["application/vnd.oasis.opendocument.formula", "odf"],
      ["application/vnd.oasis.opendocument.formula-template", "odft"],
      ["application/vnd.oasis.opendocument.graphics", "odg"],
      ["application/vnd.oasis.opendocument.graphics-template", "otg"],
      ["application/vnd.oasis.opendocument.image", "odi"],
      ["application/vnd.oasis.opendocument.image-template", "oti"],
      ["application/vnd.oasis.opendocument.presentation", "odp"],
      ["application/vnd.oasis.opendocument.presentation-template", "otp"],
      ["application/vnd.oasis.opendocument.spreadsheet", "ods"],
      ["application/vnd.oasis.opendocument.spreadsheet-template", "ots"],
      ["application/vnd.oasis.opendocument.text", "odt"],
      ["application/vnd.oasis.opendocument.text-master", "odm"],
      ["application/vnd.oasis.opendocument.text-template", "ott"],
      ["application/vnd.oasis.opendocument.text-web", "oth"],
      ["application/vnd.olpc-sugar", "xo"],
      ["application/vnd.oma.dd2+xml", "dd2"],
      ["application/vnd.openofficeorg.extension", "oxt"],
      ["application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"],
      ["application/vnd.openxmlformats-officedocument.presentationml.slide", "sldx"],
      ["application/vnd.openxmlformats-officedocument.presentationml.slideshow", "ppsx"],
      ["application/vnd.openxmlformats-officedocument.presentationml.template", "potx"],
      ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"],
      ["application/vnd.openxmlformats-officedocument.spreadsheetml.template", "xltx"],
      ["application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"],
      ["application/vnd.openxmlformats-officedocument.wordprocessingml.template", "dotx"],
      ["application/vnd.osgeo.mapguide.package", "mgp"],
      ["application/vnd.osgi.dp", "dp"],
      ["application/vnd.palm", "pdb"],
      ["application/vnd.pawaafile", "paw"],
      ["application/vnd.pg.format", "str"],
      ["application/vnd.pg.osasli", "ei6"],
      ["application/vnd.picsel", "efif"],
      ["application/vnd.pmi.widget", "wg"],
      ["application/vnd.pocketlearn", "plf"],
      ["application/vnd.powerbuilder6", "pbd"],
      ["application/vnd.previewsystems.box", "box"],
      ["application/vnd.proteus.magazine", "mgz"],
      ["application/vnd.publishare-delta-tree", "qps"],
      ["application/vnd.pvi.ptid1", "ptid"],
      ["application/vnd.quark.quarkxpress", "qxd"],
      ["application/vnd.realvnc.bed", "bed"],
      ["application/vnd.recordare.musicxml", "mxl"],
      ["application/vnd.recordare.musicxml+xml", "musicxml"],
      ["application/vnd.rig.cryptonote", "cryptonote"],
      ["application/vnd.rim.cod", "cod"],
      ["application/vnd.rn-realmedia", "rm"],
      ["application/vnd.rn-realplayer", "rnx"],
      ["application/vnd.route66.link66+xml", "link66"],
      ["application/vnd.sailingtracker.track", "st"],
      ["application/vnd.seemail", "see"],
      ["application/vnd.sema", "sema"],
      ["application/vnd.semd", "semd"],
      ["application/vnd.semf", "semf"],
      ["application/vnd.shana.informed.formdata", "ifm"],
      ["application/vnd.shana.informed.formtemplate", "itp"],
      ["application/vnd.shana.informed.interchange", "iif"],
      ["application/vnd.shana.informed.package", "ipk"],
      ["application/vnd.simtech-mindmapper", "twd"],
      ["application/vnd.smaf", "mmf"],
      ["application/vnd.smart.teacher", "teacher"],
      ["application/vnd.solent.sdkm+xml", "sdkm"],
      ["application/vnd.spotfire.dxp", "dxp"],
      ["application/vnd.spotfire.sfs", "sfs"],
      ["application/vnd.stardivision.calc", "sdc"],
      ["application/vnd.stardivision.draw", "sda"],
      ["application/vnd.stardivision.impress", "sdd"],
      ["application/vnd.stardivision.math", "smf"],
      ["application/vnd.stardivision.writer", "sdw"],
      ["application/vnd.stardivision.writer-global", "sgl"],
      ["application/vnd.stepmania.stepchart", "sm"],
      ["application/vnd.sun.xml.calc", "sxc"],
      ["application/vnd.sun.xml.calc.template", "stc"],
      ["application/vnd.sun.xml.draw", "sxd"],
      ["application/vnd.sun.xml.draw.template", "std"],
      ["application/vnd.sun.xml.impress", "sxi"],
      ["application/vnd.sun.xml.impress.template", "sti"],
      ["application/vnd.sun.xml.math", "sxm"],
      ["application/vnd.sun.xml.writer", "sxw"],
      ["application/vnd.sun.xml.writer.global", "sxg"],
      ["application/vnd.sun.xml.writer.template", "stw"],
      ["application/vnd.sus-calendar", "sus"],
      ["application/vnd.svd", "svd"],
      ["application/vnd.symbian.install", "sis"],
      ["application/vnd.syncml+xml", "xsm"],
      ["application/vnd.syncml.dm+wbxml", "bdm"],
      ["application/vnd.syncml.dm+xml", "xdm"],
      ["application/vnd.tao.intent-module-archive", "tao"],
      ["application/vnd.tmobile-livetv", "tmo"],
      ["application/vnd.trid.tpt", "tpt"],
      ["application/vnd.triscape.mxs", "mxs"],
      ["application/vnd.trueapp", "tra"],
      ["application/vnd.ufdl", "ufd"],
      ["application/vnd.uiq.theme", "utz"],
      ["application/vnd.umajin", "umj"],
      ["application/vnd.unity", "unityweb"],
      ["application/vnd.uoml+xml", "uoml"],
      ["application/vnd.vcx", "vcx"],
      ["application/vnd.visio", "vsd"],
      ["application/vnd.visionary", "vis"],
      ["application/vnd.vsf", "vsf"],
      ["application/vnd.wap.wbxml", "wbxml"],
      ["application/vnd.wap.wmlc", "wmlc"],
      ["application/vnd.wap.wmlscriptc", "wmlsc"],
      ["application/vnd.webturbo", "wtb"],
      ["application/vnd.wolfram.player", "nbp"],
      ["application/vnd.wordperfect", "wpd"],
      ["application/vnd.wqd", "wqd"],
      ["application/vnd.wt.stf", "stf"],
      ["application/vnd.xara", ["web", "xar"]],
      ["application/vnd.xfdl", "xfdl"],
      ["application/vnd.yamaha.hv-dic", "hvd"],
      ["application/vnd.yamaha.hv-script", "hvs"],
      ["application/vnd.yamaha.hv-voice", "hvp"],
      ["application/vnd.yamaha.openscoreformat", "osf"],
      ["application/vnd.yamaha.openscoreformat.osfpvg+xml", "osfpvg"],
      ["application/vnd.yamaha.smaf-audio", "saf"],
      ["application/vnd.yamaha.smaf-phrase", "spf"],
      ["application/vnd.yellowriver-custom-menu", "cmp"],
      ["application/vnd.zul", "zir"],
      ["application/vnd.zzazz.deck+xml", "zaz"],
      ["application/vocaltec-media-desc", "vmd"],
      ["application/vocaltec-media-file", "vmf"],
      ["application/voicexml+xml", "vxml"],
      ["application/widget", "wgt"],
      ["application/winhlp", "hlp"],
      ["application/wordperfect", ["wp", "wp5", "wp6", "wpd"]],
      ["application/wordperfect6.0", ["w60", "wp5"]],
      ["application/wordperfect6.1", "w61"],
      ["application/wsdl+xml", "wsdl"],
      ["application/wspolicy+xml", "wspolicy"],
      ["application/x-123", "wk1"],
      ["application/x-7z-compressed", "7z"],
      ["application/x-abiword", "abw"],
      ["application/x-ace-compressed", "ace"],
      ["application/x-aim", "aim"],
      ["application/x-authorware-bin", "aab"],
      ["application/x-authorware-map", "aam"],
      ["application/x-authorware-seg", "aas"],
      ["application/x-bcpio", "bcpio"],
      ["application/x-binary", "bin"],
      ["application/x-binhex40", "hqx"],
      ["application/x-bittorrent", "torrent"],
      ["application/x-bsh", ["bsh", "sh", "shar"]],
      ["application/x-bytecode.elisp", "elc"],
      ["application/x-bytecode.python", "pyc"],
      ["application/x-bzip", "bz"],
      ["application/x-bzip2", ["boz", "bz2"]],
      ["application/x-cdf", "cdf"],
      ["application/x-cdlink", "vcd"],
      ["application/x-chat", ["cha", "chat"]],
      ["application/x-chess-pgn", "pgn"],
      ["application/x-cmu-raster", "ras"],
      ["application/x-cocoa", "cco"],
      ["application/x-compactpro", "cpt"],
      ["application/x-compress", "z"],
      ["application/x-compressed", ["tgz", "gz", "z", "zip"]],
      ["application/x-conference", "nsc"],
      ["application/x-cpio", "cpio"],
      ["application/x-cpt", "cpt"],
      ["application/x-csh", "csh"],
      ["application/x-debian-package", "deb"],
      ["application/x-deepv", "deepv"],
      ["application/x-director", ["dir", "dcr", "dxr"]],
      ["application/x-doom", "wad"],
      ["application/x-dtbncx+xml", "ncx"],
      ["application/x-dtbook+xml", "dtb"],
      ["application/x-dtbresource+xml", "res"],
      ["application/x-dvi", "dvi"],
      ["application/x-elc", "elc"],
      ["application/x-envoy", ["env", "evy"]],
      ["application/x-esrehber", "es"],
      ["application/x-excel", ["xls", "xla", "xlb", "xlc", "xld", "xlk", "xll", "xlm", "xlt", "xlv", "xlw"]],
      ["application/x-font-bdf", "bdf"],
      ["application/x-font-ghostscript", "gsf"],
      ["application/x-font-linux-psf", "psf"],
      ["application/x-font-otf", "otf"],
      ["application/x-font-pcf", "pcf"],
      ["application/x-font-snf", "snf"],
      ["application/x-font-ttf", "ttf"],
      ["application/x-font-type1", "pfa"],
      ["application/x-font-woff", "woff"],
      ["application/x-frame", "mif"],
      ["application/x-freelance", "pre"],
      ["application/x-futuresplash", "spl"],
      ["application/x-gnumeric", "gnumeric"],
      ["application/x-gsp", "gsp"],
      ["application/x-gss", "gss"],
      ["application/x-gtar", "gtar"],
      ["application/x-gzip", ["gz", "gzip"]],
      ["application/x-hdf", "hdf"],
      ["application/x-helpfile", ["help", "hlp"]],
      ["application/x-httpd-imap", "imap"],
      ["application/x-ima", "ima"],
      ["application/x-internet-signup", ["ins", "isp"]],
      ["application/x-internett-signup", "ins"],
      ["application/x-inventor", "iv"],
      ["application/x-ip2", "ip"],
      ["application/x-iphone", "iii"],
      ["application/x-java-class", "class"],
      ["application/x-java-commerce", "jcm"],
      ["application/x-java-jnlp-file", "jnlp"],
      ["application/x-javascript", "js"],
      ["application/x-koan", ["skd", "skm", "skp", "skt"]],
      ["application/x-ksh", "ksh"],
      ["application/x-latex", ["latex", "ltx"]],
      ["application/x-lha", "lha"],
      ["application/x-lisp", "lsp"],
      ["application/x-livescreen", "ivy"],
      ["application/x-lotus", "wq1"],
      ["application/x-lotusscreencam", "scm"],
      ["application/x-lzh", "lzh"],
      ["application/x-lzx", "lzx"],
      ["application/x-mac-binhex40", "hqx"],
      ["application/x-macbinary", "bin"],
      ["application/x-magic-cap-package-1.0", "mc$"],
      ["application/x-mathcad", "mcd"],
      ["application/x-meme", "mm"],
      ["application/x-midi", ["mid", "midi"]],
      ["application/x-mif", "mif"],
      ["application/x-mix-transfer", "nix"],
      ["application/x-mobipocket-ebook", "prc"],
      ["application/x-mplayer2", "asx"],
      ["application/x-ms-application", "application"],
      ["application/x-ms-wmd", "wmd"],
      ["application/x-ms-wmz", "wmz"],
      ["application/x-ms-xbap", "xbap"],
      ["application/x-msaccess", "mdb"],
      ["application/x-msbinder", "obd"],
      ["application/x-mscardfile", "crd"],
      ["application/x-msclip", "clp"],
      ["application/x-msdownload", ["exe", "dll"]],
      ["application/x-msexcel", ["xls", "xla", "xlw"]],
      ["application/x-msmediaview", ["mvb", "m13", "m14"]],
      ["application/x-msmetafile", "wmf"],
      ["application/x-msmoney", "mny"],
      ["application/x-mspowerpoint", "ppt"],
      ["application/x-mspublisher", "pub"],
      ["application/x-msschedule", "scd"],
      ["application/x-msterminal", "trm"],
      ["application/x-mswrite", "wri"],
      ["application/x-navi-animation", "ani"],
      ["application/x-navidoc", "nvd"],
      ["application/x-navimap", "map"],
      ["application/x-navistyle", "stl"],
      ["application/x-netcdf", ["cdf", "nc"]],
      ["application/x-newton-compatible-pkg", "pkg"],
      ["application/x-nokia-9000-communicator-add-on-software", "aos"],
      ["application/x-omc", "omc"],
      ["application/x-omcdatamaker", "omcd"],
      ["application/x-omcregerator", "omcr"],
      ["application/x-pagemaker", ["pm4", "pm5"]],
      ["application/x-pcl", "pcl"],
      ["application/x-perfmon", ["pma", "pmc", "pml", "pmr", "pmw"]],
      ["application/x-pixclscript", "plx"],
      ["application/x-pkcs10", "p10"],
      ["application/x-pkcs12", ["p12", "pfx"]],
      ["application/x-pkcs7-certificates", ["p7b", "spc"]],
      ["application/x-pkcs7-certreqresp", "p7r"],
      ["application/x-pkcs7-mime", ["p7m", "p7c"]],
      ["application/x-pkcs7-signature", ["p7s", "p7a"]],
      ["application/x-pointplus", "css"],
      ["application/x-portable-anymap", "pnm"],
      ["application/x-project", ["mpc", "mpt", "mpv", "mpx"]],
      ["application/x-qpro", "wb1"],
      ["application/x-rar-compressed", "rar"],
      ["application/x-rtf", "rtf"],
      ["application/x-sdp", "sdp"],
      ["application/x-sea", "sea"],
      ["application/x-seelogo", "sl"],
      ["application/x-sh", "sh"],
      ["application/x-shar", ["shar", "sh"]],
      ["application/x-shockwave-flash", "swf"],
      ["application/x-silverlight-app", "xap"],
      ["application/x-sit", "sit"],
      ["application/x-sprite", ["spr", "sprite"]],
      ["application/x-stuffit", "sit"],
      ["application/x-stuffitx", "sitx"],
      ["application/x-sv4cpio", "sv4cpio"],
      ["application/x-sv4crc", "sv4crc"],
      ["application/x-tar", "tar"],
      ["application/x-tbook", ["sbk", "tbk"]],
      ["application/x-tcl", "tcl"],
      ["application/x-tex", "tex"],
      ["application/x-tex-tfm", "tfm"],
      ["application/x-texinfo", ["texi", "texinfo"]],
      ["application/x-troff", ["roff", "t", "tr"]],
      ["application/x-troff-man", "man"],
      ["application/x-troff-me", "me"],
      ["application/x-troff-ms", "ms"],
      ["application/x-troff-msvideo", "avi"],
      ["application/x-ustar", "ustar"],
      ["application/x-visio", ["vsd", "vst", "vsw"]],
      ["application/x-vnd.audioexplosion.mzz", "mzz"],
      ["application/x-vnd.ls-xpix", "xpix"],
      ["application/x-vrml", "vrml"],
      ["application/x-wais-source", ["src", "wsrc"]],
      ["application/x-winhelp", "hlp"],
      ["application/x-wintalk", "wtk"],
      ["application/x-world", ["wrl", "svr"]],
      ["application/x-wpwin", "wpd"],
      ["application/x-wri", "wri"],
      ["application/x-x509-ca-cert", ["cer", "crt", "der"]],
      ["application/x-x509-user-cert", "crt"],
      ["application/x-xfig", "fig"],
      ["application/x-xpinstall", "xpi"],
      ["application/x-zip-compressed", "zip"],
      ["application/xcap-diff+xml", "xdf"],
      ["application/xenc+xml", "xenc"],
      ["application/xhtml+xml", "xhtml"],
      ["application/xml", "xml"],
      ["application/xml-dtd", "dtd"],
      ["application/xop+xml", "xop"],
      ["application/xslt+xml", "xslt"],
      ["application/xspf+xml", "xspf"],
      ["application/xv+xml", "mxml"],
      ["application/yang", "yang"],
      ["application/yin+xml", "yin"],
      ["application/ynd.ms-pkipko", "pko"],
      ["application/zip", "zip"],
      ["audio/adpcm", "adp"],
      ["audio/aiff", ["aiff", "aif", "aifc"]],
      ["audio/basic", ["snd", "au"]],
      ["audio/it", "it"],
      ["audio/make", ["funk", "my", "pfunk"]],
      ["audio/make.my.funk", "pfunk"],
      ["audio/mid", ["mid", "rmi"]],
      ["audio/midi", ["midi", "kar", "mid"]],
      ["audio/mod", "mod"],
      ["audio/mp4", "mp4a"],
      ["audio/mpeg", ["mpga", "mp3", "m2a", "mp2", "mpa", "mpg"]],
      ["audio/mpeg3", "mp3"],
      ["audio/nspaudio", ["la", "lma"]],
      ["audio/ogg", "oga"],
      ["audio/s3m", "s3m"],
      ["audio/tsp-audio", "tsi"],
      ["audio/tsplayer", "tsp"],
      ["audio/vnd.dece.audio", "uva"],
      ["audio/vnd.digital-winds", "eol"],
      ["audio/vnd.dra", "dra"],
      ["audio/vnd.dts", "dts"],
      ["audio/vnd.dts.hd", "dtshd"],
      ["audio/vnd.lucent.voice", "lvp"],
      ["audio/vnd.ms-playready.media.pya", "pya"],
      ["audio/vnd.nuera.ecelp4800", "ecelp4800"],
      ["audio/vnd.nuera.ecelp7470", "ecelp7470"],
      ["audio/vnd.nuera.ecelp9600", "ecelp9600"],
      ["audio/vnd.qcelp", "qcp"],
      ["audio/vnd.rip", "rip"],
      ["audio/voc", "voc"],
      ["audio/voxware", "vox"],
      ["audio/wav", "wav"],
      ["audio/webm", "weba"],
      ["audio/x-aac", "aac"],
      ["audio/x-adpcm", "snd"],
      ["audio/x-aiff", ["aiff", "aif", "aifc"]],
      ["audio/x-au", "au"],
      ["audio/x-gsm", ["gsd", "gsm"]],
      ["audio/x-jam", "jam"],
      ["audio/x-liveaudio", "lam"],
      ["audio/x-mid", ["mid", "midi"]],
      ["audio/x-midi", ["midi", "mid"]],
      ["audio/x-mod", "mod"],
      ["audio/x-mpeg", "mp2"],
      ["audio/x-mpeg-3", "mp3"],
      ["audio/x-mpegurl", "m3u"],
      ["audio/x-mpequrl", "m3u"],
      ["audio/x-ms-wax", "wax"],
      ["audio/x-ms-wma", "wma"],
      ["audio/x-nspaudio", ["la", "lma"]],
      ["audio/x-pn-realaudio", ["ra", "ram", "rm", "rmm", "rmp"]],
      ["audio/x-pn-realaudio-plugin", ["ra", "rmp", "rpm"]],
      ["audio/x-psid", "sid"],
      ["audio/x-realaudio", "ra"],
      ["audio/x-twinvq", "vqf"],
      ["audio/x-twinvq-plugin", ["vqe", "vql"]],
      ["audio/x-vnd.audioexplosion.mjuicemediafile", "mjf"],
      ["audio/x-voc", "voc"],
      ["audio/x-wav", "wav"],
      ["audio/xm", "xm"],
      ["chemical/x-cdx", "cdx"],
      ["chemical/x-cif", "cif"],
      ["chemical/x-cmdf", "cmdf"],
      ["chemical/x-cml", "cml"],
      ["chemical/x-csml", "csml"],
      ["chemical/x-pdb", ["pdb", "xyz"]],
      ["chemical/x-xyz", "xyz"],
      ["drawing/x-dwf", "dwf"],
      ["i-world/i-vrml", "ivr"],
      ["image/bmp", ["bmp", "bm"]],
      ["image/cgm", "cgm"],
      ["image/cis-cod", "cod"],
      ["image/cmu-raster", ["ras", "rast"]],
      ["image/fif", "fif"],
      ["image/florian", ["flo", "turbot"]],
      ["image/g3fax", "g3"],
      ["image/gif", "gif"],
      ["image/ief", ["ief", "iefs"]],
      ["image/jpeg", ["jpeg", "jpe", "jpg", "jfif", "jfif-tbnl"]],
      ["image/jutvision", "jut"],
      ["image/ktx", "ktx"],
      ["image/naplps", ["nap", "naplps"]],
      ["image/pict", ["pic", "pict"]],
      ["image/pipeg", "jfif"],
      ["image/pjpeg", ["jfif", "jpe", "jpeg", "jpg"]],
      ["image/png", ["png", "x-png"]],
      ["image/prs.btif", "btif"],
      ["image/svg+xml", "svg"],
      ["image/tiff", ["tif", "tiff"]],
      ["image/vasa", "mcf"],
      ["image/vnd.adobe.photoshop", "psd"],
      ["image/vnd.dece.graphic", "uvi"],
      ["image/vnd.djvu", "djvu"],
      ["image/vnd.dvb.subtitle", "sub"],
      ["image/vnd.dwg", ["dwg", "dxf", "svf"]],
      ["image/vnd.dxf", "dxf"],
      ["image/vnd.fastbidsheet", "fbs"],
      ["image/vnd.fpx", "fpx"],
      ["image/vnd.fst", "fst"],
      ["image/vnd.fujixerox.edmics-mmr", "mmr"],
      ["image/vnd.fujixerox.edmics-rlc", "rlc"],
      ["image/vnd.ms-modi", "mdi"],
      ["image/vnd.net-fpx", ["fpx", "npx"]],
      ["image/vnd.rn-realflash", "rf"],
      ["image/vnd.rn-realpix", "rp"],
      ["image/vnd.wap.wbmp", "wbmp"],
      ["image/vnd.xiff", "xif"],
      ["image/webp", "webp"],
      ["image/x-cmu-raster", "ras"],
      ["image/x-cmx", "cmx"],
      ["image/x-dwg", ["dwg", "dxf", "svf"]],
      ["image/x-freehand", "fh"],
      ["image/x-icon", "ico"],
      ["image/x-jg", "art"],
      ["image/x-jps", "jps"],
      ["image/x-niff", ["niff", "nif"]],
      ["image/x-pcx", "pcx"],
      ["image/x-pict", ["pct", "pic"]],
      ["image/x-portable-anymap", "pnm"],
      ["image/x-portable-bitmap", "pbm"],
      ["image/x-portable-graymap", "pgm"],
      ["image/x-portable-greymap", "pgm"],
      ["image/x-portable-pixmap", "ppm"],
      ["image/x-quicktime", ["qif", "qti", "qtif"]],
      ["image/x-rgb", "rgb"],
      ["image/x-tiff", ["tif", "tiff"]],
      ["image/x-windows-bmp", "bmp"],
      ["image/x-xbitmap", "xbm"],
      ["image/x-xbm", "xbm"],
      ["image/x-xpixmap", ["xpm", "pm"]],
      ["image/x-xwd", "xwd"],
      ["image/x-xwindowdump", "xwd"],
      ["image/xbm", "xbm"],
      ["image/xpm", "xpm"],
      ["message/rfc822", ["eml", "mht", "mhtml", "nws", "mime"]],
      ["model/iges", ["iges", "igs"]],
      ["model/mesh", "msh"],
      ["model/vnd.collada+xml", "dae"],
      ["model/vnd.dwf", "dwf"],
      ["model/vnd.gdl", "gdl"],
      ["model/vnd.gtw", "gtw"],
      ["model/vnd.mts", "mts"],
      ["model/vnd.vtu", "vtu"],
      ["model/vrml", ["vrml", "wrl", "wrz"]],
      ["model/x-pov", "pov"],
      ["multipart/x-gzip", "gzip"],
      ["multipart/x-ustar", "ustar"],
      ["multipart/x-zip", "zip"],
      ["music/crescendo", ["mid", "midi"]],
      ["music/x-karaoke", "kar"],
      ["paleovu/x-pv", "pvu"],
      ["text/asp", "asp"],
      ["text/calendar", "ics"],
      ["text/css", "css"],
      ["text/csv", "csv"],
      ["text/ecmascript", "js"],
      ["text/h323", "323"],
      ["text/html", ["html", "htm", "stm", "acgi", "htmls", "htx", "shtml"]],
      ["text/iuls", "uls"],
      ["text/javascript", "js"],
      ["text/mcf", "mcf"],
      ["text/n3", "n3"],
      ["text/pascal", "pas"],
      [
        "text/plain",
        [
          "txt",
          "bas",
          "c",
          "h",
          "c++",
          "cc",
          "com",
          "conf",
          "cxx",
          "def",
          "f",
          "f90",
          "for",
          "g",
          "hh",
          "idc",
          "jav",
          "java",
          "list",
          "log",
          "lst",
          "m",
          "mar",
          "pl",
          "sdml",
          "text"
        ]
      ],
      ["text/plain-bas", "par"],
      ["text/prs.lines.tag", "dsc"],
      ["text/richtext", ["rtx", "rt", "rtf"]],
      ["text/scriplet", "wsc"],
      ["text/scriptlet", "sct"],
      ["text/sgml", ["sgm", "sgml"]],
      ["text/tab-separated-values", "tsv"],
      ["text/troff", "t"],
      ["text/turtle", "ttl"],
      ["text/uri-list", ["uni", "unis", "uri", "uris"]],
      ["text/vnd.abc", "abc"],
      ["text/vnd.curl", "curl"],
      ["text/vnd.curl.dcurl", "dcurl"],
      ["text/vnd.curl.mcurl", "mcurl"],
      ["text/vnd.curl.scurl", "scurl"],
      ["text/vnd.fly", "fly"],
      ["text/vnd.fmi.flexstor", "flx"],
      ["text/vnd.graphviz", "gv"],
      ["text/vnd.in3d.3dml", "3dml"],
      ["text/vnd.in3d.spot", "spot"],
      ["text/vnd.rn-realtext", "rt"],
      ["text/vnd.sun.j2me.app-descriptor", "jad"],
      ["text/vnd.wap.wml", "wml"],
      ["text/vnd.wap.wmlscript", "wmls"],
      ["text/webviewhtml", "htt"],
      ["text/x-asm", ["asm", "s"]],
      ["text/x-audiosoft-intra", "aip"],
      ["text/x-c", ["c", "cc", "cpp"]],
      ["text/x-component", "htc"],
      ["text/x-fortran", ["for", "f", "f77", "f90"]],
      ["text/x-h", ["h", "hh"]],
      ["text/x-java-source", ["java", "jav"]],
      ["text/x-java-source,java", "java"],
      ["text/x-la-asf", "lsx"],
      ["text/x-m", "m"],
      ["text/x-pascal", "p"],
      ["text/x-script", "hlb"],
      ["text/x-script.csh", "csh"],
      ["text/x-script.elisp", "el"],
      ["text/x-script.guile", "scm"],
      ["text/x-script.ksh", "ksh"],
      ["text/x-script.lisp", "lsp"],
      ["text/x-script.perl", "pl"],
      ["text/x-script.perl-module", "pm"],
      ["text/x-script.phyton", "py"],
      ["text/x-script.rexx", "rexx"],
      ["text/x-script.scheme", "scm"],
      ["text/x-script.sh", "sh"],
      ["text/x-script.tcl", "tcl"],
      ["text/x-script.tcsh", "tcsh"],
      ["text/x-script.zsh", "zsh"],
      ["text/x-server-parsed-html", ["shtml", "ssi"]],
      ["text/x-setext", "etx"],
      ["text/x-sgml", ["sgm", "sgml"]],
      ["text/x-speech", ["spc", "talk"]],
      ["text/x-uil", "uil"],
      ["text/x-uuencode", ["uu", "uue"]],
      ["text/x-vcalendar", "vcs"],
      ["text/x-vcard", "vcf"],
      ["text/xml", "xml"],
      ["video/3gpp", "3gp"],
      ["video/3gpp2", "3g2"],
      ["video/animaflex", "afl"],
      ["video/avi", "avi"],
      ["video/avs-video", "avs"],
      ["video/dl", "dl"],
      ["video/fli", "fli"],
      ["video/gl", "gl"],
      ["video/h261", "h261"],
      ["video/h263", "h263"],
      ["video/h264", "h264"],
      ["video/jpeg", "jpgv"],
      ["video/jpm", "jpm"],
      ["video/mj2", "mj2"],
      ["video/mp4", "mp4"],
      ["video/mpeg", ["mpeg", "mp2", "mpa", "mpe", "mpg", "mpv2", "m1v", "m2v", "mp3"]],
      ["video/msvideo", "avi"],
      ["video/ogg", "ogv"],
      ["video/quicktime", ["mov", "qt", "moov"]],
      ["video/vdo", "vdo"],
      ["video/vivo", ["viv", "vivo"]],
      ["video/vnd.dece.hd", "uvh"],
      ["video/vnd.dece.mobile", "uvm"],
      ["video/vnd.dece.pd", "uvp"],
      ["video/vnd.dece.sd", "uvs"],
      ["video/vnd.dece.video", "uvv"],
      ["video/vnd.fvt", "fvt"],
      ["video/vnd.mpegurl", "mxu"],
      ["video/vnd.ms-playready.media.pyv", "pyv"],
      ["video/vnd.rn-realvideo", "rv"],
      ["video/vnd.uvvu.mp4", "uvu"],
      ["video/vnd.vivo", ["viv", "vivo"]],
      ["video/vosaic", "vos"],
      ["video/webm", "webm"],
      ["video/x-amt-demorun", "xdr"],
      ["video/x-amt-showrun", "xsr"],
      ["video/x-atomic3d-feature", "fmf"],
      ["video/x-dl", "dl"],
      ["video/x-dv", ["dif", "dv"]],
      ["video/x-f4v", "f4v"],
      ["video/x-fli", "fli"],
      ["video/x-flv", "flv"],
      ["video/x-gl", "gl"],
      ["video/x-isvideo", "isu"],
      ["video/x-la-asf", ["lsf", "lsx"]],
      ["video/x-m4v", "m4v"],
      ["video/x-motion-jpeg", "mjpg"],
      ["video/x-mpeg", ["mp3", "mp2"]],
      ["video/x-mpeq2a", "mp2"],
      ["video/x-ms-asf", ["asf", "asr", "asx"]],
      ["video/x-ms-asf-plugin", "asx"],
      ["video/x-ms-wm", "wm"],
      ["video/x-ms-wmv", "wmv"],
      ["video/x-ms-wmx", "wmx"],
      ["video/x-ms-wvx", "wvx"],
      ["video/x-msvideo", "avi"],
      ["video/x-qtc", "qtc"],
      ["video/x-scm", "scm"],
      ["video/x-sgi-movie", ["movie", "mv"]],
      ["windows/metafile", "wmf"],
      ["www/mime", "mime"],
      ["x-conference/x-cooltalk", "ice"],
      ["x-music/x-midi", ["mid", "midi"]],
      ["x-world/x-3dmf", ["3dm", "3dmf", "qd3", "qd3d"]],
      ["x-world/x-svr", "svr"],
      ["x-world/x-vrml", ["flr", "vrml", "wrl", "wrz", "xaf", "xof"]],
      ["x-world/x-vrt", "vrt"],
      ["xgl/drawing", "xgz"],
      ["xgl/movie", "xmz"]
    ]);
    extensions = /* @__PURE__ */ new Map([
      ["123", "application/vnd.lotus-1-2-3"],
      ["323", "text/h323"],
      ["*", "application/octet-stream"],
      ["3dm", "x-world/x-3dmf"],
      ["3dmf", "x-world/x-3dmf"],
      ["3dml", "text/vnd.in3d.3dml"],
      ["3g2", "video/3gpp2"],
      ["3gp", "video/3gpp"],
      ["7z", "application/x-7z-compressed"],
      ["a", "application/octet-stream"],
      ["aab", "application/x-authorware-bin"],
      ["aac", "audio/x-aac"],
      ["aam", "application/x-authorware-map"],
      ["aas", "application/x-authorware-seg"],
      ["abc", "text/vnd.abc"],
      ["abw", "application/x-abiword"],
      ["ac", "application/pkix-attr-cert"],
      ["acc", "application/vnd.americandynamics.acc"],
      ["ace", "application/x-ace-compressed"],
      ["acgi", "text/html"],
      ["acu", "application/vnd.acucobol"],
      ["acx", "application/internet-property-stream"],
      ["adp", "audio/adpcm"],
      ["aep", "application/vnd.audiograph"],
      ["afl", "video/animaflex"],
      ["afp", "application/vnd.ibm.modcap"],
      ["ahead", "application/vnd.ahead.space"],
      ["ai", "application/postscript"],
      ["aif", ["audio/aiff", "audio/x-aiff"]],
      ["aifc", ["audio/aiff", "audio/x-aiff"]],
      ["aiff", ["audio/aiff", "audio/x-aiff"]],
      ["aim", "application/x-aim"],
      ["aip", "text/x-audiosoft-intra"],
      ["air", "application/vnd.adobe.air-application-installer-package+zip"],
      ["ait", "application/vnd.dvb.ait"],
      ["ami", "application/vnd.amiga.ami"],
      ["ani", "application/x-navi-animation"],
      ["aos", "application/x-nokia-9000-communicator-add-on-software"],
      ["apk", "application/vnd.android.package-archive"],
      ["application", "application/x-ms-application"],
      ["apr", "application/vnd.lotus-approach"],
      ["aps", "application/mime"],
      ["arc", "application/octet-stream"],
      ["arj", ["application/arj", "application/octet-stream"]],
      ["art", "image/x-jg"],
      ["asf", "video/x-ms-asf"],
      ["asm", "text/x-asm"],
      ["aso", "application/vnd.accpac.simply.aso"],
      ["asp", "text/asp"],
      ["asr", "video/x-ms-asf"],
      ["asx", ["video/x-ms-asf", "application/x-mplayer2", "video/x-ms-asf-plugin"]],
      ["atc", "application/vnd.acucorp"],
      ["atomcat", "application/atomcat+xml"],
      ["atomsvc", "application/atomsvc+xml"],
      ["atx", "application/vnd.antix.game-component"],
      ["au", ["audio/basic", "audio/x-au"]],
      ["avi", ["video/avi", "video/msvideo", "application/x-troff-msvideo", "video/x-msvideo"]],
      ["avs", "video/avs-video"],
      ["aw", "application/applixware"],
      ["axs", "application/olescript"],
      ["azf", "application/vnd.airzip.filesecure.azf"],
      ["azs", "application/vnd.airzip.filesecure.azs"],
      ["azw", "application/vnd.amazon.ebook"],
      ["bas", "text/plain"],
      ["bcpio", "application/x-bcpio"],
      ["bdf", "application/x-font-bdf"],
      ["bdm", "application/vnd.syncml.dm+wbxml"],
      ["bed", "application/vnd.realvnc.bed"],
      ["bh2", "application/vnd.fujitsu.oasysprs"],
      ["bin", ["application/octet-stream", "application/mac-binary", "application/macbinary", "application/x-macbinary", "application/x-binary"]],
      ["bm", "image/bmp"],
      ["bmi", "application/vnd.bmi"],
      ["bmp", ["image/bmp", "image/x-windows-bmp"]],
      ["boo", "application/book"],
      ["book", "application/book"],
      ["box", "application/vnd.previewsystems.box"],
      ["boz", "application/x-bzip2"],
      ["bsh", "application/x-bsh"],
      ["btif", "image/prs.btif"],
      ["bz", "application/x-bzip"],
      ["bz2", "application/x-bzip2"],
      ["c", ["text/plain", "text/x-c"]],
      ["c++", "text/plain"],
      ["c11amc", "application/vnd.cluetrust.cartomobile-config"],
      ["c11amz", "application/vnd.cluetrust.cartomobile-config-pkg"],
      ["c4g", "application/vnd.clonk.c4group"],
      ["cab", "application/vnd.ms-cab-compressed"],
      ["car", "application/vnd.curl.car"],
      ["cat", ["application/vnd.ms-pkiseccat", "application/vnd.ms-pki.seccat"]],
      ["cc", ["text/plain", "text/x-c"]],
      ["ccad", "application/clariscad"],
      ["cco", "application/x-cocoa"],
      ["ccxml", "application/ccxml+xml,"],
      ["cdbcmsg", "application/vnd.contact.cmsg"],
      ["cdf", ["application/cdf", "application/x-cdf", "application/x-netcdf"]],
      ["cdkey", "application/vnd.mediastation.cdkey"],
      ["cdmia", "application/cdmi-capability"],
      ["cdmic", "application/cdmi-container"],
      ["cdmid", "application/cdmi-domain"],
      ["cdmio", "application/cdmi-object"],
      ["cdmiq", "application/cdmi-queue"],
      ["cdx", "chemical/x-cdx"],
      ["cdxml", "application/vnd.chemdraw+xml"],
      ["cdy", "application/vnd.cinderella"],
      ["cer", ["application/pkix-cert", "application/x-x509-ca-cert"]],
      ["cgm", "image/cgm"],
      ["cha", "application/x-chat"],
      ["chat", "application/x-chat"],
      ["chm", "application/vnd.ms-htmlhelp"],
      ["chrt", "application/vnd.kde.kchart"],
      ["cif", "chemical/x-cif"],
      ["cii", "application/vnd.anser-web-certificate-issue-initiation"],
      ["cil", "application/vnd.ms-artgalry"],
      ["cla", "application/vnd.claymore"],
      ["class", ["application/octet-stream", "application/java", "application/java-byte-code", "application/java-vm", "application/x-java-class"]],
      ["clkk", "application/vnd.crick.clicker.keyboard"],
      ["clkp", "application/vnd.crick.clicker.palette"],
      ["clkt", "application/vnd.crick.clicker.template"],
      ["clkw", "application/vnd.crick.clicker.wordbank"],
      ["clkx", "application/vnd.crick.clicker"],
      ["clp", "application/x-msclip"],
      ["cmc", "application/vnd.cosmocaller"],
      ["cmdf", "chemical/x-cmdf"],
      ["cml", "chemical/x-cml"],
      ["cmp", "application/vnd.yellowriver-custom-menu"],
      ["cmx", "image/x-cmx"],
      ["cod", ["image/cis-cod", "application/vnd.rim.cod"]],
      ["com", ["application/octet-stream", "text/plain"]],
      ["conf", "text/plain"],
      ["cpio", "application/x-cpio"],
      ["cpp", "text/x-c"],
      ["cpt", ["application/mac-compactpro", "application/x-compactpro", "application/x-cpt"]],
      ["crd", "application/x-mscardfile"],
      ["crl", ["application/pkix-crl", "application/pkcs-crl"]],
      ["crt", ["application/pkix-cert", "application/x-x509-user-cert", "application/x-x509-ca-cert"]],
      ["cryptonote", "application/vnd.rig.cryptonote"],
      ["csh", ["text/x-script.csh", "application/x-csh"]],
      ["csml", "chemical/x-csml"],
      ["csp", "application/vnd.commonspace"],
      ["css", ["text/css", "application/x-pointplus"]],
      ["csv", "text/csv"],
      ["cu", "application/cu-seeme"],
      ["curl", "text/vnd.curl"],
      ["cww", "application/prs.cww"],
      ["cxx", "text/plain"],
      ["dae", "model/vnd.collada+xml"],
      ["daf", "application/vnd.mobius.daf"],
      ["davmount", "application/davmount+xml"],
      ["dcr", "application/x-director"],
      ["dcurl", "text/vnd.curl.dcurl"],
      ["dd2", "application/vnd.oma.dd2+xml"],
      ["ddd", "application/vnd.fujixerox.ddd"],
      ["deb", "application/x-debian-package"],
      ["deepv", "application/x-deepv"],
      ["def", "text/plain"],
      ["der", "application/x-x509-ca-cert"],
      ["dfac", "application/vnd.dreamfactory"],
      ["dif", "video/x-dv"],
      ["dir", "application/x-director"],
      ["dis", "application/vnd.mobius.dis"],
      ["djvu", "image/vnd.djvu"],
      ["dl", ["video/dl", "video/x-dl"]],
      ["dll", "application/x-msdownload"],
      ["dms", "application/octet-stream"],
      ["dna", "application/vnd.dna"],
      ["doc", "application/msword"],
      ["docm", "application/vnd.ms-word.document.macroenabled.12"],
      ["docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
      ["dot", "application/msword"],
      ["dotm", "application/vnd.ms-word.template.macroenabled.12"],
      ["dotx", "application/vnd.openxmlformats-officedocument.wordprocessingml.template"],
      ["dp", ["application/commonground", "application/vnd.osgi.dp"]],
      ["dpg", "application/vnd.dpgraph"],
      ["dra", "audio/vnd.dra"],
      ["drw", "application/drafting"],
      ["dsc", "text/prs.lines.tag"],
      ["dssc", "application/dssc+der"],
      ["dtb", "application/x-dtbook+xml"],
      ["dtd", "application/xml-dtd"],
      ["dts", "audio/vnd.dts"],
      ["dtshd", "audio/vnd.dts.hd"],
      ["dump", "application/octet-stream"],
      ["dv", "video/x-dv"],
      ["dvi", "application/x-dvi"],
      ["dwf", ["model/vnd.dwf", "drawing/x-dwf"]],
      ["dwg", ["application/acad", "image/vnd.dwg", "image/x-dwg"]],
      ["dxf", ["application/dxf", "image/vnd.dwg", "image/vnd.dxf", "image/x-dwg"]],
      ["dxp", "application/vnd.spotfire.dxp"],
      ["dxr", "application/x-director"],
      ["ecelp4800", "audio/vnd.nuera.ecelp4800"],
      ["ecelp7470", "audio/vnd.nuera.ecelp7470"],
      ["ecelp9600", "audio/vnd.nuera.ecelp9600"],
      ["edm", "application/vnd.novadigm.edm"],
      ["edx", "application/vnd.novadigm.edx"],
      ["efif", "application/vnd.picsel"],
      ["ei6", "application/vnd.pg.osasli"],
      ["el", "text/x-script.elisp"],
      ["elc", ["application/x-elc", "application/x-bytecode.elisp"]],
      ["eml", "message/rfc822"],
      ["emma", "application/emma+xml"],
      ["env", "application/x-envoy"],
      ["eol", "audio/vnd.digital-winds"],
      ["eot", "application/vnd.ms-fontobject"],
      ["eps", "application/postscript"],
      ["epub", "application/epub+zip"],
      ["es", ["application/ecmascript", "application/x-esrehber"]],
      ["es3", "application/vnd.eszigno3+xml"],
      ["esf", "application/vnd.epson.esf"],
      ["etx", "text/x-setext"],
      ["evy", ["application/envoy", "application/x-envoy"]],
      ["exe", ["application/octet-stream", "application/x-msdownload"]],
      ["exi", "application/exi"],
      ["ext", "application/vnd.novadigm.ext"],
      ["ez2", "application/vnd.ezpix-album"],
      ["ez3", "application/vnd.ezpix-package"],
      ["f", ["text/plain", "text/x-fortran"]],
      ["f4v", "video/x-f4v"],
      ["f77", "text/x-fortran"],
      ["f90", ["text/plain", "text/x-fortran"]],
      ["fbs", "image/vnd.fastbidsheet"],
      ["fcs", "application/vnd.isac.fcs"],
      ["fdf", "application/vnd.fdf"],
      ["fe_launch", "application/vnd.denovo.fcselayout-link"],
      ["fg5", "application/vnd.fujitsu.oasysgp"],
      ["fh", "image/x-freehand"],
      ["fif", ["application/fractals", "image/fif"]],
      ["fig", "application/x-xfig"],
      ["fli", ["video/fli", "video/x-fli"]],
      ["flo", ["image/florian", "application/vnd.micrografx.flo"]],
      ["flr", "x-world/x-vrml"],
      ["flv", "video/x-flv"],
      ["flw", "application/vnd.kde.kivio"],
      ["flx", "text/vnd.fmi.flexstor"],
      ["fly", "text/vnd.fly"],
      ["fm", "application/vnd.framemaker"],
      ["fmf", "video/x-atomic3d-feature"],
      ["fnc", "application/vnd.frogans.fnc"],
      ["for", ["text/plain", "text/x-fortran"]],
      ["fpx", ["image/vnd.fpx", "image/vnd.net-fpx"]],
      ["frl", "application/freeloader"],
      ["fsc", "application/vnd.fsc.weblaunch"],
      ["fst", "image/vnd.fst"],
      ["ftc", "application/vnd.fluxtime.clip"],
      ["fti", "application/vnd.anser-web-funds-transfer-initiation"],
      ["funk", "audio/make"],
      ["fvt", "video/vnd.fvt"],
      ["fxp", "application/vnd.adobe.fxp"],
      ["fzs", "application/vnd.fuzzysheet"],
      ["g", "text/plain"],
      ["g2w", "application/vnd.geoplan"],
      ["g3", "image/g3fax"],
      ["g3w", "application/vnd.geospace"],
      ["gac", "application/vnd.groove-account"],
      ["gdl", "model/vnd.gdl"],
      ["geo", "application/vnd.dynageo"],
      ["geojson", "application/geo+json"],
      ["gex", "application/vnd.geometry-explorer"],
      ["ggb", "application/vnd.geogebra.file"],
      ["ggt", "application/vnd.geogebra.tool"],
      ["ghf", "application/vnd.groove-help"],
      ["gif", "image/gif"],
      ["gim", "application/vnd.groove-identity-message"],
      ["gl", ["video/gl", "video/x-gl"]],
      ["gmx", "application/vnd.gmx"],
      ["gnumeric", "application/x-gnumeric"],
      ["gph", "application/vnd.flographit"],
      ["gqf", "application/vnd.grafeq"],
      ["gram", "application/srgs"],
      ["grv", "application/vnd.groove-injector"],
      ["grxml", "application/srgs+xml"],
      ["gsd", "audio/x-gsm"],
      ["gsf", "application/x-font-ghostscript"],
      ["gsm", "audio/x-gsm"],
      ["gsp", "application/x-gsp"],
      ["gss", "application/x-gss"],
      ["gtar", "application/x-gtar"],
      ["gtm", "application/vnd.groove-tool-message"],
      ["gtw", "model/vnd.gtw"],
      ["gv", "text/vnd.graphviz"],
      ["gxt", "application/vnd.geonext"],
      ["gz", ["application/x-gzip", "application/x-compressed"]],
      ["gzip", ["multipart/x-gzip", "application/x-gzip"]],
      ["h", ["text/plain", "text/x-h"]],
      ["h261", "video/h261"],
      ["h263", "video/h263"],
      ["h264", "video/h264"],
      ["hal", "application/vnd.hal+xml"],
      ["hbci", "application/vnd.hbci"],
      ["hdf", "application/x-hdf"],
      ["help", "application/x-helpfile"],
      ["hgl", "application/vnd.hp-hpgl"],
      ["hh", ["text/plain", "text/x-h"]],
      ["hlb", "text/x-script"],
      ["hlp", ["application/winhlp", "application/hlp", "application/x-helpfile", "application/x-winhelp"]],
      ["hpg", "application/vnd.hp-hpgl"],
      ["hpgl", "application/vnd.hp-hpgl"],
      ["hpid", "application/vnd.hp-hpid"],
      ["hps", "application/vnd.hp-hps"],
      [
        "hqx",
        [
          "application/mac-binhex40",
          "application/binhex",
          "application/binhex4",
          "application/mac-binhex",
          "application/x-binhex40",
          "application/x-mac-binhex40"
        ]
      ],
      ["hta", "application/hta"],
      ["htc", "text/x-component"],
      ["htke", "application/vnd.kenameaapp"],
      ["htm", "text/html"],
      ["html", "text/html"],
      ["htmls", "text/html"],
      ["htt", "text/webviewhtml"],
      ["htx", "text/html"],
      ["hvd", "application/vnd.yamaha.hv-dic"],
      ["hvp", "application/vnd.yamaha.hv-voice"],
      ["hvs", "application/vnd.yamaha.hv-script"],
      ["i2g", "application/vnd.intergeo"],
      ["icc", "application/vnd.iccprofile"],
      ["ice", "x-conference/x-cooltalk"],
      ["ico", "image/x-icon"],
      ["ics", "text/calendar"],
      ["idc", "text/plain"],
      ["ief", "image/ief"],
      ["iefs", "image/ief"],
      ["ifm", "application/vnd.shana.informed.formdata"],
      ["iges", ["application/iges", "model/iges"]],
      ["igl", "application/vnd.igloader"],
      ["igm", "application/vnd.insors.igm"],
      ["igs", ["application/iges", "model/iges"]],
      ["igx", "application/vnd.micrografx.igx"],
      ["iif", "application/vnd.shana.informed.interchange"],
      ["iii", "application/x-iphone"],
      ["ima", "application/x-ima"],
      ["imap", "application/x-httpd-imap"],
      ["imp", "application/vnd.accpac.simply.imp"],
      ["ims", "application/vnd.ms-ims"],
      ["inf", "application/inf"],
      ["ins", ["application/x-internet-signup", "application/x-internett-signup"]],
      ["ip", "application/x-ip2"],
      ["ipfix", "application/ipfix"],
      ["ipk", "application/vnd.shana.informed.package"],
      ["irm", "application/vnd.ibm.rights-management"],
      ["irp", "application/vnd.irepository.package+xml"],
      ["isp", "application/x-internet-signup"],
      ["isu", "video/x-isvideo"],
      ["it", "audio/it"],
      ["itp", "application/vnd.shana.informed.formtemplate"],
      ["iv", "application/x-inventor"],
      ["ivp", "application/vnd.immervision-ivp"],
      ["ivr", "i-world/i-vrml"],
      ["ivu", "application/vnd.immervision-ivu"],
      ["ivy", "application/x-livescreen"],
      ["jad", "text/vnd.sun.j2me.app-descriptor"],
      ["jam", ["application/vnd.jam", "audio/x-jam"]],
      ["jar", "application/java-archive"],
      ["jav", ["text/plain", "text/x-java-source"]],
      ["java", ["text/plain", "text/x-java-source,java", "text/x-java-source"]],
      ["jcm", "application/x-java-commerce"],
      ["jfif", ["image/pipeg", "image/jpeg", "image/pjpeg"]],
      ["jfif-tbnl", "image/jpeg"],
      ["jisp", "application/vnd.jisp"],
      ["jlt", "application/vnd.hp-jlyt"],
      ["jnlp", "application/x-java-jnlp-file"],
      ["joda", "application/vnd.joost.joda-archive"],
      ["jpe", ["image/jpeg", "image/pjpeg"]],
      ["jpeg", ["image/jpeg", "image/pjpeg"]],
      ["jpg", ["image/jpeg", "image/pjpeg"]],
      ["jpgv", "video/jpeg"],
      ["jpm", "video/jpm"],
      ["jps", "image/x-jps"],
      ["js", ["application/javascript", "application/ecmascript", "text/javascript", "text/ecmascript", "application/x-javascript"]],
      ["json", "application/json"],
      ["jut", "image/jutvision"],
      ["kar", ["audio/midi", "music/x-karaoke"]],
      ["karbon", "application/vnd.kde.karbon"],
      ["kfo", "application/vnd.kde.kformula"],
      ["kia", "application/vnd.kidspiration"],
      ["kml", "application/vnd.google-earth.kml+xml"],
      ["kmz", "application/vnd.google-earth.kmz"],
      ["kne", "application/vnd.kinar"],
      ["kon", "application/vnd.kde.kontour"],
      ["kpr", "application/vnd.kde.kpresenter"],
      ["ksh", ["application/x-ksh", "text/x-script.ksh"]],
      ["ksp", "application/vnd.kde.kspread"],
      ["ktx", "image/ktx"],
      ["ktz", "application/vnd.kahootz"],
      ["kwd", "application/vnd.kde.kword"],
      ["la", ["audio/nspaudio", "audio/x-nspaudio"]],
      ["lam", "audio/x-liveaudio"],
      ["lasxml", "application/vnd.las.las+xml"],
      ["latex", "application/x-latex"],
      ["lbd", "application/vnd.llamagraphics.life-balance.desktop"],
      ["lbe", "application/vnd.llamagraphics.life-balance.exchange+xml"],
      ["les", "application/vnd.hhe.lesson-player"],
      ["lha", ["application/octet-stream", "application/lha", "application/x-lha"]],
      ["lhx", "application/octet-stream"],
      ["link66", "application/vnd.route66.link66+xml"],
      ["list", "text/plain"],
      ["lma", ["audio/nspaudio", "audio/x-nspaudio"]],
      ["log", "text/plain"],
      ["lrm", "application/vnd.ms-lrm"],
      ["lsf", "video/x-la-asf"],
      ["lsp", ["application/x-lisp", "text/x-script.lisp"]],
      ["lst", "text/plain"],
      ["lsx", ["video/x-la-asf", "text/x-la-asf"]],
      ["ltf", "application/vnd.frogans.ltf"],
      ["ltx", "application/x-latex"],
      ["lvp", "audio/vnd.lucent.voice"],
      ["lwp", "application/vnd.lotus-wordpro"],
      ["lzh", ["application/octet-stream", "application/x-lzh"]],
      ["lzx", ["application/lzx", "application/octet-stream", "application/x-lzx"]],
      ["m", ["text/plain", "text/x-m"]],
      ["m13", "application/x-msmediaview"],
      ["m14", "application/x-msmediaview"],
      ["m1v", "video/mpeg"],
      ["m21", "application/mp21"],
      ["m2a", "audio/mpeg"],
      ["m2v", "video/mpeg"],
      ["m3u", ["audio/x-mpegurl", "audio/x-mpequrl"]],
      ["m3u8", "application/vnd.apple.mpegurl"],
      ["m4v", "video/x-m4v"],
      ["ma", "application/mathematica"],
      ["mads", "application/mads+xml"],
      ["mag", "application/vnd.ecowin.chart"],
      ["man", "application/x-troff-man"],
      ["map", "application/x-navimap"],
      ["mar", "text/plain"],
      ["mathml", "application/mathml+xml"],
      ["mbd", "application/mbedlet"],
      ["mbk", "application/vnd.mobius.mbk"],
      ["mbox", "application/mbox"],
      ["mc$", "application/x-magic-cap-package-1.0"],
      ["mc1", "application/vnd.medcalcdata"],
      ["mcd", ["application/mcad", "application/vnd.mcd", "application/x-mathcad"]],
      ["mcf", ["image/vasa", "text/mcf"]],
      ["mcp", "application/netmc"],
      ["mcurl", "text/vnd.curl.mcurl"],
      ["mdb", "application/x-msaccess"],
      ["mdi", "image/vnd.ms-modi"],
      ["me", "application/x-troff-me"],
      ["meta4", "application/metalink4+xml"],
      ["mets", "application/mets+xml"],
      ["mfm", "application/vnd.mfmp"],
      ["mgp", "application/vnd.osgeo.mapguide.package"],
      ["mgz", "application/vnd.proteus.magazine"],
      ["mht", "message/rfc822"],
      ["mhtml", "message/rfc822"],
      ["mid", ["audio/mid", "audio/midi", "music/crescendo", "x-music/x-midi", "audio/x-midi", "application/x-midi", "audio/x-mid"]],
      ["midi", ["audio/midi", "music/crescendo", "x-music/x-midi", "audio/x-midi", "application/x-midi", "audio/x-mid"]],
      ["mif", ["application/vnd.mif", "application/x-mif", "application/x-frame"]],
      ["mime", ["message/rfc822", "www/mime"]],
      ["mj2", "video/mj2"],
      ["mjf", "audio/x-vnd.audioexplosion.mjuicemediafile"],
      ["mjpg", "video/x-motion-jpeg"],
      ["mlp", "application/vnd.dolby.mlp"],
      ["mm", ["application/base64", "application/x-meme"]],
      ["mmd", "application/vnd.chipnuts.karaoke-mmd"],
      ["mme", "application/base64"],
      ["mmf", "application/vnd.smaf"],
      ["mmr", "image/vnd.fujixerox.edmics-mmr"],
      ["mny", "application/x-msmoney"],
      ["mod", ["audio/mod", "audio/x-mod"]],
      ["mods", "application/mods+xml"],
      ["moov", "video/quicktime"],
      ["mov", "video/quicktime"],
      ["movie", "video/x-sgi-movie"],
      ["mp2", ["video/mpeg", "audio/mpeg", "video/x-mpeg", "audio/x-mpeg", "video/x-mpeq2a"]],
      ["mp3", ["audio/mpeg", "audio/mpeg3", "video/mpeg", "audio/x-mpeg-3", "video/x-mpeg"]],
      ["mp4", ["video/mp4", "application/mp4"]],
      ["mp4a", "audio/mp4"],
      ["mpa", ["video/mpeg", "audio/mpeg"]],
      ["mpc", ["application/vnd.mophun.certificate", "application/x-project"]],
      ["mpe", "video/mpeg"],
      ["mpeg", "video/mpeg"],
      ["mpg", ["video/mpeg", "audio/mpeg"]],
      ["mpga", "audio/mpeg"],
      ["mpkg", "application/vnd.apple.installer+xml"],
      ["mpm", "application/vnd.blueice.multipass"],
      ["mpn", "application/vnd.mophun.application"],
      ["mpp", "application/vnd.ms-project"],
      ["mpt", "application/x-project"],
      ["mpv", "application/x-project"],
      ["mpv2", "video/mpeg"],
      ["mpx", "application/x-project"],
      ["mpy", "application/vnd.ibm.minipay"],
      ["mqy", "application/vnd.mobius.mqy"],
      ["mrc", "application/marc"],
      ["mrcx", "application/marcxml+xml"],
      ["ms", "application/x-troff-ms"],
      ["mscml", "application/mediaservercontrol+xml"],
      ["mseq", "application/vnd.mseq"],
      ["msf", "application/vnd.epson.msf"],
      ["msg", "application/vnd.ms-outlook"],
      ["msh", "model/mesh"],
      ["msl", "application/vnd.mobius.msl"],
      ["msty", "application/vnd.muvee.style"],
      ["mts", "model/vnd.mts"],
      ["mus", "application/vnd.musician"],
      ["musicxml", "application/vnd.recordare.musicxml+xml"],
      ["mv", "video/x-sgi-movie"],
      ["mvb", "application/x-msmediaview"],
      ["mwf", "application/vnd.mfer"],
      ["mxf", "application/mxf"],
      ["mxl", "application/vnd.recordare.musicxml"],
      ["mxml", "application/xv+xml"],
      ["mxs", "application/vnd.triscape.mxs"],
      ["mxu", "video/vnd.mpegurl"],
      ["my", "audio/make"],
      ["mzz", "application/x-vnd.audioexplosion.mzz"],
      ["n-gage", "application/vnd.nokia.n-gage.symbian.install"],
      ["n3", "text/n3"],
      ["nap", "image/naplps"],
      ["naplps", "image/naplps"],
      ["nbp", "application/vnd.wolfram.player"],
      ["nc", "application/x-netcdf"],
      ["ncm", "application/vnd.nokia.configuration-message"],
      ["ncx", "application/x-dtbncx+xml"],
      ["ngdat", "application/vnd.nokia.n-gage.data"],
      ["nif", "image/x-niff"],
      ["niff", "image/x-niff"],
      ["nix", "application/x-mix-transfer"],
      ["nlu", "application/vnd.neurolanguage.nlu"],
      ["nml", "application/vnd.enliven"],
      ["nnd", "application/vnd.noblenet-directory"],
      ["nns", "application/vnd.noblenet-sealer"],
      ["nnw", "application/vnd.noblenet-web"],
      ["npx", "image/vnd.net-fpx"],
      ["nsc", "application/x-conference"],
      ["nsf", "application/vnd.lotus-notes"],
      ["nvd", "application/x-navidoc"],
      ["nws", "message/rfc822"],
      ["o", "application/octet-stream"],
      ["oa2", "application/vnd.fujitsu.oasys2"],
      ["oa3", "application/vnd.fujitsu.oasys3"],
      ["oas", "application/vnd.fujitsu.oasys"],
      ["obd", "application/x-msbinder"],
      ["oda", "application/oda"],
      ["odb", "application/vnd.oasis.opendocument.database"],
      ["odc", "application/vnd.oasis.opendocument.chart"],
      ["odf", "application/vnd.oasis.opendocument.formula"],
      ["odft", "application/vnd.oasis.opendocument.formula-template"],
      ["odg", "application/vnd.oasis.opendocument.graphics"],
      ["odi", "application/vnd.oasis.opendocument.image"],
      ["odm", "application/vnd.oasis.opendocument.text-master"],
      ["odp", "application/vnd.oasis.opendocument.presentation"],
      ["ods", "application/vnd.oasis.opendocument.spreadsheet"],
      ["odt", "application/vnd.oasis.opendocument.text"],
      ["oga", "audio/ogg"],
      ["ogv", "video/ogg"],
      ["ogx", "application/ogg"],
      ["omc", "application/x-omc"],
      ["omcd", "application/x-omcdatamaker"],
      ["omcr", "application/x-omcregerator"],
      ["onetoc", "application/onenote"],
      ["opf", "application/oebps-package+xml"],
      ["org", "application/vnd.lotus-organizer"],
      ["osf", "application/vnd.yamaha.openscoreformat"],
      ["osfpvg", "application/vnd.yamaha.openscoreformat.osfpvg+xml"],
      ["otc", "application/vnd.oasis.opendocument.chart-template"],
      ["otf", "application/x-font-otf"],
      ["otg", "application/vnd.oasis.opendocument.graphics-template"],
      ["oth", "application/vnd.oasis.opendocument.text-web"],
      ["oti", "application/vnd.oasis.opendocument.image-template"],
      ["otp", "application/vnd.oasis.opendocument.presentation-template"],
      ["ots", "application/vnd.oasis.opendocument.spreadsheet-template"],
      ["ott", "application/vnd.oasis.opendocument.text-template"],
      ["oxt", "application/vnd.openofficeorg.extension"],
      ["p", "text/x-pascal"],
      ["p10", ["application/pkcs10", "application/x-pkcs10"]],
      ["p12", ["application/pkcs-12", "application/x-pkcs12"]],
      ["p7a", "application/x-pkcs7-signature"],
      ["p7b", "application/x-pkcs7-certificates"],
      ["p7c", ["application/pkcs7-mime", "application/x-pkcs7-mime"]],
      ["p7m", ["application/pkcs7-mime", "application/x-pkcs7-mime"]],
      ["p7r", "application/x-pkcs7-certreqresp"],
      ["p7s", ["application/pkcs7-signature", "application/x-pkcs7-signature"]],
      ["p8", "application/pkcs8"],
      ["par", "text/plain-bas"],
      ["part", "application/pro_eng"],
      ["pas", "text/pascal"],
      ["paw", "application/vnd.pawaafile"],
      ["pbd", "application/vnd.powerbuilder6"],
      ["pbm", "image/x-portable-bitmap"],
      ["pcf", "application/x-font-pcf"],
      ["pcl", ["application/vnd.hp-pcl", "application/x-pcl"]],
      ["pclxl", "application/vnd.hp-pclxl"],
      ["pct", "image/x-pict"],
      ["pcurl", "application/vnd.curl.pcurl"],
      ["pcx", "image/x-pcx"],
      ["pdb", ["application/vnd.palm", "chemical/x-pdb"]],
      ["pdf", "application/pdf"],
      ["pfa", "application/x-font-type1"],
      ["pfr", "application/font-tdpfr"],
      ["pfunk", ["audio/make", "audio/make.my.funk"]],
      ["pfx", "application/x-pkcs12"],
      ["pgm", ["image/x-portable-graymap", "image/x-portable-greymap"]],
      ["pgn", "application/x-chess-pgn"],
      ["pgp", "application/pgp-signature"],
      ["pic", ["image/pict", "image/x-pict"]],
      ["pict", "image/pict"],
      ["pkg", "application/x-newton-compatible-pkg"],
      ["pki", "application/pkixcmp"],
      ["pkipath", "application/pkix-pkipath"],
      ["pko", ["application/ynd.ms-pkipko", "application/vnd.ms-pki.pko"]],
      ["pl", ["text/plain", "text/x-script.perl"]],
      ["plb", "application/vnd.3gpp.pic-bw-large"],
      ["plc", "application/vnd.mobius.plc"],
      ["plf", "application/vnd.pocketlearn"],
      ["pls", "application/pls+xml"],
      ["plx", "application/x-pixclscript"],
      ["pm", ["text/x-script.perl-module", "image/x-xpixmap"]],
      ["pm4", "application/x-pagemaker"],
      ["pm5", "application/x-pagemaker"],
      ["pma", "application/x-perfmon"],
      ["pmc", "application/x-perfmon"],
      ["pml", ["application/vnd.ctc-posml", "application/x-perfmon"]],
      ["pmr", "application/x-perfmon"],
      ["pmw", "application/x-perfmon"],
      ["png", "image/png"],
      ["pnm", ["application/x-portable-anymap", "image/x-portable-anymap"]],
      ["portpkg", "application/vnd.macports.portpkg"],
      ["pot", ["application/vnd.ms-powerpoint", "application/mspowerpoint"]],
      ["potm", "application/vnd.ms-powerpoint.template.macroenabled.12"],
      ["potx", "application/vnd.openxmlformats-officedocument.presentationml.template"],
      ["pov", "model/x-pov"],
      ["ppa", "application/vnd.ms-powerpoint"],
      ["ppam", "application/vnd.ms-powerpoint.addin.macroenabled.12"],
      ["ppd", "application/vnd.cups-ppd"],
      ["ppm", "image/x-portable-pixmap"],
      ["pps", ["application/vnd.ms-powerpoint", "application/mspowerpoint"]],
      ["ppsm", "application/vnd.ms-powerpoint.slideshow.macroenabled.12"],
      ["ppsx", "application/vnd.openxmlformats-officedocument.presentationml.slideshow"],
      ["ppt", ["application/vnd.ms-powerpoint", "application/mspowerpoint", "application/powerpoint", "application/x-mspowerpoint"]],
      ["pptm", "application/vnd.ms-powerpoint.presentation.macroenabled.12"],
      ["pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"],
      ["ppz", "application/mspowerpoint"],
      ["prc", "application/x-mobipocket-ebook"],
      ["pre", ["application/vnd.lotus-freelance", "application/x-freelance"]],
      ["prf", "application/pics-rules"],
      ["prt", "application/pro_eng"],
      ["ps", "application/postscript"],
      ["psb", "application/vnd.3gpp.pic-bw-small"],
      ["psd", ["application/octet-stream", "image/vnd.adobe.photoshop"]],
      ["psf", "application/x-font-linux-psf"],
      ["pskcxml", "application/pskc+xml"],
      ["ptid", "application/vnd.pvi.ptid1"],
      ["pub", "application/x-mspublisher"],
      ["pvb", "application/vnd.3gpp.pic-bw-var"],
      ["pvu", "paleovu/x-pv"],
      ["pwn", "application/vnd.3m.post-it-notes"],
      ["pwz", "application/vnd.ms-powerpoint"],
      ["py", "text/x-script.phyton"],
      ["pya", "audio/vnd.ms-playready.media.pya"],
      ["pyc", "application/x-bytecode.python"],
      ["pyv", "video/vnd.ms-playready.media.pyv"],
      ["qam", "application/vnd.epson.quickanime"],
      ["qbo", "application/vnd.intu.qbo"],
      ["qcp", "audio/vnd.qcelp"],
      ["qd3", "x-world/x-3dmf"],
      ["qd3d", "x-world/x-3dmf"],
      ["qfx", "application/vnd.intu.qfx"],
      ["qif", "image/x-quicktime"],
      ["qps", "application/vnd.publishare-delta-tree"],
      ["qt", "video/quicktime"],
      ["qtc", "video/x-qtc"],
      ["qti", "image/x-quicktime"],
      ["qtif", "image/x-quicktime"],
      ["qxd", "application/vnd.quark.quarkxpress"],
      ["ra", ["audio/x-realaudio", "audio/x-pn-realaudio", "audio/x-pn-realaudio-plugin"]],
      ["ram", "audio/x-pn-realaudio"],
      ["rar", "application/x-rar-compressed"],
      ["ras", ["image/cmu-raster", "application/x-cmu-raster", "image/x-cmu-raster"]],
      ["rast", "image/cmu-raster"],
      ["rcprofile", "application/vnd.ipunplugged.rcprofile"],
      ["rdf", "application/rdf+xml"],
      ["rdz", "application/vnd.data-vision.rdz"],
      ["rep", "application/vnd.businessobjects"],
      ["res", "application/x-dtbresource+xml"],
      ["rexx", "text/x-script.rexx"],
      ["rf", "image/vnd.rn-realflash"],
      ["rgb", "image/x-rgb"],
      ["rif", "application/reginfo+xml"],
      ["rip", "audio/vnd.rip"],
      ["rl", "application/resource-lists+xml"],
      ["rlc", "image/vnd.fujixerox.edmics-rlc"],
      ["rld", "application/resource-lists-diff+xml"],
      ["rm", ["application/vnd.rn-realmedia", "audio/x-pn-realaudio"]],
      ["rmi", "audio/mid"],
      ["rmm", "audio/x-pn-realaudio"],
      ["rmp", ["audio/x-pn-realaudio-plugin", "audio/x-pn-realaudio"]],
      ["rms", "application/vnd.jcp.javame.midlet-rms"],
      ["rnc", "application/relax-ng-compact-syntax"],
      ["rng", ["application/ringing-tones", "application/vnd.nokia.ringing-tone"]],
      ["rnx", "application/vnd.rn-realplayer"],
      ["roff", "application/x-troff"],
      ["rp", "image/vnd.rn-realpix"],
      ["rp9", "application/vnd.cloanto.rp9"],
      ["rpm", "audio/x-pn-realaudio-plugin"],
      ["rpss", "application/vnd.nokia.radio-presets"],
      ["rpst", "application/vnd.nokia.radio-preset"],
      ["rq", "application/sparql-query"],
      ["rs", "application/rls-services+xml"],
      ["rsd", "application/rsd+xml"],
      ["rt", ["text/richtext", "text/vnd.rn-realtext"]],
      ["rtf", ["application/rtf", "text/richtext", "application/x-rtf"]],
      ["rtx", ["text/richtext", "application/rtf"]],
      ["rv", "video/vnd.rn-realvideo"],
      ["s", "text/x-asm"],
      ["s3m", "audio/s3m"],
      ["saf", "application/vnd.yamaha.smaf-audio"],
      ["saveme", "application/octet-stream"],
      ["sbk", "application/x-tbook"],
      ["sbml", "application/sbml+xml"],
      ["sc", "application/vnd.ibm.secure-container"],
      ["scd", "application/x-msschedule"],
      ["scm", ["application/vnd.lotus-screencam", "video/x-scm", "text/x-script.guile", "application/x-lotusscreencam", "text/x-script.scheme"]],
      ["scq", "application/scvp-cv-request"],
      ["scs", "application/scvp-cv-response"],
      ["sct", "text/scriptlet"],
      ["scurl", "text/vnd.curl.scurl"],
      ["sda", "application/vnd.stardivision.draw"],
      ["sdc", "application/vnd.stardivision.calc"],
      ["sdd", "application/vnd.stardivision.impress"],
      ["sdkm", "application/vnd.solent.sdkm+xml"],
      ["sdml", "text/plain"],
      ["sdp", ["application/sdp", "application/x-sdp"]],
      ["sdr", "application/sounder"],
      ["sdw", "application/vnd.stardivision.writer"],
      ["sea", ["application/sea", "application/x-sea"]],
      ["see", "application/vnd.seemail"],
      ["seed", "application/vnd.fdsn.seed"],
      ["sema", "application/vnd.sema"],
      ["semd", "application/vnd.semd"],
      ["semf", "application/vnd.semf"],
      ["ser", "application/java-serialized-object"],
      ["set", "application/set"],
      ["setpay", "application/set-payment-initiation"],
      ["setreg", "application/set-registration-initiation"],
      ["sfd-hdstx", "application/vnd.hydrostatix.sof-data"],
      ["sfs", "application/vnd.spotfire.sfs"],
      ["sgl", "application/vnd.stardivision.writer-global"],
      ["sgm", ["text/sgml", "text/x-sgml"]],
      ["sgml", ["text/sgml", "text/x-sgml"]],
      ["sh", ["application/x-shar", "application/x-bsh", "application/x-sh", "text/x-script.sh"]],
      ["shar", ["application/x-bsh", "application/x-shar"]],
      ["shf", "application/shf+xml"],
      ["shtml", ["text/html", "text/x-server-parsed-html"]],
      ["sid", "audio/x-psid"],
      ["sis", "application/vnd.symbian.install"],
      ["sit", ["application/x-stuffit", "application/x-sit"]],
      ["sitx", "application/x-stuffitx"],
      ["skd", "application/x-koan"],
      ["skm", "application/x-koan"],
      ["skp", ["application/vnd.koan", "application/x-koan"]],
      ["skt", "application/x-koan"],
      ["sl", "application/x-seelogo"],
      ["sldm", "application/vnd.ms-powerpoint.slide.macroenabled.12"],
      ["sldx", "application/vnd.openxmlformats-officedocument.presentationml.slide"],
      ["slt", "application/vnd.epson.salt"],
      ["sm", "application/vnd.stepmania.stepchart"],
      ["smf", "application/vnd.stardivision.math"],
      ["smi", ["application/smil", "application/smil+xml"]],
      ["smil", "application/smil"],
      ["snd", ["audio/basic", "audio/x-adpcm"]],
      ["snf", "application/x-font-snf"],
      ["sol", "application/solids"],
      ["spc", ["text/x-speech", "application/x-pkcs7-certificates"]],
      ["spf", "application/vnd.yamaha.smaf-phrase"],
      ["spl", ["application/futuresplash", "application/x-futuresplash"]],
      ["spot", "text/vnd.in3d.spot"],
      ["spp", "application/scvp-vp-response"],
      ["spq", "application/scvp-vp-request"],
      ["spr", "application/x-sprite"],
      ["sprite", "application/x-sprite"],
      ["src", "application/x-wais-source"],
      ["sru", "application/sru+xml"],
      ["srx", "application/sparql-results+xml"],
      ["sse", "application/vnd.kodak-descriptor"],
      ["ssf", "application/vnd.epson.ssf"],
      ["ssi", "text/x-server-parsed-html"],
      ["ssm", "application/streamingmedia"],
      ["ssml", "application/ssml+xml"],
      ["sst", ["application/vnd.ms-pkicertstore", "application/vnd.ms-pki.certstore"]],
      ["st", "application/vnd.sailingtracker.track"],
      ["stc", "application/vnd.sun.xml.calc.template"],
      ["std", "application/vnd.sun.xml.draw.template"],
      ["step", "application/step"],
      ["stf", "application/vnd.wt.stf"],
      ["sti", "application/vnd.sun.xml.impress.template"],
      ["stk", "application/hyperstudio"],
      ["stl", ["application/vnd.ms-pkistl", "application/sla", "application/vnd.ms-pki.stl", "application/x-navistyle"]],
      ["stm", "text/html"],
      ["stp", "application/step"],
      ["str", "application/vnd.pg.format"],
      ["stw", "application/vnd.sun.xml.writer.template"],
      ["sub", "image/vnd.dvb.subtitle"],
      ["sus", "application/vnd.sus-calendar"],
      ["sv4cpio", "application/x-sv4cpio"],
      ["sv4crc", "application/x-sv4crc"],
      ["svc", "application/vnd.dvb.service"],
      ["svd", "application/vnd.svd"],
      ["svf", ["image/vnd.dwg", "image/x-dwg"]],
      ["svg", "image/svg+xml"],
      ["svr", ["x-world/x-svr", "application/x-world"]],
      ["swf", "application/x-shockwave-flash"],
      ["swi", "application/vnd.aristanetworks.swi"],
      ["sxc", "application/vnd.sun.xml.calc"],
      ["sxd", "application/vnd.sun.xml.draw"],
      ["sxg", "application/vnd.sun.xml.writer.global"],
      ["sxi", "application/vnd.sun.xml.impress"],
      ["sxm", "application/vnd.sun.xml.math"],
      ["sxw", "application/vnd.sun.xml.writer"],
      ["t", ["text/troff", "application/x-troff"]],
      ["talk", "text/x-speech"],
      ["tao", "application/vnd.tao.intent-module-archive"],
      ["tar", "application/x-tar"],
      ["tbk", ["application/toolbook", "application/x-tbook"]],
      ["tcap", "application/vnd.3gpp2.tcap"],
      ["tcl", ["text/x-script.tcl", "application/x-tcl"]],
      ["tcsh", "text/x-script.tcsh"],
      ["teacher", "application/vnd.smart.teacher"],
      ["tei", "application/tei+xml"],
      ["tex", "application/x-tex"],
      ["texi", "application/x-texinfo"],
      ["texinfo", "application/x-texinfo"],
      ["text", ["application/plain", "text/plain"]],
      ["tfi", "application/thraud+xml"],
      ["tfm", "application/x-tex-tfm"],
      ["tgz", ["application/gnutar", "application/x-compressed"]],
      ["thmx", "application/vnd.ms-officetheme"],
      ["tif", ["image/tiff", "image/x-tiff"]],
      ["tiff", ["image/tiff", "image/x-tiff"]],
      ["tmo", "application/vnd.tmobile-livetv"],
      ["torrent", "application/x-bittorrent"],
      ["tpl", "application/vnd.groove-tool-template"],
      ["tpt", "application/vnd.trid.tpt"],
      ["tr", "application/x-troff"],
      ["tra", "application/vnd.trueapp"],
      ["trm", "application/x-msterminal"],
      ["tsd", "application/timestamped-data"],
      ["tsi", "audio/tsp-audio"],
      ["tsp", ["application/dsptype", "audio/tsplayer"]],
      ["tsv", "text/tab-separated-values"],
      ["ttf", "application/x-font-ttf"],
      ["ttl", "text/turtle"],
      ["turbot", "image/florian"],
      ["twd", "application/vnd.simtech-mindmapper"],
      ["txd", "application/vnd.genomatix.tuxedo"],
      ["txf", "application/vnd.mobius.txf"],
      ["txt", "text/plain"],
      ["ufd", "application/vnd.ufdl"],
      ["uil", "text/x-uil"],
      ["uls", "text/iuls"],
      ["umj", "application/vnd.umajin"],
      ["uni", "text/uri-list"],
      ["unis", "text/uri-list"],
      ["unityweb", "application/vnd.unity"],
      ["unv", "application/i-deas"],
      ["uoml", "application/vnd.uoml+xml"],
      ["uri", "text/uri-list"],
      ["uris", "text/uri-list"],
      ["ustar", ["application/x-ustar", "multipart/x-ustar"]],
      ["utz", "application/vnd.uiq.theme"],
      ["uu", ["application/octet-stream", "text/x-uuencode"]],
      ["uue", "text/x-uuencode"],
      ["uva", "audio/vnd.dece.audio"],
      ["uvh", "video/vnd.dece.hd"],
      ["uvi", "image/vnd.dece.graphic"],
      ["uvm", "video/vnd.dece.mobile"],
      ["uvp", "video/vnd.dece.pd"],
      ["uvs", "video/vnd.dece.sd"],
      ["uvu", "video/vnd.uvvu.mp4"],
      ["uvv", "video/vnd.dece.video"],
      ["vcd", "application/x-cdlink"],
      ["vcf", "text/x-vcard"],
      ["vcg", "application/vnd.groove-vcard"],
      ["vcs", "text/x-vcalendar"],
      ["vcx", "application/vnd.vcx"],
      ["vda", "application/vda"],
      ["vdo", "video/vdo"],
      ["vew", "application/groupwise"],
      ["vis", "application/vnd.visionary"],
      ["viv", ["video/vivo", "video/vnd.vivo"]],
      ["vivo", ["video/vivo", "video/vnd.vivo"]],
      ["vmd", "application/vocaltec-media-desc"],
      ["vmf", "application/vocaltec-media-file"],
      ["voc", ["audio/voc", "audio/x-voc"]],
      ["vos", "video/vosaic"],
      ["vox", "audio/voxware"],
      ["vqe", "audio/x-twinvq-plugin"],
      ["vqf", "audio/x-twinvq"],
      ["vql", "audio/x-twinvq-plugin"],
      ["vrml", ["model/vrml", "x-world/x-vrml", "application/x-vrml"]],
      ["vrt", "x-world/x-vrt"],
      ["vsd", ["application/vnd.visio", "application/x-visio"]],
      ["vsf", "application/vnd.vsf"],
      ["vst", "application/x-visio"],
      ["vsw", "application/x-visio"],
      ["vtu", "model/vnd.vtu"],
      ["vxml", "application/voicexml+xml"],
      ["w60", "application/wordperfect6.0"],
      ["w61", "application/wordperfect6.1"],
      ["w6w", "application/msword"],
      ["wad", "application/x-doom"],
      ["wav", ["audio/wav", "audio/x-wav"]],
      ["wax", "audio/x-ms-wax"],
      ["wb1", "application/x-qpro"],
      ["wbmp", "image/vnd.wap.wbmp"],
      ["wbs", "application/vnd.criticaltools.wbs+xml"],
      ["wbxml", "application/vnd.wap.wbxml"],
      ["wcm", "application/vnd.ms-works"],
      ["wdb", "application/vnd.ms-works"],
      ["web", "application/vnd.xara"],
      ["weba", "audio/webm"],
      ["webm", "video/webm"],
      ["webp", "image/webp"],
      ["wg", "application/vnd.pmi.widget"],
      ["wgt", "application/widget"],
      ["wiz", "application/msword"],
      ["wk1", "application/x-123"],
      ["wks", "application/vnd.ms-works"],
      ["wm", "video/x-ms-wm"],
      ["wma", "audio/x-ms-wma"],
      ["wmd", "application/x-ms-wmd"],
      ["wmf", ["windows/metafile", "application/x-msmetafile"]],
      ["wml", "text/vnd.wap.wml"],
      ["wmlc", "application/vnd.wap.wmlc"],
      ["wmls", "text/vnd.wap.wmlscript"],
      ["wmlsc", "application/vnd.wap.wmlscriptc"],
      ["wmv", "video/x-ms-wmv"],
      ["wmx", "video/x-ms-wmx"],
      ["wmz", "application/x-ms-wmz"],
      ["woff", "application/x-font-woff"],
      ["word", "application/msword"],
      ["wp", "application/wordperfect"],
      ["wp5", ["application/wordperfect", "application/wordperfect6.0"]],
      ["wp6", "application/wordperfect"],
      ["wpd", ["application/wordperfect", "application/vnd.wordperfect", "application/x-wpwin"]],
      ["wpl", "application/vnd.ms-wpl"],
      ["wps", "application/vnd.ms-works"],
      ["wq1", "application/x-lotus"],
      ["wqd", "application/vnd.wqd"],
      ["wri", ["application/mswrite", "application/x-wri", "application/x-mswrite"]],
      ["wrl", ["model/vrml", "x-world/x-vrml", "application/x-world"]],
      ["wrz", ["model/vrml", "x-world/x-vrml"]],
      ["wsc", "text/scriplet"],
      ["wsdl", "application/wsdl+xml"],
      ["wspolicy", "application/wspolicy+xml"],
      ["wsrc", "application/x-wais-source"],
      ["wtb", "application/vnd.webturbo"],
      ["wtk", "application/x-wintalk"],
      ["wvx", "video/x-ms-wvx"],
      ["x-png", "image/png"],
      ["x3d", "application/vnd.hzn-3d-crossword"],
      ["xaf", "x-world/x-vrml"],
      ["xap", "application/x-silverlight-app"],
      ["xar", "application/vnd.xara"],
      ["xbap", "application/x-ms-xbap"],
      ["xbd", "application/vnd.fujixerox.docuworks.binder"],
      ["xbm", ["image/xbm", "image/x-xbm", "image/x-xbitmap"]],
      ["xdf", "application/xcap-diff+xml"],
      ["xdm", "application/vnd.syncml.dm+xml"],
      ["xdp", "application/vnd.adobe.xdp+xml"],
      ["xdr", "video/x-amt-demorun"],
      ["xdssc", "application/dssc+xml"],
      ["xdw", "application/vnd.fujixerox.docuworks"],
      ["xenc", "application/xenc+xml"],
      ["xer", "application/patch-ops-error+xml"],
      ["xfdf", "application/vnd.adobe.xfdf"],
      ["xfdl", "application/vnd.xfdl"],
      ["xgz", "xgl/drawing"],
      ["xhtml", "application/xhtml+xml"],
      ["xif", "image/vnd.xiff"],
      ["xl", "application/excel"],
      ["xla", ["application/vnd.ms-excel", "application/excel", "application/x-msexcel", "application/x-excel"]],
      ["xlam", "application/vnd.ms-excel.addin.macroenabled.12"],
      ["xlb", ["application/excel", "application/vnd.ms-excel", "application/x-excel"]],
      ["xlc", ["application/vnd.ms-excel", "application/excel", "application/x-excel"]],
      ["xld", ["application/excel", "application/x-excel"]],
      ["xlk", ["application/excel", "application/x-excel"]],
      ["xll", ["application/excel", "application/vnd.ms-excel", "application/x-excel"]],
      ["xlm", ["application/vnd.ms-excel", "application/excel", "application/x-excel"]],
      ["xls", ["application/vnd.ms-excel", "application/excel", "application/x-msexcel", "application/x-excel"]],
      ["xlsb", "application/vnd.ms-excel.sheet.binary.macroenabled.12"],
      ["xlsm", "application/vnd.ms-excel.sheet.macroenabled.12"],
      ["xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
      ["xlt", ["application/vnd.ms-excel", "application/excel", "application/x-excel"]],
      ["xltm", "application/vnd.ms-excel.template.macroenabled.12"],
      ["xltx", "application/vnd.openxmlformats-officedocument.spreadsheetml.template"],
      ["xlv", ["application/excel", "application/x-excel"]],
      ["xlw", ["application/vnd.ms-excel", "application/excel", "application/x-msexcel", "application/x-excel"]],
      ["xm", "audio/xm"],
      ["xml", ["application/xml", "text/xml", "application/atom+xml", "application/rss+xml"]],
      ["xmz", "xgl/movie"],
      ["xo", "application/vnd.olpc-sugar"],
      ["xof", "x-world/x-vrml"],
      ["xop", "application/xop+xml"],
      ["xpi", "application/x-xpinstall"],
      ["xpix", "application/x-vnd.ls-xpix"],
      ["xpm", ["image/xpm", "image/x-xpixmap"]],
      ["xpr", "application/vnd.is-xpr"],
      ["xps", "application/vnd.ms-xpsdocument"],
      ["xpw", "application/vnd.intercon.formnet"],
      ["xslt", "application/xslt+xml"],
      ["xsm", "application/vnd.syncml+xml"],
      ["xspf", "application/xspf+xml"],
      ["xsr", "video/x-amt-showrun"],
      ["xul", "application/vnd.mozilla.xul+xml"],
      ["xwd", ["image/x-xwd", "image/x-xwindowdump"]],
      ["xyz", ["chemical/x-xyz", "chemical/x-pdb"]],
      ["yang", "application/yang"],
      ["yin", "application/yin+xml"],
      ["z", ["application/x-compressed", "application/x-compress"]],
      ["zaz", "application/vnd.zzazz.deck+xml"],
      ["zip", ["application/zip", "multipart/x-zip", "application/x-zip-compressed", "application/x-compressed"]],
      ["zir", "application/vnd.zul"],
      ["zmm", "application/vnd.handheld-entertainment+xml"],
      ["zoo", "application/octet-stream"],
      ["zsh", "text/x-script.zsh"]
    ]);
  }
});

// node_modules/nodemailer/dist/esm/base64/index.js
function encode2(buffer) {
  if (typeof buffer === "string") {
    buffer = Buffer.from(buffer, "utf-8");
  }
  return buffer.toString("base64");
}
function normalizeLineLength(lineLength) {
  const length = Math.floor(Number(lineLength));
  return Number.isFinite(length) && length >= 1 ? length : 76;
}
function wrapBuffer(src, lineLength, final) {
  const lines = Math.ceil(src.length / lineLength);
  const complete = Math.max(lines - 1, 0);
  let rest = src.length - complete * lineLength;
  const output = Buffer.allocUnsafe(complete * (lineLength + 2) + (final ? rest : 0));
  let to = 0;
  for (let from = 0; from < complete * lineLength; from += lineLength) {
    src.copy(output, to, from, from + lineLength);
    to += lineLength;
    output[to++] = 13;
    output[to++] = 10;
  }
  if (final) {
    to += src.copy(output, to, complete * lineLength);
    rest = 0;
  }
  if (to !== output.length) {
    throw new Error("Unexpected wrapped length");
  }
  return { output, rest };
}
var import_node_stream3, Encoder;
var init_base64 = __esm({
  "node_modules/nodemailer/dist/esm/base64/index.js"() {
    import_node_stream3 = require("node:stream");
    Encoder = class extends import_node_stream3.Transform {
      constructor(options) {
        super();
        this.options = options || {};
        if (this.options.lineLength !== false) {
          this.options.lineLength = normalizeLineLength(this.options.lineLength);
        }
        this._curLine = "";
        this._remainingBytes = false;
        this.inputBytes = 0;
        this.outputBytes = 0;
      }
      /**
       * Emits the encoded characters `b64` that follow the current line, keeping what can not be
       * emitted yet as the new current line
       *
       * @internal
       */
      _emit(b64, final) {
        const src = Buffer.from(this._curLine + b64, "latin1");
        if (!src.length) {
          return;
        }
        let output = src;
        if (this.options.lineLength) {
          const wrapped = wrapBuffer(src, this.options.lineLength, final);
          output = wrapped.output;
          this._curLine = wrapped.rest ? src.toString("latin1", src.length - wrapped.rest) : "";
        } else {
          this._curLine = "";
        }
        if (output.length) {
          this.outputBytes += output.length;
          this.push(output);
        }
      }
      /** @internal */
      _transform(chunk, encoding, done) {
        let buf = encoding !== "buffer" ? Buffer.from(chunk, encoding) : chunk;
        if (!buf || !buf.length) {
          return done();
        }
        this.inputBytes += buf.length;
        if (this._remainingBytes) {
          buf = Buffer.concat([this._remainingBytes, buf], this._remainingBytes.length + buf.length);
          this._remainingBytes = false;
        }
        const extra = buf.length % 3;
        if (extra) {
          this._remainingBytes = buf.subarray(buf.length - extra);
          buf = buf.subarray(0, buf.length - extra);
        }
        this._emit(encode2(buf), false);
        done();
      }
      /** @internal */
      _flush(done) {
        this._emit(this._remainingBytes ? encode2(this._remainingBytes) : "", true);
        this._remainingBytes = false;
        done();
      }
    };
  }
});

// node_modules/nodemailer/dist/esm/qp/index.js
function encode3(buffer) {
  return encodeBytes(typeof buffer === "string" ? Buffer.from(buffer, "utf-8") : buffer);
}
function encodeBytes(buffer, next, binary, previous) {
  const len = buffer.length;
  const output = Buffer.allocUnsafe(len * 3);
  let pos = 0;
  for (let i = 0; i < len; i++) {
    const ord = buffer[i];
    const following = i + 1 < len ? buffer[i + 1] : next;
    const lineBreakByte = binary && (ord === 13 || ord === 10) ? ord === 13 ? following === 10 : (i > 0 ? buffer[i - 1] : previous) === 13 : true;
    if (QP_LITERAL[ord] && lineBreakByte && !(isWhitespace(ord) && (following === void 0 || following === 10 || following === 13))) {
      output[pos++] = ord;
      continue;
    }
    output[pos++] = 61;
    output[pos++] = HEX_DIGITS[Math.floor(ord / 16)];
    output[pos++] = HEX_DIGITS[ord % 16];
  }
  return output.toString("latin1", 0, pos);
}
function wrap(str, lineLength) {
  str = (str || "").toString();
  lineLength = Math.max(Number(lineLength) || 76, MIN_LINE_LENGTH);
  if (str.length <= lineLength) {
    return str;
  }
  let pos = 0;
  const len = str.length;
  let match, code, line;
  const lineMargin = Math.floor(lineLength / 3);
  let result = "";
  while (pos < len) {
    line = str.substr(pos, lineLength);
    if (match = line.match(/\r\n/)) {
      line = line.substr(0, match.index + match[0].length);
      result += line;
      pos += line.length;
      continue;
    }
    if (line.substr(-1) === "\n") {
      result += line;
      pos += line.length;
      continue;
    }
    if (match = line.substr(-lineMargin).match(/\n.*?$/)) {
      line = line.substr(0, line.length - (match[0].length - 1));
      result += line;
      pos += line.length;
      continue;
    }
    if (line.length > lineLength - lineMargin && (match = line.substr(-lineMargin).match(/[ \t.,!?][^ \t.,!?]*$/))) {
      line = line.substr(0, line.length - (match[0].length - 1));
    } else if (line.match(/[=][\da-f]{0,2}$/i)) {
      if (match = line.match(/[=][\da-f]{0,1}$/i)) {
        line = line.substr(0, line.length - match[0].length);
      }
      while (line.length > 3 && line.length < len - pos && !line.match(/^(?:=[\da-f]{2}){1,4}$/i) && (match = line.match(/[=][\da-f]{2}$/gi))) {
        code = parseInt(match[0].substr(1, 2), 16);
        if (code < 128) {
          break;
        }
        line = line.substr(0, line.length - 3);
        if (code >= 192) {
          break;
        }
      }
    }
    if (!line.length) {
      line = str.substr(pos, lineLength);
    }
    if (pos + line.length < len && line.substr(-1) !== "\n") {
      if (line.length === lineLength && line.match(/[=][\da-f]{2}$/i)) {
        line = line.substr(0, line.length - 3);
      } else if (line.length === lineLength) {
        line = line.substr(0, line.length - 1);
      }
      pos += line.length;
      line += "=\r\n";
    } else {
      pos += line.length;
    }
    result += line;
  }
  return result;
}
function checkRanges(nr, ranges) {
  for (let i = ranges.length - 1; i >= 0; i--) {
    const range = ranges[i];
    if (!range.length) {
      continue;
    }
    if (range.length === 1 && nr === range[0]) {
      return true;
    }
    if (range.length === 2 && nr >= range[0] && nr <= range[1]) {
      return true;
    }
  }
  return false;
}
var import_node_stream4, MIN_LINE_LENGTH, QP_RANGES, QP_LITERAL, HEX_DIGITS, isWhitespace, ENCODE_SLICE_SIZE, Encoder2;
var init_qp = __esm({
  "node_modules/nodemailer/dist/esm/qp/index.js"() {
    import_node_stream4 = require("node:stream");
    MIN_LINE_LENGTH = 4;
    QP_RANGES = [
      [9],
      // <TAB>
      [10],
      // <LF>
      [13],
      // <CR>
      [32, 60],
      // <SP>!"#$%&'()*+,-./0123456789:;
      [62, 126]
      // >?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}
    ];
    QP_LITERAL = new Uint8Array(256);
    for (let i = 0; i < 256; i++) {
      QP_LITERAL[i] = checkRanges(i, QP_RANGES) ? 1 : 0;
    }
    HEX_DIGITS = Buffer.from("0123456789ABCDEF", "latin1");
    isWhitespace = (c) => c === 32 || c === 9;
    ENCODE_SLICE_SIZE = 64 * 1024;
    Encoder2 = class extends import_node_stream4.Transform {
      constructor(options) {
        super();
        this.options = options || {};
        if (this.options.lineLength !== false) {
          this.options.lineLength = this.options.lineLength || 76;
        }
        this._curLine = "";
        this._remainingBytes = false;
        this._lastByte = void 0;
        this.inputBytes = 0;
        this.outputBytes = 0;
      }
      /** @internal */
      _transform(chunk, encoding, done) {
        let buf = encoding !== "buffer" ? Buffer.from(chunk, encoding) : chunk;
        if (!buf || !buf.length) {
          return done();
        }
        this.inputBytes += buf.length;
        if (this._remainingBytes) {
          buf = Buffer.concat([this._remainingBytes, buf], this._remainingBytes.length + buf.length);
          this._remainingBytes = false;
        }
        let end = buf.length;
        while (end > 0 && (isWhitespace(buf[end - 1]) || this.options.binary && buf[end - 1] === 13)) {
          end--;
        }
        if (buf.length - end <= ENCODE_SLICE_SIZE) {
          this._remainingBytes = end < buf.length ? Buffer.from(buf.subarray(end)) : false;
          buf = buf.subarray(0, end);
        }
        this._encodeSlices(buf);
        done();
      }
      /** @internal */
      _flush(done) {
        if (this._remainingBytes) {
          this._encodeSlices(this._remainingBytes);
          this._remainingBytes = false;
        }
        if (this._curLine) {
          this.outputBytes += this._curLine.length;
          this.push(this._curLine, "ascii");
          this._curLine = "";
        }
        done();
      }
      /**
       * Encodes the input in slices of ENCODE_SLICE_SIZE bytes. Each slice is told the byte that
       * follows it, so a slice that ends in whitespace is encoded as if it was not split
       *
       * @internal
       */
      _encodeSlices(buf) {
        for (let start = 0; start < buf.length; start += ENCODE_SLICE_SIZE) {
          const end = Math.min(start + ENCODE_SLICE_SIZE, buf.length);
          this._encodeSlice(buf.subarray(start, end), end < buf.length ? buf[end] : void 0);
          this._lastByte = buf[end - 1];
        }
      }
      /** @internal */
      _encodeSlice(buf, next) {
        let qp;
        if (this.options.lineLength) {
          qp = wrap(this._curLine + encodeBytes(buf, next, this.options.binary, this._lastByte), this.options.lineLength);
          const lastLF = qp.lastIndexOf("\n");
          this._curLine = qp.substring(lastLF + 1);
          qp = qp.substring(0, lastLF + 1);
          if (qp) {
            this.outputBytes += qp.length;
            this.push(qp, "ascii");
          }
        } else {
          qp = encodeBytes(buf, next, this.options.binary, this._lastByte);
          this.outputBytes += qp.length;
          this.push(qp, "ascii");
        }
      }
    };
  }
});

// node_modules/nodemailer/dist/esm/mime-funcs/index.js
function isPlainText(value, isParam) {
  const re = isParam ? /[\x00-\x1f\x7f"\u0080-\uFFFF]/ : /[\x00-\x08\x0b\x0c\x0e-\x1f\u0080-\uFFFF]/;
  return typeof value === "string" && !re.test(value);
}
function isPlainParamValue(value) {
  return isPlainText(value, true) && !value.includes("=?");
}
function quoteString(value) {
  return '"' + (value || "").toString().replace(/["\\]/g, "\\$&") + '"';
}
function hasLongerLines(str, lineLength) {
  if (str.length > 128 * 1024) {
    return true;
  }
  return new RegExp("^.{" + (lineLength + 1) + ",}", "m").test(str);
}
function encodeWord(data, mimeWordEncoding, maxLength) {
  mimeWordEncoding = (mimeWordEncoding || "Q").toString().toUpperCase().trim().charAt(0);
  maxLength = maxLength || 0;
  let encodedStr;
  const toCharset = "UTF-8";
  if (maxLength && maxLength > 7 + toCharset.length) {
    maxLength -= 7 + toCharset.length;
  }
  if (mimeWordEncoding === "Q") {
    encodedStr = encode3(data).replace(/[^a-z0-9!*+\-/=]/gi, (chr) => {
      const ord = chr.charCodeAt(0).toString(16).toUpperCase();
      if (chr === " ") {
        return "_";
      }
      return "=" + (ord.length === 1 ? "0" + ord : ord);
    });
  } else if (mimeWordEncoding === "B") {
    encodedStr = typeof data === "string" ? data : data.toString("utf-8");
    maxLength = maxLength ? Math.max(3, (maxLength - maxLength % 4) / 4 * 3) : 0;
  }
  if (maxLength && (mimeWordEncoding !== "B" ? encodedStr : encode2(data)).length > maxLength) {
    if (mimeWordEncoding === "Q") {
      encodedStr = splitMimeEncodedString(encodedStr, maxLength).join("?= =?" + toCharset + "?" + mimeWordEncoding + "?");
    } else {
      const parts = [];
      let lpart = "";
      for (let i = 0, len = encodedStr.length; i < len; i++) {
        let chr = encodedStr.charAt(i);
        if (/[\ud800-\udbff]/.test(chr) && /[\udc00-\udfff]/.test(encodedStr.charAt(i + 1))) {
          chr += encodedStr.charAt(++i);
        }
        if (Buffer.byteLength(lpart + chr) <= maxLength || i === 0) {
          lpart += chr;
        } else {
          parts.push(encode2(lpart));
          lpart = chr;
        }
      }
      if (lpart) {
        parts.push(encode2(lpart));
      }
      if (parts.length > 1) {
        encodedStr = parts.join("?= =?" + toCharset + "?" + mimeWordEncoding + "?");
      } else {
        encodedStr = parts.join("");
      }
    }
  } else if (mimeWordEncoding === "B") {
    encodedStr = encode2(data);
  }
  return "=?" + toCharset + "?" + mimeWordEncoding + "?" + encodedStr + (encodedStr.substr(-2) === "?=" ? "" : "?=");
}
function _markInvalidEncodedWords(value, range) {
  const len = value.length;
  const isSpace = (pos2) => /\s/.test(value.charAt(pos2));
  let wordStart = 0;
  let wordEnd = -1;
  const wordAt = (pos2) => {
    if (pos2 < wordEnd) {
      return;
    }
    wordStart = pos2;
    while (wordStart > 0 && !isSpace(wordStart - 1)) {
      wordStart--;
    }
    wordEnd = pos2;
    while (wordEnd < len && !isSpace(wordEnd)) {
      wordEnd++;
    }
  };
  let pos = value.indexOf("=?");
  while (pos >= 0) {
    wordAt(pos);
    const start = wordStart;
    LENIENT_ENCODED_WORD.lastIndex = pos;
    const match = LENIENT_ENCODED_WORD.exec(value);
    const end = match ? pos + match[0].length : wordEnd;
    if (match && end > wordEnd) {
      wordAt(end - 1);
    }
    const word = value.substring(start, wordEnd);
    const looksLike = match ? true : start === pos && word.length >= 4 && word.endsWith("?=");
    const valid = start === pos && wordEnd === end && word.length <= 75 && VALID_ENCODED_WORD.test(word);
    if (looksLike && !valid) {
      range[0] = range[0] < 0 ? start : Math.min(range[0], start);
      range[1] = Math.max(range[1], wordEnd - 1);
    }
    pos = value.indexOf("=?", match ? end : pos + 2);
  }
  return range;
}
function encodeWords(value, mimeWordEncoding, maxLength, encodeAll) {
  maxLength = maxLength || 0;
  let firstSpecial = -1;
  let lastSpecial = -1;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === 34 || code >= 128) {
      if (firstSpecial < 0) {
        firstSpecial = i;
      }
      lastSpecial = i;
    }
  }
  if (value.indexOf("=?") >= 0) {
    [firstSpecial, lastSpecial] = _markInvalidEncodedWords(value, [firstSpecial, lastSpecial]);
  }
  if (firstSpecial < 0) {
    return value;
  }
  if (encodeAll) {
    return encodeWord(value, mimeWordEncoding, maxLength);
  }
  let startIndex = firstSpecial;
  while (startIndex > 0 && !/\s/.test(value.charAt(startIndex - 1))) {
    startIndex--;
  }
  let endIndex = lastSpecial + 1;
  while (endIndex < value.length && !/\s/.test(value.charAt(endIndex))) {
    endIndex++;
  }
  return (startIndex ? value.substr(0, startIndex) : "") + encodeWord(value.substring(startIndex, endIndex), mimeWordEncoding || "Q", maxLength) + (endIndex < value.length ? value.substr(endIndex) : "");
}
function buildHeaderValue(structured) {
  const paramsArray = [];
  Object.keys(structured.params || {}).forEach((key) => {
    const value2 = structured.params[key];
    const param = key.replace(/[\x00-\x1f\x7f]/g, "");
    if (!isPlainParamValue(value2) || value2.length >= 75) {
      buildHeaderParam(param, value2, 50).forEach((encodedParam) => {
        if (!/[\s"\\;:/=(),<>@[\]?]|^[-']|'$/.test(encodedParam.value) || encodedParam.key.substr(-1) === "*") {
          paramsArray.push(encodedParam.key + "=" + encodedParam.value);
        } else {
          paramsArray.push(encodedParam.key + "=" + JSON.stringify(encodedParam.value));
        }
      });
    } else if (!value2.length || /[\s'"\\;:/=(),<>@[\]?]|^-/.test(value2)) {
      paramsArray.push(param + "=" + JSON.stringify(value2));
    } else {
      paramsArray.push(param + "=" + value2);
    }
  });
  const value = typeof structured.value === "string" ? structured.value.replace(/[\x00-\x1f\x7f]/g, "") : structured.value;
  return value + (paramsArray.length ? "; " + paramsArray.join("; ") : "");
}
function buildHeaderParam(key, data, maxLength) {
  const list = [];
  let encodedStr = typeof data === "string" ? data : (data || "").toString();
  let chr;
  let line;
  let startPos = 0;
  let i, len;
  maxLength = maxLength || 50;
  if (isPlainParamValue(data)) {
    if (encodedStr.length <= maxLength) {
      return [
        {
          key,
          value: encodedStr
        }
      ];
    }
    encodedStr = encodedStr.replace(new RegExp(".{" + maxLength + "}", "g"), (str) => {
      list.push({
        line: str
      });
      return "";
    });
    if (encodedStr) {
      list.push({
        line: encodedStr
      });
    }
  } else {
    if (/[\uD800-\uDBFF]/.test(encodedStr)) {
      const encodedStrArr = [];
      for (i = 0, len = encodedStr.length; i < len; i++) {
        chr = encodedStr.charAt(i);
        if (/[\ud800-\udbff]/.test(chr) && /[\udc00-\udfff]/.test(encodedStr.charAt(i + 1))) {
          chr += encodedStr.charAt(i + 1);
          encodedStrArr.push(chr);
          i++;
        } else {
          encodedStrArr.push(chr);
        }
      }
      encodedStr = encodedStrArr;
    }
    line = "utf-8''";
    let encoded = true;
    startPos = 0;
    for (i = 0, len = encodedStr.length; i < len; i++) {
      chr = encodedStr[i];
      if (encoded) {
        chr = safeEncodeURIComponent(chr);
      } else {
        chr = chr === " " ? chr : safeEncodeURIComponent(chr);
        if (chr !== encodedStr[i]) {
          if ((safeEncodeURIComponent(line) + chr).length >= maxLength) {
            list.push({
              line,
              encoded
            });
            line = "";
            encoded = true;
          } else {
            encoded = true;
            i = startPos;
            line = "";
            continue;
          }
        }
      }
      if ((line + chr).length >= maxLength) {
        list.push({
          line,
          encoded
        });
        line = chr = encodedStr[i] === " " ? " " : safeEncodeURIComponent(encodedStr[i]);
        if (chr === encodedStr[i]) {
          encoded = false;
          startPos = i - 1;
        } else {
          encoded = true;
        }
      } else {
        line += chr;
      }
    }
    if (line) {
      list.push({
        line,
        encoded
      });
    }
  }
  return list.map((item, i2) => ({
    // encoded lines: {name}*{part}*
    // unencoded lines: {name}*{part}
    // if any line needs to be encoded then the first line (part==0) is always encoded
    key: key + "*" + i2 + (item.encoded ? "*" : ""),
    value: item.line
  }));
}
function _findCommentEnd(str, start) {
  let depth = 0;
  for (let i = start, len = str.length; i < len; i++) {
    const c = str.charAt(i);
    if (c === "\\") {
      i++;
    } else if (c === "(") {
      depth++;
    } else if (c === ")" && --depth === 0) {
      return i;
    }
  }
  return -1;
}
function _isParamName(name2) {
  return !!name2 && !isProtoKey(name2);
}
function parseHeaderValue(str, options) {
  const response = {
    value: "",
    params: {}
  };
  let stripComments = !!options?.stripComments;
  const setParam = (name2, value2) => {
    name2 = name2.toLowerCase();
    if (_isParamName(name2) && !Object.prototype.hasOwnProperty.call(response.params, name2)) {
      response.params[name2] = value2;
    }
  };
  let key = false;
  let value = "";
  let stage = "value";
  let quote = false;
  let escaped = false;
  let chr;
  let pendingSpace = "";
  let quoteClosed = false;
  const flushSpace = () => {
    if (value.length) {
      value += pendingSpace;
    }
    pendingSpace = "";
  };
  const addChr = (c) => {
    flushSpace();
    value += c;
  };
  const takeValue = () => {
    const taken = value;
    value = "";
    pendingSpace = "";
    quoteClosed = false;
    return taken;
  };
  const storeValue = () => {
    const taken = takeValue();
    if (key === false) {
      response.value = taken;
    } else {
      setParam(key, taken);
    }
  };
  const storeEmptyKey = () => {
    setParam(takeValue().trim(), "");
  };
  for (let i = 0, len = str.length; i < len; i++) {
    chr = str.charAt(i);
    if (stripComments && chr === "(" && !quote && !quoteClosed && !(stage === "value" && key !== false && !pendingSpace)) {
      let end = _findCommentEnd(str, i);
      if (end < 0 && str.indexOf(";", i) < 0) {
        end = len - 1;
      }
      if (end >= 0) {
        i = end;
        continue;
      }
      stripComments = false;
    }
    if (stage === "key") {
      if (chr === "=") {
        key = takeValue().trim();
        stage = "value";
        continue;
      }
      if (chr === ";") {
        storeEmptyKey();
        continue;
      }
      value += chr;
    } else {
      if (quoteClosed && chr !== ";") {
        escaped = false;
        continue;
      }
      if (escaped) {
        addChr(chr);
      } else if (quote && chr === "\\") {
        escaped = true;
        continue;
      } else if (quote && chr === quote) {
        quote = false;
        quoteClosed = true;
      } else if (!quote && chr === '"') {
        quote = chr;
        flushSpace();
      } else if (!quote && chr === ";") {
        storeValue();
        stage = "key";
      } else if (!quote && (chr === " " || chr === "	")) {
        pendingSpace += chr;
      } else {
        addChr(chr);
      }
      escaped = false;
    }
  }
  if (stage === "value") {
    storeValue();
  } else {
    storeEmptyKey();
  }
  const continuations = /* @__PURE__ */ new Map();
  Object.keys(response.params).forEach((key2) => {
    const match = key2.match(/(\*(\d+)|\*(\d+)\*|\*)$/);
    if (!match) {
      return;
    }
    const actualKey = key2.substr(0, match.index);
    const nr = Number(match[2] || match[3]) || 0;
    const encoded = match[0].substr(-1) === "*";
    let value2 = response.params[key2];
    delete response.params[key2];
    if (!_isParamName(actualKey)) {
      return;
    }
    let continuation = continuations.get(actualKey);
    if (!continuation) {
      continuation = { charset: false, sections: [] };
      continuations.set(actualKey, continuation);
    }
    const charsetMatch = nr === 0 && encoded ? value2.match(/^([^']*)'[^']*'(.*)$/) : null;
    if (charsetMatch) {
      continuation.charset = TOKEN2.test(charsetMatch[1]) ? charsetMatch[1] : "iso-8859-1";
      value2 = charsetMatch[2];
    }
    continuation.sections.push({ nr, value: value2, encoded });
  });
  continuations.forEach((continuation, key2) => {
    if (Object.prototype.hasOwnProperty.call(response.params, key2)) {
      return;
    }
    continuation.sections.sort((a, b) => a.nr - b.nr);
    if (!continuation.charset) {
      response.params[key2] = continuation.sections.map((section) => section.value).join("");
      return;
    }
    response.params[key2] = "=?" + continuation.charset + "?Q?" + continuation.sections.map(_encodeContinuationSection).join("") + "?=";
  });
  return response;
}
function _encodeContinuationSection(section) {
  const specials = section.encoded ? /[=?_\s]/g : /[=?_\s%]/g;
  return section.value.replace(specials, (s) => {
    const c = s.charCodeAt(0).toString(16);
    if (s === " ") {
      return "_";
    }
    return "%" + (c.length < 2 ? "0" : "") + c;
  }).replace(/%/g, "=");
}
function detectExtension2(mimeType) {
  return detectExtension(mimeType);
}
function detectMimeType2(extension) {
  return detectMimeType(extension);
}
function foldLines(str, lineLength, afterSpace) {
  str = (str || "").toString();
  lineLength = lineLength || 76;
  let pos = 0;
  const len = str.length;
  let result = "";
  let line, match;
  while (pos < len) {
    line = str.substr(pos, lineLength);
    if (line.length < lineLength) {
      result += line;
      break;
    }
    if (match = line.match(/^[^\n\r]*(\r?\n|\r)/)) {
      line = match[0];
      result += line;
      pos += line.length;
      continue;
    } else if ((match = line.match(/(\s+)[^\s]*$/)) && match[0].length - (afterSpace ? (match[1] || "").length : 0) < line.length) {
      line = line.substr(0, line.length - (match[0].length - (afterSpace ? (match[1] || "").length : 0)));
    } else if (match = str.substr(pos + line.length).match(/^[^\s]+(\s*)/)) {
      line = line + match[0].substr(0, match[0].length - (!afterSpace ? (match[1] || "").length : 0));
    }
    result += line;
    pos += line.length;
    if (pos < len) {
      result += "\r\n";
    }
  }
  return result;
}
function splitMimeEncodedString(str, maxlen) {
  const lines = [];
  let curLine, fallbackLine, match, chr, done;
  maxlen = Math.max(maxlen || 0, 12);
  while (str.length) {
    curLine = str.substr(0, maxlen);
    if (match = curLine.match(/[=][0-9A-F]?$/i)) {
      curLine = curLine.substr(0, match.index);
    }
    fallbackLine = curLine.length ? curLine : str.substr(0, maxlen);
    done = false;
    while (!done && curLine.length) {
      done = true;
      if (match = str.substr(curLine.length).match(/^[=]([0-9A-F]{2})/i)) {
        chr = parseInt(match[1], 16);
        if (chr < 194 && chr > 127) {
          curLine = curLine.substr(0, curLine.length - 3);
          done = false;
        }
      }
    }
    if (!curLine.length) {
      curLine = fallbackLine;
    }
    lines.push(curLine);
    str = str.substr(curLine.length);
  }
  return lines;
}
function encodeURICharComponent(chr) {
  let res = "";
  let ord = chr.charCodeAt(0).toString(16).toUpperCase();
  if (ord.length % 2) {
    ord = "0" + ord;
  }
  if (ord.length > 2) {
    for (let i = 0, len = ord.length / 2; i < len; i++) {
      res += "%" + ord.substr(i, 2);
    }
  } else {
    res += "%" + ord;
  }
  return res;
}
function safeEncodeURIComponent(str) {
  str = (str || "").toString();
  try {
    str = encodeURIComponent(str);
  } catch (_E) {
    str = encodeURIComponent(Buffer.from(str, "utf-8").toString("utf-8"));
  }
  return str.replace(/[\x00-\x1F *'()<>@,;:\\"[\]?=\u007F-\uFFFF]/g, (chr) => encodeURICharComponent(chr));
}
var VALID_ENCODED_WORD, LENIENT_ENCODED_WORD, TOKEN2;
var init_mime_funcs = __esm({
  "node_modules/nodemailer/dist/esm/mime-funcs/index.js"() {
    init_base64();
    init_qp();
    init_mime_types();
    init_objects();
    VALID_ENCODED_WORD = /^=\?[^\s()<>@,;:"/[\]?.=]+\?[BbQq]\?[^?\s]+\?=$/;
    LENIENT_ENCODED_WORD = /[=]\?[^?]*\?[BbQq]\?[^?]*\?=/y;
    TOKEN2 = /^[^\x00-\x20\x7f()<>@,;:\\"/[\]?=]+$/;
  }
});

// node_modules/nodemailer/dist/esm/addressparser/index.js
function _domainAt(address) {
  const literal = address.charAt(address.length - 1) === "]" ? DOMAIN_LITERAL_TAIL.exec(address) : null;
  return literal ? address.length - literal[1].length - 1 : address.lastIndexOf("@");
}
function _quoteLocalPart(address) {
  const lastAt = _domainAt(address);
  if (lastAt < 0) {
    return address;
  }
  const user = address.substr(0, lastAt);
  if (/^[^\s"(),:;<>@[\\\]]+$/.test(user) || /^"(?:[^"\\]|\\[\s\S])*"$/.test(user)) {
    return address;
  }
  return '"' + user.replace(/["\\]/g, "\\$&") + '"@' + address.substr(lastAt + 1);
}
function _isAddrSpec(value) {
  return ADDR_SPEC.test(value) || LITERAL_ADDR_SPEC.test(value);
}
function _isSpaceCode(code) {
  return code === 32 || code >= 9 && code <= 13 || code === 160 || code === 5760 || code >= 8192 && code <= 8202 || code === 8232 || code === 8233 || code === 8239 || code === 8287 || code === 12288 || code === 65279;
}
function _isFoldingSpaceCode(code) {
  return code === 32 || code === 9 || code === 13 || code === 10;
}
function _isFoldingGap(str, from, to) {
  for (let i = from; i < to; i++) {
    if (!_isFoldingSpaceCode(str.charCodeAt(i))) {
      return false;
    }
  }
  return true;
}
function _isDroppedCode(code) {
  return code < 32 || code === 127 || _isSpaceCode(code);
}
function _isWordCode(code) {
  return code >= 48 && code <= 57 || code >= 65 && code <= 90 || code >= 97 && code <= 122 || code === 95;
}
function _isBoundary(text, at) {
  return _isWordCode(text.charCodeAt(at - 1)) !== _isWordCode(text.charCodeAt(at));
}
function _indexOfAt(text, from, to) {
  for (let i = from; i < to; i++) {
    if (text.charCodeAt(i) === 64) {
      return i;
    }
  }
  return -1;
}
function _joinAtSpacing(value, at) {
  if (at < 0) {
    return value;
  }
  let start = at;
  while (start > 0 && _isSpaceCode(value.charCodeAt(start - 1))) {
    start--;
  }
  let end = at + 1;
  while (end < value.length && _isSpaceCode(value.charCodeAt(end))) {
    end++;
  }
  const joined = start === at && end === at + 1 ? value : value.slice(0, start) + "@" + value.slice(end);
  return _joinDomainDotSpacing(joined, start);
}
function _isAtextCode(code) {
  return code < 128 ? ASCII_ATEXT[code] === 1 : !_isSpaceCode(code);
}
function _joinDomainDotSpacing(value, at) {
  const len = value.length;
  let pos = at + 1;
  let spaced = false;
  for (; ; ) {
    const labelStart = pos;
    while (pos < len && _isAtextCode(value.charCodeAt(pos))) {
      pos++;
    }
    if (pos === labelStart) {
      break;
    }
    let next = pos;
    while (next < len && _isFoldingSpaceCode(value.charCodeAt(next))) {
      next++;
    }
    if (value.charCodeAt(next) !== 46) {
      break;
    }
    next++;
    while (next < len && _isFoldingSpaceCode(value.charCodeAt(next))) {
      next++;
    }
    if (next >= len || !_isAtextCode(value.charCodeAt(next))) {
      break;
    }
    spaced = spaced || next !== pos + 1;
    pos = next;
  }
  if (!spaced) {
    return value;
  }
  let domain = "";
  for (let k = at + 1; k < pos; k++) {
    if (!_isFoldingSpaceCode(value.charCodeAt(k))) {
      domain += value.charAt(k);
    }
  }
  return value.slice(0, at + 1) + domain + value.slice(pos);
}
function _collapseAtSpacing(value) {
  const quoted = LEADING_QUOTED_STRING.exec(value);
  if (quoted) {
    let at2 = quoted[0].length;
    while (at2 < value.length && _isSpaceCode(value.charCodeAt(at2))) {
      at2++;
    }
    if (value.charAt(at2) === "@" && value.indexOf("@", at2 + 1) < 0) {
      return _joinAtSpacing(value, at2);
    }
  }
  const at = value.indexOf("@");
  if (at < 0 || value.indexOf("@", at + 1) >= 0 || value.lastIndexOf('"') > at) {
    return value;
  }
  return _joinAtSpacing(value, at);
}
function _looseAddressStart(text) {
  const len = text.length;
  let pos = 0;
  while (pos < len) {
    while (pos < len && _isSpaceCode(text.charCodeAt(pos))) {
      pos++;
    }
    if (pos >= len) {
      break;
    }
    const runStart = pos;
    let runEnd = pos;
    while (runEnd < len && !_isSpaceCode(text.charCodeAt(runEnd))) {
      runEnd++;
    }
    let at = _indexOfAt(text, runStart, runEnd);
    if (at >= 0) {
      let lastBoundary = -1;
      for (let k = runEnd; k > runStart; k--) {
        if (_isBoundary(text, k)) {
          lastBoundary = k;
          break;
        }
      }
      let atomStart = runStart;
      while (lastBoundary >= 0 && at >= 0) {
        if (at > atomStart && runEnd > at + 1 && lastBoundary > at + 1) {
          for (let start = atomStart; start < at; start++) {
            if (_isBoundary(text, start)) {
              if (start > runStart) {
                return start;
              }
              let padded = runStart;
              while (padded > 0 && _isSpaceCode(text.charCodeAt(padded - 1))) {
                padded--;
              }
              return padded;
            }
          }
        }
        atomStart = at + 1;
        at = _indexOfAt(text, atomStart, runEnd);
      }
    }
    pos = runEnd;
  }
  return -1;
}
function _recoverAddrSpec(data) {
  data.address = _collapseAtSpacing(data.address);
  if (!HAS_WHITESPACE.test(data.address)) {
    return;
  }
  let address;
  let rest;
  const quoted = data.address.match(QUOTED_LOCAL_ADDR);
  if (quoted) {
    if (!quoted[2]) {
      return;
    }
    address = quoted[1];
    rest = [quoted[2]];
  } else {
    if (data.address.indexOf('"') >= 0) {
      return;
    }
    const parts = data.address.split(/\s+/);
    let addrIndex = parts.findIndex(_isAddrSpec);
    if (addrIndex < 0) {
      addrIndex = parts.findIndex((part) => LOOSE_ADDR_SPEC.test(part));
    }
    if (addrIndex < 0) {
      return;
    }
    address = parts.splice(addrIndex, 1)[0];
    rest = parts;
  }
  data.address = address;
  data.text = [data.text].concat(rest).filter((part) => part).join(" ");
}
function _stripAddressComments(address) {
  const comments = [];
  let result = "";
  let comment = "";
  let depth = 0;
  let closer = "";
  let lastChar = "";
  let pendingSpace = false;
  let firstChar = "";
  let quoteSeen = false;
  let routeEnd = -1;
  for (let i = 0, len = address.length; i < len; i++) {
    const chr = address.charAt(i);
    if (depth) {
      if (chr === "\\" && i < len - 1) {
        comment += address.charAt(++i);
      } else if (chr === "(") {
        depth++;
        comment += chr;
      } else if (chr === ")" && !--depth) {
        comments.push(comment.trim());
        comment = "";
        pendingSpace = lastChar !== "@";
      } else {
        comment += chr;
      }
      continue;
    }
    if (pendingSpace && chr !== "(") {
      pendingSpace = false;
      if (chr !== "@" && chr !== "<" && !_isSpaceCode(address.charCodeAt(i))) {
        result += " ";
        lastChar = " ";
      }
    }
    if (closer) {
      if (chr === "\\" && closer === '"' && i < len - 1) {
        result += chr + address.charAt(++i);
        lastChar = address.charAt(i);
        continue;
      }
      if (chr === closer) {
        closer = "";
      }
    } else if (chr === '"') {
      closer = '"';
      quoteSeen = true;
    } else if (chr === ":" && routeEnd < 0 && firstChar === "@" && !quoteSeen) {
      routeEnd = result.length + 1;
    } else if (chr === "[") {
      closer = "]";
    } else if (chr === "(") {
      depth = 1;
      continue;
    } else if (chr === "<") {
      result = "";
      lastChar = "";
      comments.length = 0;
      firstChar = "";
      quoteSeen = false;
      routeEnd = -1;
      continue;
    }
    result += chr;
    lastChar = chr;
    if (!firstChar && !_isSpaceCode(address.charCodeAt(i))) {
      firstChar = chr;
    }
  }
  if (routeEnd >= 0 && result.indexOf("@", routeEnd) >= 0) {
    result = result.slice(routeEnd);
  }
  if (depth) {
    comments.push(comment.trim());
  }
  return { address: result.trim(), comments: comments.filter((text) => text) };
}
function _collectAddressParts(tokens2, from, to) {
  let state = "text";
  const data = {
    address: [],
    comment: [],
    text: [],
    textWasQuoted: [],
    quotedLocalAt: []
  };
  let insideQuotes = false;
  let lastTextPureQuoted = false;
  let lastTextHasAt = false;
  let lastTextOpen = false;
  let gapFrom = 0;
  let gapsFolding = true;
  const lastChars = { address: "", comment: "", text: "" };
  for (let i = from; i < to; i++) {
    const value = tokens2.value(i);
    const prevOperator = i > from ? tokens2.operatorAt(i - 1) : "";
    const prevNoBreak = i > from && tokens2.noBreak(i - 1);
    if (tokens2.isOperator(i)) {
      switch (value) {
        case "<":
          state = "address";
          insideQuotes = false;
          lastTextOpen = false;
          break;
        case "(":
          state = "comment";
          insideQuotes = false;
          gapsFolding = gapsFolding && _isFoldingGap(tokens2.str, gapFrom, tokens2.contentStart(i));
          break;
        case '"':
          insideQuotes = !insideQuotes;
          state = "text";
          lastTextOpen = false;
          break;
        default:
          state = "text";
          insideQuotes = false;
          if (value !== ")") {
            lastTextOpen = false;
          } else {
            gapFrom = tokens2.contentEnd(i);
          }
          break;
      }
    } else {
      const opensAfterEmptyQuotedString = prevOperator === '"' && prevNoBreak && i > from + 1 && tokens2.operatorAt(i - 2) === '"';
      const parts = data[state];
      const secondAt = lastTextHasAt && prevOperator === ")" && value.indexOf("@") >= 0;
      const joinsDomain = !secondAt && lastTextOpen && lastTextHasAt && prevOperator === ")" && (lastChars.text === "." || value.charAt(0) === ".") && gapsFolding && _isFoldingGap(tokens2.str, gapFrom, tokens2.contentStart(i));
      const joins = joinsDomain || !secondAt && prevNoBreak && parts.length > 0 && (prevOperator !== ")" || lastChars[state] === "@" || value.charAt(0) === "@");
      if (joins) {
        const last = data[state].length - 1;
        if (state === "text" && !insideQuotes) {
          if (lastTextPureQuoted && value.charAt(0) === "@") {
            data.quotedLocalAt[last] = data.text[last].length;
          }
          lastTextPureQuoted = false;
        }
        data[state][last] += value;
        lastChars[state] = value.charAt(value.length - 1);
        if (state === "text" && insideQuotes) {
          data.textWasQuoted[last] = true;
        }
      } else {
        data[state].push(value);
        lastChars[state] = value.charAt(value.length - 1);
        if (state === "text") {
          data.textWasQuoted.push(insideQuotes || opensAfterEmptyQuotedString);
          data.quotedLocalAt.push(opensAfterEmptyQuotedString && value.charAt(0) === "@" ? 0 : -1);
          lastTextPureQuoted = insideQuotes;
        }
      }
      if (state === "text") {
        lastTextHasAt = joins && lastTextHasAt || !insideQuotes && value.indexOf("@") >= 0;
        lastTextOpen = true;
        gapFrom = tokens2.contentEnd(i);
        gapsFolding = true;
      }
    }
  }
  let textFromComment = false;
  if (!data.text.length && data.comment.length) {
    data.text = data.comment;
    data.comment = [];
    textFromComment = true;
  }
  return { data, textFromComment };
}
function _groupName(tokens2, from, to) {
  return _collectAddressParts(tokens2, from, to).data.text.join(" ");
}
function _handleAddress(tokens2, from, to) {
  const collected = _collectAddressParts(tokens2, from, to);
  const data = collected.data;
  let textFromComment = collected.textFromComment;
  const addressComments = [];
  const addressParts = [];
  for (const part of data.address) {
    const stripped = _stripAddressComments(part);
    for (const comment of stripped.comments) {
      addressComments.push(comment);
    }
    if (stripped.address) {
      addressParts.push(stripped.address);
    }
  }
  data.address = addressParts;
  if (!data.address.length && data.text.length && !textFromComment) {
    const candidates = data.text.map((part) => _collapseAtSpacing(part));
    for (let i = 0; i < data.text.length; i++) {
      const local = data.quotedLocalAt[i];
      const quotedLocal = data.textWasQuoted[i] && local >= 0 && QUOTED_LOCAL_DOMAIN.test(data.text[i].slice(local)) ? _quoteLocalPart(data.text[i]) : "";
      if (quotedLocal || !data.textWasQuoted[i] && _isAddrSpec(candidates[i])) {
        data.address = [quotedLocal || candidates[i]];
        data.text.splice(i, 1);
        data.textWasQuoted.splice(i, 1);
        data.quotedLocalAt.splice(i, 1);
        break;
      }
    }
    if (!data.address.length) {
      let extracted = false;
      for (let i = 0; i < data.text.length; i++) {
        if (!data.textWasQuoted[i]) {
          const part = candidates[i];
          let remainder = data.text[i];
          const at = _looseAddressStart(part);
          if (at >= 0) {
            LOOSE_TEXT_ADDR.lastIndex = at;
            const match = LOOSE_TEXT_ADDR.exec(part);
            if (match) {
              data.address = [match[0].trim()];
              extracted = true;
              remainder = part.slice(0, at) + " " + part.slice(at + match[0].length);
            }
          }
          data.text[i] = remainder.trim();
          if (extracted) {
            break;
          }
        }
      }
    }
  }
  if (!data.text.length && data.comment.length) {
    data.text = data.comment;
    data.comment = [];
  }
  if (data.address.length > 1) {
    data.text = data.text.concat(data.address.splice(1));
  }
  const addressFromQuotedText = !data.address.length && data.textWasQuoted.some((wasQuoted) => wasQuoted);
  data.text = data.text.join(" ");
  data.address = data.address.join(" ");
  if (addressFromQuotedText && data.text.indexOf("@") >= 0) {
    data.address = _quoteLocalPart(_joinAtSpacing(data.text, _domainAt(data.text)));
    data.text = "";
  }
  _recoverAddrSpec(data);
  if (!data.text && addressComments.length) {
    data.text = addressComments.join(" ");
    textFromComment = true;
  }
  const address = {
    address: data.address || (textFromComment ? "" : data.text) || "",
    name: data.text || data.address || ""
  };
  if (address.address === address.name) {
    if (/@/.test(address.address || "")) {
      address.name = "";
    } else {
      address.address = "";
    }
  }
  return address;
}
function _mergeNameFragments(list) {
  const merged = [];
  for (let i = list.length - 1; i >= 0; i--) {
    const current = list[i];
    const next = merged.length ? merged[merged.length - 1] : null;
    if (next && current.address === "" && current.name && !current.group && next.address && next.name) {
      next.name = current.name + ", " + next.name;
    } else {
      merged.push(current);
    }
  }
  return merged.reverse();
}
function _parseAddressList(str) {
  const tokens2 = new Tokenizer(str).tokenize();
  const parsedAddresses = [];
  let group = null;
  let members = [];
  let from = 0;
  for (let i = 0, len = tokens2.length; i <= len; i++) {
    const operator = i < len ? tokens2.operatorAt(i) : "";
    if (i < len && operator !== "," && operator !== ";" && operator !== ":") {
      continue;
    }
    if (operator === ":") {
      if (!group) {
        group = { name: _groupName(tokens2, from, i), group: [] };
        members = [];
      }
      from = i + 1;
      continue;
    }
    if (i > from) {
      const address = _handleAddress(tokens2, from, i);
      if (group) {
        members.push(address);
      } else {
        parsedAddresses.push(address);
      }
    }
    from = i + 1;
    if (group && (operator === ";" || i === len)) {
      group.group = _mergeNameFragments(members);
      parsedAddresses.push(group);
      group = null;
    }
  }
  return _mergeNameFragments(parsedAddresses);
}
function addressparser(str, options) {
  const parsedAddresses = _parseAddressList(str);
  if (options?.flatten) {
    const flatAddresses = [];
    const walkAddressList = (list) => {
      list.forEach((entry) => {
        if (entry.group) {
          return walkAddressList(entry.group);
        }
        flatAddresses.push(entry);
      });
    };
    walkAddressList(parsedAddresses);
    return flatAddresses;
  }
  return parsedAddresses;
}
var TOKEN_OPERATOR, TOKEN_NO_BREAK, TOKEN_DIRTY, TOKEN_ESCAPES, TOKEN_STARTS_ESCAPED, TokenList, DOMAIN_LITERAL_TAIL, HAS_WHITESPACE, QUOTED_LOCAL_ADDR, ADDR_SPEC, LITERAL_ADDR_SPEC, QUOTED_LOCAL_DOMAIN, LOOSE_ADDR_SPEC, LOOSE_TEXT_ADDR, LEADING_QUOTED_STRING, ASCII_ATEXT, Tokenizer, addressparser_default;
var init_addressparser = __esm({
  "node_modules/nodemailer/dist/esm/addressparser/index.js"() {
    TOKEN_OPERATOR = 1;
    TOKEN_NO_BREAK = 2;
    TOKEN_DIRTY = 4;
    TOKEN_ESCAPES = 8;
    TOKEN_STARTS_ESCAPED = 16;
    TokenList = class {
      constructor(str) {
        this.str = str;
        this.slots = new Int32Array(48);
        this.length = 0;
        this.cleaned = /* @__PURE__ */ new Map();
      }
      /**
       * Appends a token
       *
       * @param kind Kind and flags of the token
       * @param start Offset of its first character
       * @param end Offset just past its last character
       * @return Index of the token
       */
      push(kind, start, end) {
        if ((this.length + 1) * 3 > this.slots.length) {
          const grown = new Int32Array(this.slots.length * 2);
          grown.set(this.slots);
          this.slots = grown;
        }
        const at = this.length * 3;
        this.slots[at] = kind;
        this.slots[at + 1] = start;
        this.slots[at + 2] = end;
        return this.length++;
      }
      /**
       * Offset of the first character of a token that is part of its value. A text run that is
       * no plain slice of the field still spans the whitespace and control characters its value
       * is trimmed of.
       */
      contentStart(index) {
        let start = this.slots[index * 3 + 1];
        const end = this.slots[index * 3 + 2];
        while (start < end && _isDroppedCode(this.str.charCodeAt(start))) {
          start++;
        }
        return start;
      }
      /**
       * Offset just past the last character of a token that is part of its value
       */
      contentEnd(index) {
        const start = this.slots[index * 3 + 1];
        let end = this.slots[index * 3 + 2];
        while (end > start && _isDroppedCode(this.str.charCodeAt(end - 1))) {
          end--;
        }
        return end;
      }
      /**
       * The character of an operator token, an empty string for a text run
       */
      operatorAt(index) {
        const at = index * 3;
        return this.slots[at] & TOKEN_OPERATOR ? this.str.charAt(this.slots[at + 1]) : "";
      }
      /**
       * Whether a token is an operator
       */
      isOperator(index) {
        return (this.slots[index * 3] & TOKEN_OPERATOR) !== 0;
      }
      /**
       * Whether the next character continues the run of a token without whitespace in between
       */
      noBreak(index) {
        return (this.slots[index * 3] & TOKEN_NO_BREAK) !== 0;
      }
      /**
       * Value of a token
       */
      value(index) {
        const cleaned = this.cleaned.get(index);
        if (cleaned !== void 0) {
          return cleaned;
        }
        return this.str.slice(this.slots[index * 3 + 1], this.slots[index * 3 + 2]);
      }
    };
    DOMAIN_LITERAL_TAIL = /@(\[[^[\]\\]*\])$/;
    HAS_WHITESPACE = /\s/;
    QUOTED_LOCAL_ADDR = /^("(?:[^"\\]|\\[\s\S])*"@\S+)(?:\s+([\s\S]+))?$/;
    ADDR_SPEC = /^[^@\s]+@[^@\s]+$/;
    LITERAL_ADDR_SPEC = /^[^@\s]+@\[[^[\]\\\s]*\]$/;
    QUOTED_LOCAL_DOMAIN = /^@(?:[^@\s"]+|\[[^[\]\\\s]*\])$/;
    LOOSE_ADDR_SPEC = /^[^@\s]+@\S+$/;
    LOOSE_TEXT_ADDR = /\s*\b[^@\s]+@[^\s]+\b\s*/y;
    LEADING_QUOTED_STRING = /^"(?:[^"\\]|\\[\s\S])*"/;
    ASCII_ATEXT = new Uint8Array(128);
    for (let code = 33; code < 127; code++) {
      ASCII_ATEXT[code] = '()<>[]:;@\\,."'.indexOf(String.fromCharCode(code)) < 0 ? 1 : 0;
    }
    Tokenizer = class {
      constructor(str) {
        this.str = (str || "").toString();
        this.operatorCurrent = "";
        this.operatorExpecting = "";
        this.node = -1;
        this.escaped = false;
        this.inDomainLiteral = false;
        this.afterAt = false;
        this.inGroup = false;
        this.innerQuoted = false;
        this.innerComment = 0;
        this.innerLiteral = false;
        this.innerEscaped = false;
        this.list = new TokenList(this.str);
        this.operators = {
          '"': '"',
          "(": ")",
          "<": ">",
          ",": "",
          // A group is read in the same pass as the rest of the list, so its ':' only marks
          // where the name ends and its members are tokenized like any other address
          ":": "",
          // Semicolons are not a legal delimiter per the RFC2822 grammar other
          // than for terminating a group, but they are also not valid for any
          // other use in this context.  Given that some mail clients have
          // historically allowed the semicolon as a delimiter equivalent to the
          // comma in their UI, it makes sense to treat them the same as a comma
          // when used outside of a group.
          ";": ""
        };
      }
      /**
       * Tokenizes the original input string
       *
       * @return An array of operator|text tokens
       */
      tokenize() {
        const str = this.str;
        const len = str.length;
        for (let i = 0; i < len; i++) {
          this.checkChar(str.charAt(i), i);
        }
        this._closeText(len);
        const list = this.list;
        const slots = list.slots;
        let kept = 0;
        for (let i = 0, count = list.length; i < count; i++) {
          const kind = slots[i * 3];
          let start = slots[i * 3 + 1];
          let end = slots[i * 3 + 2];
          if (kind & TOKEN_DIRTY) {
            const value = this._cleanValue(start, end, kind).trim();
            if (!value) {
              continue;
            }
            list.cleaned.set(kept, value);
          } else if (!(kind & TOKEN_OPERATOR)) {
            while (start < end && _isSpaceCode(str.charCodeAt(start))) {
              start++;
            }
            while (end > start && _isSpaceCode(str.charCodeAt(end - 1))) {
              end--;
            }
            if (start === end) {
              continue;
            }
          }
          slots[kept * 3] = kind;
          slots[kept * 3 + 1] = start;
          slots[kept * 3 + 2] = end;
          kept++;
        }
        list.length = kept;
        return list;
      }
      /**
       * Ends the text run being collected, if there is one
       *
       * @param end Offset just past its last character
       */
      _closeText(end) {
        if (this.node >= 0) {
          this.list.slots[this.node * 3 + 2] = end;
          this.node = -1;
        }
      }
      /**
       * Rebuilds the value of a text run that is no plain slice of the field, applying the
       * rules checkChar collects characters by: an escaping backslash is dropped, a line break
       * reads as a space and any other control character is left out
       *
       * @param start Offset of the first character of the run
       * @param end Offset just past its last character
       * @param kind Kind and flags of the run
       * @return Value of the run
       */
      _cleanValue(start, end, kind) {
        const str = this.str;
        const escapes = (kind & TOKEN_ESCAPES) !== 0;
        let escaped = (kind & TOKEN_STARTS_ESCAPED) !== 0;
        let value = "";
        for (let i = start; i < end; i++) {
          const chr = str.charAt(i);
          if (escapes && !escaped && chr === "\\") {
            escaped = true;
            continue;
          }
          escaped = false;
          if (chr === "\n") {
            value += " ";
          } else if (chr.charCodeAt(0) >= 33 || chr === " " || chr === "	") {
            value += chr;
          }
        }
        return value;
      }
      /**
       * Checks if a character is an operator or text and acts accordingly
       *
       * @param chr Character from the address field
       * @param i Offset of the character in the field
       */
      checkChar(chr, i) {
        if (!this.escaped && !this.operatorExpecting) {
          if (!this.inDomainLiteral && chr === "[" && this.afterAt) {
            this.inDomainLiteral = true;
          } else if (this.inDomainLiteral && (chr === "]" || chr === "," || chr === ";")) {
            this.inDomainLiteral = false;
          }
        }
        let nested = false;
        if (this.operatorExpecting === ">") {
          nested = this._trackInner(chr);
          if (!nested && chr === ";" && this.inGroup) {
            this._closeText(i);
            this.operatorExpecting = "";
            this._resetInner();
          }
        } else if (this.operatorExpecting === ")" && !this.escaped) {
          if (chr === "(") {
            this.innerComment++;
          } else if (chr === ")" && this.innerComment) {
            this.innerComment--;
            nested = true;
          }
        }
        if (this.escaped) {
        } else if (chr === this.operatorExpecting && !nested) {
          const nextChr = this.str.charAt(i + 1);
          this._closeText(i);
          this.list.push(nextChr && ![" ", "	", "\r", "\n", ",", ";"].includes(nextChr) ? TOKEN_OPERATOR | TOKEN_NO_BREAK : TOKEN_OPERATOR, i, i + 1);
          if (chr !== ")") {
            this.afterAt = false;
          }
          this.operatorExpecting = "";
          this.escaped = false;
          this._resetInner();
          return;
        } else if (!this.operatorExpecting && !(this.inDomainLiteral && chr === ":") && chr in this.operators) {
          this._closeText(i);
          this.list.push(TOKEN_OPERATOR, i, i + 1);
          if (chr === ":") {
            this.inGroup = true;
          } else if (chr === ";") {
            this.inGroup = false;
          }
          if (chr !== "(") {
            this.afterAt = false;
          }
          this.operatorExpecting = this.operators[chr];
          this.escaped = false;
          this._resetInner();
          return;
        } else if (['"', "'", ")"].includes(this.operatorExpecting) && chr === "\\") {
          this.escaped = true;
          if (this.node >= 0) {
            this.list.slots[this.node * 3] |= TOKEN_DIRTY;
          }
          return;
        }
        if (this.node < 0) {
          this.node = this.list.push((this.operatorExpecting === '"' || this.operatorExpecting === ")" ? TOKEN_ESCAPES : 0) | (this.escaped ? TOKEN_STARTS_ESCAPED : 0), i, i);
        }
        if (chr === "\n") {
          chr = " ";
          this.list.slots[this.node * 3] |= TOKEN_DIRTY;
        }
        if (chr.charCodeAt(0) >= 33 || chr === " " || chr === "	") {
          if (!this.operatorExpecting && chr !== " " && chr !== "	") {
            this.afterAt = chr === "@";
          }
        } else {
          this.list.slots[this.node * 3] |= TOKEN_DIRTY;
        }
        this.escaped = false;
      }
      /**
       * Tracks the quoted strings, comments and domain literals inside an angle-addr, which its
       * closer must not be read from. A backslash escapes the next character inside a quoted
       * string and a comment. A domain literal opens right after an "@" and ends at the "]".
       * dtext holds the list separators as well, and inside the brackets they never split the
       * list anyway.
       *
       * @param chr Character from the address field
       * @return true while the character sits inside one of them, the one that closes it included
       */
      _trackInner(chr) {
        if (this.innerEscaped) {
          this.innerEscaped = false;
          return true;
        }
        if (this.innerQuoted) {
          if (chr === "\\") {
            this.innerEscaped = true;
          } else if (chr === '"') {
            this.innerQuoted = false;
          }
          return true;
        }
        if (this.innerComment) {
          if (chr === "\\") {
            this.innerEscaped = true;
          } else if (chr === "(") {
            this.innerComment++;
          } else if (chr === ")") {
            this.innerComment--;
          }
          return true;
        }
        if (this.innerLiteral) {
          if (chr === "]") {
            this.innerLiteral = false;
          }
          return true;
        }
        if (chr === '"') {
          this.innerQuoted = true;
          return true;
        }
        if (chr === "(") {
          this.innerComment = 1;
          return true;
        }
        if (chr === "[" && this.afterAt) {
          this.innerLiteral = true;
          return true;
        }
        if (!_isSpaceCode(chr.charCodeAt(0))) {
          this.afterAt = chr === "@";
        }
        return false;
      }
      /**
       * Forgets the nesting collected for the operator that just opened or ended
       */
      _resetInner() {
        this.innerQuoted = false;
        this.innerComment = 0;
        this.innerLiteral = false;
        this.innerEscaped = false;
      }
    };
    addressparser_default = addressparser;
  }
});

// node_modules/nodemailer/dist/esm/mime-node/last-newline.js
var import_node_stream5, LastNewline;
var init_last_newline = __esm({
  "node_modules/nodemailer/dist/esm/mime-node/last-newline.js"() {
    import_node_stream5 = require("node:stream");
    LastNewline = class extends import_node_stream5.Transform {
      constructor() {
        super();
        this.lastByte = false;
      }
      /** @internal */
      _transform(chunk, encoding, done) {
        if (chunk.length) {
          this.lastByte = chunk[chunk.length - 1];
        }
        this.push(chunk);
        done();
      }
      /** @internal */
      _flush(done) {
        if (this.lastByte === 10) {
          return done();
        }
        if (this.lastByte === 13) {
          this.push(Buffer.from("\n"));
          return done();
        }
        this.push(Buffer.from("\r\n"));
        return done();
      }
    };
  }
});

// node_modules/nodemailer/dist/esm/mime-node/le-windows.js
var import_node_stream6, LeWindows;
var init_le_windows = __esm({
  "node_modules/nodemailer/dist/esm/mime-node/le-windows.js"() {
    import_node_stream6 = require("node:stream");
    LeWindows = class extends import_node_stream6.Transform {
      constructor(options) {
        super(options);
        this.lastByte = false;
      }
      /**
       * Escapes dots
       * @internal
       */
      _transform(chunk, encoding, done) {
        let buf;
        let lastPos = 0;
        for (let i = 0, len = chunk.length; i < len; i++) {
          if (chunk[i] === 10) {
            if (i && chunk[i - 1] !== 13 || !i && this.lastByte !== 13) {
              if (i > lastPos) {
                buf = chunk.slice(lastPos, i);
                this.push(buf);
              }
              this.push(Buffer.from("\r\n"));
              lastPos = i + 1;
            }
          }
        }
        if (lastPos && lastPos < chunk.length) {
          buf = chunk.slice(lastPos);
          this.push(buf);
        } else if (!lastPos) {
          this.push(chunk);
        }
        this.lastByte = chunk[chunk.length - 1];
        done();
      }
    };
  }
});

// node_modules/nodemailer/dist/esm/mime-node/le-unix.js
var import_node_stream7, LeUnix;
var init_le_unix = __esm({
  "node_modules/nodemailer/dist/esm/mime-node/le-unix.js"() {
    import_node_stream7 = require("node:stream");
    LeUnix = class extends import_node_stream7.Transform {
      constructor(options) {
        super(options);
      }
      /**
       * Escapes dots
       * @internal
       */
      _transform(chunk, encoding, done) {
        let buf;
        let lastPos = 0;
        for (let i = 0, len = chunk.length; i < len; i++) {
          if (chunk[i] === 13) {
            buf = chunk.slice(lastPos, i);
            lastPos = i + 1;
            this.push(buf);
          }
        }
        if (lastPos && lastPos < chunk.length) {
          buf = chunk.slice(lastPos);
          this.push(buf);
        } else if (!lastPos) {
          this.push(chunk);
        }
        done();
      }
    };
  }
});

// node_modules/nodemailer/dist/esm/mime-node/index.js
function stripWhitespaceInAngleBrackets(value) {
  let result = "";
  let pos = 0;
  for (; ; ) {
    const open = value.indexOf("<", pos);
    if (open < 0) {
      break;
    }
    const close = value.indexOf(">", open + 1);
    if (close < 0) {
      break;
    }
    result += value.slice(pos, open) + value.slice(open, close + 1).replace(/\s/g, "");
    pos = close + 1;
  }
  return result + value.slice(pos);
}
function abortedError() {
  const err = new Error("Message stream was closed before the message was generated");
  err.code = ESTREAM;
  return err;
}
function _stripBoundaryControls(value) {
  return value.replace(/[\x00-\x1f\x7f]+/g, "");
}
var import_node_crypto2, import_node_fs2, import_node_stream8, FORMATTED_HEADERS, ATEXT, DOT_ATOM, QUOTED_STRING, PLAIN_ADDRESS, DOMAIN_LITERAL_TAIL2, PIPELINE_NOOP, MimeNode, mime_node_default;
var init_mime_node = __esm({
  "node_modules/nodemailer/dist/esm/mime-node/index.js"() {
    import_node_crypto2 = __toESM(require("node:crypto"), 1);
    import_node_fs2 = __toESM(require("node:fs"), 1);
    import_node_stream8 = require("node:stream");
    init_shared();
    init_mime_funcs();
    init_qp();
    init_base64();
    init_addressparser();
    init_fetch();
    init_errors2();
    init_last_newline();
    init_le_windows();
    init_le_unix();
    FORMATTED_HEADERS = ["From", "Sender", "To", "Cc", "Bcc", "Reply-To", "Date", "References"];
    ATEXT = "[A-Za-z0-9!#$%&'*+\\-/=?^_`{|}~\\x80-\\uFFFF]";
    DOT_ATOM = new RegExp("^" + ATEXT + "+(?:\\." + ATEXT + "+)*$");
    QUOTED_STRING = /^"(?:[^"\\]|\\[\s\S])*"$/;
    PLAIN_ADDRESS = /^[^\s"(),:;<>@[\\\]]+@[^\s"(),:;<>@[\\\]]+$/;
    DOMAIN_LITERAL_TAIL2 = /@(\[[^[\]\\]*\])$/;
    PIPELINE_NOOP = () => false;
    MimeNode = class _MimeNode {
      constructor(contentType, options) {
        this.nodeCounter = 0;
        options = options || {};
        this.baseBoundary = _stripBoundaryControls(options.baseBoundary || import_node_crypto2.default.randomBytes(8).toString("hex"));
        this.boundaryPrefix = _stripBoundaryControls(options.boundaryPrefix || "--_NmP");
        this.disableFileAccess = !!options.disableFileAccess;
        this.disableUrlAccess = !!options.disableUrlAccess;
        this.normalizeHeaderKey = options.normalizeHeaderKey;
        this.date = options.parentNode ? null : /* @__PURE__ */ new Date();
        this.rootNode = options.rootNode || this;
        this.keepBcc = !!options.keepBcc;
        if (options.filename) {
          this.filename = options.filename;
          if (!contentType) {
            contentType = detectMimeType2(this.filename.split(".").pop());
          }
        }
        this.textEncoding = (options.textEncoding || "").toString().trim().charAt(0).toUpperCase();
        this.parentNode = options.parentNode;
        this.hostname = options.hostname;
        this.newline = options.newline;
        this.childNodes = [];
        this._nodeId = ++this.rootNode.nodeCounter;
        this._headers = [];
        this._isPlainText = false;
        this._hasLongLines = false;
        this._envelope = false;
        this._raw = false;
        this._transforms = [];
        this._processFuncs = [];
        if (contentType) {
          this.setHeader("Content-Type", contentType);
        }
      }
      /////// PUBLIC METHODS
      /**
       * Creates and appends a child node.Arguments provided are passed to MimeNode constructor
       *
       * @param [contentType] Optional content type
       * @param [options] Optional options object
       * @return Created node object
       */
      createChild(contentType, options) {
        if (!options && typeof contentType === "object") {
          options = contentType;
          contentType = void 0;
        }
        const node = new _MimeNode(contentType, options);
        this.appendChild(node);
        return node;
      }
      /**
       * Appends an existing node to the mime tree. Removes the node from an existing
       * tree if needed
       *
       * @param childNode node to be appended
       * @return Appended node object
       */
      appendChild(childNode) {
        if (childNode.parentNode && childNode.parentNode !== this) {
          childNode.remove();
        }
        if (childNode.rootNode !== this.rootNode) {
          childNode.rootNode = this.rootNode;
          childNode._nodeId = ++this.rootNode.nodeCounter;
        }
        childNode.parentNode = this;
        this.childNodes.push(childNode);
        return childNode;
      }
      /**
       * Replaces current node with another node
       *
       * @param node Replacement node
       * @return Replacement node
       */
      replace(node) {
        if (node === this) {
          return this;
        }
        this.parentNode.childNodes.forEach((childNode, i) => {
          if (childNode === this) {
            node.rootNode = this.rootNode;
            node.parentNode = this.parentNode;
            node._nodeId = this._nodeId;
            this.rootNode = this;
            this.parentNode = void 0;
            node.parentNode.childNodes[i] = node;
          }
        });
        return node;
      }
      /**
       * Removes current node from the mime tree
       *
       * @return removed node
       */
      remove() {
        if (!this.parentNode) {
          return this;
        }
        for (let i = this.parentNode.childNodes.length - 1; i >= 0; i--) {
          if (this.parentNode.childNodes[i] === this) {
            this.parentNode.childNodes.splice(i, 1);
            this.parentNode = void 0;
            this.rootNode = this;
            return this;
          }
        }
      }
      /**
       * Sets a header value. If the value for selected key exists, it is overwritten.
       * You can set multiple values as well by using [{key:'', value:''}] or
       * {key: 'value'} as the first argument.
       *
       * @param key Header key or a list of key value pairs
       * @param value Header value
       * @return current node
       */
      setHeader(key, value) {
        let added = false;
        if (!value && key && typeof key === "object") {
          if (key.key && "value" in key) {
            this.setHeader(key.key, key.value);
          } else if (Array.isArray(key)) {
            key.forEach((i) => {
              this.setHeader(i.key, i.value);
            });
          } else {
            Object.keys(key).forEach((i) => {
              this.setHeader(i, key[i]);
            });
          }
          return this;
        }
        key = this._normalizeHeaderKey(key);
        const headerValue = {
          key,
          value
        };
        for (let i = 0, len = this._headers.length; i < len; i++) {
          if (this._headers[i].key === key) {
            if (!added) {
              this._headers[i] = headerValue;
              added = true;
            } else {
              this._headers.splice(i, 1);
              i--;
              len--;
            }
          }
        }
        if (!added) {
          this._headers.push(headerValue);
        }
        return this;
      }
      /**
       * Adds a header value. If the value for selected key exists, the value is appended
       * as a new field and old one is not touched.
       * You can set multiple values as well by using [{key:'', value:''}] or
       * {key: 'value'} as the first argument.
       *
       * @param key Header key or a list of key value pairs
       * @param value Header value
       * @return current node
       */
      addHeader(key, value) {
        if (!value && key && typeof key === "object") {
          if (key.key && key.value) {
            this.addHeader(key.key, key.value);
          } else if (Array.isArray(key)) {
            key.forEach((i) => {
              this.addHeader(i.key, i.value);
            });
          } else {
            Object.keys(key).forEach((i) => {
              this.addHeader(i, key[i]);
            });
          }
          return this;
        } else if (Array.isArray(value)) {
          value.forEach((val) => {
            this.addHeader(key, val);
          });
          return this;
        }
        this._headers.push({
          key: this._normalizeHeaderKey(key),
          value
        });
        return this;
      }
      /**
       * Retrieves the first mathcing value of a selected key
       *
       * @param key Key to search for
       * @retun Value for the key
       */
      getHeader(key) {
        key = this._normalizeHeaderKey(key);
        for (let i = 0, len = this._headers.length; i < len; i++) {
          if (this._headers[i].key === key) {
            return this._headers[i].value;
          }
        }
      }
      /**
       * Sets body content for current node. If the value is a string, charset is added automatically
       * to Content-Type (if it is text/*). If the value is a Buffer, you need to specify
       * the charset yourself
       *
       * @param content Body content
       * @return current node
       */
      setContent(content) {
        this.content = content;
        if (typeof this.content.pipe === "function") {
          recordStreamErrors(this.content);
        } else if (typeof this.content === "string") {
          this._isPlainText = isPlainText(this.content);
          if (this._isPlainText && hasLongerLines(this.content, 76)) {
            this._hasLongLines = true;
          }
        }
        return this;
      }
      build(callback) {
        let promise;
        if (!callback) {
          promise = new Promise((resolve4, reject) => {
            callback = callbackPromise(resolve4, reject);
          });
        }
        const done = callback;
        const stream = this.createReadStream();
        const buf = [];
        let buflen = 0;
        let returned = false;
        stream.on("readable", () => {
          let chunk;
          while ((chunk = stream.read()) !== null) {
            buf.push(chunk);
            buflen += chunk.length;
          }
        });
        stream.once("error", (err) => {
          if (returned) {
            return;
          }
          returned = true;
          return done(err);
        });
        stream.once("end", (chunk) => {
          if (returned) {
            return;
          }
          returned = true;
          if (chunk && chunk.length) {
            buf.push(chunk);
            buflen += chunk.length;
          }
          return done(null, Buffer.concat(buf, buflen));
        });
        return promise;
      }
      getTransferEncoding() {
        let transferEncoding = false;
        const contentType = (this.getHeader("Content-Type") || "").toString().toLowerCase().trim();
        if (this.content) {
          transferEncoding = (this.getHeader("Content-Transfer-Encoding") || "").toString().toLowerCase().trim();
          if (!transferEncoding || !["base64", "quoted-printable"].includes(transferEncoding)) {
            if (/^text\//i.test(contentType)) {
              if (this._isPlainText && !this._hasLongLines) {
                transferEncoding = "7bit";
              } else if (typeof this.content === "string" || this.content instanceof Buffer) {
                transferEncoding = this._getTextEncoding(this.content) === "Q" ? "quoted-printable" : "base64";
              } else {
                transferEncoding = this.textEncoding === "B" ? "base64" : "quoted-printable";
              }
            } else if (!/^(multipart|message)\//i.test(contentType)) {
              transferEncoding = transferEncoding || "base64";
            }
          }
        }
        return transferEncoding;
      }
      /**
       * Builds the header block for the mime node. Append \r\n\r\n before writing the content
       *
       * @returns Headers
       */
      buildHeaders() {
        const transferEncoding = this.getTransferEncoding();
        const headers = [];
        if (transferEncoding) {
          this.setHeader("Content-Transfer-Encoding", transferEncoding);
        }
        if (this.filename && !this.getHeader("Content-Disposition")) {
          this.setHeader("Content-Disposition", "attachment");
        }
        if (this.rootNode === this) {
          if (!this.getHeader("Date")) {
            this.setHeader("Date", this.date.toUTCString().replace(/GMT/, "+0000"));
          }
          this.messageId();
          if (!this.getHeader("MIME-Version")) {
            this.setHeader("MIME-Version", "1.0");
          }
          for (let i = this._headers.length - 2; i >= 0; i--) {
            const header = this._headers[i];
            if (header.key === "Content-Type") {
              this._headers.splice(i, 1);
              this._headers.push(header);
            }
          }
        }
        this._headers.forEach((header) => {
          let key = header.key;
          let value = header.value;
          let structured;
          let param;
          const options = {};
          const formattedHeaders = FORMATTED_HEADERS;
          if (value && typeof value === "object" && !formattedHeaders.includes(key)) {
            copyOwnKeys(options, value, (optionKey) => optionKey === "value");
            value = (value.value || "").toString();
            if (!value.trim()) {
              return;
            }
          }
          if (options.prepared) {
            if (options.foldLines) {
              headers.push(foldLines(key + ": " + value));
            } else {
              headers.push(key + ": " + value);
            }
            return;
          }
          switch (header.key) {
            // The comments of a MIME header are not part of its value and are dropped, so a
            // caller supplied 'boundary=b (comment)' is the boundary b it names, and the
            // header goes out without the comment
            case "Content-Disposition":
              structured = parseHeaderValue(value, { stripComments: true });
              if (this.filename) {
                structured.params.filename = this.filename;
              }
              value = buildHeaderValue(structured);
              break;
            case "Content-Type":
              structured = parseHeaderValue(value, { stripComments: true });
              structured.value = (structured.value || "").toString().replace(/[\x00-\x1f\x7f]/g, "");
              this._handleContentType(structured);
              if (structured.value.match(/^text\/plain\b/) && typeof this.content === "string" && /[\u0080-\uFFFF]/.test(this.content)) {
                structured.params.charset = "utf-8";
              }
              if (this.filename) {
                for (const paramKey of Object.keys(structured.params)) {
                  if (/^name(\*|$)/i.test(paramKey)) {
                    delete structured.params[paramKey];
                  }
                }
              }
              value = buildHeaderValue(structured);
              if (this.filename) {
                param = /[\x00-\x1f\x7f]/.test(this.filename) ? encodeWord(this.filename, this._getTextEncoding(this.filename), 52) : this._encodeWords(this.filename);
                if (param !== this.filename || /[\s'"\\;:/=(),<>@[\]?]|^-/.test(param)) {
                  param = JSON.stringify(param);
                }
                value += "; name=" + param;
              }
              break;
            case "Bcc":
              if (!this.keepBcc) {
                return;
              }
              break;
          }
          value = this.encodeHeaderValue(key, value);
          if (!(value || "").toString().trim()) {
            return;
          }
          if (typeof this.normalizeHeaderKey === "function") {
            const normalized2 = this.normalizeHeaderKey(key, value);
            const cleaned = typeof normalized2 === "string" ? normalized2.replace(/[\x00-\x1f\x7f]/g, "") : "";
            if (cleaned) {
              key = cleaned;
            }
          }
          headers.push(foldLines(key + ": " + value, 76));
        });
        return headers.join("\r\n");
      }
      /**
       * Streams the rfc2822 message from the current node. If this is a root node,
       * mandatory header fields are set if missing (Date, Message-Id, MIME-Version)
       *
       * @return Compiled message
       */
      createReadStream(options) {
        options = options || {};
        const stream = new import_node_stream8.PassThrough(options);
        this.stream(stream, options, (err) => {
          if (err) {
            stream.destroy(err);
            return;
          }
          stream.end();
        });
        stream.once("close", () => {
          if (!stream.writableFinished) {
            this._destroyContentStreams();
          }
        });
        const stages = [stream];
        for (const transform of this._transforms) {
          stages.push(typeof transform === "function" ? transform() : transform);
        }
        stages.push(new LastNewline());
        let outputStream = (0, import_node_stream8.pipeline)(stages, PIPELINE_NOOP);
        for (const processFunc of this._processFuncs) {
          const input = outputStream;
          outputStream = processFunc(input);
          if (outputStream !== input) {
            (0, import_node_stream8.finished)(outputStream, (err) => {
              if (err) {
                input.destroy();
              }
            });
          }
        }
        if (this.newline) {
          const winbreak = ["win", "windows", "dos", "\r\n"].includes(this.newline.toString().toLowerCase());
          outputStream = (0, import_node_stream8.pipeline)(outputStream, winbreak ? new LeWindows() : new LeUnix(), PIPELINE_NOOP);
        }
        return outputStream;
      }
      /**
       * Appends a transform stream object to the transforms list. Final output
       * is passed through this stream before exposing
       *
       * @param transform Read-Write stream
       */
      transform(transform) {
        this._transforms.push(transform);
      }
      /**
       * Appends a post process function. The functon is run after transforms and
       * uses the following syntax
       *
       *   processFunc(input) -> outputStream
       *
       * @param processFunc Read-Write stream
       */
      processFunc(processFunc) {
        this._processFuncs.push(processFunc);
      }
      stream(outputStream, options, done) {
        const transferEncoding = this.getTransferEncoding();
        let activeStreams = [];
        let returned = false;
        const callback = (err) => {
          if (returned) {
            return;
          }
          returned = true;
          outputStream.removeListener("close", onOutputClose);
          done(err);
        };
        function onOutputClose() {
          for (const stream of activeStreams) {
            stream.destroy();
          }
          return callback(abortedError());
        }
        const readInto = (...streams) => {
          if (!activeStreams.length) {
            outputStream.once("close", onOutputClose);
          }
          activeStreams = streams;
        };
        const aborted = () => {
          if (outputStream.destroyed) {
            callback(abortedError());
            return true;
          }
          return false;
        };
        const finalize = () => {
          let childId = 0;
          const processChildNode = () => {
            if (aborted()) {
              return;
            }
            if (childId >= this.childNodes.length) {
              outputStream.write("\r\n--" + this.boundary + "--\r\n");
              return callback();
            }
            const child = this.childNodes[childId++];
            outputStream.write((childId > 1 ? "\r\n" : "") + "--" + this.boundary + "\r\n");
            child.stream(outputStream, options, (err) => {
              if (err) {
                return callback(err);
              }
              setImmediate(processChildNode);
            });
          };
          if (this.multipart) {
            setImmediate(processChildNode);
          } else {
            return callback();
          }
        };
        const sendContent = () => {
          if (aborted()) {
            return;
          }
          if (!this.content) {
            return setImmediate(finalize);
          }
          const createStream = () => {
            if (aborted()) {
              return;
            }
            const contentError = this._takeStreamContent(this.content);
            if (contentError) {
              return callback(contentError);
            }
            const localStream = this._getStream(this.content);
            if (["quoted-printable", "base64"].includes(transferEncoding)) {
              const contentStream = transferEncoding === "base64" ? new Encoder(options) : (
                // outside of text a lone CR or LF is data, encoding it keeps it from being
                // turned into a line break by a newline transform or the receiving side
                new Encoder2(Object.assign({}, options, { binary: !/^text\//i.test(this.contentType || "") }))
              );
              readInto(localStream, contentStream);
              contentStream.pipe(outputStream, {
                end: false
              });
              (0, import_node_stream8.pipeline)(localStream, contentStream, (err) => err && callback(err));
              (0, import_node_stream8.finished)(contentStream, { writable: false }, (err) => err ? callback(err) : finalize());
            } else {
              readInto(localStream);
              localStream.pipe(outputStream, {
                end: false
              });
              (0, import_node_stream8.finished)(localStream, { writable: false }, (err) => err ? callback(err) : finalize());
            }
          };
          if (this.content._resolve) {
            const sourceStream = this._getStream(this.content);
            readInto(sourceStream);
            resolveStream(sourceStream, (err, value) => {
              if (err) {
                return callback(err);
              }
              if (returned) {
                return;
              }
              this.content._resolve = false;
              this.content._resolvedValue = value;
              setImmediate(createStream);
            });
          } else {
            setImmediate(createStream);
          }
        };
        if (this._raw) {
          setImmediate(() => {
            if (aborted()) {
              return;
            }
            const rawError = this._takeStreamContent(this._raw);
            if (rawError) {
              return callback(rawError);
            }
            const raw = this._getStream(this._raw);
            readInto(raw);
            raw.pipe(outputStream, {
              end: false
            });
            (0, import_node_stream8.finished)(raw, { writable: false }, (err) => err ? callback(err) : finalize());
          });
        } else {
          outputStream.write(this.buildHeaders() + "\r\n\r\n");
          setImmediate(sendContent);
        }
      }
      /**
       * Sets envelope to be used instead of the generated one
       *
       * @return SMTP envelope in the form of {from: 'from@example.com', to: ['to@example.com']}
       */
      setEnvelope(envelope) {
        let list;
        this._envelope = {
          from: false,
          to: []
        };
        if (envelope.from) {
          list = [];
          this._convertAddresses(this._parseEnvelopeAddresses(envelope.from), list);
          list = list.filter((address) => address && address.address);
          if (list.length && list[0]) {
            this._envelope.from = list[0].address;
          }
        }
        const seenRecipients = /* @__PURE__ */ new Set();
        const recipients = [];
        ["to", "cc", "bcc"].forEach((key) => {
          if (envelope[key]) {
            this._convertAddresses(this._parseEnvelopeAddresses(envelope[key]), recipients, seenRecipients);
          }
        });
        this._envelope.to = recipients.map((to) => to.address).filter((address) => address);
        const standardFields = ["to", "cc", "bcc", "from"];
        copyOwnKeys(this._envelope, envelope, (key) => standardFields.includes(key));
        return this;
      }
      /**
       * Generates and returns an object with parsed address fields
       *
       * @return Address object
       */
      getAddresses() {
        const addresses = {};
        const seenByKey = /* @__PURE__ */ new Map();
        this._headers.forEach((header) => {
          const key = header.key.toLowerCase();
          if (["from", "sender", "reply-to", "to", "cc", "bcc"].includes(key)) {
            if (!Array.isArray(addresses[key])) {
              addresses[key] = [];
              seenByKey.set(key, /* @__PURE__ */ new Set());
            }
            this._convertAddresses(this._parseAddresses(header.value), addresses[key], seenByKey.get(key));
          }
        });
        return addresses;
      }
      /**
       * Generates and returns SMTP envelope with the sender address and a list of recipients addresses
       *
       * @return SMTP envelope in the form of {from: 'from@example.com', to: ['to@example.com']}
       */
      getEnvelope() {
        if (this._envelope) {
          return this._envelope;
        }
        const envelope = {
          from: false,
          to: []
        };
        const seenRecipients = /* @__PURE__ */ new Set();
        const recipients = [];
        this._headers.forEach((header) => {
          const list = [];
          if (header.key === "From" || !envelope.from && ["Reply-To", "Sender"].includes(header.key)) {
            this._convertAddresses(this._parseAddresses(header.value), list);
            if (list.length && list[0]) {
              envelope.from = list[0].address;
            }
          } else if (["To", "Cc", "Bcc"].includes(header.key)) {
            this._convertAddresses(this._parseAddresses(header.value), recipients, seenRecipients);
          }
        });
        envelope.to = recipients.map((to) => to.address);
        return envelope;
      }
      /**
       * Returns Message-Id value. If it does not exist, then creates one
       *
       * @return Message-Id value
       */
      messageId() {
        let messageId = this.getHeader("Message-ID");
        if (!messageId) {
          messageId = this._generateMessageId();
          this.setHeader("Message-ID", messageId);
        }
        return messageId;
      }
      /**
       * Sets pregenerated content that will be used as the output of this node
       *
       * @param raw Raw MIME contents
       */
      setRaw(raw) {
        this._raw = raw;
        if (this._raw && typeof this._raw.pipe === "function") {
          recordStreamErrors(this._raw);
        }
        return this;
      }
      /////// PRIVATE METHODS
      /**
       * Checks an access policy flag for this node and every node above it. The flags are set
       * from the options the node was built with, and createChild only ever sees the options
       * the caller passed, so a child of a closed tree starts out open. Reading the answer off
       * the parent chain keeps it right whatever order the tree was assembled in.
       *
       * @param flag Either 'disableFileAccess' or 'disableUrlAccess'
       * @return true if this node or an ancestor closed that access
       * @internal
       */
      _accessDisabled(flag) {
        let node = this;
        while (node) {
          if (node[flag]) {
            return true;
          }
          node = node.parentNode;
        }
        return false;
      }
      /**
       * Destroys the content streams of this node and of every node below it
       *
       * @internal
       */
      _destroyContentStreams() {
        destroyStream(this.content);
        destroyStream(this._raw);
        for (const child of this.childNodes) {
          child._destroyContentStreams();
        }
      }
      /**
       * Checks that a content value can still be read before the node streams it. A stream is
       * refused once it errored, ended or was destroyed: piping it would either never finish or
       * produce an empty body without any error
       *
       * @param content Node content or raw value
       * @returns The error to stop with, or null when the content can be read
       * @internal
       */
      _takeStreamContent(content) {
        if (Object.prototype.toString.call(content) === "[object Error]") {
          return content;
        }
        if (!content || typeof content.pipe !== "function" || content._resolvedValue) {
          return null;
        }
        return unreadableStreamError(content);
      }
      /**
       * Detects and returns handle to a stream related with the content.
       *
       * @param content Node content
       * @returns Stream object
       * @internal
       */
      _getStream(content) {
        let contentStream;
        if (content._resolvedValue) {
          contentStream = new import_node_stream8.PassThrough();
          setImmediate(() => {
            try {
              contentStream.end(content._resolvedValue);
            } catch (_err) {
              contentStream.emit("error", _err);
            }
          });
          return contentStream;
        }
        if (typeof content.pipe === "function") {
          return content;
        }
        if (content && typeof content.path === "string" && !content.href) {
          if (this._accessDisabled("disableFileAccess")) {
            contentStream = new import_node_stream8.PassThrough();
            setImmediate(() => {
              const err = new Error("File access rejected for " + content.path);
              err.code = EFILEACCESS;
              contentStream.emit("error", err);
            });
            return contentStream;
          }
          return import_node_fs2.default.createReadStream(content.path);
        }
        if (content && typeof content.href === "string") {
          if (this._accessDisabled("disableUrlAccess")) {
            contentStream = new import_node_stream8.PassThrough();
            setImmediate(() => {
              const err = new Error("Url access rejected for " + content.href);
              err.code = EURLACCESS;
              contentStream.emit("error", err);
            });
            return contentStream;
          }
          return fetch_default(content.href, { headers: content.httpHeaders, tls: content.tls });
        }
        contentStream = new import_node_stream8.PassThrough();
        setImmediate(() => {
          try {
            contentStream.end(content || "");
          } catch (_err) {
            contentStream.emit("error", _err);
          }
        });
        return contentStream;
      }
      /**
       * Parses addresses. Takes in a single address or an array or an
       * array of address arrays (eg. To: [[first group], [second group],...])
       *
       * @param addresses Addresses to be parsed
       * @return An array of address objects
       * @internal
       */
      _parseAddresses(addresses) {
        const flattened = [];
        const seen = /* @__PURE__ */ new WeakSet();
        const stack = [];
        const enter = (list) => {
          if (!seen.has(list)) {
            seen.add(list);
            stack.push({ list, pos: 0 });
          }
        };
        enter(Array.isArray(addresses) ? addresses : [addresses]);
        while (stack.length) {
          const frame = stack[stack.length - 1];
          if (frame.pos >= frame.list.length) {
            stack.pop();
            continue;
          }
          const address = frame.list[frame.pos++];
          if (Array.isArray(address)) {
            enter(address);
            continue;
          }
          if (address && address.address) {
            const normalized2 = this._normalizeAddress(address.address);
            if (normalized2 === address.address && typeof address.name === "string") {
              flattened.push(address);
              continue;
            }
            const copy = copyOwnKeys({}, address);
            copy.address = normalized2;
            copy.name = address.name || "";
            flattened.push(copy);
            continue;
          }
          const parsed = this._normalizeParsedAddresses(addressparser_default(address));
          for (let i = 0; i < parsed.length; i++) {
            flattened.push(parsed[i]);
          }
        }
        return flattened;
      }
      /**
       * Normalizes the addresses of a freshly parsed address list, groups included.
       *
       * Everything this method returns carries a normalized address, whether it arrived as an
       * object or was parsed out of a header value. Without this the two shapes disagree, and
       * a consumer reading the parsed form back is handed the ambiguous
       * 'user@evil.com@good.com' that the header and the envelope no longer carry.
       *
       * @param parsed An array of address objects, as returned by addressparser
       * @return The same array, with every address normalized
       * @internal
       */
      _normalizeParsedAddresses(parsed) {
        parsed.forEach((entry) => {
          if (entry.address) {
            entry.address = this._normalizeAddress(entry.address);
          } else if (entry.group) {
            this._normalizeParsedAddresses(entry.group);
          }
        });
        return parsed;
      }
      /**
       * Parses the addresses of an explicitly set envelope.
       *
       * An envelope value is an addr-spec and never a display name, so a bare local username
       * such as 'root' is the address here. Header parsing has to read the same value as a
       * display name, as a value with no '@' in it can not be an addr-spec in a header.
       *
       * @param addresses Addresses to be parsed
       * @return An array of address objects
       * @internal
       */
      _parseEnvelopeAddresses(addresses) {
        return this._parseAddresses(addresses).map((entry) => {
          if (entry.address || entry.group || !entry.name || /[\s@]/.test(entry.name)) {
            return entry;
          }
          return { address: this._normalizeAddress(entry.name), name: "" };
        });
      }
      /**
       * Normalizes a header key, uses Camel-Case form, except for uppercase MIME-
       *
       * @param key Key to be normalized
       * @return key in Camel-Case form
       * @internal
       */
      _normalizeHeaderKey(key) {
        key = (key || "").toString().replace(/[\s\x00-\x20\x7f:]/g, "").toLowerCase().replace(/^X-SMTPAPI$|^(MIME|DKIM|ARC|BIMI)\b|^OTP(?=-Token$)|^[a-z]|-(SPF|FBL|ID|MD5)$|-[a-z]/gi, (c) => c.toUpperCase()).replace(/^Content-Features$/i, "Content-features");
        return key;
      }
      /**
       * Checks if the content type is multipart and defines boundary if needed.
       * Doesn't return anything, modifies object argument instead.
       *
       * @param structured Parsed header value for 'Content-Type' key
       * @internal
       */
      _handleContentType(structured) {
        this.contentType = structured.value.trim().toLowerCase();
        this.multipart = /^multipart\//i.test(this.contentType) ? this.contentType.substr(this.contentType.indexOf("/") + 1) : false;
        if (this.multipart) {
          const declared = _stripBoundaryControls(structured.params.boundary || this.boundary || "");
          this.boundary = structured.params.boundary = declared || _stripBoundaryControls(this._generateBoundary());
        } else {
          this.boundary = false;
        }
      }
      /**
       * Generates a multipart boundary value
       *
       * @return boundary value
       * @internal
       */
      _generateBoundary() {
        return _stripBoundaryControls(this.rootNode.boundaryPrefix + "-" + this.rootNode.baseBoundary) + "-Part_" + this._nodeId;
      }
      /**
       * Encodes a header value the way this node encodes it in the generated message:
       * address headers are punycoded and mime encoded, message id headers get their
       * angle brackets, a Date object is formatted and any other value is mime encoded
       * when it holds non-ascii or control characters (using the node's `textEncoding`).
       *
       * The result is a single unfolded line without the key. Fold it before writing it
       * into a message, `key + ': ' + value` folded at 76 characters is what the node does.
       *
       * @param key Header key, case insensitive
       * @param value Header value
       * @returns Encoded header value
       */
      encodeHeaderValue(key, value) {
        key = this._normalizeHeaderKey(key);
        switch (key) {
          // Structured headers
          case "From":
          case "Sender":
          case "To":
          case "Cc":
          case "Bcc":
          case "Reply-To":
            return this._convertAddresses(this._parseAddresses(value));
          // values enclosed in <>
          case "Message-ID":
          case "In-Reply-To":
          case "Content-ID":
            value = (value || "").toString().replace(/\r?\n|\r/g, " ").replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g, "");
            if (value.charAt(0) !== "<") {
              value = "<" + value;
            }
            if (value.charAt(value.length - 1) !== ">") {
              value = value + ">";
            }
            return value;
          // a structured field (RFC 9651) that can not be mime encoded, an encoded word would
          // turn its quoted strings into text that no structured field parser reads. Only
          // the characters that can not appear in a header at all are removed
          case "OTP-Token":
            return (value || "").toString().replace(/\r?\n|\r/g, " ").replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g, "");
          // space separated list of values enclosed in <>
          case "References": {
            const ids = [];
            for (const entry of [].concat(value || "")) {
              const elm = (entry || "").toString().replace(/\r?\n|\r/g, " ").replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g, "").trim();
              for (let id of stripWhitespaceInAngleBrackets(elm).split(/\s+/)) {
                if (id.charAt(0) !== "<") {
                  id = "<" + id;
                }
                if (id.charAt(id.length - 1) !== ">") {
                  id = id + ">";
                }
                ids.push(id);
              }
            }
            return ids.join(" ").trim();
          }
          case "Date":
            if (Object.prototype.toString.call(value) === "[object Date]") {
              return value.toUTCString().replace(/GMT/, "+0000");
            }
            value = (value || "").toString().replace(/\r?\n|\r/g, " ");
            return this._encodeHeaderText(value);
          case "Content-Type":
          case "Content-Disposition":
            return (value || "").toString().replace(/\r?\n|\r/g, " ");
          default:
            value = (value || "").toString().replace(/\r?\n|\r/g, " ");
            return this._encodeHeaderText(value);
        }
      }
      /**
       * Encodes a header value without a node at hand. Same as the instance method of a
       * node created with the given options.
       *
       * @param key Header key, case insensitive
       * @param value Header value
       * @param [options] Encoding options
       * @param [options.textEncoding] either 'Q' (the default) or 'B'
       * @returns Encoded header value
       */
      static encodeHeaderValue(key, value, options) {
        return new _MimeNode(false, { textEncoding: options?.textEncoding }).encodeHeaderValue(key, value);
      }
      /**
       * Alias of encodeHeaderValue, kept for callers that used the method before it was public
       *
       * @internal
       */
      _encodeHeaderValue(key, value) {
        return this.encodeHeaderValue(key, value);
      }
      /**
       * Rebuilds address object using punycode and other adjustments
       *
       * @param addresses An array of address objects
       * @param [uniqueList] An array to be populated with addresses
       * @param [seenAddresses] Addresses already added to uniqueList, shared with recursive calls to keep deduplication linear
       * @return address string
       * @internal
       */
      _convertAddresses(addresses, uniqueList, seenAddresses) {
        const values = [];
        uniqueList = uniqueList || [];
        if (!seenAddresses) {
          seenAddresses = /* @__PURE__ */ new Set();
          for (let i = 0; i < uniqueList.length; i++) {
            seenAddresses.add(uniqueList[i].address);
          }
        }
        [].concat(addresses || []).forEach((address) => {
          if (address.address) {
            address.address = this._normalizeAddress(address.address);
            if (!address.name) {
              values.push(PLAIN_ADDRESS.test(address.address) ? address.address : `<${address.address}>`);
            } else {
              values.push(`${this._encodeAddressName(address.name)} <${address.address}>`);
            }
            if (!seenAddresses.has(address.address)) {
              seenAddresses.add(address.address);
              uniqueList.push(address);
            }
          } else if (address.group) {
            const groupListAddresses = (address.group.length ? this._convertAddresses(address.group, uniqueList, seenAddresses) : "").trim();
            values.push(`${this._encodeAddressName(address.name)}:${groupListAddresses};`);
          }
        });
        return values.join(", ");
      }
      /**
       * Normalizes an email address
       *
       * @param address An array of address objects
       * @return address string
       * @internal
       */
      _normalizeAddress(address) {
        address = (address || "").toString().replace(/[\x00-\x1F\x7F<>]+/g, " ").trim();
        if (!address) {
          return address;
        }
        const literal = address.charAt(address.length - 1) === "]" ? DOMAIN_LITERAL_TAIL2.exec(address) : null;
        const lastAt = literal ? address.length - literal[1].length - 1 : address.lastIndexOf("@");
        if (lastAt < 0) {
          return this._normalizeLocalPart(address);
        }
        const user = address.substr(0, lastAt);
        const domain = address.substr(lastAt + 1);
        let encodedDomain = domain;
        const smtputf8 = /[\x80-\uFFFF]/.test(user);
        try {
          encodedDomain = normalizeDomain(domain, smtputf8);
        } catch (_err) {
        }
        return `${this._normalizeLocalPart(user)}@${encodedDomain}`;
      }
      /**
       * Normalizes the local part of an address into a form that can be emitted as is.
       *
       * A local part is either a dot-atom or a quoted-string, anything else is not a valid
       * addr-spec. The quotes of a quoted local part get lost along the way, and a bare
       * 'user@evil.com@good.com' leaves it to the receiver which '@' splits the domain off,
       * while the split here is always at the last one. So whatever is not already one of
       * the two valid forms goes back out as a quoted-string.
       *
       * @param user Local part of an address
       * @return Local part as a dot-atom or as a quoted-string
       * @internal
       */
      _normalizeLocalPart(user) {
        if (DOT_ATOM.test(user) || QUOTED_STRING.test(user)) {
          return user;
        }
        return quoteString(user);
      }
      /**
       * If needed, mime encodes the name part
       *
       * @param name Name part of an address
       * @returns Mime word encoded string if needed
       * @internal
       */
      _encodeAddressName(name2) {
        if (!/^[\w ]*$/.test(name2)) {
          if (/^[\x20-\x7e]*$/.test(name2)) {
            return quoteString(name2);
          } else {
            return encodeWord(name2, this._getTextEncoding(name2), 52);
          }
        }
        return name2;
      }
      /**
       * Encodes an unstructured header value. Such a value can only carry VCHAR and WSP, so a
       * control char or DEL has to be forced into the mime encoded word that a non-ascii value
       * would get anyway. HT stays as it is, it is valid folding whitespace here.
       *
       * @param value Header value to encode
       * @returns Mime word encoded string if needed
       * @internal
       */
      _encodeHeaderText(value) {
        return /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/.test(value) ? encodeWord(value, this._getTextEncoding(value), 52) : (
          // encodeWords only encodes if needed, otherwise the original string is returned
          this._encodeWords(value)
        );
      }
      /**
       * If needed, mime encodes the name part
       *
       * @param value Name part of an address
       * @returns Mime word encoded string if needed
       * @internal
       */
      _encodeWords(value) {
        return encodeWords(value, this._getTextEncoding(value), 52, true);
      }
      /**
       * Detects best mime encoding for a text value
       *
       * @param value Value to check for
       * @return either 'Q' or 'B'
       * @internal
       */
      _getTextEncoding(value) {
        value = (value || "").toString();
        if (this.textEncoding) {
          return this.textEncoding;
        }
        let nonLatinLen = 0;
        let latinLen = 0;
        for (let i = 0, len = value.length; i < len; i++) {
          const code = value.charCodeAt(i);
          if (code >= 0 && code <= 8 || code === 11 || code === 12 || code >= 14 && code <= 31 || code >= 128) {
            nonLatinLen++;
          } else if (code >= 65 && code <= 90 || code >= 97 && code <= 122) {
            latinLen++;
          }
        }
        return nonLatinLen < latinLen ? "Q" : "B";
      }
      /**
       * Generates a message id
       *
       * @return Random Message-ID value
       * @internal
       */
      _generateMessageId() {
        return "<" + [2, 2, 2, 6].reduce(
          // crux to generate UUID-like random strings
          (prev, len) => prev + "-" + import_node_crypto2.default.randomBytes(len).toString("hex"),
          import_node_crypto2.default.randomBytes(4).toString("hex")
        ) + "@" + // try to use the domain of the FROM address or fallback to server hostname
        (this.getEnvelope().from || this.hostname || "localhost").split("@").pop() + ">";
      }
    };
    mime_node_default = MimeNode;
  }
});

// node_modules/nodemailer/dist/esm/mail-composer/index.js
function isContentObject(value) {
  const content = value;
  return typeof value === "object" && !!(content.content || content.path || content.href || content.raw);
}
function fitsSevenBit(content) {
  let at;
  let length;
  if (typeof content === "string") {
    at = (i) => content.charCodeAt(i);
    length = content.length;
  } else if (Buffer.isBuffer(content)) {
    at = (i) => content[i];
    length = content.length;
  } else {
    return false;
  }
  let lineLength = 0;
  for (let i = 0; i < length; i++) {
    const c = at(i);
    if (c === 0 || c > 127) {
      return false;
    }
    if (c === 10 || c === 13) {
      lineLength = 0;
    } else if (++lineLength > 998) {
      return false;
    }
  }
  return true;
}
function formatOtpToken(otp) {
  if (typeof otp.code !== "string" || !/^[\x20-\x7e]+$/.test(otp.code)) {
    throw otpError("The otp code must be a non-empty string of printable ASCII characters");
  }
  return quoteString(otp.code) + "; origin=" + quoteString(getOtpOrigin(otp.origin));
}
function getOtpOrigin(origin) {
  let url;
  try {
    url = new URL(String(origin));
  } catch {
  }
  if (!url || url.username || url.password || !/^([a-z0-9_-]+\.)*[a-z0-9_-]+$|^\[[0-9a-f:.]+\]$/.test(url.hostname)) {
    throw otpError("The otp origin must be an absolute https URL");
  }
  const isLoopback = /^(localhost|.+\.localhost|127(\.\d+){3}|\[::1\])$/.test(url.hostname);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && isLoopback)) {
    throw otpError("The otp origin must be an https URL, or an http URL on a loopback host");
  }
  return url.origin;
}
function otpError(message) {
  const err = new Error(message);
  err.code = EOTP;
  return err;
}
var MailComposer, mail_composer_default;
var init_mail_composer = __esm({
  "node_modules/nodemailer/dist/esm/mail-composer/index.js"() {
    init_mime_node();
    init_mime_funcs();
    init_errors2();
    init_shared();
    MailComposer = class {
      constructor(mail) {
        this.mail = mail || {};
        this.message = false;
      }
      /**
       * Builds MimeNode instance
       */
      compile() {
        this._alternatives = this.getAlternatives();
        this._htmlNode = this._alternatives.filter((alternative) => /^text\/html\b/i.test(alternative.contentType)).pop();
        this._attachments = this.getAttachments(!!this._htmlNode);
        this._useRelated = !!(this._htmlNode && this._attachments.related.length);
        this._useAlternative = this._alternatives.length > 1;
        this._useMixed = this._attachments.attached.length > 1 || this._alternatives.length && this._attachments.attached.length === 1;
        if (this.mail.raw) {
          this.message = new mime_node_default("message/rfc822", {
            newline: this.mail.newline,
            disableUrlAccess: this.mail.disableUrlAccess,
            disableFileAccess: this.mail.disableFileAccess
          }).setRaw(this.mail.raw);
        } else if (this._useMixed) {
          this.message = this._createMixed();
        } else if (this._useAlternative) {
          this.message = this._createAlternative();
        } else if (this._useRelated) {
          this.message = this._createRelated();
        } else {
          this.message = this._createContentNode(false, [].concat(this._alternatives || []).concat(this._attachments.attached || []).shift() || {
            contentType: "text/plain",
            content: ""
          });
        }
        if (this.mail.headers) {
          this.message.addHeader(this.mail.headers);
        }
        if (this.mail.otp) {
          this.message.setHeader("OTP-Token", formatOtpToken(this.mail.otp));
        }
        ["from", "sender", "to", "cc", "bcc", "reply-to", "in-reply-to", "references", "subject", "message-id", "date"].forEach((header) => {
          const key = header.replace(/-(\w)/g, (o, c) => c.toUpperCase());
          if (this.mail[key]) {
            this.message.setHeader(header, this.mail[key]);
          }
        });
        if (this.mail.envelope) {
          this.message.setEnvelope(this.mail.envelope);
        }
        this.message.messageId();
        return this.message;
      }
      /**
       * List all attachments. Resulting attachment objects can be used as input for MimeNode nodes
       *
       * @param findRelated If true separate related attachments from attached ones
       * @returns An object of arrays (`related` and `attached`)
       */
      getAttachments(findRelated) {
        let eventObject;
        const attachments = [].concat(this.mail.attachments || []).map((attachment, i) => {
          if (/^data:/i.test(attachment.path || attachment.href)) {
            attachment = this._processDataUrl(attachment);
          }
          const contentType = attachment.contentType || detectMimeType2(attachment.filename || attachment.path || attachment.href || "bin");
          const isImage = /^image\//i.test(contentType);
          const isMessageNode = /^message\//i.test(contentType);
          const contentDisposition = attachment.contentDisposition || (isMessageNode || isImage && attachment.cid ? "inline" : "attachment");
          let contentTransferEncoding;
          if ("contentTransferEncoding" in attachment) {
            contentTransferEncoding = attachment.contentTransferEncoding;
          } else if (isMessageNode) {
            contentTransferEncoding = !attachment.encoding && fitsSevenBit(attachment.content) ? "7bit" : "8bit";
          } else {
            contentTransferEncoding = "base64";
          }
          const data = {
            contentType,
            contentDisposition,
            contentTransferEncoding
          };
          if (attachment.filename) {
            data.filename = attachment.filename;
          } else if (!isMessageNode && attachment.filename !== false) {
            data.filename = (attachment.path || attachment.href || "").split(/[/\\]/).pop().split("?").shift() || "attachment-" + (i + 1);
            if (data.filename.indexOf(".") < 0) {
              data.filename += "." + detectExtension2(data.contentType);
            }
          }
          if (/^https?:\/\//i.test(attachment.path)) {
            attachment.href = attachment.path;
            attachment.path = void 0;
          }
          if (attachment.cid) {
            data.cid = attachment.cid;
          }
          if (attachment.raw) {
            data.raw = attachment.raw;
          } else if (attachment.path) {
            data.content = {
              path: attachment.path
            };
          } else if (attachment.href) {
            data.content = {
              href: attachment.href,
              httpHeaders: attachment.httpHeaders,
              tls: attachment.tls
            };
          } else {
            data.content = attachment.content || "";
          }
          if (attachment.encoding) {
            data.encoding = attachment.encoding;
          }
          if (attachment.headers) {
            data.headers = attachment.headers;
          }
          return data;
        });
        if (this.mail.icalEvent) {
          eventObject = Object.assign({}, this._getIcalEvent());
          eventObject.contentType = "application/ics";
          if (!eventObject.headers) {
            eventObject.headers = {};
          }
          eventObject.filename = eventObject.filename || "invite.ics";
          eventObject.headers["Content-Disposition"] = "attachment";
          eventObject.headers["Content-Transfer-Encoding"] = "base64";
        }
        if (!findRelated) {
          return {
            attached: attachments.concat(eventObject || []),
            related: []
          };
        }
        return {
          attached: attachments.filter((attachment) => !attachment.cid).concat(eventObject || []),
          related: attachments.filter((attachment) => !!attachment.cid)
        };
      }
      /**
       * Returns the icalEvent value with `path`/`href`/data uri input normalized into
       * a `content` entry, the same way as for regular attachments. The same event is
       * included twice (as a text/calendar alternative and as an application/ics
       * attachment), so the shared content object is marked to be resolved just once
       * and the buffered result is reused by the second node.
       *
       * @returns Normalized icalEvent data
       * @internal
       */
      _getIcalEvent() {
        if (!this._icalEvent) {
          let icalEvent;
          if (isContentObject(this.mail.icalEvent)) {
            icalEvent = copyOwnKeys({}, this.mail.icalEvent);
          } else {
            icalEvent = {
              content: this.mail.icalEvent
            };
          }
          if (/^data:/i.test(icalEvent.path || icalEvent.href)) {
            icalEvent = this._processDataUrl(icalEvent);
          }
          if (/^https?:\/\//i.test(icalEvent.path)) {
            icalEvent.href = icalEvent.path;
            icalEvent.path = void 0;
          }
          if (!icalEvent.raw) {
            if (icalEvent.path) {
              icalEvent.content = {
                path: icalEvent.path
              };
              icalEvent.path = void 0;
            } else if (icalEvent.href) {
              icalEvent.content = {
                href: icalEvent.href,
                httpHeaders: icalEvent.httpHeaders,
                tls: icalEvent.tls
              };
              icalEvent.href = void 0;
            }
          }
          if (icalEvent.content && typeof icalEvent.content === "object") {
            icalEvent.content._resolve = true;
          }
          this._icalEvent = icalEvent;
        }
        return this._icalEvent;
      }
      /**
       * List alternatives. Resulting objects can be used as input for MimeNode nodes
       *
       * @returns An array of alternative elements. Includes the `text` and `html` values as well
       */
      getAlternatives() {
        const alternatives = [];
        let text, html, watchHtml, amp, eventObject;
        if (this.mail.text) {
          if (isContentObject(this.mail.text)) {
            text = this.mail.text;
          } else {
            text = {
              content: this.mail.text
            };
          }
          text.contentType = "text/plain; charset=utf-8";
        }
        if (this.mail.watchHtml) {
          if (isContentObject(this.mail.watchHtml)) {
            watchHtml = this.mail.watchHtml;
          } else {
            watchHtml = {
              content: this.mail.watchHtml
            };
          }
          watchHtml.contentType = "text/watch-html; charset=utf-8";
        }
        if (this.mail.amp) {
          if (isContentObject(this.mail.amp)) {
            amp = this.mail.amp;
          } else {
            amp = {
              content: this.mail.amp
            };
          }
          amp.contentType = "text/x-amp-html; charset=utf-8";
        }
        if (this.mail.icalEvent) {
          eventObject = Object.assign({}, this._getIcalEvent());
          eventObject.filename = false;
          eventObject.contentType = "text/calendar; charset=utf-8; method=" + (eventObject.method || "PUBLISH").toString().trim().toUpperCase();
          if (!eventObject.headers) {
            eventObject.headers = {};
          }
        }
        if (this.mail.html) {
          if (isContentObject(this.mail.html)) {
            html = this.mail.html;
          } else {
            html = {
              content: this.mail.html
            };
          }
          html.contentType = "text/html; charset=utf-8";
        }
        [].concat(text || []).concat(watchHtml || []).concat(amp || []).concat(html || []).concat(eventObject || []).concat(this.mail.alternatives || []).forEach((alternative) => {
          if (/^data:/i.test(alternative.path || alternative.href)) {
            alternative = this._processDataUrl(alternative);
          }
          const data = {
            contentType: alternative.contentType || detectMimeType2(alternative.filename || alternative.path || alternative.href || "txt"),
            contentTransferEncoding: alternative.contentTransferEncoding
          };
          if (alternative.filename) {
            data.filename = alternative.filename;
          }
          if (/^https?:\/\//i.test(alternative.path)) {
            alternative.href = alternative.path;
            alternative.path = void 0;
          }
          if (alternative.raw) {
            data.raw = alternative.raw;
          } else if (alternative.path) {
            data.content = {
              path: alternative.path
            };
          } else if (alternative.href) {
            data.content = {
              href: alternative.href,
              httpHeaders: alternative.httpHeaders,
              tls: alternative.tls
            };
          } else {
            data.content = alternative.content || "";
          }
          if (alternative.encoding) {
            data.encoding = alternative.encoding;
          }
          if (alternative.headers) {
            data.headers = alternative.headers;
          }
          alternatives.push(data);
        });
        return alternatives;
      }
      /**
       * Builds multipart/mixed node. It should always contain different type of elements on the same level
       * eg. text + attachments
       *
       * @param parentNode Parent for this note. If it does not exist, a root node is created
       * @returns MimeNode node element
       * @internal
       */
      _createMixed(parentNode) {
        const node = parentNode ? parentNode.createChild("multipart/mixed", {
          disableUrlAccess: this.mail.disableUrlAccess,
          disableFileAccess: this.mail.disableFileAccess,
          normalizeHeaderKey: this.mail.normalizeHeaderKey,
          newline: this.mail.newline
        }) : new mime_node_default("multipart/mixed", {
          baseBoundary: this.mail.baseBoundary,
          textEncoding: this.mail.textEncoding,
          boundaryPrefix: this.mail.boundaryPrefix,
          disableUrlAccess: this.mail.disableUrlAccess,
          disableFileAccess: this.mail.disableFileAccess,
          normalizeHeaderKey: this.mail.normalizeHeaderKey,
          newline: this.mail.newline
        });
        if (this._useAlternative) {
          this._createAlternative(node);
        } else if (this._useRelated) {
          this._createRelated(node);
        }
        [].concat(!this._useAlternative && this._alternatives || []).concat(this._attachments.attached || []).forEach((element) => {
          if (!this._useRelated || element !== this._htmlNode) {
            this._createContentNode(node, element);
          }
        });
        return node;
      }
      /**
       * Builds multipart/alternative node. It should always contain same type of elements on the same level
       * eg. text + html view of the same data
       *
       * @param parentNode Parent for this note. If it does not exist, a root node is created
       * @returns MimeNode node element
       * @internal
       */
      _createAlternative(parentNode) {
        const node = parentNode ? parentNode.createChild("multipart/alternative", {
          disableUrlAccess: this.mail.disableUrlAccess,
          disableFileAccess: this.mail.disableFileAccess,
          normalizeHeaderKey: this.mail.normalizeHeaderKey,
          newline: this.mail.newline
        }) : new mime_node_default("multipart/alternative", {
          baseBoundary: this.mail.baseBoundary,
          textEncoding: this.mail.textEncoding,
          boundaryPrefix: this.mail.boundaryPrefix,
          disableUrlAccess: this.mail.disableUrlAccess,
          disableFileAccess: this.mail.disableFileAccess,
          normalizeHeaderKey: this.mail.normalizeHeaderKey,
          newline: this.mail.newline
        });
        this._alternatives.forEach((alternative) => {
          if (this._useRelated && this._htmlNode === alternative) {
            this._createRelated(node);
          } else {
            this._createContentNode(node, alternative);
          }
        });
        return node;
      }
      /**
       * Builds multipart/related node. It should always contain html node with related attachments
       *
       * @param parentNode Parent for this note. If it does not exist, a root node is created
       * @returns MimeNode node element
       * @internal
       */
      _createRelated(parentNode) {
        const node = parentNode ? parentNode.createChild('multipart/related; type="text/html"', {
          disableUrlAccess: this.mail.disableUrlAccess,
          disableFileAccess: this.mail.disableFileAccess,
          normalizeHeaderKey: this.mail.normalizeHeaderKey,
          newline: this.mail.newline
        }) : new mime_node_default('multipart/related; type="text/html"', {
          baseBoundary: this.mail.baseBoundary,
          textEncoding: this.mail.textEncoding,
          boundaryPrefix: this.mail.boundaryPrefix,
          disableUrlAccess: this.mail.disableUrlAccess,
          disableFileAccess: this.mail.disableFileAccess,
          normalizeHeaderKey: this.mail.normalizeHeaderKey,
          newline: this.mail.newline
        });
        this._createContentNode(node, this._htmlNode);
        this._attachments.related.forEach((alternative) => this._createContentNode(node, alternative));
        return node;
      }
      /**
       * Creates a regular node with contents
       *
       * @param parentNode Parent for this note. If it does not exist, a root node is created
       * @param element Node data
       * @returns MimeNode node element
       * @internal
       */
      _createContentNode(parentNode, element) {
        element = element || {};
        element.content = element.content || "";
        const encoding = (element.encoding || "utf8").toString().toLowerCase().replace(/[-_\s]/g, "");
        const node = parentNode ? parentNode.createChild(element.contentType, {
          filename: element.filename,
          textEncoding: this.mail.textEncoding,
          disableUrlAccess: this.mail.disableUrlAccess,
          disableFileAccess: this.mail.disableFileAccess,
          normalizeHeaderKey: this.mail.normalizeHeaderKey,
          newline: this.mail.newline
        }) : new mime_node_default(element.contentType, {
          filename: element.filename,
          baseBoundary: this.mail.baseBoundary,
          textEncoding: this.mail.textEncoding,
          boundaryPrefix: this.mail.boundaryPrefix,
          disableUrlAccess: this.mail.disableUrlAccess,
          disableFileAccess: this.mail.disableFileAccess,
          normalizeHeaderKey: this.mail.normalizeHeaderKey,
          newline: this.mail.newline
        });
        if (element.headers) {
          node.addHeader(element.headers);
        }
        if (element.cid) {
          node.setHeader("Content-Id", "<" + element.cid.replace(/[<>]/g, "") + ">");
        }
        if (element.contentTransferEncoding) {
          node.setHeader("Content-Transfer-Encoding", element.contentTransferEncoding);
        } else if (this.mail.encoding && /^text\//i.test(element.contentType)) {
          node.setHeader("Content-Transfer-Encoding", this.mail.encoding);
        }
        if (!/^text\//i.test(element.contentType) || element.contentDisposition) {
          node.setHeader("Content-Disposition", element.contentDisposition || (element.cid && /^image\//i.test(element.contentType) ? "inline" : "attachment"));
        }
        if (typeof element.content === "string" && !["utf8", "usascii", "ascii"].includes(encoding)) {
          element.content = Buffer.from(element.content, encoding);
        }
        if (element.raw) {
          node.setRaw(element.raw);
        } else {
          node.setContent(element.content);
        }
        return node;
      }
      /**
       * Parses data uri and converts it to a Buffer
       *
       * @param element Content element
       * @return Parsed element
       * @internal
       */
      _processDataUrl(element) {
        const dataUrl = element.path || element.href;
        if (!dataUrl || typeof dataUrl !== "string") {
          return element;
        }
        if (!dataUrl.startsWith("data:")) {
          return element;
        }
        if (dataUrl.length > 52428800) {
          let detectedType = "application/octet-stream";
          const commaPos = dataUrl.indexOf(",");
          if (commaPos > 0 && commaPos < 200) {
            const header = dataUrl.substring(5, commaPos);
            const parts = header.split(";");
            if (parts[0] && parts[0].includes("/")) {
              detectedType = parts[0].trim();
            }
          }
          return Object.assign(copyOwnKeys({}, element), {
            path: false,
            href: false,
            content: Buffer.alloc(0),
            contentType: element.contentType || detectedType
          });
        }
        let parsedDataUri;
        try {
          parsedDataUri = parseDataURI(dataUrl);
        } catch (_err) {
          return element;
        }
        if (!parsedDataUri) {
          return element;
        }
        element.content = parsedDataUri.data;
        element.contentType = element.contentType || parsedDataUri.contentType;
        if ("path" in element) {
          element.path = false;
        }
        if ("href" in element) {
          element.href = false;
        }
        return element;
      }
    };
    mail_composer_default = MailComposer;
  }
});

// node_modules/nodemailer/dist/esm/dkim/message-parser.js
function _trimFieldName(str) {
  let start = 0;
  let end = str.length;
  while (start < end && (str.charCodeAt(start) === 32 || str.charCodeAt(start) === 9)) {
    start++;
  }
  while (end > start && (str.charCodeAt(end - 1) === 32 || str.charCodeAt(end - 1) === 9)) {
    end--;
  }
  return str.slice(start, end);
}
var import_node_stream9, MessageParser, message_parser_default;
var init_message_parser = __esm({
  "node_modules/nodemailer/dist/esm/dkim/message-parser.js"() {
    import_node_stream9 = require("node:stream");
    MessageParser = class extends import_node_stream9.Transform {
      constructor(options) {
        super(options);
        this.lastBytes = Buffer.alloc(4);
        this.headersParsed = false;
        this.headerBytes = 0;
        this.headerChunks = [];
        this.rawHeaders = false;
        this.bodySize = 0;
      }
      /**
       * Keeps count of the last 4 bytes in order to detect line breaks on chunk boundaries
       *
       * @param data Next data chunk from the stream
       */
      updateLastBytes(data) {
        const lblen = this.lastBytes.length;
        const nblen = Math.min(data.length, lblen);
        for (let i = 0, len = lblen - nblen; i < len; i++) {
          this.lastBytes[i] = this.lastBytes[i + nblen];
        }
        for (let i = 1; i <= nblen; i++) {
          this.lastBytes[lblen - i] = data[data.length - i];
        }
      }
      /**
       * Finds and removes message headers from the remaining body. We want to keep
       * headers separated until final delivery to be able to modify these
       *
       * @param data Next chunk of data
       * @return Returns true if headers are already found or false otherwise
       */
      checkHeaders(data) {
        if (this.headersParsed) {
          return true;
        }
        const lblen = this.lastBytes.length;
        let headerPos = 0;
        for (let i = 0, len = this.lastBytes.length + data.length; i < len; i++) {
          let chr;
          if (i < lblen) {
            chr = this.lastBytes[i];
          } else {
            chr = data[i - lblen];
          }
          if (chr === 10 && i) {
            const pr1 = i - 1 < lblen ? this.lastBytes[i - 1] : data[i - 1 - lblen];
            const pr2 = i > 1 ? i - 2 < lblen ? this.lastBytes[i - 2] : data[i - 2 - lblen] : false;
            if (pr1 === 10) {
              this.headersParsed = true;
              headerPos = i - lblen + 1;
              this.headerBytes += headerPos;
              break;
            } else if (pr1 === 13 && pr2 === 10) {
              this.headersParsed = true;
              headerPos = i - lblen + 1;
              this.headerBytes += headerPos;
              break;
            }
          }
        }
        if (this.headersParsed) {
          this.headerChunks.push(data.slice(0, headerPos));
          this.rawHeaders = Buffer.concat(this.headerChunks, this.headerBytes);
          this.headerChunks = null;
          this.emit("headers", this.parseHeaders());
          if (data.length > headerPos) {
            const chunk = data.slice(headerPos);
            this.bodySize += chunk.length;
            this.push(chunk);
          }
          return false;
        }
        this.headerBytes += data.length;
        this.headerChunks.push(data);
        this.updateLastBytes(data);
        return false;
      }
      /** @internal */
      _transform(chunk, encoding, callback) {
        if (!chunk || !chunk.length) {
          return callback();
        }
        if (typeof chunk === "string") {
          chunk = Buffer.from(chunk, encoding);
        }
        let headersFound;
        try {
          headersFound = this.checkHeaders(chunk);
        } catch (E) {
          return callback(E);
        }
        if (headersFound) {
          this.bodySize += chunk.length;
          this.push(chunk);
        }
        callback();
      }
      /** @internal */
      _flush(callback) {
        if (this.headerChunks) {
          this.rawHeaders = Buffer.concat(this.headerChunks, this.headerBytes);
          this.headerChunks = null;
          this.emit("headers", this.parseHeaders());
        }
        callback();
      }
      parseHeaders() {
        const rawLines = (this.rawHeaders || Buffer.alloc(0)).toString("binary").split(/\r?\n/);
        const lines = [];
        for (const rawLine of rawLines) {
          if (lines.length && /^[ \t]/.test(rawLine)) {
            lines[lines.length - 1] += "\n" + rawLine;
          } else {
            lines.push(rawLine);
          }
        }
        return lines.filter((line) => /[^ \t\r]/.test(line)).map((line) => ({
          key: _trimFieldName(line.substr(0, line.indexOf(":"))).toLowerCase(),
          line
        }));
      }
    };
    message_parser_default = MessageParser;
  }
});

// node_modules/nodemailer/dist/esm/dkim/relaxed-body.js
var import_node_stream10, import_node_crypto3, CHAR_CR, CHAR_LF, CHAR_SPACE, CHAR_TAB, CRLF, EMPTY_LINES, RelaxedBody, relaxed_body_default;
var init_relaxed_body = __esm({
  "node_modules/nodemailer/dist/esm/dkim/relaxed-body.js"() {
    import_node_stream10 = require("node:stream");
    import_node_crypto3 = __toESM(require("node:crypto"), 1);
    CHAR_CR = 13;
    CHAR_LF = 10;
    CHAR_SPACE = 32;
    CHAR_TAB = 9;
    CRLF = Buffer.from("\r\n");
    EMPTY_LINES = Buffer.alloc(4096, CRLF);
    RelaxedBody = class extends import_node_stream10.Transform {
      constructor(options) {
        super();
        options = options || {};
        this.bodyHash = import_node_crypto3.default.createHash(options.hashAlgo || "sha256");
        this.byteLength = 0;
        this.debug = options.debug;
        this._debugBody = options.debug ? [] : false;
        this._lineHasContent = false;
        this._pendingWsp = false;
        this._pendingCr = false;
        this._pendingEmptyLines = 0;
      }
      /** @internal */
      _hashCanonical(data) {
        if (!data.length) {
          return;
        }
        this.bodyHash.update(data);
        if (this._debugBody) {
          this._debugBody.push(Buffer.from(data));
        }
      }
      /** @internal */
      _hashEmptyLines() {
        while (this._pendingEmptyLines > 0) {
          const count = Math.min(this._pendingEmptyLines, EMPTY_LINES.length / 2);
          this._hashCanonical(EMPTY_LINES.subarray(0, count * 2));
          this._pendingEmptyLines -= count;
        }
      }
      /**
       * Writes a content byte, with the space a pending run of whitespace collapses to,
       * into the output buffer and returns the new write position. Kept a method rather
       * than a closure so the write position stays a plain local in the byte loop
       * @internal
       */
      _emitContent(out, outPos, c) {
        if (!this._lineHasContent) {
          if (this._pendingEmptyLines) {
            this._hashCanonical(out.subarray(0, outPos));
            outPos = 0;
            this._hashEmptyLines();
          }
          this._lineHasContent = true;
        }
        if (this._pendingWsp) {
          out[outPos++] = CHAR_SPACE;
          this._pendingWsp = false;
        }
        out[outPos++] = c;
        return outPos;
      }
      updateHash(chunk, final) {
        const out = Buffer.allocUnsafe(chunk.length * 2 + 2);
        let outPos = 0;
        for (let i = 0; i < chunk.length; i++) {
          const c = chunk[i];
          if (c === CHAR_LF) {
            if (this._lineHasContent) {
              out[outPos++] = CHAR_CR;
              out[outPos++] = CHAR_LF;
              this._lineHasContent = false;
            } else {
              this._pendingEmptyLines++;
            }
            this._pendingWsp = false;
            this._pendingCr = false;
            continue;
          }
          if (this._pendingCr) {
            outPos = this._emitContent(out, outPos, CHAR_CR);
            this._pendingCr = false;
          }
          if (c === CHAR_CR) {
            this._pendingCr = true;
          } else if (c === CHAR_SPACE || c === CHAR_TAB) {
            this._pendingWsp = true;
          } else {
            outPos = this._emitContent(out, outPos, c);
          }
        }
        if (final && this._pendingCr) {
          outPos = this._emitContent(out, outPos, CHAR_CR);
          this._pendingCr = false;
        }
        this._hashCanonical(out.subarray(0, outPos));
      }
      /** @internal */
      _transform(chunk, encoding, callback) {
        if (!chunk || !chunk.length) {
          return callback();
        }
        if (typeof chunk === "string") {
          chunk = Buffer.from(chunk, encoding);
        }
        this.updateHash(chunk);
        this.byteLength += chunk.length;
        this.push(chunk);
        callback();
      }
      /** @internal */
      _flush(callback) {
        this.updateHash(Buffer.alloc(0), true);
        if (this._lineHasContent) {
          this._hashCanonical(CRLF);
        }
        this.emit("hash", this.bodyHash.digest("base64"), this.debug ? Buffer.concat(this._debugBody) : false);
        callback();
      }
    };
    relaxed_body_default = RelaxedBody;
  }
});

// node_modules/nodemailer/dist/esm/dkim/sign.js
function unsupportedHashAlgoError(hashAlgo) {
  const err = new Error('Unsupported DKIM hash algorithm "' + hashAlgo + '"');
  err.code = ECONFIG;
  return err;
}
function sign(headers, hashAlgo, bodyHash, options) {
  options = options || {};
  const defaultFieldNames = "From:Sender:Reply-To:Subject:Date:Message-ID:To:Cc:MIME-Version:Content-Type:Content-Transfer-Encoding:Content-ID:Content-Description:Resent-Date:Resent-From:Resent-Sender:Resent-To:Resent-Cc:Resent-Message-ID:In-Reply-To:References:List-Id:List-Help:List-Unsubscribe:List-Unsubscribe-Post:List-Subscribe:List-Post:List-Owner:List-Archive:OTP-Token";
  const fieldNames = options.headerFieldNames || defaultFieldNames;
  const canonicalizedHeaderData = relaxedHeaders(headers, fieldNames, options.skipFields);
  const dkimHeader = generateDKIMHeader(options.domainName, options.keySelector, canonicalizedHeaderData.fieldNames, hashAlgo, bodyHash);
  canonicalizedHeaderData.headers += "dkim-signature:" + relaxedHeaderLine(dkimHeader);
  let signer;
  try {
    signer = import_node_crypto4.default.createSign(("rsa-" + hashAlgo).toUpperCase());
  } catch (_E) {
    throw unsupportedHashAlgoError(hashAlgo);
  }
  signer.update(canonicalizedHeaderData.headers, "latin1");
  let signature;
  try {
    signature = signer.sign(options.privateKey, "base64");
  } catch (_E) {
    return false;
  }
  return dkimHeader + signature.replace(/(^.{73}|.{75}(?!\r?\n|\r))/g, "$&\r\n ").trim();
}
function generateDKIMHeader(domainName, keySelector, fieldNames, hashAlgo, bodyHash) {
  const cleanTagValue = (value) => (value || "").toString().replace(/[\x00-\x1f\x7f;=]/g, "");
  const dkim = [
    "v=1",
    "a=rsa-" + hashAlgo,
    "c=relaxed/relaxed",
    "d=" + normalizeDomain(cleanTagValue(domainName), false),
    "q=dns/txt",
    "s=" + cleanTagValue(keySelector),
    "bh=" + bodyHash,
    "h=" + cleanTagValue(fieldNames)
  ].join("; ");
  return foldLines("DKIM-Signature: " + dkim, 76) + ";\r\n b=";
}
function relaxedHeaders(headers, fieldNames, skipFields) {
  const includedFields = /* @__PURE__ */ new Set();
  const skip = /* @__PURE__ */ new Set();
  const headerFields = /* @__PURE__ */ new Map();
  (skipFields || "").toLowerCase().split(":").forEach((field) => {
    skip.add(field.trim());
  });
  (fieldNames || "").toLowerCase().split(":").filter((field) => !skip.has(field.trim())).forEach((field) => {
    includedFields.add(field.trim());
  });
  for (let i = headers.length - 1; i >= 0; i--) {
    const line = headers[i];
    if (includedFields.has(line.key) && !headerFields.has(line.key)) {
      headerFields.set(line.key, relaxedHeaderLine(line.line));
    }
  }
  const headersList = [];
  const fields = [];
  includedFields.forEach((field) => {
    if (headerFields.has(field)) {
      fields.push(field);
      headersList.push(field + ":" + headerFields.get(field));
    }
  });
  return {
    headers: headersList.join("\r\n") + "\r\n",
    fieldNames: fields.join(":")
  };
}
function relaxedHeaderLine(line) {
  return line.substr(line.indexOf(":") + 1).replace(/\r?\n/g, "").replace(/[ \t]+/g, " ").replace(/^ | $/g, "");
}
var import_node_crypto4, sign_default;
var init_sign = __esm({
  "node_modules/nodemailer/dist/esm/dkim/sign.js"() {
    init_shared();
    init_mime_funcs();
    import_node_crypto4 = __toESM(require("node:crypto"), 1);
    init_errors2();
    sign.relaxedHeaders = relaxedHeaders;
    sign.unsupportedHashAlgoError = unsupportedHashAlgoError;
    sign_default = sign;
  }
});

// node_modules/nodemailer/dist/esm/dkim/index.js
var import_node_stream11, import_node_fs3, import_node_path2, import_node_crypto5, DKIM_ALGO, MAX_MESSAGE_SIZE, DKIMSigner, DKIM, dkim_default;
var init_dkim = __esm({
  "node_modules/nodemailer/dist/esm/dkim/index.js"() {
    init_message_parser();
    init_relaxed_body();
    init_sign();
    import_node_stream11 = require("node:stream");
    import_node_fs3 = __toESM(require("node:fs"), 1);
    import_node_path2 = __toESM(require("node:path"), 1);
    import_node_crypto5 = __toESM(require("node:crypto"), 1);
    init_objects();
    DKIM_ALGO = "sha256";
    MAX_MESSAGE_SIZE = 10 * 1024 * 1024;
    DKIMSigner = class {
      constructor(options, keys, input, output) {
        this.options = options || {};
        this.keys = keys;
        this.cacheTreshold = Number(this.options.cacheTreshold) || MAX_MESSAGE_SIZE;
        this.hashAlgo = this.options.hashAlgo || DKIM_ALGO;
        this.cacheDir = this.options.cacheDir || false;
        this.chunks = [];
        this.chunklen = 0;
        this.readPos = 0;
        this.cachePath = this.cacheDir ? import_node_path2.default.join(this.cacheDir, "message." + Date.now() + "-" + import_node_crypto5.default.randomBytes(14).toString("hex")) : false;
        this.cache = false;
        this.headers = false;
        this.bodyHash = false;
        this.parser = false;
        this.relaxedBody = false;
        this.input = input;
        this.output = output;
        this.output.usingCache = false;
        this.hasErrored = false;
        this.input.on("error", (err) => this.fail(err));
        this.output.once("close", () => {
          if (this.output.writableFinished) {
            return;
          }
          this.hasErrored = true;
          this.input.unpipe();
          this.input.destroy();
          this.cleanup();
        });
      }
      /**
       * Ends the output with an error and releases the cache file
       */
      fail(err) {
        this.hasErrored = true;
        this.cleanup();
        this.output.destroy(err);
      }
      cleanup() {
        if (!this.cache || !this.cachePath) {
          return;
        }
        const cache = this.cache;
        this.cache = false;
        cache.destroy();
        import_node_fs3.default.unlink(this.cachePath, () => false);
      }
      createReadCache() {
        this.cache = import_node_fs3.default.createReadStream(this.cachePath);
        this.cache.once("error", (err) => this.fail(err));
        this.cache.once("close", () => {
          this.cleanup();
        });
        this.cache.pipe(this.output);
      }
      sendNextChunk() {
        while (!this.hasErrored) {
          if (this.readPos >= this.chunks.length) {
            if (!this.cache) {
              this.output.end();
              return;
            }
            return this.createReadCache();
          }
          const chunk = this.chunks[this.readPos++];
          if (this.output.write(chunk) === false) {
            this.output.once("drain", () => {
              this.sendNextChunk();
            });
            return;
          }
        }
      }
      sendSignedOutput() {
        if (this.hasErrored) {
          return;
        }
        let keyPos = 0;
        const signNextKey = () => {
          if (keyPos >= this.keys.length) {
            this.output.write(this.parser.rawHeaders);
            setImmediate(() => this.sendNextChunk());
            return;
          }
          const key = this.keys[keyPos++];
          let dkimField;
          try {
            dkimField = sign_default(this.headers, this.hashAlgo, this.bodyHash, {
              domainName: key.domainName,
              keySelector: key.keySelector,
              privateKey: key.privateKey,
              headerFieldNames: this.options.headerFieldNames,
              skipFields: this.options.skipFields
            });
          } catch (err) {
            this.fail(err);
            return;
          }
          if (dkimField) {
            this.output.write(Buffer.from(dkimField + "\r\n"));
          }
          setImmediate(signNextKey);
        };
        if (this.bodyHash && this.headers) {
          return signNextKey();
        }
        this.output.write(this.parser.rawHeaders);
        this.sendNextChunk();
      }
      createWriteCache() {
        this.output.usingCache = true;
        this.cache = import_node_fs3.default.createWriteStream(this.cachePath, { mode: 384 });
        this.cache.once("error", (err) => {
          this.relaxedBody.unpipe(this.cache);
          this.relaxedBody.on("readable", () => {
            while (this.relaxedBody.read() !== null) {
            }
          });
          this.fail(err);
        });
        this.cache.once("close", () => {
          if (this.hasErrored) {
            return;
          }
          this.sendSignedOutput();
        });
        this.relaxedBody.removeAllListeners("readable");
        this.relaxedBody.pipe(this.cache);
      }
      signStream() {
        this.parser = new message_parser_default();
        this.relaxedBody = new relaxed_body_default({
          hashAlgo: this.hashAlgo
        });
        this.parser.on("headers", (value) => {
          this.headers = value;
        });
        this.relaxedBody.on("hash", (value) => {
          this.bodyHash = value;
        });
        this.relaxedBody.on("readable", () => {
          let chunk;
          if (this.cache) {
            return;
          }
          while ((chunk = this.relaxedBody.read()) !== null) {
            this.chunks.push(chunk);
            this.chunklen += chunk.length;
            if (this.chunklen >= this.cacheTreshold && this.cachePath) {
              return this.createWriteCache();
            }
          }
        });
        this.relaxedBody.on("end", () => {
          if (this.cache) {
            return;
          }
          this.sendSignedOutput();
        });
        this.parser.pipe(this.relaxedBody);
        setImmediate(() => this.input.pipe(this.parser));
      }
    };
    DKIM = class {
      constructor(options) {
        this.options = options || {};
        this.keys = [].concat(this.options.keys || {
          domainName: options.domainName,
          keySelector: options.keySelector,
          privateKey: options.privateKey
        });
      }
      sign(input, extraOptions) {
        const output = new import_node_stream11.PassThrough();
        let inputStream = input;
        let writeValue = false;
        if (Buffer.isBuffer(input)) {
          writeValue = input;
          inputStream = new import_node_stream11.PassThrough();
        } else if (typeof input === "string") {
          writeValue = Buffer.from(input);
          inputStream = new import_node_stream11.PassThrough();
        }
        let options = this.options;
        if (extraOptions && Object.keys(extraOptions).length) {
          options = copyOwnKeys({}, extraOptions);
          copyOwnKeys(options, this.options);
        }
        const signer = new DKIMSigner(options, this.keys, inputStream, output);
        setImmediate(() => {
          try {
            signer.signStream();
          } catch (_E) {
            signer.fail(sign_default.unsupportedHashAlgoError(signer.hashAlgo));
            return;
          }
          if (writeValue) {
            setImmediate(() => {
              inputStream.end(writeValue);
            });
          }
        });
        return output;
      }
    };
    dkim_default = DKIM;
  }
});

// node_modules/nodemailer/dist/esm/smtp-connection/http-proxy-client.js
function httpProxyClient(proxyUrl, destinationPort, destinationHost, tlsOptions, callback) {
  if (typeof tlsOptions === "function") {
    callback = tlsOptions;
    tlsOptions = {};
  }
  tlsOptions = tlsOptions || {};
  const done = callback;
  destinationPort = Number(destinationPort) || 0;
  if (!destinationPort || /[\r\n]/.test(destinationHost)) {
    const err = new Error("Invalid proxy destination");
    err.code = EPROXY;
    setImmediate(() => done(err));
    return;
  }
  const proxy = parse(proxyUrl);
  const authority = (import_node_net5.default.isIPv6(unbracket(destinationHost)) ? "[" + unbracket(destinationHost) + "]" : destinationHost) + ":" + destinationPort;
  const connectOptions = {
    host: proxy.hostname,
    port: Number(proxy.port) ? Number(proxy.port) : proxy.protocol === "https:" ? 443 : 80
  };
  let connect;
  if (proxy.protocol === "https:") {
    connectOptions.rejectUnauthorized = tlsOptions.rejectUnauthorized !== false;
    connect = import_node_tls.default.connect.bind(import_node_tls.default);
  } else {
    connect = import_node_net5.default.connect.bind(import_node_net5.default);
  }
  const timeout = Number(tlsOptions.timeout) || httpProxyClient.timeout || 30 * 1e3;
  let socket;
  let finished3 = false;
  let timer;
  const cleanup = () => {
    clearTimeout(timer);
    socket.removeListener("data", onSocketData);
    socket.removeListener("error", fail);
    socket.removeListener("close", onEarlyClose);
  };
  function fail(err) {
    if (finished3) {
      return;
    }
    finished3 = true;
    cleanup();
    try {
      socket.destroy();
    } catch (_E) {
    }
    done(err);
  }
  function onEarlyClose() {
    const err = new Error("Proxy closed the connection before the tunnel was established");
    err.code = EPROXY;
    fail(err);
  }
  const chunks = [];
  let received = 0;
  let tail = "";
  function onSocketData(chunk) {
    if (finished3) {
      return;
    }
    const window = tail + chunk.toString("binary");
    const windowEnd = window.indexOf("\r\n\r\n");
    chunks.push(chunk);
    received += chunk.length;
    tail = window.slice(-3);
    if (windowEnd < 0) {
      if (received > MAX_RESPONSE_HEADER_BYTES) {
        const err = new Error("Proxy response headers too large");
        err.code = EPROXY;
        fail(err);
      }
      return;
    }
    socket.removeListener("data", onSocketData);
    socket.pause();
    const headerEnd = received - window.length + windowEnd;
    const response = Buffer.concat(chunks, received);
    if (response.length > headerEnd + 4) {
      socket.unshift(response.subarray(headerEnd + 4));
    }
    const match = response.toString("binary", 0, headerEnd).match(/^HTTP\/\d+\.\d+ (\d+)/i);
    if (!match || (match[1] || "").charAt(0) !== "2") {
      const err = new Error("Invalid response from proxy" + (match && ": " + match[1] || ""));
      err.code = EPROXY;
      return fail(err);
    }
    finished3 = true;
    cleanup();
    const resumeOnData = (event) => {
      if (event === "data") {
        socket.removeListener("newListener", resumeOnData);
        socket.resume();
      }
    };
    socket.on("newListener", resumeOnData);
    return done(null, socket);
  }
  socket = connect(connectOptions, () => {
    if (finished3) {
      return;
    }
    const reqHeaders = {
      Host: authority,
      Connection: "close"
    };
    if (proxy.auth) {
      reqHeaders["Proxy-Authorization"] = "Basic " + Buffer.from(proxy.auth).toString("base64");
    }
    socket.write(
      // HTTP method
      "CONNECT " + authority + " HTTP/1.1\r\n" + // HTTP request headers
      Object.keys(reqHeaders).map((key) => key + ": " + reqHeaders[key]).join("\r\n") + // End request
      "\r\n\r\n"
    );
    socket.on("data", onSocketData);
  });
  timer = setTimeout(() => {
    const err = new Error("Proxy socket timed out");
    err.code = ETIMEDOUT;
    fail(err);
  }, timeout);
  socket.once("error", fail);
  socket.once("close", onEarlyClose);
}
var import_node_net5, import_node_tls, MAX_RESPONSE_HEADER_BYTES, unbracket, http_proxy_client_default;
var init_http_proxy_client = __esm({
  "node_modules/nodemailer/dist/esm/smtp-connection/http-proxy-client.js"() {
    import_node_net5 = __toESM(require("node:net"), 1);
    import_node_tls = __toESM(require("node:tls"), 1);
    init_url();
    init_errors2();
    MAX_RESPONSE_HEADER_BYTES = 64 * 1024;
    unbracket = (host) => typeof host === "string" && host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host;
    http_proxy_client_default = httpProxyClient;
  }
});

// node_modules/nodemailer/dist/esm/mailer/mail-message.js
var hasOwn, MailMessage;
var init_mail_message = __esm({
  "node_modules/nodemailer/dist/esm/mailer/mail-message.js"() {
    init_shared();
    init_mime_node();
    init_mime_funcs();
    hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);
    MailMessage = class {
      constructor(mailer, data) {
        this.mailer = mailer;
        this.data = {};
        this.message = null;
        data = data || {};
        const options = mailer.options || {};
        const defaults = mailer._defaults || {};
        copyOwnKeys(this.data, data);
        this.data.headers = this.data.headers || {};
        copyOwnKeys(this.data, defaults, (key) => hasOwn(this.data, key));
        copyOwnKeys(this.data.headers, defaults.headers, (key) => hasOwn(this.data.headers, key));
        ["disableFileAccess", "disableUrlAccess", "normalizeHeaderKey", "maxRecipients"].forEach((key) => {
          if (key in options) {
            this.data[key] = options[key];
          }
        });
        ["disableFileAccess", "disableUrlAccess"].forEach((key) => {
          if (!(key in options) && hasOwn(defaults, key)) {
            this.data[key] = this.data[key] || defaults[key];
          }
        });
      }
      resolveContent(data, key, options, callback) {
        if (!callback && typeof options === "function") {
          callback = options;
          options = false;
        }
        options = options || {};
        const policy = {
          disableFileAccess: this.data.disableFileAccess || options.disableFileAccess,
          disableUrlAccess: this.data.disableUrlAccess || options.disableUrlAccess
        };
        return resolveContent(data, key, policy, callback);
      }
      resolveAll(callback) {
        const keys = [
          [this.data, "html"],
          [this.data, "text"],
          [this.data, "watchHtml"],
          [this.data, "amp"],
          [this.data, "icalEvent"]
        ];
        if (this.data.alternatives && this.data.alternatives.length) {
          this.data.alternatives.forEach((alternative, i) => {
            keys.push([this.data.alternatives, i]);
          });
        }
        if (this.data.attachments && this.data.attachments.length) {
          this.data.attachments.forEach((attachment, i) => {
            if (!attachment.filename) {
              attachment.filename = (attachment.path || attachment.href || "").split(/[/\\]/).pop().split("?").shift() || "attachment-" + (i + 1);
              if (attachment.filename.indexOf(".") < 0) {
                attachment.filename += "." + detectExtension2(attachment.contentType);
              }
            }
            if (!attachment.contentType) {
              attachment.contentType = detectMimeType2(attachment.filename || attachment.path || attachment.href || "bin");
            }
            keys.push([this.data.attachments, i]);
          });
        }
        const mimeNode = new mime_node_default();
        const addressKeys = ["from", "to", "cc", "bcc", "sender", "replyTo"];
        addressKeys.forEach((address) => {
          let value;
          if (this.message) {
            value = [].concat(mimeNode._parseAddresses(this.message.getHeader(address === "replyTo" ? "reply-to" : address)) || []);
          } else if (this.data[address]) {
            value = [].concat(mimeNode._parseAddresses(this.data[address]) || []);
          }
          if (value && value.length) {
            this.data[address] = value;
          } else if (address in this.data) {
            this.data[address] = null;
          }
        });
        const singleKeys = ["from", "sender"];
        singleKeys.forEach((address) => {
          if (this.data[address]) {
            this.data[address] = this.data[address].shift();
          }
        });
        let pos = 0;
        const resolveNext = () => {
          if (pos >= keys.length) {
            return callback(null, this.data);
          }
          const args = keys[pos++];
          if (!args[0] || !args[0][args[1]]) {
            return resolveNext();
          }
          resolveContent(...args, { disableFileAccess: this.data.disableFileAccess, disableUrlAccess: this.data.disableUrlAccess }, (err, value) => {
            if (err) {
              return callback(err);
            }
            const node = {
              content: value
            };
            if (args[0][args[1]] && typeof args[0][args[1]] === "object" && !Buffer.isBuffer(args[0][args[1]])) {
              copyOwnKeys(node, args[0][args[1]], (key) => key in node || ["content", "path", "href", "raw"].includes(key));
            }
            args[0][args[1]] = node;
            resolveNext();
          });
        };
        setImmediate(() => resolveNext());
      }
      /**
       * Destroys the content streams of the message once sending failed. A stream that was not
       * read to the end would otherwise keep the file or the socket behind it open
       */
      releaseStreams() {
        const data = this.data;
        const values = [data.html, data.text, data.watchHtml, data.amp, data.raw, data.icalEvent];
        for (const key of ["attachments", "alternatives"]) {
          if (Array.isArray(data[key])) {
            for (const entry of data[key]) {
              values.push(entry);
            }
          }
        }
        for (const value of values) {
          if (value && typeof value === "object") {
            destroyStream(value);
            destroyStream(value.content);
            destroyStream(value.raw);
          }
        }
      }
      normalize(callback) {
        const envelope = this.message.getEnvelope();
        const messageId = this.message.messageId();
        this.resolveAll((err, data) => {
          if (err) {
            return callback(err);
          }
          data.envelope = envelope;
          data.messageId = messageId;
          ["html", "text", "watchHtml", "amp"].forEach((key) => {
            if (data[key] && data[key].content) {
              if (typeof data[key].content === "string") {
                data[key] = data[key].content;
              } else if (Buffer.isBuffer(data[key].content)) {
                data[key] = data[key].content.toString();
              }
            }
          });
          if (data.icalEvent && Buffer.isBuffer(data.icalEvent.content)) {
            data.icalEvent.content = data.icalEvent.content.toString("base64");
            data.icalEvent.encoding = "base64";
          }
          if (data.alternatives && data.alternatives.length) {
            data.alternatives.forEach((alternative) => {
              if (alternative && alternative.content && Buffer.isBuffer(alternative.content)) {
                alternative.content = alternative.content.toString("base64");
                alternative.encoding = "base64";
              }
            });
          }
          if (data.attachments && data.attachments.length) {
            data.attachments.forEach((attachment) => {
              if (attachment && attachment.content && Buffer.isBuffer(attachment.content)) {
                attachment.content = attachment.content.toString("base64");
                attachment.encoding = "base64";
              }
            });
          }
          data.normalizedHeaders = {};
          Object.keys(data.headers || {}).forEach((key) => {
            if (isProtoKey(key)) {
              return;
            }
            let value = [].concat(data.headers[key] || []).shift();
            value = value && value.value || value;
            if (value) {
              if (["references", "in-reply-to", "message-id", "content-id"].includes(key)) {
                value = this.message.encodeHeaderValue(key, value);
              }
              data.normalizedHeaders[key] = value;
            }
          });
          if (data.list && typeof data.list === "object") {
            const listHeaders = this._getListHeaders(data.list);
            listHeaders.forEach((entry) => {
              data.normalizedHeaders[entry.key] = entry.value.map((val) => val && val.value || val).join(", ");
            });
          }
          if (data.references) {
            data.normalizedHeaders.references = this.message.encodeHeaderValue("references", data.references);
          }
          if (data.inReplyTo) {
            data.normalizedHeaders["in-reply-to"] = this.message.encodeHeaderValue("in-reply-to", data.inReplyTo);
          }
          return callback(null, data);
        });
      }
      setMailerHeader() {
        if (!this.message || !this.data.xMailer) {
          return;
        }
        this.message.setHeader("X-Mailer", this.data.xMailer);
      }
      setPriorityHeaders() {
        if (!this.message || !this.data.priority) {
          return;
        }
        switch ((this.data.priority || "").toString().toLowerCase()) {
          case "high":
            this.message.setHeader("X-Priority", "1 (Highest)");
            this.message.setHeader("X-MSMail-Priority", "High");
            this.message.setHeader("Importance", "High");
            break;
          case "low":
            this.message.setHeader("X-Priority", "5 (Lowest)");
            this.message.setHeader("X-MSMail-Priority", "Low");
            this.message.setHeader("Importance", "Low");
            break;
          default:
        }
      }
      setListHeaders() {
        if (!this.message || !this.data.list || typeof this.data.list !== "object") {
          return;
        }
        this._getListHeaders(this.data.list).forEach((listHeader) => {
          listHeader.value.forEach((value) => {
            this.message.addHeader(listHeader.key, value);
          });
        });
      }
      /** @internal */
      _getListHeaders(listData) {
        return Object.keys(listData).map((key) => ({
          key: "list-" + key.toLowerCase().trim(),
          value: [].concat(listData[key] || []).map((value) => ({
            prepared: true,
            foldLines: true,
            value: [].concat(value || []).map((value2) => {
              if (typeof value2 === "string") {
                value2 = {
                  url: value2
                };
              }
              if (value2 && value2.url) {
                let comment = (value2.comment || "").toString().replace(/\r?\n|\r/g, " ");
                const needsEncoding = !isPlainText(comment) || /\x7f/.test(comment);
                if (key.toLowerCase().trim() === "id") {
                  comment = needsEncoding ? encodeWord(comment) : quoteString(comment);
                  return (value2.comment ? comment + " " : "") + this._formatListUrl(value2.url).replace(/^<[^:]+:\/{0,2}/, "<");
                }
                comment = needsEncoding ? encodeWord(comment) : comment.replace(/[()\\]/g, "\\$&");
                return this._formatListUrl(value2.url) + (value2.comment ? " (" + comment + ")" : "");
              }
              return "";
            }).filter((value2) => value2).join(", ")
          }))
        }));
      }
      /** @internal */
      _formatListUrl(url) {
        url = url.replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g, "").replace(/[\s<]+|[\s>]+/g, "");
        if (/^(https?|mailto|ftp):/.test(url)) {
          return "<" + url + ">";
        }
        if (/^[^@]+@[^@]+$/.test(url)) {
          return "<mailto:" + url + ">";
        }
        return "<http://" + url + ">";
      }
    };
  }
});

// node_modules/nodemailer/dist/esm/mailer/index.js
function isAbortSignal(value) {
  return typeof value === "object" && value !== null && "aborted" in value && typeof value.addEventListener === "function" && typeof value.removeEventListener === "function";
}
var import_node_events, import_node_util2, import_node_net6, import_node_dns2, import_node_crypto6, DEFAULT_MAX_RECIPIENTS, Mail, mailer_default;
var init_mailer = __esm({
  "node_modules/nodemailer/dist/esm/mailer/index.js"() {
    import_node_events = require("node:events");
    init_shared();
    init_mime_types();
    init_mail_composer();
    init_dkim();
    init_http_proxy_client();
    init_errors2();
    import_node_util2 = __toESM(require("node:util"), 1);
    init_url();
    init_package_info();
    init_mail_message();
    import_node_net6 = __toESM(require("node:net"), 1);
    import_node_dns2 = __toESM(require("node:dns"), 1);
    import_node_crypto6 = __toESM(require("node:crypto"), 1);
    DEFAULT_MAX_RECIPIENTS = 1e5;
    Mail = class extends import_node_events.EventEmitter {
      constructor(transporter, options, defaults) {
        super();
        this.options = options || {};
        this._defaults = defaults || {};
        this._defaultPlugins = {
          compile: [(...args) => this._convertDataImages(...args)],
          stream: []
        };
        this._userPlugins = {
          compile: [],
          stream: []
        };
        this.meta = /* @__PURE__ */ new Map();
        this.dkim = this.options.dkim ? new dkim_default(this.options.dkim) : false;
        this.transporter = transporter;
        this.transporter.mailer = this;
        this.logger = getLogger(this.options, {
          component: this.options.component || "mail"
        });
        this.logger.debug({
          tnx: "create"
        }, "Creating transport: %s", this.getVersionString());
        if (typeof this.transporter.on === "function") {
          this.transporter.on("log", (log) => {
            this.logger.debug({
              tnx: "transport"
            }, "%s: %s", log.type, log.message);
          });
          this.transporter.on("error", (err) => {
            this.logger.error({
              err,
              tnx: "transport"
            }, "Transport Error: %s", err.message);
            this.emit("error", err);
          });
          this.transporter.on("idle", (...args) => {
            this.emit("idle", ...args);
          });
          this.transporter.on("clear", (...args) => {
            this.emit("clear", ...args);
          });
        }
        ["close", "isIdle", "verify"].forEach((method) => {
          this[method] = (...args) => {
            if (typeof this.transporter[method] === "function") {
              if (method === "verify" && typeof this.getSocket === "function") {
                this.transporter.getSocket = this.getSocket;
                this.getSocket = false;
              }
              return this.transporter[method](...args);
            }
            this.logger.warn({
              tnx: "transport",
              methodName: method
            }, "Non existing method %s called for transport", method);
            return false;
          };
        });
        if (this.options.proxy && typeof this.options.proxy === "string") {
          this.setupProxy(this.options.proxy);
        }
      }
      use(step, plugin) {
        step = (step || "").toString();
        if (!this._userPlugins.hasOwnProperty(step)) {
          this._userPlugins[step] = [plugin];
        } else {
          this._userPlugins[step].push(plugin);
        }
        return this;
      }
      sendMail(data, callback = null) {
        let promise;
        if (!callback) {
          promise = new Promise((resolve4, reject) => {
            callback = callbackPromise(resolve4, reject);
          });
        }
        const done = callback;
        if (typeof this.getSocket === "function") {
          this.transporter.getSocket = this.getSocket;
          this.getSocket = false;
        }
        const mail = new MailMessage(this, data);
        const signalOption = mail.data.signal;
        const signal = isAbortSignal(signalOption) ? signalOption : void 0;
        let settled = false;
        const removeAbortListener = () => signal?.removeEventListener("abort", onAbort);
        const finish = (err, info) => {
          if (settled) {
            return;
          }
          settled = true;
          removeAbortListener();
          if (err) {
            mail.releaseStreams();
          }
          done(err, info);
        };
        const fail = (err) => {
          finish(err);
        };
        function onAbort() {
          fail(createAbortError(signal));
        }
        if (signalOption !== void 0 && signalOption !== null && !signal) {
          const err = new Error("The signal option must be an AbortSignal");
          err.code = ECONFIG;
          setImmediate(() => fail(err));
          return promise;
        }
        if (signal) {
          signal.addEventListener("abort", onAbort, { once: true });
          if (signal.aborted) {
            setImmediate(onAbort);
            return promise;
          }
        }
        this.logger.debug({
          tnx: "transport",
          name: this.transporter.name,
          version: this.transporter.version,
          action: "send"
        }, "Sending mail using %s/%s", this.transporter.name, this.transporter.version);
        this._processPlugins("compile", mail, (err) => {
          if (settled) {
            return;
          }
          if (err) {
            this.logger.error({
              err,
              tnx: "plugin",
              action: "compile"
            }, "PluginCompile Error: %s", err.message);
            return fail(err);
          }
          let recipientCount;
          try {
            mail.message = new mail_composer_default(mail.data).compile();
            mail.setMailerHeader();
            mail.setPriorityHeaders();
            mail.setListHeaders();
            recipientCount = mail.message.getEnvelope().to.length;
          } catch (err2) {
            this.logger.error({
              err: err2,
              tnx: "transport",
              action: "send"
            }, "Compile Error: %s", err2.message);
            return fail(err2);
          }
          const maxRecipients = mail.data.maxRecipients === void 0 ? DEFAULT_MAX_RECIPIENTS : mail.data.maxRecipients;
          if (maxRecipients && recipientCount > maxRecipients) {
            const err2 = new Error(`Message has ${recipientCount} recipients, which is over the ${maxRecipients} allowed by maxRecipients`);
            err2.code = EMAXRECIPIENTS;
            this.logger.error({
              err: err2,
              tnx: "transport",
              action: "send"
            }, "Send Error: %s", err2.message);
            return fail(err2);
          }
          this._processPlugins("stream", mail, (err2) => {
            if (settled) {
              return;
            }
            if (err2) {
              this.logger.error({
                err: err2,
                tnx: "plugin",
                action: "stream"
              }, "PluginStream Error: %s", err2.message);
              return fail(err2);
            }
            if (mail.data.dkim || this.dkim) {
              mail.message.processFunc((input) => {
                const dkim = mail.data.dkim ? new dkim_default(mail.data.dkim) : this.dkim;
                this.logger.debug({
                  tnx: "DKIM",
                  messageId: mail.message.messageId(),
                  dkimDomains: dkim.keys.map((key) => key.keySelector + "." + key.domainName).join(", ")
                }, "Signing outgoing message with %s keys", dkim.keys.length);
                return dkim.sign(input, mail.data._dkim);
              });
            }
            removeAbortListener();
            this.transporter.send(mail, (...args) => {
              if (args[0]) {
                this.logger.error({
                  err: args[0],
                  tnx: "transport",
                  action: "send"
                }, "Send Error: %s", args[0].message);
              }
              finish(...args);
            });
          });
        });
        return promise;
      }
      getVersionString() {
        return import_node_util2.default.format("%s (%s; +%s; %s/%s)", name, version, homepage, this.transporter.name, this.transporter.version);
      }
      /** @internal */
      _processPlugins(step, mail, callback) {
        step = (step || "").toString();
        if (!this._userPlugins.hasOwnProperty(step)) {
          return callback();
        }
        const userPlugins = this._userPlugins[step] || [];
        const defaultPlugins = this._defaultPlugins[step] || [];
        if (userPlugins.length) {
          this.logger.debug({
            tnx: "transaction",
            pluginCount: userPlugins.length,
            step
          }, "Using %s plugins for %s", userPlugins.length, step);
        }
        if (userPlugins.length + defaultPlugins.length === 0) {
          return callback();
        }
        let pos = 0;
        let block = "default";
        const processPlugins = () => {
          if (mail.data.signal?.aborted) {
            return callback(createAbortError(mail.data.signal));
          }
          let curplugins = block === "default" ? defaultPlugins : userPlugins;
          if (pos >= curplugins.length) {
            if (block === "default" && userPlugins.length) {
              block = "user";
              pos = 0;
              curplugins = userPlugins;
            } else {
              return callback();
            }
          }
          const plugin = curplugins[pos++];
          plugin(mail, (err) => {
            if (err) {
              return callback(err);
            }
            processPlugins();
          });
        };
        processPlugins();
      }
      /**
       * Sets up proxy handler for a Nodemailer object
       *
       * @param proxyUrl Proxy configuration url
       */
      setupProxy(proxyUrl) {
        const proxy = parse(proxyUrl);
        this.getSocket = (options, callback) => {
          const protocol = proxy.protocol.replace(/:$/, "").toLowerCase();
          const configuredTimeout = Number(this.options.connectionTimeout) || 0;
          const connectStartedAt = Number(options.connectStartedAt) || Date.now();
          const connectionTimeout = configuredTimeout ? Math.max(connectStartedAt + configuredTimeout - Date.now(), 1) : void 0;
          if (this.meta.has("proxy_handler_" + protocol)) {
            return this.meta.get("proxy_handler_" + protocol)(proxy, options, callback);
          }
          switch (protocol) {
            // Connect using a HTTP CONNECT method
            case "http":
            case "https":
              http_proxy_client_default(proxy.href, options.port, options.host, connectionTimeout ? Object.assign({}, this.options.tls, { timeout: connectionTimeout }) : this.options.tls || {}, (err2, socket) => {
                if (err2) {
                  return callback(err2);
                }
                return callback(null, {
                  connection: socket
                });
              });
              return;
            case "socks":
            case "socks5":
            case "socks4":
            case "socks4a": {
              if (!this.meta.has("proxy_socks_module")) {
                let err2 = new Error("Socks module not loaded");
                err2.code = EPROXY;
                return callback(err2);
              }
              const connect = (ipaddress) => {
                const proxyV2 = !!this.meta.get("proxy_socks_module").SocksClient;
                const socksClient = proxyV2 ? this.meta.get("proxy_socks_module").SocksClient : this.meta.get("proxy_socks_module");
                const proxyType = Number(proxy.protocol.replace(/\D/g, "")) || 5;
                const connectionOpts = {
                  proxy: {
                    ipaddress,
                    port: Number(proxy.port),
                    type: proxyType
                  },
                  [proxyV2 ? "destination" : "target"]: {
                    host: options.host,
                    port: options.port
                  },
                  command: "connect"
                };
                if (connectionTimeout) {
                  connectionOpts.timeout = connectionTimeout;
                }
                if (proxy.username || proxy.password) {
                  const username = proxy.username || "";
                  const password = proxy.password || "";
                  if (proxyV2) {
                    connectionOpts.proxy.userId = username;
                    connectionOpts.proxy.password = password;
                  } else if (proxyType === 4) {
                    connectionOpts.userid = username;
                  } else {
                    connectionOpts.authentication = {
                      username,
                      password
                    };
                  }
                }
                socksClient.createConnection(connectionOpts, (err2, info) => {
                  if (err2) {
                    return callback(err2);
                  }
                  return callback(null, {
                    connection: info.socket || info
                  });
                });
              };
              if (import_node_net6.default.isIP(proxy.hostname)) {
                return connect(proxy.hostname);
              }
              return import_node_dns2.default.lookup(proxy.hostname, (err2, address) => {
                if (err2) {
                  return callback(err2);
                }
                connect(address);
              });
            }
          }
          let err = new Error("Unknown proxy configuration");
          err.code = EPROXY;
          callback(err);
        };
      }
      /** @internal */
      _convertDataImages(mail, callback) {
        if (!this.options.attachDataUrls && !mail.data.attachDataUrls || !mail.data.html) {
          return callback();
        }
        mail.resolveContent(mail.data, "html", { disableFileAccess: mail.data.disableFileAccess, disableUrlAccess: mail.data.disableUrlAccess }, (err, html) => {
          if (err) {
            return callback(err);
          }
          let cidCounter = 0;
          html = (html || "").toString().replace(/(<img\b[^<>]{0,1024} src\s{0,20}=[\s"']{0,20})(data:([^;"'<>\s]{1,255});[^"'>\s]+)/gi, (match, prefix, dataUri, mimeType) => {
            const cid = import_node_crypto6.default.randomBytes(10).toString("hex") + "@localhost";
            if (!mail.data.attachments) {
              mail.data.attachments = [];
            }
            if (!Array.isArray(mail.data.attachments)) {
              mail.data.attachments = [].concat(mail.data.attachments || []);
            }
            mail.data.attachments.push({
              path: dataUri,
              cid,
              filename: "image-" + ++cidCounter + "." + detectExtension(mimeType)
            });
            return prefix + "cid:" + cid;
          });
          mail.data.html = html;
          callback();
        });
      }
      set(key, value) {
        return this.meta.set(key, value);
      }
      get(key) {
        return this.meta.get(key);
      }
    };
    mailer_default = Mail;
  }
});

// node_modules/nodemailer/dist/esm/smtp-connection/data-stream.js
var import_node_stream12, INSERT_LF, INSERT_LF_DOT, INSERT_CR, INSERT_DOT, DataStream;
var init_data_stream = __esm({
  "node_modules/nodemailer/dist/esm/smtp-connection/data-stream.js"() {
    import_node_stream12 = require("node:stream");
    INSERT_LF = Buffer.from("\n");
    INSERT_LF_DOT = Buffer.from("\n.");
    INSERT_CR = Buffer.from("\r");
    INSERT_DOT = Buffer.from(".");
    DataStream = class extends import_node_stream12.Transform {
      constructor(options) {
        super(options);
        this.options = options || {};
        this.inByteCount = 0;
        this.outByteCount = 0;
        this.lastByte = false;
      }
      /**
       * Escapes dots
       * @internal
       */
      _transform(chunk, encoding, done) {
        const chunks = [];
        let chunklen = 0;
        let i, len, lastPos = 0;
        let buf;
        if (!chunk || !chunk.length) {
          return done();
        }
        if (typeof chunk === "string") {
          chunk = Buffer.from(chunk);
        }
        this.inByteCount += chunk.length;
        for (i = 0, len = chunk.length; i < len; i++) {
          const byte = chunk[i];
          const prev = i ? chunk[i - 1] : this.lastByte;
          let insert = false;
          if (prev === 13 && byte !== 10) {
            insert = byte === 46 ? INSERT_LF_DOT : INSERT_LF;
          } else if (byte === 10 && prev !== 13) {
            insert = INSERT_CR;
          } else if (byte === 46 && (prev === 10 || prev === false)) {
            insert = INSERT_DOT;
          }
          if (insert) {
            if (i > lastPos) {
              buf = chunk.slice(lastPos, i);
              chunks.push(buf);
              chunklen += buf.length;
            }
            chunks.push(insert);
            chunklen += insert.length;
            lastPos = i;
          }
        }
        if (chunks.length) {
          if (lastPos < chunk.length) {
            buf = chunk.slice(lastPos);
            chunks.push(buf);
            chunklen += buf.length;
          }
          this.outByteCount += chunklen;
          this.push(Buffer.concat(chunks, chunklen));
        } else {
          this.outByteCount += chunk.length;
          this.push(chunk);
        }
        this.lastByte = chunk[chunk.length - 1];
        done();
      }
      /**
       * Finalizes the stream with a dot on a single line
       * @internal
       */
      _flush(done) {
        let buf;
        if (this.lastByte === 10) {
          buf = Buffer.from(".\r\n");
        } else if (this.lastByte === 13) {
          buf = Buffer.from("\n.\r\n");
        } else {
          buf = Buffer.from("\r\n.\r\n");
        }
        this.outByteCount += buf.length;
        this.push(buf);
        done();
      }
    };
  }
});

// node_modules/nodemailer/dist/esm/smtp-connection/server-message-id.js
function sesRegion(host) {
  const labels = host.toLowerCase().replace(/\.$/, "").split(".");
  const domain = labels.slice(-2).join(".");
  if (domain !== "amazonaws.com" && domain !== "awsapps.com") {
    return void 0;
  }
  return labels.slice(0, -2).find((label2) => AWS_REGION.test(label2));
}
function parseServerMessageId(response, host) {
  const reply = (response || "").toString().trim();
  const outlook = reply.match(OUTLOOK_REPLY);
  if (outlook) {
    return outlook[1];
  }
  const ses = reply.match(SES_REPLY);
  if (ses && host) {
    const region = sesRegion(host);
    if (region) {
      return "<" + ses[1].toLowerCase() + "@" + (region === "us-east-1" ? "email" : region) + ".amazonses.com>";
    }
  }
  return void 0;
}
var OUTLOOK_REPLY, SES_REPLY, AWS_REGION;
var init_server_message_id = __esm({
  "node_modules/nodemailer/dist/esm/smtp-connection/server-message-id.js"() {
    OUTLOOK_REPLY = /^250 2\.0\.0 OK (<[^<>\s]+\.prod\.outlook\.com>)/i;
    SES_REPLY = /^250 Ok ([0-9a-f]+(?:-[0-9a-f]+)+)$/i;
    AWS_REGION = /^[a-z]{2}(?:-[a-z]+)+-\d+$/;
  }
});

// node_modules/nodemailer/dist/esm/smtp-connection/index.js
function shuffle(list) {
  const result = list.slice();
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [result[i], result[j]] = [result[j], result[i]];
  }
  return result;
}
function timeoutError(message, timeoutType) {
  const err = new Error(message);
  err.timeoutType = timeoutType;
  return err;
}
function decodeServerResponse(str) {
  if (!str) {
    return str;
  }
  const utf8 = Buffer.from(str, "binary").toString("utf8");
  return utf8.includes("\uFFFD") ? str : utf8;
}
function isPartialResponse(str) {
  return isPartialLine(str.slice(str.lastIndexOf("\n") + 1));
}
function isPartialLine(line) {
  return /^\d+-/.test(line);
}
function maskAuthCommand(cmd) {
  const match = (cmd || "").toString().match(/^AUTH\s+[^\s]+/i);
  if (!match) {
    return "/* secret */";
  }
  return match[0].length === cmd.length ? cmd : match[0] + " /* secret */";
}
var import_node_events2, import_node_net7, import_node_tls2, import_node_os2, import_node_crypto7, import_node_stream13, CONNECTION_TIMEOUT, SOCKET_TIMEOUT, GREETING_TIMEOUT, DNS_TIMEOUT, CLOSE_TIMEOUT, KEEPALIVE_DELAY, TEARDOWN_NOOP, MAX_RESPONSE_SIZE, SMTPConnection, smtp_connection_default;
var init_smtp_connection = __esm({
  "node_modules/nodemailer/dist/esm/smtp-connection/index.js"() {
    init_package_info();
    import_node_events2 = require("node:events");
    import_node_net7 = __toESM(require("node:net"), 1);
    import_node_tls2 = __toESM(require("node:tls"), 1);
    import_node_os2 = __toESM(require("node:os"), 1);
    import_node_crypto7 = __toESM(require("node:crypto"), 1);
    init_data_stream();
    import_node_stream13 = require("node:stream");
    init_shared();
    init_server_message_id();
    init_errors2();
    CONNECTION_TIMEOUT = 2 * 60 * 1e3;
    SOCKET_TIMEOUT = 10 * 60 * 1e3;
    GREETING_TIMEOUT = 30 * 1e3;
    DNS_TIMEOUT = 30 * 1e3;
    CLOSE_TIMEOUT = 5 * 1e3;
    KEEPALIVE_DELAY = 30 * 1e3;
    TEARDOWN_NOOP = () => {
    };
    MAX_RESPONSE_SIZE = 1024 * 1024;
    SMTPConnection = class extends import_node_events2.EventEmitter {
      constructor(options) {
        super(options);
        this.id = import_node_crypto7.default.randomBytes(8).toString("base64").replace(/\W/g, "");
        this.stage = "init";
        this.options = options || {};
        if (this.options.requireTLS && (this.options.ignoreTLS || this.options.opportunisticTLS)) {
          this.options = Object.assign({}, this.options, { ignoreTLS: false, opportunisticTLS: false });
        }
        this.secureConnection = !!this.options.secure;
        this.alreadySecured = !!this.options.secured;
        this.port = Number(this.options.port) || (this.secureConnection ? 465 : 587);
        this.host = this.options.host || "localhost";
        this.servername = this.options.servername ? this.options.servername : !import_node_net7.default.isIP(this.host) ? this.host : false;
        this.allowInternalNetworkInterfaces = this.options.allowInternalNetworkInterfaces || false;
        if (typeof this.options.secure === "undefined" && this.port === 465) {
          this.secureConnection = true;
        }
        this.name = (this.options.name || this._getHostname()).toString().replace(/[\r\n]+/g, "");
        this.logger = getLogger(this.options, {
          component: this.options.component || "smtp-connection",
          sid: this.id
        });
        this.customAuth = /* @__PURE__ */ new Map();
        for (const key of Object.keys(this.options.customAuth || {})) {
          const mapKey = (key || "").toString().trim().toUpperCase();
          if (mapKey) {
            this.customAuth.set(mapKey, this.options.customAuth[key]);
          }
        }
        this.version = version;
        this.authenticated = false;
        this.destroyed = false;
        this.secure = !!this.secureConnection;
        this._remainder = "";
        this._responseQueue = [];
        this._responsePartial = false;
        this.lastServerResponse = false;
        this._socket = false;
        this._supportedAuth = [];
        this.allowsAuth = false;
        this._envelope = false;
        this._supportedExtensions = [];
        this._maxAllowedSize = 0;
        this._responseActions = [];
        this._recipientQueue = [];
        this._phaseTimer = false;
        this._plaintextEhlo = false;
        this._destroyed = false;
        this._closing = false;
        this._currentDataStream = false;
        this._pendingSend = false;
        this._connectCallback = false;
        this._onSocketData = (chunk) => this._onData(chunk);
        this._onSocketError = (error2) => this._onError(error2, "ESOCKET", false, "CONN");
        this._onSocketClose = () => this._onClose();
        this._onSocketEnd = () => this._onEnd();
        this._onSocketTimeout = () => this._onTimeout();
        this._onConnectionSocketError = (err) => this._onError(err, "ESOCKET", false, "CONN");
      }
      /**
       * Creates a connection to a SMTP server and sets up connection
       * listener
       */
      connect(connectCallback) {
        if (this._connectCalled && !this._destroyed) {
          const err = this._formatError("Cannot connect - connect() was already called for this connection", "ECONNECTION", false, "API");
          if (typeof connectCallback === "function") {
            setImmediate(() => connectCallback(err));
            return;
          }
          this.logger.warn({ tnx: "smtp" }, "%s", err.message);
          return;
        }
        this._connectCalled = true;
        if (typeof connectCallback === "function") {
          this._connectCallback = connectCallback;
          this.once("connect", () => {
            this._connectCallback = false;
            this.logger.debug({
              tnx: "smtp"
            }, "SMTP handshake finished");
            connectCallback();
          });
          const isDestroyedMessage = this._isDestroyedMessage("connect");
          if (isDestroyedMessage) {
            return connectCallback(this._formatError(isDestroyedMessage, "ECONNECTION", false, "CONN"));
          }
        }
        const connectionTimeout = this.options.connectionTimeout || CONNECTION_TIMEOUT;
        this._connectionDeadline = (this._connectStartedAt || Date.now()) + connectionTimeout;
        let opts = {
          port: this.port,
          host: this.host,
          allowInternalNetworkInterfaces: this.allowInternalNetworkInterfaces,
          timeout: Math.min(this.options.dnsTimeout || DNS_TIMEOUT, connectionTimeout)
        };
        if (this.options.localAddress) {
          opts.localAddress = this.options.localAddress;
        }
        if (this.options.connection) {
          this._socket = this.options.connection;
          this._setupConnectionHandlers();
          if (this.secureConnection && !this.alreadySecured) {
            setImmediate(() => this._upgradeConnection((err) => {
              if (err) {
                this._onError(new Error("Error initiating TLS - " + (err.message || err)), "ETLS", false, "CONN");
                return;
              }
              this._onConnect();
            }));
          } else {
            setImmediate(() => this._onConnect());
          }
          return;
        } else if (this.options.socket) {
          this._socket = this.options.socket;
          return this._resolveAndConnect(opts, (_resolved) => {
            if (this._destroyed || this._closing) {
              return;
            }
            try {
              this._socket.connect(this.port, this.host, () => {
                if (this.secureConnection && !this.alreadySecured) {
                  return this._upgradeConnection((err) => {
                    if (err) {
                      this._onError(new Error("Error initiating TLS - " + (err.message || err)), "ETLS", false, "CONN");
                      return;
                    }
                    this._onConnect();
                  });
                }
                this._onConnect();
              });
              this._setupConnectionHandlers();
            } catch (E) {
              setImmediate(() => this._onError(E, "ECONNECTION", false, "CONN"));
              return;
            }
          });
        } else {
          if (this.secureConnection) {
            Object.assign(opts, this.options.tls || {});
            if (this.servername && !opts.servername) {
              opts.servername = this.servername;
            }
          }
          return this._resolveAndConnect(opts, (resolved) => {
            let addresses = resolved._addresses || [];
            if (opts.localAddress) {
              const localFamily = import_node_net7.default.isIPv6(opts.localAddress) ? 6 : 4;
              const sameFamily = addresses.filter((addr) => import_node_net7.default.isIP(addr) === localFamily);
              addresses = sameFamily.length ? sameFamily : addresses;
            }
            if (addresses.length > 1) {
              const ipv6 = addresses.filter((addr) => import_node_net7.default.isIPv6(addr));
              const ipv4 = addresses.filter((addr) => !import_node_net7.default.isIPv6(addr));
              const ordered = shuffle(ipv6).concat(shuffle(ipv4));
              opts.host = this.host;
              opts.autoSelectFamily = true;
              if (!ipv6.length || !ipv4.length) {
                const remaining = this._connectionDeadline - Date.now();
                opts.autoSelectFamilyAttemptTimeout = Math.max(Math.floor(remaining / ordered.length), 10);
              }
              opts.lookup = ((hostname, lookupOptions, callback) => {
                if (lookupOptions && lookupOptions.all) {
                  const all = ordered.map((address) => ({ address, family: import_node_net7.default.isIPv6(address) ? 6 : 4 }));
                  return setImmediate(() => callback(null, all));
                }
                setImmediate(() => callback(null, ordered[0], import_node_net7.default.isIPv6(ordered[0]) ? 6 : 4));
              });
            } else if (addresses.length) {
              opts.host = addresses[0];
            }
            this._connectToHost(opts, this.secureConnection);
          });
        }
      }
      /**
       * Resolves the hostname and applies resolved values to opts,
       * then calls the provided callback with the resolved data
       *
       * @param opts Connection options (modified in place)
       * @param callback Called with resolved data on success
       * @internal
       */
      _resolveAndConnect(opts, callback) {
        return resolveHostname(opts, (err, resolved) => {
          if (err) {
            return setImmediate(() => this._onError(err, "EDNS", false, "CONN"));
          }
          this.logger.debug({
            tnx: "dns",
            source: opts.host,
            resolved: resolved.host,
            cached: !!resolved.cached
          }, "Resolved %s as %s [cache %s]", opts.host, resolved.host, resolved.cached ? "hit" : "miss");
          for (const key of Object.keys(resolved)) {
            if (key.charAt(0) !== "_" && resolved[key]) {
              opts[key] = resolved[key];
            }
          }
          callback(resolved);
        });
      }
      /**
       * Attempts to connect to the specified host address
       *
       * @param opts Connection options
       * @param secure Whether to use TLS
       * @internal
       */
      _connectToHost(opts, secure) {
        if (this._destroyed || this._closing) {
          return;
        }
        const connectFn = secure ? import_node_tls2.default.connect : import_node_net7.default.connect;
        try {
          this._socket = connectFn(opts, () => this._onConnect());
          this._setupConnectionHandlers();
        } catch (E) {
          setImmediate(() => this._onError(E, "ECONNECTION", false, "CONN"));
          return;
        }
      }
      /**
       * Sets up connection timeout and error handlers
       * @internal
       */
      _setupConnectionHandlers() {
        this._startPhase(Math.max((this._connectionDeadline || Date.now()) - Date.now(), 0), timeoutError("Connection timeout", "CONNECT_TIMEOUT"));
        this._socket.on("error", this._onConnectionSocketError);
      }
      /**
       * Starts the timer of a connection phase: connecting, waiting for the greeting or a TLS
       * upgrade. The phases follow one another, so starting one ends the one before
       *
       * @param timeout Time the phase may take
       * @param err Error to fail with when it takes longer
       * @internal
       */
      _startPhase(timeout, err) {
        this._clearPhase();
        this._phaseTimer = setTimeout(() => {
          this._phaseTimer = false;
          this._onError(err, "ETIMEDOUT", false, "CONN");
        }, timeout);
      }
      /**
       * Time the greeting or a STARTTLS upgrade may take: greetingTimeout, cut short by what is left
       * of connectionTimeout
       *
       * @internal
       */
      _remainingSetupTime() {
        return Math.min(this.options.greetingTimeout || GREETING_TIMEOUT, Math.max((this._connectionDeadline || Infinity) - Date.now(), 1));
      }
      /** @internal */
      _clearPhase() {
        clearTimeout(this._phaseTimer);
        this._phaseTimer = false;
      }
      /**
       * Sends QUIT
       */
      quit() {
        this._sendCommand("QUIT");
        this._responseActions.push(this.close);
      }
      /**
       * Closes the connection to the server
       */
      close() {
        this._clearPhase();
        this._responseActions = [];
        if (this._closing) {
          return;
        }
        this._closing = true;
        const configuredCloseTimeout = this.options.socketCloseTimeout;
        const socketCloseTimeout = typeof configuredCloseTimeout === "number" && Number.isFinite(configuredCloseTimeout) && configuredCloseTimeout >= 0 ? configuredCloseTimeout : CLOSE_TIMEOUT;
        const closeMethod = this.stage === "init" || socketCloseTimeout === 0 ? "destroy" : "end";
        this.logger.debug({
          tnx: "smtp"
        }, 'Closing connection to the server using "%s"', closeMethod);
        const socket = this._socket;
        if (this._currentDataStream) {
          try {
            this._currentDataStream.unpipe(this._socket);
          } catch (_E) {
          }
          this._currentDataStream = false;
        }
        if (this._pendingSend) {
          const { stream, onStreamError } = this._pendingSend;
          if (stream) {
            stream.removeListener("error", onStreamError);
            stream.on("error", TEARDOWN_NOOP);
            stream.destroy();
          }
          this._pendingSend = false;
        }
        if (socket && !socket.destroyed) {
          try {
            socket.setTimeout(0);
            socket.removeListener("data", this._onSocketData);
            socket.removeListener("timeout", this._onSocketTimeout);
            socket.removeListener("close", this._onSocketClose);
            socket.removeListener("end", this._onSocketEnd);
            socket.removeListener("error", this._onSocketError);
            socket.removeListener("error", this._onConnectionSocketError);
            socket.on("error", TEARDOWN_NOOP);
            socket[closeMethod]();
            if (closeMethod === "end") {
              const closeTimer = setTimeout(() => socket.destroy(), socketCloseTimeout);
              if (typeof closeTimer.unref === "function") {
                closeTimer.unref();
              }
              socket.once("close", () => clearTimeout(closeTimer));
            }
          } catch (_E) {
          }
        }
        this._destroy();
      }
      /**
       * Authenticate user
       */
      login(authData, callback) {
        const isDestroyedMessage = this._isDestroyedMessage("login");
        if (isDestroyedMessage) {
          return callback(this._formatError(isDestroyedMessage, "ECONNECTION", false, "API"));
        }
        this._auth = authData || {};
        this._authMethod = (this._auth.method || "").toString().trim().toUpperCase() || false;
        const canUseXOAuth2 = !!this._auth.oauth2 || this.customAuth.has("XOAUTH2");
        if (!this._authMethod && this._auth.oauth2 && !this._auth.credentials) {
          this._authMethod = "XOAUTH2";
        } else if (!this._authMethod || this._authMethod === "XOAUTH2" && !this._auth.oauth2) {
          const supported = this._supportedAuth.find((method) => method !== "XOAUTH2" || canUseXOAuth2);
          this._authMethod = (supported || "PLAIN").toUpperCase().trim();
        }
        if ((this._authMethod !== "XOAUTH2" || this.customAuth.has("XOAUTH2")) && (!this._auth.credentials || !this._auth.credentials.user || !this._auth.credentials.pass)) {
          if (this._auth.user && this._auth.pass || this.customAuth.has(this._authMethod)) {
            this._auth.credentials = {
              user: this._auth.user,
              pass: this._auth.pass,
              options: this._auth.options
            };
          } else {
            return callback(this._formatError('Missing credentials for "' + this._authMethod + '"', "EAUTH", false, "API"));
          }
        }
        if (this.customAuth.has(this._authMethod)) {
          const handler = this.customAuth.get(this._authMethod);
          let lastResponse;
          let returned = false;
          const resolve4 = () => {
            if (returned) {
              return;
            }
            returned = true;
            this.logger.info({
              tnx: "smtp",
              username: this._auth.user,
              action: "authenticated",
              method: this._authMethod
            }, "User %s authenticated", JSON.stringify(this._auth.user));
            this.authenticated = true;
            callback(null, true);
          };
          const reject = (err) => {
            if (returned) {
              return;
            }
            returned = true;
            callback(this._formatError(err, "EAUTH", lastResponse, "AUTH " + this._authMethod));
          };
          const sendCommand = (cmd, done) => {
            let promise;
            if (!done) {
              promise = new Promise((resolve5, reject2) => {
                done = callbackPromise(resolve5, reject2);
              });
            }
            this._responseActions.push((str) => {
              lastResponse = str;
              let codes = str.match(/^(\d+)(?:\s(\d+\.\d+\.\d+))?\s/);
              let data = {
                command: cmd,
                response: str
              };
              if (codes) {
                data.status = Number(codes[1]) || 0;
                if (codes[2]) {
                  data.code = codes[2];
                }
                data.text = str.substr(codes[0].length);
              } else {
                data.text = str;
                data.status = 0;
              }
              done(null, data);
            });
            setImmediate(() => this._sendCommand(cmd, maskAuthCommand(cmd)));
            return promise;
          };
          const handlerResponse = handler({
            auth: this._auth,
            method: this._authMethod,
            extensions: [].concat(this._supportedExtensions),
            authMethods: [].concat(this._supportedAuth),
            maxAllowedSize: this._maxAllowedSize || false,
            sendCommand,
            resolve: resolve4,
            reject
          });
          if (handlerResponse && typeof handlerResponse.catch === "function") {
            handlerResponse.then(resolve4).catch(reject);
          }
          return;
        }
        switch (this._authMethod) {
          case "XOAUTH2":
            this._handleXOauth2Token(false, callback);
            return;
          case "LOGIN":
            this._responseActions.push((str) => {
              this._actionAUTH_LOGIN_USER(str, callback);
            });
            this._sendCommand("AUTH LOGIN");
            return;
          case "PLAIN":
            this._responseActions.push((str) => {
              this._actionAUTHComplete(str, callback);
            });
            this._sendCommand(
              "AUTH PLAIN " + Buffer.from(
                //this._auth.user+'\u0000'+
                "\0" + // skip authorization identity as it causes problems with some servers
                this._auth.credentials.user + "\0" + this._auth.credentials.pass,
                "utf-8"
              ).toString("base64"),
              // log entry without passwords
              "AUTH PLAIN " + Buffer.from(
                //this._auth.user+'\u0000'+
                "\0" + // skip authorization identity as it causes problems with some servers
                this._auth.credentials.user + "\0/* secret */",
                "utf-8"
              ).toString("base64")
            );
            return;
          case "CRAM-MD5":
            this._responseActions.push((str) => {
              this._actionAUTH_CRAM_MD5(str, callback);
            });
            this._sendCommand("AUTH CRAM-MD5");
            return;
        }
        return callback(this._formatError('Unknown authentication method "' + this._authMethod + '"', "EAUTH", false, "API"));
      }
      /**
       * Sends a message
       *
       * @param envelope Envelope object, {from: addr, to: [addr]}
       * @param message String, Buffer or a Stream
       * @param done Callback to return once sending is completed
       */
      send(envelope, message, done) {
        let returned = false;
        const callback = (err, info) => {
          if (returned) {
            return;
          }
          returned = true;
          if (this._pendingSend && this._pendingSend.callback === callback) {
            this._pendingSend = false;
          }
          done(err, info);
        };
        if (!message) {
          return callback(this._formatError("Empty message", "EMESSAGE", false, "API"));
        }
        const isDestroyedMessage = this._isDestroyedMessage("send message");
        if (isDestroyedMessage) {
          return callback(this._formatError(isDestroyedMessage, "ECONNECTION", false, "API"));
        }
        if (this._maxAllowedSize && envelope.size > this._maxAllowedSize) {
          setImmediate(() => {
            callback(this._formatError("Message size larger than allowed " + this._maxAllowedSize, "EMESSAGE", false, "MAIL FROM"));
          });
          return;
        }
        const pendingSend = {
          callback,
          stream: false,
          onStreamError: (err) => callback(this._formatError(err, "ESTREAM", false, "API"))
        };
        if (typeof message.on === "function") {
          pendingSend.stream = message;
          pendingSend.stream.on("error", pendingSend.onStreamError);
        }
        this._pendingSend = pendingSend;
        const startTime = Date.now();
        this._setEnvelope(envelope, (err, info) => {
          if (err) {
            if (typeof message.destroy === "function") {
              message.destroy();
            }
            return callback(err);
          }
          const envelopeTime = Date.now();
          const stream = this._createSendStream((err2, str) => {
            if (err2) {
              return callback(err2);
            }
            const result = info;
            result.envelopeTime = envelopeTime - startTime;
            result.messageTime = Date.now() - envelopeTime;
            result.messageSize = stream.outByteCount;
            result.response = str;
            const serverMessageId = parseServerMessageId(result.response, this.options.host);
            if (serverMessageId) {
              result.serverMessageId = serverMessageId;
            }
            const rejectedErrors = this._envelope?.rejectedErrors;
            if (!result.rejectedErrors && rejectedErrors && rejectedErrors.length) {
              result.rejectedErrors = rejectedErrors;
            }
            return callback(null, result);
          });
          if (typeof message.pipe === "function") {
            message.pipe(stream);
          } else {
            stream.write(message);
            stream.end();
          }
        });
      }
      /**
       * Resets connection state
       *
       * @param callback Callback to return once connection is reset
       */
      reset(callback) {
        const isDestroyedMessage = this._isDestroyedMessage("reset");
        if (isDestroyedMessage) {
          return callback(this._formatError(isDestroyedMessage, "ECONNECTION", false, "API"));
        }
        this._sendCommand("RSET");
        this._responseActions.push((str) => {
          if (str.charAt(0) !== "2") {
            return callback(this._formatError("Could not reset session state. response=" + str, "EPROTOCOL", str, "RSET"));
          }
          this._envelope = false;
          return callback(null, true);
        });
      }
      /**
       * Connection listener that is run when the connection to
       * the server is opened
       *
       * @event
       * @internal
       */
      _onConnect() {
        const socket = this._socket;
        this._clearPhase();
        this.logger.info({
          tnx: "network",
          localAddress: socket.localAddress,
          localPort: socket.localPort,
          remoteAddress: socket.remoteAddress,
          remotePort: socket.remotePort
        }, "%s established to %s:%s", this.secure ? "Secure connection" : "Connection", socket.remoteAddress, socket.remotePort);
        if (this._destroyed) {
          this.close();
          return;
        }
        this.stage = "connected";
        socket.removeListener("data", this._onSocketData);
        socket.removeListener("timeout", this._onSocketTimeout);
        socket.removeListener("close", this._onSocketClose);
        socket.removeListener("end", this._onSocketEnd);
        socket.removeListener("error", this._onConnectionSocketError);
        socket.removeListener("error", this._onSocketError);
        socket.on("error", this._onSocketError);
        socket.on("data", this._onSocketData);
        socket.once("close", this._onSocketClose);
        socket.once("end", this._onSocketEnd);
        socket.setTimeout(this.options.socketTimeout || SOCKET_TIMEOUT);
        socket.on("timeout", this._onSocketTimeout);
        if (typeof socket.setKeepAlive === "function") {
          socket.setKeepAlive(true, KEEPALIVE_DELAY);
        }
        if (typeof socket.setNoDelay === "function") {
          socket.setNoDelay(true);
        }
        this._startPhase(this._remainingSetupTime(), timeoutError("Greeting never received", "GREETING_TIMEOUT"));
        this._responseActions.push(this._actionGreeting);
        socket.resume();
      }
      /**
       * Ends the session after a 421 reply. The replies queued for commands sent along with the
       * answered one are not going to come, so the message in flight is failed here
       *
       * @param str The 421 reply
       * @internal
       */
      _onServerClosing(str) {
        if (this._destroyed) {
          return;
        }
        const pendingSend = this._pendingSend;
        const envelope = this._envelope;
        this._responseActions = [];
        this.close();
        if (pendingSend) {
          pendingSend.callback(envelope && envelope.mailError || this._formatError("Server closed the connection", "ECONNECTION", str, "CONN"));
        }
      }
      /**
       * 'data' listener for data coming from the server
       *
       * @event
       * @param chunk Data chunk coming from the server
       * @internal
       */
      _onData(chunk) {
        if (this._destroyed || !chunk || !chunk.length) {
          return;
        }
        const maxResponseSize = this.options.maxResponseSize || MAX_RESPONSE_SIZE;
        const data = chunk.toString("binary");
        if (!data.includes("\n")) {
          this._remainder += data;
          if (this._remainder.length > maxResponseSize) {
            return this._onResponseTooLarge();
          }
          return;
        }
        const lines = (this._remainder + data).split(/\r?\n/);
        this._remainder = lines.pop();
        for (let i = 0, len = lines.length; i < len; i++) {
          if (this._responsePartial) {
            this._responseQueue[this._responseQueue.length - 1] += "\n" + lines[i];
          } else {
            this._responseQueue.push(lines[i]);
          }
          this._responsePartial = isPartialLine(lines[i]);
          if (this._responsePartial && this._responseQueue[this._responseQueue.length - 1].length > maxResponseSize) {
            return this._onResponseTooLarge();
          }
        }
        if (this._remainder.length > maxResponseSize) {
          return this._onResponseTooLarge();
        }
        if (this._responsePartial) {
          return;
        }
        this._processResponse();
      }
      /**
       * Drops a connection whose peer keeps extending a reply it never completes, releasing
       * whatever was buffered for that reply
       * @internal
       */
      _onResponseTooLarge() {
        this._remainder = "";
        this._responseQueue = [];
        this._responsePartial = false;
        this._onError(new Error("Server response exceeds maximum allowed size"), "EPROTOCOL", false, "CONN");
      }
      /**
       * 'error' listener for the socket
       *
       * @event
       * @param err Error object
       * @param type Error name
       * @param data Server response that triggered the error, false if there is none
       * @param command SMTP command that was in flight
       * @internal
       */
      _onError(err, type, data, command) {
        this._clearPhase();
        if (this._destroyed) {
          return;
        }
        err = this._formatError(err, type, data, command);
        if (isTransientError(err)) {
          this.logger.warn({ tnx: "smtp", err }, "%s", err.message);
        } else {
          this.logger.error({ tnx: "smtp", err }, "%s", err.message);
        }
        const pendingSend = this._pendingSend;
        this.emit("error", err);
        this.close();
        if (pendingSend) {
          pendingSend.callback(err);
        }
      }
      /** @internal */
      _formatError(message, type, response, command) {
        let err;
        if (/Error\]$/i.test(Object.prototype.toString.call(message))) {
          err = message;
        } else {
          err = new Error(message);
        }
        if (type && type !== "Error" && err.code !== ERR_ACCESS_DENIED) {
          if (err.code && err.code !== type && !err.originalCode) {
            err.originalCode = err.code;
          }
          err.code = type;
        }
        if (response) {
          err.response = response;
          err.message += ": " + response;
        }
        const responseCode = typeof response === "string" && Number((response.match(/^\d+/) || [])[0]) || false;
        if (responseCode) {
          err.responseCode = responseCode;
          err.permanent = isPermanentResponseCode(responseCode);
        }
        if (command) {
          err.command = command;
        }
        return err;
      }
      /**
       * 'close' listener for the socket
       *
       * @event
       * @internal
       */
      _onClose() {
        let serverResponse = false;
        if (this._remainder && this._remainder.trim()) {
          this.lastServerResponse = serverResponse = decodeServerResponse(this._remainder.trim());
          if (this.options.debug || this.options.transactionLog) {
            this.logger.debug({
              tnx: "server"
            }, serverResponse);
          }
        }
        this.logger.info({
          tnx: "network"
        }, "Connection closed");
        const failureResponse = typeof serverResponse === "string" && /^[45]\d{2}[ -]/.test(serverResponse) ? serverResponse : false;
        if (this.upgrading && !this._destroyed) {
          return this._onError(new Error("Connection closed unexpectedly"), "ETLS", failureResponse, "CONN");
        }
        if (!failureResponse && this._responseActions[0] === this._actionGreeting && this._connectCallback && !this._destroyed) {
          const connectCallback = this._connectCallback;
          this._connectCallback = false;
          const err = this._formatError(new Error("Connection closed unexpectedly"), "ECONNECTION", false, "CONN");
          this.logger.warn({ tnx: "network" }, err.message);
          connectCallback(err);
          this.close();
          return;
        }
        if (!failureResponse && this.stage === "connected" && !this._responseActions.length && !this._pendingSend && !this._destroyed && !this._closing) {
          this.logger.info({
            tnx: "network"
          }, "Server closed the idle connection");
          return this._destroy();
        }
        if (failureResponse || this._responseActions[0] !== this.close && !this._destroyed) {
          return this._onError(new Error("Connection closed unexpectedly"), "ECONNECTION", failureResponse, "CONN");
        }
        this._destroy();
      }
      /**
       * 'end' listener for the socket
       *
       * @event
       * @internal
       */
      _onEnd() {
        if (this._socket && !this._socket.destroyed) {
          this._socket.end();
        }
      }
      /**
       * 'timeout' listener for the socket
       *
       * @event
       * @internal
       */
      _onTimeout() {
        return this._onError(timeoutError("Timeout", "SOCKET_TIMEOUT"), "ETIMEDOUT", false, "CONN");
      }
      /**
       * Destroys the client, emits 'end'
       * @internal
       */
      _destroy() {
        if (this._destroyed) {
          return;
        }
        this._destroyed = true;
        this.destroyed = true;
        this._clearPhase();
        this.emit("end");
      }
      /**
       * Upgrades the connection to TLS
       *
       * @param callback Callback function to run when the connection
       *        has been secured
       * @internal
       */
      _upgradeConnection(callback) {
        if (this._destroyed || this._closing) {
          return;
        }
        const discarded = this._remainder.length + this._responseQueue.reduce((total, response) => total + response.length, 0);
        if (discarded) {
          this.logger.warn({
            tnx: "smtp",
            discarded
          }, "Discarded %s bytes received in plaintext after the STARTTLS response", discarded);
        }
        this._plaintextEhlo = false;
        this._remainder = "";
        this._responseQueue = [];
        this._responsePartial = false;
        const socketPlain = this._socket;
        socketPlain.removeListener("data", this._onSocketData);
        socketPlain.removeListener("timeout", this._onSocketTimeout);
        socketPlain.setTimeout(0);
        const opts = Object.assign({
          socket: socketPlain,
          host: this.host
        }, this.options.tls || {});
        if (this.servername && !opts.servername) {
          opts.servername = this.servername;
        }
        const removePlainSocketListeners = () => {
          socketPlain.removeListener("close", this._onSocketClose);
          socketPlain.removeListener("end", this._onSocketEnd);
          socketPlain.removeListener("error", this._onSocketError);
          socketPlain.removeListener("error", this._onConnectionSocketError);
        };
        this.upgrading = true;
        this._startPhase(this._remainingSetupTime(), timeoutError("TLS handshake timed out", "UPGRADE_TIMEOUT"));
        try {
          this._socket = import_node_tls2.default.connect(opts, () => {
            this._clearPhase();
            this.secure = true;
            this.upgrading = false;
            this._socket.on("data", this._onSocketData);
            removePlainSocketListeners();
            return callback(null, true);
          });
        } catch (err) {
          this._clearPhase();
          removePlainSocketListeners();
          return callback(err);
        }
        this._socket.on("error", this._onSocketError);
        this._socket.once("close", this._onSocketClose);
        this._socket.once("end", this._onSocketEnd);
        this._socket.setTimeout(this.options.socketTimeout || SOCKET_TIMEOUT);
        this._socket.on("timeout", this._onSocketTimeout);
        socketPlain.resume();
      }
      /**
       * Processes queued responses from the server
       * @internal
       */
      _processResponse() {
        if (!this._responseQueue.length) {
          return false;
        }
        const raw = (this._responseQueue.shift() || "").toString();
        if (!raw.trim()) {
          setImmediate(() => this._processResponse());
          return;
        }
        if (isPartialResponse(raw)) {
          this._responseQueue.unshift(raw);
          return;
        }
        const str = this.lastServerResponse = decodeServerResponse(raw);
        if (this.options.debug || this.options.transactionLog) {
          this.logger.debug({
            tnx: "server"
          }, str.replace(/\r?\n$/, ""));
        }
        const action = this._responseActions.shift();
        const closing = /^421[ -]/.test(str);
        if (typeof action === "function") {
          action.call(this, str);
          if (closing) {
            return this._onServerClosing(str);
          }
          setImmediate(() => this._processResponse());
        } else if (closing && !this._pendingSend && this.stage === "connected") {
          this.logger.info({
            tnx: "smtp"
          }, "Server closed the idle connection: %s", str);
          this.close();
        } else {
          return this._onError(new Error("Unexpected Response"), "EPROTOCOL", str, "CONN");
        }
      }
      /**
       * Send a command to the server, append \r\n
       *
       * @param str String to be sent to the server
       * @param logStr Optional string to be used for logging instead of the actual string
       * @internal
       */
      _sendCommand(str, logStr) {
        if (this._destroyed) {
          return;
        }
        const socket = this._socket;
        if (socket.destroyed) {
          return this.close();
        }
        if (this.options.debug || this.options.transactionLog) {
          this.logger.debug({
            tnx: "client"
          }, (logStr || str || "").toString().replace(/\r?\n$/, ""));
        }
        socket.write(Buffer.from(str + "\r\n", "utf-8"));
      }
      /**
       * Initiates a new message by submitting envelope data, starting with
       * MAIL FROM: command
       *
       * @param envelope Envelope object in the form of
       *        {from:'...', to:['...']}
       *        or
       *        {from:{address:'...',name:'...'}, to:[address:'...',name:'...']}
       * @param callback Callback to run once the envelope is processed
       * @internal
       */
      _setEnvelope(envelope, callback) {
        const args = [];
        let useSmtpUtf8 = false;
        this._envelope = envelope || {};
        this._envelope.from = (this._envelope.from && this._envelope.from.address || this._envelope.from || "").toString().trim();
        this._envelope.to = [].concat(this._envelope.to || []).map((to) => (to && to.address || to || "").toString().trim());
        if (!this._envelope.to.length) {
          return callback(this._formatError("No recipients defined", "EENVELOPE", false, "API"));
        }
        if (this._envelope.from && /[\r\n<>]/.test(this._envelope.from)) {
          return callback(this._formatError("Invalid sender " + JSON.stringify(this._envelope.from), "EENVELOPE", false, "API"));
        }
        if (/[\x80-\uFFFF]/.test(this._envelope.from)) {
          useSmtpUtf8 = true;
        }
        for (let i = 0, len = this._envelope.to.length; i < len; i++) {
          if (!this._envelope.to[i] || /[\r\n<>]/.test(this._envelope.to[i])) {
            return callback(this._formatError("Invalid recipient " + JSON.stringify(this._envelope.to[i]), "EENVELOPE", false, "API"));
          }
          if (/[\x80-\uFFFF]/.test(this._envelope.to[i])) {
            useSmtpUtf8 = true;
          }
        }
        this._envelope.rcptQueue = [].concat(this._envelope.to || []);
        this._envelope.rejected = [];
        this._envelope.rejectedErrors = [];
        this._envelope.accepted = [];
        if (this._envelope.dsn) {
          try {
            this._envelope.dsn = this._setDsnEnvelope(this._envelope.dsn);
          } catch (err) {
            return callback(this._formatError("Invalid DSN " + err.message, "EENVELOPE", false, "API"));
          }
        }
        if (this._envelope.requireTLSExtensionEnabled) {
          if (!this.secure) {
            return callback(this._formatError("REQUIRETLS can only be used over TLS connections (RFC 8689)", "EREQUIRETLS", false, "MAIL FROM"));
          }
          if (!this._supportedExtensions.includes("REQUIRETLS")) {
            return callback(this._formatError("Server does not support REQUIRETLS extension (RFC 8689)", "EREQUIRETLS", false, "MAIL FROM"));
          }
        }
        this._envelope.pipelined = this._supportedExtensions.includes("PIPELINING");
        this._responseActions.push((str) => {
          this._actionMAIL(str, callback);
        });
        if (useSmtpUtf8 && this._supportedExtensions.includes("SMTPUTF8")) {
          args.push("SMTPUTF8");
          this._usingSmtpUtf8 = true;
        }
        if (this._envelope.use8BitMime && this._supportedExtensions.includes("8BITMIME")) {
          args.push("BODY=8BITMIME");
          this._using8BitMime = true;
        }
        if (this._envelope.size && this._supportedExtensions.includes("SIZE")) {
          const sizeValue = Number(this._envelope.size) || 0;
          if (sizeValue > 0) {
            args.push("SIZE=" + sizeValue);
          }
        }
        if (this._envelope.dsn && this._supportedExtensions.includes("DSN")) {
          if (this._envelope.dsn.ret) {
            args.push("RET=" + encodeXText(this._envelope.dsn.ret));
          }
          if (this._envelope.dsn.envid) {
            args.push("ENVID=" + encodeXText(this._envelope.dsn.envid));
          }
        }
        if (this._envelope.requireTLSExtensionEnabled) {
          args.push("REQUIRETLS");
        }
        const mailFrom = "MAIL FROM:<" + this._envelope.from + ">" + (args.length ? " " + args.join(" ") : "");
        this._recipientQueue = [];
        if (!this._envelope.pipelined) {
          this._sendCommand(mailFrom);
          return;
        }
        const socket = this._socket;
        socket.cork();
        this._sendCommand(mailFrom);
        while (this._envelope.rcptQueue.length) {
          this._sendRcpt(this._envelope.rcptQueue.shift(), callback);
        }
        this._responseActions.push((str) => {
          this._actionDATA(str, callback);
        });
        this._sendCommand("DATA");
        socket.uncork();
      }
      /**
       * Sends RCPT TO for a recipient and queues the handler for the reply
       *
       * @param recipient Recipient address
       * @param callback Callback to run once the envelope is processed
       * @internal
       */
      _sendRcpt(recipient, callback) {
        this._recipientQueue.push(recipient);
        this._responseActions.push((str) => {
          this._actionRCPT(str, callback);
        });
        this._sendCommand("RCPT TO:<" + recipient + ">" + this._getDsnRcptToArgs());
      }
      /** @internal */
      _setDsnEnvelope(params) {
        let ret = (params.ret || params.return || "").toString().toUpperCase() || null;
        if (ret) {
          switch (ret) {
            case "HDRS":
            case "HEADERS":
              ret = "HDRS";
              break;
            case "FULL":
            case "BODY":
              ret = "FULL";
              break;
          }
        }
        if (ret && !["FULL", "HDRS"].includes(ret)) {
          throw new Error("ret: " + JSON.stringify(ret));
        }
        const envid = (params.envid || params.id || "").toString() || null;
        let notify = params.notify || null;
        if (notify) {
          if (typeof notify === "string") {
            notify = notify.split(",");
          }
          notify = notify.map((n) => n.trim().toUpperCase());
          const validNotify = ["NEVER", "SUCCESS", "FAILURE", "DELAY"];
          const invalidNotify = notify.filter((n) => !validNotify.includes(n));
          if (invalidNotify.length || notify.length > 1 && notify.includes("NEVER")) {
            throw new Error("notify: " + JSON.stringify(notify.join(",")));
          }
          notify = notify.join(",");
        }
        let orcpt = (params.recipient || params.orcpt || "").toString() || null;
        if (orcpt && orcpt.indexOf(";") < 0) {
          orcpt = "rfc822;" + orcpt;
        }
        return {
          ret,
          envid,
          notify,
          orcpt
        };
      }
      /** @internal */
      _getDsnRcptToArgs() {
        const envelope = this._envelope;
        const args = [];
        if (envelope.dsn && this._supportedExtensions.includes("DSN")) {
          if (envelope.dsn.notify) {
            args.push("NOTIFY=" + encodeXText(envelope.dsn.notify));
          }
          if (envelope.dsn.orcpt) {
            args.push("ORCPT=" + encodeXText(envelope.dsn.orcpt));
          }
        }
        return args.length ? " " + args.join(" ") : "";
      }
      /** @internal */
      _createSendStream(callback) {
        const envelope = this._envelope;
        const dataStream = new DataStream();
        if (this.options.lmtp) {
          envelope.accepted.forEach((recipient, i) => {
            const final = i === envelope.accepted.length - 1;
            this._responseActions.push((str) => {
              this._actionLMTPStream(recipient, final, str, callback);
            });
          });
        } else {
          this._responseActions.push((str) => {
            this._actionSMTPStream(str, callback);
          });
        }
        this._currentDataStream = dataStream;
        dataStream.pipe(this._socket, {
          end: false
        });
        if (this.options.debug) {
          const logStream = new import_node_stream13.PassThrough();
          logStream.on("readable", () => {
            let chunk;
            while (chunk = logStream.read()) {
              this.logger.debug({
                tnx: "message"
              }, chunk.toString("binary").replace(/\r?\n$/, ""));
            }
          });
          dataStream.pipe(logStream);
        }
        dataStream.once("end", () => {
          if (this._currentDataStream === dataStream) {
            this._currentDataStream = false;
          }
          this.logger.info({
            tnx: "message",
            inByteCount: dataStream.inByteCount,
            outByteCount: dataStream.outByteCount
          }, "<%s bytes encoded mime message (source size %s bytes)>", dataStream.outByteCount, dataStream.inByteCount);
        });
        return dataStream;
      }
      /** ACTIONS **/
      /**
       * Will be run after the connection is created and the server sends
       * a greeting. If the incoming message starts with 220 initiate
       * SMTP session by sending EHLO command
       *
       * @param str Message from the server
       * @internal
       */
      _actionGreeting(str) {
        this._clearPhase();
        if (str.substr(0, 3) !== "220") {
          this._onError(new Error("Invalid greeting. response=" + str), "EPROTOCOL", str, "CONN");
          return;
        }
        if (this.options.lmtp) {
          this._responseActions.push(this._actionLHLO);
          this._sendCommand("LHLO " + this.name);
        } else {
          this._responseActions.push(this._actionEHLO);
          this._sendCommand("EHLO " + this.name);
        }
      }
      /**
       * Handles server response for LHLO command. If it yielded in
       * error, emit 'error', otherwise treat this as an EHLO response
       *
       * @param str Message from the server
       * @internal
       */
      _actionLHLO(str) {
        if (str.charAt(0) !== "2") {
          this._onError(new Error("Invalid LHLO. response=" + str), "EPROTOCOL", str, "LHLO");
          return;
        }
        this._actionEHLO(str);
      }
      /**
       * Handles server response for EHLO command. If it yielded in
       * error, try HELO instead, otherwise initiate TLS negotiation
       * if STARTTLS is supported by the server or move into the
       * authentication phase.
       *
       * @param str Message from the server
       * @internal
       */
      _actionEHLO(str) {
        if (str.substr(0, 3) === "421") {
          this._onError(new Error("Server terminates connection. response=" + str), "ECONNECTION", str, "EHLO");
          return;
        }
        if (str.charAt(0) !== "2") {
          if (this.options.requireTLS) {
            this._onError(new Error("EHLO failed but HELO does not support required STARTTLS. response=" + str), "ECONNECTION", str, "EHLO");
            return;
          }
          this._responseActions.push(this._actionHELO);
          this._sendCommand("HELO " + this.name);
          return;
        }
        if (!this.secure && !this.options.ignoreTLS && (/[ -]STARTTLS\b/im.test(str) || this.options.requireTLS)) {
          this._plaintextEhlo = str;
          this._sendCommand("STARTTLS");
          this._responseActions.push(this._actionSTARTTLS);
          return;
        }
        this._parseEhloExtensions(str);
        this.emit("connect");
      }
      /**
       * Reads the extensions and the authentication mechanisms out of an EHLO response
       *
       * @param str EHLO response from the server
       * @internal
       */
      _parseEhloExtensions(str) {
        let match;
        this._ehloLines = str.split(/\r?\n/).map((line) => line.replace(/^\d+[ -]/, "").trim()).filter((line) => line).slice(1);
        if (/[ -]SMTPUTF8\b/im.test(str)) {
          this._supportedExtensions.push("SMTPUTF8");
        }
        if (/[ -]DSN\b/im.test(str)) {
          this._supportedExtensions.push("DSN");
        }
        if (/[ -]8BITMIME\b/im.test(str)) {
          this._supportedExtensions.push("8BITMIME");
        }
        if (/[ -]REQUIRETLS\b/im.test(str)) {
          this._supportedExtensions.push("REQUIRETLS");
        }
        if (/[ -]PIPELINING\b/im.test(str)) {
          this._supportedExtensions.push("PIPELINING");
        }
        if (/[ -]AUTH\b/i.test(str)) {
          this.allowsAuth = true;
        }
        const authMechanisms = /* @__PURE__ */ new Set();
        for (const line of this._ehloLines) {
          const authMatch = /^AUTH[\s=](.*)/i.exec(line);
          if (authMatch) {
            for (const mechanism of authMatch[1].split(/[\s=]+/)) {
              authMechanisms.add(mechanism.toUpperCase());
            }
          }
        }
        for (const mechanism of ["PLAIN", "LOGIN", "CRAM-MD5", "XOAUTH2"]) {
          if (authMechanisms.has(mechanism)) {
            this._supportedAuth.push(mechanism);
          }
        }
        if (match = str.match(/[ -]SIZE(?:[ \t]+(\d+))?/im)) {
          this._supportedExtensions.push("SIZE");
          this._maxAllowedSize = Number(match[1]) || 0;
        }
      }
      /**
       * Handles server response for HELO command. If it yielded in
       * error, emit 'error', otherwise move into the authentication phase.
       *
       * @param str Message from the server
       * @internal
       */
      _actionHELO(str) {
        if (str.charAt(0) !== "2") {
          this._onError(new Error("Invalid HELO. response=" + str), "EPROTOCOL", str, "HELO");
          return;
        }
        this.allowsAuth = true;
        this.emit("connect");
      }
      /**
       * Handles server response for STARTTLS command. If there's an error
       * try HELO instead, otherwise initiate TLS upgrade. If the upgrade
       * succeedes restart the EHLO
       *
       * @param str Message from the server
       * @internal
       */
      _actionSTARTTLS(str) {
        if (str.charAt(0) !== "2") {
          if (this.options.opportunisticTLS) {
            this.logger.info({
              tnx: "smtp"
            }, "Failed STARTTLS upgrade, continuing unencrypted");
            if (this._plaintextEhlo) {
              this._parseEhloExtensions(this._plaintextEhlo);
              this._plaintextEhlo = false;
              this.allowsAuth = false;
              this._supportedAuth = [];
            }
            this.emit("connect");
            return;
          }
          this._onError(new Error("Error upgrading connection with STARTTLS"), "ETLS", str, "STARTTLS");
          return;
        }
        this._upgradeConnection((err, secured) => {
          if (err) {
            this._onError(new Error("Error initiating TLS - " + (err.message || err)), "ETLS", false, "STARTTLS");
            return;
          }
          this.logger.info({
            tnx: "smtp"
          }, "Connection upgraded with STARTTLS");
          if (secured) {
            if (this.options.lmtp) {
              this._responseActions.push(this._actionLHLO);
              this._sendCommand("LHLO " + this.name);
            } else {
              this._responseActions.push(this._actionEHLO);
              this._sendCommand("EHLO " + this.name);
            }
          } else {
            this.emit("connect");
          }
        });
      }
      /**
       * Handle the response for AUTH LOGIN command. We are expecting
       * '334 VXNlcm5hbWU6' (base64 for 'Username:'). Data to be sent as
       * response needs to be base64 encoded username. We do not need
       * exact match but settle with 334 response in general as some
       * hosts invalidly use a longer message than VXNlcm5hbWU6
       *
       * @param str Message from the server
       * @param callback Callback to run once the authentication sequence completes
       * @internal
       */
      _actionAUTH_LOGIN_USER(str, callback) {
        if (!/^334[ -]/.test(str)) {
          callback(this._formatError('Invalid login sequence while waiting for "334 VXNlcm5hbWU6"', "EAUTH", str, "AUTH LOGIN"));
          return;
        }
        this._responseActions.push((str2) => {
          this._actionAUTH_LOGIN_PASS(str2, callback);
        });
        this._sendCommand(Buffer.from(this._auth.credentials.user + "", "utf-8").toString("base64"));
      }
      /**
       * Handle the response for AUTH CRAM-MD5 command. We are expecting
       * '334 <challenge string>'. Data to be sent as response needs to be
       * base64 decoded challenge string, MD5 hashed using the password as
       * a HMAC key, prefixed by the username and a space, and finally all
       * base64 encoded again.
       *
       * @param str Message from the server
       * @param callback Callback to run once the authentication sequence completes
       * @internal
       */
      _actionAUTH_CRAM_MD5(str, callback) {
        const challengeMatch = str.match(/^334\s+(.+)$/);
        if (!challengeMatch) {
          return callback(this._formatError("Invalid login sequence while waiting for server challenge string", "EAUTH", str, "AUTH CRAM-MD5"));
        }
        const base64decoded = Buffer.from(challengeMatch[1], "base64").toString("ascii");
        const hmacMD5 = import_node_crypto7.default.createHmac("md5", this._auth.credentials.pass);
        hmacMD5.update(base64decoded);
        const prepended = this._auth.credentials.user + " " + hmacMD5.digest("hex");
        this._responseActions.push((str2) => {
          this._actionAUTH_CRAM_MD5_PASS(str2, callback);
        });
        this._sendCommand(
          Buffer.from(prepended).toString("base64"),
          // hidden hash for logs
          Buffer.from(this._auth.credentials.user + " /* secret */").toString("base64")
        );
      }
      /**
       * Handles the response to CRAM-MD5 authentication, if there's no error,
       * the user can be considered logged in. Start waiting for a message to send
       *
       * @param str Message from the server
       * @param callback Callback to run once the authentication sequence completes
       * @internal
       */
      _actionAUTH_CRAM_MD5_PASS(str, callback) {
        if (!str.match(/^235\s+/)) {
          return callback(this._formatError('Invalid login sequence while waiting for "235"', "EAUTH", str, "AUTH CRAM-MD5"));
        }
        this.logger.info({
          tnx: "smtp",
          username: this._auth.user,
          action: "authenticated",
          method: this._authMethod
        }, "User %s authenticated", JSON.stringify(this._auth.user));
        this.authenticated = true;
        callback(null, true);
      }
      /**
       * Handle the response for AUTH LOGIN command. We are expecting
       * '334 UGFzc3dvcmQ6' (base64 for 'Password:'). Data to be sent as
       * response needs to be base64 encoded password.
       *
       * @param str Message from the server
       * @param callback Callback to run once the authentication sequence completes
       * @internal
       */
      _actionAUTH_LOGIN_PASS(str, callback) {
        if (!/^334[ -]/.test(str)) {
          return callback(this._formatError('Invalid login sequence while waiting for "334 UGFzc3dvcmQ6"', "EAUTH", str, "AUTH LOGIN"));
        }
        this._responseActions.push((str2) => {
          this._actionAUTHComplete(str2, callback);
        });
        this._sendCommand(
          Buffer.from((this._auth.credentials.pass || "").toString(), "utf-8").toString("base64"),
          // Hidden pass for logs
          Buffer.from("/* secret */", "utf-8").toString("base64")
        );
      }
      /**
       * Handles the response for authentication, if there's no error,
       * the user can be considered logged in. Start waiting for a message to send
       *
       * @param str Message from the server
       * @param isRetry True if this is a retry after a failed login, or the callback itself
       * @param [callback] Callback to run once the authentication sequence completes
       * @internal
       */
      _actionAUTHComplete(str, isRetry, callback) {
        if (!callback && typeof isRetry === "function") {
          callback = isRetry;
          isRetry = false;
        }
        if (str.substr(0, 3) === "334") {
          this._responseActions.push((str2) => {
            if (isRetry || this._authMethod !== "XOAUTH2") {
              this._actionAUTHComplete(str2, true, callback);
            } else {
              setImmediate(() => this._handleXOauth2Token(true, callback));
            }
          });
          this._sendCommand("");
          return;
        }
        if (str.charAt(0) !== "2") {
          this.logger.info({
            tnx: "smtp",
            username: this._auth.user,
            action: "authfail",
            method: this._authMethod
          }, "User %s failed to authenticate", JSON.stringify(this._auth.user));
          return callback(this._formatError("Invalid login", "EAUTH", str, "AUTH " + this._authMethod));
        }
        this.logger.info({
          tnx: "smtp",
          username: this._auth.user,
          action: "authenticated",
          method: this._authMethod
        }, "User %s authenticated", JSON.stringify(this._auth.user));
        this.authenticated = true;
        callback(null, true);
      }
      /**
       * Handle response for a MAIL FROM: command
       *
       * @param str Message from the server
       * @param callback Callback to run once the envelope is processed
       * @internal
       */
      _actionMAIL(str, callback) {
        const envelope = this._envelope;
        if (Number(str.charAt(0)) !== 2) {
          const message = this._usingSmtpUtf8 && /^550 /.test(str) && /[\x80-\uFFFF]/.test(envelope.from) ? "Internationalized mailbox name not allowed" : "Mail command failed";
          envelope.mailError = this._formatError(message, "EENVELOPE", str, "MAIL FROM");
        }
        this._advanceEnvelope(str, callback);
      }
      /**
       * Handle response for a RCPT TO: command
       *
       * @param str Message from the server
       * @param callback Callback to run once the envelope is processed
       * @internal
       */
      _actionRCPT(str, callback) {
        const envelope = this._envelope;
        let err;
        const curRecipient = this._recipientQueue.shift();
        if (Number(str.charAt(0)) !== 2) {
          const message = this._usingSmtpUtf8 && /^553 /.test(str) && /[\x80-\uFFFF]/.test(curRecipient) ? "Internationalized mailbox name not allowed" : "Recipient command failed";
          envelope.rejected.push(curRecipient);
          err = this._formatError(message, "EENVELOPE", str, "RCPT TO");
          err.recipient = curRecipient;
          envelope.rejectedErrors.push(err);
        } else {
          envelope.accepted.push(curRecipient);
        }
        this._advanceEnvelope(str, callback);
      }
      /**
       * Moves the envelope on after a reply to MAIL FROM or RCPT TO. A pipelined envelope sent every
       * command at once and is decided by the reply to DATA. Otherwise the commands go one at a
       * time: the next recipient, or once every reply is in, DATA or the error that ends the message
       *
       * @param str The reply that was handled
       * @param callback Callback to run once the envelope is processed
       * @internal
       */
      _advanceEnvelope(str, callback) {
        const envelope = this._envelope;
        if (envelope.pipelined) {
          return;
        }
        if (envelope.mailError) {
          return callback(envelope.mailError);
        }
        if (envelope.rcptQueue.length) {
          return this._sendRcpt(envelope.rcptQueue.shift(), callback);
        }
        if (this._recipientQueue.length) {
          return;
        }
        const err = this._envelopeError(str);
        if (err) {
          return callback(err);
        }
        this._responseActions.push((str2) => {
          this._actionDATA(str2, callback);
        });
        this._sendCommand("DATA");
      }
      /**
       * Decides how the envelope went once every reply to MAIL FROM and RCPT TO is in. Called after
       * the last RCPT TO reply, or with PIPELINING on the reply to the DATA command sent along
       *
       * @param str The reply being handled
       * @returns The error to fail the message with, or null when DATA can go ahead
       * @internal
       */
      _envelopeError(str) {
        const envelope = this._envelope;
        if (envelope.mailError) {
          return envelope.mailError;
        }
        if (envelope.accepted.length) {
          return null;
        }
        const deferred = envelope.rejectedErrors.find((rejectedErr) => rejectedErr.responseCode && rejectedErr.responseCode < 500);
        const lastRejected = envelope.rejectedErrors[envelope.rejectedErrors.length - 1];
        const reply = deferred?.response ?? (envelope.pipelined && lastRejected ? lastRejected.response : str);
        const err = this._formatError("Can't send mail - all recipients were rejected", "EENVELOPE", reply, "RCPT TO");
        err.rejected = envelope.rejected;
        err.rejectedErrors = envelope.rejectedErrors;
        return err;
      }
      /**
       * Handle response for a DATA command
       *
       * @param str Message from the server
       * @param callback Callback to run once the envelope is processed
       * @internal
       */
      _actionDATA(str, callback) {
        const envelope = this._envelope;
        if (envelope.pipelined) {
          const err = this._envelopeError(str);
          if (err) {
            if (/^3/.test(str)) {
              if (envelope.mailError) {
                this.close();
                return callback(err);
              }
              this._responseActions.push(() => callback(err));
              this._sendCommand(".");
              return;
            }
            return callback(err);
          }
        }
        if (!/^[23]/.test(str)) {
          return callback(this._formatError("Data command failed", "EENVELOPE", str, "DATA"));
        }
        const response = {
          accepted: envelope.accepted,
          rejected: envelope.rejected
        };
        if (this._ehloLines && this._ehloLines.length) {
          response.ehlo = this._ehloLines;
        }
        if (envelope.rejectedErrors.length) {
          response.rejectedErrors = envelope.rejectedErrors;
        }
        callback(null, response);
      }
      /**
       * Handle response for a DATA stream when using SMTP
       * We expect a single response that defines if the sending succeeded or failed
       *
       * @param str Message from the server
       * @param callback Callback to run with the final send result
       * @internal
       */
      _actionSMTPStream(str, callback) {
        if (Number(str.charAt(0)) !== 2) {
          return callback(this._formatError("Message failed", "EMESSAGE", str, "DATA"));
        }
        return callback(null, str);
      }
      /**
       * Handle response for a DATA stream
       * We expect a separate response for every recipient. All recipients can either
       * succeed or fail separately
       *
       * @param recipient The recipient this response applies to
       * @param final Is this the final recipient?
       * @param str Message from the server
       * @param callback Callback to run with the final send result
       * @internal
       */
      _actionLMTPStream(recipient, final, str, callback) {
        const envelope = this._envelope;
        let err;
        if (Number(str.charAt(0)) !== 2) {
          err = this._formatError("Message failed for recipient " + recipient, "EMESSAGE", str, "DATA");
          err.recipient = recipient;
          envelope.rejected.push(recipient);
          envelope.rejectedErrors.push(err);
          for (let i = 0, len = envelope.accepted.length; i < len; i++) {
            if (envelope.accepted[i] === recipient) {
              envelope.accepted.splice(i, 1);
            }
          }
        }
        if (final) {
          return callback(null, str);
        }
      }
      /** @internal */
      _handleXOauth2Token(isRetry, callback) {
        this._auth.oauth2.getToken(isRetry, (err, accessToken) => {
          if (err) {
            this.logger.info({
              tnx: "smtp",
              username: this._auth.user,
              action: "authfail",
              method: this._authMethod
            }, "User %s failed to authenticate", JSON.stringify(this._auth.user));
            return callback(this._formatError(err, "EAUTH", false, "AUTH XOAUTH2"));
          }
          this._responseActions.push((str) => {
            this._actionAUTHComplete(str, isRetry, callback);
          });
          this._sendCommand(
            "AUTH XOAUTH2 " + this._auth.oauth2.buildXOAuth2Token(accessToken),
            //  Hidden for logs
            "AUTH XOAUTH2 " + this._auth.oauth2.buildXOAuth2Token("/* secret */")
          );
        });
      }
      /**
       *
       * @param command
       * @internal
       */
      _isDestroyedMessage(command) {
        if (this._destroyed) {
          return "Cannot " + command + " - smtp connection is already destroyed.";
        }
        if (this._socket) {
          if (this._socket.destroyed) {
            return "Cannot " + command + " - smtp connection socket is already destroyed.";
          }
          if (!this._socket.writable) {
            return "Cannot " + command + " - smtp connection socket is already half-closed.";
          }
        }
      }
      /** @internal */
      _getHostname() {
        let defaultHostname;
        try {
          defaultHostname = import_node_os2.default.hostname() || "";
        } catch (_err) {
          defaultHostname = "localhost";
        }
        if (!defaultHostname || defaultHostname.indexOf(".") < 0) {
          defaultHostname = "[127.0.0.1]";
        }
        if (defaultHostname.match(/^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/)) {
          defaultHostname = "[" + defaultHostname + "]";
        }
        return defaultHostname;
      }
    };
    smtp_connection_default = SMTPConnection;
  }
});

// node_modules/nodemailer/dist/esm/xoauth2/index.js
var import_node_stream14, import_node_crypto8, XOAuth2, xoauth2_default;
var init_xoauth2 = __esm({
  "node_modules/nodemailer/dist/esm/xoauth2/index.js"() {
    import_node_stream14 = require("node:stream");
    init_fetch();
    import_node_crypto8 = __toESM(require("node:crypto"), 1);
    init_shared();
    init_errors2();
    XOAuth2 = class extends import_node_stream14.Stream {
      constructor(options, logger) {
        super();
        this.options = options || {};
        this.configError = false;
        if (options && options.serviceClient) {
          if (!options.privateKey || !options.user) {
            const err = new Error('Options "privateKey" and "user" are required for service account!');
            err.code = EOAUTH2;
            this.configError = err;
          }
          const serviceRequestTimeout = Math.min(Math.max(Number(this.options.serviceRequestTimeout) || 0, 0), 3600);
          this.options.serviceRequestTimeout = serviceRequestTimeout || 5 * 60;
        }
        this.logger = getLogger({
          logger
        }, {
          component: this.options.component || "OAuth2"
        });
        this.provisionCallback = typeof this.options.provisionCallback === "function" ? this.options.provisionCallback : false;
        this.options.accessUrl = this.options.accessUrl || "https://accounts.google.com/o/oauth2/token";
        this.options.customHeaders = this.options.customHeaders || {};
        this.options.customParams = this.options.customParams || {};
        this.accessToken = this.options.accessToken || false;
        if (this.options.expires && Number(this.options.expires)) {
          this.expires = this.options.expires;
        } else {
          const timeout = Math.max(Number(this.options.timeout) || 0, 0);
          this.expires = timeout && Date.now() + timeout * 1e3 || 0;
        }
        this.renewing = false;
        this.renewalQueue = [];
      }
      /**
       * Returns or generates (if previous has expired) a XOAuth2 token
       *
       * @param renew If false then use cached access token (if available)
       * @param callback Callback function with error object and token string
       */
      getToken(renew, callback) {
        const done = callback;
        if (this.configError) {
          return done(this.configError);
        }
        if (!renew && this.accessToken && (!this.expires || this.expires > Date.now())) {
          this.logger.debug({
            tnx: "OAUTH2",
            user: this.options.user,
            action: "reuse"
          }, "Reusing existing access token for %s", this.options.user);
          return callback(null, this.accessToken);
        }
        if (!this.provisionCallback && !this.options.refreshToken && !this.options.serviceClient) {
          if (this.accessToken) {
            this.logger.debug({
              tnx: "OAUTH2",
              user: this.options.user,
              action: "reuse"
            }, "Reusing existing access token (no refresh capability) for %s", this.options.user);
            return callback(null, this.accessToken);
          }
          this.logger.error({
            tnx: "OAUTH2",
            user: this.options.user,
            action: "renew"
          }, "Cannot renew access token for %s: No refresh mechanism available", this.options.user);
          const err = new Error("Can't create new access token for user");
          err.code = EOAUTH2;
          return done(err);
        }
        if (this.renewing) {
          this.renewalQueue.push({ renew, callback: done });
          return;
        }
        this.renewing = true;
        const generateCallback = (err, accessToken) => {
          this.renewalQueue.forEach((item) => item.callback(err, accessToken));
          this.renewalQueue = [];
          this.renewing = false;
          if (err) {
            this.logger.error({
              err,
              tnx: "OAUTH2",
              user: this.options.user,
              action: "renew"
            }, "Failed generating new Access Token for %s", this.options.user);
          } else {
            this.logger.info({
              tnx: "OAUTH2",
              user: this.options.user,
              action: "renew"
            }, "Generated new Access Token for %s", this.options.user);
          }
          done(err, accessToken);
        };
        if (this.provisionCallback) {
          this.provisionCallback(this.options.user, !!renew, (err, accessToken, expires) => {
            if (!err && accessToken) {
              this.accessToken = accessToken;
              this.expires = expires || 0;
            }
            generateCallback(err, accessToken);
          });
        } else {
          this.generateToken(generateCallback);
        }
      }
      /**
       * Updates token values
       *
       * @param accessToken New access token
       * @param timeout Access token lifetime in seconds
       *
       * Emits 'token': { user: User email-address, accessToken: the new accessToken, timeout: TTL in seconds}
       */
      updateToken(accessToken, timeout) {
        this.accessToken = accessToken;
        timeout = Math.max(Number(timeout) || 0, 0);
        this.expires = timeout && Date.now() + timeout * 1e3 || 0;
        this.emit("token", {
          user: this.options.user,
          accessToken: accessToken || "",
          expires: this.expires
        });
      }
      /**
       * Generates a new XOAuth2 token with the credentials provided at initialization
       *
       * @param callback Callback function with error object and token string
       */
      generateToken(callback) {
        const done = callback;
        let urlOptions;
        let loggedUrlOptions;
        if (this.options.serviceClient) {
          const iat = Math.floor(Date.now() / 1e3);
          const tokenData = {
            iss: this.options.serviceClient,
            scope: this.options.scope || "https://mail.google.com/",
            sub: this.options.user,
            aud: this.options.accessUrl,
            iat,
            exp: iat + this.options.serviceRequestTimeout
          };
          let token;
          try {
            token = this.jwtSignRS256(tokenData);
          } catch (_err) {
            const err = new Error("Can't generate token. Check your auth options");
            err.code = EOAUTH2;
            return done(err);
          }
          urlOptions = {
            grant_type: "urn:ietf:params:oauth:grant-type:jwt-bearer",
            assertion: token
          };
          loggedUrlOptions = {
            grant_type: "urn:ietf:params:oauth:grant-type:jwt-bearer",
            assertion: tokenData
          };
        } else {
          if (!this.options.refreshToken) {
            const err = new Error("Can't create new access token for user");
            err.code = EOAUTH2;
            return done(err);
          }
          urlOptions = {
            client_id: this.options.clientId || "",
            client_secret: this.options.clientSecret || "",
            refresh_token: this.options.refreshToken,
            grant_type: "refresh_token"
          };
          loggedUrlOptions = {
            client_id: this.options.clientId || "",
            client_secret: (this.options.clientSecret || "").substr(0, 6) + "...",
            refresh_token: (this.options.refreshToken || "").substr(0, 6) + "...",
            grant_type: "refresh_token"
          };
        }
        const customParams = this.options.customParams || {};
        Object.assign(urlOptions, customParams);
        for (const key of Object.keys(customParams)) {
          const param = customParams[key];
          loggedUrlOptions[key] = (param === void 0 || param === null ? "" : String(param)).substr(0, 6) + "...";
        }
        this.logger.debug({
          tnx: "OAUTH2",
          user: this.options.user,
          action: "generate"
        }, "Requesting token using: %s", JSON.stringify(loggedUrlOptions));
        this.postRequest(this.options.accessUrl, urlOptions, this.options, (error2, body) => {
          let data;
          if (error2) {
            return done(error2);
          }
          try {
            data = JSON.parse(body.toString());
          } catch (E) {
            return done(E);
          }
          if (!data || typeof data !== "object") {
            this.logger.debug({
              tnx: "OAUTH2",
              user: this.options.user,
              action: "post"
            }, "Response: %s", (body || "").toString());
            const err2 = new Error("Invalid authentication response");
            err2.code = EOAUTH2;
            return done(err2);
          }
          const logData = Object.assign({}, data);
          if (logData.access_token) {
            logData.access_token = (logData.access_token || "").toString().substr(0, 6) + "...";
          }
          this.logger.debug({
            tnx: "OAUTH2",
            user: this.options.user,
            action: "post"
          }, "Response: %s", JSON.stringify(logData));
          if (data.error) {
            let errorMessage = data.error;
            if (data.error_description) {
              errorMessage += ": " + data.error_description;
            }
            if (data.error_uri) {
              errorMessage += " (" + data.error_uri + ")";
            }
            const err2 = new Error(errorMessage);
            err2.code = EOAUTH2;
            return done(err2);
          }
          if (data.access_token) {
            this.updateToken(data.access_token, data.expires_in);
            return callback(null, this.accessToken);
          }
          const err = new Error("No access token");
          err.code = EOAUTH2;
          return done(err);
        });
      }
      /**
       * Converts an access_token and user id into a base64 encoded XOAuth2 token
       *
       * @param [accessToken] Access token string
       * @return Base64 encoded token for IMAP or SMTP login
       */
      buildXOAuth2Token(accessToken) {
        const authData = ["user=" + (this.options.user || ""), "auth=Bearer " + (accessToken || this.accessToken), "", ""];
        return Buffer.from(authData.join(""), "utf-8").toString("base64");
      }
      /**
       * Custom POST request handler.
       * This is only needed to keep paths short in Windows, usually this module
       * is a dependency of a dependency and if it tries to require something
       * like the request module the paths get way too long to handle for Windows.
       * As we do only a simple POST request we do not actually require complicated
       * logic support (no redirects, no nothing) anyway.
       *
       * @param url Url to POST to
       * @param payload Payload to POST
       * @param params Client options, the customHeaders and tls values are used for the request
       * @param callback Callback function with (err, buff)
       */
      postRequest(url, payload, params, callback) {
        let returned = false;
        const chunks = [];
        let chunklen = 0;
        const fetchOptions = {
          method: "post",
          headers: params.customHeaders,
          body: payload,
          allowErrorResponse: true,
          // unset falls back to the fetch default, a stalled token endpoint would otherwise keep
          // `renewing` set and queue every later request
          timeout: params.requestTimeout
        };
        if (/^https:/i.test(url)) {
          fetchOptions.tls = Object.assign({ rejectUnauthorized: true }, params.tls || {});
        }
        const req = fetch_default(url, fetchOptions);
        req.on("readable", () => {
          let chunk;
          while ((chunk = req.read()) !== null) {
            chunks.push(chunk);
            chunklen += chunk.length;
          }
        });
        req.once("error", (err) => {
          if (returned) {
            return;
          }
          returned = true;
          return callback(err);
        });
        req.once("end", () => {
          if (returned) {
            return;
          }
          returned = true;
          return callback(null, Buffer.concat(chunks, chunklen));
        });
      }
      /**
       * Encodes a buffer or a string into Base64url format
       *
       * @param data The data to convert
       * @return The encoded string
       */
      toBase64URL(data) {
        if (typeof data === "string") {
          data = Buffer.from(data);
        }
        return data.toString("base64").replace(/[=]+/g, "").replace(/\+/g, "-").replace(/\//g, "_");
      }
      /**
       * Creates a JSON Web Token signed with RS256 (SHA256 + RSA)
       *
       * @param payload The payload to include in the generated token
       * @return The generated and signed token
       */
      jwtSignRS256(payload) {
        const signedPayload = ['{"alg":"RS256","typ":"JWT"}', JSON.stringify(payload)].map((val) => this.toBase64URL(val)).join(".");
        const signature = import_node_crypto8.default.createSign("RSA-SHA256").update(signedPayload).sign(this.options.privateKey);
        return signedPayload + "." + this.toBase64URL(signature);
      }
    };
    xoauth2_default = XOAuth2;
  }
});

// node_modules/nodemailer/dist/esm/smtp-pool/pool-resource.js
var import_node_events3, PoolResource;
var init_pool_resource = __esm({
  "node_modules/nodemailer/dist/esm/smtp-pool/pool-resource.js"() {
    init_smtp_connection();
    init_shared();
    init_xoauth2();
    init_errors2();
    import_node_events3 = require("node:events");
    PoolResource = class extends import_node_events3.EventEmitter {
      constructor(pool) {
        super();
        this.pool = pool;
        this.options = pool.options;
        this.logger = this.pool.logger;
        if (this.options.auth) {
          switch ((this.options.auth.type || "").toString().toUpperCase()) {
            case "OAUTH2": {
              const oauth2 = new xoauth2_default(this.options.auth, this.logger);
              oauth2.provisionCallback = this.pool.mailer && this.pool.mailer.get("oauth2_provision_cb") || oauth2.provisionCallback;
              this.auth = {
                type: "OAUTH2",
                user: this.options.auth.user,
                oauth2,
                method: "XOAUTH2"
              };
              oauth2.on("token", (token) => this.pool.mailer.emit("token", token));
              oauth2.on("error", (err) => this._fail(err));
              break;
            }
            default:
              if (!this.options.auth.user && !this.options.auth.pass) {
                break;
              }
              this.auth = {
                type: (this.options.auth.type || "").toString().toUpperCase() || "LOGIN",
                user: this.options.auth.user,
                credentials: {
                  user: this.options.auth.user || "",
                  pass: this.options.auth.pass,
                  options: this.options.auth.options
                },
                method: (this.options.auth.method || "").trim().toUpperCase() || this.options.authMethod || false
              };
          }
        }
        this._connection = false;
        this._connected = false;
        this._closed = false;
        this.messages = 0;
        this.available = true;
        this._failed = false;
        this._sending = false;
        this._idleTimer = false;
      }
      /**
       * Emits 'error' for the first failure only. A dead resource can report the same failure more
       * than once (the connection error, then the send callback), the pool handles it once
       * @internal
       */
      _fail(err) {
        if (this._failed) {
          return;
        }
        this._failed = true;
        this.emit("error", err);
      }
      /**
       * Initiates a connection to the SMTP server
       *
       * @param callback Callback function to run once the connection is established or failed
       */
      connect(callback) {
        const connectStartedAt = Date.now();
        this.pool.getSocket(Object.assign({}, this.options, { connectStartedAt }), (err, socketOptions) => {
          if (this._closed) {
            socketOptions && socketOptions.connection?.destroy();
            return;
          }
          if (err) {
            this._fail(err);
            return callback(err);
          }
          let returned = false;
          let options = this.options;
          if (socketOptions && socketOptions.connection) {
            this.logger.info({
              tnx: "proxy",
              remoteAddress: socketOptions.connection.remoteAddress,
              remotePort: socketOptions.connection.remotePort,
              destHost: options.host || "",
              destPort: options.port || "",
              action: "connected"
            }, "Using proxied socket from %s:%s to %s:%s", socketOptions.connection.remoteAddress, socketOptions.connection.remotePort, options.host || "", options.port || "");
            options = Object.assign(assign(false, options), socketOptions);
          }
          this.connection = new smtp_connection_default(options);
          this.connection._connectStartedAt = connectStartedAt;
          this.connection.on("error", (err2) => {
            if (this._closed || this._sending) {
              return;
            }
            if (this._connected && isTransientError(err2)) {
              this.logger.info({
                tnx: "pool",
                cid: this.id
              }, "Connection #%s was closed by the server: %s", this.id, err2.message);
              return;
            }
            this._fail(err2);
            if (returned || this._closed) {
              return;
            }
            returned = true;
            return callback(err2);
          });
          this.connection.once("end", () => {
            this.close();
            returned = true;
          });
          this.connection.connect((err2) => {
            if (returned || this._closed) {
              return;
            }
            if (err2) {
              returned = true;
              return;
            }
            if (this.auth && (this.connection.allowsAuth || options.forceAuth)) {
              this.connection.login(this.auth, (err3) => {
                if (returned || this._closed) {
                  return;
                }
                returned = true;
                if (err3) {
                  this.connection.close();
                  this._fail(err3);
                  return callback(err3);
                }
                this._connected = true;
                callback(null, true);
              });
            } else {
              returned = true;
              this._connected = true;
              return callback(null, true);
            }
          });
        });
      }
      /**
       * Sends an e-mail to be sent using the selected settings
       *
       * @param mail Mail object
       * @param callback Callback function
       */
      send(mail, callback) {
        if (this._closed) {
          return;
        }
        if (!this._connected) {
          return this.connect((err) => {
            if (err) {
              return callback(err);
            }
            return this.send(mail, callback);
          });
        }
        const envelope = mail.message.getEnvelope();
        const messageId = mail.message.messageId();
        const recipients = [].concat(envelope.to || []);
        if (recipients.length > 3) {
          recipients.push("...and " + recipients.splice(2).length + " more");
        }
        this.logger.info({
          tnx: "send",
          messageId,
          cid: this.id
        }, "Sending message %s using #%s to <%s>", messageId, this.id, recipients.join(", "));
        if (mail.data.dsn) {
          envelope.dsn = mail.data.dsn;
        }
        if (mail.data.requireTLSExtensionEnabled) {
          envelope.requireTLSExtensionEnabled = mail.data.requireTLSExtensionEnabled;
        }
        this._sending = true;
        const reused = this.messages > 0;
        const messageStream = mail.message.createReadStream();
        this.connection.send(envelope, messageStream, (err, info) => {
          if (mail.data.signal?.aborted) {
            return;
          }
          this._sending = false;
          this.messages++;
          if (err) {
            if (reused && messageStream.readableDidRead === false && isTransientError(err)) {
              this.logger.info({
                tnx: "pool",
                cid: this.id,
                messageId
              }, "Connection #%s was closed by the server before message %s was sent: %s", this.id, messageId, err.message);
              this.connection.close();
              return;
            }
            if ((err.code === EENVELOPE || err.code === EMESSAGE) && err.responseCode !== 421 && !this.connection._destroyed) {
              this.connection.reset((resetErr) => {
                if (resetErr) {
                  this.connection.close();
                  return;
                }
                this._release();
              });
              return callback(err);
            }
            this.connection.close();
            this._fail(err);
            return callback(err);
          }
          info.envelope = {
            from: envelope.from,
            to: envelope.to
          };
          info.messageId = messageId;
          setImmediate(() => this._release());
          callback(null, info);
        });
      }
      /**
       * Makes the connection available for the next message, or closes it once it has sent
       * maxMessages messages
       *
       * @internal
       */
      _release() {
        if (this._closed) {
          return;
        }
        if (this.messages >= this.options.maxMessages) {
          const err = new Error("Resource exhausted");
          err.code = EMAXLIMIT;
          this.connection.close();
          this._fail(err);
          return;
        }
        this.pool._checkRateLimit(() => {
          if (this._closed) {
            return;
          }
          this.available = true;
          this._startIdleTimer();
          this.emit("available");
        });
      }
      /** @internal */
      _startIdleTimer() {
        if (!this.options.idleTimeout || this.options.idleTimeout < 0) {
          return;
        }
        if (this._idleTimer && typeof this._idleTimer.refresh === "function") {
          this._idleTimer.refresh();
          return;
        }
        clearTimeout(this._idleTimer);
        this._idleTimer = setTimeout(() => {
          if (!this.available) {
            return;
          }
          this.logger.debug({
            tnx: "pool",
            cid: this.id
          }, "Closing connection #%s after it was idle for %sms", this.id, this.options.idleTimeout);
          this.available = false;
          this.connection.quit();
        }, this.options.idleTimeout);
        if (typeof this._idleTimer.unref === "function") {
          this._idleTimer.unref();
        }
      }
      /** @internal */
      _stopIdleTimer() {
        clearTimeout(this._idleTimer);
        this._idleTimer = false;
      }
      /**
       * Closes the connection
       */
      close() {
        if (this._closed) {
          return;
        }
        this._closed = true;
        this.available = false;
        this._connected = false;
        this._stopIdleTimer();
        if (this.auth && this.auth.oauth2) {
          this.auth.oauth2.removeAllListeners();
        }
        if (this.connection) {
          this.connection.close();
        }
        this.emit("close");
      }
    };
  }
});

// node_modules/nodemailer/dist/esm/well-known/services.js
var services;
var init_services = __esm({
  "node_modules/nodemailer/dist/esm/well-known/services.js"() {
    services = {
      "126": {
        "description": "126 Mail (NetEase)",
        "host": "smtp.126.com",
        "port": 465,
        "secure": true
      },
      "163": {
        "description": "163 Mail (NetEase)",
        "host": "smtp.163.com",
        "port": 465,
        "secure": true
      },
      "1und1": {
        "description": "1&1 Mail (German hosting provider)",
        "host": "smtp.1und1.de",
        "port": 465,
        "secure": true,
        "authMethod": "LOGIN"
      },
      "Aliyun": {
        "description": "Alibaba Cloud Mail",
        "domains": [
          "aliyun.com"
        ],
        "host": "smtp.aliyun.com",
        "port": 465,
        "secure": true
      },
      "AliyunQiye": {
        "description": "Alibaba Cloud Enterprise Mail",
        "host": "smtp.qiye.aliyun.com",
        "port": 465,
        "secure": true
      },
      "AOL": {
        "description": "AOL Mail",
        "domains": [
          "aol.com"
        ],
        "host": "smtp.aol.com",
        "port": 587
      },
      "Aruba": {
        "description": "Aruba PEC (Italian email provider)",
        "domains": [
          "aruba.it",
          "pec.aruba.it"
        ],
        "aliases": [
          "Aruba PEC"
        ],
        "host": "smtps.aruba.it",
        "port": 465,
        "secure": true,
        "authMethod": "LOGIN"
      },
      "Bluewin": {
        "description": "Bluewin (Swiss email provider)",
        "host": "smtpauths.bluewin.ch",
        "domains": [
          "bluewin.ch"
        ],
        "port": 465
      },
      "BOL": {
        "description": "BOL Mail (Brazilian provider)",
        "domains": [
          "bol.com.br"
        ],
        "host": "smtp.bol.com.br",
        "port": 587,
        "requireTLS": true
      },
      "DebugMail": {
        "description": "DebugMail (email testing service)",
        "host": "debugmail.io",
        "port": 25
      },
      "Disroot": {
        "description": "Disroot (privacy-focused provider)",
        "domains": [
          "disroot.org"
        ],
        "host": "disroot.org",
        "port": 587,
        "secure": false,
        "authMethod": "LOGIN"
      },
      "DynectEmail": {
        "description": "Dyn Email Delivery",
        "aliases": [
          "Dynect"
        ],
        "host": "smtp.dynect.net",
        "port": 25
      },
      "ElasticEmail": {
        "description": "Elastic Email",
        "aliases": [
          "Elastic Email"
        ],
        "host": "smtp.elasticemail.com",
        "port": 465,
        "secure": true
      },
      "Ethereal": {
        "description": "Ethereal Email (email testing service)",
        "aliases": [
          "ethereal.email"
        ],
        "host": "smtp.ethereal.email",
        "port": 587
      },
      "FastMail": {
        "description": "FastMail",
        "domains": [
          "fastmail.com",
          "fastmail.fm"
        ],
        "host": "smtp.fastmail.com",
        "port": 465,
        "secure": true
      },
      "Feishu Mail": {
        "description": "Feishu Mail (Lark)",
        "aliases": [
          "Feishu",
          "FeishuMail"
        ],
        "domains": [
          "www.feishu.cn"
        ],
        "host": "smtp.feishu.cn",
        "port": 465,
        "secure": true
      },
      "Forward Email": {
        "description": "Forward Email (email forwarding service)",
        "aliases": [
          "FE",
          "ForwardEmail"
        ],
        "domains": [
          "forwardemail.net"
        ],
        "host": "smtp.forwardemail.net",
        "port": 465,
        "secure": true
      },
      "GandiMail": {
        "description": "Gandi Mail",
        "aliases": [
          "Gandi",
          "Gandi Mail"
        ],
        "host": "mail.gandi.net",
        "port": 587
      },
      "Gmail": {
        "description": "Gmail",
        "aliases": [
          "Google Mail"
        ],
        "domains": [
          "gmail.com",
          "googlemail.com"
        ],
        "host": "smtp.gmail.com",
        "port": 465,
        "secure": true
      },
      "GmailWorkspace": {
        "description": "Gmail Workspace",
        "aliases": [
          "Google Workspace Mail"
        ],
        "host": "smtp-relay.gmail.com",
        "port": 465,
        "secure": true
      },
      "GMX": {
        "description": "GMX Mail",
        "domains": [
          "gmx.com",
          "gmx.net",
          "gmx.de"
        ],
        "host": "mail.gmx.com",
        "port": 587
      },
      "Godaddy": {
        "description": "GoDaddy Email (US)",
        "host": "smtpout.secureserver.net",
        "port": 25
      },
      "GodaddyAsia": {
        "description": "GoDaddy Email (Asia)",
        "host": "smtp.asia.secureserver.net",
        "port": 25
      },
      "GodaddyEurope": {
        "description": "GoDaddy Email (Europe)",
        "host": "smtp.europe.secureserver.net",
        "port": 25
      },
      "Groundmail": {
        "description": "Groundmail",
        "host": "smtp.groundmail.dev",
        "port": 587,
        "secure": false,
        "requireTLS": true
      },
      "hot.ee": {
        "description": "Hot.ee (Estonian email provider)",
        "host": "mail.hot.ee"
      },
      "Hotmail": {
        "description": "Outlook.com / Hotmail",
        "aliases": [
          "Outlook",
          "Outlook.com",
          "Hotmail.com"
        ],
        "domains": [
          "hotmail.com",
          "outlook.com"
        ],
        "host": "smtp-mail.outlook.com",
        "port": 587
      },
      "iCloud": {
        "description": "iCloud Mail",
        "aliases": [
          "Me",
          "Mac"
        ],
        "domains": [
          "icloud.com",
          "me.com",
          "mac.com"
        ],
        "host": "smtp.mail.me.com",
        "port": 587
      },
      "Infomaniak": {
        "description": "Infomaniak Mail (Swiss hosting provider)",
        "host": "mail.infomaniak.com",
        "domains": [
          "ik.me",
          "ikmail.com",
          "etik.com"
        ],
        "port": 587
      },
      "KolabNow": {
        "description": "KolabNow (secure email service)",
        "domains": [
          "kolabnow.com"
        ],
        "aliases": [
          "Kolab"
        ],
        "host": "smtp.kolabnow.com",
        "port": 465,
        "secure": true,
        "authMethod": "LOGIN"
      },
      "Loopia": {
        "description": "Loopia (Swedish hosting provider)",
        "host": "mailcluster.loopia.se",
        "port": 465
      },
      "Loops": {
        "description": "Loops",
        "host": "smtp.loops.so",
        "port": 587
      },
      "mail.ee": {
        "description": "Mail.ee (Estonian email provider)",
        "host": "smtp.mail.ee"
      },
      "Mail.ru": {
        "description": "Mail.ru",
        "host": "smtp.mail.ru",
        "port": 465,
        "secure": true
      },
      "Mailcatch.app": {
        "description": "Mailcatch (email testing service)",
        "host": "sandbox-smtp.mailcatch.app",
        "port": 2525
      },
      "Maildev": {
        "description": "MailDev (local email testing)",
        "port": 1025,
        "ignoreTLS": true
      },
      "MailerSend": {
        "description": "MailerSend",
        "host": "smtp.mailersend.net",
        "port": 587
      },
      "Mailgun": {
        "description": "Mailgun",
        "host": "smtp.mailgun.org",
        "port": 465,
        "secure": true
      },
      "Mailjet": {
        "description": "Mailjet",
        "host": "in.mailjet.com",
        "port": 587
      },
      "Mailosaur": {
        "description": "Mailosaur (email testing service)",
        "host": "mailosaur.io",
        "port": 25
      },
      "MailSenpai": {
        "description": "MailSenpai (SMTP Senpai, EU)",
        "host": "relay.mailsenpai.com",
        "port": 2525,
        "secure": false
      },
      "Mailtrap": {
        "description": "Mailtrap",
        "host": "live.smtp.mailtrap.io",
        "port": 587
      },
      "Mandrill": {
        "description": "Mandrill (by Mailchimp)",
        "host": "smtp.mandrillapp.com",
        "port": 587
      },
      "Naver": {
        "description": "Naver Mail (Korean email provider)",
        "host": "smtp.naver.com",
        "port": 587
      },
      "OhMySMTP": {
        "description": "OhMySMTP (email delivery service)",
        "host": "smtp.ohmysmtp.com",
        "port": 587,
        "secure": false
      },
      "One": {
        "description": "One.com Email",
        "host": "send.one.com",
        "port": 465,
        "secure": true
      },
      "OpenMailBox": {
        "description": "OpenMailBox",
        "aliases": [
          "OMB",
          "openmailbox.org"
        ],
        "host": "smtp.openmailbox.org",
        "port": 465,
        "secure": true
      },
      "Outlook365": {
        "description": "Microsoft 365 / Office 365",
        "host": "smtp.office365.com",
        "port": 587,
        "secure": false
      },
      "Oveyon": {
        "description": "Oveyon",
        "host": "smtp.oveyon.com",
        "port": 587,
        "secure": false,
        "requireTLS": true
      },
      "Postmark": {
        "description": "Postmark",
        "aliases": [
          "PostmarkApp"
        ],
        "host": "smtp.postmarkapp.com",
        "port": 2525
      },
      "Proton": {
        "description": "Proton Mail",
        "aliases": [
          "ProtonMail",
          "Proton.me",
          "Protonmail.com",
          "Protonmail.ch"
        ],
        "domains": [
          "proton.me",
          "protonmail.com",
          "pm.me",
          "protonmail.ch"
        ],
        "host": "smtp.protonmail.ch",
        "port": 587,
        "requireTLS": true
      },
      "qiye.aliyun": {
        "description": "Alibaba Mail Enterprise Edition",
        "host": "smtp.mxhichina.com",
        "port": "465",
        "secure": true
      },
      "QQ": {
        "description": "QQ Mail",
        "domains": [
          "qq.com"
        ],
        "host": "smtp.qq.com",
        "port": 465,
        "secure": true
      },
      "QQex": {
        "description": "QQ Enterprise Mail",
        "aliases": [
          "QQ Enterprise"
        ],
        "domains": [
          "exmail.qq.com"
        ],
        "host": "smtp.exmail.qq.com",
        "port": 465,
        "secure": true
      },
      "Resend": {
        "description": "Resend",
        "host": "smtp.resend.com",
        "port": 465,
        "secure": true
      },
      "Runbox": {
        "description": "Runbox (Norwegian email provider)",
        "domains": [
          "runbox.com"
        ],
        "host": "smtp.runbox.com",
        "port": 465,
        "secure": true
      },
      "SendCloud": {
        "description": "SendCloud (Chinese email delivery)",
        "host": "smtp.sendcloud.net",
        "port": 2525
      },
      "SendGrid": {
        "description": "SendGrid",
        "host": "smtp.sendgrid.net",
        "port": 587
      },
      "SendinBlue": {
        "description": "Brevo (formerly Sendinblue)",
        "aliases": [
          "Brevo"
        ],
        "host": "smtp-relay.brevo.com",
        "port": 587
      },
      "Sendora": {
        "description": "Sendora",
        "host": "smtp.sendora.se",
        "port": 465,
        "secure": true
      },
      "SendPulse": {
        "description": "SendPulse",
        "host": "smtp-pulse.com",
        "port": 465,
        "secure": true
      },
      "SES": {
        "description": "AWS SES US East (N. Virginia)",
        "host": "email-smtp.us-east-1.amazonaws.com",
        "port": 465,
        "secure": true
      },
      "SES-AP-NORTHEAST-1": {
        "description": "AWS SES Asia Pacific (Tokyo)",
        "host": "email-smtp.ap-northeast-1.amazonaws.com",
        "port": 465,
        "secure": true
      },
      "SES-AP-NORTHEAST-2": {
        "description": "AWS SES Asia Pacific (Seoul)",
        "host": "email-smtp.ap-northeast-2.amazonaws.com",
        "port": 465,
        "secure": true
      },
      "SES-AP-NORTHEAST-3": {
        "description": "AWS SES Asia Pacific (Osaka)",
        "host": "email-smtp.ap-northeast-3.amazonaws.com",
        "port": 465,
        "secure": true
      },
      "SES-AP-SOUTH-1": {
        "description": "AWS SES Asia Pacific (Mumbai)",
        "host": "email-smtp.ap-south-1.amazonaws.com",
        "port": 465,
        "secure": true
      },
      "SES-AP-SOUTHEAST-1": {
        "description": "AWS SES Asia Pacific (Singapore)",
        "host": "email-smtp.ap-southeast-1.amazonaws.com",
        "port": 465,
        "secure": true
      },
      "SES-AP-SOUTHEAST-2": {
        "description": "AWS SES Asia Pacific (Sydney)",
        "host": "email-smtp.ap-southeast-2.amazonaws.com",
        "port": 465,
        "secure": true
      },
      "SES-CA-CENTRAL-1": {
        "description": "AWS SES Canada (Central)",
        "host": "email-smtp.ca-central-1.amazonaws.com",
        "port": 465,
        "secure": true
      },
      "SES-EU-CENTRAL-1": {
        "description": "AWS SES Europe (Frankfurt)",
        "host": "email-smtp.eu-central-1.amazonaws.com",
        "port": 465,
        "secure": true
      },
      "SES-EU-NORTH-1": {
        "description": "AWS SES Europe (Stockholm)",
        "host": "email-smtp.eu-north-1.amazonaws.com",
        "port": 465,
        "secure": true
      },
      "SES-EU-WEST-1": {
        "description": "AWS SES Europe (Ireland)",
        "host": "email-smtp.eu-west-1.amazonaws.com",
        "port": 465,
        "secure": true
      },
      "SES-EU-WEST-2": {
        "description": "AWS SES Europe (London)",
        "host": "email-smtp.eu-west-2.amazonaws.com",
        "port": 465,
        "secure": true
      },
      "SES-EU-WEST-3": {
        "description": "AWS SES Europe (Paris)",
        "host": "email-smtp.eu-west-3.amazonaws.com",
        "port": 465,
        "secure": true
      },
      "SES-SA-EAST-1": {
        "description": "AWS SES South America (S\xE3o Paulo)",
        "host": "email-smtp.sa-east-1.amazonaws.com",
        "port": 465,
        "secure": true
      },
      "SES-US-EAST-1": {
        "description": "AWS SES US East (N. Virginia)",
        "host": "email-smtp.us-east-1.amazonaws.com",
        "port": 465,
        "secure": true
      },
      "SES-US-EAST-2": {
        "description": "AWS SES US East (Ohio)",
        "host": "email-smtp.us-east-2.amazonaws.com",
        "port": 465,
        "secure": true
      },
      "SES-US-GOV-EAST-1": {
        "description": "AWS SES GovCloud (US-East)",
        "host": "email-smtp.us-gov-east-1.amazonaws.com",
        "port": 465,
        "secure": true
      },
      "SES-US-GOV-WEST-1": {
        "description": "AWS SES GovCloud (US-West)",
        "host": "email-smtp.us-gov-west-1.amazonaws.com",
        "port": 465,
        "secure": true
      },
      "SES-US-WEST-1": {
        "description": "AWS SES US West (N. California)",
        "host": "email-smtp.us-west-1.amazonaws.com",
        "port": 465,
        "secure": true
      },
      "SES-US-WEST-2": {
        "description": "AWS SES US West (Oregon)",
        "host": "email-smtp.us-west-2.amazonaws.com",
        "port": 465,
        "secure": true
      },
      "Seznam": {
        "description": "Seznam Email (Czech email provider)",
        "aliases": [
          "Seznam Email"
        ],
        "domains": [
          "seznam.cz",
          "email.cz",
          "post.cz",
          "spoluzaci.cz"
        ],
        "host": "smtp.seznam.cz",
        "port": 465,
        "secure": true
      },
      "SMTP2GO": {
        "description": "SMTP2GO",
        "host": "mail.smtp2go.com",
        "port": 2525
      },
      "SpacePost": {
        "description": "SpacePost",
        "host": "smtp.spacepost.dev",
        "port": 25976,
        "secure": false,
        "requireTLS": true
      },
      "Sparkpost": {
        "description": "SparkPost",
        "aliases": [
          "SparkPost",
          "SparkPost Mail"
        ],
        "domains": [
          "sparkpost.com"
        ],
        "host": "smtp.sparkpostmail.com",
        "port": 587,
        "secure": false
      },
      "Tipimail": {
        "description": "Tipimail (email delivery service)",
        "host": "smtp.tipimail.com",
        "port": 587
      },
      "TurboSMTP": {
        "description": "TurboSMTP",
        "host": "pro.turbo-smtp.com",
        "port": 465,
        "secure": true
      },
      "TurboSMTP-EU": {
        "description": "TurboSMTP (EU region)",
        "host": "pro.eu.turbo-smtp.com",
        "port": 465,
        "secure": true
      },
      "Tutanota": {
        "description": "Tutanota (Tuta Mail)",
        "domains": [
          "tutanota.com",
          "tuta.com",
          "tutanota.de",
          "tuta.io"
        ],
        "host": "smtp.tutanota.com",
        "port": 465,
        "secure": true
      },
      "Yahoo": {
        "description": "Yahoo Mail",
        "domains": [
          "yahoo.com"
        ],
        "host": "smtp.mail.yahoo.com",
        "port": 465,
        "secure": true
      },
      "Yandex": {
        "description": "Yandex Mail",
        "domains": [
          "yandex.ru"
        ],
        "host": "smtp.yandex.ru",
        "port": 465,
        "secure": true
      },
      "Zimbra": {
        "description": "Zimbra Mail Server",
        "aliases": [
          "Zimbra Collaboration"
        ],
        "host": "smtp.zimbra.com",
        "port": 587,
        "requireTLS": true
      },
      "Zoho": {
        "description": "Zoho Mail",
        "host": "smtp.zoho.com",
        "port": 465,
        "secure": true,
        "authMethod": "LOGIN"
      }
    };
  }
});

// node_modules/nodemailer/dist/esm/well-known/index.js
function normalizeKey(key) {
  return key.replace(/[^a-zA-Z0-9.-]/g, "").toLowerCase();
}
function normalizeService(service) {
  const response = {};
  Object.keys(service).forEach((key) => {
    if (!["domains", "aliases"].includes(key)) {
      response[key] = service[key];
    }
  });
  return response;
}
function wellKnown(key) {
  key = normalizeKey(key.split("@").pop());
  return normalized[key] || false;
}
var normalized;
var init_well_known = __esm({
  "node_modules/nodemailer/dist/esm/well-known/index.js"() {
    init_services();
    normalized = {};
    Object.keys(services).forEach((key) => {
      const service = services[key];
      const normalizedService = normalizeService(service);
      normalized[normalizeKey(key)] = normalizedService;
      [].concat(service.aliases || []).forEach((alias) => {
        normalized[normalizeKey(alias)] = normalizedService;
      });
      [].concat(service.domains || []).forEach((domain) => {
        normalized[normalizeKey(domain)] = normalizedService;
      });
    });
  }
});

// node_modules/nodemailer/dist/esm/smtp-pool/index.js
var import_node_events4, REQUEUE_BASE_DELAY, REQUEUE_MAX_DELAY, SMTPPool, smtp_pool_default;
var init_smtp_pool = __esm({
  "node_modules/nodemailer/dist/esm/smtp-pool/index.js"() {
    import_node_events4 = require("node:events");
    init_pool_resource();
    init_smtp_connection();
    init_well_known();
    init_shared();
    init_errors2();
    init_package_info();
    REQUEUE_BASE_DELAY = 50;
    REQUEUE_MAX_DELAY = 2e3;
    SMTPPool = class extends import_node_events4.EventEmitter {
      constructor(options) {
        super();
        this.supportsAbortSignal = true;
        options = options || {};
        if (typeof options === "string") {
          options = {
            url: options
          };
        }
        let urlData;
        let service = options.service;
        if (typeof options.getSocket === "function") {
          this.getSocket = options.getSocket;
        }
        if (options.url) {
          urlData = parseConnectionUrl(options.url);
          service = service || urlData.service;
        }
        this.options = assign(
          false,
          // create new object
          options,
          // regular options
          urlData,
          // url options
          service && wellKnown(service)
          // wellknown options
        );
        this.options.maxConnections = this.options.maxConnections || 5;
        this.options.maxMessages = this.options.maxMessages || 100;
        this.options.maxRequeues = typeof this.options.maxRequeues === "number" ? this.options.maxRequeues : 5;
        this.options.idleTimeout = typeof this.options.idleTimeout === "number" ? this.options.idleTimeout : 4 * 60 * 1e3;
        this.logger = getLogger(this.options, {
          component: this.options.component || "smtp-pool"
        });
        this.name = "SMTP (pool)";
        this.version = version + "[client:" + version + "]";
        this._rateLimit = {
          counter: 0,
          timeout: null,
          waiting: [],
          checkpoint: false,
          delta: Number(this.options.rateDelta) || 1e3,
          limit: Number(this.options.rateLimit) || 0
        };
        this._closed = false;
        this._queue = [];
        this._connections = [];
        this._connectionCounter = 0;
        this._pending = 0;
        this.idling = true;
        setImmediate(() => {
          if (this.idling) {
            this.emit("idle");
          }
        });
      }
      /**
       * Placeholder function for creating proxy sockets. This method immediatelly returns
       * without a socket
       *
       * @param options Connection options
       * @param callback Callback function to run with the socket keys
       */
      getSocket(options, callback) {
        setImmediate(() => callback(null, false));
      }
      /**
       * Queues an e-mail to be sent using the selected settings
       *
       * @param mail Mail object
       * @param callback Callback function
       */
      send(mail, callback) {
        if (this._closed) {
          const err = new Error("Connection pool was closed");
          err.code = ECONNECTION;
          setImmediate(() => callback(err));
          return false;
        }
        let counted = true;
        let detachSignal;
        this._pending++;
        const entry = {
          mail,
          requeueAttempts: 0,
          callback: (err, info) => {
            if (!counted) {
              return;
            }
            counted = false;
            this._pending--;
            detachSignal?.();
            entry.resource = void 0;
            callback(err, info);
          }
        };
        this._queue.push(entry);
        const signal = mail.data.signal;
        if (signal) {
          detachSignal = this._watchAbortSignal(entry, signal, () => counted);
          if (signal.aborted) {
            return true;
          }
        }
        if (this.idling && this._queue.length >= this.options.maxConnections) {
          this.idling = false;
        }
        setImmediate(() => this._processMessages());
        return true;
      }
      /**
       * Fails a queued or assigned entry when its signal aborts: removes it from the queue, or
       * closes the connection delivering it, so other deliveries in the pool can continue.
       * Returns a function that removes the listener.
       * @internal
       */
      _watchAbortSignal(entry, signal, isPending) {
        const onAbort = () => {
          if (!isPending()) {
            return;
          }
          const index = this._queue.indexOf(entry);
          if (index !== -1) {
            this._queue.splice(index, 1);
          }
          const resource = entry.resource;
          if (resource && resource.queueEntry === entry) {
            resource.queueEntry = false;
            resource.close();
          }
          try {
            entry.callback(createAbortError(signal));
          } finally {
            setImmediate(() => this._processMessages());
          }
        };
        signal.addEventListener("abort", onAbort, { once: true });
        if (signal.aborted) {
          setImmediate(onAbort);
        }
        return () => signal.removeEventListener("abort", onAbort);
      }
      /**
       * Closes the pool. Idle connections are closed at once and a connection in the middle of a
       * delivery finishes it first, unless `force` is set: then it is closed too and its message
       * fails. `force` is for a caller that has given up on a delivery, such as one a server is
       * stalling by trickling its replies, which no socket timeout notices.
       *
       * @param options.force - Also close connections that are delivering a message
       */
      close(options) {
        let connection;
        const len = this._connections.length;
        this._closed = true;
        this._clearRateLimit();
        if (!len && !this._queue.length) {
          return;
        }
        const force = !!options?.force;
        for (let i = len - 1; i >= 0; i--) {
          if (this._connections[i] && (force || this._connections[i].available)) {
            connection = this._connections[i];
            connection.close();
            this.logger.info({
              tnx: "connection",
              cid: connection.id,
              action: "removed"
            }, "Connection #%s removed", connection.id);
          }
        }
        if (len && !this._connections.length) {
          this.logger.debug({
            tnx: "connection"
          }, "All connections removed");
        }
        if (!this._queue.length) {
          return;
        }
        const invokeCallbacks = () => {
          if (!this._queue.length) {
            this.logger.debug({
              tnx: "connection"
            }, "Pending queue entries cleared");
            return;
          }
          const entry = this._queue.shift();
          if (entry && typeof entry.callback === "function") {
            try {
              entry.callback(new Error("Connection pool was closed"));
            } catch (E) {
              this.logger.error({
                err: E,
                tnx: "callback"
              }, "Callback error: %s", E.message);
            }
          }
          setImmediate(invokeCallbacks);
        };
        setImmediate(invokeCallbacks);
      }
      /**
       * Check the queue and available connections. If there is a message to be sent and there is
       * an available connection, then use this connection to send the mail
       * @internal
       */
      _processMessages() {
        if (this._closed) {
          return;
        }
        if (!this._queue.length) {
          if (!this.idling) {
            this.idling = true;
            this.emit("idle");
          }
          return;
        }
        let connection = this._connections.find((c) => c.available);
        if (!connection && this._connections.length < this.options.maxConnections) {
          connection = this._createConnection();
        }
        if (!connection) {
          this.idling = false;
          return;
        }
        if (!this.idling && this._queue.length < this.options.maxConnections) {
          this.idling = true;
          this.emit("idle");
        }
        const entry = connection.queueEntry = this._queue.shift();
        entry.resource = connection;
        entry.messageId = (connection.queueEntry.mail.message.getHeader("message-id") || "").replace(/[<>\s]/g, "");
        connection.available = false;
        this.logger.debug({
          tnx: "pool",
          cid: connection.id,
          messageId: entry.messageId,
          action: "assign"
        }, "Assigned message <%s> to #%s (%s)", entry.messageId, connection.id, connection.messages + 1);
        if (this._rateLimit.limit) {
          this._rateLimit.counter++;
          if (!this._rateLimit.checkpoint) {
            this._rateLimit.checkpoint = Date.now();
          }
        }
        connection.send(entry.mail, (err, info) => {
          if (entry === connection.queueEntry) {
            try {
              entry.callback(err, info);
            } catch (E) {
              this.logger.error({
                err: E,
                tnx: "callback",
                cid: connection.id
              }, "Callback error for #%s: %s", connection.id, E.message);
            }
            connection.queueEntry = false;
          }
        });
      }
      /**
       * Creates a new pool resource
       * @internal
       */
      _createConnection() {
        const connection = new PoolResource(this);
        connection.id = ++this._connectionCounter;
        this.logger.info({
          tnx: "pool",
          cid: connection.id,
          action: "conection"
        }, "Created new pool resource #%s", connection.id);
        connection.on("available", () => {
          this.logger.debug({
            tnx: "connection",
            cid: connection.id,
            action: "available"
          }, "Connection #%s became available", connection.id);
          if (this._closed) {
            this.close();
          } else {
            this._processMessages();
          }
        });
        connection.once("error", (err) => {
          if (err.code !== EMAXLIMIT) {
            this.logger.warn({
              err,
              tnx: "pool",
              cid: connection.id
            }, "Pool Error for #%s: %s", connection.id, err.message);
          } else {
            this.logger.debug({
              tnx: "pool",
              cid: connection.id,
              action: "maxlimit"
            }, "Max messages limit exchausted for #%s", connection.id);
          }
          if (connection.queueEntry) {
            try {
              connection.queueEntry.callback(err);
            } catch (E) {
              this.logger.error({
                err: E,
                tnx: "callback",
                cid: connection.id
              }, "Callback error for #%s: %s", connection.id, E.message);
            }
            connection.queueEntry = false;
          }
          this._removeConnection(connection);
          this._continueProcessing();
        });
        connection.once("close", () => {
          this.logger.info({
            tnx: "connection",
            cid: connection.id,
            action: "closed"
          }, "Connection #%s was closed", connection.id);
          this._removeConnection(connection);
          if (connection.queueEntry) {
            setTimeout(() => {
              let delay = 0;
              if (connection.queueEntry) {
                if (!this._closed && this._shouldRequeuOnConnectionClose(connection.queueEntry)) {
                  delay = this._requeueEntryOnConnectionClose(connection);
                } else {
                  this._failDeliveryOnConnectionClose(connection);
                }
              }
              if (delay) {
                setTimeout(() => this._continueProcessing(), delay);
              } else {
                this._continueProcessing();
              }
            }, 50);
          } else {
            if (!this._closed && this.idling && !this._connections.length) {
              this.emit("clear");
            }
            this._continueProcessing();
          }
        });
        this._connections.push(connection);
        return connection;
      }
      /** @internal */
      _shouldRequeuOnConnectionClose(queueEntry) {
        if (this.options.maxRequeues < 0) {
          return true;
        }
        return queueEntry.requeueAttempts < this.options.maxRequeues;
      }
      /** @internal */
      _failDeliveryOnConnectionClose(connection) {
        if (connection.queueEntry && connection.queueEntry.callback) {
          try {
            const err = new Error("Reached maximum number of retries after connection was closed");
            err.code = ECONNECTION;
            connection.queueEntry.callback(err);
          } catch (E) {
            this.logger.error({
              err: E,
              tnx: "callback",
              messageId: connection.queueEntry.messageId,
              cid: connection.id
            }, "Callback error for #%s: %s", connection.id, E.message);
          }
          connection.queueEntry = false;
        }
      }
      /** @internal */
      _requeueEntryOnConnectionClose(connection) {
        const delay = Math.min(REQUEUE_BASE_DELAY * 2 ** connection.queueEntry.requeueAttempts, REQUEUE_MAX_DELAY);
        connection.queueEntry.requeueAttempts += 1;
        this.logger.debug({
          tnx: "pool",
          cid: connection.id,
          messageId: connection.queueEntry.messageId,
          action: "requeue"
        }, "Re-queued message <%s> for #%s. Attempt: #%s", connection.queueEntry.messageId, connection.id, connection.queueEntry.requeueAttempts);
        connection.queueEntry.resource = void 0;
        this._queue.unshift(connection.queueEntry);
        connection.queueEntry = false;
        return delay;
      }
      /**
       * Continue to process message if the pool hasn't closed
       * @internal
       */
      _continueProcessing() {
        if (this._closed) {
          this.close();
        } else {
          setTimeout(() => this._processMessages(), 100);
        }
      }
      /**
       * Remove resource from pool
       *
       * @param connection The PoolResource to remove
       * @internal
       */
      _removeConnection(connection) {
        const index = this._connections.indexOf(connection);
        if (index !== -1) {
          this._connections.splice(index, 1);
        }
      }
      /**
       * Checks if connections have hit current rate limit and if so, queues the availability callback
       *
       * @param callback Callback function to run once rate limiter has been cleared
       * @internal
       */
      _checkRateLimit(callback) {
        if (!this._rateLimit.limit) {
          return callback();
        }
        const now = Date.now();
        if (this._rateLimit.counter < this._rateLimit.limit) {
          return callback();
        }
        this._rateLimit.waiting.push(callback);
        if (this._rateLimit.checkpoint <= now - this._rateLimit.delta) {
          return this._clearRateLimit();
        }
        if (!this._rateLimit.timeout) {
          this._rateLimit.timeout = setTimeout(() => this._clearRateLimit(), this._rateLimit.delta - (now - this._rateLimit.checkpoint));
          this._rateLimit.checkpoint = now;
        }
      }
      /**
       * Clears current rate limit limitation and runs paused callback
       * @internal
       */
      _clearRateLimit() {
        clearTimeout(this._rateLimit.timeout);
        this._rateLimit.timeout = null;
        this._rateLimit.counter = 0;
        this._rateLimit.checkpoint = false;
        while (this._rateLimit.waiting.length) {
          const cb = this._rateLimit.waiting.shift();
          setImmediate(cb);
        }
      }
      /**
       * Returns true if there are free slots in the queue
       */
      isIdle() {
        return this.idling;
      }
      /**
       * Counts the messages the pool has not finished with yet: the ones waiting in the queue
       * plus the ones a connection is transmitting right now. isIdle() only tells whether the
       * pool can take another message, it is already true while a message is still being sent,
       * so use this to check that nothing would be lost by closing the pool. A message that is
       * re-queued after its connection dropped is counted until its callback runs, also while it waits to be put back on the queue, and
       * it is no longer counted by the time its callback runs.
       *
       * @returns Number of queued and in-flight messages
       */
      pendingCount() {
        return this._pending;
      }
      verify(callback) {
        let promise;
        if (!callback) {
          promise = new Promise((resolve4, reject) => {
            callback = callbackPromise(resolve4, reject);
          });
        }
        const done = callback;
        const auth = new PoolResource(this).auth;
        const connectStartedAt = Date.now();
        this.getSocket(Object.assign({}, this.options, { connectStartedAt }), (err, socketOptions) => {
          if (err) {
            return done(err);
          }
          let options = this.options;
          if (socketOptions && socketOptions.connection) {
            this.logger.info({
              tnx: "proxy",
              remoteAddress: socketOptions.connection.remoteAddress,
              remotePort: socketOptions.connection.remotePort,
              destHost: options.host || "",
              destPort: options.port || "",
              action: "connected"
            }, "Using proxied socket from %s:%s to %s:%s", socketOptions.connection.remoteAddress, socketOptions.connection.remotePort, options.host || "", options.port || "");
            options = Object.assign(assign(false, options), socketOptions);
          }
          const connection = new smtp_connection_default(options);
          connection._connectStartedAt = connectStartedAt;
          let returned = false;
          connection.once("error", (err2) => {
            if (returned) {
              return;
            }
            returned = true;
            connection.close();
            return done(err2);
          });
          connection.once("end", () => {
            if (returned) {
              return;
            }
            returned = true;
            return done(new Error("Connection closed"));
          });
          const finalize = () => {
            if (returned) {
              return;
            }
            returned = true;
            connection.quit();
            return done(null, true);
          };
          connection.connect((err2) => {
            if (returned) {
              return;
            }
            if (err2) {
              returned = true;
              connection.close();
              return done(err2);
            }
            if (auth && (connection.allowsAuth || options.forceAuth)) {
              connection.login(auth, (err3) => {
                if (returned) {
                  return;
                }
                if (err3) {
                  returned = true;
                  connection.close();
                  return done(err3);
                }
                finalize();
              });
            } else if (!auth && connection.allowsAuth && options.forceAuth) {
              const err3 = new Error("Authentication info was not provided");
              err3.code = ENOAUTH;
              returned = true;
              connection.close();
              return done(err3);
            } else {
              finalize();
            }
          });
        });
        return promise;
      }
    };
    smtp_pool_default = SMTPPool;
  }
});

// node_modules/nodemailer/dist/esm/smtp-transport/index.js
var import_node_events5, MESSAGE_AUTH_KEYS, SMTPTransport, smtp_transport_default;
var init_smtp_transport = __esm({
  "node_modules/nodemailer/dist/esm/smtp-transport/index.js"() {
    import_node_events5 = require("node:events");
    init_smtp_connection();
    init_well_known();
    init_shared();
    init_xoauth2();
    init_errors2();
    init_package_info();
    MESSAGE_AUTH_KEYS = ["type", "user", "pass", "accessToken", "refreshToken", "expires"];
    SMTPTransport = class extends import_node_events5.EventEmitter {
      constructor(options) {
        super();
        this.supportsAbortSignal = true;
        options = options || {};
        if (typeof options === "string") {
          options = {
            url: options
          };
        }
        let urlData;
        let service = options.service;
        if (typeof options.getSocket === "function") {
          this.getSocket = options.getSocket;
        }
        if (options.url) {
          urlData = parseConnectionUrl(options.url);
          service = service || urlData.service;
        }
        this.options = assign(
          false,
          // create new object
          options,
          // regular options
          urlData,
          // url options
          service && wellKnown(service)
          // wellknown options
        );
        this.logger = getLogger(this.options, {
          component: this.options.component || "smtp-transport"
        });
        this.name = "SMTP";
        this.version = version + "[client:" + version + "]";
        if (this.options.auth) {
          this.auth = this.getAuth({});
        }
      }
      /**
       * Placeholder function for creating proxy sockets. This method immediatelly returns
       * without a socket
       *
       * @param options Connection options
       * @param callback Callback function to run with the socket keys
       */
      getSocket(options, callback) {
        setImmediate(() => callback(null, false));
      }
      getAuth(authOpts) {
        if (!authOpts) {
          if (this.auth && this.auth.oauth2 && this.mailer) {
            this.auth.oauth2.provisionCallback = this.mailer.get("oauth2_provision_cb") || this.auth.oauth2.provisionCallback;
          }
          return this.auth;
        }
        const authData = Object.assign({}, this.options.auth && typeof this.options.auth === "object" ? this.options.auth : {});
        if (typeof authOpts === "object") {
          copyOwnKeys(authData, authOpts, (key) => !MESSAGE_AUTH_KEYS.includes(key));
        }
        if (Object.keys(authData).length === 0) {
          return false;
        }
        switch ((authData.type || "").toString().toUpperCase()) {
          case "OAUTH2": {
            if (!authData.service && !authData.user) {
              return false;
            }
            const oauth2 = new xoauth2_default(authData, this.logger);
            oauth2.provisionCallback = this.mailer && this.mailer.get("oauth2_provision_cb") || oauth2.provisionCallback;
            oauth2.on("token", (token) => this.mailer.emit("token", token));
            oauth2.on("error", (err) => this.emit("error", err));
            return {
              type: "OAUTH2",
              user: authData.user,
              oauth2,
              method: "XOAUTH2"
            };
          }
          default:
            return {
              type: (authData.type || "").toString().toUpperCase() || "LOGIN",
              user: authData.user,
              credentials: {
                user: authData.user || "",
                pass: authData.pass,
                options: authData.options
              },
              method: (authData.method || "").trim().toUpperCase() || this.options.authMethod || false
            };
        }
      }
      /**
       * Sends an e-mail using the selected settings
       *
       * @param mail Mail object
       * @param callback Callback function
       */
      send(mail, callback) {
        const signal = mail.data.signal;
        let returned = false;
        let connection;
        let perCallAuth;
        const cleanupPerCallAuth = () => {
          if (perCallAuth && perCallAuth !== this.auth && perCallAuth.oauth2) {
            perCallAuth.oauth2.removeAllListeners();
          }
          perCallAuth = null;
        };
        const finish = (err, info) => {
          if (returned) {
            return;
          }
          returned = true;
          signal?.removeEventListener("abort", onAbort);
          cleanupPerCallAuth();
          connection?.close();
          callback(err, info);
        };
        function onAbort() {
          finish(createAbortError(signal));
        }
        if (signal) {
          signal.addEventListener("abort", onAbort, { once: true });
          if (signal.aborted) {
            setImmediate(onAbort);
            return;
          }
        }
        const connectStartedAt = Date.now();
        this.getSocket(Object.assign({}, this.options, { connectStartedAt }), (err, socketOptions) => {
          if (returned) {
            socketOptions && socketOptions.connection?.destroy();
            return;
          }
          if (err) {
            return finish(err);
          }
          let options = this.options;
          if (socketOptions && socketOptions.connection) {
            this.logger.info({
              tnx: "proxy",
              remoteAddress: socketOptions.connection.remoteAddress,
              remotePort: socketOptions.connection.remotePort,
              destHost: options.host || "",
              destPort: options.port || "",
              action: "connected"
            }, "Using proxied socket from %s:%s to %s:%s", socketOptions.connection.remoteAddress, socketOptions.connection.remotePort, options.host || "", options.port || "");
            options = Object.assign(assign(false, options), socketOptions);
          }
          const smtp = connection = new smtp_connection_default(options);
          smtp._connectStartedAt = connectStartedAt;
          smtp.once("error", (err2) => finish(err2));
          const sendMessage = () => {
            const envelope = mail.message.getEnvelope();
            const messageId = mail.message.messageId();
            const recipients = [].concat(envelope.to || []);
            if (recipients.length > 3) {
              recipients.push("...and " + recipients.splice(2).length + " more");
            }
            if (mail.data.dsn) {
              envelope.dsn = mail.data.dsn;
            }
            if (mail.data.requireTLSExtensionEnabled) {
              envelope.requireTLSExtensionEnabled = mail.data.requireTLSExtensionEnabled;
            }
            this.logger.info({
              tnx: "send",
              messageId
            }, "Sending message %s to <%s>", messageId, recipients.join(", "));
            smtp.send(envelope, mail.message.createReadStream(), (err2, info) => {
              if (returned) {
                return;
              }
              if (err2) {
                this.logger.error({
                  err: err2,
                  tnx: "send"
                }, "Send error for %s: %s", messageId, err2.message);
                return finish(err2);
              }
              info.envelope = {
                from: envelope.from,
                to: envelope.to
              };
              info.messageId = messageId;
              try {
                return finish(null, info);
              } catch (E) {
                this.logger.error({
                  err: E,
                  tnx: "callback"
                }, "Callback error for %s: %s", messageId, E.message);
              }
            });
          };
          smtp.connect((err2) => {
            if (returned) {
              return;
            }
            if (err2) {
              return finish(err2);
            }
            perCallAuth = this.getAuth(mail.data.auth);
            if (perCallAuth && (smtp.allowsAuth || options.forceAuth)) {
              smtp.login(perCallAuth, (err3) => {
                cleanupPerCallAuth();
                if (returned) {
                  return;
                }
                if (err3) {
                  return finish(err3);
                }
                sendMessage();
              });
            } else {
              sendMessage();
            }
          });
        });
      }
      verify(callback) {
        let promise;
        if (!callback) {
          promise = new Promise((resolve4, reject) => {
            callback = callbackPromise(resolve4, reject);
          });
        }
        const done = callback;
        const connectStartedAt = Date.now();
        this.getSocket(Object.assign({}, this.options, { connectStartedAt }), (err, socketOptions) => {
          if (err) {
            return done(err);
          }
          let options = this.options;
          if (socketOptions && socketOptions.connection) {
            this.logger.info({
              tnx: "proxy",
              remoteAddress: socketOptions.connection.remoteAddress,
              remotePort: socketOptions.connection.remotePort,
              destHost: options.host || "",
              destPort: options.port || "",
              action: "connected"
            }, "Using proxied socket from %s:%s to %s:%s", socketOptions.connection.remoteAddress, socketOptions.connection.remotePort, options.host || "", options.port || "");
            options = Object.assign(assign(false, options), socketOptions);
          }
          const connection = new smtp_connection_default(options);
          connection._connectStartedAt = connectStartedAt;
          let returned = false;
          let perCallAuth;
          const cleanupPerCallAuth = () => {
            if (perCallAuth && perCallAuth !== this.auth && perCallAuth.oauth2) {
              perCallAuth.oauth2.removeAllListeners();
            }
            perCallAuth = null;
          };
          connection.once("error", (err2) => {
            if (returned) {
              return;
            }
            returned = true;
            cleanupPerCallAuth();
            connection.close();
            return done(err2);
          });
          connection.once("end", () => {
            if (returned) {
              return;
            }
            returned = true;
            cleanupPerCallAuth();
            return done(new Error("Connection closed"));
          });
          const finalize = () => {
            if (returned) {
              return;
            }
            returned = true;
            cleanupPerCallAuth();
            connection.quit();
            return done(null, true);
          };
          connection.connect((err2) => {
            if (returned) {
              return;
            }
            if (err2) {
              returned = true;
              connection.close();
              return done(err2);
            }
            perCallAuth = this.getAuth({});
            if (perCallAuth && (connection.allowsAuth || options.forceAuth)) {
              connection.login(perCallAuth, (err3) => {
                cleanupPerCallAuth();
                if (returned) {
                  return;
                }
                if (err3) {
                  returned = true;
                  connection.close();
                  return done(err3);
                }
                finalize();
              });
            } else if (!perCallAuth && connection.allowsAuth && options.forceAuth) {
              const err3 = new Error("Authentication info was not provided");
              err3.code = ENOAUTH;
              returned = true;
              cleanupPerCallAuth();
              connection.close();
              return done(err3);
            } else {
              finalize();
            }
          });
        });
        return promise;
      }
      /**
       * Releases resources
       */
      close() {
        if (this.auth && this.auth.oauth2) {
          this.auth.oauth2.removeAllListeners();
        }
        this.emit("close");
      }
    };
    smtp_transport_default = SMTPTransport;
  }
});

// node_modules/nodemailer/dist/esm/sendmail-transport/index.js
var import_node_child_process, import_node_stream15, STDIN_ERROR_EXIT_WAIT, SendmailTransport, sendmail_transport_default;
var init_sendmail_transport = __esm({
  "node_modules/nodemailer/dist/esm/sendmail-transport/index.js"() {
    import_node_child_process = require("node:child_process");
    import_node_stream15 = require("node:stream");
    init_package_info();
    init_shared();
    init_errors2();
    init_le_windows();
    init_le_unix();
    STDIN_ERROR_EXIT_WAIT = 1e3;
    SendmailTransport = class {
      constructor(options) {
        options = options || {};
        this._spawn = import_node_child_process.spawn;
        this.options = options;
        this.name = "Sendmail";
        this.version = version;
        this.path = "sendmail";
        this.args = false;
        this.logger = getLogger(this.options, {
          component: this.options.component || "sendmail"
        });
        if (typeof options === "string") {
          this.path = options;
        } else if (typeof options === "object") {
          if (options.path) {
            this.path = options.path;
          }
          if (Array.isArray(options.args)) {
            this.args = options.args;
          }
        }
        this.winbreak = ["win", "windows", "dos", "\r\n"].includes((options.newline || "").toString().toLowerCase());
      }
      /**
       * <p>Compiles a mailcomposer message and forwards it to handler that sends it.</p>
       *
       * @param mail MailComposer object
       * @param done Callback function to run when the sending is completed
       */
      send(mail, done) {
        mail.message.keepBcc = true;
        const envelope = mail.message.getEnvelope();
        const messageId = mail.message.messageId();
        let returned;
        const hasInvalidAddresses = [].concat(envelope.from || []).concat(envelope.to || []).some((addr) => /^"?-/.test(addr));
        if (hasInvalidAddresses) {
          const err = new Error("Can not send mail. Invalid envelope addresses.");
          err.code = ESENDMAIL;
          return done(err);
        }
        const args = this.args ? ["-i"].concat(this.args).concat(envelope.to) : ["-i"].concat(envelope.from ? ["-f", envelope.from] : []).concat(envelope.to);
        const callback = (err) => {
          if (returned) {
            return;
          }
          returned = true;
          if (typeof done === "function") {
            if (err) {
              return done(err);
            }
            return done(null, {
              envelope,
              messageId,
              response: "Messages queued for delivery"
            });
          }
        };
        let sendmail;
        try {
          sendmail = this._spawn(this.path, args);
        } catch (E) {
          this.logger.error({
            err: E,
            tnx: "spawn",
            messageId
          }, "Error occurred while spawning sendmail. %s", E.message);
          return callback(E);
        }
        if (sendmail) {
          let stream;
          const messageWritten = () => !!stream && stream.readableEnded;
          let stdinError = null;
          const release = () => {
            if (stream && !messageWritten()) {
              stream.destroy();
            }
          };
          const fail = (err) => {
            release();
            callback(err);
          };
          sendmail.on("error", (err) => {
            this.logger.error({
              err,
              tnx: "spawn",
              messageId
            }, "Error occurred when sending message %s. %s", messageId, err.message);
            fail(err);
          });
          const onExit = (code, signal) => {
            let err = null;
            if (code) {
              err = new Error(code === 127 ? "Sendmail command not found, process exited with code " + code : "Sendmail exited with code " + code);
            } else if (signal) {
              err = new Error("Sendmail was terminated by " + signal);
            } else if (!messageWritten()) {
              err = new Error("Sendmail exited before the message was written");
            } else if (stdinError) {
              err = stdinError;
            }
            if (!err) {
              return callback();
            }
            err.code = err.code || ESENDMAIL;
            this.logger.error({
              err,
              tnx: "stdin",
              messageId
            }, "Error sending message %s to sendmail. %s", messageId, err.message);
            fail(err);
          };
          sendmail.once("exit", onExit);
          sendmail.once("close", onExit);
          sendmail.stdin.on("error", (err) => {
            this.logger.error({
              err,
              tnx: "stdin",
              messageId
            }, "Error occurred when piping message %s to sendmail. %s", messageId, err.message);
            if (stdinError) {
              return;
            }
            stdinError = err;
            release();
            const exitTimer = setTimeout(() => fail(err), STDIN_ERROR_EXIT_WAIT);
            sendmail.once("exit", () => clearTimeout(exitTimer));
          });
          const recipients = [].concat(envelope.to || []);
          if (recipients.length > 3) {
            recipients.push("...and " + recipients.splice(2).length + " more");
          }
          this.logger.info({
            tnx: "send",
            messageId
          }, "Sending message %s to <%s>", messageId, recipients.join(", "));
          const sourceStream = mail.message.createReadStream();
          stream = sourceStream;
          if (this.options.newline) {
            stream = (0, import_node_stream15.pipeline)(sourceStream, this.winbreak ? new LeWindows() : new LeUnix(), () => false);
          }
          stream.once("error", (err) => {
            this.logger.error({
              err,
              tnx: "stdin",
              messageId
            }, "Error occurred when generating message %s. %s", messageId, err.message);
            sendmail.kill("SIGINT");
            callback(err);
          });
          stream.pipe(sendmail.stdin);
        } else {
          const err = new Error("sendmail was not found");
          err.code = ESENDMAIL;
          return callback(err);
        }
      }
    };
    sendmail_transport_default = SendmailTransport;
  }
});

// node_modules/nodemailer/dist/esm/stream-transport/index.js
var StreamTransport, stream_transport_default;
var init_stream_transport = __esm({
  "node_modules/nodemailer/dist/esm/stream-transport/index.js"() {
    init_package_info();
    init_shared();
    init_le_windows();
    init_le_unix();
    StreamTransport = class {
      constructor(options) {
        options = options || {};
        this.options = options;
        this.name = "StreamTransport";
        this.version = version;
        this.logger = getLogger(this.options, {
          component: this.options.component || "stream-transport"
        });
        this.winbreak = ["win", "windows", "dos", "\r\n"].includes((options.newline || "").toString().toLowerCase());
      }
      /**
       * Compiles a mailcomposer message and forwards it to handler that sends it
       *
       * @param mail MailComposer object
       * @param done Callback function to run when the sending is completed
       */
      send(mail, done) {
        mail.message.keepBcc = true;
        const envelope = mail.message.getEnvelope();
        const messageId = mail.message.messageId();
        const recipients = [].concat(envelope.to || []);
        if (recipients.length > 3) {
          recipients.push("...and " + recipients.splice(2).length + " more");
        }
        this.logger.info({
          tnx: "send",
          messageId
        }, "Sending message %s to <%s> using %s line breaks", messageId, recipients.join(", "), this.winbreak ? "<CR><LF>" : "<LF>");
        setImmediate(() => {
          let stream;
          try {
            stream = mail.message.createReadStream();
            if (this.options.newline) {
              const sourceStream = stream;
              stream = sourceStream.pipe(this.winbreak ? new LeWindows() : new LeUnix());
              sourceStream.once("error", (err) => stream.emit("error", err));
            }
          } catch (E) {
            this.logger.error({
              err: E,
              tnx: "send",
              messageId
            }, "Creating send stream failed for %s. %s", messageId, E.message);
            return done(E);
          }
          if (!this.options.buffer) {
            stream.once("error", (err) => {
              this.logger.error({
                err,
                tnx: "send",
                messageId
              }, "Failed creating message for %s. %s", messageId, err.message);
            });
            return done(null, {
              envelope,
              messageId,
              message: stream
            });
          }
          const chunks = [];
          let chunklen = 0;
          stream.on("readable", () => {
            let chunk;
            while ((chunk = stream.read()) !== null) {
              chunks.push(chunk);
              chunklen += chunk.length;
            }
          });
          stream.once("error", (err) => {
            this.logger.error({
              err,
              tnx: "send",
              messageId
            }, "Failed creating message for %s. %s", messageId, err.message);
            return done(err);
          });
          stream.on("end", () => done(null, {
            envelope,
            messageId,
            message: Buffer.concat(chunks, chunklen)
          }));
        });
      }
    };
    stream_transport_default = StreamTransport;
  }
});

// node_modules/nodemailer/dist/esm/json-transport/index.js
var JSONTransport, json_transport_default;
var init_json_transport = __esm({
  "node_modules/nodemailer/dist/esm/json-transport/index.js"() {
    init_package_info();
    init_shared();
    JSONTransport = class {
      constructor(options) {
        options = options || {};
        this.options = options;
        this.name = "JSONTransport";
        this.version = version;
        this.logger = getLogger(this.options, {
          component: this.options.component || "json-transport"
        });
      }
      /**
       * <p>Compiles a mailcomposer message and forwards it to handler that sends it.</p>
       *
       * @param mail MailComposer object
       * @param done Callback function to run when the sending is completed
       */
      send(mail, done) {
        mail.message.keepBcc = true;
        const envelope = mail.message.getEnvelope();
        const messageId = mail.message.messageId();
        const recipients = [].concat(envelope.to || []);
        if (recipients.length > 3) {
          recipients.push("...and " + recipients.splice(2).length + " more");
        }
        this.logger.info({
          tnx: "send",
          messageId
        }, "Composing JSON structure of %s to <%s>", messageId, recipients.join(", "));
        setImmediate(() => {
          mail.normalize((err, data) => {
            if (err) {
              this.logger.error({
                err,
                tnx: "send",
                messageId
              }, "Failed building JSON structure for %s. %s", messageId, err.message);
              return done(err);
            }
            delete data.envelope;
            delete data.normalizedHeaders;
            delete data.signal;
            return done(null, {
              envelope,
              messageId,
              message: this.options.skipEncoding ? data : JSON.stringify(data)
            });
          });
        });
      }
    };
    json_transport_default = JSONTransport;
  }
});

// node_modules/nodemailer/dist/esm/ses-transport/index.js
function tagSesError(err) {
  if (err && typeof err === "object" && !err.code) {
    err.code = ESES;
  }
  return err;
}
var import_node_events6, SESTransport, ses_transport_default;
var init_ses_transport = __esm({
  "node_modules/nodemailer/dist/esm/ses-transport/index.js"() {
    import_node_events6 = __toESM(require("node:events"), 1);
    init_package_info();
    init_shared();
    init_errors2();
    init_le_windows();
    init_mime_node();
    SESTransport = class extends import_node_events6.default {
      constructor(options) {
        super();
        if (!options || !options.SES || !options.SES.sesClient) {
          const error2 = new Error("Missing SES configuration, expecting { sesClient, SendEmailCommand } from @aws-sdk/client-sesv2, see https://nodemailer.com/transports/ses/");
          error2.code = ECONFIG;
          throw error2;
        }
        this.options = options;
        this.ses = this.options.SES;
        this.name = "SESTransport";
        this.version = version;
        this.logger = getLogger(this.options, {
          component: this.options.component || "ses-transport"
        });
      }
      getRegion(cb) {
        if (this.ses.sesClient.config && typeof this.ses.sesClient.config.region === "function") {
          this.ses.sesClient.config.region().then((region) => cb(null, region), (err) => cb(err));
          return;
        }
        return cb(null, false);
      }
      /**
       * Compiles a mailcomposer message and forwards it to SES
       *
       * @param mail MailComposer object
       * @param callback Callback function to run when the sending is completed
       */
      send(mail, callback) {
        let fromHeader = mail.message._headers.find((header) => /^from$/i.test(header.key));
        if (fromHeader) {
          const mimeNode = new mime_node_default("text/plain");
          fromHeader = mimeNode._convertAddresses(mimeNode._parseAddresses(fromHeader.value));
        }
        const envelope = mail.message.getEnvelope();
        const messageId = mail.message.messageId();
        const recipients = [].concat(envelope.to || []);
        if (recipients.length > 3) {
          recipients.push("...and " + recipients.splice(2).length + " more");
        }
        this.logger.info({
          tnx: "send",
          messageId
        }, "Sending message %s to <%s>", messageId, recipients.join(", "));
        const getRawMessage = (next) => {
          if (!mail.data._dkim) {
            mail.data._dkim = {};
          }
          if (mail.data._dkim.skipFields && typeof mail.data._dkim.skipFields === "string") {
            mail.data._dkim.skipFields += ":date:message-id";
          } else {
            mail.data._dkim.skipFields = "date:message-id";
          }
          const sourceStream = mail.message.createReadStream();
          const stream = sourceStream.pipe(new LeWindows());
          const chunks = [];
          let chunklen = 0;
          stream.on("readable", () => {
            let chunk;
            while ((chunk = stream.read()) !== null) {
              chunks.push(chunk);
              chunklen += chunk.length;
            }
          });
          sourceStream.once("error", (err) => stream.emit("error", err));
          stream.once("error", (err) => next(err));
          stream.once("end", () => next(null, Buffer.concat(chunks, chunklen)));
        };
        setImmediate(() => getRawMessage((err, raw) => {
          if (err) {
            this.logger.error({
              err,
              tnx: "send",
              messageId
            }, "Failed creating message for %s. %s", messageId, err.message);
            return callback(err);
          }
          const sesMessage = copyOwnKeys({
            Content: {
              Raw: {
                // required
                Data: raw
                // required
              }
            },
            FromEmailAddress: fromHeader || envelope.from,
            Destination: {
              ToAddresses: envelope.to
            }
          }, mail.data.ses);
          this.getRegion((err2, region) => {
            if (err2 || !region) {
              region = "us-east-1";
            }
            let sendPromise;
            try {
              const command = new this.ses.SendEmailCommand(sesMessage);
              sendPromise = this.ses.sesClient.send(command);
            } catch (err3) {
              tagSesError(err3);
              this.logger.error({
                err: err3,
                tnx: "send"
              }, "Send error for %s: %s", messageId, err3.message);
              setImmediate(() => callback(err3));
              return;
            }
            sendPromise.then((data) => {
              if (region === "us-east-1") {
                region = "email";
              }
              const info = {
                envelope: {
                  from: envelope.from,
                  to: envelope.to
                },
                messageId: "<" + data.MessageId + (!/@/.test(data.MessageId) ? "@" + region + ".amazonses.com" : "") + ">",
                response: data.MessageId,
                raw
              };
              setImmediate(() => callback(null, info));
            }).catch((err3) => {
              tagSesError(err3);
              this.logger.error({
                err: err3,
                tnx: "send"
              }, "Send error for %s: %s", messageId, err3.message);
              setImmediate(() => callback(err3));
            });
          });
        }));
      }
      verify(callback) {
        let promise;
        if (!callback) {
          promise = new Promise((resolve4, reject) => {
            callback = callbackPromise(resolve4, reject);
          });
        }
        const done = callback;
        const cb = (err) => {
          if (err && !["InvalidParameterValue", "MessageRejected"].includes(err.code || err.Code || err.name)) {
            return done(tagSesError(err));
          }
          return done(null, true);
        };
        const sesMessage = {
          Content: {
            Raw: {
              Data: Buffer.from("From: <invalid@invalid>\r\nTo: <invalid@invalid>\r\n Subject: Invalid\r\n\r\nInvalid")
            }
          },
          FromEmailAddress: "invalid@invalid",
          Destination: {
            ToAddresses: ["invalid@invalid"]
          }
        };
        this.getRegion(() => {
          let sendPromise;
          try {
            const command = new this.ses.SendEmailCommand(sesMessage);
            sendPromise = this.ses.sesClient.send(command);
          } catch (err) {
            setImmediate(() => cb(err));
            return;
          }
          sendPromise.then(() => setImmediate(() => cb(null))).catch((err) => setImmediate(() => cb(err)));
        });
        return promise;
      }
    };
    ses_transport_default = SESTransport;
  }
});

// node_modules/nodemailer/dist/esm/nodemailer.js
var nodemailer_exports = {};
__export(nodemailer_exports, {
  createTestAccount: () => createTestAccount,
  createTransport: () => createTransport,
  default: () => nodemailer_default,
  getTestMessageUrl: () => getTestMessageUrl
});
function createTransport(transporter, defaults) {
  let options;
  if (
    // provided transporter is a configuration object, not transporter plugin
    typeof transporter === "object" && typeof transporter.send !== "function" || // provided transporter looks like a connection url
    typeof transporter === "string" && /^(smtps?|direct):/i.test(transporter)
  ) {
    const urlConfig = typeof transporter === "string" ? transporter : transporter.url;
    if (urlConfig) {
      const parsed = parseConnectionUrl(urlConfig);
      options = typeof transporter === "object" ? assign(false, copyOwnKeys({}, transporter, (key) => key === "url"), parsed) : parsed;
    } else {
      options = transporter;
    }
    if (options.pool) {
      transporter = new smtp_pool_default(options);
    } else if (options.sendmail) {
      transporter = new sendmail_transport_default(options);
    } else if (options.streamTransport) {
      transporter = new stream_transport_default(options);
    } else if (options.jsonTransport) {
      transporter = new json_transport_default(options);
    } else if (options.SES) {
      const ses = options.SES;
      if (ses.ses && ses.aws) {
        const error2 = new Error("Using legacy SES configuration, expecting @aws-sdk/client-sesv2, see https://nodemailer.com/transports/ses/");
        error2.code = ECONFIG;
        throw error2;
      }
      transporter = new ses_transport_default(options);
    } else {
      transporter = new smtp_transport_default(options);
    }
  }
  return new mailer_default(transporter, options, defaults);
}
function createTestAccount(apiUrl, callback) {
  let promise;
  if (!callback && typeof apiUrl === "function") {
    callback = apiUrl;
    apiUrl = false;
  }
  if (!callback) {
    promise = new Promise((resolve4, reject) => {
      callback = callbackPromise(resolve4, reject);
    });
  }
  const done = callback;
  if (etherealCache() && testAccount) {
    setImmediate(() => done(null, testAccount));
    return promise;
  }
  apiUrl = apiUrl || etherealApi();
  const chunks = [];
  let chunklen = 0;
  const requestHeaders = {};
  const requestBody = {
    requestor: name,
    version
  };
  const apiKey = etherealApiKey();
  if (apiKey) {
    requestHeaders.Authorization = "Bearer " + apiKey;
  }
  const fetchOptions = {
    contentType: "application/json",
    method: "POST",
    headers: requestHeaders,
    body: Buffer.from(JSON.stringify(requestBody))
  };
  if (/^https:/i.test(apiUrl)) {
    fetchOptions.tls = { rejectUnauthorized: true };
  }
  const req = fetch_default(apiUrl + "/user", fetchOptions);
  req.on("readable", () => {
    let chunk;
    while ((chunk = req.read()) !== null) {
      chunks.push(chunk);
      chunklen += chunk.length;
    }
  });
  req.once("error", (err) => done(err));
  req.once("end", () => {
    const res = Buffer.concat(chunks, chunklen);
    let data;
    try {
      data = JSON.parse(res.toString());
    } catch (E) {
      return done(E);
    }
    if (data.status !== "success" || data.error) {
      return done(new Error(data.error || "Request failed"));
    }
    delete data.status;
    testAccount = data;
    done(null, testAccount);
  });
  return promise;
}
function getTestMessageUrl(info) {
  if (!info || !info.response) {
    return false;
  }
  const infoProps = /* @__PURE__ */ new Map();
  const response = info.response.toString();
  if (response.length > 2 && response.charAt(response.length - 1) === "]") {
    const open = response.indexOf("[", response.lastIndexOf("]", response.length - 2) + 1);
    if (open >= 0 && open < response.length - 2) {
      const props = response.substring(open + 1, response.length - 1);
      props.replace(/\b([A-Z0-9]+)=([^\s]+)/g, (m, key, value) => {
        infoProps.set(key, value);
        return m;
      });
    }
  }
  if (infoProps.has("STATUS") && infoProps.has("MSGID")) {
    return (testAccount && testAccount.web || etherealWeb()) + "/message/" + infoProps.get("MSGID");
  }
  return false;
}
var etherealApi, etherealWeb, etherealApiKey, etherealCache, testAccount, nodemailer, nodemailer_default;
var init_nodemailer = __esm({
  "node_modules/nodemailer/dist/esm/nodemailer.js"() {
    init_mailer();
    init_shared();
    init_smtp_pool();
    init_smtp_transport();
    init_sendmail_transport();
    init_stream_transport();
    init_json_transport();
    init_ses_transport();
    init_errors2();
    init_fetch();
    init_package_info();
    etherealApi = () => (process.env.ETHEREAL_API || "https://api.nodemailer.com").replace(/\/+$/, "");
    etherealWeb = () => (process.env.ETHEREAL_WEB || "https://ethereal.email").replace(/\/+$/, "");
    etherealApiKey = () => (process.env.ETHEREAL_API_KEY || "").replace(/\s*/g, "") || null;
    etherealCache = () => ["true", "yes", "y", "1"].includes((process.env.ETHEREAL_CACHE || "yes").toString().trim().toLowerCase());
    testAccount = false;
    nodemailer = {
      createTransport,
      createTestAccount,
      getTestMessageUrl
    };
    nodemailer_default = nodemailer;
  }
});

// src/autoscaler/main.ts
var main_exports = {};
__export(main_exports, {
  main: () => main,
  parseRunArgs: () => parseRunArgs
});
module.exports = __toCommonJS(main_exports);

// src/core/config.ts
var fs = __toESM(require("node:fs"));
var path = __toESM(require("node:path"));
init_errors();

// resources/slipway/slipway.schema.json
var slipway_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://slipway.dev/slipway.schema.json",
  title: "slipway.json",
  description: "Configuration of one app deployed by slipway. Every field has a default; secrets never go here (they come from DD_API_KEY, DD_APP_KEY, SLIPWAY_ADMIN_TOKEN, SLIPWAY_FLAGS_TOKEN and REDIS_URL in the environment).",
  type: "object",
  additionalProperties: false,
  default: {},
  properties: {
    $schema: {
      type: "string"
    },
    stateDir: {
      type: "string",
      minLength: 1,
      default: "/var/lib/slipway",
      description: "Where slipway keeps host state (deploy history, proxy ejection state, locks)."
    },
    app: {
      type: "object",
      additionalProperties: false,
      default: {},
      description: "The app being deployed.",
      properties: {
        name: {
          type: "string",
          pattern: "^[a-z0-9][a-z0-9_.-]{0,62}$",
          description: "Name used for images, containers and labels. Default: the app's package.json name, else its directory name."
        },
        port: {
          type: "integer",
          minimum: 1,
          maximum: 65535,
          default: 3e3,
          description: "Port the app listens on when it runs alone (its PORT env); deploy gives each role its own."
        },
        healthPath: {
          type: "string",
          pattern: "^/[^\\s?#]*$",
          default: "/health",
          description: "HTTP path that answers 200 when the app is ready (no spaces, query or fragment)."
        },
        testCommand: {
          type: "string",
          minLength: 1,
          default: "npm test",
          description: "The app's own test command, run inside the built image."
        },
        testNetwork: {
          type: "string",
          enum: ["none", "host"],
          default: "none",
          description: "Network of the test container. none: loopback only, nothing of this host. host opts in to this host's network, where slipway's Redis, toggle server and proxy admin answer: only for tests that need them."
        },
        buildNetwork: {
          type: "string",
          enum: ["none", "host"],
          default: "none",
          description: "Network of the image build's RUN instructions. none: no network. host opts in to this host's network (e.g. for RUN npm ci), where slipway's Redis, toggle server and proxy admin answer."
        },
        env: {
          type: "object",
          default: {},
          additionalProperties: {
            type: "string"
          },
          description: "Extra non-secret environment for the app's containers.",
          propertyNames: {
            pattern: "^[A-Za-z_][A-Za-z0-9_]*$"
          }
        }
      }
    },
    images: {
      type: "object",
      additionalProperties: false,
      default: {},
      description: "Images slipway builds and starts from.",
      properties: {
        nodeVersion: {
          type: "string",
          pattern: "^[0-9]+(\\.[0-9]+){0,2}$",
          default: "20",
          description: "Node.js version of the base image (node:<version>-bookworm-slim)."
        },
        pull: {
          type: "boolean",
          default: true,
          description: "Pull the official node:<nodeVersion>-bookworm-slim image. false (offline hosts, tests, demos) makes an equivalent base image from the local Node runtime with `docker import` instead."
        },
        base: {
          type: "string",
          description: "Base image passed to the Dockerfile as NODE_IMAGE. Default: node:<nodeVersion>-bookworm-slim when present, else the one `slipway base-image` makes offline.",
          format: "docker-reference"
        },
        repository: {
          type: "string",
          pattern: "^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$",
          description: "Image repository for the app. Default: app.name."
        },
        registry: {
          type: "string",
          pattern: "^[a-zA-Z0-9.-]+(:[0-9]{1,5})?$",
          description: `Registry (host[:port]) every swarm node pulls the app image from. Default with deploy.target "swarm": one slipway runs on the manager (Debian's docker-registry) at <manager address>:deploy.swarm.registryPort.`
        }
      }
    },
    analyse: {
      type: "object",
      additionalProperties: false,
      default: {},
      description: "Gates of `slipway analyse` (ESLint and npm audit).",
      properties: {
        maxLintErrors: {
          type: "integer",
          minimum: 0,
          default: 0,
          description: "Fail when ESLint reports more errors than this."
        },
        maxLintWarnings: {
          type: "integer",
          minimum: 0,
          description: "Fail when ESLint reports more warnings than this. Default: no limit."
        },
        maxAuditSeverity: {
          type: "string",
          enum: [
            "none",
            "info",
            "low",
            "moderate",
            "high",
            "critical"
          ],
          default: "moderate",
          description: 'Highest npm audit severity allowed; a vulnerability above it fails the step. "none" allows none.'
        },
        require: {
          type: "array",
          items: {
            type: "string",
            enum: [
              "lint",
              "audit"
            ]
          },
          default: [
            "lint"
          ],
          description: "Tools that must run: one that cannot (no ESLint, registry unreachable) fails the step instead of being reported as not run."
        }
      }
    },
    deploy: {
      type: "object",
      additionalProperties: false,
      default: {},
      description: "Production and canary containers.",
      properties: {
        target: {
          type: "string",
          default: "host",
          enum: ["host", "swarm"],
          description: 'Where the roles run. "host": containers on this Docker engine; "swarm": services of a Docker Swarm whose manager this engine is (README: From one host to a swarm).'
        },
        network: {
          type: "string",
          default: "host",
          description: 'Container networking. "host": each role on its own loopback port (the only mode in this version; see README for bridge networks).',
          enum: [
            "host"
          ]
        },
        bindAddress: {
          type: "string",
          default: "127.0.0.1",
          description: "Address the app containers listen on with host networking.",
          format: "ip"
        },
        production: {
          type: "object",
          additionalProperties: false,
          default: {},
          description: "The production container.",
          properties: {
            port: {
              type: "integer",
              minimum: 1,
              maximum: 65535,
              default: 3001,
              description: "Host port of this role's container."
            },
            branch: {
              type: "string",
              default: "main",
              description: "Git branch this role is built from.",
              format: "git-branch"
            }
          }
        },
        canary: {
          type: "object",
          additionalProperties: false,
          default: {},
          description: "The canary container.",
          properties: {
            port: {
              type: "integer",
              minimum: 1,
              maximum: 65535,
              default: 3002,
              description: "Host port of this role's container."
            },
            branch: {
              type: "string",
              default: "staging",
              description: "Git branch this role is built from.",
              format: "git-branch"
            }
          }
        },
        standbyPortOffset: {
          type: "integer",
          minimum: 1,
          maximum: 1e4,
          default: 100,
          description: "With host networking a replacement container starts on port + this offset while the old one still serves on port, then the proxy switches to it; the next deploy switches back."
        },
        memoryMb: {
          type: "integer",
          minimum: 16,
          default: 256,
          description: "Starting memory limit of each app container (the autoscaler raises it)."
        },
        healthTimeoutSec: {
          type: "number",
          exclusiveMinimum: 0,
          default: 60,
          description: "How long a new container has to become healthy."
        },
        healthIntervalMs: {
          type: "integer",
          minimum: 50,
          default: 500,
          description: "Pause between health probes."
        },
        drainTimeoutSec: {
          type: "number",
          minimum: 0,
          default: 30,
          description: "How long in-flight requests may take on a container being replaced."
        },
        keepCanaryAfterPromote: {
          type: "boolean",
          default: false,
          description: "Keep the canary container running after `canary promote`."
        },
        historySize: {
          type: "integer",
          minimum: 1,
          default: 10,
          description: "Images remembered per role for rollback."
        },
        swarm: {
          type: "object",
          additionalProperties: false,
          default: {},
          description: 'Services on a Docker Swarm (deploy.target "swarm").',
          properties: {
            replicas: {
              type: "object",
              additionalProperties: false,
              default: {},
              description: "Tasks per role.",
              properties: {
                production: { type: "integer", minimum: 1, maximum: 100, default: 2, description: "Production tasks, spread over the nodes." },
                canary: { type: "integer", minimum: 1, maximum: 100, default: 1, description: "Canary tasks." }
              }
            },
            network: {
              type: "string",
              pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,62}$",
              description: "Overlay network the roles (and the proxy) share. Default: <app.name>-net, made by slipway."
            },
            updateMonitorSec: {
              type: "number",
              minimum: 1,
              maximum: 600,
              default: 10,
              description: "How long each updated task must stay healthy before the rolling update goes on; a failure within it rolls the service back."
            },
            updateDelaySec: {
              type: "number",
              minimum: 0,
              maximum: 600,
              default: 0,
              description: "Pause between updating one task and the next."
            },
            registryPort: {
              type: "integer",
              minimum: 1,
              maximum: 65535,
              default: 5e3,
              description: "Port of the registry slipway runs on the manager when images.registry is not set."
            },
            proxy: {
              type: "boolean",
              default: true,
              description: "Run slipway's proxy as a service in front of both roles, proxy.listen and proxy.admin ports published on the node of each task; needs SLIPWAY_ADMIN_TOKEN."
            },
            proxyReplicas: {
              type: "integer",
              minimum: 1,
              maximum: 64,
              default: 1,
              description: `Proxy tasks, at most one per node. One task runs on the manager and keeps the canary's state in the state dir there; more need proxy.sharedState "redis", and run on any node with their state in Redis.`
            }
          }
        }
      }
    },
    proxy: {
      type: "object",
      additionalProperties: false,
      default: {},
      description: "The canary proxy in front of production and canary.",
      properties: {
        listen: {
          default: "127.0.0.1:8080",
          description: "Where users' traffic enters.",
          type: "string",
          format: "listen"
        },
        admin: {
          default: "127.0.0.1:8081",
          description: "Admin API (status, weights, abort/resume, Datadog webhook, metrics); needs SLIPWAY_ADMIN_TOKEN.",
          type: "string",
          format: "listen"
        },
        weights: {
          type: "object",
          additionalProperties: false,
          default: {
            production: 2,
            canary: 1
          },
          description: "Traffic split between production and canary.",
          properties: {
            production: {
              type: "integer",
              minimum: 0,
              default: 2
            },
            canary: {
              type: "integer",
              minimum: 0,
              default: 1
            }
          }
        },
        production: {
          type: "string",
          description: "Production target (http://HOST:PORT). Default: the running production container, else http://<deploy.bindAddress>:<deploy.production.port>.",
          format: "http-target"
        },
        canary: {
          type: "string",
          description: 'Canary target (http://HOST:PORT), or "none". Default: the running canary container, else none for `proxy up` and http://<deploy.bindAddress>:<deploy.canary.port> for `proxy run`.',
          format: "http-target-or-none"
        },
        stickyCookie: {
          type: "string",
          pattern: "^[A-Za-z0-9_-]*$",
          default: "",
          description: "Cookie name that keeps a user on one version; empty turns stickiness off."
        },
        stickyHeader: {
          type: "string",
          pattern: "^[A-Za-z0-9-]*$",
          default: "",
          description: "A request header holding a user or session id (e.g. X-User-Id): its value fixes the user's bucket, so the user stays on one version without a cookie. Empty: off."
        },
        allowedBackends: {
          type: "array",
          items: {
            type: "string",
            format: "http-target"
          },
          description: "Targets (http://HOST:PORT) the admin API's PUT /backends may point production or canary at, besides the targets the proxy started with. Default: http://<deploy.bindAddress>:<port> for each role's port and standby port (port + deploy.standbyPortOffset)."
        },
        trustedProxies: {
          type: "array",
          items: { type: "string", format: "ip" },
          default: [],
          description: "Addresses of front proxies (a load balancer, TLS terminator) whose X-Forwarded-For/-Proto/-Host are kept and extended; from anyone else they are replaced."
        },
        retryIdempotent: {
          type: "boolean",
          default: true,
          description: "Retry a GET/HEAD once: one that fails on the canary on production, one whose production connection is refused or reset on a new connection (another task on a swarm)."
        },
        requestTimeoutMs: {
          type: "integer",
          minimum: 100,
          default: 3e4
        },
        idleTimeoutMs: {
          type: "integer",
          minimum: 100,
          default: 6e4
        },
        upgrades: {
          type: "array",
          items: {
            type: "string",
            pattern: "^[A-Za-z0-9!#$%&'*+.^_`|~-]+(/[A-Za-z0-9!#$%&'*+.^_`|~-]+)?$"
          },
          default: ["websocket"],
          description: "Upgrade protocols a GET may switch to through the proxy (a tunnel opens only after the backend's 101); empty allows none."
        },
        tunnelIdleTimeoutMs: {
          type: "integer",
          minimum: 100,
          default: 3e5,
          description: "An upgraded connection (WebSocket) with no traffic either way for this long is closed."
        },
        maxHeaderBytes: {
          type: "integer",
          minimum: 1024,
          default: 16384
        },
        drainTimeoutSec: {
          type: "number",
          minimum: 0,
          default: 15,
          description: "Graceful shutdown: how long in-flight requests may finish."
        },
        workers: {
          type: "integer",
          minimum: 0,
          maximum: 64,
          default: 0,
          description: "Data-plane processes (Node's cluster). A primary accepts on the listening port and hands each new connection to the worker with the fewest open ones; it keeps the admin API, the state file and the canary's state and hands every change to all of them within milliseconds. 0: one per core; 1: a single process."
        },
        sharedState: {
          type: "string",
          enum: ["host", "redis"],
          default: "host",
          description: `Where several proxy instances (a swarm's proxy service) share the canary's state \u2014 ejection, weights and the rollout's step, targets: "redis" at REDIS_URL (its password from the environment; default redis://127.0.0.1:<redis.port>), so every instance agrees within a second; "host": this instance's processes only.`
        },
        sharedStateKey: {
          type: "string",
          pattern: "^[A-Za-z0-9:_.-]*$",
          maxLength: 200,
          default: "",
          description: "The Redis key prefix of the shared state (a hash <key>:state and a channel <key>:changes); every instance of one app uses the same. Empty: slipway:proxy:<app.name>."
        }
      }
    },
    canary: {
      type: "object",
      additionalProperties: false,
      default: {},
      description: "When the canary stops getting traffic, how it comes back, and how a progressive rollout moves it to production.",
      properties: {
        consecutive5xx: {
          type: "integer",
          minimum: 1,
          default: 5,
          description: "Eject after this many 5xx or connection failures in a row (Envoy's default)."
        },
        windowSec: {
          type: "number",
          exclusiveMinimum: 0,
          default: 30,
          description: "Sliding window for the error-rate rule."
        },
        minRequests: {
          type: "integer",
          minimum: 1,
          default: 20,
          description: "The error-rate rule needs at least this many canary requests in the window."
        },
        maxErrorRate: {
          type: "number",
          exclusiveMinimum: 0,
          maximum: 1,
          default: 0.2,
          description: "Eject when the canary's 5xx share in the window exceeds this."
        },
        probationSec: {
          type: "number",
          minimum: 0,
          default: 0,
          description: "Opt-in: re-admit an ejected canary after this long; 0 means only an explicit resume re-admits."
        },
        strategy: {
          type: "string",
          enum: [
            "static",
            "progressive"
          ],
          default: "static",
          description: "static: the seed's split (proxy.weights) until an alert ejects the canary and a person promotes it. progressive: canary.steps, each judged against production, ending in automatic promotion (run by `slipway rollout up`)."
        },
        steps: {
          type: "array",
          default: [
            {
              weight: 5,
              holdSec: 60
            },
            {
              weight: 20,
              holdSec: 60
            },
            {
              weight: 33,
              holdSec: 60
            },
            {
              weight: 50,
              holdSec: 60
            }
          ],
          description: 'The progressive rollout: each step sends `weight` percent of traffic to the canary for at least `holdSec` (and until a judgment passes), or waits at a manual gate ({"gate": "manual"}) for `slipway canary continue`. After the last step the canary is promoted.',
          items: {
            type: "object",
            additionalProperties: false,
            properties: {
              weight: {
                type: "integer",
                minimum: 1,
                maximum: 100,
                description: "Percent of traffic to the canary in this step."
              },
              holdSec: {
                type: "number",
                exclusiveMinimum: 0,
                description: "Seconds to stay at this weight at least."
              },
              gate: {
                type: "string",
                enum: [
                  "manual"
                ],
                description: "Wait here for `slipway canary continue` (a Jenkins input step)."
              }
            }
          }
        },
        analysis: {
          type: "object",
          additionalProperties: false,
          default: {},
          description: "How the rollout judges the canary against production from the proxy's own measurements, every intervalSec.",
          properties: {
            intervalSec: {
              type: "number",
              exclusiveMinimum: 0,
              default: 20,
              description: "Seconds per judgment window."
            },
            confidence: {
              type: "number",
              exclusiveMinimum: 0.5,
              exclusiveMaximum: 1,
              default: 0.98,
              description: "Confidence a test needs before it calls the canary worse (Kayenta's 0.98)."
            },
            minRequests: {
              type: "integer",
              minimum: 1,
              default: 50,
              description: "Requests each role needs in a window; fewer is Inconclusive, never a pass."
            },
            successRateMin: {
              type: "number",
              minimum: 0,
              maximum: 100,
              default: 99,
              description: "Percent: Failed when the canary's success rate is confidently below this (Flagger's 99)."
            },
            p99MaxMs: {
              type: "number",
              exclusiveMinimum: 0,
              default: 500,
              description: "Failed when the canary's p99 latency is above this and above production's (Flagger's 500 ms)."
            },
            errorMargin: {
              type: "number",
              minimum: 0,
              maximum: 1,
              default: 0.01,
              description: "How much higher (absolute) the canary's 5xx rate may be than production's before the error test counts it."
            },
            latencyTolerance: {
              type: "number",
              minimum: 0,
              default: 0.25,
              description: "How much slower (relative) the canary's latencies may be than production's before the Mann-Whitney test counts it (Kayenta's tolerance)."
            },
            latencyToleranceMs: {
              type: "number",
              minimum: 0,
              default: 5,
              description: "How much slower (absolute, in ms) the canary's latencies may also be: a backend taking a small share of the traffic runs a little colder, and a relative tolerance alone fails it on sub-millisecond differences."
            },
            failureLimit: {
              type: "integer",
              minimum: 0,
              default: 0,
              description: "Failed judgments tolerated; one more aborts (Argo's failureLimit, default 0: the first Failed aborts)."
            },
            inconclusiveLimit: {
              type: "integer",
              minimum: 0,
              default: 3,
              description: "The rollout pauses for a person when more judgments than this were Inconclusive (Argo's inconclusiveLimit; a resume starts the count again)."
            },
            consecutiveErrorLimit: {
              type: "integer",
              minimum: 0,
              default: 4,
              description: "Windows in a row whose metric could not be measured (Error) before the rollout aborts: one more aborts (Argo's consecutiveErrorLimit, 4)."
            },
            metrics: {
              type: "array",
              default: [],
              maxItems: 20,
              description: `Metric providers judged every window beside the proxy's checks (Argo's): {"name", "provider": "datadog", "query", "lookbackSec" (300)} queries Datadog's v1 API (DD_API_KEY, DD_APP_KEY) for the last point of the first series; {"name", "provider": "web", "url", "jsonPath", "timeoutSec" (10)} GETs JSON and reads $.a.b[0]. "successCondition"/"failureCondition": result <op> literal (< <= > >= == !=), joined by && or ||. No answer is an Error.`,
              items: {
                type: "object",
                additionalProperties: false,
                required: ["name", "provider"],
                properties: {
                  name: { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$", description: "letters, digits, . _ -" },
                  provider: { type: "string", enum: ["datadog", "web"] },
                  query: { type: "string", minLength: 1, maxLength: 2e3 },
                  lookbackSec: { type: "number", exclusiveMinimum: 0 },
                  url: { type: "string", format: "webhook-url", maxLength: 2e3 },
                  jsonPath: { type: "string", minLength: 1, maxLength: 500 },
                  timeoutSec: { type: "number", exclusiveMinimum: 0, maximum: 60 },
                  successCondition: { type: "string", minLength: 1, maxLength: 500 },
                  failureCondition: { type: "string", minLength: 1, maxLength: 500 }
                }
              }
            }
          }
        },
        webhooks: {
          type: "array",
          default: [],
          maxItems: 20,
          description: `Flagger-shaped webhooks {"name", "type", "url", "timeoutSec" (10), "metadata"}, POSTed Flagger's payload; a 2xx advances. confirm-rollout: before the first step, else hold; pre-rollout: before the first step, else a Failed judgment; rollout: every window, else Failed; confirm-promotion: before the promotion, else hold at the last step; rollback: every window, a 2xx aborts. SLIPWAY_ROLLOUT_WEBHOOK_TOKEN, when set, goes as a bearer token.`,
          items: {
            type: "object",
            additionalProperties: false,
            required: ["name", "type", "url"],
            properties: {
              name: { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$", description: "letters, digits, . _ -" },
              type: { type: "string", enum: ["confirm-rollout", "pre-rollout", "rollout", "confirm-promotion", "rollback"] },
              url: { type: "string", format: "webhook-url", maxLength: 2e3 },
              timeoutSec: { type: "number", exclusiveMinimum: 0, maximum: 60 },
              metadata: { type: "object", maxProperties: 50, additionalProperties: { type: "string", maxLength: 2e3 } }
            }
          }
        },
        abortKeepSec: {
          type: "number",
          minimum: 0,
          default: 600,
          description: "An aborted canary gets no traffic at once and keeps running this long for inspection, then is removed."
        },
        controllerListen: {
          type: "string",
          default: "127.0.0.1:8082",
          format: "listen",
          description: "HOST:PORT of the rollout controller's API (status, pause, continue, retry, metrics)."
        }
      }
    },
    flags: {
      type: "object",
      additionalProperties: false,
      default: {},
      description: "Redis-backed feature flags and the toggle server.",
      properties: {
        listen: {
          default: "127.0.0.1:8000",
          description: "Toggle server address (the seed's http://localhost:8000).",
          type: "string",
          format: "listen"
        },
        namespace: {
          type: "string",
          pattern: "^[A-Za-z0-9_.-]+$",
          description: "Redis namespace of the app's flags. Default: app.name."
        },
        defaults: {
          type: "object",
          default: {
            myflag: "disable"
          },
          additionalProperties: {
            type: [
              "boolean",
              "string",
              "number",
              "object",
              "array"
            ]
          },
          description: "Flags and their values when nothing is stored yet."
        },
        legacyGetToggle: {
          type: "boolean",
          default: false,
          description: "Let a GET /newfeature toggle myflag, as the seed's server.js did."
        },
        backupFile: {
          type: "string",
          description: "File where the app's flag client keeps its last snapshot for a cold start with Redis down.",
          minLength: 1
        }
      }
    },
    redis: {
      type: "object",
      additionalProperties: false,
      default: {},
      description: "The Redis server `slipway provision` installs (the password, if any, comes from REDIS_URL).",
      properties: {
        port: {
          type: "integer",
          minimum: 1,
          maximum: 65535,
          default: 6379,
          description: "Port Redis listens on; it must differ from every other port in this file."
        },
        bind: {
          type: "string",
          default: "127.0.0.1",
          format: "ip",
          description: "IP address Redis listens on (written to its config file)."
        }
      }
    },
    monitors: {
      type: "object",
      additionalProperties: false,
      default: {},
      description: "Datadog monitors (with DD_API_KEY and DD_APP_KEY) or local alerting (without).",
      properties: {
        cpuPercent: {
          type: "number",
          exclusiveMinimum: 0,
          maximum: 100,
          default: 60
        },
        memoryMb: {
          type: "number",
          exclusiveMinimum: 0,
          default: 500
        },
        renotifyMinutes: {
          type: "integer",
          minimum: 0,
          default: 15,
          description: "Send the alert again while unresolved; 0 turns re-notify off."
        },
        evaluationWindow: {
          type: "string",
          enum: [
            "last_1m",
            "last_5m",
            "last_10m",
            "last_15m",
            "last_30m",
            "last_1h"
          ],
          default: "last_5m"
        },
        emails: {
          type: "array",
          default: [],
          items: {
            type: "string",
            format: "email"
          },
          description: "Who gets the alert e-mails."
        },
        canary5xx: {
          type: "object",
          additionalProperties: false,
          default: {},
          properties: {
            source: {
              type: "string",
              enum: [
                "apm",
                "logs"
              ],
              default: "logs"
            },
            threshold: {
              type: "number",
              minimum: 0,
              default: 5,
              description: "5xx responses in the window that raise the canary alert."
            },
            apmSpan: {
              type: "string",
              pattern: "^[a-z0-9_.]+$",
              default: "express.request",
              description: "APM span name of the app's requests (source apm): the monitor reads trace.<apmSpan>.hits.by_http_status."
            }
          }
        },
        tags: {
          type: "array",
          default: [],
          items: {
            type: "string",
            pattern: "^[^,\\s]+$"
          }
        },
        webhookUrl: {
          type: "string",
          description: "Where Datadog posts canary alerts (the proxy's /alerts/datadog, reachable from Datadog) with SLIPWAY_WEBHOOK_TOKEN; https unless it is a loopback address. Default: http://<proxy.admin>/alerts/datadog.",
          format: "webhook-url"
        },
        webhookName: {
          type: "string",
          pattern: "^[A-Za-z0-9_-]+$",
          description: "Name of the Datadog webhook the canary 5xx monitor notifies (@webhook-<name>). Default: slipway-<app.name>."
        },
        local: {
          type: "object",
          additionalProperties: false,
          default: {},
          description: "Alerting without Datadog.",
          properties: {
            smtp: {
              type: "string",
              description: "SMTP server as host:port; empty means no e-mail.",
              default: "",
              format: "smtp-server"
            },
            smtpTls: {
              type: "string",
              enum: ["starttls", "tls", "none"],
              default: "starttls",
              description: "starttls: STARTTLS must succeed (port 587 or 25); tls: TLS from the first byte (port 465); none: plain SMTP, for a relay on this host only when smtpUser is set."
            },
            smtpUser: {
              type: "string",
              pattern: "^[^\\u0000-\\u001f\\u007f]{1,256}$",
              description: "SMTP AUTH user name; the password comes only from SLIPWAY_SMTP_PASSWORD in the environment. Unset: no AUTH."
            },
            smtpCaFile: {
              type: "string",
              pattern: "^/[^\\u0000-\\u001f\\u007f]*$",
              description: "Absolute path of a PEM file with the CA that signed the mail server's certificate, when the system's CAs do not cover it."
            },
            from: {
              type: "string",
              default: "slipway@localhost",
              format: "email",
              description: "Sender address of the alert e-mails."
            },
            webhookUrl: {
              type: "string",
              default: "",
              description: "Also post alerts here (JSON); https unless it is a loopback address.",
              format: "webhook-url-or-empty"
            },
            intervalSec: {
              type: "number",
              exclusiveMinimum: 0,
              default: 15,
              description: "How often local alerting evaluates."
            },
            windowSec: {
              type: "number",
              exclusiveMinimum: 0,
              description: "Evaluation window of local alerting in seconds. Default: monitors.evaluationWindow (last_5m = 300); shorten only for tests and demos."
            },
            renotifySec: {
              type: "number",
              minimum: 0,
              description: "Re-notify interval of local alerting in seconds. Default: monitors.renotifyMinutes \xD7 60; shorten only for tests and demos."
            }
          }
        }
      }
    },
    autoscaler: {
      type: "object",
      additionalProperties: false,
      default: {},
      description: "The memory autoscaler.",
      properties: {
        intervalSec: {
          type: "number",
          exclusiveMinimum: 0,
          default: 5
        },
        thresholdPercent: {
          type: "number",
          exclusiveMinimum: 0,
          maximum: 100,
          default: 50
        },
        stepMb: {
          type: "integer",
          minimum: 1,
          default: 100
        },
        maxMb: {
          type: "integer",
          minimum: 16,
          default: 2048
        },
        cooldownSec: {
          type: "number",
          minimum: 0,
          default: 10,
          description: "After a raise, wait this long before raising the same container again."
        },
        oomFactor: {
          type: "number",
          minimum: 1,
          default: 1.2,
          description: "On an OOM kill the limit becomes max(limit + stepMb, limit \xD7 oomFactor)."
        },
        watermarkPercent: {
          type: "number",
          minimum: 0,
          maximum: 100,
          default: 85,
          description: "Fast path: when use will pass this percent of the limit before a raise could land, or grows faster than stepMb per cooldown, raise at once (cooldown or not) to cover the growth until the next evaluation, in whole steps. 0 turns it off."
        },
        tickMs: {
          type: "integer",
          minimum: 50,
          maximum: 5e3,
          default: 250,
          description: "How often each container's cgroup files are read (memory, OOM kills, CPU)."
        },
        scaleDown: {
          type: "object",
          additionalProperties: false,
          default: {},
          properties: {
            enabled: {
              type: "boolean",
              default: false
            },
            belowPercent: {
              type: "number",
              exclusiveMinimum: 0,
              maximum: 100,
              default: 20
            },
            afterSec: {
              type: "number",
              exclusiveMinimum: 0,
              default: 300
            }
          }
        },
        metricsListen: {
          default: "127.0.0.1:9464",
          description: "Prometheus metrics and status of the autoscaler.",
          type: "string",
          format: "listen"
        }
      }
    },
    dashboard: {
      type: "object",
      additionalProperties: false,
      default: {},
      description: "The live console in the browser (`slipway dashboard`): traffic, canary, containers, flags and deploys, and actions on them; sign-in with SLIPWAY_ADMIN_TOKEN.",
      properties: {
        listen: {
          type: "string",
          default: "127.0.0.1:8090",
          format: "listen",
          description: "HOST:PORT of the dashboard (loopback by default; it serves plain HTTP, so put a TLS proxy in front beyond this host)."
        },
        sessionMinutes: {
          type: "integer",
          minimum: 1,
          maximum: 10080,
          default: 720,
          description: "A sign-in lasts this long; then the page asks for the token again."
        }
      }
    },
    provision: {
      type: "object",
      additionalProperties: false,
      default: {},
      description: "How `slipway provision` prepares the host.",
      properties: {
        dockerdArgs: {
          type: "array",
          items: {
            type: "string",
            format: "dockerd-flag"
          },
          default: [],
          description: "Extra dockerd flags when slipway starts dockerd itself (no systemd), from an allow-list: --bridge=none, --iptables, --ip6tables, --ip-forward, --userland-proxy, --icc (=true|false), --live-restore, --log-level=LEVEL, --data-root=/ABSOLUTE/PATH, --storage-driver=DRIVER."
        }
      }
    }
  }
};

// src/core/config-schema.ts
init_config_formats();

// src/core/secrets.ts
init_errors();
var SECRET_ENV = [
  "DD_API_KEY",
  "DD_APP_KEY",
  "SLIPWAY_ADMIN_TOKEN",
  "SLIPWAY_WEBHOOK_TOKEN",
  "SLIPWAY_FLAGS_TOKEN",
  "SLIPWAY_FLAGS_READ_TOKEN",
  "REDIS_URL",
  "SLIPWAY_SMTP_PASSWORD",
  "SLIPWAY_ROLLOUT_WEBHOOK_TOKEN"
];
var TOKENS = ["SLIPWAY_ADMIN_TOKEN", "SLIPWAY_WEBHOOK_TOKEN", "SLIPWAY_FLAGS_TOKEN", "SLIPWAY_FLAGS_READ_TOKEN"];
var TOKEN_MIN_LENGTH = 16;
function checkTokens(secrets, names) {
  const hint = "make one with `openssl rand -hex 24` and set it in the environment (or the Jenkins credential)";
  for (const name2 of names) {
    const value = secrets.get(name2);
    if (value === void 0 || !TOKENS.includes(name2)) continue;
    if (value.length < TOKEN_MIN_LENGTH) throw new UsageError(`${name2} is ${value.length} characters long; a token needs at least ${TOKEN_MIN_LENGTH}`, hint);
    if (!/^[\x21-\x7e]+$/.test(value)) throw new UsageError(`${name2} holds a space or a character outside visible ASCII, which an Authorization header cannot carry`, hint);
  }
  const admin = secrets.get("SLIPWAY_ADMIN_TOKEN");
  if (names.includes("SLIPWAY_WEBHOOK_TOKEN") && admin !== void 0 && secrets.get("SLIPWAY_WEBHOOK_TOKEN") === admin) {
    throw new UsageError("SLIPWAY_WEBHOOK_TOKEN equals SLIPWAY_ADMIN_TOKEN: Datadog would hold the admin token", `give the webhook its own token: ${hint}`);
  }
}
var MASK = "***";
function secretsFromEnv(env = process.env) {
  const values = /* @__PURE__ */ new Map();
  for (const name2 of SECRET_ENV) {
    const v = env[name2];
    if (v) values.set(name2, v);
  }
  const plain = /* @__PURE__ */ new Set();
  for (const v of values.values()) if (v.length >= 4) plain.add(v);
  const redisPassword = passwordOfUrl(values.get("REDIS_URL"));
  if (redisPassword && redisPassword.length >= 3) plain.add(redisPassword);
  const hidden = /* @__PURE__ */ new Set();
  for (const v of plain) for (const form of encodedForms(v)) hidden.add(form);
  const ordered = [...hidden].sort((a, b) => b.length - a.length);
  const mask = (text) => {
    let out = text;
    for (const s of ordered) out = out.split(s).join(MASK);
    return out;
  };
  const maskDeep = (value) => {
    if (typeof value === "string") return mask(value);
    if (Array.isArray(value)) return value.map(maskDeep);
    if (value && typeof value === "object" && !(value instanceof Buffer)) {
      const out = {};
      for (const [k, v] of Object.entries(value)) out[k] = isSecretKey(k) && typeof v === "string" ? MASK : maskDeep(v);
      return out;
    }
    return value;
  };
  return { get: (name2) => values.get(name2), mask, maskDeep };
}
function encodedForms(secret) {
  const json2 = JSON.stringify(secret).slice(1, -1);
  const forms = [secret, json2, JSON.stringify(json2).slice(1, -1), encodeURIComponent(secret), encodeURIComponent(secret).replace(/%20/g, "+")];
  const bytes = Buffer.from(secret, "utf8");
  for (let offset = 0; offset < 3; offset++) {
    const b64 = Buffer.concat([Buffer.alloc(offset), bytes]).toString("base64").replace(/=+$/, "");
    const inner = b64.slice(Math.ceil(8 * offset / 6), Math.floor(8 * (offset + bytes.length) / 6));
    if (inner.length >= 6) forms.push(inner, inner.replace(/\+/g, "-").replace(/\//g, "_"));
  }
  return [...new Set(forms)].filter((f) => f.length >= 3);
}
function isSecretKey(key) {
  return /^(authorization|dd-api-key|dd-application-key|x-slipway-token|password|apikey|appkey|token)$/i.test(key);
}
function passwordOfUrl(url) {
  if (!url) return void 0;
  try {
    const u = new URL(url);
    return u.password ? decodeURIComponent(u.password) : void 0;
  } catch {
    return void 0;
  }
}

// src/core/config-schema.ts
var schema = slipway_schema_default;
var validate = require_config_validate();
function schemaProblems(config, sourceOf) {
  const controls = controlCharacterFields(config, []);
  const problems = controls.map(({ field, value }) => `${label(field, sourceOf)}: expected no control characters (CR, LF, tab, NUL...), got ${show(value)} (one at character ${String(value).search(CONTROL_CHARACTERS) + 1})`);
  if (!validate(config)) {
    const rest = (validate.errors ?? []).filter((e) => !controls.some((c) => e.instancePath === c.pointer));
    problems.push(...rest.map((e) => describeProblem(e, config, sourceOf)));
  }
  return dedupe(problems);
}
function controlCharacterFields(value, at) {
  const here = { field: at.join("."), pointer: at.map((s) => "/" + s.replace(/~/g, "~0").replace(/\//g, "~1")).join(""), value };
  if (typeof value === "string") return CONTROL_CHARACTERS.test(value) ? [here] : [];
  if (!value || typeof value !== "object" || at.join(".") === "flags.defaults") return [];
  const out = [];
  for (const [k, v] of Object.entries(value)) {
    if (CONTROL_CHARACTERS.test(k)) out.push({ ...here, value: k });
    else out.push(...controlCharacterFields(v, [...at, k]));
  }
  return out;
}
function describeProblem(e, root, sourceOf) {
  const segments = e.instancePath.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  let field = segments.join(".");
  let value = valueAt(root, segments);
  let expected;
  switch (e.keyword) {
    case "additionalProperties": {
      const extra = e.params.additionalProperty;
      field = field ? `${field}.${extra}` : extra;
      const known = Object.keys(subschemaAt(segments)?.properties ?? {}).filter((k) => k !== "$schema");
      const secretHint = /key|token|password|secret/i.test(extra) ? ` \u2014 secrets are never read from the file: set ${SECRET_ENV.join(", ")} in the environment` : "";
      return `${label(field, sourceOf)}: unknown field; expected one of ${known.join(", ")}${secretHint}`;
    }
    case "type":
      expected = typeWords(e.params.type);
      break;
    case "enum":
      expected = `one of ${e.params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
      break;
    case "pattern": {
      const sub = subschemaAt(segments);
      expected = sub?.description ? `a value matching ${e.params.pattern} (${sub.description})` : `a value matching ${e.params.pattern}`;
      break;
    }
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      expected = `a number ${e.params.comparison} ${e.params.limit}`;
      break;
    case "minLength":
      expected = "a non-empty string";
      break;
    case "format": {
      const name2 = e.params.format;
      expected = FORMATS[name2]?.expected ?? `a valid ${name2}`;
      break;
    }
    case "propertyNames":
      return `${label(field, sourceOf)}: expected names matching ${subschemaAt(segments)?.propertyNames?.pattern ?? "the schema"}, got ${show(e.params.propertyName)}`;
    case "required":
      field = field ? `${field}.${e.params.missingProperty}` : e.params.missingProperty;
      value = void 0;
      return `${label(field, sourceOf)}: is required`;
    default:
      expected = e.message ?? "a valid value";
  }
  return `${label(field || "(top level)", sourceOf)}: expected ${expected}, got ${show(value)}`;
}
function label(field, sourceOf) {
  const source = sourceOf(field);
  return source ? `${field} (from ${source})` : field;
}
function typeWords(type) {
  const words = {
    object: "an object",
    array: "an array",
    string: "a string",
    integer: "a whole number",
    number: "a number",
    boolean: "true or false",
    null: "null"
  };
  return type.split(",").map((t) => words[t] ?? t).join(" or ");
}
function show(value) {
  if (value === void 0) return "nothing";
  const text = JSON.stringify(value).replace(/[\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
function valueAt(root, segments) {
  let v = root;
  for (const s of segments) v = v && typeof v === "object" ? v[s] : void 0;
  return v;
}
function subschemaAt(segments) {
  let s = schema;
  for (const seg of segments) {
    if (!s) return void 0;
    if (s.properties?.[seg]) s = s.properties[seg];
    else if (s.items) s = s.items;
    else if (typeof s.additionalProperties === "object") s = s.additionalProperties;
    else return void 0;
  }
  return s;
}
function dedupe(lines) {
  return [...new Set(lines)];
}
function leafFields(s = schema, prefix = []) {
  const out = [];
  for (const [key, sub] of Object.entries(s.properties ?? {})) {
    if (key === "$schema") continue;
    if (sub.type === "object" && sub.properties) out.push(...leafFields(sub, [...prefix, key]));
    else out.push({ path: [...prefix, key], schema: sub });
  }
  return out;
}

// src/core/config.ts
init_listen_address();

// src/rollout/steps.ts
init_errors();
function checkSteps(steps) {
  let last = 0;
  steps.forEach((step, i) => {
    const field = `canary.steps[${i}]`;
    if (step.gate !== void 0) {
      if (step.weight !== void 0 || step.holdSec !== void 0) throw new UsageError(`${field}: a manual gate has no weight or holdSec, got ${JSON.stringify(step)}`, 'write a gate as {"gate": "manual"} and the weight it follows as its own step');
      return;
    }
    if (step.weight === void 0 || step.holdSec === void 0) throw new UsageError(`${field}: expected {"weight": PERCENT, "holdSec": SECONDS} or {"gate": "manual"}, got ${JSON.stringify(step)}`, 'e.g. {"weight": 20, "holdSec": 60}');
    if (step.weight < last) throw new UsageError(`${field}.weight: ${step.weight} is below the step before it (${last})`, "a rollout only moves users to the canary: give the steps rising weights");
    last = step.weight;
  });
}

// src/rollout/gates.ts
init_errors();

// src/rollout/metrics.ts
init_errors();

// src/core/http-client.ts
var http = __toESM(require("node:http"));
var https = __toESM(require("node:https"));
var HttpUnreachable = class extends Error {
  constructor(url, code) {
    super(`${url} does not answer (${code})`);
    this.url = url;
    this.code = code;
  }
  url;
  code;
};
var DEFAULT_TIMEOUT_MS = 5e3;
function send(req) {
  const timeoutMs = req.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const payload = req.body === void 0 ? void 0 : Buffer.from(JSON.stringify(req.body));
  const headers = { ...req.headers };
  if (payload) {
    headers["content-type"] ??= "application/json";
    headers["content-length"] = payload.length;
  }
  const url = new URL(req.url);
  const transport = url.protocol === "https:" ? https : http;
  return new Promise((resolve4, reject) => {
    const r = transport.request(url, { method: req.method, headers, agent: false, timeout: timeoutMs }, (res) => {
      const chunks = [];
      let bytes = 0;
      res.on("data", (c) => {
        bytes += c.length;
        if (req.maxBytes !== void 0 && bytes > req.maxBytes) return void r.destroy(Object.assign(new Error(`answer longer than ${req.maxBytes} bytes`), { code: "ETOOBIG" }));
        chunks.push(c);
      });
      res.on("error", (err) => reject(new HttpUnreachable(req.url, err.code ?? err.message)));
      res.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        resolve4({ status: res.statusCode ?? 0, headers: res.headers, text, json: parseJson(text) });
      });
    });
    const deadline = setTimeout(() => r.destroy(Object.assign(new Error("timed out"), { code: "ETIMEDOUT" })), timeoutMs);
    r.on("close", () => clearTimeout(deadline));
    r.on("timeout", () => r.destroy(Object.assign(new Error("timed out"), { code: "ETIMEDOUT" })));
    r.on("error", (err) => reject(new HttpUnreachable(req.url, err.code ?? err.message)));
    r.end(payload);
  });
}
function parseJson(text) {
  if (!text) return void 0;
  try {
    return JSON.parse(text);
  } catch {
    return void 0;
  }
}
function bearerAuth(token) {
  return token ? { Authorization: `Bearer ${token}` } : {};
}
function maskedHeaders(headers) {
  if (!headers) return void 0;
  const out = {};
  for (const [k, v] of Object.entries(headers)) {
    const scheme = /^(Bearer|Basic|Token)\s+/i.exec(v)?.[1];
    out[k] = isSecretKey(k) ? scheme ? `${scheme} ${MASK}` : MASK : v;
  }
  return out;
}

// src/rollout/condition.ts
var MAX_CONDITION_LENGTH = 500;
var ConditionSyntaxError = class extends Error {
};
var TOKEN = /\s*(?:(result)\b|(<=|>=|==|!=|<|>)|(&&|\|\|)|(-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)|(true|false)\b|("(?:[^"\\]|\\["\\])*"|'(?:[^'\\]|\\['\\])*'))/y;
function tokens(text) {
  const out = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const at = TOKEN.lastIndex;
    if (/^\s*$/.test(text.slice(at))) break;
    const m = TOKEN.exec(text);
    if (!m) throw new ConditionSyntaxError(`cannot read ${JSON.stringify(text.slice(at, at + 20).trim())} at character ${at + 1}`);
    const [, result, op, join3, number, bool, quoted] = m;
    if (result) out.push({ kind: "result", text: result, at });
    else if (op) out.push({ kind: "op", text: op, at });
    else if (join3) out.push({ kind: "join", text: join3, at });
    else if (number !== void 0) out.push({ kind: "literal", text: number, value: Number(number), at });
    else if (bool) out.push({ kind: "literal", text: bool, value: bool === "true", at });
    else out.push({ kind: "literal", text: quoted, value: quoted.slice(1, -1).replace(/\\(.)/g, "$1"), at });
  }
  return out;
}
function parseCondition(text) {
  if (text.length > MAX_CONDITION_LENGTH) throw new ConditionSyntaxError(`longer than ${MAX_CONDITION_LENGTH} characters`);
  const list = tokens(text);
  if (!list.length) throw new ConditionSyntaxError("empty");
  const alternatives = [[]];
  for (let i = 0; ; i += 4) {
    const [subject, op, literal, join3] = list.slice(i, i + 4);
    const where = (t) => t ? `${JSON.stringify(t.text)} at character ${t.at + 1}` : "the end";
    if (subject?.kind !== "result") throw new ConditionSyntaxError(`expected "result", found ${where(subject)}`);
    if (op?.kind !== "op") throw new ConditionSyntaxError(`expected one of < <= > >= == != after "result", found ${where(op)}`);
    if (literal?.kind !== "literal") throw new ConditionSyntaxError(`expected a number, true, false or a quoted string after ${op.text}, found ${where(literal)}`);
    if ("<>".includes(op.text[0]) && typeof literal.value !== "number") throw new ConditionSyntaxError(`${op.text} compares numbers, not ${literal.text}`);
    alternatives[alternatives.length - 1].push({ op: op.text, literal: literal.value });
    if (!join3) return alternatives;
    if (join3.kind !== "join") throw new ConditionSyntaxError(`expected && or || or the end, found ${where(join3)}`);
    if (join3.text === "||") alternatives.push([]);
  }
}

// src/rollout/json-path.ts
var MAX_PATH_LENGTH = 500;
var MAX_PATH_STEPS = 32;
var JsonPathSyntaxError = class extends Error {
};
var STEP = /\.([A-Za-z_$][\w$-]*)|\[(\d{1,9})\]|\[\s*("(?:[^"\\]|\\["\\])*"|'(?:[^'\\]|\\['\\])*')\s*\]/y;
function parseJsonPath(text) {
  if (text.length > MAX_PATH_LENGTH) throw new JsonPathSyntaxError(`longer than ${MAX_PATH_LENGTH} characters`);
  if (!text.startsWith("$")) throw new JsonPathSyntaxError("must start with $ (the whole answer), e.g. $.data.ok");
  const steps = [];
  STEP.lastIndex = 1;
  while (STEP.lastIndex < text.length) {
    const at = STEP.lastIndex;
    const m = STEP.exec(text);
    if (!m) throw new JsonPathSyntaxError(`cannot read ${JSON.stringify(text.slice(at, at + 20))} at character ${at + 1}: expected .name, [index] or ["name"]`);
    steps.push(m[1] ?? (m[2] !== void 0 ? Number(m[2]) : m[3].slice(1, -1).replace(/\\(.)/g, "$1")));
    if (steps.length > MAX_PATH_STEPS) throw new JsonPathSyntaxError(`more than ${MAX_PATH_STEPS} steps`);
  }
  return steps;
}

// src/rollout/metrics.ts
function checkMetrics(metrics) {
  const seen = /* @__PURE__ */ new Set();
  metrics.forEach((m, i) => {
    const field = `canary.analysis.metrics[${i}]`;
    if (seen.has(m.name)) throw new UsageError(`${field}.name: "${m.name}" names another metric too`, "give each metric its own name");
    seen.add(m.name);
    const needs = m.provider === "datadog" ? ["query"] : ["url", "jsonPath"];
    const foreign = m.provider === "datadog" ? ["url", "jsonPath", "timeoutSec"] : ["query", "lookbackSec"];
    for (const k of needs) if (m[k] === void 0) throw new UsageError(`${field}.${k}: is required for a ${m.provider} metric`, m.provider === "datadog" ? 'e.g. "query": "avg:trace.http.request.errors{service:app}.as_rate()"' : 'e.g. "url": "https://status.example.com/health", "jsonPath": "$.data.ok"');
    for (const k of foreign) if (m[k] !== void 0) throw new UsageError(`${field}.${k}: a ${m.provider} metric has no ${k}`, `remove it, or set "provider" to ${m.provider === "datadog" ? '"web"' : '"datadog"'}`);
    if (m.successCondition === void 0 && m.failureCondition === void 0) throw new UsageError(`${field}: has neither successCondition nor failureCondition`, 'e.g. "successCondition": "result < 0.05"');
    conditionsOf(m, field);
    if (m.provider === "web") {
      try {
        parseJsonPath(m.jsonPath);
      } catch (err) {
        if (err instanceof JsonPathSyntaxError) throw new UsageError(`${field}.jsonPath: ${err.message}`, "write a path like $.data.ok or $.checks[0].status");
        throw err;
      }
    }
  });
}
function conditionsOf(m, field = m.name) {
  const read = (key) => {
    const text = m[key];
    if (text === void 0) return void 0;
    try {
      return parseCondition(text);
    } catch (err) {
      if (err instanceof ConditionSyntaxError) throw new UsageError(`${field}.${key}: ${err.message} in ${JSON.stringify(text.slice(0, 80))}`, 'write result <op> literal (ops < <= > >= == !=; a number, true, false or a quoted string), joined by && or ||, e.g. "result < 0.05"');
      throw err;
    }
  };
  return { success: read("successCondition"), failure: read("failureCondition") };
}
var WEB_MAX_BYTES = 1 << 20;

// src/rollout/gates.ts
function checkGates(canary) {
  checkMetrics(canary.analysis.metrics);
  const seen = /* @__PURE__ */ new Set();
  canary.webhooks.forEach((hook, i) => {
    if (seen.has(hook.name)) throw new UsageError(`canary.webhooks[${i}].name: "${hook.name}" names another webhook too`, "give each webhook its own name");
    seen.add(hook.name);
  });
}

// src/core/config.ts
var ROLES = ["production", "canary"];
function loadConfig(opts = {}) {
  const appDir = path.resolve(opts.appDir ?? ".");
  if (!fs.existsSync(appDir) || !fs.statSync(appDir).isDirectory()) {
    throw new UsageError(`--app: ${appDir} is not a directory`, "point --app at the directory of the app (the one with its package.json)");
  }
  const explicit = opts.configFile !== void 0;
  const file = path.resolve(appDir, opts.configFile ?? "slipway.json");
  const sources = /* @__PURE__ */ new Map();
  let fromFile = {};
  const env = opts.env ?? process.env;
  if (fs.existsSync(file)) {
    fromFile = readJson(file);
    markSources(fromFile, [], path.basename(file), sources);
  } else if (explicit) {
    throw new UsageError(`--config: ${file} does not exist`, "give the path of a slipway.json, or leave --config out to use the defaults");
  }
  if (fromFile === null || typeof fromFile !== "object" || Array.isArray(fromFile)) {
    throw new UsageError(`${path.basename(file)}: expected an object at the top level, got ${show(fromFile)}`);
  }
  const merged = structuredClone(fromFile);
  for (const [dotted, value, source] of envOverlay(env)) {
    setPath(merged, dotted.split("."), value);
    sources.set(dotted, source);
  }
  for (const [dotted, value] of Object.entries(opts.flags ?? {})) {
    if (value === void 0) continue;
    setPath(merged, dotted.split("."), value);
    sources.set(dotted, `--${flagName(dotted)}`);
  }
  const problems = schemaProblems(merged, (p) => sourceFor(p, sources));
  if (problems.length) {
    throw new UsageError(
      `invalid configuration${fs.existsSync(file) ? ` in ${file}` : ""}:
  ${problems.join("\n  ")}`,
      "fix the fields named above; `slipway --help` and the README list every field with its default"
    );
  }
  const config = merged;
  config.app.name ??= appNameOf(appDir);
  config.images.repository ??= config.app.name;
  config.flags.namespace ??= config.app.name;
  config.stateDir = path.resolve(appDir, config.stateDir);
  checkPorts(config);
  checkProxyReplicas(config);
  checkSteps(config.canary.steps);
  checkGates(config.canary);
  return { config, appDir, file: fs.existsSync(file) ? file : void 0 };
}
function readJson(file) {
  return parseJson2(fs.readFileSync(file, "utf8"), file);
}
function parseJson2(text, where) {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new UsageError(`${where}: not valid JSON (${err.message})`, "fix the syntax; it must be one JSON object");
  }
}
function envNameOf(pathSegments) {
  return "SLIPWAY_" + pathSegments.map((s) => s.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase()).join("_");
}
function envOverlay(env) {
  const out = [];
  for (const leaf of leafFields()) {
    const name2 = envNameOf(leaf.path);
    const raw = env[name2];
    if (raw === void 0 || raw === "") continue;
    out.push([leaf.path.join("."), parseEnvValue(raw, leaf.schema, name2), name2]);
  }
  return out;
}
function parseEnvValue(raw, s, name2) {
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  if (type === "integer" || type === "number") {
    const n = Number(raw);
    if (raw.trim() === "" || Number.isNaN(n)) throw new UsageError(`${name2}: expected a number, got ${show(raw)}`);
    return n;
  }
  if (type === "boolean") {
    if (/^(true|1|yes)$/i.test(raw)) return true;
    if (/^(false|0|no)$/i.test(raw)) return false;
    throw new UsageError(`${name2}: expected true or false, got ${show(raw)}`);
  }
  if (type === "array" || type === "object") {
    try {
      return JSON.parse(raw);
    } catch {
      throw new UsageError(`${name2}: expected JSON (${type}), got ${show(raw)}`);
    }
  }
  return raw;
}
function markSources(value, at, source, sources) {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) markSources(v, [...at, k], source, sources);
  }
  if (at.length) sources.set(at.join("."), source);
}
function sourceFor(dotted, sources) {
  for (let p = dotted; p; p = p.includes(".") ? p.slice(0, p.lastIndexOf(".")) : "") {
    const s = sources.get(p);
    if (s) return s;
  }
  return void 0;
}
function flagName(dotted) {
  return dotted.split(".").pop().replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();
}
function setPath(target, segments, value) {
  let node = target;
  for (const seg of segments.slice(0, -1)) {
    const next = node[seg];
    if (next === void 0) node[seg] = {};
    else if (next === null || typeof next !== "object" || Array.isArray(next)) return;
    node = node[seg];
  }
  node[segments[segments.length - 1]] = value;
}
function appNameOf(appDir) {
  const pkg = path.join(appDir, "package.json");
  let name2 = "";
  if (fs.existsSync(pkg)) {
    try {
      name2 = String(JSON.parse(fs.readFileSync(pkg, "utf8")).name ?? "");
    } catch {
      throw new UsageError(`${pkg}: not valid JSON`, "fix the app's package.json");
    }
  }
  name2 = (name2 || path.basename(appDir)).replace(/^@[^/]+\//, "").toLowerCase().replace(/[^a-z0-9_.-]/g, "-");
  if (!/^[a-z0-9]/.test(name2)) throw new UsageError(`app.name: cannot derive a name from ${show(name2)}`, "set app.name in slipway.json");
  return name2;
}
function checkProxyReplicas(config) {
  const { swarm } = config.deploy;
  if (swarm.proxyReplicas > 1 && config.proxy.sharedState !== "redis") {
    throw new UsageError(
      `deploy.swarm.proxyReplicas is ${swarm.proxyReplicas}, but proxy.sharedState is "${config.proxy.sharedState}": each proxy task would eject and weigh the canary on its own`,
      `set proxy.sharedState to "redis" (the tasks then share the canary's state through REDIS_URL), or deploy.swarm.proxyReplicas to 1`
    );
  }
}
function checkPorts(config) {
  const { deploy } = config;
  const ports = [
    ["proxy.listen", parseHostPort(config.proxy.listen, "proxy.listen").port],
    ["proxy.admin", parseHostPort(config.proxy.admin, "proxy.admin").port],
    ["flags.listen", parseHostPort(config.flags.listen, "flags.listen").port],
    ["autoscaler.metricsListen", parseHostPort(config.autoscaler.metricsListen, "autoscaler.metricsListen").port],
    ["canary.controllerListen", parseHostPort(config.canary.controllerListen, "canary.controllerListen").port],
    ["dashboard.listen", parseHostPort(config.dashboard.listen, "dashboard.listen").port],
    ["redis.port", config.redis.port]
  ];
  if (deploy.network === "host") {
    for (const role of ROLES) {
      ports.push([`deploy.${role}.port`, deploy[role].port]);
      ports.push([`deploy.${role}.port + deploy.standbyPortOffset`, deploy[role].port + deploy.standbyPortOffset]);
    }
  }
  const used = /* @__PURE__ */ new Map();
  for (const [field, port] of ports) {
    if (port > 65535) throw new UsageError(`${field}: port ${port} is above 65535`, "lower the port or deploy.standbyPortOffset");
    const other = used.get(port);
    if (other) throw new UsageError(`${field}: port ${port} is already used by ${other}`, "give every listener its own port");
    used.set(port, field);
  }
}

// src/core/log.ts
function createLogger(secrets, opts = {}) {
  const stream = opts.stream ?? process.stderr;
  const write = (prefix, message) => {
    if (opts.quiet) return;
    stream.write(`${prefix}${secrets.mask(message)}
`);
  };
  return {
    info: (m) => write("", m),
    warn: (m) => write("warning: ", m),
    progress: (m) => write("  \xB7 ", m),
    async stage(name2, work) {
      const started = Date.now();
      write("\u25B6 ", name2);
      try {
        const result = await work();
        write("\u2714 ", `${name2} (${formatMs(Date.now() - started)})`);
        return result;
      } catch (err) {
        write("\u2718 ", `${name2} (${formatMs(Date.now() - started)})`);
        throw err;
      }
    }
  };
}
function formatMs(ms) {
  return ms < 1e3 ? `${ms} ms` : `${(ms / 1e3).toFixed(1)} s`;
}

// src/core/plan.ts
function performerOf(transport) {
  return {
    async perform(a, done) {
      if (!a.run && !transport) throw new Error(`${a.kind} action "${a.summary}" has nothing that performs it here`);
      const answer2 = a.run ? await a.run(a.detail, done) : await transport(a, done);
      return a.read ? a.read(answer2, done) : answer2;
    }
  };
}
function createExecutor(opts) {
  const out = opts.out ?? process.stdout;
  const all = [];
  const perform = (a, done) => opts.performer.perform(a, done);
  return {
    dryRun: opts.dryRun,
    printed: () => all,
    async execute(actions) {
      const printed = actions.map((a, i) => printable(a, all.length + 1 + i, opts.secrets));
      all.push(...printed);
      const results = /* @__PURE__ */ new Map();
      if (opts.dryRun) {
        if (!opts.json) for (const p of printed) out.write(formatAction(p) + "\n");
        return { dryRun: true, actions: printed, results };
      }
      let failure;
      for (const [i, action] of actions.entries()) {
        if (failure !== void 0 && !action.always) continue;
        if (action.when && !action.when.test(results)) continue;
        opts.log.progress(printed[i].summary);
        try {
          const result = await perform(action, results);
          if (action.id) results.set(action.id, result);
        } catch (err) {
          failure ??= await failed(action, err, results, perform);
        }
      }
      if (failure !== void 0) throw failure;
      return { dryRun: false, actions: printed, results };
    }
  };
}
async function failed(action, err, done, perform) {
  if (!action.onFailure) return err;
  for (const a of action.onFailure.actions) {
    try {
      const r = await perform(a, done);
      if (a.id) done.set(a.id, r);
    } catch {
    }
  }
  return action.onFailure.error(err, done);
}
function printable(a, step, secrets) {
  const detail = maskCall(a.detail, secrets);
  return {
    step,
    kind: a.kind,
    summary: secrets.mask(a.summary),
    detail,
    ...a.when ? { when: a.when.text } : {},
    ...a.always ? { always: true } : {},
    ...a.onFailure ? { onFailure: a.onFailure.actions.map((f, i) => printable(f, i + 1, secrets)) } : {}
  };
}
function maskCall(detail, secrets) {
  const { headers, probe, ...rest } = detail;
  const out = secrets.maskDeep(rest);
  if (headers && typeof headers === "object" && Object.keys(headers).length) out.headers = Object.fromEntries(Object.entries(maskedHeaders(headers)).map(([k, v]) => [k, secrets.mask(v)]));
  if (probe && typeof probe === "object") out.probe = maskCall(probe, secrets);
  return out;
}
function formatAction(p, indent = "") {
  const flags = [p.when ? `only if ${p.when}` : "", p.always ? "always, even after a failure" : ""].filter(Boolean);
  const head = `${indent}${String(p.step).padStart(3)}. [${p.kind}] ${p.summary}${flags.length ? ` (${flags.join("; ")})` : ""}`;
  const body = JSON.stringify(p.detail, null, 2).split("\n").map((l) => `${indent}        ${l}`).join("\n");
  const onFailure = p.onFailure?.length ? `
${indent}        if it fails:
${p.onFailure.map((f) => formatAction(f, `${indent}      `)).join("\n")}` : "";
  return `${head}
${body}${onFailure}`;
}

// src/autoscaler/main.ts
init_errors();

// src/core/global-options.ts
var GLOBAL_OPTIONS = [
  { name: "app", type: "string", default: ".", describe: "Directory of the app (its package.json, Dockerfile, slipway.json)" },
  { name: "config", type: "string", describe: "Config file (default: <app>/slipway.json)" },
  { name: "dry-run", type: "boolean", describe: "Print every action (Docker API calls, commands, HTTP requests, secrets masked) and change nothing" },
  { name: "json", type: "boolean", describe: "Machine-readable result on stdout; logs stay on stderr" }
];
var camelCase = (name2) => name2.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());

// src/core/engine-api.ts
var fs2 = __toESM(require("node:fs"));
var http2 = __toESM(require("node:http"));
var https2 = __toESM(require("node:https"));
var path2 = __toESM(require("node:path"));
init_errors();

// src/core/deadline.ts
init_errors();
var sleep = (ms) => new Promise((resolve4) => setTimeout(resolve4, ms));

// src/core/engine-api.ts
var DOCKER_CALL_TIMEOUT_MS = 6e4;
var DOCKER_LONG_CALL_TIMEOUT_MS = 60 * 6e4;
var DEFAULT_SOCKET = "/var/run/docker.sock";
var LIMITS = { callMs: DOCKER_CALL_TIMEOUT_MS, longMs: DOCKER_LONG_CALL_TIMEOUT_MS };
function dockerCallTimeoutMs(o, limits = LIMITS) {
  const p = o.path.split("?")[0];
  if (/^\/?(build|images\/create|images\/load)\b/.test(p.replace(/^\/v[0-9.]+/, ""))) return limits.longMs;
  if (o.isStream) return void 0;
  if (/\/wait$/.test(p)) return limits.longMs;
  const q = o.options;
  const t = Number(q?.t ?? q?._query?.t ?? /[?&]t=(\d+)/.exec(o.path)?.[1] ?? 0);
  return limits.callMs + (Number.isFinite(t) ? t * 1e3 : 0);
}
var DockerTimeout = class extends StepFailed {
  constructor(method, path5, ms) {
    super(`the Docker engine did not finish ${method} ${path5.replace(/\?$/, "")} within ${Math.round(ms / 1e3)} s`, "check that dockerd is healthy (`docker info`, `systemctl status docker`); a hung engine needs a restart");
  }
};
async function requireDocker(docker) {
  try {
    await docker.ping();
  } catch (err) {
    throw new StepFailed(
      `no Docker engine answers (${err.message})`,
      "run `slipway provision` as root to install and start one, or set DOCKER_HOST to a reachable engine"
    );
  }
}
function isNotFound(err) {
  return err?.statusCode === 404;
}
async function withRetries(retry, once) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await once();
    } catch (err) {
      const words = err.json?.message ?? err.message ?? "";
      if (!retry || attempt >= retry.times || !new RegExp(retry.when, "i").test(words)) throw err;
      await sleep(retry.pauseMs);
    }
  }
}
var EngineError = class extends Error {
  constructor(statusCode, json2, what) {
    super(`${what}: ${json2?.message ?? "no message"} (HTTP ${statusCode})`);
    this.statusCode = statusCode;
    this.json = json2;
  }
  statusCode;
  json;
};
function endpointOf(env, socketPath) {
  const host = socketPath ? `unix://${socketPath}` : env.DOCKER_HOST || `unix://${DEFAULT_SOCKET}`;
  if (host.startsWith("unix://")) return { agent: http2, options: { socketPath: host.slice("unix://".length) } };
  const url = new URL(host.replace(/^tcp:/, "http:"));
  if (!env.DOCKER_TLS_VERIFY) return { agent: http2, options: { host: url.hostname, port: url.port || 2375 } };
  const certs = env.DOCKER_CERT_PATH || path2.join(env.HOME ?? "", ".docker");
  const read = (f) => fs2.readFileSync(path2.join(certs, f));
  return { agent: https2, options: { host: url.hostname, port: url.port || 2376, ca: read("ca.pem"), cert: read("cert.pem"), key: read("key.pem") } };
}
function pathWithQuery(p, query) {
  const q = Object.entries(query).filter(([, v]) => v !== void 0).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(typeof v === "object" ? JSON.stringify(v) : String(v))}`);
  return q.length ? `${p}${p.includes("?") ? "&" : "?"}${q.join("&")}` : p;
}
function engineApi(env = process.env, opts = {}) {
  const endpoint = endpointOf(env, opts.socketPath);
  const open = (method, p, body, isStream) => new Promise((resolve4, reject) => {
    const data = body === void 0 ? void 0 : Buffer.from(JSON.stringify(body));
    const headers = { host: "docker", ...data ? { "content-type": "application/json", "content-length": data.length } : {} };
    const req = endpoint.agent.request({ ...endpoint.options, method, path: p, headers }, (res) => {
      const status = res.statusCode ?? 0;
      if (status >= 200 && status < 300) return resolve4(res);
      readText(res).then((text) => reject(new EngineError(status, parseJson3(text) ?? { message: text.trim() }, `${method} ${p.split("?")[0]}`)), reject);
    });
    const ms = dockerCallTimeoutMs({ method, path: p, isStream }, opts.limits);
    const timer = ms === void 0 ? void 0 : setTimeout(() => req.destroy(new DockerTimeout(method, p, ms)), ms);
    timer?.unref();
    req.on("close", () => clearTimeout(timer));
    req.on("error", reject);
    req.end(data);
  });
  const call = async (method, p, body) => {
    const res = await open(method, p, body, false);
    const text = await readText(res);
    return text ? parseJson3(text) ?? text : void 0;
  };
  return {
    ping: () => call("GET", "/_ping"),
    listContainers: (o) => call("GET", pathWithQuery("/containers/json", { all: o.all ? 1 : void 0, filters: o.filters })),
    inspect: (id) => call("GET", `/containers/${encodeURIComponent(id)}/json`),
    request: (req) => withRetries(req.retry, () => call(req.method, req.path, req.body)),
    stream: (p, query) => open("GET", pathWithQuery(p, query), void 0, true)
  };
}
function readText(res) {
  return new Promise((resolve4, reject) => {
    const chunks = [];
    res.on("data", (c) => chunks.push(c));
    res.on("end", () => resolve4(Buffer.concat(chunks).toString("utf8")));
    res.on("error", reject);
  });
}
function parseJson3(text) {
  try {
    return JSON.parse(text);
  } catch {
    return void 0;
  }
}

// src/autoscaler/run.ts
init_errors();

// src/core/signals.ts
init_errors();
var STOP_SIGNALS = ["SIGINT", "SIGTERM"];
var StopSignal = class {
  reason;
  stopped;
  wake = () => void 0;
  timer;
  listeners = STOP_SIGNALS.map((name2) => [name2, () => this.stop(name2)]);
  resolve;
  constructor(opts = {}) {
    this.stopped = new Promise((resolve4) => this.resolve = resolve4);
    for (const [name2, listener] of this.listeners) process.once(name2, listener);
    if (opts.timeoutMs) this.timer = setTimeout(() => this.stop(opts.timeoutReason ?? `${opts.timeoutMs} ms passed`), opts.timeoutMs);
  }
  /** Waits ms, or less when a stop arrives meanwhile. */
  sleep(ms) {
    if (this.reason || ms <= 0) return Promise.resolve();
    return new Promise((resolve4) => {
      const t = setTimeout(resolve4, ms);
      this.wake = () => {
        clearTimeout(t);
        resolve4();
      };
    });
  }
  dispose() {
    for (const [name2, listener] of this.listeners) process.removeListener(name2, listener);
    if (this.timer) clearTimeout(this.timer);
  }
  stop(reason) {
    if (this.reason) return;
    this.reason = reason;
    this.dispose();
    this.wake();
    this.resolve(reason);
  }
};
function forSeconds(value) {
  const forSec = value === void 0 ? 0 : Number(value);
  if (!Number.isFinite(forSec) || forSec < 0) throw new UsageError(`--for: expected 0 (until SIGTERM) or a number of seconds, got ${JSON.stringify(value)}`, "e.g. --for 60");
  return forSec;
}
async function untilStopSignal(opts = {}) {
  return new StopSignal(opts).stopped;
}

// src/core/labels.ts
var LABEL2 = {
  app: "slipway.app",
  role: "slipway.role",
  service: "slipway.service",
  deployId: "slipway.deploy-id",
  image: "slipway.image",
  /** The image id a swarm service runs (its spec names the registry's copy). */
  imageId: "slipway.image-id",
  port: "slipway.port",
  revision: "slipway.revision",
  /** Starting memory limit in bytes: the autoscaler never scales below it. */
  memoryStart: "slipway.memory.start",
  /** A fingerprint of a service container's spec, so an unchanged one is left running. */
  specHash: "slipway.spec-hash",
  /** Host-wide containers that belong to no app (the Datadog agent). */
  component: "slipway.component",
  // on images
  branch: "slipway.branch",
  dirty: "slipway.dirty",
  versionSource: "slipway.version-source",
  runtime: "slipway.runtime"
};

// src/core/app-containers.ts
async function listSlipwayContainers(docker, q) {
  const label2 = [`${LABEL2.app}=${q.app}`];
  if (q.roles) label2.push(q.roles.length === 1 ? `${LABEL2.role}=${q.roles[0]}` : LABEL2.role);
  if (q.service) label2.push(q.service === true ? LABEL2.service : `${LABEL2.service}=${q.service}`);
  const list = await docker.listContainers({ all: !q.runningOnly, filters: { label: label2, ...q.runningOnly ? { status: ["running"] } : {} } });
  return q.roles && q.roles.length > 1 ? list.filter((c) => q.roles.includes(c.Labels?.[LABEL2.role])) : list;
}

// src/autoscaler/json-lines.ts
function jsonLines(stream, onObject, onBadLine) {
  let partial = "";
  stream.on("data", (chunk) => {
    const lines = (partial + chunk.toString()).split("\n");
    partial = lines.pop() ?? "";
    for (const line of lines) {
      if (!line.trim()) continue;
      let value;
      try {
        value = JSON.parse(line);
      } catch {
        onBadLine?.(line);
        continue;
      }
      onObject(value);
    }
  });
}

// src/autoscaler/discovery.ts
var WATCHED_EVENTS = ["start", "die", "destroy", "oom", "update"];
function watchAppContainers(engine, app, handlers, opts = {}) {
  const watch2 = new ContainerWatch(engine, app, handlers, opts.retryMs ?? 1e3, opts.maxRetryMs ?? 5e3);
  void watch2.connect();
  return { stop: () => watch2.stop() };
}
var ContainerWatch = class {
  constructor(engine, app, handlers, retryMs, maxRetryMs) {
    this.engine = engine;
    this.app = app;
    this.handlers = handlers;
    this.retryMs = retryMs;
    this.maxRetryMs = maxRetryMs;
  }
  engine;
  app;
  handlers;
  retryMs;
  maxRetryMs;
  stopped = false;
  events;
  timer;
  failures = 0;
  connected = false;
  // events are handled one at a time, in order, so a 'destroy' cannot overtake the inspect of its 'start'
  queue = Promise.resolve();
  async connect() {
    this.timer = void 0;
    if (this.stopped) return;
    try {
      if (!await this.subscribe()) return;
      const found = await this.listNow();
      if (this.stopped) return;
      this.failures = 0;
      this.connected = true;
      this.handlers.onConnection(true);
      this.handlers.onListed(found.map((c) => c.id));
      for (const c of found) this.handlers.onContainer(c, "listed");
    } catch (err) {
      this.lost(err);
    }
  }
  stop() {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.events?.destroy();
  }
  async subscribe() {
    const stream = await this.engine.stream("/events", {
      filters: { type: ["container"], label: [`${LABEL2.app}=${this.app}`], event: WATCHED_EVENTS }
    });
    if (this.stopped) {
      stream.destroy();
      return false;
    }
    this.events = stream;
    stream.on("end", () => this.lost(new Error("the Docker event stream ended")));
    stream.on("error", (err) => this.lost(err));
    jsonLines(stream, (e) => {
      this.queue = this.queue.then(() => this.handleEvent(e)).catch((err) => this.lost(err));
    });
    return true;
  }
  async listNow() {
    const found = [];
    for (const entry of await listSlipwayContainers(this.engine, { app: this.app, roles: ROLES })) {
      const c = await this.inspect(entry.Id);
      if (c) found.push(c);
    }
    return found;
  }
  async handleEvent(e) {
    const id = e.Actor?.ID ?? e.id;
    if (!id || e.Type !== "container" || !isWatchedRole(e.Actor?.Attributes?.[LABEL2.role])) return;
    const at = e.timeNano ? Math.round(e.timeNano / 1e6) : (e.time ?? 0) * 1e3;
    const action = (e.Action ?? "").split(":")[0];
    if (action === "destroy") return this.handlers.onGone(id);
    if (action === "oom") return this.handlers.onOom(id, at);
    const c = await this.inspect(id);
    if (c) this.handlers.onContainer(c, action);
  }
  async inspect(id) {
    try {
      return appContainerOf(await this.engine.inspect(id));
    } catch (err) {
      if (!isNotFound(err)) throw err;
      this.handlers.onGone(id);
      return void 0;
    }
  }
  lost(err) {
    if (this.stopped || this.timer) return;
    this.events?.destroy();
    this.events = void 0;
    if (this.connected || this.failures === 0) this.handlers.onConnection(false, err.message);
    this.connected = false;
    this.failures += 1;
    this.timer = setTimeout(() => void this.connect(), Math.min(this.retryMs * this.failures, this.maxRetryMs));
  }
};
function isWatchedRole(role) {
  return ROLES.includes(role);
}
function appContainerOf(info) {
  const role = info.Config.Labels?.[LABEL2.role];
  if (!isWatchedRole(role)) return void 0;
  const label2 = Number(info.Config.Labels?.[LABEL2.memoryStart]);
  return {
    id: info.Id,
    name: info.Name.replace(/^\//, ""),
    role,
    running: info.State.Running,
    memoryBytes: info.HostConfig.Memory ?? 0,
    memorySwapBytes: info.HostConfig.MemorySwap ?? 0,
    startLimitLabelBytes: Number.isFinite(label2) && label2 > 0 ? label2 : void 0,
    startedAt: Date.parse(info.State.StartedAt) || 0,
    oomKilled: Boolean(info.State.OOMKilled),
    pid: info.State.Pid ?? 0,
    cgroupParent: info.HostConfig.CgroupParent ?? "",
    ...info.Config.Labels?.["com.docker.swarm.service.id"] ? { swarmService: info.Config.Labels["com.docker.swarm.service.id"] } : {}
  };
}

// src/autoscaler/stats-stream.ts
function openStatsStream(engine, containerId, handlers) {
  let closed = false;
  let ended = false;
  let stream;
  const end = (error2) => {
    if (closed || ended) return;
    ended = true;
    handlers.onEnd(error2);
  };
  engine.stream(`/containers/${encodeURIComponent(containerId)}/stats`, { stream: true }).then((s) => {
    stream = s;
    if (closed) return s.destroy();
    jsonLines(s, (stats) => {
      if (!closed) handlers.onStats(stats);
    });
    s.on("end", () => end());
    s.on("close", () => end());
    s.on("error", (err) => end(err));
  }, (err) => end(err));
  return {
    close() {
      closed = true;
      stream?.destroy();
    }
  };
}

// src/core/docker-stats.ts
function memoryUsedBytes(memory) {
  const usage = memory?.usage ?? 0;
  const stats = memory?.stats ?? {};
  const v1 = stats.total_inactive_file;
  if (v1 !== void 0 && v1 < usage) return usage - v1;
  const v2 = stats.inactive_file;
  if (v2 !== void 0 && v2 < usage) return usage - v2;
  return usage;
}
function cpuPercent(stats) {
  const cpuDelta = (stats.cpu_stats?.cpu_usage?.total_usage ?? 0) - (stats.precpu_stats?.cpu_usage?.total_usage ?? 0);
  const systemDelta = (stats.cpu_stats?.system_cpu_usage ?? 0) - (stats.precpu_stats?.system_cpu_usage ?? 0);
  const cpus = stats.cpu_stats?.online_cpus || stats.cpu_stats?.cpu_usage?.percpu_usage?.length || 1;
  if (!stats.precpu_stats?.system_cpu_usage || systemDelta <= 0 || cpuDelta <= 0) return 0;
  return cpuDelta / systemDelta * cpus * 100;
}
function isLiveSample(stats) {
  return !(stats.read ?? "").startsWith("0001-") && (stats.memory_stats?.usage ?? 0) > 0;
}
var MiB = 1024 * 1024;
function toMb(bytes) {
  return Math.round(bytes / MiB * 10) / 10;
}

// src/autoscaler/policy.ts
var STREAM_PERIOD_MS = 1e3;
var GROWTH_WINDOW_MS = 1e3;
var UPDATE_LANDS_MS = 500;
var OOM_DEDUPE_MS = 2e3;
function decide(sample, prior, policy, periodMs = STREAM_PERIOD_MS) {
  const growth = trackGrowth(sample, prior, Math.max(GROWTH_WINDOW_MS, 2 * periodMs));
  const state = { ...prior, recent: growth.recent };
  const fast = fastRaise(sample, state, policy, growth.bytesPerSec, periodMs);
  if (fast) return { decision: fast, state };
  const intervalMs = policy.intervalSec * 1e3;
  if (state.lastEvaluatedAt !== void 0 && sample.at - state.lastEvaluatedAt < intervalMs - periodMs / 2) {
    return { decision: hold("not-due", "next evaluation not due yet"), state };
  }
  const next = { ...state, lastEvaluatedAt: sample.at };
  const limit = sample.limitBytes;
  if (limit <= 0) return { decision: hold("unlimited", "the container has no memory limit; the autoscaler only raises limits that are set"), state: next };
  const percent = sample.usedBytes / limit * 100;
  const usage = `used ${mb(sample.usedBytes)} is ${percent.toFixed(1)} % of the ${mb(limit)} limit`;
  const maxBytes = policy.maxMb * MiB;
  const coolingFor = cooldownLeftMs(state, sample.at, policy, periodMs);
  if (percent > policy.thresholdPercent) {
    next.lowSince = void 0;
    if (limit >= maxBytes) return { decision: hold("at-max", `${usage} (> ${policy.thresholdPercent} %), but the limit is at the maximum ${policy.maxMb} MB`), state: next };
    if (coolingFor > 0) return { decision: hold("cooldown", `${usage} (> ${policy.thresholdPercent} %), but the last change was ${seconds(sample.at - state.lastChangeAt)} ago (cooldown ${policy.cooldownSec} s)`), state: next };
    const toBytes2 = Math.min(limit + policy.stepMb * MiB, maxBytes);
    const capped = toBytes2 === maxBytes ? `, capped at the maximum ${policy.maxMb} MB` : "";
    return { decision: { action: "raise", fromBytes: limit, toBytes: toBytes2, reason: `${usage} (> ${policy.thresholdPercent} %): +${policy.stepMb} MB${capped}` }, state: next };
  }
  const down = policy.scaleDown;
  if (!down.enabled || percent >= down.belowPercent) {
    next.lowSince = void 0;
    return { decision: hold("within", `${usage} (\u2264 ${policy.thresholdPercent} %)`), state: next };
  }
  next.lowSince = state.lowSince ?? sample.at;
  const lowForMs = sample.at - next.lowSince;
  const low = `${usage} (< ${down.belowPercent} %)`;
  if (limit <= state.startLimitBytes) return { decision: hold("at-start", `${low}, but the limit is at its starting ${mb(state.startLimitBytes)}`), state: next };
  if (lowForMs < down.afterSec * 1e3) return { decision: hold("low", `${low} for ${seconds(lowForMs)} of the ${down.afterSec} s before a scale-down`), state: next };
  if (coolingFor > 0) return { decision: hold("cooldown", `${low}, but the last change was ${seconds(sample.at - state.lastChangeAt)} ago (cooldown ${policy.cooldownSec} s)`), state: next };
  const toBytes = Math.max(limit - policy.stepMb * MiB, state.startLimitBytes);
  const ceilingPercent = (policy.thresholdPercent + down.belowPercent) / 2;
  const percentAfter = sample.usedBytes / toBytes * 100;
  if (percentAfter >= ceilingPercent) {
    return { decision: hold("lower-would-cross", `${low}, but at ${mb(toBytes)} it would be ${percentAfter.toFixed(1)} % (\u2265 ${ceilingPercent} %): keeping ${mb(limit)}`), state: next };
  }
  return { decision: { action: "lower", fromBytes: limit, toBytes, reason: `${low} for ${seconds(lowForMs)}: -${mb(limit - toBytes)} (never below the starting ${mb(state.startLimitBytes)})` }, state: next };
}
function trackGrowth(sample, state, windowMs) {
  const recent = (state.recent ?? []).filter((r) => r.at < sample.at && sample.at - r.at <= windowMs);
  recent.push({ at: sample.at, usedBytes: sample.usedBytes });
  if (recent.length < 3) return { recent, bytesPerSec: 0 };
  const first = recent[0];
  const mid = recent[Math.floor(recent.length / 2)];
  const rate = (a, b) => (b.usedBytes - a.usedBytes) * 1e3 / (b.at - a.at);
  return { recent, bytesPerSec: Math.max(0, Math.min(rate(first, mid), rate(mid, sample))) };
}
function fastRaise(sample, state, policy, bytesPerSec, periodMs) {
  const watermark = policy.watermarkPercent / 100;
  const limit = sample.limitBytes;
  const maxBytes = policy.maxMb * MiB;
  const stepBytes = policy.stepMb * MiB;
  const landsMs = 2 * periodMs + UPDATE_LANDS_MS;
  if (!watermark || limit <= 0 || limit >= maxBytes) return void 0;
  if (state.lastChangeAt !== void 0 && sample.at - state.lastChangeAt < landsMs) return void 0;
  const followSec = Math.max(policy.cooldownSec, policy.intervalSec);
  const passesWatermark = sample.usedBytes + bytesPerSec * landsMs / 1e3 >= watermark * limit;
  const outpaces = bytesPerSec * followSec > stepBytes && sample.usedBytes > policy.thresholdPercent / 100 * limit;
  if (!passesWatermark && !outpaces) return void 0;
  const coverMs = policy.intervalSec * 1e3 + landsMs;
  const needBytes = (sample.usedBytes + bytesPerSec * coverMs / 1e3) / watermark;
  const toBytes = Math.min(limit + Math.max(1, Math.ceil((needBytes - limit) / stepBytes)) * stepBytes, maxBytes);
  const why = passesWatermark ? `will pass the ${policy.watermarkPercent} % watermark within ${seconds(landsMs)}` : `grows faster than +${policy.stepMb} MB per ${followSec} s can follow`;
  const capped = toBytes === maxBytes ? `, capped at the maximum ${policy.maxMb} MB` : "";
  const usage = `used ${mb(sample.usedBytes)} is ${(sample.usedBytes / limit * 100).toFixed(1)} % of the ${mb(limit)} limit, growing ${toMb(bytesPerSec)} MB/s`;
  return { action: "fast-raise", fromBytes: limit, toBytes, reason: `${usage}: ${why}; +${mb(toBytes - limit)} at once, covering ${seconds(coverMs)} of growth${capped}` };
}
function decideOnOom(at, killedAtBytes, currentLimitBytes, state, policy) {
  if (killedAtBytes <= 0) return { decision: hold("unlimited", "OOM kill, but the container has no memory limit to raise"), state };
  if (state.lastOomAt !== void 0 && at - state.lastOomAt < OOM_DEDUPE_MS) {
    return { decision: hold("oom-repeat", `OOM kill reported again within ${OOM_DEDUPE_MS / 1e3} s: already handled`), state };
  }
  const next = { ...state, lastOomAt: at, lowSince: void 0 };
  const maxBytes = policy.maxMb * MiB;
  if (killedAtBytes >= maxBytes) return { decision: hold("at-max", `OOM kill at ${mb(killedAtBytes)}, but that is the maximum ${policy.maxMb} MB`), state: next };
  const byFactor = Math.ceil(killedAtBytes * policy.oomFactor / MiB) * MiB;
  const toBytes = Math.min(Math.max(killedAtBytes + policy.stepMb * MiB, byFactor), maxBytes);
  const rule = `max(+${policy.stepMb} MB, \xD7${policy.oomFactor}) \u2192 ${mb(toBytes)}${toBytes === maxBytes ? `, capped at the maximum ${policy.maxMb} MB` : ""}`;
  if (currentLimitBytes >= toBytes) return { decision: hold("oom-covered", `OOM kill at ${mb(killedAtBytes)}: ${rule}, and the limit is already ${mb(currentLimitBytes)}`), state: next };
  return { decision: { action: "oom-bump", fromBytes: currentLimitBytes, toBytes, reason: `OOM kill at ${mb(killedAtBytes)}: ${rule}` }, state: next };
}
function afterUpdateAttempt(state, at) {
  return { ...state, lastChangeAt: at, lowSince: void 0 };
}
function cooldownLeftMs(state, at, policy, periodMs) {
  if (state.lastChangeAt === void 0) return 0;
  return state.lastChangeAt + policy.cooldownSec * 1e3 - periodMs / 2 - at;
}
function hold(reason, text) {
  return { action: "hold", hold: reason, reason: text };
}
function mb(bytes) {
  return `${toMb(bytes)} MB`;
}
function seconds(ms) {
  return `${(ms / 1e3).toFixed(1)} s`;
}

// src/autoscaler/cgroup-sampler.ts
var fs4 = __toESM(require("node:fs"));

// src/core/container-memory.ts
var fs3 = __toESM(require("node:fs"));
var HOST_CGROUP_MOUNT = "/host/sys/fs/cgroup";
var CGROUP_ROOTS = [HOST_CGROUP_MOUNT, "/sys/fs/cgroup"];
var UNLIMITED_V1 = 2 ** 62;
function locateCgroup(c, roots = CGROUP_ROOTS) {
  const rels = candidatePaths(c);
  for (const root of roots) {
    for (const rel of rels) {
      const v1 = `${root}/memory${rel}`;
      if (fs3.existsSync(`${v1}/memory.usage_in_bytes`)) {
        const cpuFile = [`${root}/cpuacct${rel}/cpuacct.usage`, `${root}/cpu,cpuacct${rel}/cpuacct.usage`].find((f) => fs3.existsSync(f));
        return { version: 1, memoryDir: v1, cpuFile };
      }
      const v2 = `${root}${rel}`;
      if (fs3.existsSync(`${v2}/memory.current`)) return { version: 2, memoryDir: v2, cpuFile: fs3.existsSync(`${v2}/cpu.stat`) ? `${v2}/cpu.stat` : void 0 };
    }
  }
  return void 0;
}
function candidatePaths(c) {
  const out = [];
  const fromProc = procCgroupPath(c);
  if (fromProc) out.push(fromProc);
  const parent = (c.parent ?? "").replace(/\/+$/, "");
  const parents = parent ? [parent.startsWith("/") ? parent : `/${parent}`] : ["/docker", "/system.slice"];
  for (const p of parents) out.push(`${p}/${c.id}`, `${p}/docker-${c.id}.scope`);
  return out;
}
function procCgroupPath(c) {
  if (!c.pid) return void 0;
  let text;
  try {
    text = fs3.readFileSync(`/proc/${c.pid}/cgroup`, "utf8");
  } catch {
    return void 0;
  }
  const line = text.split("\n").find((l) => /^\d+:(memory)?:/.test(l) && l.includes(c.id) && (l.includes(":memory:") || l.startsWith("0::")));
  return line?.slice(line.indexOf(":", line.indexOf(":") + 1) + 1);
}
var CgroupFiles = class {
  constructor(place) {
    this.place = place;
    const v1 = place.version === 1;
    const dir = place.memoryDir;
    try {
      this.usage = this.open(`${dir}/${v1 ? "memory.usage_in_bytes" : "memory.current"}`);
      this.stat = this.open(`${dir}/memory.stat`);
      this.limit = this.open(`${dir}/${v1 ? "memory.limit_in_bytes" : "memory.max"}`);
      this.events = this.open(`${dir}/${v1 ? "memory.oom_control" : "memory.events"}`);
      if (place.cpuFile) this.cpu = this.open(place.cpuFile);
    } catch (err) {
      this.close();
      throw err;
    }
  }
  place;
  buf = Buffer.alloc(8192);
  fds = [];
  usage;
  stat;
  limit;
  events;
  cpu;
  inactive;
  /**
   * full: memory.stat (the inactive file cache, the one costly file: the kernel writes ~40 counters) and the CPU time
   * too; otherwise the last inactive file figure stands in, since page cache moves far slower than a leak grows.
   */
  read(full) {
    const v1 = this.place.version === 1;
    const usage = Number(this.text(this.usage));
    if (full || this.inactive === void 0) this.inactive = keyed(this.text(this.stat), v1 ? "total_inactive_file" : "inactive_file") ?? 0;
    const inactive = this.inactive;
    const limitText = this.text(this.limit).trim();
    const limit = limitText === "max" ? 0 : Number(limitText);
    const reading = {
      usedBytes: inactive < usage ? usage - inactive : usage,
      limitBytes: limit >= UNLIMITED_V1 ? 0 : limit,
      oomKills: keyed(this.text(this.events), "oom_kill")
    };
    if (full && this.cpu !== void 0) reading.cpuNs = v1 ? Number(this.text(this.cpu)) : (keyed(this.text(this.cpu), "usage_usec") ?? 0) * 1e3;
    return reading;
  }
  close() {
    for (const fd of this.fds.splice(0)) {
      try {
        fs3.closeSync(fd);
      } catch {
      }
    }
  }
  open(file) {
    const fd = fs3.openSync(file, "r");
    this.fds.push(fd);
    return fd;
  }
  text(fd) {
    const n = fs3.readSync(fd, this.buf, 0, this.buf.length, 0);
    if (n === 0) throw new Error("the cgroup is gone");
    return this.buf.toString("latin1", 0, n);
  }
};
function keyed(text, key) {
  const at = text.startsWith(`${key} `) ? 0 : text.indexOf(`
${key} `) + 1;
  if (at === 0 && !text.startsWith(`${key} `)) return void 0;
  const end = text.indexOf("\n", at);
  return Number(text.slice(at + key.length + 1, end < 0 ? void 0 : end));
}

// src/autoscaler/cgroup-sampler.ts
var FULL_READ_EVERY_MS = 1e3;
var CgroupSampler = class {
  constructor(tickMs, handlers, now = Date.now, roots = CGROUP_ROOTS) {
    this.tickMs = tickMs;
    this.handlers = handlers;
    this.now = now;
    this.roots = roots;
  }
  tickMs;
  handlers;
  now;
  roots;
  attached = /* @__PURE__ */ new Map();
  timer;
  get periodMs() {
    return this.tickMs;
  }
  /** Starts reading the container's cgroup; false when its files are not reachable from here (then use Docker's stats). */
  attach(key, facts) {
    this.detach(key);
    const place = locateCgroup(facts, this.roots);
    if (!place) return false;
    let files;
    try {
      files = new CgroupFiles(place);
      this.attached.set(key, { files, oomKills: files.read(false).oomKills, cpuPercent: 0 });
    } catch {
      return false;
    }
    if (place.version === 2) this.watchEvents(key, `${place.memoryDir}/memory.events`);
    this.schedule();
    return true;
  }
  isAttached(key) {
    return this.attached.has(key);
  }
  detach(key) {
    const a = this.attached.get(key);
    a?.events?.close();
    a?.files.close();
    this.attached.delete(key);
    if (!this.attached.size) this.unschedule();
  }
  /** A reloaded config's tick takes effect at once. */
  setTick(ms) {
    if (ms === this.tickMs) return;
    this.tickMs = ms;
    this.unschedule();
    this.schedule();
  }
  stop() {
    for (const key of [...this.attached.keys()]) this.detach(key);
  }
  schedule() {
    if (!this.timer && this.attached.size) this.timer = setInterval(() => this.tick(), this.tickMs);
  }
  unschedule() {
    if (this.timer) clearInterval(this.timer);
    this.timer = void 0;
  }
  noteOomKills(key, a, kills, at) {
    if (kills !== void 0 && a.oomKills !== void 0 && kills > a.oomKills) this.handlers.onOomKill(key, at, kills - a.oomKills);
    a.oomKills = kills;
  }
  /** memory.events changed (v2): read the OOM kill count now rather than at the next tick. */
  watchEvents(key, file) {
    const a = this.attached.get(key);
    try {
      a.events = fs4.watch(file, { persistent: false }, () => {
        if (this.attached.get(key) !== a) return;
        try {
          this.noteOomKills(key, a, a.files.read(false).oomKills, this.now());
        } catch {
        }
      });
      a.events.on("error", () => a.events?.close());
    } catch {
    }
  }
  tick() {
    const at = this.now();
    for (const [key, a] of [...this.attached]) {
      const fullDue = a.fullAt === void 0 || at - a.fullAt >= FULL_READ_EVERY_MS;
      if (fullDue) a.fullAt = at;
      let r;
      try {
        r = a.files.read(fullDue);
      } catch (err) {
        this.detach(key);
        this.handlers.onLost(key, err);
        continue;
      }
      if (r.cpuNs !== void 0) {
        if (a.cpu && at > a.cpu.at) a.cpuPercent = Math.max(0, (r.cpuNs - a.cpu.ns) / 1e6 / (at - a.cpu.at) * 100);
        a.cpu = { at, ns: r.cpuNs };
      }
      this.noteOomKills(key, a, r.oomKills, at);
      this.handlers.onSample(key, { at, usedBytes: r.usedBytes, limitBytes: r.limitBytes, cpuPercent: a.cpuPercent });
    }
  }
};

// src/autoscaler/metrics.ts
var MetricFamily = class {
  constructor(name2, type, help) {
    this.name = name2;
    this.type = type;
    this.help = help;
  }
  name;
  type;
  help;
  series = /* @__PURE__ */ new Map();
  inc(labels = {}, by = 1) {
    const key = keyOf(labels);
    const s = this.series.get(key);
    if (s) s.value += by;
    else this.series.set(key, { labels, value: by });
  }
  set(labels, value) {
    this.series.set(keyOf(labels), { labels, value });
  }
  get(labels = {}) {
    return this.series.get(keyOf(labels))?.value ?? 0;
  }
  /** Drops the series of a container that is gone, so scrapes do not report it for ever. */
  forget(match) {
    for (const [key, s] of this.series) {
      if (Object.entries(match).every(([k, v]) => s.labels[k] === v)) this.series.delete(key);
    }
  }
  clear() {
    this.series.clear();
  }
  render() {
    const lines = [`# HELP ${this.name} ${this.help.replace(/\\/g, "\\\\").replace(/\n/g, "\\n")}`, `# TYPE ${this.name} ${this.type}`];
    for (const s of this.series.values()) lines.push(`${this.name}${labelText(s.labels)} ${formatValue(s.value)}`);
    return lines.join("\n");
  }
};
function renderFamilies(families) {
  return families.map((f) => f.render()).join("\n") + "\n";
}
function keyOf(labels) {
  return Object.keys(labels).sort().map((k) => `${k}=${labels[k]}`).join("\0");
}
function labelText(labels) {
  const entries = Object.entries(labels);
  if (!entries.length) return "";
  return `{${entries.map(([k, v]) => `${k}="${v.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`).join(",")}}`;
}
function formatValue(v) {
  if (Number.isNaN(v)) return "NaN";
  if (v === Infinity) return "+Inf";
  if (v === -Infinity) return "-Inf";
  return String(v);
}

// src/autoscaler/report.ts
function createCounters() {
  return {
    decisions: new MetricFamily("slipway_autoscaler_decisions_total", "counter", "Policy evaluations by outcome: raise, lower, oom-bump, or hold with its reason."),
    updates: new MetricFamily("slipway_autoscaler_updates_total", "counter", "Memory limit updates sent to Docker, by action and result (done or refused)."),
    ooms: new MetricFamily("slipway_autoscaler_oom_kills_total", "counter", "OOM kills seen (Docker oom event or State.OOMKilled)."),
    lastChange: new MetricFamily("slipway_autoscaler_last_change_timestamp_seconds", "gauge", "When the memory limit was last changed."),
    disconnects: new MetricFamily("slipway_autoscaler_docker_disconnects_total", "counter", "Times the connection to dockerd was lost."),
    streamRestarts: new MetricFamily("slipway_autoscaler_stats_stream_restarts_total", "counter", "Stats streams reopened after they ended.")
  };
}
function containerLabels(c) {
  return { container: c.name, role: c.role };
}
function renderMetrics(status, counters) {
  const used = new MetricFamily("slipway_autoscaler_memory_used_bytes", "gauge", "Memory used (usage minus inactive file cache, as docker stats shows it).");
  const limit = new MetricFamily("slipway_autoscaler_memory_limit_bytes", "gauge", "Current memory limit.");
  const start = new MetricFamily("slipway_autoscaler_memory_start_limit_bytes", "gauge", "Starting memory limit: never scaled below it.");
  const cpu = new MetricFamily("slipway_autoscaler_cpu_percent", "gauge", "CPU use in percent of one core, as docker stats shows it.");
  const running = new MetricFamily("slipway_autoscaler_container_running", "gauge", "1 while the watched container runs.");
  for (const c of status.containers) {
    const labels = containerLabels(c);
    if (c.usedBytes !== void 0) used.set(labels, c.usedBytes);
    limit.set(labels, c.limitBytes);
    start.set(labels, c.startLimitBytes);
    if (c.cpuPercent !== void 0) cpu.set(labels, Math.round(c.cpuPercent * 100) / 100);
    running.set(labels, c.running ? 1 : 0);
  }
  const watched = new MetricFamily("slipway_autoscaler_watched_containers", "gauge", "Containers of the app being watched.");
  watched.set({}, status.containers.length);
  const connected = new MetricFamily("slipway_autoscaler_docker_connected", "gauge", "1 while dockerd answers.");
  connected.set({}, status.docker.connected ? 1 : 0);
  const usage = process.cpuUsage();
  const processCpu = new MetricFamily("process_cpu_seconds_total", "counter", "CPU time of the autoscaler process.");
  processCpu.set({}, (usage.user + usage.system) / 1e6);
  const rss = new MetricFamily("process_resident_memory_bytes", "gauge", "Resident memory of the autoscaler process.");
  rss.set({}, process.memoryUsage.rss());
  return renderFamilies([used, limit, start, cpu, running, watched, connected, ...Object.values(counters), processCpu, rss]);
}

// src/core/actions.ts
var querystring = __toESM(require("node:querystring"));
function dockerPath(base2, query = {}) {
  const q = {};
  for (const [k, v] of Object.entries(query)) {
    if (v === void 0) continue;
    q[k] = Array.isArray(v) ? v.map(String) : v && typeof v === "object" ? JSON.stringify(v) : String(v);
  }
  const text = querystring.stringify(q);
  return text ? `${base2}?${text}` : base2;
}
function dockerCall(summary, request, opts = {}) {
  return { kind: "docker", summary, detail: { ...request }, ...opts };
}

// src/autoscaler/updater.ts
function limitsFor(memoryBytes, current) {
  if (current.memorySwapBytes === -1) return { Memory: memoryBytes, MemorySwap: -1 };
  const swapAllowance = current.memorySwapBytes > current.memoryBytes ? current.memorySwapBytes - current.memoryBytes : 0;
  return { Memory: memoryBytes, MemorySwap: memoryBytes + swapAllowance };
}
var TRANSIENT = "container not running|cannot update a stopped container|cannot update a deleted process|is restarting";
function memoryUpdateAction(engine, container, fromBytes, limits) {
  const verb = limits.Memory > fromBytes ? "raise" : "lower";
  const request = { method: "POST", path: `/containers/${container.id.slice(0, 12)}/update`, body: limits, retry: { when: TRANSIENT, times: 10, pauseMs: 200 } };
  return { ...dockerCall(`${verb} the memory limit of ${container.name} from ${toMb(fromBytes)} MB to ${toMb(limits.Memory)} MB`, request), run: async (detail) => void await engine.request(detail) };
}
function refusalOf(err) {
  const e = err;
  const text = (e.json?.message ?? e.message ?? String(err)).replace(/^\(HTTP code \d+\)[^-]*- /, "").trim();
  return e.statusCode ? `${text} (HTTP ${e.statusCode})` : text;
}

// src/swarm/service-memory.ts
var MB = 1024 * 1024;
var OUT_OF_SEQUENCE = /update out of sequence/i;
function serviceBusy(s, quietSec, now = Date.now()) {
  const u = s.UpdateStatus;
  if (u?.State === "updating" || u?.State === "rollback_started") return `its update is still rolling out (${u.State})`;
  const ended = u?.CompletedAt ? Date.parse(u.CompletedAt) : NaN;
  if (Number.isFinite(ended) && now - ended < quietSec * 1e3) return `its last update ended ${Math.round((now - ended) / 1e3)} s ago (cooldown and monitor period: ${quietSec} s)`;
  return void 0;
}
function withMemoryLimit(s, toBytes) {
  const r = s.Spec.TaskTemplate.Resources ?? {};
  return { ...s.Spec, TaskTemplate: { ...s.Spec.TaskTemplate, Resources: { Limits: { ...r.Limits ?? {}, MemoryBytes: toBytes }, Reservations: { ...r.Reservations ?? {} } } } };
}
function serviceMemoryAction(engine, change) {
  const { service, toBytes } = change;
  const tasks = service.Spec.Mode.Replicated?.Replicas ?? 1;
  const from = service.Spec.TaskTemplate.Resources?.Limits?.MemoryBytes ?? 0;
  const verb = toBytes > from ? "raise" : "lower";
  const path5 = (version2) => dockerPath(`/services/${service.ID}/update`, { version: version2 });
  return {
    kind: "docker",
    summary: `${verb} the memory limit of the service ${service.Spec.Name} from ${Math.round(from / MB)} MB to ${Math.round(toBytes / MB)} MB: restarts ${tasks} task${tasks === 1 ? "" : "s"} (a rolling update)`,
    detail: { method: "POST", path: path5(service.Version.Index), body: withMemoryLimit(service, toBytes), retry: { when: "update out of sequence", times: 5, pauseMs: 200, then: "the service is read again" } },
    run: async () => {
      for (let attempt = 1; ; attempt++) {
        const now = await engine.request({ method: "GET", path: `/services/${service.ID}` });
        const current = now.Spec.TaskTemplate.Resources?.Limits?.MemoryBytes ?? 0;
        if (verb === "raise" ? current >= toBytes : current <= toBytes) return { updated: false, reason: `already ${Math.round(current / MB)} MB` };
        const busy = serviceBusy(now, change.quietSec);
        if (busy) return { updated: false, reason: busy };
        try {
          await engine.request({ method: "POST", path: path5(now.Version.Index), body: withMemoryLimit(now, toBytes) });
          return { updated: true };
        } catch (err) {
          if (attempt >= 5 || !OUT_OF_SEQUENCE.test(err.message)) throw err;
          await sleep(200);
        }
      }
    }
  };
}
function oneTaskWarning(service) {
  return (service.Spec.Mode.Replicated?.Replicas ?? 1) === 1 ? `the service ${service.Spec.Name} has one task: a memory change restarts it (start-first, so it keeps serving, but its in-memory state is lost); give it 2 or more (deploy.swarm.replicas)` : void 0;
}
async function taskMemoryAction(engine, serviceId, toBytes, cooldownSec, warn) {
  const service = await engine.request({ method: "GET", path: `/services/${serviceId}` });
  const lone = oneTaskWarning(service);
  if (lone) warn(`autoscaler: ${lone}`);
  const monitorSec = Number(service.Spec.UpdateConfig?.Monitor ?? 5e9) / 1e9;
  return serviceMemoryAction(engine, { service, toBytes, quietSec: cooldownSec + monitorSec });
}

// src/autoscaler/watched.ts
function firstSeen(c) {
  return { container: c, policy: { startLimitBytes: c.startLimitLabelBytes ?? c.memoryBytes }, limitBytes: c.memoryBytes, streamFailures: 0, updating: false };
}
function logAbout(log, w, text) {
  log.info(`autoscaler: ${w.container.name} (${w.container.role}): ${text}`);
}
function containerStatus(w) {
  const { container: c, latest } = w;
  return {
    id: c.id.slice(0, 12),
    name: c.name,
    role: c.role,
    running: c.running,
    source: w.source,
    limitBytes: w.limitBytes,
    startLimitBytes: w.policy.startLimitBytes,
    ...latest && {
      usedBytes: latest.usedBytes,
      usedPercent: w.limitBytes > 0 ? Math.round(latest.usedBytes / w.limitBytes * 1e3) / 10 : void 0,
      cpuPercent: Math.round(latest.cpuPercent * 10) / 10,
      sampledAt: new Date(latest.at).toISOString()
    },
    ...w.lastDecision && { lastDecision: w.lastDecision },
    ...w.lastAction && { lastAction: w.lastAction }
  };
}

// src/autoscaler/scaler.ts
var MemoryScaler = class {
  constructor(opts) {
    this.opts = opts;
  }
  opts;
  /** A reloaded config: the next sample and the next OOM kill are decided by it. */
  setPolicy(policy) {
    this.opts.policy = policy;
  }
  onSample(w, sample, periodMs) {
    if (w.updating) return;
    const decided = decide(sample, w.policy, this.opts.policy, periodMs);
    w.policy = decided.state;
    void this.act(w, decided.decision, sample.at);
  }
  onOom(w, at, source) {
    const last = w.pendingOom?.at ?? w.policy.lastOomAt;
    if (last !== void 0 && Math.abs(at - last) < OOM_DEDUPE_MS) return;
    this.opts.counters.ooms.inc(containerLabels(w.container));
    logAbout(this.opts.log, w, `OOM kill (${source}) at a limit of ${toMb(w.limitBytes)} MB`);
    const oom = { at, killedAtBytes: w.limitBytes, source };
    if (w.updating) w.pendingOom = oom;
    else this.handleOom(w, oom);
  }
  /** The container started again: an OOM bump Docker refused while it was down goes through now. */
  retryRefusedOomBump(w) {
    const bump = w.refusedOomBump;
    w.refusedOomBump = void 0;
    if (bump && !w.updating && w.limitBytes < bump.toBytes) void this.act(w, { ...bump, fromBytes: w.limitBytes, reason: `${bump.reason} (tried again now that it started)` }, this.opts.now());
  }
  handleOom(w, oom) {
    const decided = decideOnOom(this.opts.now(), oom.killedAtBytes, w.limitBytes, w.policy, this.opts.policy);
    w.policy = decided.state;
    void this.act(w, decided.decision, oom.at);
  }
  async act(w, decision, at) {
    if (decision.action === "hold") return this.hold(w, decision, at);
    const labels = containerLabels(w.container);
    this.opts.counters.decisions.inc({ ...labels, action: decision.action, reason: decision.action });
    w.lastDecision = { at: new Date(at).toISOString(), action: decision.action, reason: decision.reason };
    logAbout(this.opts.log, w, `${decision.action} ${toMb(decision.fromBytes)} \u2192 ${toMb(decision.toBytes)} MB \u2014 ${decision.reason}`);
    w.updating = true;
    try {
      w.lastAction = await this.update(w, decision);
    } finally {
      w.policy = afterUpdateAttempt(w.policy, at);
      w.updating = false;
    }
    const oom = w.pendingOom;
    w.pendingOom = void 0;
    if (oom && this.opts.isWatched(w)) this.handleOom(w, oom);
  }
  hold(w, decision, at) {
    if (decision.hold === "not-due") return;
    this.opts.counters.decisions.inc({ ...containerLabels(w.container), action: "hold", reason: decision.hold });
    if (w.lastDecision?.hold !== decision.hold) logAbout(this.opts.log, w, `hold \u2014 ${decision.reason}`);
    w.lastDecision = { at: new Date(at).toISOString(), action: "hold", hold: decision.hold, reason: decision.reason };
  }
  /** Sends the update; a refusal is recorded and logged, never thrown. */
  async update(w, decision) {
    const { engine, executor, counters, now, log, policy } = this.opts;
    const labels = containerLabels(w.container);
    const limits = limitsFor(decision.toBytes, w.container);
    const record = { at: new Date(now()).toISOString(), action: decision.action, fromBytes: decision.fromBytes, toBytes: decision.toBytes, reason: decision.reason, result: "done" };
    try {
      const swarm = w.container.swarmService;
      await executor.execute([swarm ? await taskMemoryAction(engine, swarm, decision.toBytes, policy.cooldownSec, (l) => log.warn(l)) : memoryUpdateAction(engine, w.container, decision.fromBytes, limits)]);
      if (executor.dryRun) {
        record.result = "dry-run";
      } else {
        w.limitBytes = limits.Memory;
        w.container = { ...w.container, memoryBytes: limits.Memory, memorySwapBytes: limits.MemorySwap };
        counters.lastChange.set(labels, Math.round(now() / 1e3));
      }
      counters.updates.inc({ ...labels, action: decision.action, result: record.result });
      w.refusedOomBump = void 0;
    } catch (err) {
      if (decision.action === "oom-bump") w.refusedOomBump = decision;
      record.result = "refused";
      record.error = refusalOf(err);
      counters.updates.inc({ ...labels, action: decision.action, result: "refused" });
      log.warn(`autoscaler: ${w.container.name}: Docker refused the ${decision.action} to ${toMb(decision.toBytes)} MB: ${record.error}; keeping ${toMb(decision.fromBytes)} MB, next try after the ${policy.cooldownSec} s cooldown`);
    }
    return record;
  }
};

// src/autoscaler/peers.ts
var dns = __toESM(require("node:dns/promises"));
var os = __toESM(require("node:os"));
var PEER_PORT = 9465;
var READINGS_PATH = "/readings";
var OOM_NEWS_MS = 6e4;
var RESOLVE_EVERY_MS = 2e3;
function readingOf(w, now) {
  return {
    container: w.container,
    source: w.source,
    ...w.latest && { sample: { at: w.latest.at, ageMs: now - w.latest.at, usedBytes: w.latest.usedBytes, limitBytes: w.limitBytes, cpuPercent: w.latest.cpuPercent } },
    ...w.oomSeen && { oom: { seq: w.oomSeen.seq, ageMs: now - w.oomSeen.at, source: w.oomSeen.source } }
  };
}
function takeReading(w, r, receivedAt, tickMs) {
  w.container = r.container;
  w.source = r.source;
  if (!w.updating) w.limitBytes = r.container.memoryBytes;
  const out = { periodMs: tickMs };
  if (r.oom && r.oom.seq > (w.oomSeen?.seq ?? 0) && (w.oomSeen || r.oom.ageMs < OOM_NEWS_MS)) out.oom = { at: receivedAt - r.oom.ageMs, source: r.oom.source };
  if (r.oom) w.oomSeen = { seq: r.oom.seq, at: receivedAt - r.oom.ageMs, source: r.oom.source };
  const s = r.sample;
  if (s && r.container.running && s.at !== w.remoteSampleAt && s.ageMs < staleAfterMs(tickMs)) {
    out.periodMs = Math.max(tickMs, w.remoteSampleAt === void 0 ? 0 : s.at - w.remoteSampleAt);
    w.remoteSampleAt = s.at;
    out.sample = { at: receivedAt - s.ageMs, usedBytes: s.usedBytes, limitBytes: s.limitBytes, cpuPercent: s.cpuPercent };
  }
  return out;
}
var staleAfterMs = (tickMs) => Math.max(5e3, 20 * tickMs);
var PeerPoller = class {
  constructor(o) {
    this.o = o;
    this.self = new Set(Object.values(os.networkInterfaces()).flat().map((i) => i?.address ?? ""));
  }
  o;
  peers = /* @__PURE__ */ new Map();
  self;
  pollTimer;
  resolveTimer;
  start() {
    void this.resolve();
    this.resolveTimer = setInterval(() => void this.resolve(), RESOLVE_EVERY_MS);
    this.pollTimer = setInterval(() => this.poll(), this.o.periodMs);
  }
  stop() {
    clearInterval(this.pollTimer);
    clearInterval(this.resolveTimer);
    for (const address of this.peers.keys()) this.o.handlers.onLost(address, "this task no longer decides");
    this.peers.clear();
  }
  view() {
    return [...this.peers].map(([address, p]) => ({ address, node: p.node, lost: p.lost, ...p.lastHeard ? { lastHeard: new Date(p.lastHeard).toISOString() } : {} }));
  }
  now() {
    return (this.o.now ?? Date.now)();
  }
  async resolve() {
    let found;
    try {
      found = (await dns.lookup(this.o.name, { all: true, family: 4 })).map((a) => a.address).filter((a) => !this.self.has(a));
    } catch {
      return;
    }
    for (const address of found) if (!this.peers.has(address)) this.peers.set(address, { lastHeard: 0, busy: false, lost: false });
    for (const address of [...this.peers.keys()]) {
      if (found.includes(address)) continue;
      this.peers.delete(address);
      this.o.handlers.onLost(address, `its task left ${this.o.name}`);
    }
  }
  poll() {
    for (const [address, peer] of this.peers) {
      if (peer.busy) continue;
      peer.busy = true;
      void this.pollOne(address, peer).finally(() => peer.busy = false);
    }
  }
  async pollOne(address, peer) {
    const since = peer.lastHeard || this.now();
    try {
      const res = await send({ method: "GET", url: `http://${address}:${PEER_PORT}${READINGS_PATH}`, headers: bearerAuth(this.o.token), timeoutMs: Math.max(1e3, this.o.ageOutMs / 2), maxBytes: 4 << 20 });
      if (res.status !== 200 || !Array.isArray(res.json?.containers)) throw new Error(`HTTP ${res.status}${res.json ? "" : ", not JSON"}`);
      if (!this.peers.has(address)) return;
      if (peer.lost || peer.complained) this.o.log.info(`autoscaler: the peer ${address} (node ${res.json.node}) answers again`);
      Object.assign(peer, { lastHeard: this.now(), lost: false, complained: void 0, node: String(res.json.node) });
      this.o.handlers.onReadings(address, res.json, peer.lastHeard);
    } catch (err) {
      const why = err.message;
      if (peer.complained !== why) this.o.log.warn(`autoscaler: no readings from the peer ${address}${peer.node ? ` (node ${peer.node})` : ""}: ${why}`);
      peer.complained = why;
      if (!peer.lost && this.now() - since > this.o.ageOutMs && this.peers.has(address)) {
        peer.lost = true;
        this.o.handlers.onLost(address, `no reading for ${Math.round(this.o.ageOutMs / 1e3)} s`);
      }
    }
  }
};

// src/autoscaler/watcher.ts
function startMemoryAutoscaler(opts) {
  return new RunningAutoscaler(opts);
}
var RunningAutoscaler = class {
  constructor(opts) {
    this.opts = opts;
    this.now = opts.now ?? Date.now;
    this.retryMs = opts.retryMs ?? 1e3;
    this.startedAt = new Date(this.now()).toISOString();
    this.dockerState = { connected: false, since: this.startedAt };
    this.firstListing = new Promise((resolve4) => this.markListed = resolve4);
    this.deciding = opts.deciding ?? true;
    const { engine, policy, log, executor } = opts;
    this.scaler = new MemoryScaler({ engine, policy, log, executor, counters: this.counters, now: this.now, isWatched: (w) => this.watched.get(w.container.id) === w });
    this.sampler = new CgroupSampler(policy.tickMs, {
      onSample: (w, s) => this.onMemorySample(w, s, this.sampler.periodMs),
      onOomKill: (w, at, kills) => this.oom(w, at, `cgroup oom_kill +${kills}`),
      onLost: (w) => this.retrySource(w)
    }, this.now, opts.cgroupRoots);
    this.discovery = watchAppContainers(engine, opts.app, {
      onContainer: (c, why) => this.onContainer(c, why),
      onGone: (id) => this.forget(id, "it was removed"),
      onOom: (id, at) => this.watched.has(id) && this.oom(this.watched.get(id), at, "oom event"),
      onListed: (ids) => this.onListed(ids),
      onConnection: (connected, error2) => this.onConnection(connected, error2)
    }, { retryMs: this.retryMs });
  }
  opts;
  watched = /* @__PURE__ */ new Map();
  subscribers = /* @__PURE__ */ new Set();
  counters = createCounters();
  now;
  retryMs;
  startedAt;
  dockerState;
  scaler;
  discovery;
  sampler;
  firstListing;
  markListed = () => void 0;
  stopped = false;
  deciding;
  node;
  listed() {
    return this.firstListing;
  }
  status() {
    const { app, policy } = this.opts;
    return {
      app,
      pid: process.pid,
      startedAt: this.startedAt,
      docker: { ...this.dockerState },
      policy: { ...policy, scaleDown: { ...policy.scaleDown } },
      containers: [...this.watched.values()].map((w) => ({ ...containerStatus(w), ...w.node ?? this.node ? { node: w.node ?? this.node } : {} }))
    };
  }
  metrics() {
    return renderMetrics(this.status(), this.counters);
  }
  setPolicy(policy) {
    this.opts.policy = policy;
    this.scaler.setPolicy(policy);
    this.sampler.setTick(policy.tickMs);
  }
  setDeciding(deciding, node) {
    this.node = node ?? this.node;
    if (deciding === this.deciding) return;
    this.deciding = deciding;
    this.opts.log.info(`autoscaler: ${deciding ? "this task decides for every node of the swarm" : "this task reads its node's containers for the deciding task"}`);
  }
  readings() {
    return [...this.watched.values()].filter((w) => !w.peer).map((w) => readingOf(w, this.now()));
  }
  onPeerReadings(peer, r, receivedAt) {
    const present = new Set(r.containers.map((c) => c.container.id));
    for (const reading of r.containers) {
      let w = this.watched.get(reading.container.id);
      if (!w) {
        w = { ...firstSeen(reading.container), peer, node: r.node };
        this.watched.set(reading.container.id, w);
        logAbout(this.opts.log, w, `watching on node ${r.node} (limit ${toMb(reading.container.memoryBytes)} MB, read by its node's autoscaler task)`);
      }
      const heard = takeReading(w, reading, receivedAt, this.opts.policy.tickMs);
      if (heard.oom) this.scaler.onOom(w, heard.oom.at, `${heard.oom.source} on ${r.node}`);
      if (heard.sample) this.onMemorySample(w, heard.sample, heard.periodMs, false);
    }
    for (const w of [...this.watched.values()]) if (w.peer === peer && !present.has(w.container.id)) this.forget(w.container.id, `it left node ${r.node}`);
  }
  forgetPeer(peer, why) {
    for (const w of [...this.watched.values()]) if (w.peer === peer) this.forget(w.container.id, `its node's autoscaler task is out of reach (${why})`);
  }
  /** An OOM kill of a container of this node: counted for the deciding task, decided on here when this task decides. */
  oom(w, at, source) {
    w.oomSeen = { seq: (w.oomSeen?.seq ?? 0) + 1, at, source };
    if (this.deciding) this.scaler.onOom(w, at, source);
  }
  onSample(subscriber) {
    this.subscribers.add(subscriber);
    return () => this.subscribers.delete(subscriber);
  }
  stop() {
    this.stopped = true;
    this.discovery.stop();
    this.sampler.stop();
    for (const w of this.watched.values()) {
      w.stream?.close();
      if (w.reopenTimer) clearTimeout(w.reopenTimer);
    }
    this.watched.clear();
  }
  onContainer(c, why) {
    let w = this.watched.get(c.id);
    if (!w) {
      w = firstSeen(c);
      this.watched.set(c.id, w);
      logAbout(this.opts.log, w, `watching (limit ${c.memoryBytes ? `${toMb(c.memoryBytes)} MB` : "none"}, starting limit ${toMb(w.policy.startLimitBytes)} MB${c.startLimitLabelBytes ? "" : ", as first seen"})`);
    }
    const restarted = w.container.pid !== c.pid;
    w.container = c;
    if (!w.updating) w.limitBytes = c.memoryBytes;
    if (why === "die" && c.oomKilled && !(w.policy.lastOomAt !== void 0 && w.policy.lastOomAt >= c.startedAt)) this.oom(w, this.now(), "State.OOMKilled");
    if (why === "start") {
      logAbout(this.opts.log, w, "started");
      if (this.deciding) this.scaler.retryRefusedOomBump(w);
    }
    if (!c.running || why === "start" || restarted) this.sampler.detach(w);
    if (c.running) this.openSource(w);
  }
  onListed(ids) {
    for (const [id, w] of [...this.watched]) if (!w.peer && !ids.includes(id)) this.forget(id, "it was removed while dockerd was out of reach");
    this.markListed();
  }
  onConnection(connected, error2) {
    const { log, app } = this.opts;
    this.dockerState.connected = connected;
    this.dockerState.since = new Date(this.now()).toISOString();
    this.dockerState.lastError = error2 ?? this.dockerState.lastError;
    if (connected) log.info(`autoscaler: connected to dockerd; watching containers labelled slipway.app=${app}`);
    else {
      this.counters.disconnects.inc();
      log.warn(`autoscaler: lost dockerd (${error2}); retrying, the containers are left as they are`);
    }
  }
  /** The cgroup files when they are reachable from here, else Docker's stats stream. */
  openSource(w) {
    if (this.stopped || w.stream || w.reopenTimer || this.sampler.isAttached(w)) return;
    const c = w.container;
    const viaCgroup = this.sampler.attach(w, { id: c.id, pid: c.pid, parent: c.cgroupParent });
    const source = viaCgroup ? "cgroup" : "stats";
    if (w.source !== source) logAbout(this.opts.log, w, viaCgroup ? `reading its cgroup every ${this.sampler.periodMs} ms` : "its cgroup files are not reachable here: reading Docker stats (one sample a second)");
    w.source = source;
    if (!viaCgroup) this.openStream(w);
  }
  /** The cgroup files went away under a running container (replaced by a restart): find them again after a pause. */
  retrySource(w) {
    if (this.stopped || this.watched.get(w.container.id) !== w || !w.container.running || w.reopenTimer) return;
    w.reopenTimer = setTimeout(() => {
      w.reopenTimer = void 0;
      if (w.container.running) this.openSource(w);
    }, this.retryMs);
  }
  openStream(w) {
    if (this.stopped || w.stream || w.reopenTimer) return;
    const id = w.container.id;
    w.stream = openStatsStream(this.opts.engine, id, {
      onStats: (stats) => {
        w.streamFailures = 0;
        this.onStats(w, stats);
      },
      onEnd: (err) => {
        w.stream = void 0;
        if (this.stopped || this.watched.get(id) !== w) return;
        if (err?.statusCode === 404) return this.forget(id, "it no longer exists");
        if (!w.container.running) return;
        w.streamFailures += 1;
        this.counters.streamRestarts.inc(containerLabels(w.container));
        w.reopenTimer = setTimeout(() => {
          w.reopenTimer = void 0;
          this.openSource(w);
        }, Math.min(this.retryMs * w.streamFailures, 5 * this.retryMs));
      }
    });
  }
  onStats(w, stats) {
    if (!isLiveSample(stats)) return;
    const at = this.now();
    const limitBytes = stats.memory_stats?.limit ?? w.limitBytes;
    this.onMemorySample(w, { at, usedBytes: memoryUsedBytes(stats.memory_stats), limitBytes, cpuPercent: cpuPercent(stats) }, STREAM_PERIOD_MS);
  }
  /** One sample, from the cgroup, the stats stream or a peer: recorded, published to local alerting (this node's only), decided on. */
  onMemorySample(w, s, periodMs, publish = true) {
    if (w.container.memoryBytes <= 0) s.limitBytes = 0;
    else if (s.limitBytes > 0 && !w.updating) w.limitBytes = s.limitBytes;
    w.latest = { at: s.at, usedBytes: s.usedBytes, cpuPercent: s.cpuPercent };
    if (publish) this.publish({ containerId: w.container.id, name: w.container.name, role: w.container.role, at: s.at, cpuPercent: s.cpuPercent, memoryUsedBytes: s.usedBytes, memoryLimitBytes: s.limitBytes });
    if (this.deciding) this.scaler.onSample(w, { at: s.at, usedBytes: s.usedBytes, limitBytes: s.limitBytes }, periodMs);
  }
  publish(sample) {
    for (const s of this.subscribers) {
      try {
        s(sample);
      } catch (err) {
        this.opts.log.warn(`autoscaler: a sample subscriber failed: ${err.message}`);
      }
    }
  }
  forget(id, why) {
    const w = this.watched.get(id);
    if (!w) return;
    w.stream?.close();
    this.sampler.detach(w);
    if (w.reopenTimer) clearTimeout(w.reopenTimer);
    this.watched.delete(id);
    for (const family of Object.values(this.counters)) family.forget(containerLabels(w.container));
    logAbout(this.opts.log, w, `no longer watched: ${why}`);
  }
};

// src/core/service-config.ts
var RELOAD_SIGNAL = "SIGHUP";
function reloadConfig(ctx) {
  return loadConfig({ appDir: ctx.appDir, configFile: ctx.configFile, env: ctx.env, flags: ctx.flags }).config;
}
function onReload(handler, log) {
  let running;
  let again = false;
  const runOnce = async () => {
    do {
      again = false;
      try {
        await handler();
      } catch (err) {
        log(`reload failed, keeping the running configuration: ${err.message}`);
      }
    } while (again);
  };
  const listener = () => {
    if (running) again = true;
    else running = runOnce().finally(() => running = void 0);
  };
  process.on(RELOAD_SIGNAL, listener);
  return () => void process.removeListener(RELOAD_SIGNAL, listener);
}

// src/core/http-server.ts
var http3 = __toESM(require("node:http"));

// src/core/bearer.ts
var import_node_crypto = require("node:crypto");
init_listen_address();
function refusal(req, accepted) {
  const set = accepted.filter((c) => c.value);
  if (!set.length) {
    if (isLoopbackAddress(req.socket.remoteAddress)) return void 0;
    return { status: 403, message: `no ${accepted.map((c) => c.name).join(" or ")} is set, so only loopback clients may ${req.method} ${req.url}`, headers: {} };
  }
  const header = req.headers.authorization;
  const challenge = `Bearer realm="slipway"`;
  if (!header || !/^Bearer\s/i.test(header)) {
    return { status: 401, message: `missing Authorization: Bearer <${set.map((c) => c.name).join(" or ")}>`, headers: { "www-authenticate": challenge } };
  }
  let matched = false;
  for (const c of set) matched = bearerMatches(header, c.value) || matched;
  return matched ? void 0 : { status: 401, message: "wrong token", headers: { "www-authenticate": `${challenge}, error="invalid_token"` } };
}
function bearerMatches(authorization, token) {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
  if (!m) return false;
  const digest = (s) => (0, import_node_crypto.createHash)("sha256").update(s).digest();
  return (0, import_node_crypto.timingSafeEqual)(digest(m[1]), digest(token));
}

// src/core/listen.ts
init_errors();
init_listen_address();
function listenOn(server, at, field, busyHint) {
  return new Promise((resolve4, reject) => {
    const onError = (err) => {
      const hint = err.code === "EADDRINUSE" ? busyHint ?? `another process listens on ${formatHostPort(at)}: stop it, or set ${field} to a free port` : `check ${field}: use an address of this host, e.g. 127.0.0.1:${at.port || 8080}`;
      reject(new StepFailed(`${field}: cannot listen on ${formatHostPort(at)} (${err.code ?? err.message})`, hint));
    };
    server.once("error", onError);
    server.listen(at.port, at.host, () => {
      server.off("error", onError);
      resolve4({ host: at.host, port: server.address().port });
    });
  });
}
function closeServer(server) {
  return new Promise((resolve4) => {
    server.close(() => resolve4());
    server.closeIdleConnections();
  });
}

// src/core/http-server.ts
var HttpError = class extends Error {
  constructor(status, message, headers = {}) {
    super(message);
    this.status = status;
    this.headers = headers;
  }
  status;
  headers;
};
var json = (body, status = 200, headers) => ({ status, json: body, headers });
var MAX_BODY_BYTES = 64 * 1024;
var MAX_DISCARD_BYTES = 1024 * 1024;
function createJsonServer(opts) {
  const timeout = opts.requestTimeoutMs ?? 1e4;
  const headersTimeout = Math.min(timeout, 1e4);
  const limit = opts.maxBodyBytes ?? MAX_BODY_BYTES;
  const server = http3.createServer(
    // the timeouts are checked every second, not every 30 s (Node's default), so a slow sender is cut near its deadline
    { maxHeaderSize: 16 * 1024, requestTimeout: timeout, headersTimeout, connectionsCheckingInterval: Math.min(1e3, headersTimeout) },
    (req, res) => void guarded(opts, req, res)
  );
  server.setTimeout(timeout + headersTimeout);
  server.on("checkContinue", (req, res) => {
    if (declaredLength(req) > limit) return void send2(res, json({ error: tooLarge(limit).message }, 413, { connection: "close" }), false);
    res.writeContinue();
    void guarded(opts, req, res);
  });
  refuseMalformed(server);
  return server;
}
function refuseMalformed(server) {
  server.on("clientError", (err, socket) => {
    const status = err.code === "HPE_HEADER_OVERFLOW" ? 431 : err.code === "ERR_HTTP_REQUEST_TIMEOUT" ? 408 : 400;
    rawAnswer(socket, status, `malformed request (${err.code ?? err.message})`);
  });
  server.on("connect", (_req, socket) => rawAnswer(socket, 400, "CONNECT is not supported here"));
}
async function guarded(opts, req, res) {
  const head = req.method === "HEAD";
  const fail = (err) => {
    const known = err instanceof HttpError ? err : opts.mapError?.(err);
    if (!known) opts.log?.(`${opts.name}: ${req.method} ${req.url} failed: ${err?.stack ?? String(err)}`);
    const e = known ?? new HttpError(500, `internal error: ${err?.message ?? String(err)}`);
    try {
      send2(res, json({ error: e.message }, e.status, e.headers), head);
    } catch {
      res.destroy();
    }
  };
  guardEvents(req, fail);
  guardEvents(res, fail);
  req.on("error", () => void 0);
  try {
    send2(res, await answer(opts, req), head);
  } catch (err) {
    fail(err);
  } finally {
    if (!req.complete) discardBody(req, MAX_DISCARD_BYTES);
  }
}
function guardEvents(emitter, fail) {
  const emit = emitter.emit;
  emitter.emit = function guardedEmit(event, ...args) {
    try {
      return emit.call(this, event, ...args);
    } catch (err) {
      fail(err);
      return true;
    }
  };
}
function discardBody(req, budget) {
  let left = budget;
  req.on("data", (chunk) => {
    left -= chunk.length;
    if (left < 0) req.socket.destroy();
  });
  req.resume();
}
async function answer(opts, req) {
  const target = parseRequestTarget(req.method ?? "", req.url ?? "");
  if (target === "*") return { status: 204, headers: { allow: allowedMethods(opts.routes.map((r) => r.method)) } };
  const { route, params, allowed } = findRoute(opts.routes, req.method === "HEAD" ? "GET" : req.method ?? "", target.path);
  if (!route) {
    if (allowed.length) throw new HttpError(405, `${req.method} is not allowed on ${target.path}; use ${allowed.join(" or ")}`, { allow: allowedMethods(allowed) });
    throw new HttpError(404, `no route ${target.path}; routes: ${opts.routes.map((r) => `${r.method} ${r.path}`).join(", ")}`);
  }
  const refused = route.auth && refusal(req, route.auth);
  if (refused) throw new HttpError(refused.status, refused.message, refused.headers);
  const limit = opts.maxBodyBytes ?? MAX_BODY_BYTES;
  return route.handle({ req, path: target.path, query: new URLSearchParams(target.query), params, body: () => readJson2(req, limit) });
}
var allowedMethods = (methods) => [...new Set(methods.flatMap((m) => m === "GET" ? ["GET", "HEAD"] : [m]))].join(", ");
function findRoute(routes, method, path5) {
  const allowed = [];
  const segments = path5.split("/");
  for (const route of routes) {
    const params = matchPath(route.path.split("/"), segments);
    if (!params) continue;
    if (route.method === method) return { route, params, allowed };
    allowed.push(route.method);
  }
  return { params: {}, allowed };
}
function matchPath(pattern, segments) {
  if (pattern.length !== segments.length) return void 0;
  const params = {};
  for (let i = 0; i < pattern.length; i++) {
    if (!pattern[i].startsWith(":")) {
      if (pattern[i] !== segments[i]) return void 0;
      continue;
    }
    if (!segments[i]) return void 0;
    try {
      params[pattern[i].slice(1)] = decodeURIComponent(segments[i]);
    } catch {
      throw new HttpError(400, `malformed percent-encoding in ${segments.join("/")}`);
    }
  }
  return params;
}
var ORIGIN_FORM = /^\/[\x21\x22\x24-\x7e]*$/;
function parseRequestTarget(method, target) {
  if (target === "*") {
    if (method === "OPTIONS") return "*";
    throw new HttpError(400, `request target * is only for OPTIONS, not ${method}`);
  }
  let originForm = target;
  if (/^https?:\/\//i.test(target)) {
    let url;
    try {
      url = new URL(target);
    } catch {
      throw new HttpError(400, `malformed absolute request target ${JSON.stringify(target.slice(0, 100))}`);
    }
    originForm = `${url.pathname || "/"}${url.search}`;
  }
  if (!ORIGIN_FORM.test(originForm)) throw new HttpError(400, `malformed request target ${JSON.stringify(target.slice(0, 100))}: expected a path like /status`);
  const q = originForm.indexOf("?");
  return q < 0 ? { path: originForm, query: "" } : { path: originForm.slice(0, q), query: originForm.slice(q + 1) };
}
var tooLarge = (limit) => new HttpError(413, `body larger than ${limit} bytes`);
function declaredLength(req) {
  return Number(req.headers["content-length"] ?? 0);
}
function readJson2(req, limit) {
  if (declaredLength(req) > limit) return Promise.reject(tooLarge(limit));
  return new Promise((resolve4, reject) => {
    const chunks = [];
    let size = 0;
    const onData = (chunk) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      req.off("data", onData);
      reject(tooLarge(limit));
    };
    req.on("data", onData);
    req.once("error", reject);
    req.once("end", () => {
      const text = Buffer.concat(chunks).toString("utf8").trim();
      if (!text) return resolve4(void 0);
      try {
        resolve4(JSON.parse(text));
      } catch (err) {
        reject(new HttpError(400, `body is not valid JSON (${err.message})`));
      }
    });
  });
}
function send2(res, reply, head) {
  if (res.writableEnded) return;
  if (res.headersSent) return void res.destroy();
  const status = reply.status ?? 200;
  if (status === 204 || status === 304) return void res.writeHead(status, { "cache-control": "no-store", ...reply.headers }).end();
  if (reply.stream) {
    res.writeHead(status, { "content-type": reply.contentType ?? "text/event-stream; charset=utf-8", "cache-control": "no-store", ...reply.headers });
    return head ? void res.end() : reply.stream(res);
  }
  const text = reply.text ?? `${JSON.stringify(reply.json ?? null, null, 2)}
`;
  const type = reply.text !== void 0 ? reply.contentType ?? "text/plain; charset=utf-8" : "application/json; charset=utf-8";
  res.writeHead(status, { "content-type": type, "content-length": Buffer.byteLength(text), "cache-control": "no-store", ...reply.headers });
  res.end(head ? void 0 : text);
}
function rawAnswer(socket, status, message) {
  if (!socket.writable) return void socket.destroy();
  const body = `${JSON.stringify({ error: message })}
`;
  socket.end(`HTTP/1.1 ${status} ${http3.STATUS_CODES[status]}\r
content-type: application/json; charset=utf-8\r
content-length: ${Buffer.byteLength(body)}\r
connection: close\r
\r
${body}`);
}

// src/autoscaler/http.ts
init_listen_address();
function baseUrlOf(listen) {
  return localUrlOf(listen, "autoscaler.metricsListen");
}
async function startStatusServer(listen, handlers) {
  const server = createJsonServer({
    name: "autoscaler",
    routes: [
      { method: "GET", path: "/metrics", handle: () => ({ text: handlers.metrics(), contentType: "text/plain; version=0.0.4; charset=utf-8" }) },
      { method: "GET", path: "/status", handle: () => json(handlers.status()) },
      { method: "GET", path: "/health", handle: () => json({ ok: true }) }
    ]
  });
  const field = "autoscaler.metricsListen";
  const busy = "another process holds that port: is an autoscaler already running (`slipway autoscaler status`)? Else pick another port";
  const bound = await listenOn(server, parseHostPort(listen, field), field, busy);
  return {
    url: baseUrlOf(`${bound.host.includes(":") ? `[${bound.host}]` : bound.host}:${bound.port}`),
    close: () => {
      const closed = closeServer(server);
      server.closeAllConnections();
      return closed;
    }
  };
}

// src/monitors/definitions.ts
var MIB = 1024 * 1024;
var MANAGED_TAG = "managed-by:slipway";
function appTag(app) {
  return `slipway-app:${app}`;
}
function windowSeconds(window) {
  const m = /^last_(\d+)([mh])$/.exec(window);
  if (!m) throw new Error(`unknown evaluation window ${window}`);
  return Number(m[1]) * (m[2] === "h" ? 3600 : 60);
}
function monitorName(app, role, kind) {
  const what = kind === "cpu" ? "CPU" : kind === "memory" ? "memory" : "5xx responses";
  return `[slipway] ${app} ${role}: ${what}`;
}

// src/monitors/local-alerting.ts
function localAlertingSettings(monitors) {
  return {
    windowMs: (monitors.local.windowSec ?? windowSeconds(monitors.evaluationWindow)) * 1e3,
    renotifyMs: (monitors.local.renotifySec ?? monitors.renotifyMinutes * 60) * 1e3
  };
}
function createLocalAlerting(opts) {
  return new LocalAlertEvaluator(opts);
}
var LocalAlertEvaluator = class {
  constructor(opts) {
    this.opts = opts;
    this.now = opts.now ?? Date.now;
    const settings = localAlertingSettings(opts.monitors);
    this.windowMs = settings.windowMs;
    this.renotifyMs = settings.renotifyMs;
    this.rules = [
      { kind: "cpu", threshold: opts.monitors.cpuPercent, unit: "%", valueOf: (s) => s.cpuPercent },
      { kind: "memory", threshold: Math.round(opts.monitors.memoryMb * MIB), unit: "bytes", valueOf: (s) => s.memoryUsedBytes }
    ];
  }
  opts;
  now;
  windowMs;
  renotifyMs;
  rules;
  containers = /* @__PURE__ */ new Map();
  // one sample at a time, whoever feeds them: two overlapping evaluations could send the same alert twice
  queue = Promise.resolve();
  observe(sample) {
    const run2 = this.queue.then(() => this.observeNow(sample));
    this.queue = run2.catch(() => void 0);
    return run2;
  }
  state() {
    return {
      app: this.opts.app,
      windowSec: this.windowMs / 1e3,
      renotifySec: this.renotifyMs / 1e3,
      rules: this.rules.map((r) => ({ rule: r.kind, threshold: r.threshold, unit: r.unit })),
      containers: [...this.containers.values()].map((c) => ({
        containerId: c.containerId,
        name: c.name,
        role: c.role,
        samples: c.samples.length,
        rules: c.rules
      }))
    };
  }
  async observeNow(sample) {
    const at = this.now();
    const c = this.containerOf(sample);
    c.samples.push(sample);
    c.samples = c.samples.filter((s) => s.at > at - this.windowMs);
    for (const rule of this.rules) await this.evaluate(c, rule, at);
    for (const [id, other] of this.containers) {
      const last = other.samples[other.samples.length - 1]?.at ?? 0;
      if (id !== sample.containerId && last < at - 2 * this.windowMs) this.containers.delete(id);
    }
  }
  containerOf(sample) {
    let c = this.containers.get(sample.containerId);
    if (!c) {
      c = { containerId: sample.containerId, name: sample.name, role: sample.role, samples: [], rules: { cpu: { status: "OK" }, memory: { status: "OK" } } };
      this.containers.set(sample.containerId, c);
    }
    c.name = sample.name;
    c.role = sample.role;
    return c;
  }
  async evaluate(c, rule, at) {
    const st = c.rules[rule.kind];
    const values = c.samples.map(rule.valueOf).filter((v) => Number.isFinite(v));
    if (!values.length) return;
    st.value = values.reduce((a, b) => a + b, 0) / values.length;
    const breached = st.value > rule.threshold;
    if (st.status === "OK" && breached) {
      st.status = "ALERT";
      st.since = at;
      st.lastNotifiedAt = void 0;
    }
    if (st.status === "ALERT" && !breached) {
      const delivered = st.lastNotifiedAt !== void 0;
      st.status = "OK";
      if (delivered) await this.send(this.notice(c, rule, st, "Recovered", at), st);
      st.since = void 0;
      st.lastNotifiedAt = void 0;
      return;
    }
    if (st.status !== "ALERT") return;
    if (st.lastNotifiedAt === void 0) {
      if (await this.send(this.notice(c, rule, st, "Triggered", at), st)) st.lastNotifiedAt = at;
    } else if (this.renotifyMs > 0 && at - st.lastNotifiedAt >= this.renotifyMs) {
      if (await this.send(this.notice(c, rule, st, "Re-Triggered", at), st)) st.lastNotifiedAt = at;
    }
  }
  notice(c, rule, st, transition, at) {
    const { app, monitors } = this.opts;
    return {
      app,
      monitor: monitorName(app, c.role, rule.kind),
      rule: rule.kind,
      transition,
      containerId: c.containerId,
      containerName: c.name,
      role: c.role,
      value: st.value ?? 0,
      threshold: rule.threshold,
      unit: rule.unit,
      windowSec: this.windowMs / 1e3,
      at,
      since: st.since ?? at,
      tags: [MANAGED_TAG, appTag(app), `role:${c.role}`, `slipway-monitor:${rule.kind}`, ...monitors.tags]
    };
  }
  /** True when delivered; a failure is kept on the rule's state and reported, never thrown. */
  async send(n, st) {
    try {
      await this.opts.notify.notify(n);
      st.lastError = void 0;
      return true;
    } catch (err) {
      st.lastError = err.message;
      this.opts.onNotifyError?.(err, n);
      return false;
    }
  }
};

// src/monitors/notifier.ts
init_errors();

// src/monitors/mail.ts
var fs8 = __toESM(require("node:fs"));
init_errors();
init_listen_address();
function parseSmtpAddress(value, field = "monitors.local.smtp") {
  const m = /^(\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+)(?::(\d{1,5}))?$/.exec(value.trim());
  const port = Number(m?.[2] ?? 25);
  if (!m || port < 1 || port > 65535) throw new UsageError(`${field}: expected host:port of an SMTP server, got ${JSON.stringify(value)}`, `for example "smtp.example.com:587" (STARTTLS) or "127.0.0.1:25" (the host's mail relay)`);
  return { host: m[1].replace(/^\[|\]$/g, ""), port };
}
function mailSettings(config, secrets) {
  const local = config.monitors.local;
  const server = parseSmtpAddress(local.smtp);
  const password = secrets.get("SLIPWAY_SMTP_PASSWORD");
  if (local.smtpUser && !password) {
    throw new UsageError("monitors.local.smtpUser is set but SLIPWAY_SMTP_PASSWORD is not", "set the SMTP password in the environment (Jenkins: the smtpPasswordId credential); slipway never reads it from slipway.json");
  }
  if (local.smtpTls === "none" && local.smtpUser && !isLoopbackHost(server.host)) {
    throw new UsageError(`monitors.local.smtpTls is "none" with monitors.local.smtpUser set: the password would cross the network to ${server.host} in clear`, 'set monitors.local.smtpTls to "starttls" (port 587) or "tls" (port 465)');
  }
  let ca;
  if (local.smtpCaFile) {
    try {
      ca = fs8.readFileSync(local.smtpCaFile, "utf8");
    } catch (err) {
      throw new UsageError(`monitors.local.smtpCaFile: cannot read ${local.smtpCaFile} (${err.code})`, "point it at a PEM file of the CA that signed the mail server's certificate, or remove it to trust the system's CAs");
    }
  }
  return { server, tls: local.smtpTls, ...local.smtpUser ? { user: local.smtpUser, password } : {}, ...ca ? { ca } : {}, timeoutMs: 15e3 };
}
function describeMail(s) {
  const tls3 = { starttls: "STARTTLS required", tls: "TLS", none: "no TLS" }[s.tls];
  return `SMTP ${s.server.host}:${s.server.port} (${tls3}${s.user ? `, AUTH as ${s.user}` : ""})`;
}
async function sendMail(s, message) {
  if (!message.to.length) throw new UsageError("monitors.emails is empty: nobody to send the alert to", "add the recipients to monitors.emails in slipway.json");
  const nodemailer2 = (await Promise.resolve().then(() => (init_nodemailer(), nodemailer_exports))).default;
  const transport = nodemailer2.createTransport({
    host: s.server.host,
    port: s.server.port,
    secure: s.tls === "tls",
    requireTLS: s.tls === "starttls",
    ignoreTLS: s.tls === "none",
    ...s.user ? { auth: { user: s.user, pass: s.password } } : {},
    tls: { minVersion: "TLSv1.2", ...s.ca ? { ca: s.ca } : {} },
    connectionTimeout: s.timeoutMs,
    greetingTimeout: s.timeoutMs,
    socketTimeout: s.timeoutMs,
    logger: false,
    debug: false,
    // the message is ours alone: nothing in it may make nodemailer read a file or fetch a URL
    disableFileAccess: true,
    disableUrlAccess: true
  });
  try {
    await transport.sendMail({ from: message.from, to: message.to, subject: message.subject, text: message.text, headers: { "Auto-Submitted": "auto-generated" } });
  } catch (err) {
    const e = err;
    const where = `${s.server.host}:${s.server.port}`;
    const hint = e.code === "EAUTH" ? "check monitors.local.smtpUser and SLIPWAY_SMTP_PASSWORD" : e.code === "ETLS" || /certificate|STARTTLS/i.test(e.message) ? "check monitors.local.smtpTls, and monitors.local.smtpCaFile when the server's certificate is not signed by a CA this host trusts" : `check that an SMTP server answers on ${where} (monitors.local.smtp)`;
    throw new StepFailed(`SMTP ${where}: ${e.message}`, hint);
  } finally {
    transport.close();
  }
}

// src/monitors/notifier.ts
function alertSubject(n) {
  return `[${n.transition} on {container_name:${n.containerName}}] ${n.monitor}`;
}
function alertText(n) {
  const shown = (v) => n.unit === "%" ? `${v.toFixed(1)} %` : `${(v / MIB).toFixed(1)} MB`;
  const window = `${n.windowSec} s`;
  const what = n.rule === "cpu" ? "CPU" : "Memory";
  const lines = n.transition === "Recovered" ? [`${what} of ${n.containerName} (${n.app} ${n.role}) is back under ${shown(n.threshold)}: ${shown(n.value)} on average over the last ${window}.`, `The alert lasted ${Math.round((n.at - n.since) / 1e3)} s.`] : [
    `${what} of ${n.containerName} (${n.app} ${n.role}) averaged ${shown(n.value)} over the last ${window}, above the threshold of ${shown(n.threshold)}.`,
    n.transition === "Re-Triggered" ? `Still unresolved since ${new Date(n.since).toISOString()}; this notice repeats until it is.` : "You will get this again while it stays unresolved, and a notice when it recovers."
  ];
  return [...lines, "", `Monitor: ${n.monitor}`, `Container: ${n.containerName} (${n.containerId.slice(0, 12)})`, `Time: ${new Date(n.at).toISOString()}`, `Tags: ${n.tags.join(", ")}`, "", "-- slipway local alerting (no Datadog keys are set on this host)"].join("\n");
}
function alertPayload(n) {
  return {
    source: "slipway-local",
    app: n.app,
    alert_id: `local:${n.app}:${n.role}:${n.rule}`,
    alert_transition: n.transition,
    alert_title: alertSubject(n),
    alert_scope: `container_name:${n.containerName},role:${n.role}`,
    tags: n.tags.join(","),
    date: String(n.at)
  };
}
function emailNotifier(settings, from, to) {
  return { notify: (n) => sendMail(settings, { from, to, subject: alertSubject(n), text: alertText(n) }) };
}
function webhookNotifier(url, headers = {}) {
  return {
    async notify(n) {
      const res = await send({ method: "POST", url, headers: { "Content-Type": "application/json", ...headers }, body: alertPayload(n), timeoutMs: 15e3 });
      if (res.status < 200 || res.status >= 300) throw new StepFailed(`alert webhook ${url} answered ${res.status}`, "check monitors.local.webhookUrl and what that server expects");
    }
  };
}
function allOf(notifiers) {
  return {
    async notify(n) {
      const results = await Promise.allSettled(notifiers.map((t) => t.notify(n)));
      const failed2 = results.filter((r) => r.status === "rejected");
      if (failed2.length) throw new StepFailed(failed2.map((f) => f.reason.message).join("; "));
    }
  };
}
function notifierFromConfig(config, secrets) {
  const { local, emails } = config.monitors;
  const notifiers = [];
  const targets = [];
  if (local.smtp) {
    if (!emails.length) throw new UsageError("monitors.emails is empty while monitors.local.smtp is set: nobody to e-mail", "add the recipients to monitors.emails");
    const settings = mailSettings(config, secrets);
    notifiers.push(emailNotifier(settings, local.from, emails));
    targets.push(`e-mail ${emails.join(", ")} via ${describeMail(settings)}`);
  }
  if (local.webhookUrl) {
    let url;
    try {
      url = new URL(local.webhookUrl);
    } catch {
      throw new UsageError(`monitors.local.webhookUrl: expected a URL, got ${JSON.stringify(local.webhookUrl)}`);
    }
    const toProxy = url.host === config.proxy.admin && url.pathname === "/alerts/datadog";
    const token = secrets.get("SLIPWAY_WEBHOOK_TOKEN") ?? secrets.get("SLIPWAY_ADMIN_TOKEN");
    notifiers.push(webhookNotifier(local.webhookUrl, bearerAuth(toProxy ? token : void 0)));
    targets.push(`POST ${local.webhookUrl}${toProxy && token ? " (with a bearer token)" : ""}`);
  }
  if (!notifiers.length) {
    throw new UsageError(
      "local alerting has nowhere to send: monitors.local.smtp and monitors.local.webhookUrl are both empty",
      "set monitors.local.smtp (host:port of a mail relay) with monitors.emails, and/or monitors.local.webhookUrl \u2014 or set DD_API_KEY and DD_APP_KEY to alert through Datadog"
    );
  }
  return { notifier: allOf(notifiers), targets };
}

// src/autoscaler/local-alerts.ts
function wantsLocalAlerting(config, secrets) {
  return !secrets.get("DD_API_KEY") && Boolean(config.monitors.local.smtp || config.monitors.local.webhookUrl);
}
function attachLocalAlerting(autoscaler, config, secrets, log) {
  const { notifier, targets } = notifierFromConfig(config, secrets);
  const alerting = createLocalAlerting({
    app: config.app.name,
    monitors: config.monitors,
    notify: {
      async notify(n) {
        await notifier.notify(n);
        log.info(`local alerting: ${n.transition}: ${n.monitor} on ${n.containerName}`);
      }
    },
    onNotifyError: (err, n) => log.warn(`local alerting: could not send ${n.transition} for ${n.monitor} on ${n.containerName}: ${err.message}`)
  });
  const everyMs = config.monitors.local.intervalSec * 1e3;
  const lastFed = /* @__PURE__ */ new Map();
  let queue = Promise.resolve();
  const detach = autoscaler.onSample((sample) => {
    if (sample.at - (lastFed.get(sample.containerId) ?? -Infinity) < everyMs - 500) return;
    lastFed.set(sample.containerId, sample.at);
    queue = queue.then(() => alerting.observe(sample)).catch((err) => log.warn(`local alerting: ${err.message}`));
  });
  log.info(`local alerting: CPU > ${config.monitors.cpuPercent} %, memory > ${config.monitors.memoryMb} MB \u2192 ${targets.join("; ")}`);
  return { targets, detach };
}

// src/autoscaler/render.ts
function describePolicy(p) {
  const down = p.scaleDown.enabled ? `scale-down by ${p.stepMb} MB after ${p.scaleDown.afterSec} s below ${p.scaleDown.belowPercent} % (never below the starting limit)` : "scale-down off";
  const fast = p.watermarkPercent ? `fast path: growth toward ${p.watermarkPercent} % or beyond the step \u2192 raised at once to cover it` : "fast path off";
  return `every ${p.intervalSec} s: used > ${p.thresholdPercent} % of the limit \u2192 +${p.stepMb} MB, at most ${p.maxMb} MB; cooldown ${p.cooldownSec} s; ${fast}; OOM \u2192 max(+${p.stepMb} MB, \xD7${p.oomFactor}); ${down}; sampled every ${p.tickMs} ms`;
}

// src/autoscaler/swarm-link.ts
var ROLE_CHECK_MS = 5e3;
async function startSwarmLink(o) {
  let node;
  let poller;
  let complaint;
  const server = createJsonServer({
    name: "autoscaler peers",
    routes: [{ method: "GET", path: READINGS_PATH, auth: [{ name: "SLIPWAY_ADMIN_TOKEN", value: o.token }], handle: () => json({ node: node ?? "unknown", containers: o.autoscaler.readings() }) }]
  });
  await listenOn(server, { host: "0.0.0.0", port: PEER_PORT }, "the autoscaler peer port", `port ${PEER_PORT} is taken in this task's network namespace`);
  const checkRole = async () => {
    try {
      const info = await o.engine.request({ method: "GET", path: "/info" });
      node = info.Swarm?.NodeAddr || info.Name;
      const self = info.Swarm?.ControlAvailable && info.Swarm.NodeID ? await o.engine.request({ method: "GET", path: `/nodes/${info.Swarm.NodeID}` }) : void 0;
      const leader = Boolean(self?.ManagerStatus?.Leader);
      if (leader && !poller) {
        poller = new PeerPoller({ name: o.peers, token: o.token, periodMs: o.tickMs(), ageOutMs: staleAfterMs(o.tickMs()), log: o.log, handlers: { onReadings: (p, r, at) => o.autoscaler.onPeerReadings(p, r, at), onLost: (p, why) => o.autoscaler.forgetPeer(p, why) } });
        poller.start();
      } else if (!leader && poller) {
        poller.stop();
        poller = void 0;
      }
      o.autoscaler.setDeciding(leader, node);
      complaint = void 0;
    } catch (err) {
      const why = err.message;
      if (complaint !== why) o.log.warn(`autoscaler: cannot tell whether this node leads the swarm: ${why}`);
      complaint = why;
    }
  };
  await checkRole();
  const timer = setInterval(() => void checkRole(), ROLE_CHECK_MS);
  return {
    status: () => ({ node, deciding: Boolean(poller), peers: poller?.view() ?? [] }),
    stop: async () => {
      clearInterval(timer);
      poller?.stop();
      await closeServer(server);
    }
  };
}

// src/autoscaler/run.ts
var POLICY_OPTIONS = [
  { name: "interval-sec", type: "number", describe: "Seconds between evaluations of a container (autoscaler.intervalSec, default 5)" },
  { name: "threshold-percent", type: "number", describe: "Raise when memory used is above this percent of the limit (default 50)" },
  { name: "step-mb", type: "number", describe: "MB added per raise (default 100)" },
  { name: "max-mb", type: "number", describe: "Never raise a limit above this (default 2048)" },
  { name: "cooldown-sec", type: "number", describe: "After a change, seconds before the next one (default 10)" },
  { name: "oom-factor", type: "number", describe: "On an OOM kill the limit becomes max(limit + step, limit \xD7 this) (default 1.2)" },
  { name: "watermark-percent", type: "number", describe: "Fast path: raise at once, covering the growth, when use will pass this percent of the limit (default 85, 0 = off)" },
  { name: "tick-ms", type: "number", describe: "Milliseconds between reads of each container's cgroup files (default 250)" },
  { name: "scale-down", type: "boolean", describe: "Lower limits after sustained low use, never below the starting limit (default off)" },
  { name: "metrics-listen", type: "string", describe: "HOST:PORT of /metrics and /status (default 127.0.0.1:9464)" }
];
function policyFromArgs(a) {
  return {
    "autoscaler.intervalSec": a.intervalSec,
    "autoscaler.thresholdPercent": a.thresholdPercent,
    "autoscaler.stepMb": a.stepMb,
    "autoscaler.maxMb": a.maxMb,
    "autoscaler.cooldownSec": a.cooldownSec,
    "autoscaler.oomFactor": a.oomFactor,
    "autoscaler.watermarkPercent": a.watermarkPercent,
    "autoscaler.tickMs": a.tickMs,
    "autoscaler.scaleDown.enabled": a.scaleDown,
    "autoscaler.metricsListen": a.metricsListen
  };
}
async function runAutoscaler(ctx, argv) {
  const { config } = ctx;
  const forSec = forSeconds(argv.for);
  const policy = config.autoscaler;
  const localAlerting = argv.localAlerting !== false && wantsLocalAlerting(config, ctx.secrets);
  const targets = checkSettings(ctx, localAlerting);
  const url = baseUrlOf(policy.metricsListen);
  const peers = argv.swarmPeers;
  const token = ctx.secrets.get("SLIPWAY_ADMIN_TOKEN");
  if (peers && !token) throw new UsageError("--swarm-peers: the tasks exchange readings on the overlay, authenticated with SLIPWAY_ADMIN_TOKEN, which is not set", "set SLIPWAY_ADMIN_TOKEN in the environment (`slipway autoscaler up` passes it to the service)");
  const result = { url, localAlerting: targets };
  await ctx.executor.execute([
    {
      kind: "process",
      summary: `watch the containers labelled slipway.app=${config.app.name} (production, canary) \u2014 ${describePolicy(policy)}; /metrics and /status on ${url}${targets.length ? `; local alerting to ${targets.join("; ")}` : ""}${peers ? `; on a swarm: this node's readings served to ${peers} on port ${PEER_PORT}, the leader's task decides for all` : ""}${forSec ? `; for ${forSec} s` : "; until SIGTERM"}`,
      detail: { label: `slipway.app=${config.app.name}`, policy, metricsListen: policy.metricsListen, localAlerting: targets },
      run: async () => {
        const engine = engineApi(ctx.env);
        await requireDocker(engine);
        let autoscaler;
        let link;
        const server = await startStatusServer(policy.metricsListen, {
          status: () => ({ ...autoscaler.status(), ...link && { swarm: link.status() } }),
          metrics: () => autoscaler.metrics()
        });
        autoscaler = startMemoryAutoscaler({ engine, app: config.app.name, policy, log: ctx.log, executor: ctx.executor, deciding: !peers });
        const alerting = localAlerting ? attachLocalAlerting(autoscaler, config, ctx.secrets, ctx.log) : void 0;
        ctx.log.info(`autoscaler: ${describePolicy(policy)}; metrics and status on ${server.url}`);
        const stopReloading = onReload(() => applyReloadedPolicy(ctx, autoscaler, policy.metricsListen), (m) => ctx.log.warn(`autoscaler: ${m}`));
        try {
          if (peers) link = await startSwarmLink({ engine, autoscaler, peers, token, tickMs: () => autoscaler.status().policy.tickMs, log: ctx.log });
          result.stoppedBy = await untilStopSignal({ timeoutMs: forSec * 1e3, timeoutReason: `--for ${forSec} s ran out` });
        } finally {
          stopReloading();
          alerting?.detach();
          result.final = autoscaler.status();
          await link?.stop();
          autoscaler.stop();
          await server.close();
        }
        ctx.log.info(`autoscaler: stopped (${result.stoppedBy})`);
      }
    }
  ]);
  return result;
}
function applyReloadedPolicy(ctx, autoscaler, listening) {
  const next = reloadConfig(ctx).autoscaler;
  checkPolicy(next);
  if (next.metricsListen !== listening) ctx.log.warn(`autoscaler: metricsListen ${next.metricsListen} takes effect when the autoscaler restarts; still on ${listening}`);
  autoscaler.setPolicy({ ...next, metricsListen: listening });
  ctx.log.info(`autoscaler: config reloaded \u2014 ${describePolicy(next)}`);
}
function checkSettings(ctx, localAlerting) {
  checkPolicy(ctx.config.autoscaler);
  return localAlerting ? notifierFromConfig(ctx.config, ctx.secrets).targets : [];
}
function checkPolicy(policy) {
  if (policy.scaleDown.enabled && policy.scaleDown.belowPercent >= policy.thresholdPercent) {
    throw new UsageError(`autoscaler.scaleDown.belowPercent: ${policy.scaleDown.belowPercent} is not below autoscaler.thresholdPercent ${policy.thresholdPercent}`, "the two would raise and lower the same limit in turn; keep belowPercent well under thresholdPercent");
  }
  if (policy.watermarkPercent && policy.watermarkPercent <= policy.thresholdPercent) {
    throw new UsageError(`autoscaler.watermarkPercent: ${policy.watermarkPercent} is not above autoscaler.thresholdPercent ${policy.thresholdPercent}`, "the fast path is for use past the step rule's threshold: set it between thresholdPercent and 100, or 0 to turn it off");
  }
}
var run = {
  command: "run",
  describe: "Run the autoscaler in the foreground until SIGTERM/SIGINT (or --for seconds)",
  options: [
    ...POLICY_OPTIONS,
    { name: "for", type: "number", describe: "Stop after this many seconds (default: run until SIGTERM/SIGINT)" },
    { name: "local-alerting", type: "boolean", describe: "Feed local alerting (CPU/memory e-mails) from the same stats when DD_API_KEY is unset and monitors.local has smtp or webhookUrl (default on)" },
    { name: "swarm-peers", type: "string", describe: "On a swarm (the global service `autoscaler up` makes): the DNS name of every autoscaler task; this node's readings are served to the leader's task, which decides for all" }
  ],
  // DD_API_KEY set: the alerts live in Datadog; the admin token lets local-alert webhooks reach the proxy, the SMTP password its e-mails
  secrets: ["DD_API_KEY", "SLIPWAY_WEBHOOK_TOKEN", "SLIPWAY_ADMIN_TOKEN", "SLIPWAY_SMTP_PASSWORD"],
  changesState: true,
  foreground: true,
  configFromArgs: policyFromArgs,
  run: runAutoscaler,
  render: (r) => r.stoppedBy ? `autoscaler stopped (${r.stoppedBy})` : `would run the autoscaler, with /status on ${r.url}`
};

// src/autoscaler/main.ts
var COMMAND = ["autoscaler", "run"];
var OPTIONS = [...GLOBAL_OPTIONS, ...run.options ?? []];
var USAGE = `usage: autoscaler.cjs autoscaler run [options]  (the autoscaler's own bundle; \`slipway --help\` for the rest)
${OPTIONS.map((o) => `  --${o.name}  ${o.describe}`).join("\n")}`;
function parseRunArgs(argv) {
  const args = { _: [] };
  for (const o of OPTIONS) if (o.default !== void 0) args[camelCase(o.name)] = o.default;
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i];
    if (token === "--help" || token === "-h") return "help";
    if (!token.startsWith("--")) {
      args._.push(token);
      continue;
    }
    const [name2, inline] = token.slice(2).split(/=(.*)/s, 2);
    const negated = name2.startsWith("no-") && OPTIONS.some((o) => o.name === name2.slice(3) && o.type === "boolean");
    const spec = OPTIONS.find((o) => o.name === (negated ? name2.slice(3) : name2));
    if (!spec) throw new UsageError(`unknown option --${name2} for autoscaler run`, "see `slipway autoscaler run --help`");
    args[camelCase(spec.name)] = negated ? false : valueOf(spec, inline ?? (spec.type === "boolean" ? void 0 : argv[++i]));
  }
  if (args._.join(" ") !== COMMAND.join(" ")) throw new UsageError(`this bundle runs \`autoscaler run\` only, got \`${args._.join(" ")}\``, "run the other commands with slipway (resources/slipway/slipway.cjs)");
  return args;
}
function valueOf(spec, text) {
  if (spec.type === "boolean") {
    if (text === void 0 || text === "true") return true;
    if (text === "false") return false;
    throw new UsageError(`--${spec.name}: expected true or false, got ${JSON.stringify(text)}`);
  }
  if (text === void 0) throw new UsageError(`--${spec.name}: expected a value`);
  if (spec.type !== "number") return text;
  const n = Number(text);
  if (text.trim() === "" || !Number.isFinite(n)) throw new UsageError(`--${spec.name}: expected a number, got ${JSON.stringify(text)}`);
  return n;
}
function leanContext(args, env) {
  const loaded = loadConfig({ appDir: args.app, configFile: args.config, env, flags: run.configFromArgs?.(args) });
  const secrets = secretsFromEnv(env);
  const log = createLogger(secrets);
  const dryRun = Boolean(args.dryRun);
  return {
    config: loaded.config,
    appDir: loaded.appDir,
    configFile: loaded.file,
    dryRun,
    json: Boolean(args.json),
    log,
    secrets,
    executor: createExecutor({ dryRun, log, secrets, json: Boolean(args.json), performer: performerOf() }),
    docker: () => {
      throw new Error("the autoscaler talks to dockerd through core/engine-api.ts, not dockerode");
    },
    env,
    flags: run.configFromArgs?.(args)
  };
}
async function main(argv, env = process.env) {
  try {
    const args = parseRunArgs(argv);
    if (args === "help") {
      process.stdout.write(`${USAGE}
`);
      return 0;
    }
    const ctx = leanContext(args, env);
    checkTokens(ctx.secrets, run.secrets ?? []);
    const result = await run.run(ctx, args);
    const outcome = { command: COMMAND.join(" "), dryRun: ctx.dryRun, result, ...ctx.dryRun ? { actions: ctx.executor.printed() } : {} };
    if (ctx.json) process.stdout.write(JSON.stringify(ctx.secrets.maskDeep(outcome), null, 2) + "\n");
    else if (run.render && result !== void 0) process.stdout.write(ctx.secrets.mask(run.render(result)) + "\n");
    return 0;
  } catch (e) {
    process.stderr.write(secretsFromEnv(env).mask(`slipway: ${describeError(e)}`) + "\n");
    return exitCodeOf(e);
  }
}
if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  main,
  parseRunArgs
});
