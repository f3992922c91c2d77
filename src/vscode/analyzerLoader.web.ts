// Where the browser extension host analyses (vscode.dev): on its own thread, in slices of
// about `sliceMs` with a turn of the event loop between them. Swapped in by scripts/build.mjs.
import { Analyzer, slicedAnalyzer, Timers } from './model/analysisCache';

export async function loadAnalyzer(timers: Timers, sliceMs: number): Promise<Analyzer> {
  return slicedAnalyzer((await import('../core/analyze')).analyzeSteps, timers, sliceMs);
}

/** The Corpus view's analyses take turns with the open document's on the one thread there is. */
export const loadBackgroundAnalyzer = loadAnalyzer;

export function disposeAnalyzer(): void {
  // Nothing runs beside the extension host's own thread.
}
