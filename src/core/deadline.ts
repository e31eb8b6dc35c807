// Polling with a deadline, for things that come up or drain on their own time (daemons, health checks, requests).
import { StepFailed } from './errors';

/** Asks `ready` every intervalMs until it says yes (true) or timeoutMs has passed (false); asks once more at the end. */
export async function pollUntil(ready: () => boolean | Promise<boolean>, timeoutMs: number, intervalMs = 200): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await ready()) return true;
    const left = deadline - Date.now();
    if (left <= 0) return false;
    await sleep(Math.min(intervalMs, left));
  }
}

/** pollUntil that fails the step, naming what never became ready. */
export async function waitFor(what: string, ready: () => Promise<boolean>, timeoutMs: number, hint?: string, intervalMs = 200): Promise<void> {
  if (!(await pollUntil(ready, timeoutMs, intervalMs))) throw new StepFailed(`${what} not ready after ${Math.round(timeoutMs / 1000)} s`, hint);
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
