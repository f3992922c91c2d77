import type { Timers } from './analysisCache';

/**
 * Runs an action once a key has been quiet for a while: each request replaces the pending one
 * for its key, so a burst of keystrokes leads to one action after the last.
 */
export class KeyedDebouncer {
  private readonly pending = new Map<string, unknown>();
  /** Who waits for a key to become quiet (its action run or cancelled). */
  private readonly waiting = new Map<string, (() => void)[]>();

  constructor(private readonly timers: Timers) {}

  request(key: string, delayMs: number, action: () => void): void {
    this.timers.clearTimeout(this.pending.get(key));
    this.pending.set(key, this.timers.setTimeout(() => {
      this.pending.delete(key);
      action();
      this.release(key);
    }, delayMs));
  }

  cancel(key: string): void {
    if (!this.pending.has(key)) return;
    this.timers.clearTimeout(this.pending.get(key));
    this.pending.delete(key);
    this.release(key);
  }

  /** Resolves once the key has no pending action: at once when it is quiet already. */
  whenQuiet(key: string): Promise<void> {
    if (!this.pending.has(key)) return Promise.resolve();
    return new Promise((resolve) => this.waiting.set(key, [...(this.waiting.get(key) ?? []), resolve]));
  }

  private release(key: string): void {
    const waiting = this.waiting.get(key);
    this.waiting.delete(key);
    waiting?.forEach((resolve) => resolve());
  }

  cancelAll(): void {
    for (const key of [...this.pending.keys()]) this.cancel(key);
  }
}
