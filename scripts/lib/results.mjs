// Results files written by the suites (counts come from mocha's runner, never from its prose).
import { existsSync, readFileSync } from 'node:fs';

/** { passes, failures, pending, done, metrics? } or null when the file is missing or unreadable. */
export function readResults(path) {
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

/** Counts for a layer: failures include one for a run that did not finish or ran nothing. */
export function layerCounts(results, runSucceeded) {
  if (!results || !results.done) return { passed: results?.passes ?? 0, failed: (results?.failures ?? 0) + 1 };
  const ranNothing = results.passes + results.failures === 0;
  const unexplainedFailure = !runSucceeded && results.failures === 0;
  return { passed: results.passes, failed: results.failures + (ranNothing || unexplainedFailure ? 1 : 0) };
}

export function printMetrics(results) {
  for (const [name, value] of Object.entries(results?.metrics ?? {})) console.log(`metric: ${name} ${value}`);
}
