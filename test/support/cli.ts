// Runs the slipway command in-process with captured output, as a user would from a shell.
import { PassThrough } from 'node:stream';
import { main } from '../../src/cli';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  json<T = any>(): T;
}

export async function runCli(args: string[], env: Record<string, string | undefined> = {}): Promise<CliRun> {
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = '';
  let stderr = '';
  out.on('data', (c) => (stdout += c));
  err.on('data', (c) => (stderr += c));
  const code = await main(args, { out, err, env: { ...process.env, ...env } });
  return { code, stdout, stderr, json: () => JSON.parse(stdout) };
}
