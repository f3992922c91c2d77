/** The Node entry of `npm run annotate` (scripts/annotate.mjs bundles and calls it). */
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, readlinkSync, readSync, renameSync, rmSync, writeSync } from 'fs';
import { parseArgs } from './args';
import { runBatch } from './batch';
import { isAnalysisWorker, serveAnalyses } from './batch-worker';
import { CliIo, describeWriteError, EXIT_OUTPUT_FAILED, runCli } from './main';

// A batch run's worker threads load this same file (the bundle) and serve analyses.
if (isAnalysisWorker()) serveAnalyses();

const STDIN_FD = 0;
const STDOUT_FD = 1;
const READ_CHUNK_BYTES = 1 << 20;

/** Resolves to the exit code once everything written has reached standard output or failed. */
export async function main(argv: readonly string[], sampleArticlePath: string): Promise<number> {
  if (startedWithStdoutClosed()) {
    process.stderr.write('annotate: standard output is closed, so the annotations would be lost: redirect it to a file, or to /dev/null to discard them\n');
    return EXIT_OUTPUT_FAILED;
  }
  // A failed write is reported to its callback; without a listener its 'error' event would crash.
  process.stdout.on('error', () => undefined);
  const parsed = parseArgs(argv);
  if (parsed.kind === 'batch') return runBatch(parsed.options, __filename);
  let writeFailure: NodeJS.ErrnoException | undefined;
  let written = Promise.resolve();
  const io: CliIo = {
    readFile: (path, maxBytes) => {
      const fd = openSync(path, 'r');
      try {
        return readAtMost(fd, maxBytes);
      } finally {
        closeSync(fd);
      }
    },
    readStdin: (maxBytes) => readAtMost(STDIN_FD, maxBytes),
    writeStdout: (text) => {
      if (writeFailure) return;
      written = new Promise((resolve) => process.stdout.write(text, (error) => {
        writeFailure ??= error ?? undefined;
        resolve();
      }));
    },
    writeStderr: (text) => process.stderr.write(text),
    writeFileAtomic,
    exists: existsSync,
  };
  const code = runCli(argv, io, sampleArticlePath);
  await written;
  // `annotate … | head` closes the pipe early: that is the reader's choice, not an error.
  if (!writeFailure || writeFailure.code === 'EPIPE') return code;
  process.stderr.write(`annotate: cannot write the output: ${describeWriteError(writeFailure)}\n`);
  return EXIT_OUTPUT_FAILED;
}

/** The whole file or nothing: written and flushed to a temporary file beside it, then renamed over it. */
function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    const fd = openSync(temporary, 'wx');
    try {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      for (let written = 0; written < bytes.length;) written += writeSync(fd, bytes, written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * The bytes of a file descriptor up to its end, or undefined as soon as there are more than
 * `maxBytes`: /dev/zero or a runaway file is never read further than the limit.
 */
function readAtMost(fd: number, maxBytes: number): Uint8Array | undefined {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(READ_CHUNK_BYTES, maxBytes + 1 - total));
    const read = readSync(fd, chunk, 0, chunk.length, null);
    if (read === 0) return Buffer.concat(chunks, total);
    chunks.push(chunk.subarray(0, read));
    total += read;
    if (total > maxBytes) return undefined;
  }
}

/**
 * Whether the command was started with standard output closed (`annotate >&-`). Node puts
 * /dev/null, opened read-write, in place of a closed standard descriptor, where a shell's
 * `> /dev/null` opens it write-only; only Linux's /proc tells them apart (elsewhere: false).
 * A parent that spawns the command with stdout 'ignore' looks the same, and is told too.
 */
function startedWithStdoutClosed(): boolean {
  try {
    if (readlinkSync(`/proc/self/fd/${STDOUT_FD}`) !== '/dev/null') return false;
    const flags = /^flags:\s*([0-7]+)/m.exec(readFileSync(`/proc/self/fdinfo/${STDOUT_FD}`, 'utf8'));
    const O_ACCMODE = 0o3;
    const O_RDWR = 0o2;
    return flags !== null && (parseInt(flags[1], 8) & O_ACCMODE) === O_RDWR;
  } catch {
    return false;
  }
}
