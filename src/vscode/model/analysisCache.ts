import type { MentionMargin } from '../../core/entities/margins';
import type { SpeakerExplanation } from '../../core/speaker-rules';
import type { Annotations } from '../../core/types';
import { uncertainMentionKeys, uncertainQuoteIds } from './uncertainty';

/** The clock and timers the cache runs on: the real ones in the editor, a fake clock in tests. */
export interface Timers {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The clock and timers of the thread this runs on. */
export const realTimers: Timers = {
  now: () => performance.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** What the cache needs of a document: a live version number and its text. */
export interface VersionedText {
  readonly version: number;
  getText(): string;
}

/**
 * The core's `analyzeSteps`: pushes why each quotation went to its speaker to `explanations`, and
 * how sure the tagger was of each mention to `margins`.
 */
export type AnalyzerSteps = (text: string, explanations: SpeakerExplanation[], margins: MentionMargin[]) => Generator<void, Annotations>;

/** What the editor keeps of an analysis: the annotations, and which speakers were guessed and which names the tagger was unsure of. */
export interface AnalyzerResult {
  annotations: Annotations;
  /** Ids of the quotations whose speaker a weak rule chose (model/uncertainty.ts). */
  uncertainQuotes: string[];
  /** The mentions under ENTITY_MARGIN_THRESHOLD, as `start:end` keys (model/uncertainty.ts). */
  uncertainMentions: string[];
}

/** The core's steps, then what the editor keeps of them (in the worker thread or on the host's). */
export function* editorAnalysisSteps(steps: AnalyzerSteps, text: string): Generator<void, AnalyzerResult> {
  const explanations: SpeakerExplanation[] = [];
  const margins: MentionMargin[] = [];
  const annotations = yield* steps(text, explanations, margins);
  return { annotations, uncertainQuotes: uncertainQuoteIds(explanations), uncertainMentions: uncertainMentionKeys(margins) };
}

/**
 * Analyses a text, wherever it runs (a worker thread, or slices of the extension host's own
 * thread); stops early and resolves undefined once `isStale()` says the result would be thrown away.
 */
export type Analyzer = (text: string, isStale: () => boolean) => Promise<AnalyzerResult | undefined>;

export interface Analysis extends AnalyzerResult {
  version: number;
}

/**
 * Run a step generator in slices of about `sliceMs`, giving the event loop a turn between
 * slices. Stops (and closes the generator) as soon as `isStale()` says the result would be
 * thrown away; resolves undefined then.
 */
export async function runInSlices<T>(steps: Generator<void, T>, isStale: () => boolean, timers: Timers, sliceMs: number): Promise<T | undefined> {
  for (;;) {
    const sliceEnd = timers.now() + sliceMs;
    do {
      if (isStale()) {
        steps.return(undefined as T);
        return undefined;
      }
      const step = steps.next();
      if (step.done) return step.value;
    } while (timers.now() < sliceEnd);
    await new Promise<void>((resolve) => timers.setTimeout(resolve, 0));
  }
}

/** An analyzer on the extension host's thread: the core's steps in slices of about `sliceMs`. */
export function slicedAnalyzer(steps: AnalyzerSteps, timers: Timers, sliceMs: number): Analyzer {
  return (text, isStale) => runInSlices(editorAnalysisSteps(steps, text), isStale, timers, sliceMs);
}

interface Entry {
  document: VersionedText;
  /** The newest finished analysis (its version may be behind the document while typing). */
  latest?: Analysis;
  /** Timer of a scheduled analysis. */
  timer?: unknown;
  running?: { version: number; promise: Promise<Analysis | undefined> };
}

export interface AnalysisCacheOptions {
  /** Loads the analyzer on first use, so activation stays cheap. */
  loadAnalyzer: () => Promise<Analyzer>;
  timers: Timers;
  /** Called with every finished analysis of a document's current version. */
  onAnalysed: (key: string, analysis: Analysis) => void;
  onError: (key: string, error: unknown) => void;
  /**
   * Resolves when the document is not being typed in. A consumer asking for the current
   * analysis waits for it rather than starting an analysis of every keystroke's version.
   */
  whenQuiet?: (key: string) => Promise<void>;
}

/**
 * One analysis per document version, shared by every consumer. Work for a version that is no longer current stops at its next step; a forgotten
 * document's work stops and its results are dropped. The last finished analysis stays
 * available until a newer one replaces it, so highlights never disappear while typing.
 */
export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly options: AnalysisCacheOptions) {}

  /** The newest finished analysis of the document, possibly of an older version. */
  latest(key: string): Analysis | undefined {
    return this.entries.get(key)?.latest;
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  /**
   * Analyse the document's current version on the next turn of the event loop, unless it is
   * already analysed or running.
   */
  schedule(key: string, document: VersionedText): void {
    const entry = this.entry(key, document);
    this.options.timers.clearTimeout(entry.timer);
    entry.timer = undefined;
    if (entry.latest?.version === document.version || entry.running?.version === document.version) return;
    entry.timer = this.options.timers.setTimeout(() => void this.start(key, entry), 0);
  }

  /**
   * The analysis of the document's current version: at once when it is done, else it starts
   * now. If the document changes meanwhile, the newer version
   * is waited for. Undefined when the document is forgotten (also while waiting) or the analysis failed.
   */
  async current(key: string, document: VersionedText): Promise<Annotations | undefined> {
    // Found or made before any wait, never after: a document forgotten (closed) meanwhile is not
    // analysed again and kept.
    const entry = this.entry(key, document);
    for (;;) {
      await this.options.whenQuiet?.(key);
      if (this.entries.get(key) !== entry) return undefined;
      if (entry.latest?.version === document.version) return entry.latest.annotations;
      const version = document.version;
      const analysis = await this.start(key, entry);
      if (analysis?.version === document.version) return analysis.annotations;
      if (this.entries.get(key) !== entry || (!analysis && document.version === version)) return undefined;
    }
  }

  /** Drop the document: pending and running work stops, results are released. */
  forget(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.options.timers.clearTimeout(entry.timer);
    this.entries.delete(key);
  }

  private entry(key: string, document: VersionedText): Entry {
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { document };
      this.entries.set(key, entry);
    }
    entry.document = document;
    return entry;
  }

  private start(key: string, entry: Entry): Promise<Analysis | undefined> {
    this.options.timers.clearTimeout(entry.timer);
    entry.timer = undefined;
    const { document } = entry;
    const version = document.version;
    if (entry.running?.version === version) return entry.running.promise;
    const isStale = (): boolean => document.version !== version || this.entries.get(key) !== entry;
    const run = async (): Promise<Analysis | undefined> => {
      try {
        const analyzer = await this.options.loadAnalyzer();
        if (isStale()) return undefined;
        const result = await analyzer(document.getText(), isStale);
        if (result === undefined) return undefined;
        const analysis = { version, ...result };
        entry.latest = analysis;
        // The last slice may have used the whole turn: consumers redraw on the next one.
        await new Promise<void>((resolve) => this.options.timers.setTimeout(resolve, 0));
        if (!isStale()) this.options.onAnalysed(key, analysis);
        return analysis;
      } catch (error) {
        this.options.onError(key, error);
        return undefined;
      }
    };
    const promise = run().finally(() => {
      if (entry.running?.promise === promise) entry.running = undefined;
    });
    entry.running = { version, promise };
    return promise;
  }
}
