#!/usr/bin/env bash
# The README's main job: the whole slipway pipeline, locally, on the sample app. scripts/demo-repo.cjs makes a
# git repository of examples/climbing-grade with `main` (production) and `staging` (the canary, one version
# ahead), as a team's repository would have; then `slipway pipeline` runs on it.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

if [ ! -x node_modules/.bin/ts-node ]; then
  echo "demo: installing npm packages (npm ci)"
  npm ci --no-audit --no-fund
fi

demo="$root/.slipway/demo/climbing-grade"
node scripts/demo-repo.cjs "$demo"

exec node "$root/resources/slipway/slipway.cjs" pipeline --app "$demo" "$@"
