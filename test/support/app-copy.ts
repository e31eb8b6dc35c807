// A throw-away copy of the sample app under its own name, so tests can break it and tag images without
// touching examples/ or each other. Removes the images it tagged when asked.
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { docker } from './docker';
import { tmpDir } from './tmp';

export const SAMPLE_APP = path.resolve(__dirname, '../../examples/climbing-grade');

export interface AppCopy {
  dir: string;
  name: string;
  /** Commits everything on `branch`; returns the commit id. */
  commit(branch?: string): string;
  write(rel: string, text: string): void;
  append(rel: string, text: string): void;
  removeImages(): Promise<void>;
}

export function copySampleApp(prefix = 'cg-test'): AppCopy {
  if (!fs.existsSync(path.join(SAMPLE_APP, 'package.json'))) throw new Error(`the sample app is missing at ${SAMPLE_APP}`);
  const name = `${prefix}-${crypto.randomBytes(3).toString('hex')}`;
  const dir = path.join(tmpDir('slipway-app-'), name);
  fs.cpSync(SAMPLE_APP, dir, { recursive: true, filter: (src) => !/[\\/](node_modules|reports)([\\/]|$)/.test(src) });
  const configFile = path.join(dir, 'slipway.json');
  const config = fs.existsSync(configFile) ? JSON.parse(fs.readFileSync(configFile, 'utf8')) : {};
  // offline base image; the app's own name so images and containers are this test's alone
  config.app = { ...config.app, name };
  config.images = { ...config.images, pull: false };
  fs.writeFileSync(configFile, JSON.stringify(config, null, 2));
  const git = (...args: string[]) => execFileSync('git', ['-C', dir, '-c', 'user.name=slipway test', '-c', 'user.email=test@slipway.invalid', ...args], { encoding: 'utf8' }).trim();
  return {
    dir,
    name,
    commit(branch = 'main') {
      if (!fs.existsSync(path.join(dir, '.git'))) git('init', '-q', '-b', branch);
      else git('checkout', '-q', '-B', branch);
      git('add', '-A');
      git('commit', '-q', '--allow-empty', '-m', 'test revision');
      return git('rev-parse', 'HEAD');
    },
    write: (rel, text) => {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), text);
    },
    append: (rel, text) => fs.appendFileSync(path.join(dir, rel), text),
    async removeImages() {
      const images = await docker.listImages({ filters: { reference: [name] } });
      for (const image of images) await docker.getImage(image.Id).remove({ force: true }).catch(() => undefined);
    },
  };
}
