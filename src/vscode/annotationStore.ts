import * as vscode from 'vscode';
import type { CorrectedAnalysis } from '../core/corrections';
import type { Annotations } from '../core/types';
import { AnalysisCache, Analyzer, AnalyzerResult, realTimers } from './model/analysisCache';
import { disposeAnalyzer, loadAnalyzer as loadHostAnalyzer } from './analyzerLoader';
import { KeyedDebouncer } from './model/debouncer';
import { FollowedAnnotations } from './model/editMapping';
import { Uncertain, uncertainMentions, uncertainQuotes } from './model/uncertainty';
import { AnnotationDecision, annotationDecision, DETECTION_SAMPLE_LENGTH, utf8Length } from './model/documentPolicy';
import { readSettings, SECTION } from './config';
import { SidecarStore } from './sidecarStore';
import { TurnQueue } from './model/turns';

/** Longest stretch of analysis between two turns of the extension host's event loop, when it analyses on its own thread. */
export const SLICE_MS = 10;

/** Documents that are never annotated whatever their language (the editor's own panels). */
const IGNORED_SCHEMES = new Set(['output', 'vscode-scm', 'debug']);

/** The extension host's turns, shared by everything that goes on when an analysis arrives. */
export const hostTurns = new TurnQueue(realTimers);

/** The analyzer (a worker thread, or the core in slices) is started on the first Arabic document, not during activation. */
let analyzerLoad: Promise<Analyzer> | undefined;
function loadAnalyzer(): Promise<Analyzer> {
  analyzerLoad ??= loadHostAnalyzer(realTimers, SLICE_MS);
  return analyzerLoad;
}

export interface AnnotationUpdate {
  document: vscode.TextDocument;
  /** undefined when the document stopped being annotated. */
  annotations: Annotations | undefined;
}

/** What the last analysis given out was unsure of: quotation ids, and mention `start:end` keys. */
interface UncertainKeys {
  quotes: ReadonlySet<string>;
  mentions: ReadonlySet<string>;
}

/** A document's analysis as the analyser gave it and with its corrections file applied. */
export interface AnalysisWithCorrections {
  raw: Annotations;
  /** undefined when no corrections apply (no file beside the article, or one that cannot be read). */
  corrected: CorrectedAnalysis | undefined;
}

/**
 * Decides which documents are annotated and keeps one analysis per document version for every
 * provider: immediate on open and on showing an editor, debounced while typing, forgotten on close.
 * What every provider gets has the corrections kept beside the article applied.
 */
export class AnnotationStore implements vscode.Disposable {
  private readonly updates = new vscode.EventEmitter<AnnotationUpdate>();
  /** Fired when a document's analysis finished or the document stopped being annotated. */
  readonly onDidUpdate = this.updates.event;
  private readonly cache: AnalysisCache;
  private readonly debouncer = new KeyedDebouncer(realTimers);
  private readonly decisions = new Map<string, { version: number; decision: AnnotationDecision }>();
  private readonly forced = new Set<string>();
  private readonly warnedTooLarge = new Set<string>();
  private readonly documents = new Map<string, vscode.TextDocument>();
  /**
   * The last analysis given out per document: followed through the edits since (what hovers
   * answer from while typing), with what it was unsure of.
   */
  private readonly shownAnalyses = new Map<string, { followed: FollowedAnnotations; uncertain: UncertainKeys }>();
  private readonly disposables: vscode.Disposable[] = [];
  readonly sidecars: SidecarStore;

  constructor(private readonly log: vscode.LogOutputChannel) {
    this.sidecars = new SidecarStore(log);
    this.cache = new AnalysisCache({
      loadAnalyzer,
      timers: realTimers,
      onAnalysed: (key, analysis) => {
        const document = this.documents.get(key);
        if (document) this.show(document, this.corrected(document, analysis.annotations), analysis);
      },
      onError: (key, error) => this.log.error(`Analysis of ${key} failed`, error),
      whenQuiet: (key) => this.debouncer.whenQuiet(key),
    });
    this.disposables.push(
      this.updates,
      this.sidecars,
      // A corrections file changed on disk: applied again to the analysis there is, not analysed again.
      this.sidecars.onDidChange((document) => {
        const annotations = this.latest(document);
        const analysis = this.cache.latest(this.key(document));
        if (annotations && analysis) this.show(document, annotations, analysis);
      }),
      vscode.workspace.onDidOpenTextDocument((document) => this.consider(document)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length === 0) return;
        const { document } = event;
        this.shownAnalyses.get(this.key(document))?.followed.record(document.version, event.contentChanges.map((change) => ({
          start: change.rangeOffset, end: change.rangeOffset + change.rangeLength, insertedLength: change.text.length,
        })));
        this.debouncer.request(this.key(document), readSettings(document).debounceMs, () => this.consider(document));
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document)),
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((editor) => this.consider(editor.document))),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(`${SECTION}.arabicThreshold`) || event.affectsConfiguration(`${SECTION}.maxDocumentSizeKB`)) {
          this.decisions.clear();
          vscode.workspace.textDocuments.forEach((document) => this.consider(document));
        }
      }),
    );
  }

  /** Look at the documents that were open before activation, after activation returned. */
  considerOpenDocuments(): void {
    setTimeout(() => vscode.workspace.textDocuments.forEach((document) => this.consider(document)), 0);
  }

  /** Whether the document is annotated, deciding it now if its current version was not seen. */
  decision(document: vscode.TextDocument): AnnotationDecision {
    const key = this.key(document);
    const known = this.decisions.get(key);
    if (known?.version === document.version) return known.decision;
    const settings = readSettings(document);
    const decision: AnnotationDecision = IGNORED_SCHEMES.has(document.uri.scheme) && !this.forced.has(key)
      ? { annotate: false, reason: 'language' }
      : annotationDecision({
        languageId: document.languageId,
        sample: document.getText(new vscode.Range(new vscode.Position(0, 0), document.positionAt(DETECTION_SAMPLE_LENGTH))),
        utf16Length: document.offsetAt(document.lineAt(document.lineCount - 1).range.end),
        utf8Size: () => utf8Length(document.getText()),
        forced: this.forced.has(key),
        threshold: settings.arabicThreshold,
        maxDocumentSizeKB: settings.maxDocumentSizeKB,
      });
    this.decisions.set(key, { version: document.version, decision });
    return decision;
  }

  isAnnotated(document: vscode.TextDocument): boolean {
    return this.decision(document).annotate;
  }

  /** The finished analysis of exactly this version of the document, if there is one. */
  latest(document: vscode.TextDocument): Annotations | undefined {
    const analysis = this.cache.latest(this.key(document));
    return analysis?.version === document.version ? this.corrected(document, analysis.annotations) : undefined;
  }

  /**
   * What is known of the document's current version without waiting: its analysis, or else the
   * last one moved through the edits made since (names and quotations the edits touched left
   * out) while the new version is analysed. undefined before the first analysis.
   */
  shown(document: vscode.TextDocument): Annotations | undefined {
    if (!this.isAnnotated(document)) return undefined;
    return this.latest(document) ?? this.shownAnalyses.get(this.key(document))?.followed.at(document.version);
  }

  /**
   * The quotations of `annotations` (what this store gave for the document) whose speaker the
   * analysis guessed, and the names the tagger was unsure of.
   */
  uncertain(document: vscode.TextDocument, annotations: Annotations): Uncertain {
    const keys = this.shownAnalyses.get(this.key(document))?.uncertain;
    return { quotes: uncertainQuotes(annotations, keys?.quotes ?? new Set()), mentions: uncertainMentions(annotations, keys?.mentions ?? new Set()) };
  }

  /** What hovers and views answer from: `shown` at once, else the current version's analysis once it is ready. */
  async available(document: vscode.TextDocument): Promise<Annotations | undefined> {
    return this.shown(document) ?? this.current(document);
  }

  /** The analysis of the document's current version, waiting for it; undefined if not annotated. */
  async current(document: vscode.TextDocument): Promise<Annotations | undefined> {
    const analysis = await this.currentWithCorrections(document);
    return analysis && (analysis.corrected?.annotations ?? analysis.raw);
  }

  /** The same, with the analysis before its corrections and what applying them found (for writing corrections). */
  async currentWithCorrections(document: vscode.TextDocument): Promise<AnalysisWithCorrections | undefined> {
    if (document.isClosed || !this.isAnnotated(document)) return undefined;
    const key = this.key(document);
    this.documents.set(key, document);
    this.sidecars.track(document);
    await this.sidecars.ready(document);
    const raw = await this.cache.current(key, document);
    if (!raw) return undefined;
    // Each caller (views, providers) goes on in a turn of its own (hostTurns); typed into
    // meanwhile, the document is waited for again, so the text is always the analysed one.
    const version = document.version;
    await hostTurns.next();
    if (document.isClosed) return undefined;
    if (document.version !== version) return this.currentWithCorrections(document);
    return { raw, corrected: this.sidecars.applied(document, raw) };
  }

  private show(document: vscode.TextDocument, annotations: Annotations, analysis: AnalyzerResult): void {
    this.shownAnalyses.set(this.key(document), {
      followed: new FollowedAnnotations(document.version, annotations),
      uncertain: { quotes: new Set(analysis.uncertainQuotes), mentions: new Set(analysis.uncertainMentions) },
    });
    this.updates.fire({ document, annotations });
  }

  private corrected(document: vscode.TextDocument, raw: Annotations): Annotations {
    return this.sidecars.applied(document, raw)?.annotations ?? raw;
  }

  /** Annotate the document whatever its language and script (the annotate command). */
  force(document: vscode.TextDocument): void {
    const key = this.key(document);
    this.forced.add(key);
    this.decisions.delete(key);
    this.consider(document);
  }

  /** Re-decide the document and analyse it now if it is annotated, or drop its analysis if not. */
  consider(document: vscode.TextDocument): void {
    if (document.isClosed) return;
    const key = this.key(document);
    this.debouncer.cancel(key);
    const decision = this.decision(document);
    if (decision.annotate) {
      this.documents.set(key, document);
      this.sidecars.track(document);
      this.cache.schedule(key, document);
      return;
    }
    if (decision.reason === 'too-large') this.warnTooLarge(document, decision.sizeKB, decision.limitKB);
    this.shownAnalyses.delete(key);
    if (this.cache.has(key)) {
      this.cache.forget(key);
      this.updates.fire({ document, annotations: undefined });
    }
  }

  private forget(document: vscode.TextDocument): void {
    const key = this.key(document);
    this.debouncer.cancel(key);
    this.cache.forget(key);
    this.decisions.delete(key);
    this.forced.delete(key);
    this.warnedTooLarge.delete(key);
    this.documents.delete(key);
    this.shownAnalyses.delete(key);
    this.sidecars.forget(document);
  }

  /** Said once per document, not on every keystroke. */
  private warnTooLarge(document: vscode.TextDocument, sizeKB: number, limitKB: number): void {
    const key = this.key(document);
    if (this.warnedTooLarge.has(key)) return;
    this.warnedTooLarge.add(key);
    const name = document.uri.path.split('/').pop() ?? document.uri.toString();
    // Short enough to be read whole in a notification; the button says where the limit is set.
    const changeLimit = vscode.l10n.t('Change Limit');
    void vscode.window.showInformationMessage(vscode.l10n.t('{0} is not annotated: {1} KB, over the {2} KB limit.', name, sizeKB, limitKB), changeLimit)
      .then((choice) => {
        if (choice === changeLimit) void vscode.commands.executeCommand('workbench.action.openSettings', `${SECTION}.maxDocumentSizeKB`);
      });
  }

  private key(document: vscode.TextDocument): string {
    return document.uri.toString();
  }

  dispose(): void {
    this.debouncer.cancelAll();
    disposeAnalyzer();
    analyzerLoad = undefined;
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
