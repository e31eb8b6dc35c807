#!/usr/bin/env bash
# Gets the real parts the suite runs against, on a fresh Debian machine as root: the project's npm packages,
# a Docker engine and Redis (through `slipway provision`, as users get them), Groovy 2.4 with a JRE for vars/.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x node_modules/.bin/ts-node ]; then
  echo "setup: installing npm packages (npm ci)"
  npm ci --no-audit --no-fund
fi

missing=()
command -v groovy >/dev/null || missing+=(groovy)
bash test/java-home.sh >/dev/null || missing+=(default-jre-headless)
# the browser OFREP test drives the system's Chromium through playwright-core (never a downloaded browser)
[ -x /usr/bin/chromium ] || missing+=(chromium)
# the dashboard's Firefox test drives the system's Firefox ESR through puppeteer-core (WebDriver BiDi, never a downloaded browser)
[ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
# the swarm lab: a network namespace and a veth pair (iproute2, nsenter) and the registry slipway runs (docker-registry)
command -v ip >/dev/null || missing+=(iproute2)
command -v nsenter >/dev/null || missing+=(util-linux)
[ -x /usr/bin/docker-registry ] || missing+=(docker-registry)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "setup: the tests need ${missing[*]}: install them (apt-get install ${missing[*]}) or run as root" >&2
    exit 2
  fi
  echo "setup: installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# slipway runs the registry as a swarm service; the package's own daemon (where systemd started it) would hold its port
if command -v systemctl >/dev/null && systemctl is-active --quiet docker-registry 2>/dev/null; then systemctl disable --now docker-registry >/dev/null 2>&1 || true; fi

# groovy needs a JAVA_HOME where Debian's default-java is absent; the Groovy tests ask test/java-home.sh the same way.
if ! JAVA_HOME="$(bash test/java-home.sh)" groovy --version >/dev/null 2>&1; then
  echo "setup: groovy does not start with JAVA_HOME=$(bash test/java-home.sh || echo none): $(JAVA_HOME="$(bash test/java-home.sh)" groovy --version 2>&1 | tail -1)" >&2
  exit 1
fi

# A dockerd that the test setup starts itself stays off every network but loopback.
export SLIPWAY_PROVISION_DOCKERD_ARGS='["--bridge=none","--iptables=false","--ip6tables=false"]'
node_modules/.bin/ts-node --transpile-only src/cli.ts provision --app test/fixtures/provision
