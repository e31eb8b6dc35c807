// Which ESLint lints the app, never bundled: the app's own ESLint 9 if it has one, else the one installed with
// slipway, else eslint@9 fetched from the npm registry ("npx"). Its JSON output becomes a list of problems.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createRequire } from 'node:module';

export interface LintProblem {
  /** Path relative to the app directory, "/" separated. */
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  rule: string;
  severity: 'error' | 'warning';
  message: string;
}

export type LintStatus = 'ran' | 'unavailable' | 'could-not-run';

export interface LintReport {
  status: LintStatus;
  /** Why lint did not run, in words a person acts on. */
  reason?: string;
  tool?: { version?: string; from: 'app' | 'slipway' | 'npx' | 'SLIPWAY_ESLINT' };
  config?: { from: 'app' | 'slipway-default'; file: string };
  files: number;
  errors: number;
  warnings: number;
  problems: LintProblem[];
}

export interface EslintBinary {
  /** argv before ESLint's own arguments: [node, bin], or [npx, --yes, eslint@9] for one fetched from the registry. */
  argv: string[];
  from: 'app' | 'slipway' | 'npx' | 'SLIPWAY_ESLINT';
  version?: string;
}

const APP_CONFIGS = ['eslint.config.js', 'eslint.config.cjs', 'eslint.config.mjs', 'eslint.config.ts', 'eslint.config.mts', 'eslint.config.cts'];

function eslintFrom(resolveFrom: string, within?: string): { bin: string; version: string } | undefined {
  try {
    const pkgFile = createRequire(resolveFrom).resolve('eslint/package.json');
    // resolution climbs parent directories: an ESLint above the app is not the app's own
    if (within && !pkgFile.startsWith(path.resolve(within) + path.sep)) return undefined;
    const pkg = JSON.parse(fs.readFileSync(pkgFile, 'utf8'));
    const rel = typeof pkg.bin === 'string' ? pkg.bin : pkg.bin?.eslint;
    if (!rel || Number(String(pkg.version).split('.')[0]) < 9) return undefined;
    return { bin: path.join(path.dirname(pkgFile), rel), version: pkg.version };
  } catch {
    return undefined;
  }
}

/**
 * Which ESLint runs. SLIPWAY_ESLINT may name an eslint.js to use, or "off"; SLIPWAY_ESLINT_NPX=0 forbids the
 * fetch from the npm registry.
 */
export function locateEslint(appDir: string, env: NodeJS.ProcessEnv, slipwayFile = __filename): EslintBinary | { unavailable: string } {
  if (env.SLIPWAY_ESLINT === 'off') return { unavailable: 'lint is turned off (SLIPWAY_ESLINT=off)' };
  if (env.SLIPWAY_ESLINT) {
    if (!fs.existsSync(env.SLIPWAY_ESLINT)) return { unavailable: `SLIPWAY_ESLINT names ${env.SLIPWAY_ESLINT}, which does not exist` };
    return { argv: [process.execPath, path.resolve(env.SLIPWAY_ESLINT)], from: 'SLIPWAY_ESLINT' };
  }
  const own = eslintFrom(path.join(appDir, 'package.json'), appDir);
  if (own) return { argv: [process.execPath, own.bin], from: 'app', version: own.version };
  const shipped = eslintFrom(slipwayFile);
  if (shipped) return { argv: [process.execPath, shipped.bin], from: 'slipway', version: shipped.version };
  if (env.SLIPWAY_ESLINT_NPX === '0') {
    return { unavailable: 'no ESLint 9 is installed with the app or with slipway, and the npx fallback is off (SLIPWAY_ESLINT_NPX=0)' };
  }
  return { argv: ['npx', '--yes', 'eslint@9'], from: 'npx' };
}

/** The app's flat config, or undefined when slipway's default applies. */
export function appEslintConfig(appDir: string): string | undefined {
  return APP_CONFIGS.map((f) => path.join(appDir, f)).find((f) => fs.existsSync(f));
}

/** slipway's shipped default as the text of a file ESLint can load, with .js as ES modules when the app says "type": "module". */
export function defaultConfigText(appDir: string): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require('../../resources/slipway/eslint.config.default.cjs') as unknown[];
  let type = 'commonjs';
  try {
    type = JSON.parse(fs.readFileSync(path.join(appDir, 'package.json'), 'utf8')).type ?? 'commonjs';
  } catch {
    /* no package.json: plain CommonJS */
  }
  const full = type === 'module' ? [...config, { files: ['**/*.js'], languageOptions: { sourceType: 'module' } }] : config;
  return `// written by slipway analyse from its default\nmodule.exports = ${JSON.stringify(full, null, 2)};\n`;
}

/** The default config written to a fresh temporary file. */
export function writeDefaultConfig(appDir: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'slipway-eslint-')), 'eslint.config.cjs');
  fs.writeFileSync(file, defaultConfigText(appDir));
  return file;
}

interface EslintJsonFile {
  filePath: string;
  messages: { ruleId: string | null; severity: number; message: string; line?: number; column?: number; endLine?: number; endColumn?: number; fatal?: boolean }[];
}

/** ESLint's --format json output → problems with app-relative paths. */
export function parseEslintJson(text: string, appDir: string): Pick<LintReport, 'files' | 'errors' | 'warnings' | 'problems'> {
  const files = JSON.parse(text) as EslintJsonFile[];
  const problems: LintProblem[] = [];
  for (const f of files) {
    const rel = path.relative(appDir, f.filePath).split(path.sep).join('/');
    for (const m of f.messages) {
      problems.push({
        file: rel,
        line: m.line ?? 1,
        column: m.column ?? 1,
        ...(m.endLine ? { endLine: m.endLine } : {}),
        ...(m.endColumn ? { endColumn: m.endColumn } : {}),
        // a parse error has no rule: it is the syntax itself
        rule: m.ruleId ?? (m.fatal ? 'syntax' : 'eslint'),
        severity: m.severity === 2 ? 'error' : 'warning',
        message: m.message,
      });
    }
  }
  return { files: files.length, errors: problems.filter((p) => p.severity === 'error').length, warnings: problems.filter((p) => p.severity === 'warning').length, problems };
}

/** ESLint's own arguments: JSON into a file (stdout may carry warnings), every file of the app. */
export function eslintArgs(configFile: string | undefined, outFile: string): string[] {
  return [...(configFile ? ['--config', configFile] : []), '--format', 'json', '--output-file', outFile, '--no-warn-ignored', '.'];
}

export interface CommandAnswer {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

/** What ESLint's run left (its exit, its words, the JSON file) as a report. */
export function lintReportOf(answer: CommandAnswer, outFile: string, appDir: string, eslint: EslintBinary, configFile: string | undefined, configFrom: 'app' | 'slipway-default', timeoutMs: number): LintReport {
  const code = answer.exitCode;
  const said = `${answer.stderr}\n${answer.stdout}`.trim().split('\n').filter((l) => !/^npm warn/i.test(l)).slice(-8).join('\n');
  const base = { tool: { version: eslint.version, from: eslint.from }, config: { from: configFrom, file: configFile ?? '' }, files: 0, errors: 0, warnings: 0, problems: [] };
  if ((code === 0 || code === 1) && fs.existsSync(outFile)) return { status: 'ran', ...base, ...parseEslintJson(fs.readFileSync(outFile, 'utf8'), appDir) };
  if (code === 127) return { ...base, status: 'unavailable', reason: `${eslint.argv[0]} is not on PATH` };
  return { ...base, status: 'could-not-run', reason: `ESLint stopped with ${answer.timedOut ? `a time-out after ${timeoutMs / 1000} s` : `exit code ${code}`}${said ? `:\n${said}` : ''}` };
}
