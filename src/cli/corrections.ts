/**
 * The corrections kept beside an article (FILE.annotations.json, docs/corrections-json.md), read
 * and applied by `npm run annotate`. A missing file is the usual case and says nothing; a broken
 * one is named with its line, and the analysis is printed without it.
 */
import { applyCorrections, UnresolvedCorrection } from '../core/corrections';
import { CORRECTIONS_SUFFIX, readCorrections } from '../core/corrections-file';
import { Annotations } from '../core/types';
import { decodeInput } from './decode';

export interface SidecarIo {
  readFile(path: string, maxBytes: number): Uint8Array | undefined;
  writeStderr(text: string): void;
  /** One line for a person from a read error (main.ts's, shared with the article's). */
  describeReadError(error: unknown): string;
}

export type SidecarOutcome =
  | { ok: true; annotations: Annotations }
  /** The file is there but cannot be used: said on stderr, the analysis is left as it was. */
  | { ok: false; annotations: Annotations };

export function sidecarPath(articlePath: string): string {
  return articlePath + CORRECTIONS_SUFFIX;
}

/** Characters of a correction's text shown when it is reported. */
const EXCERPT = 40;

export function applySidecar(program: string, path: string, maxBytes: number, text: string, annotations: Annotations, io: SidecarIo): SidecarOutcome {
  let bytes: Uint8Array | undefined;
  try {
    bytes = io.readFile(path, maxBytes);
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code === 'ENOENT') return { ok: true, annotations };
    return refuse(`cannot read "${path}": ${io.describeReadError(error)}`);
  }
  if (bytes === undefined) return refuse(`"${path}" is larger than the input limit`);
  const decoded = decodeInput(bytes);
  if (!decoded.ok) return refuse(`"${path}": ${decoded.reason}`);
  const read = readCorrections(decoded.text);
  if (!read.ok) return refuse(`"${path}" line ${read.line}: ${read.message}`);

  const corrected = applyCorrections(text, annotations, read.corrections);
  if (corrected.unresolved.length > 0) {
    const count = corrected.unresolved.length;
    io.writeStderr(
      `${program}: ${count} ${count === 1 ? 'correction' : 'corrections'} in "${path}" not applied (kept in the file):\n` +
        corrected.unresolved.map((u) => `  line ${read.lines[u.index]}: ${describe(u)}\n`).join(''),
    );
  }
  return { ok: true, annotations: corrected.annotations };

  function refuse(problem: string): SidecarOutcome {
    io.writeStderr(`${program}: ${problem}; the analysis is printed without its corrections\n`);
    return { ok: false, annotations };
  }
}

const REASONS: Record<UnresolvedCorrection['reason'], string> = {
  'text-not-found': 'its text is no longer in the article',
  'no-mention': 'no entity is mentioned there',
  'no-quotation': 'no quotation is there',
};

function describe({ correction, reason, span }: UnresolvedCorrection): string {
  const excerpt = span.text.length > EXCERPT ? span.text.slice(0, EXCERPT) + '…' : span.text;
  return `${correction.op} «${excerpt}» [${span.start}–${span.end}]: ${REASONS[reason]}`;
}
