// Exit codes of the slipway command: 0 done, 1 the step ran and failed, 2 bad usage or config (nothing changed).

export class UsageError extends Error {
  readonly exitCode = 2;
  constructor(message: string, readonly hint?: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export class StepFailed extends Error {
  readonly exitCode = 1;
  constructor(message: string, readonly hint?: string, readonly details?: unknown) {
    super(message);
    this.name = 'StepFailed';
  }
}

export function exitCodeOf(err: unknown): number {
  if (err instanceof UsageError || err instanceof StepFailed) return err.exitCode;
  return 1;
}

export function describeError(err: unknown): string {
  if (err instanceof UsageError || err instanceof StepFailed) {
    return err.hint ? `${err.message}\n  → ${err.hint}` : err.message;
  }
  if (err instanceof Error) return err.stack ?? err.message;
  return String(err);
}
