// Measurements printed as `metric: name value` and handed to the runner through the results file.
// They are never asserted: speed is reported, not tested.
const metrics: Record<string, number> = {};

export function recordMetric(name: string, value: number): void {
  const rounded = Math.round(value * 10) / 10;
  metrics[name] = rounded;
}

export function recordedMetrics(): Record<string, number> {
  return { ...metrics };
}

/** Longest gap between ticks of a 1 ms interval timer: how long the event loop was blocked. */
export class EventLoopStallMonitor {
  private last = performance.now();
  private longest = 0;
  private readonly timer = setInterval(() => {
    const now = performance.now();
    this.longest = Math.max(this.longest, now - this.last);
    this.last = now;
  }, 1);

  stop(): number {
    clearInterval(this.timer);
    return Math.max(this.longest, performance.now() - this.last);
  }
}
