/**
 * The worker thread of a batch run: analyses one text at a time and sends back what the main
 * thread writes (the annotation JSON as a string) and sums (counts and the article's tally).
 * It runs the same bundle as the command: index.ts starts it when loaded as this worker.
 */
import { isMainThread, parentPort, workerData } from 'worker_threads';
import { tallyArticle, ArticleTally } from '../core/export/corpus-tally';
import { analyze } from '../core/index';

const WORKER_ROLE = 'annotate-batch-worker';

export const ANALYSIS_WORKER_DATA = { role: WORKER_ROLE };

export interface AnalysisRequest {
  text: string;
  /** Whether the annotation JSON is wanted (jsonl, --out) or only the counts and tally (CSV). */
  json: boolean;
}

export type AnalysisReply =
  | { ok: true; json?: string; entities: number; quotes: number; tally: ArticleTally }
  | { ok: false; error: string };

export function isAnalysisWorker(): boolean {
  return !isMainThread && (workerData as { role?: unknown } | null)?.role === WORKER_ROLE;
}

export function serveAnalyses(): void {
  parentPort?.on('message', (request: AnalysisRequest) => {
    let reply: AnalysisReply;
    try {
      const annotations = analyze(request.text);
      reply = { ok: true, entities: annotations.entities.length, quotes: annotations.quotes.length, tally: tallyArticle(annotations) };
      if (request.json) reply.json = JSON.stringify(annotations);
    } catch (error) {
      // The core promises never to throw; one article that makes it is reported, not the run lost.
      reply = { ok: false, error: `internal error: ${error instanceof Error ? error.message : String(error)}` };
    }
    parentPort?.postMessage(reply);
  });
}
