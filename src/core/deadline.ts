// Polling with a deadline, for things that come up on their own time (daemons, health checks).
import { StepFailed } from './errors';

export async function waitFor(what: string, ready: () => Promise<boolean>, timeoutMs: number, hint?: string, intervalMs = 200): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await ready()) return;
    if (Date.now() > deadline) throw new StepFailed(`${what} not ready after ${Math.round(timeoutMs / 1000)} s`, hint);
    await sleep(intervalMs);
  }
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
