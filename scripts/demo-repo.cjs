// A git repository of the sample app as a team would have it: `main` (production, 1.0.0) and `staging`
// (the canary, 1.1.0). Fixed commit dates make the same commits — and so the same images — every time.
// Usage: node scripts/demo-repo.cjs DEST
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');

const SAMPLE_APP = path.resolve(__dirname, '../examples/climbing-grade');

function makeDemoRepo(dest, overrides = {}) {
  fs.rmSync(dest, { recursive: true, force: true });
  fs.mkdirSync(dest, { recursive: true });
  fs.cpSync(SAMPLE_APP, dest, { recursive: true, filter: (src) => !/[\\/](node_modules|reports|\.git)([\\/]|$)/.test(src) });
  if (Object.keys(overrides).length) {
    const file = path.join(dest, 'slipway.json');
    const config = JSON.parse(fs.readFileSync(file, 'utf8'));
    fs.writeFileSync(file, JSON.stringify(merge(config, overrides), null, 2) + '\n');
  }
  const env = { ...process.env, GIT_AUTHOR_DATE: '2026-01-01T12:00:00Z', GIT_COMMITTER_DATE: '2026-01-01T12:00:00Z' };
  const git = (...args) => execFileSync('git', ['-C', dest, '-c', 'user.name=slipway demo', '-c', 'user.email=demo@slipway.invalid', ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-qm', 'climbing-grade 1.0.0');
  git('checkout', '-qb', 'staging');
  const pkgFile = path.join(dest, 'package.json');
  const pkg = JSON.parse(fs.readFileSync(pkgFile, 'utf8'));
  pkg.version = '1.1.0';
  fs.writeFileSync(pkgFile, JSON.stringify(pkg, null, 2) + '\n');
  git('commit', '-qam', 'climbing-grade 1.1.0');
  git('checkout', '-q', 'main');
  return dest;
}

function merge(a, b) {
  if (!b || typeof b !== 'object' || Array.isArray(b)) return b;
  const out = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = a && typeof a[k] === 'object' && !Array.isArray(a[k]) ? merge(a[k], v) : v;
  return out;
}

module.exports = { makeDemoRepo };
if (require.main === module) {
  if (!process.argv[2]) {
    console.error('usage: node scripts/demo-repo.cjs DEST');
    process.exit(2);
  }
  makeDemoRepo(path.resolve(process.argv[2]));
}
