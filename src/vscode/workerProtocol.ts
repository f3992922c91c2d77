import type { AnalyzerResult } from './model/analysisCache';

/** One analysis asked of the worker thread. */
export interface WorkerRequest {
  id: number;
  text: string;
  /** One Int32: the extension host sets it to 1 to stop the analysis at its next step. */
  cancel: SharedArrayBuffer;
}

export type WorkerReply =
  | { id: number; result: AnalyzerResult }
  | { id: number; cancelled: true }
  | { id: number; error: string };
