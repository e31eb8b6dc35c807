// uvu swallows an error thrown in a before/after hook (the suite just shows 0 passed): print it first.
export function loudly<T>(hook: (ctx: T) => unknown): (ctx: T) => Promise<void> {
  return async (ctx: T) => {
    try {
      await hook(ctx);
    } catch (err) {
      console.error('hook failed:', err);
      throw err;
    }
  };
}
