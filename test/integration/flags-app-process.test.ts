import { suite } from 'uvu';
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { eventually, flagScenario } from './flags-app-scenario';

const appProcess = suite('sample app process reading flags through the slipway client');

const SERVER = path.resolve(__dirname, '../../examples/climbing-grade/src/server.js');

flagScenario(appProcess, async (env) => {
  const child = spawn(process.execPath, [SERVER], { env: { PATH: process.env.PATH, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (c) => (stderr += c));
  const url = `http://127.0.0.1:${env.PORT}`;
  await eventually(`the sample app answers on ${url} (stderr: ${stderr})`, async () => (await fetch(`${url}/health`)).status === 200);
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
});

appProcess.run();
