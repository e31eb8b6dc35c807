// A child process of bench/flags.ts: the toggle server (OFREP and its event stream) on a port of its own, so the
// load generator does not share its event loop. Reports its URL over IPC and stops on request.
import { startToggleServer } from '../src/flags/serve';

const [redisUrl, namespace, readToken] = process.argv.slice(2);

async function main(): Promise<void> {
  const server = await startToggleServer({ redisUrl, namespace, defaults: {}, host: '127.0.0.1', port: 0, readToken, legacyGetToggle: false, log: () => undefined });
  process.send!({ type: 'ready', url: server.url });
  process.on('message', (m: { type: string }) => {
    if (m.type === 'stop') void server.stop().then(() => process.exit(0));
  });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
