import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { docker, requireDocker } from '../support/docker';
import { dockerdArgs } from '../support/dockerd';
import { leftovers, startSwarmLab } from '../support/swarm-lab';
import { loudly } from '../support/hooks';
import * as fs from 'node:fs';
import { DAEMON_JSON } from '../../src/provision/dockerd';

const lab = suite('the swarm lab: a real two-node swarm on this machine, and nothing of it left afterwards');

lab.before(loudly(() => requireDocker()));

lab('two engines join one swarm over a veth pair, and teardown puts the shared dockerd back as it was', async () => {
  const argsBefore = dockerdArgs();
  const daemonJsonBefore = fs.existsSync(DAEMON_JSON);
  const before = await leftovers();
  const swarm = await startSwarmLab(2);
  try {
    const nodes = await docker.listNodes();
    assert.is(nodes.length, 2);
    assert.equal(nodes.map((n) => n.Status?.Addr).sort(), ['169.254.64.1', '169.254.64.2']);
    assert.ok(nodes.every((n) => n.Status?.State === 'ready'));
    assert.is((await swarm.worker!.info()).Swarm?.ControlAvailable, false, 'the second engine is a worker');
    const gw = await docker.getNetwork('docker_gwbridge').inspect();
    assert.match(gw.IPAM?.Config?.[0]?.Subnet ?? '', /^169\.254\./);
  } finally {
    await swarm.teardown();
  }
  assert.equal(await leftovers(), before);
  assert.equal(dockerdArgs(), argsBefore);
  assert.is((await docker.info()).LiveRestoreEnabled, argsBefore.includes('--live-restore'));
  assert.is(fs.existsSync(DAEMON_JSON), daemonJsonBefore, 'daemon.json as it was');
});

lab.run();
