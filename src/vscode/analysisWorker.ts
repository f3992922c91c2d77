// The analysis in a worker thread of the Node extension host (bundled as dist/analysisWorker.js):
// the editor's thread never runs it, so typing never waits for it. No `vscode` here.
import { parentPort } from 'node:worker_threads';
import { analyzeSteps } from '../core/analyze';
import { editorAnalysisSteps } from './model/analysisCache';
import { toPieces, WorkerReply, WorkerRequest } from './workerProtocol';

function analyse({ id, text, cancel }: WorkerRequest): WorkerReply {
  const cancelled = new Int32Array(cancel);
  const steps = editorAnalysisSteps(analyzeSteps, text);
  try {
    for (;;) {
      // Set by the extension host once the result would be thrown away: stop at the next step.
      if (Atomics.load(cancelled, 0) !== 0) {
        steps.return(undefined as never);
        return { id, cancelled: true };
      }
      const step = steps.next();
      if (step.done) return { id, result: toPieces(step.value) };
    }
  } catch (error) {
    return { id, error: error instanceof Error ? error.stack ?? error.message : String(error) };
  }
}

parentPort?.on('message', (request: WorkerRequest) => parentPort?.postMessage(analyse(request)));
