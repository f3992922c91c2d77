// Where the Node extension host analyses: in a worker thread. scripts/build.mjs gives the browser
// bundle analyzerLoader.web.ts instead.
import { existsSync } from 'node:fs';
import { Analyzer, slicedAnalyzer, Timers } from './model/analysisCache';
import { WORKER_SCRIPT, WorkerAnalyzer } from './workerAnalyzer';

let worker: WorkerAnalyzer | undefined;
let backgroundWorker: WorkerAnalyzer | undefined;

/** The worker thread's analyzer; the core in slices on this thread when the worker script is missing. */
export async function loadAnalyzer(timers: Timers, sliceMs: number): Promise<Analyzer> {
  if (!existsSync(WORKER_SCRIPT)) return slicedAnalyzer((await import('../core/analyze')).analyzeSteps, timers, sliceMs);
  worker ??= new WorkerAnalyzer();
  return worker.analyze;
}

/**
 * A second worker thread for the Corpus view's many articles, so that the open document's analysis
 * never waits behind them.
 */
export async function loadBackgroundAnalyzer(timers: Timers, sliceMs: number): Promise<Analyzer> {
  if (!existsSync(WORKER_SCRIPT)) return loadAnalyzer(timers, sliceMs);
  backgroundWorker ??= new WorkerAnalyzer();
  return backgroundWorker.analyze;
}

export function disposeAnalyzer(): void {
  worker?.dispose();
  worker = undefined;
  backgroundWorker?.dispose();
  backgroundWorker = undefined;
}
