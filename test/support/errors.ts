// What a synchronous call threw, when the test expects slipway's usage error (exit 2) and needs its message and hint.
import { UsageError } from '../../src/core/errors';

export function usageErrorOf(fn: () => unknown): UsageError {
  try {
    fn();
  } catch (err) {
    if (err instanceof UsageError) return err;
    throw err;
  }
  throw new Error('expected a UsageError');
}
