/**
 * `annotate FILE --import-brat FILE.ann`: a brat file's annotations become the corrections kept
 * beside the article (FILE.annotations.json), so that a colleague's brat work is ours. The file is
 * written atomically, and one already there is kept as a backup, never overwritten — it may hold
 * corrections by hand, or be broken and still be someone's work.
 */
import { formatCorrections } from '../core/corrections-file';
import { importBrat } from '../core/export/brat-import';
import { Annotations } from '../core/types';
import { sidecarPath } from './corrections';
import { decodeInput } from './decode';

export interface ImportIo {
  readFile(path: string, maxBytes: number): Uint8Array | undefined;
  /** Writes the whole file or nothing: a temporary file beside it, renamed over it. Throws a Node error. */
  writeFileAtomic(path: string, data: string | Uint8Array): void;
  exists(path: string): boolean;
  writeStderr(text: string): void;
  describeReadError(error: unknown): string;
  describeWriteError(error: unknown): string;
}

export type ImportOutcome = 'written' | 'written-incomplete' | 'unreadable-lines' | 'unreadable' | 'unwritable';

export function importBratFile(program: string, articlePath: string, annPath: string, text: string, analysis: Annotations, maxBytes: number, io: ImportIo): ImportOutcome {
  let bytes: Uint8Array | undefined;
  try {
    bytes = io.readFile(annPath, maxBytes);
  } catch (error) {
    io.writeStderr(`${program}: cannot read "${annPath}": ${io.describeReadError(error)}\n`);
    return 'unreadable';
  }
  const decoded = bytes === undefined ? { ok: false as const, reason: 'it is larger than the input limit' } : decodeInput(bytes);
  if (!decoded.ok) {
    io.writeStderr(`${program}: "${annPath}": ${decoded.reason}\n`);
    return 'unreadable';
  }
  const imported = importBrat(decoded.text, text, analysis);
  if (imported.problems.length > 0) {
    // A line left out would read as "no such annotation" and become a removal: nothing is written.
    for (const problem of imported.problems) io.writeStderr(`${program}: "${annPath}" line ${problem.line}: ${problem.message}\n`);
    io.writeStderr(`${program}: nothing written: ${imported.problems.length} ${imported.problems.length === 1 ? 'line' : 'lines'} of "${annPath}" cannot be read\n`);
    return 'unreadable-lines';
  }
  for (const difference of imported.notCarried) io.writeStderr(`${program}: not carried into corrections: ${difference}\n`);

  const sidecar = sidecarPath(articlePath);
  const content = formatCorrections(imported.corrections);
  let kept: string | undefined;
  try {
    kept = keepExisting(sidecar, content, io);
    io.writeFileAtomic(sidecar, content);
  } catch (error) {
    io.writeStderr(`${program}: cannot write "${sidecar}": ${io.describeWriteError(error)}\n`);
    return 'unwritable';
  }
  const count = imported.corrections.length;
  io.writeStderr(`${program}: wrote "${sidecar}": ${count} ${count === 1 ? 'correction' : 'corrections'} from "${annPath}"${kept ? `; the file that was there is kept as "${kept}"` : ''}\n`);
  return imported.notCarried.length === 0 ? 'written' : 'written-incomplete';
}

/** Copies a sidecar already there, unless it holds just what is to be written, to the first free FILE.bak, FILE.bak2 …; its name. */
function keepExisting(sidecar: string, content: string, io: ImportIo): string | undefined {
  if (!io.exists(sidecar)) return undefined;
  const existing = io.readFile(sidecar, Number.MAX_SAFE_INTEGER) as Uint8Array;
  if (new TextDecoder().decode(existing) === content) return undefined;
  let backup = `${sidecar}.bak`;
  for (let n = 2; io.exists(backup); n++) backup = `${sidecar}.bak${n}`;
  io.writeFileAtomic(backup, existing);
  return backup;
}
