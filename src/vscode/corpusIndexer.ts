import * as vscode from 'vscode';
import { ArticleDigest, CorpusIndex, digestArticle } from '../core/corpus-index';
import { arabicLetterShare } from '../core/text';
import { loadBackgroundAnalyzer } from './analyzerLoader';
import { realTimers, SLICE_MS } from './annotationStore';
import { readSettings } from './config';
import { DETECTION_SAMPLE_LENGTH } from './model/documentPolicy';

/** The articles of a folder: plain text and Markdown, as the editor annotates. */
const ARTICLE_GLOB = '**/*.{txt,md}';
const EXCLUDED = '**/{node_modules,.git}/**';
/** Files read at once: the analysis takes one at a time, so this bounds the texts held in memory. */
const READ_AHEAD = 4;
/** The view is told of new results at most this often while a run goes on. */
const CHANGE_INTERVAL_MS = 250;

/** What the cache keeps for a file's content: its digest, or that it is no Arabic article. */
type CacheEntry = { digest: ArticleDigest } | { article: false };

/**
 * Analyses the workspace folder's articles in the background (a worker thread of its own), once
 * asked to: the Corpus view shown, or a workspace symbol searched. Results are cached by content
 * (SHA-256) in the extension's storage, so a folder opened again is indexed without analysing;
 * saved, created and deleted files update the index one at a time.
 */
export class CorpusIndexer implements vscode.Disposable {
  readonly index = new CorpusIndex();
  /** Files over `arabicAnnotator.maxDocumentSizeKB`, not analysed. */
  readonly tooLarge = new Set<string>();
  private readonly changes = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changes.event;
  private running: Promise<void> | undefined;
  private changeTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly disposables: vscode.Disposable[] = [this.changes];
  private readonly cacheDir: vscode.Uri;
  /** A run in progress, and how far it is: the view shows it. */
  progress: { done: number; total: number } | undefined;

  constructor(context: vscode.ExtensionContext) {
    const version = String((context.extension.packageJSON as { version?: unknown }).version ?? '0');
    // The cache is of this version's analysis: another version analyses again.
    this.cacheDir = vscode.Uri.joinPath(context.storageUri ?? context.globalStorageUri, `corpus-${version}`);
  }

  /** Starts indexing the folder (once); resolves when the run ends, done or cancelled. */
  start(): Promise<void> {
    if (!vscode.workspace.workspaceFolders?.length) return Promise.resolve();
    this.running ??= this.runWithProgress();
    return this.running;
  }

  get started(): boolean {
    return this.running !== undefined;
  }

  private async runWithProgress(): Promise<void> {
    const watcher = vscode.workspace.createFileSystemWatcher(ARTICLE_GLOB);
    const update = (uri: vscode.Uri) => void this.indexFile(uri, undefined).then(() => this.changed(true));
    this.disposables.push(
      watcher,
      watcher.onDidChange(update),
      watcher.onDidCreate(update),
      watcher.onDidDelete((uri) => {
        this.index.delete(uri.toString());
        this.tooLarge.delete(uri.toString());
        this.changed(true);
      }),
    );
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Arabic Annotator: analysing the folder\'s articles'), cancellable: true },
      async (report, token) => {
        const files = await vscode.workspace.findFiles(ARTICLE_GLOB, EXCLUDED, undefined, token);
        files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
        this.progress = { done: 0, total: files.length };
        let next = 0;
        const step = 100 / Math.max(files.length, 1);
        const readFiles = async (): Promise<void> => {
          while (next < files.length && !token.isCancellationRequested) {
            await this.indexFile(files[next++], token);
            if (this.progress) this.progress.done++;
            report.report({ increment: step, message: vscode.l10n.t('{0} of {1} files', this.progress?.done ?? 0, files.length) });
            this.changed(false);
          }
        };
        await Promise.all(Array.from({ length: READ_AHEAD }, readFiles));
      },
    );
    this.progress = undefined;
    this.changed(true);
  }

  /** Reads, and analyses unless the cache has it, one file; a file that cannot be read is left out. */
  private async indexFile(uri: vscode.Uri, token: vscode.CancellationToken | undefined): Promise<void> {
    const key = uri.toString();
    try {
      const settings = readSettings(uri);
      const { size } = await vscode.workspace.fs.stat(uri);
      if (size > settings.maxDocumentSizeKB * 1024) {
        this.index.delete(key);
        this.tooLarge.add(key);
        return;
      }
      this.tooLarge.delete(key);
      const bytes = await vscode.workspace.fs.readFile(uri);
      const hash = await contentHash(bytes);
      const cached = await this.readCache(hash);
      if (cached) {
        if ('digest' in cached) this.index.set(key, cached.digest);
        else this.index.delete(key);
        return;
      }
      const text = decodeArticle(bytes, settings.arabicThreshold);
      if (text === undefined) {
        this.index.delete(key);
        await this.writeCache(hash, { article: false });
        return;
      }
      const analyze = await loadBackgroundAnalyzer(realTimers, SLICE_MS);
      const result = await analyze(text, () => token?.isCancellationRequested ?? false);
      if (!result) return;
      const digest = digestArticle(result.annotations, text);
      this.index.set(key, digest);
      await this.writeCache(hash, { digest });
    } catch {
      // Gone since it was listed, unreadable, or the analysis failed: the file is left out.
      this.index.delete(key);
    }
  }

  private async readCache(hash: string): Promise<CacheEntry | undefined> {
    try {
      return JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.cacheDir, `${hash}.json`)))) as CacheEntry;
    } catch {
      return undefined;
    }
  }

  private async writeCache(hash: string, entry: CacheEntry): Promise<void> {
    try {
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(this.cacheDir, `${hash}.json`), new TextEncoder().encode(JSON.stringify(entry)));
    } catch {
      // A cache that cannot be written only costs the next run its analysis.
    }
  }

  /** Tells the view, at once or at most every CHANGE_INTERVAL_MS while a run goes on. */
  private changed(now: boolean): void {
    if (now) {
      if (this.changeTimer !== undefined) clearTimeout(this.changeTimer);
      this.changeTimer = undefined;
      this.changes.fire();
      return;
    }
    this.changeTimer ??= setTimeout(() => {
      this.changeTimer = undefined;
      this.changes.fire();
    }, CHANGE_INTERVAL_MS);
  }

  dispose(): void {
    if (this.changeTimer !== undefined) clearTimeout(this.changeTimer);
    vscode.Disposable.from(...this.disposables).dispose();
  }
}

async function contentHash(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/** The text of a file that is an Arabic article (UTF-8, mostly Arabic letters), as the editor shows it. */
function decodeArticle(bytes: Uint8Array, threshold: number): string | undefined {
  let text: string;
  try {
    // The BOM is dropped, as the editor drops it: offsets are into the document's text.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
  const share = arabicLetterShare(text.slice(0, DETECTION_SAMPLE_LENGTH));
  return share > 0 && share >= threshold ? text : undefined;
}
