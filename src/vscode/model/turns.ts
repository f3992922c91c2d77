import type { Timers } from './analysisCache';

/**
 * Hands out turns of the event loop one at a time, first come first served. When an analysis
 * arrives, every view waiting for it would otherwise go on in the same turn (promise callbacks run
 * back to back): on a 2 MB article the Speakers view, the Outline's symbols and the highlights
 * together held the extension host about 250 ms. Taking a turn each, they leave room between
 * them for keystrokes and other events.
 */
export class TurnQueue {
  private readonly waiting: (() => void)[] = [];
  private scheduled = false;

  constructor(private readonly timers: Timers) {}

  /** Resolves on a turn of its own, after the turns asked for before. */
  next(): Promise<void> {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    this.timers.setTimeout(() => {
      this.scheduled = false;
      this.waiting.shift()?.();
      if (this.waiting.length > 0) this.schedule();
    }, 0);
  }
}
