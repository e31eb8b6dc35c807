#!/usr/bin/env node
// The slipway command: yargs over the command modules, exit codes 0 done / 1 step failed / 2 bad usage or config.
import * as fs from 'node:fs';
import yargs from 'yargs/yargs';
import { hideBin } from 'yargs/helpers';
import { commands } from './commands';
import { GLOBAL_OPTIONS, toYargs, yargsOption, type Io, type Outcome } from './core/command';
import { UsageError, describeError, exitCodeOf } from './core/errors';
import { secretsFromEnv } from './core/secrets';
import { argvFromParams } from './core/params';

export async function main(rawArgv: string[], io: Partial<Io> = {}): Promise<number> {
  const env = io.env ?? process.env;
  const out = io.out ?? process.stdout;
  const err = io.err ?? process.stderr;
  let outcome: Outcome | undefined;
  let resultFile: string | undefined;
  let exitCode = 0;
  try {
    const { argv, positionals } = argvFromParams(rawArgv, env);
    resultFile = optionValue(argv, '--result-file');
    const fullIo: Io = { out, err, env, positionals, onOutcome: (o) => (outcome = o) };
    let parser = yargs(argv)
      .scriptName('slipway')
      .usage('$0 <command> [options]\n\nFrom git push to production on a Docker host: build, test, analyse, canary deploy, monitors, autoscaler, feature flags.')
      .options(Object.fromEntries(GLOBAL_OPTIONS.map((o) => [o.name, { ...yargsOption(o), global: true }])))
      .option('result-file', { type: 'string', describe: 'Also write the outcome as JSON to this file (the Jenkins steps read it)', global: true, hidden: true })
      .option('params-from-env', { type: 'string', describe: 'Read the command and its options as JSON from this env var (the Jenkins steps use it)', global: true, hidden: true })
      .strict()
      .demandCommand(1, 'name a command; `slipway --help` lists them')
      .recommendCommands()
      .help()
      .alias('help', 'h')
      .version(false)
      .wrap(Math.min(110, process.stdout.columns ?? 100))
      .exitProcess(false)
      .fail((msg, e) => {
        if (e) throw e;
        // yargs' suggestion alone does not say what was wrong
        const word = argv.find((a) => !a.startsWith('-'));
        const text = /^Did you mean/.test(msg) ? `unknown command '${word}'. ${msg}` : msg;
        throw new UsageError(text, 'see `slipway --help` (every command has --help too)');
      });
    for (const def of commands) parser = parser.command(toYargs(def, fullIo));
    let helpShown = false;
    await parser.parseAsync(argv, {}, (e, _parsed, output) => {
      if (output && !e) {
        out.write(output + '\n');
        helpShown = true;
      }
    });
    if (!outcome && !helpShown) return 0;
  } catch (e) {
    exitCode = exitCodeOf(e);
    const secrets = secretsFromEnv(env);
    err.write(secrets.mask(`slipway: ${describeError(e)}`) + '\n');
    if (resultFile) writeResult(resultFile, { ok: false, exitCode, error: secrets.mask(describeError(e)) });
    return exitCode;
  }
  if (resultFile) writeResult(resultFile, { ok: true, exitCode: 0, ...outcome });
  return exitCode;
}

function optionValue(argv: string[], name: string): string | undefined {
  const i = argv.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (i < 0) return undefined;
  return argv[i].includes('=') ? argv[i].slice(argv[i].indexOf('=') + 1) : argv[i + 1];
}

function writeResult(file: string, value: unknown): void {
  fs.writeFileSync(file, JSON.stringify(value, null, 2) + '\n');
}

if (require.main === module) {
  main(hideBin(process.argv)).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`slipway: ${describeError(e)}\n`);
      process.exitCode = 1;
    },
  );
}
