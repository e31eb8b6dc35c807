// Writes the config reference in README.md (between the config-reference markers) from the JSON schema,
// so the two cannot drift: `node scripts/config-reference.cjs` rewrites, `--check` fails when stale.
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const schema = JSON.parse(fs.readFileSync(path.join(root, 'resources/slipway/slipway.schema.json'), 'utf8'));
const START = '<!-- config-reference:start -->';
const END = '<!-- config-reference:end -->';

function envName(segments) {
  return 'SLIPWAY_' + segments.map((s) => s.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase()).join('_');
}

// the type column names the format a string must have (ip, listen, email...) and what an array holds
function typeOf(sub) {
  if (sub.enum) return sub.enum.map((v) => JSON.stringify(v)).join(' \\| ');
  const type = Array.isArray(sub.type) ? sub.type.join(' \\| ') : sub.type;
  if (type === 'array' && sub.items) return `array of ${typeOf(sub.items)}`;
  return sub.format ? `${type} (${sub.format})` : type;
}

function rows(s, prefix) {
  const out = [];
  for (const [key, sub] of Object.entries(s.properties || {})) {
    if (key === '$schema') continue;
    const at = [...prefix, key];
    if (sub.type === 'object' && sub.properties) {
      out.push(...rows(sub, at));
      continue;
    }
    const type = typeOf(sub);
    const def = sub.default === undefined ? '—' : `\`${JSON.stringify(sub.default)}\``;
    out.push(`| \`${at.join('.')}\` | ${type} | ${def} | \`${envName(at)}\` | ${(sub.description || '').replace(/\|/g, '\\|')} |`);
  }
  return out;
}

function reference() {
  const lines = ['| field | type | default | env | what it is |', '|---|---|---|---|---|', ...rows(schema, [])];
  return `${START}\n${lines.join('\n')}\n${END}`;
}

function main() {
  const file = path.join(root, 'README.md');
  const text = fs.readFileSync(file, 'utf8');
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  if (a < 0 || b < 0) throw new Error('README.md has no config-reference markers');
  const next = text.slice(0, a) + reference() + text.slice(b + END.length);
  if (process.argv.includes('--check')) {
    if (next !== text) {
      console.error('README.md config reference is stale: run `node scripts/config-reference.cjs`');
      process.exit(1);
    }
    return;
  }
  fs.writeFileSync(file, next);
}

module.exports = { reference };
if (require.main === module) main();
