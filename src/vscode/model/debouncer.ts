import type { Timers } from './analysisCache';

/**
 * Runs an action once a key has been quiet for a while: each request replaces the pending one
 * for its key, so a burst of keystrokes leads to one action after the last.
 */
export class KeyedDebouncer {
  private readonly pending = new Map<string, unknown>();

  constructor(private readonly timers: Timers) {}

  request(key: string, delayMs: number, action: () => void): void {
    this.cancel(key);
    this.pending.set(key, this.timers.setTimeout(() => {
      this.pending.delete(key);
      action();
    }, delayMs));
  }

  cancel(key: string): void {
    if (!this.pending.has(key)) return;
    this.timers.clearTimeout(this.pending.get(key));
    this.pending.delete(key);
  }

  cancelAll(): void {
    for (const key of [...this.pending.keys()]) this.cancel(key);
  }
}
