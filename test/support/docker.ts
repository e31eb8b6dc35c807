// The real Docker engine the integration tests use; a test that needs it fails loudly when it is absent.
import Docker from 'dockerode';

export const docker = new Docker();

export async function requireDocker(): Promise<Docker> {
  try {
    await docker.ping();
  } catch (err) {
    throw new Error(`no Docker engine answers (${(err as Error).message}): run \`npm test\`, which provisions one, or \`sudo slipway provision\``);
  }
  return docker;
}

/** Removes every container carrying this label, so a test leaves nothing behind. */
export async function removeLabelled(label: string): Promise<void> {
  const list = await docker.listContainers({ all: true, filters: { label: [label] } });
  await Promise.all(list.map((c) => docker.getContainer(c.Id).remove({ force: true }).catch(() => undefined)));
}
