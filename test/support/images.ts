// Sample-app images for integration tests, built straight through the Docker API on the offline base image.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { docker, requireDocker } from './docker';
import { runCli } from './cli';

export const BASE_IMAGE = 'slipway/node:20-bookworm-slim';
export const SAMPLE_APP = path.resolve(__dirname, '../../examples/climbing-grade');

export async function ensureBaseImage(): Promise<string> {
  await requireDocker();
  try {
    await docker.getImage(BASE_IMAGE).inspect();
  } catch {
    const r = await runCli(['base-image', '--no-pull', '--app', SAMPLE_APP]);
    if (r.code !== 0) throw new Error(`slipway base-image failed: ${r.stderr}`);
  }
  return BASE_IMAGE;
}

/** The sample app as image `tag`; `version` goes into a label, so each version is a distinct image id. */
export async function sampleAppImage(tag: string, version: string): Promise<string> {
  await ensureBaseImage();
  const stream = await docker.buildImage({ context: SAMPLE_APP, src: fs.readdirSync(SAMPLE_APP) }, { t: tag, buildargs: { NODE_IMAGE: BASE_IMAGE }, labels: { 'org.opencontainers.image.version': version, 'org.opencontainers.image.revision': `rev-${version}` } });
  await follow(stream);
  return (await docker.getImage(tag).inspect()).Id;
}

/** An app whose health path answers 200 and everything else 500: it deploys, and the canary proxy must eject it. */
export async function failingImage(tag: string): Promise<string> {
  await ensureBaseImage();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slipway-500-'));
  const script = "require('http').createServer((q,s)=>{s.writeHead(q.url==='/health'?200:500,{'content-type':'application/json'});s.end(JSON.stringify({revision:'bad'}))}).listen(+process.env.PORT,process.env.HOST)";
  fs.writeFileSync(path.join(dir, 'Dockerfile'), `FROM ${BASE_IMAGE}\nUSER 1000:1000\nCMD ${JSON.stringify(['node', '-e', script])}\n`);
  const stream = await docker.buildImage({ context: dir, src: ['Dockerfile'] }, { t: tag });
  await follow(stream);
  fs.rmSync(dir, { recursive: true, force: true });
  return tag;
}

/** An image whose process exits at once: a deploy of it must fail its health check. */
export async function brokenImage(tag: string): Promise<string> {
  await ensureBaseImage();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slipway-broken-'));
  fs.writeFileSync(path.join(dir, 'Dockerfile'), `FROM ${BASE_IMAGE}\nCMD ["node", "-e", "console.error('boom: missing config'); process.exit(3)"]\n`);
  const stream = await docker.buildImage({ context: dir, src: ['Dockerfile'] }, { t: tag });
  await follow(stream);
  fs.rmSync(dir, { recursive: true, force: true });
  return tag;
}

function follow(stream: NodeJS.ReadableStream): Promise<void> {
  return new Promise((resolve, reject) =>
    docker.modem.followProgress(stream, (err: Error | null, out: { error?: string }[]) => {
      const failed = out?.find((m) => m.error);
      if (err || failed) reject(err ?? new Error(failed!.error));
      else resolve();
    }),
  );
}
