/**
 * A clock for the analysis that does not tick with time: it counts calls of the built-in
 * operations the core spends its time in (Map and Set look-ups, slicing, joining, searching
 * arrays), so a test can bound the work of one step, or how work grows with the input, the same
 * on every machine and every run.
 */
import { analyzeSteps } from '../../src/core/index';

type Method = (this: unknown, ...args: unknown[]) => unknown;

const METERED: Array<[Record<string, Method>, string]> = [
  [Map.prototype, 'get'], [Map.prototype, 'set'], [Map.prototype, 'has'],
  [Set.prototype, 'has'], [Set.prototype, 'add'],
  [Array.prototype, 'slice'], [Array.prototype, 'join'], [Array.prototype, 'map'], [Array.prototype, 'some'],
  [Array.prototype, 'filter'], [Array.prototype, 'find'], [Array.prototype, 'indexOf'], [Array.prototype, 'includes'],
  [String.prototype, 'slice'], [String.prototype, 'startsWith'], [String.prototype, 'endsWith'],
] as unknown as Array<[Record<string, Method>, string]>;

/** The operations each step of analyzeSteps(text) performs, step by step, and the annotations. */
export function operationsPerStep(text: string): number[] {
  let operations = 0;
  const originals = METERED.map(([owner, name]) => owner[name]);
  METERED.forEach(([owner, name], i) => {
    const original = originals[i];
    owner[name] = function (this: unknown, ...args: unknown[]): unknown {
      operations++;
      return original.apply(this, args);
    };
  });
  try {
    const counts: number[] = [];
    const steps = analyzeSteps(text);
    for (;;) {
      operations = 0;
      const step = steps.next();
      counts.push(operations);
      if (step.done) return counts;
    }
  } finally {
    METERED.forEach(([owner, name], i) => (owner[name] = originals[i]));
  }
}
