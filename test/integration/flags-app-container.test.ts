import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { docker, requireDocker, removeLabelled } from '../support/docker';
import { runCli } from '../support/cli';
import { copySampleApp, type AppCopy } from '../support/app-copy';
import { eventually, flagScenario } from './flags-app-scenario';

const appContainer = suite('sample app container (built by slipway build) reading flags through the slipway client');

const LABEL = 'slipway.test=flags-app-container';
let copy: AppCopy;
let image: string;

flagScenario(appContainer, async (env) => {
  const name = `${copy.name}-flags-test`;
  const container = await docker.createContainer({
    name,
    Image: image,
    Env: Object.entries(env).map(([k, v]) => `${k}=${v}`),
    Labels: { 'slipway.test': 'flags-app-container' },
    HostConfig: { NetworkMode: 'host' },
  });
  await container.start();
  const url = `http://127.0.0.1:${env.PORT}`;
  await eventually(`the sample app container answers on ${url}`, async () => (await fetch(`${url}/health`)).status === 200, 30_000);
  return {
    url,
    stop: async () => {
      await container.stop({ t: 5 }).catch(() => undefined);
      await container.remove({ force: true }).catch(() => undefined);
    },
  };
}, {
  before: async () => {
    await requireDocker();
    await removeLabelled(LABEL);
    copy = copySampleApp('cg-flags');
    const base = await runCli(['base-image', '--no-pull', '--app', copy.dir]);
    assert.is(base.code, 0, base.stderr);
    const built = await runCli(['build', '--app', copy.dir, '--json'], { BRANCH_NAME: undefined, GIT_BRANCH: undefined, GIT_COMMIT: undefined });
    assert.is(built.code, 0, built.stderr);
    image = built.json().result.image;
  },
});

appContainer.after(async () => {
  await removeLabelled(LABEL);
  await copy?.removeImages();
});

appContainer.run();
