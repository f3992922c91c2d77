import * as vscode from 'vscode';
import { ArticleDigest, CorpusIndex, digestArticle } from '../core/corpus-index';
import { arabicLetterShare } from '../core/text';
import { loadBackgroundAnalyzer } from './analyzerLoader';
import { SLICE_MS } from './annotationStore';
import { realTimers } from './model/analysisCache';
import { readSettings } from './config';
import { DETECTION_SAMPLE_LENGTH } from './model/documentPolicy';

/** The articles of a folder: plain text and Markdown, as the editor annotates. */
const ARTICLE_GLOB = '**/*.{txt,md}';
const EXCLUDED = '**/{node_modules,.git}/**';
/** Files read at once: the analysis takes one at a time, so this bounds the texts held in memory. */
const READ_AHEAD = 4;
/** The view is told of new results at most this often while a run goes on. */
const CHANGE_INTERVAL_MS = 250;

/** The folder's cache: one file read at the start, so that a folder opened again fills at once. */
interface Manifest {
  /** File → what it was when last read: its size, modification time and content hash. */
  files: Record<string, { size: number; mtime: number; hash: string }>;
  /** Content hash (SHA-256) → the digest, or null for a file that is no Arabic article. */
  digests: Record<string, ArticleDigest | null>;
}

/** The manifest is written this long after the last change a watched file brought. */
const MANIFEST_WRITE_DELAY_MS = 2000;

/**
 * Analyses the workspace folder's articles in the background (a worker thread of its own), once
 * asked to: the Corpus view shown, or a workspace symbol searched. What it found is kept in the
 * extension's workspace storage, the digests by content hash: a folder opened again fills from it
 * at once, then each file is checked (size and modification time; a changed one is read, and
 * analysed unless its content is known). Saved, created and deleted files update the index one at
 * a time.
 */
export class CorpusIndexer implements vscode.Disposable {
  readonly index = new CorpusIndex();
  /** Files over `arabicAnnotator.maxDocumentSizeKB`, not analysed. */
  readonly tooLarge = new Set<string>();
  private readonly changes = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changes.event;
  private running: Promise<void> | undefined;
  private watching = false;
  private changeTimer: ReturnType<typeof setTimeout> | undefined;
  private manifestTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly disposables: vscode.Disposable[] = [this.changes];
  private readonly manifestUri: vscode.Uri;
  private manifest: Manifest = { files: {}, digests: {} };
  /** A run in progress, and how far it is: the view shows it. */
  progress: { done: number; total: number } | undefined;

  constructor(context: vscode.ExtensionContext, private readonly log: vscode.LogOutputChannel) {
    const version = String((context.extension.packageJSON as { version?: unknown }).version ?? '0');
    // The cache is of this version's analysis: another version analyses again.
    this.manifestUri = vscode.Uri.joinPath(context.storageUri ?? context.globalStorageUri, `corpus-${version}.json`);
  }

  /** Starts indexing the folder (once, or again after a run was cancelled); resolves when the run ends. */
  start(): Promise<void> {
    if (!vscode.workspace.workspaceFolders?.length) return Promise.resolve();
    this.running ??= this.run();
    return this.running;
  }

  /** Saved, created and deleted files update the index from the first run on. */
  private watchFiles(): void {
    const watcher = vscode.workspace.createFileSystemWatcher(ARTICLE_GLOB);
    const update = (uri: vscode.Uri) => void this.indexFile(uri, undefined).then(() => {
      this.changed(true);
      this.writeManifestSoon();
    });
    this.disposables.push(
      watcher,
      watcher.onDidChange(update),
      watcher.onDidCreate(update),
      watcher.onDidDelete((uri) => {
        this.forget(uri.toString());
        this.changed(true);
        this.writeManifestSoon();
      }),
    );
  }

  private async run(): Promise<void> {
    if (!this.watching) this.watchFiles();
    this.watching = true;
    const started = Date.now();
    if (Object.keys(this.manifest.files).length === 0) this.restoreManifest(await this.readManifest());
    const counts = { files: 0, read: 0, analysed: 0, restored: this.index.articleCount, restoredMs: Date.now() - started };
    let cancelled = false;
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Arabic Annotator: analysing the folder\'s articles'), cancellable: true },
      async (report, token) => {
        const files = await vscode.workspace.findFiles(ARTICLE_GLOB, EXCLUDED, undefined, token);
        files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
        counts.files = files.length;
        // Files the cache knew that are gone.
        const listed = new Set(files.map((uri) => uri.toString()));
        for (const known of Object.keys(this.manifest.files)) if (!listed.has(known)) this.forget(known);
        this.progress = { done: 0, total: files.length };
        let next = 0;
        const step = 100 / Math.max(files.length, 1);
        const readFiles = async (): Promise<void> => {
          while (next < files.length && !token.isCancellationRequested) {
            const outcome = await this.indexFile(files[next++], token);
            if (outcome !== 'unchanged') counts.read++;
            if (outcome === 'analysed') counts.analysed++;
            if (this.progress) this.progress.done++;
            report.report({ increment: step, message: vscode.l10n.t('{0} of {1} files', this.progress?.done ?? 0, files.length) });
            this.changed(false);
          }
        };
        await Promise.all(Array.from({ length: READ_AHEAD }, readFiles));
        cancelled = token.isCancellationRequested;
      },
    );
    this.progress = undefined;
    await this.writeManifest();
    this.log.info(
      `Corpus: ${counts.files} files in ${Date.now() - started} ms (${counts.restored} articles from the cache in ${counts.restoredMs} ms): ` +
        `${this.index.articleCount} articles, ${counts.read} files read, ${counts.analysed} analysed, ${this.tooLarge.size} over the size limit${cancelled ? '; cancelled' : ''}`,
    );
    // A cancelled run starts again the next time it is asked for; what it analysed is kept.
    if (cancelled) this.running = undefined;
    this.changed(true);
  }

  /**
   * Brings one file up to date: unchanged since the cache saw it (size and modification time),
   * read and found in the cache by its content, or analysed. A file that cannot be read is left out.
   */
  private async indexFile(uri: vscode.Uri, token: vscode.CancellationToken | undefined): Promise<'unchanged' | 'read' | 'analysed'> {
    const key = uri.toString();
    try {
      const settings = readSettings(uri);
      const { size, mtime } = await vscode.workspace.fs.stat(uri);
      if (size > settings.maxDocumentSizeKB * 1024) {
        this.forget(key);
        this.tooLarge.add(key);
        return 'read';
      }
      this.tooLarge.delete(key);
      const known = this.manifest.files[key];
      if (known && known.size === size && known.mtime === mtime && this.manifest.digests[known.hash] !== undefined) return 'unchanged';
      const bytes = await vscode.workspace.fs.readFile(uri);
      const hash = await contentHash(bytes);
      let digest = this.manifest.digests[hash];
      let outcome: 'read' | 'analysed' = 'read';
      if (digest === undefined) {
        const text = decodeArticle(bytes, settings.arabicThreshold);
        if (text === undefined) {
          digest = null;
        } else {
          const analyze = await loadBackgroundAnalyzer(realTimers, SLICE_MS);
          const result = await analyze(text, () => token?.isCancellationRequested ?? false);
          if (!result) return 'read';
          digest = digestArticle(result.annotations, text);
          outcome = 'analysed';
        }
      }
      this.manifest.digests[hash] = digest;
      this.manifest.files[key] = { size, mtime, hash };
      if (digest) this.index.set(key, digest);
      else this.index.delete(key);
      return outcome;
    } catch {
      // Gone since it was listed, unreadable, or the analysis failed: the file is left out.
      this.forget(key);
      return 'read';
    }
  }

  private forget(key: string): void {
    this.index.delete(key);
    this.tooLarge.delete(key);
    delete this.manifest.files[key];
  }

  /** The index as the cache left it, before any file is checked: the view fills at once. */
  private restoreManifest(manifest: Manifest | undefined): void {
    if (!manifest) return;
    this.manifest = manifest;
    for (const [key, { hash }] of Object.entries(manifest.files)) {
      const digest = manifest.digests[hash];
      if (digest) this.index.set(key, digest);
    }
    this.changed(true);
  }

  private async readManifest(): Promise<Manifest | undefined> {
    try {
      const manifest = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(this.manifestUri))) as Partial<Manifest>;
      return manifest.files && manifest.digests ? (manifest as Manifest) : undefined;
    } catch {
      // None yet, or unreadable: the folder is analysed.
      return undefined;
    }
  }

  /** The manifest with only the digests some file still has. */
  private async writeManifest(): Promise<void> {
    const digests: Manifest['digests'] = {};
    for (const { hash } of Object.values(this.manifest.files)) digests[hash] = this.manifest.digests[hash] ?? null;
    this.manifest.digests = digests;
    try {
      await vscode.workspace.fs.writeFile(this.manifestUri, new TextEncoder().encode(JSON.stringify(this.manifest)));
    } catch {
      // A cache that cannot be written only costs the next window its analysis.
    }
  }

  private writeManifestSoon(): void {
    if (this.manifestTimer !== undefined) clearTimeout(this.manifestTimer);
    this.manifestTimer = setTimeout(() => {
      this.manifestTimer = undefined;
      void this.writeManifest();
    }, MANIFEST_WRITE_DELAY_MS);
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
    if (this.manifestTimer !== undefined) {
      clearTimeout(this.manifestTimer);
      void this.writeManifest();
    }
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
