/**
 * `npm run annotate -- PATH… | --input jsonl`: many articles through a pool of worker threads,
 * written in input order as they come. At most a few articles per thread are read and not yet
 * written, and reading waits while standard output is full, so memory stays bounded whatever the
 * corpus size. An input that fails is reported (stderr, and a JSON line) and the run goes on.
 */
import { createReadStream, existsSync, promises as fs } from 'fs';
import { availableParallelism } from 'os';
import { dirname, join, normalize } from 'path';
import { Readable } from 'stream';
import { Worker } from 'worker_threads';
import { CorpusTally } from '../core/export/corpus-tally';
import { BatchOptions } from './args';
import { AnalysisReply, AnalysisRequest, ANALYSIS_WORKER_DATA } from './batch-worker';
import { decodeInput } from './decode';
import { describeReadError, describeWriteError, EXIT_BAD_INPUT, EXIT_OK, EXIT_OUTPUT_FAILED } from './main';

/** 128 + SIGINT, as a shell reports a command stopped by Ctrl-C. */
export const EXIT_INTERRUPTED = 130;

const PROGRAM = 'annotate';
const MB = 1024 * 1024;
/** Articles read ahead per thread: enough to keep every thread busy while one slow article is written. */
const READ_AHEAD_PER_JOB = 4;
const PROGRESS_INTERVAL_MS = 250;
const ARTICLE_FILE = /\.(txt|md)$/i;

/** How an input is named in the output: its file, its JSONL id, or its JSONL line when it has no usable id. */
export type Label = { file: string } | { id: string | number } | { line: number };

export interface Article {
  label: Label;
  /** Its input bytes, for the progress and the MB/s. */
  bytes: number;
  /** The text, or why there is none. */
  text?: string;
  failure?: string;
}

export async function runBatch(options: BatchOptions, workerScript: string): Promise<number> {
  const maxBytes = Math.floor(options.maxSizeMB * MB);
  const jobs = options.jobs ?? availableParallelism();
  const source = options.input === 'jsonl' ? jsonlArticles(options.paths, maxBytes) : await fileArticles(options.paths, maxBytes);
  const pool = new AnalysisPool(jobs, workerScript);
  const output = new StandardOutput();
  const tally = options.format === 'jsonl' ? undefined : new CorpusTally();
  const wantJson = options.format === 'jsonl' || options.outDir !== undefined;
  const progress = new Progress(source.totalBytes);
  const totals = { articles: 0, failed: 0, skipped: 0, entities: 0, quotes: 0, bytes: 0 };
  let outputFailure: string | undefined;
  let interrupted = false;
  const onInterrupt = (): void => {
    interrupted = true;
    source.stop();
    void pool.terminate();
  };
  process.once('SIGINT', onInterrupt);

  const emit = async (article: Article, reply: AnalysisReply | 'skipped'): Promise<void> => {
    totals.bytes += article.bytes;
    if (reply === 'skipped') {
      totals.skipped++;
    } else if (!reply.ok || article.failure !== undefined) {
      const reason = article.failure ?? (reply.ok ? '' : reply.error);
      totals.failed++;
      process.stderr.write(`${progress.clearLine()}${PROGRAM}: ${describeLabel(article.label)}: ${reason}\n`);
      if (options.format === 'jsonl' && options.outDir === undefined) await output.write(errorLine(article.label, reason) + '\n');
    } else {
      totals.articles++;
      totals.entities += reply.entities;
      totals.quotes += reply.quotes;
      tally?.add(reply.tally);
      if (options.outDir !== undefined) await writeFileAtomic(join(options.outDir, outputName(article.label)), reply.json + '\n');
      else if (options.format === 'jsonl') await output.write(annotatedLine(article.label, reply.json ?? '{}') + '\n');
    }
    progress.show(totals.articles + totals.failed + totals.skipped, totals.bytes);
  };

  const started = Date.now();
  const pending: Array<{ article: Article; reply: Promise<AnalysisReply | 'skipped'> }> = [];
  const emitOldest = async (): Promise<void> => {
    const oldest = pending.shift();
    if (oldest) await emit(oldest.article, await oldest.reply);
  };
  try {
    for await (const article of source.articles) {
      if (interrupted || output.done) break;
      const done = options.resume && options.outDir !== undefined && existsSync(join(options.outDir, outputName(article.label)));
      const reply: Promise<AnalysisReply | 'skipped'> =
        done ? Promise.resolve('skipped')
        : article.text === undefined ? Promise.resolve({ ok: false, error: article.failure ?? '' })
        : pool.run({ text: article.text, json: wantJson });
      // The text is with the worker now; only the label waits here for its turn.
      pending.push({ article: { label: article.label, bytes: article.bytes, failure: article.failure }, reply });
      while (pending.length >= jobs * READ_AHEAD_PER_JOB && !interrupted) await emitOldest();
    }
    while (pending.length > 0 && !interrupted && !output.done) await emitOldest();
  } catch (error) {
    if (!interrupted) outputFailure = describeWriteError(error);
  } finally {
    process.removeListener('SIGINT', onInterrupt);
    await pool.terminate();
  }
  if (output.failure) outputFailure ??= describeWriteError(output.failure);
  if (tally && !outputFailure && !output.done) await output.write(options.format === 'entities-csv' ? tally.entitiesCsv() : tally.speakersCsv());
  await output.flushed();
  if (output.failure) outputFailure ??= describeWriteError(output.failure);

  const seconds = (Date.now() - started) / 1000;
  const parts = [`${totals.articles} articles annotated`];
  if (totals.failed) parts.push(`${totals.failed} failed`);
  if (totals.skipped) parts.push(`${totals.skipped} already in ${options.outDir}`);
  process.stderr.write(
    `${progress.clearLine()}${PROGRAM}: ${interrupted ? 'interrupted: ' : ''}${parts.join(', ')}; ${totals.entities} entities, ${totals.quotes} quotations; ` +
      `${seconds.toFixed(1)} s, ${(totals.bytes / MB / Math.max(seconds, 1e-3)).toFixed(2)} MB/s, ${jobs} ${jobs === 1 ? 'thread' : 'threads'}\n`,
  );
  if (outputFailure) process.stderr.write(`${PROGRAM}: cannot write the output: ${outputFailure}\n`);
  if (interrupted) return EXIT_INTERRUPTED;
  if (outputFailure) return EXIT_OUTPUT_FAILED;
  return totals.failed > 0 && !options.mapper ? EXIT_BAD_INPUT : EXIT_OK;
}

interface ArticleSource {
  articles: AsyncIterable<Article>;
  /** The input's size when known beforehand, for the ETA. */
  totalBytes?: number;
  /** Ctrl-C: stop reading (standard input may never end). */
  stop(): void;
}

/** The files named and those under the folders named (*.txt, *.md, by name), each listed up front for the ETA. */
async function fileArticles(paths: readonly string[], maxBytes: number): Promise<ArticleSource> {
  const listed: Array<{ path: string; size: number } | { path: string; failure: string }> = [];
  const visit = async (path: string, named: boolean): Promise<void> => {
    try {
      const stat = await fs.stat(path);
      if (!stat.isDirectory()) {
        if (named || ARTICLE_FILE.test(path)) listed.push({ path, size: stat.size });
        return;
      }
      const entries = (await fs.readdir(path)).sort();
      for (const entry of entries) await visit(join(path, entry), false);
    } catch (error) {
      listed.push({ path, failure: `cannot read it: ${describeReadError(error)}` });
    }
  };
  for (const path of paths) await visit(path, true);
  let stopped = false;
  async function* articles(): AsyncGenerator<Article> {
    for (const entry of listed) {
      if (stopped) return;
      const label = { file: entry.path };
      if ('failure' in entry) yield { label, bytes: 0, failure: entry.failure };
      else yield { label, bytes: entry.size, ...(await readArticleFile(entry.path, maxBytes)) };
    }
  }
  return { articles: articles(), totalBytes: listed.reduce((sum, entry) => sum + ('size' in entry ? entry.size : 0), 0), stop: () => (stopped = true) };
}

async function readArticleFile(path: string, maxBytes: number): Promise<{ text: string } | { failure: string }> {
  let bytes: Uint8Array | undefined;
  try {
    bytes = await readAtMost(path, maxBytes);
  } catch (error) {
    return { failure: `cannot read it: ${describeReadError(error)}` };
  }
  if (bytes === undefined) return { failure: tooLarge(maxBytes) };
  const decoded = decodeInput(bytes);
  return decoded.ok ? { text: decoded.text } : { failure: decoded.reason };
}

/** The file's bytes, or undefined past `maxBytes` (a device or a runaway file is read no further). */
async function readAtMost(path: string, maxBytes: number): Promise<Uint8Array | undefined> {
  const file = await fs.open(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(MB, maxBytes + 1 - total));
      const { bytesRead } = await file.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) return Buffer.concat(chunks, total);
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) return undefined;
    }
  } finally {
    await file.close();
  }
}

/** `{"id": …, "text": …}` a line, from the files named in turn or ("-", none) standard input. */
function jsonlArticles(paths: readonly string[], maxBytes: number): ArticleSource {
  let current: Readable | undefined;
  let stopped = false;
  async function* articles(): AsyncGenerator<Article> {
    for (const path of paths.length === 0 ? ['-'] : paths) {
      if (stopped) return;
      const stream: Readable = path === '-' ? process.stdin : createReadStream(path);
      current = stream;
      let lineNumber = 0;
      try {
        for await (const line of splitLines(stream, maxBytes)) {
          lineNumber++;
          if (line !== undefined && line.every(isWhitespaceByte)) continue;
          yield line === undefined ? { label: { line: lineNumber }, bytes: 0, failure: tooLarge(maxBytes) } : jsonlArticle(line, lineNumber);
        }
      } catch (error) {
        if (stopped) return;
        yield { label: { file: path }, bytes: 0, failure: `cannot read it: ${describeReadError(error)}` };
      }
    }
  }
  return {
    articles: articles(),
    stop: () => {
      stopped = true;
      current?.destroy();
    },
  };
}

/** One line of --input jsonl (without its "\n"): its label, and its text or why it has none. */
export function jsonlArticle(line: Uint8Array, lineNumber: number): Article {
  const decoded = decodeInput(line);
  if (!decoded.ok) return { label: { line: lineNumber }, bytes: line.length, failure: decoded.reason };
  let value: unknown;
  try {
    value = JSON.parse(decoded.text);
  } catch {
    return { label: { line: lineNumber }, bytes: line.length, failure: 'not a JSON object' };
  }
  const { id, text } = (typeof value === 'object' && value !== null ? value : {}) as { id?: unknown; text?: unknown };
  const label = typeof id === 'string' || typeof id === 'number' ? { id } : { line: lineNumber };
  if (!('id' in label)) return { label, bytes: line.length, failure: 'no "id" (a string or a number)' };
  if (typeof text !== 'string') return { label, bytes: line.length, failure: 'no "text" (a string)' };
  return { label, bytes: line.length, text };
}

/** The output line of an annotated input: its label first, then the annotation JSON's fields. */
export function annotatedLine(label: Label, annotationJson: string): string {
  // The annotation JSON starts with "{"; the label goes first in the same object.
  return `{${JSON.stringify(label).slice(1, -1)},${annotationJson.slice(1)}`;
}

/** The output line of an input that failed. */
export function errorLine(label: Label, reason: string): string {
  return JSON.stringify({ ...label, error: reason });
}

/** The stream's lines without their "\n"; undefined for a line longer than `maxBytes` (not kept). */
async function* splitLines(stream: Readable, maxBytes: number): AsyncGenerator<Buffer | undefined> {
  let parts: Buffer[] = [];
  let length = 0;
  let tooLong = false;
  const add = (piece: Buffer): void => {
    if (tooLong) return;
    if (length + piece.length > maxBytes) {
      tooLong = true;
      parts = [];
      return;
    }
    parts.push(piece);
    length += piece.length;
  };
  const take = (): Buffer | undefined => {
    const line = tooLong ? undefined : Buffer.concat(parts, length);
    parts = [];
    length = 0;
    tooLong = false;
    return line;
  };
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let start = 0;
    for (let end = chunk.indexOf(10); end !== -1; end = chunk.indexOf(10, start)) {
      add(chunk.subarray(start, end));
      yield take();
      start = end + 1;
    }
    add(chunk.subarray(start));
  }
  if (length > 0 || tooLong) yield take();
}

function isWhitespaceByte(byte: number): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0d;
}

function tooLarge(maxBytes: number): string {
  return `larger than the input limit of ${maxBytes / MB} MB; --max-size MB raises it`;
}

function describeLabel(label: Label): string {
  if ('file' in label) return `"${label.file}"`;
  if ('id' in label) return `id ${JSON.stringify(label.id)}`;
  return `line ${label.line}`;
}

/**
 * The article's file under --out: its path as given, made relative (no leading "/" or ".."), or its
 * id with every character a file name may not hold escaped as in a URL.
 */
export function outputName(label: Label): string {
  if ('file' in label) return normalize(label.file).replace(/^(\.\.(\/|\\|$)|[/\\])+/, '') + '.json';
  const name = 'id' in label ? String(label.id) : `line-${label.line}`;
  return encodeURIComponent(name).replace(/^\./, '%2E').replace(/\*/g, '%2A') + '.json';
}

/** The whole file or nothing, so that --resume may trust any file it finds. */
async function writeFileAtomic(path: string, text: string): Promise<void> {
  await fs.mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await fs.writeFile(temporary, text, { flag: 'wx' });
    await fs.rename(temporary, path);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}

/** Standard output, waited on when full; a reader that leaves (`| head`) ends the run, not as an error. */
class StandardOutput {
  failure: NodeJS.ErrnoException | undefined;
  private lastWrite = Promise.resolve();

  /** The reader is gone: nothing more is worth analysing. */
  get done(): boolean {
    return this.failure?.code === 'EPIPE';
  }

  async write(text: string): Promise<void> {
    if (this.failure) return;
    let roomLeft = true;
    const written = new Promise<void>((resolve) => {
      roomLeft = process.stdout.write(text, (error) => {
        this.failure ??= error ?? undefined;
        resolve();
      });
    });
    this.lastWrite = written;
    if (!roomLeft) await written;
  }

  async flushed(): Promise<void> {
    await this.lastWrite;
    if (this.done) this.failure = undefined;
  }
}

/** Worker threads, each given one article at a time; the rest wait in order. */
class AnalysisPool {
  private readonly idle: Worker[] = [];
  private readonly waiting: Array<{ request: AnalysisRequest; resolve: (reply: AnalysisReply) => void }> = [];
  private readonly busy = new Map<Worker, (reply: AnalysisReply) => void>();
  private terminated = false;

  constructor(size: number, private readonly script: string) {
    for (let i = 0; i < size; i++) this.idle.push(this.startWorker());
  }

  run(request: AnalysisRequest): Promise<AnalysisReply> {
    return new Promise((resolve) => {
      this.waiting.push({ request, resolve });
      this.dispatch();
    });
  }

  /** Stops every thread; what was still waiting or running never resolves. */
  async terminate(): Promise<void> {
    this.terminated = true;
    this.waiting.length = 0;
    const workers = [...this.idle, ...this.busy.keys()];
    this.idle.length = 0;
    this.busy.clear();
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  private startWorker(): Worker {
    const worker = new Worker(this.script, { workerData: ANALYSIS_WORKER_DATA });
    worker.on('message', (reply: AnalysisReply) => this.finish(worker, reply));
    // A thread that dies (out of memory) fails its article only: a fresh one takes its place.
    worker.on('error', (error) => {
      if (this.terminated) return;
      const resolve = this.busy.get(worker);
      this.busy.delete(worker);
      void worker.terminate();
      this.idle.push(this.startWorker());
      resolve?.({ ok: false, error: `the analysis thread failed: ${error.message}` });
      this.dispatch();
    });
    return worker;
  }

  private finish(worker: Worker, reply: AnalysisReply): void {
    const resolve = this.busy.get(worker);
    this.busy.delete(worker);
    this.idle.push(worker);
    resolve?.(reply);
    this.dispatch();
  }

  private dispatch(): void {
    while (!this.terminated && this.idle.length > 0 && this.waiting.length > 0) {
      const worker = this.idle.pop() as Worker;
      const { request, resolve } = this.waiting.shift() as (typeof this.waiting)[number];
      this.busy.set(worker, resolve);
      worker.postMessage(request);
    }
  }
}

/** One line on stderr, rewritten in place, when it is a terminal; nothing when it is piped. */
class Progress {
  private readonly started = Date.now();
  private lastShown = 0;
  private shown = false;

  constructor(private readonly totalBytes: number | undefined) {}

  show(articles: number, bytes: number): void {
    const now = Date.now();
    if (!process.stderr.isTTY || now - this.lastShown < PROGRESS_INTERVAL_MS) return;
    this.lastShown = now;
    const seconds = Math.max((now - this.started) / 1000, 1e-3);
    const rate = bytes / seconds;
    const eta = this.totalBytes && rate > 0 ? `, ETA ${Math.ceil(Math.max(this.totalBytes - bytes, 0) / rate)} s` : '';
    const of = this.totalBytes ? ` of ${(this.totalBytes / MB).toFixed(1)}` : '';
    process.stderr.write(`\r\x1b[K${articles} articles, ${(bytes / MB).toFixed(1)}${of} MB, ${(articles / seconds).toFixed(0)} articles/s${eta}`);
    this.shown = true;
  }

  /** What erases the progress line before another line is written. */
  clearLine(): string {
    if (!this.shown) return '';
    this.shown = false;
    return '\r\x1b[K';
  }
}
