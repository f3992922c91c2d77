// Results files written by the suites (counts come from mocha's runner, never from its prose).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { MissingPrerequisiteError } from './system.mjs';

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

/**
 * Runs a layer's `main` (resolving to { passed, failed, metrics }), hands its counts to the caller
 * of the layer (LAYER_RESULTS_FILE), prints the closing line and exits with the verdict.
 */
export async function runLayer(main) {
  let summary;
  try {
    summary = await main();
  } catch (error) {
    console.error(error instanceof MissingPrerequisiteError ? error.message : error);
    summary = { passed: 0, failed: 1, metrics: {}, error: String(error?.message ?? error) };
  }
  if (process.env.LAYER_RESULTS_FILE) writeFileSync(process.env.LAYER_RESULTS_FILE, JSON.stringify(summary, null, 2) + '\n');
  console.log(`${summary.passed} passed, ${summary.failed} failed`);
  process.exit(summary.failed > 0 ? 1 : 0);
}
