import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { Analyzer, AnalyzerResult, realTimers, Timers } from './model/analysisCache';
import { TurnQueue } from './model/turns';
import { fromPieces, WorkerReply, WorkerRequest } from './workerProtocol';

/** How often a running analysis is asked whether its result is still wanted. */
const STALE_POLL_MS = 20;

/** The worker script beside this file: dist/analysisWorker.js in the bundle, out/src/vscode/ under tsc. */
export const WORKER_SCRIPT = join(__dirname, 'analysisWorker.js');

interface Pending {
  resolve: (result: AnalyzerResult | undefined) => void;
  reject: (error: Error) => void;
}

/**
 * Analyses in one worker thread, started on first use and again after it died; requests queue
 * there in order. Stale work is cancelled through a shared flag the worker reads between steps.
 */
export class WorkerAnalyzer {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  /** Turns to parse replies in, a piece at a time (workerProtocol.ts). */
  private readonly turns: TurnQueue;

  constructor(private readonly script = WORKER_SCRIPT, timers: Timers = realTimers) {
    this.turns = new TurnQueue(timers);
  }

  readonly analyze: Analyzer = (text, isStale) => {
    const id = this.nextId++;
    const cancel = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
    const result = new Promise<AnalyzerResult | undefined>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    const request: WorkerRequest = { id, text, cancel };
    this.running().postMessage(request);
    const flag = new Int32Array(cancel);
    const poll = setInterval(() => {
      if (isStale()) Atomics.store(flag, 0, 1);
    }, STALE_POLL_MS);
    return result.finally(() => clearInterval(poll));
  };

  private running(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.script);
    // An idle worker does not keep the extension host (or a test run) alive.
    worker.unref();
    worker.on('message', (reply: WorkerReply) => {
      const pending = this.pending.get(reply.id);
      if (!pending) return;
      this.pending.delete(reply.id);
      if ('result' in reply) fromPieces(reply.result, () => this.turns.next()).then(pending.resolve, pending.reject);
      else if ('error' in reply) pending.reject(new Error(reply.error));
      else pending.resolve(undefined);
    });
    const fail = (error: Error) => {
      if (this.worker === worker) this.worker = undefined;
      for (const pending of this.pending.values()) pending.reject(error);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the analysis worker stopped (exit code ${code})`)));
    this.worker = worker;
    return worker;
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }
}
