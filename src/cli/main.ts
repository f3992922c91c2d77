/**
 * `npm run annotate`: reads one article, analyses it, prints the annotation JSON or a readable
 * summary. All I/O goes through `CliIo` so the whole command is testable without a process.
 * Exit codes: 0 done, 1 the input could not be read or is not UTF-8 text, 2 bad arguments.
 */
import { analyze, SpeakerExplanation } from '../core/index';
import { InputSource, parseArgs, USAGE } from './args';
import { decodeInput } from './decode';
import { formatExplanations } from './explain';
import { formatTextReport } from './report';

export interface CliIo {
  /** Reads a whole file; throws a Node error (with `code`) when it cannot. */
  readFile(path: string): Uint8Array;
  readStdin(): Uint8Array;
  writeStdout(text: string): void;
  writeStderr(text: string): void;
}

export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 1;
export const EXIT_USAGE = 2;

const PROGRAM = 'annotate';

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
  const { input, format, explain } = parsed.options;

  let bytes: Uint8Array;
  try {
    bytes = readInput(input, io, sampleArticlePath);
  } catch (error) {
    io.writeStderr(`${PROGRAM}: cannot read ${inputName(input, sampleArticlePath)}: ${describeReadError(error)}\n`);
    return EXIT_BAD_INPUT;
  }
  const decoded = decodeInput(bytes);
  if (!decoded.ok) {
    io.writeStderr(`${PROGRAM}: ${inputName(input, sampleArticlePath)}: ${decoded.reason}\n`);
    return EXIT_BAD_INPUT;
  }

  const explanations: SpeakerExplanation[] | undefined = explain ? [] : undefined;
  const annotations = analyze(decoded.text, explanations);
  if (format === 'json') io.writeStdout(JSON.stringify(explanations ? { ...annotations, explanations } : annotations, null, 2) + '\n');
  else io.writeStdout(explanations ? formatExplanations(annotations, explanations) : formatTextReport(annotations));
  return EXIT_OK;
}

function readInput(input: InputSource, io: CliIo, sampleArticlePath: string): Uint8Array {
  switch (input.kind) {
    case 'stdin':
      return io.readStdin();
    case 'file':
      return io.readFile(input.path);
    case 'sample':
      return io.readFile(sampleArticlePath);
  }
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

/** One line for a person: the errno's meaning, never a stack trace. */
export function describeReadError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && READ_ERRORS[code]) return READ_ERRORS[code];
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0];
}
