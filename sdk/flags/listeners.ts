// The client's change and status subscribers: a listener that throws is logged and the others still hear the news.
export class Listeners<T> {
  private readonly listeners = new Set<(value: T) => void>();

  constructor(private readonly onThrow: (err: Error) => void) {}

  /** Returns the unsubscribe. */
  add(listener: (value: T) => void): () => boolean {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(value: T): void {
    for (const listener of this.listeners) {
      try {
        listener(value);
      } catch (err) {
        this.onThrow(err as Error);
      }
    }
  }
}
