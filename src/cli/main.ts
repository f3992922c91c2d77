/**
 * `npm run annotate`: reads one article, analyses it, prints the annotation JSON or a readable
 * summary. All I/O goes through `CliIo` so the whole command is testable without a process.
 * Exit codes: 0 done, 1 the input could not be read, is over the size limit or is not UTF-8 text,
 * 2 bad arguments, 3 the output could not be written (index.ts), 4 FILE.annotations.json cannot be
 * used, 5 --import-brat could not take all of the .ann.
 */
import { EXPORTERS, formatBratConf } from '../core/export/index';
import { analyze, SpeakerExplanation } from '../core/index';
import { renderReadingDocument } from '../core/render/readingHtml';
import { InputSource, parseArgs, USAGE } from './args';
import { applySidecar, sidecarPath } from './corrections';
import { decodeInput } from './decode';
import { formatExplanations } from './explain';
import { importBratFile } from './import-brat';
import { jsonPieces } from './json-pieces';
import { formatTextReport } from './report';

export interface CliIo {
  /**
   * Reads a whole file, or undefined when it holds more than `maxBytes` (read no further); throws
   * a Node error (with `code`) when it cannot.
   */
  readFile(path: string, maxBytes: number): Uint8Array | undefined;
  readStdin(maxBytes: number): Uint8Array | undefined;
  writeStdout(text: string): void;
  writeStderr(text: string): void;
  /** Writes the whole file or nothing (--import-brat). */
  writeFileAtomic(path: string, data: string | Uint8Array): void;
  exists(path: string): boolean;
}

export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 1;
export const EXIT_USAGE = 2;
export const EXIT_OUTPUT_FAILED = 3;
/** FILE.annotations.json could not be used; the analysis was printed without it. */
export const EXIT_BAD_CORRECTIONS = 4;
/** --import-brat: lines of the .ann cannot be read (nothing written), or what it says cannot all be carried into corrections (the rest written). */
export const EXIT_IMPORT_INCOMPLETE = 5;

const PROGRAM = 'annotate';
const MB = 1024 * 1024;
/** The JSON is written in writes of about this many characters, never as one string. */
const WRITE_BATCH_CHARS = 1 << 16;

export function runCli(argv: readonly string[], io: CliIo, sampleArticlePath: string): number {
  const parsed = parseArgs(argv);
  if (parsed.kind === 'help') {
    io.writeStdout(USAGE + '\n');
    return EXIT_OK;
  }
  if (parsed.kind === 'usage-error') {
    io.writeStderr(`${PROGRAM}: ${parsed.message}\n${USAGE}\n`);
    return EXIT_USAGE;
  }
  if (parsed.kind === 'brat-conf') {
    io.writeStdout(formatBratConf());
    return EXIT_OK;
  }
  if (parsed.kind === 'batch') {
    // index.ts sends many-article runs to runBatch (asynchronous, worker threads) before this.
    io.writeStderr(`${PROGRAM}: annotating many articles needs the command itself (npm run annotate)\n`);
    return EXIT_USAGE;
  }
  const { input, format, explain, maxSizeMB, ignoreCorrections, importBrat } = parsed.options;

  const text = readText(input, maxSizeMB, io, sampleArticlePath);
  if (text === undefined) return EXIT_BAD_INPUT;
  const explanations: SpeakerExplanation[] | undefined = explain ? [] : undefined;
  const articlePath = input.kind === 'file' ? input.path : input.kind === 'sample' ? sampleArticlePath : undefined;
  if (importBrat !== undefined && articlePath !== undefined) {
    const outcome = importBratFile(PROGRAM, articlePath, importBrat, text, analyze(text), Math.floor(maxSizeMB * MB), { ...io, describeReadError, describeWriteError });
    return { written: EXIT_OK, 'written-incomplete': EXIT_IMPORT_INCOMPLETE, 'unreadable-lines': EXIT_IMPORT_INCOMPLETE, unreadable: EXIT_BAD_INPUT, unwritable: EXIT_OUTPUT_FAILED }[outcome];
  }
  const corrected =
    articlePath === undefined || ignoreCorrections
      ? { ok: true, annotations: analyze(text, explanations) }
      : applySidecar(PROGRAM, sidecarPath(articlePath), Math.floor(maxSizeMB * MB), text, analyze(text, explanations), { ...io, describeReadError });
  const { annotations } = corrected;
  if (format === 'json') writeJson(explanations ? { ...annotations, explanations } : annotations, io);
  else if (format === 'text') io.writeStdout(explanations ? formatExplanations(annotations, explanations) : formatTextReport(annotations));
  else if (format === 'html') io.writeStdout(renderReadingDocument(text, annotations));
  else io.writeStdout(EXPORTERS[format].render(text, annotations));
  return corrected.ok ? EXIT_OK : EXIT_BAD_CORRECTIONS;
}

/**
 * The input's text, or undefined when it cannot be had (said on stderr). Its bytes are local
 * here, so they are garbage before the analysis starts.
 */
function readText(input: InputSource, maxSizeMB: number, io: CliIo, sampleArticlePath: string): string | undefined {
  const name = inputName(input, sampleArticlePath);
  let bytes: Uint8Array | undefined;
  try {
    bytes = readInput(input, Math.floor(maxSizeMB * MB), io, sampleArticlePath);
  } catch (error) {
    io.writeStderr(`${PROGRAM}: cannot read ${name}: ${describeReadError(error)}\n`);
    return undefined;
  }
  if (bytes === undefined) {
    io.writeStderr(`${PROGRAM}: ${name} is larger than the input limit of ${maxSizeMB} MB; --max-size MB raises it (the analysis needs about 20 times the input in memory)\n`);
    return undefined;
  }
  const decoded = decodeInput(bytes);
  if (!decoded.ok) {
    io.writeStderr(`${PROGRAM}: ${name}: ${decoded.reason}\n`);
    return undefined;
  }
  return decoded.text;
}

function readInput(input: InputSource, maxBytes: number, io: CliIo, sampleArticlePath: string): Uint8Array | undefined {
  switch (input.kind) {
    case 'stdin':
      return io.readStdin(maxBytes);
    case 'file':
      return io.readFile(input.path, maxBytes);
    case 'sample':
      return io.readFile(sampleArticlePath, maxBytes);
  }
}

function writeJson(value: object, io: CliIo): void {
  let batch = '';
  for (const piece of jsonPieces(value)) {
    batch += piece;
    if (batch.length >= WRITE_BATCH_CHARS) {
      io.writeStdout(batch);
      batch = '';
    }
  }
  io.writeStdout(batch + '\n');
}

function inputName(input: InputSource, sampleArticlePath: string): string {
  switch (input.kind) {
    case 'stdin':
      return 'standard input';
    case 'file':
      return `"${input.path}"`;
    case 'sample':
      return `the sample article "${sampleArticlePath}"`;
  }
}

const READ_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is not a directory',
  ENAMETOOLONG: 'the file name is too long',
  ELOOP: 'too many symbolic links',
  EAGAIN: 'the input is not ready (non-blocking)',
};

const WRITE_ERRORS: Record<string, string> = {
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'the file would be too large',
  EIO: 'input/output error',
  EBADF: 'standard output is not open for writing',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

/** One line for a person: the errno's meaning, never a stack trace. */
export function describeReadError(error: unknown): string {
  return describeSystemError(error, READ_ERRORS);
}

export function describeWriteError(error: unknown): string {
  return describeSystemError(error, WRITE_ERRORS);
}

function describeSystemError(error: unknown, meanings: Record<string, string>): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && meanings[code]) return meanings[code];
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0];
}
