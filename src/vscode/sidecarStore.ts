import * as vscode from 'vscode';
import { applyCorrections, CorrectedAnalysis } from '../core/corrections';
import { Correction, CORRECTIONS_SUFFIX, formatCorrections, readCorrections } from '../core/corrections-file';
import type { Annotations } from '../core/types';
import { writeFileAtomically } from './writeAtomically';

/** What is beside an article: its corrections file (docs/corrections-json.md), as last read. */
export type SidecarState =
  | { kind: 'absent' }
  | { kind: 'read'; text: string; corrections: Correction[]; /** The line each correction starts on. */ lines: number[] }
  /** There, but not a corrections file: never overwritten without a backup. */
  | { kind: 'malformed'; text: string; line: number; message: string }
  | { kind: 'unreadable'; message: string };

interface Entry {
  document: vscode.TextDocument;
  uri: vscode.Uri;
  state?: SidecarState;
  loading?: Promise<void>;
  /** Counts the reads started, so that only the newest one decides. */
  reads: number;
  watcher: vscode.FileSystemWatcher;
  /** The last corrections applied, kept while neither the analysis nor the file changes. */
  applied?: { raw: Annotations; state: SidecarState; result: CorrectedAnalysis };
  /** What was last reported about the file, so that a problem is said once, not on every analysis. */
  reported?: string;
}

export const REVIEW_UNAPPLIED = 'arabicAnnotator.reviewUnappliedCorrections';

/** news.txt → news.txt.annotations.json; none for a document not saved anywhere yet. */
export function sidecarUri(document: vscode.TextDocument): vscode.Uri | undefined {
  return document.isUntitled ? undefined : document.uri.with({ path: document.uri.path + CORRECTIONS_SUFFIX });
}

const fileName = (uri: vscode.Uri): string => uri.path.slice(uri.path.lastIndexOf('/') + 1);

/**
 * The corrections files beside the annotated documents: read once, watched for changes on disk
 * (git pull, another window), applied on top of each analysis, written atomically.
 */
export class SidecarStore implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly changes = new vscode.EventEmitter<vscode.TextDocument>();
  /** Fired when a document's corrections file changed (on disk or written here). */
  readonly onDidChange = this.changes.event;

  constructor(private readonly log: vscode.LogOutputChannel) {}

  /** Start reading and watching the document's corrections file, if that is not done yet. */
  track(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const uri = sidecarUri(document);
    if (!uri) return;
    const known = this.entries.get(key);
    if (known) {
      known.document = document;
      return;
    }
    const folder = uri.with({ path: uri.path.slice(0, uri.path.lastIndexOf('/')) || '/' });
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, fileName(uri)));
    const entry: Entry = { document, uri, watcher, reads: 0 };
    const reload = () => void this.load(entry);
    watcher.onDidCreate(reload);
    watcher.onDidChange(reload);
    watcher.onDidDelete(reload);
    this.entries.set(key, entry);
    void this.load(entry);
  }

  forget(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    this.entries.get(key)?.watcher.dispose();
    this.entries.delete(key);
  }

  /** Resolves once the document's corrections file has been read. */
  async ready(document: vscode.TextDocument): Promise<void> {
    await this.entries.get(document.uri.toString())?.loading;
  }

  state(document: vscode.TextDocument): SidecarState | undefined {
    return this.entries.get(document.uri.toString())?.state;
  }

  /**
   * The corrections applied on top of `raw`, the analysis of the document's current text;
   * undefined while there are none to apply (no file, not read yet, or malformed).
   */
  applied(document: vscode.TextDocument, raw: Annotations): CorrectedAnalysis | undefined {
    const entry = this.entries.get(document.uri.toString());
    const state = entry?.state;
    if (!entry || state?.kind !== 'read') return undefined;
    if (entry.applied?.raw === raw && entry.applied.state === state) return entry.applied.result;
    const result = applyCorrections(document.getText(), raw, state.corrections);
    entry.applied = { raw, state, result };
    this.reportUnapplied(entry, result);
    return result;
  }

  /**
   * Writes these corrections as the document's file, atomically (a temporary file renamed over
   * it). A file there that could not be read is first kept as FILE.bak (FILE.bak2 …).
   */
  async write(document: vscode.TextDocument, corrections: readonly Correction[]): Promise<void> {
    const uri = sidecarUri(document);
    if (!uri) throw new Error(vscode.l10n.t('Save the article first: its corrections are kept in a file beside it.'));
    this.track(document);
    const entry = this.entries.get(document.uri.toString()) as Entry;
    await entry.loading;
    if (entry.state?.kind === 'malformed' || entry.state?.kind === 'unreadable') {
      const backup = await this.keepBackup(uri);
      void vscode.window.showWarningMessage(vscode.l10n.t('{0} could not be read, so it was kept as {1} and a new one was written.', fileName(uri), fileName(backup)));
    }
    const text = formatCorrections(corrections);
    await writeFileAtomically(uri, text);
    this.setState(entry, stateOf(text));
  }

  private async keepBackup(uri: vscode.Uri): Promise<vscode.Uri> {
    const exists = (candidate: vscode.Uri) => Promise.resolve(vscode.workspace.fs.stat(candidate)).then(() => true, () => false);
    let backup = uri.with({ path: `${uri.path}.bak` });
    for (let n = 2; await exists(backup); n++) backup = uri.with({ path: `${uri.path}.bak${n}` });
    await vscode.workspace.fs.copy(uri, backup);
    return backup;
  }

  private load(entry: Entry): Promise<void> {
    const reads = ++entry.reads;
    const loading = (async () => {
      let state: SidecarState;
      try {
        const bytes = await vscode.workspace.fs.readFile(entry.uri);
        state = stateOf(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
      } catch (error) {
        if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') state = { kind: 'absent' };
        else state = { kind: 'unreadable', message: error instanceof Error ? error.message : String(error) };
      }
      // A newer read started meanwhile decides.
      if (entry.reads === reads && this.entries.get(entry.document.uri.toString()) === entry) this.setState(entry, state);
    })();
    entry.loading = loading;
    return loading;
  }

  private setState(entry: Entry, state: SidecarState): void {
    const before = entry.state;
    if (before && 'text' in before && 'text' in state && before.text === state.text) return;
    if (before?.kind === 'absent' && state.kind === 'absent') return;
    entry.state = state;
    entry.applied = undefined;
    if (state.kind === 'malformed' || state.kind === 'unreadable') this.reportBroken(entry, state);
    this.changes.fire(entry.document);
  }

  private reportBroken(entry: Entry, state: Extract<SidecarState, { kind: 'malformed' | 'unreadable' }>): void {
    const message = state.kind === 'malformed'
      ? vscode.l10n.t('{0} line {1}: {2}. The article is shown without its corrections.', fileName(entry.uri), state.line, state.message)
      : vscode.l10n.t('{0} cannot be read: {1}. The article is shown without its corrections.', fileName(entry.uri), state.message);
    if (entry.reported === message) return;
    entry.reported = message;
    this.log.warn(message);
    const open = vscode.l10n.t('Open');
    void vscode.window.showErrorMessage(message, open).then(async (choice) => {
      if (choice !== open) return;
      const line = state.kind === 'malformed' ? state.line - 1 : 0;
      await vscode.window.showTextDocument(entry.uri, { selection: new vscode.Range(line, 0, line, 0) });
    });
  }

  private reportUnapplied(entry: Entry, result: CorrectedAnalysis): void {
    const report = result.unresolved.map((u) => u.index).join(',');
    if (entry.reported === report) return;
    entry.reported = report;
    if (result.unresolved.length === 0) return;
    const review = vscode.l10n.t('Review');
    void vscode.window.showWarningMessage(
      vscode.l10n.t('{0} corrections in {1} could not be applied (they are kept in the file).', result.unresolved.length, fileName(entry.uri)),
      review,
    ).then((choice) => {
      if (choice === review) void vscode.commands.executeCommand(REVIEW_UNAPPLIED, entry.document.uri.toString());
    });
  }

  dispose(): void {
    for (const entry of this.entries.values()) entry.watcher.dispose();
    this.entries.clear();
    this.changes.dispose();
  }
}

function stateOf(text: string): SidecarState {
  const read = readCorrections(text);
  return read.ok ? { kind: 'read', text, corrections: read.corrections, lines: read.lines } : { kind: 'malformed', text, line: read.line, message: read.message };
}
