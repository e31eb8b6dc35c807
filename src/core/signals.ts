// The one wait for SIGINT/SIGTERM that the long-running commands (proxy, flags, autoscaler, monitors watch) share.
import { UsageError } from './errors';

const STOP_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/**
 * Listens for SIGINT/SIGTERM (and, with timeoutMs, a timer) until the first of them arrives or dispose is called;
 * `reason` says which came first.
 */
export class StopSignal {
  reason?: string;
  readonly stopped: Promise<string>;
  private wake = () => undefined as void;
  private readonly timer?: NodeJS.Timeout;
  private readonly listeners = STOP_SIGNALS.map((name) => [name, () => this.stop(name)] as const);
  private resolve!: (reason: string) => void;

  constructor(opts: { timeoutMs?: number; timeoutReason?: string } = {}) {
    this.stopped = new Promise((resolve) => (this.resolve = resolve));
    for (const [name, listener] of this.listeners) process.once(name, listener);
    if (opts.timeoutMs) this.timer = setTimeout(() => this.stop(opts.timeoutReason ?? `${opts.timeoutMs} ms passed`), opts.timeoutMs);
  }

  /** Waits ms, or less when a stop arrives meanwhile. */
  sleep(ms: number): Promise<void> {
    if (this.reason || ms <= 0) return Promise.resolve();
    return new Promise((resolve) => {
      const t = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(t);
        resolve();
      };
    });
  }

  dispose(): void {
    for (const [name, listener] of this.listeners) process.removeListener(name, listener);
    if (this.timer) clearTimeout(this.timer);
  }

  private stop(reason: string): void {
    if (this.reason) return;
    this.reason = reason;
    this.dispose();
    this.wake();
    this.resolve(reason);
  }
}

/** Resolves with the signal's name (or timeoutReason) once the process is asked to stop. */
/** `--for N` of a service in the foreground: 0 (absent) runs until a stop signal. */
export function forSeconds(value: unknown): number {
  const forSec = value === undefined ? 0 : Number(value);
  if (!Number.isFinite(forSec) || forSec < 0) throw new UsageError(`--for: expected 0 (until SIGTERM) or a number of seconds, got ${JSON.stringify(value)}`, 'e.g. --for 60');
  return forSec;
}

export async function untilStopSignal(opts: { timeoutMs?: number; timeoutReason?: string } = {}): Promise<string> {
  return new StopSignal(opts).stopped;
}
