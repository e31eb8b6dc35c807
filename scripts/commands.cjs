// Writes what the command declarations (src/**: `options`, `positionals`, `secrets`, `changesState`, `jenkins`)
// imply, so none can drift: resources/slipway/commands.json (the Jenkins runner reads it), every vars/*.txt help
// file, and the command table in README.md. `node scripts/commands.cjs` rewrites; `--check` fails when stale.
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const START = '<!-- commands:start -->';
const END = '<!-- commands:end -->';

function declarations() {
  require('ts-node').register({ transpileOnly: true, project: path.join(root, 'tsconfig.json') });
  const { commands } = require(path.join(root, 'src/commands.ts'));
  const command = require(path.join(root, 'src/core/command.ts'));
  return { commands, ...command };
}

/** The Jenkins form of an option: its camelCase parameter beside the CLI name. */
function optionEntry(o, camelCase) {
  const out = { name: o.name, param: camelCase(o.name), type: o.type, describe: o.describe };
  if (o.choices) out.choices = [...o.choices];
  if (o.default !== undefined) out.default = o.default;
  if (o.required) out.required = true;
  return out;
}

function table(d) {
  const credentials = Object.fromEntries(Object.entries(d.CREDENTIAL_PARAMS).map(([env, c]) => [c.param, env]));
  const globalOptions = d.GLOBAL_OPTIONS.filter((o) => o.name !== 'json').map((o) => optionEntry(o, d.camelCase));
  const commands = {};
  const vars = {};
  for (const { words, def, parent } of d.leafCommands(d.commands)) {
    if (def.changesState === undefined) throw new Error(`slipway ${words.join(' ')}: declare changesState`);
    const step = def.jenkins ?? (def.foreground ? undefined : parent?.jenkins);
    commands[words.join(' ')] = {
      words,
      describe: def.describe,
      positionals: (def.positionals ?? []).map((p) => ({ name: p.name, describe: p.describe })),
      options: (def.options ?? []).map((o) => optionEntry(o, d.camelCase)),
      secrets: def.secrets ?? [],
      changesState: def.changesState,
      foreground: Boolean(def.foreground),
      var: step ? step.var : null,
    };
  }
  for (const def of d.commands) {
    if (!def.jenkins) continue;
    const actions = (def.subcommands ?? []).filter((s) => s.run && !s.foreground && !s.jenkins).map((s) => s.command);
    vars[def.jenkins.var] = { command: def.command, actions: def.run ? [] : actions, about: def.jenkins.about, example: def.jenkins.example, params: def.jenkins.params ?? [] };
  }
  return { generatedBy: 'scripts/commands.cjs', credentials, globalOptions, commands, vars };
}

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/`([^`]+)`/g, '<code>$1</code>');
const code = (s) => `<code>${esc(s)}</code>`;
const dt = (name, def, what) => `  <dt>${code(name)} (default: ${def})</dt>\n  <dd>${what}</dd>`;
const shownDefault = (v) => (v === undefined || v === null ? 'none' : typeof v === 'string' ? `'${esc(v)}'` : esc(JSON.stringify(v)));
const forActions = (names, all) => (names.length === all.length || !all.length ? '' : ` (${names.join(', ')})`);

/** The help of one step: its parameters, from the commands it runs. */
function varHelp(name, v, t, credentialWhat) {
  const keys = v.actions.length ? v.actions.map((a) => `${v.command} ${a}`) : [v.command];
  const cmds = keys.map((k) => t.commands[k]);
  const rows = [];
  if (v.actions.length) {
    rows.push(dt('action', '<strong>required</strong>', v.actions.map((a, i) => `${code(a)}: ${esc(cmds[i].describe)}`).join('; ') + '.'));
  }
  const seen = new Map();
  const collect = (kind, items, i) => items.forEach((item) => {
    const key = `${kind}:${item.param ?? item.name}`;
    if (!seen.has(key)) seen.set(key, { kind, item, actions: [] });
    seen.get(key).actions.push(v.actions[i]);
  });
  cmds.forEach((c, i) => collect('positional', c.positionals, i));
  // a step with its own parameters (slipwayPipeline) does not pass the command's options through
  if (!v.params.length) cmds.forEach((c, i) => collect('option', c.options, i));
  for (const { kind, item, actions } of seen.values()) {
    const only = v.actions.length && actions.length < v.actions.length ? actions.filter(Boolean) : [];
    if (kind === 'positional') rows.push(dt(item.name, `<strong>required</strong>${only.length ? ` for ${only.join(', ')}` : ''}`, esc(item.describe)));
    else rows.push(dt(item.param, item.required ? '<strong>required</strong>' : shownDefault(item.default ?? (item.type === 'boolean' ? false : undefined)), esc(item.describe) + (item.choices ? `: ${item.choices.map(code).join(', ')}` : '') + (only.length ? ` (for ${only.join(', ')})` : '')));
  }
  for (const g of t.globalOptions) rows.push(dt(g.param, shownDefault(g.default ?? (g.type === 'boolean' ? false : undefined)), esc(g.describe)));
  for (const p of v.params) rows.push(dt(p.name, shownDefault(p.default), esc(p.describe)));
  const secrets = [...new Set(cmds.flatMap((c) => c.secrets))];
  for (const [param, env] of Object.entries(t.credentials)) {
    if (!secrets.includes(env)) continue;
    const users = v.actions.filter((_, i) => cmds[i].secrets.includes(env));
    rows.push(dt(param, 'none', `ID of a Jenkins <em>Secret text</em> credential: ${esc(credentialWhat[env].what)}, given to the step as ${code(env)} through ${code('withCredentials')}, never on a command line${forActions(users, v.actions).replace(/^ \((.*)\)$/, ' (read by $1)')}.`));
  }
  return `<p>\n  <strong>${name}</strong>: ${esc(v.about)}\n</p>\n<p>Parameters:</p>\n<dl>\n${rows.join('\n')}\n</dl>\n<p>Example:</p>\n<pre>${esc(v.example).replace(/<code>|<\/code>/g, '`')}</pre>\n`;
}

function runnerHelp(t) {
  const rows = [
    dt('command', '<strong>required</strong>', `The slipway command, e.g. ${code('build')} or ${code('canary abort')}; ${code('resources/slipway/commands.json')} says what each one takes.`),
    dt('params', '[:]', 'The step\'s Map: the command\'s options by their camelCase names, its positional arguments by name, and credential ids (' + Object.keys(t.credentials).map(code).join(', ') + '). Only the credentials the command reads are bound.'),
    dt('args', 'null', 'Positional arguments as a List, instead of taking them from params by name. They reach the command as they are, never split on spaces.'),
  ];
  return `<p>\n  <strong>slipwayRun</strong>: The one runner every slipway step goes through. It writes the slipway bundle into the build's temp directory, checks the parameters against the command's declaration, binds exactly the credentials the command reads, runs the bundle with a single-quoted ${code('sh')} (the command, its arguments and options as JSON in ${code('SLIPWAY_PARAMS')}), and returns the command's result or stops with ${code('error("[slipway <command>] ...")')}.\n</p>\n<p>Parameters:</p>\n<dl>\n${rows.join('\n')}\n</dl>\n<p>Example:</p>\n<pre>slipwayRun('flags set', [app: 'examples/climbing-grade', name: 'myflag', value: 'enable', redisUrlId: 'slipway-redis-url'])</pre>\n`;
}

function readmeTable(t) {
  const lines = ['| command | what it does | secrets it reads | changes state | Jenkins step |', '|---|---|---|---|---|'];
  for (const [key, c] of Object.entries(t.commands)) {
    const usage = [key, ...c.positionals.map((p) => `<${p.name}>`), ...c.options.filter((o) => o.required).map((o) => `--${o.name} ${o.choices ? o.choices.join('\\|') : o.name.toUpperCase()}`)].join(' ');
    const secrets = c.secrets.length ? c.secrets.map((s) => `\`${s}\``).join(' ') : '—';
    lines.push(`| \`${usage}\` | ${c.describe.replace(/\|/g, '\\|').replace(/</g, '&lt;')} | ${secrets} | ${c.changesState ? 'yes' : 'no'} | ${c.var ? `\`${c.var}\`` : '—'} |`);
  }
  return `${START}\n${lines.join('\n')}\n${END}`;
}

/** Every generated file: path → text. */
function outputs() {
  const d = declarations();
  const t = table(d);
  const files = { 'resources/slipway/commands.json': JSON.stringify(t, null, 2) + '\n', 'vars/slipwayRun.txt': runnerHelp(t) };
  for (const [name, v] of Object.entries(t.vars)) files[`vars/${name}.txt`] = varHelp(name, v, t, d.CREDENTIAL_PARAMS);
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < 0) throw new Error('README.md has no commands markers');
  files['README.md'] = readme.slice(0, a) + readmeTable(t) + readme.slice(b + END.length);
  return files;
}

function main() {
  const stale = [];
  for (const [rel, text] of Object.entries(outputs())) {
    const file = path.join(root, rel);
    const now = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
    if (now === text) continue;
    if (process.argv.includes('--check')) stale.push(rel);
    else fs.writeFileSync(file, text);
  }
  if (stale.length) {
    console.error(`stale, generated from the command declarations: ${stale.join(', ')} — run \`node scripts/commands.cjs\``);
    process.exit(1);
  }
}

module.exports = { outputs };
if (require.main === module) main();
