/**
 * The check of a batch run over JSONL (scripts/check-batch.mjs): every output line is JSON, comes in
 * input order, names its input, and its offsets slice back to the input's text; there is a line
 * for each input; each failure is a line with "error" and is named on stderr. It reads the input
 * on its own terms (not with the command's code), so a fault in the command cannot hide itself.
 */

interface Span {
  start: number;
  end: number;
  text: string;
}

/** One input line as the check understands it: what its output line must be labelled, and its text. */
export interface ExpectedArticle {
  label: { id: string | number } | { line: number };
  text?: string;
}

/** The inputs of a JSONL text: one per line that is not blank, numbered from 1. */
export function expectedArticles(jsonl: string): ExpectedArticle[] {
  const expected: ExpectedArticle[] = [];
  jsonl.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    let value: { id?: unknown; text?: unknown } = {};
    try {
      const parsed: unknown = JSON.parse(line);
      if (typeof parsed === 'object' && parsed !== null) value = parsed;
    } catch {
      // Not JSON: the command must report it by its line.
    }
    const label = typeof value.id === 'string' || typeof value.id === 'number' ? { id: value.id } : { line: index + 1 };
    expected.push(typeof value.text === 'string' && 'id' in label ? { label, text: value.text } : { label });
  });
  return expected;
}

export interface CheckReport {
  lines: number;
  annotated: number;
  failed: number;
  spans: number;
  problems: string[];
}

const MAX_PROBLEMS = 20;

export class BatchOutputCheck {
  private next = 0;
  private readonly report: CheckReport = { lines: 0, annotated: 0, failed: 0, spans: 0, problems: [] };
  private readonly failedLabels: string[] = [];

  constructor(private readonly expected: readonly ExpectedArticle[]) {}

  /** The next line of the command's standard output. */
  line(line: string): void {
    const lineNumber = ++this.report.lines;
    const expected = this.expected[this.next++];
    let value: Record<string, unknown>;
    try {
      value = JSON.parse(line) as Record<string, unknown>;
    } catch {
      return this.problem(`output line ${lineNumber} is not JSON: ${line.slice(0, 80)}`);
    }
    if (expected === undefined) return this.problem(`output line ${lineNumber} has no input (there are ${this.expected.length})`);
    const wanted = JSON.stringify(expected.label);
    const got = JSON.stringify('id' in value ? { id: value.id } : { line: value.line });
    if (got !== wanted) return this.problem(`output line ${lineNumber} is for ${got}, where input ${lineNumber} is ${wanted}: order not kept or a line dropped`);
    if (typeof value.error === 'string') {
      this.report.failed++;
      this.failedLabels.push(stderrName(expected.label));
      return;
    }
    if (expected.text === undefined) return this.problem(`output line ${lineNumber}: input ${wanted} cannot be annotated, yet it has annotations`);
    this.report.annotated++;
    for (const span of spansOf(value)) {
      this.report.spans++;
      if (expected.text.slice(span.start, span.end) !== span.text) {
        this.problem(`output line ${lineNumber}: span ${span.start}–${span.end} "${span.text}" is not the text there`);
      }
    }
  }

  /** After the last line: the missing lines, and failures not named on stderr. */
  end(stderr: string): CheckReport {
    if (this.report.lines < this.expected.length) this.problem(`${this.expected.length - this.report.lines} inputs have no output line, from input ${this.report.lines + 1} on`);
    const reported = stderr.split('\n');
    for (const name of this.failedLabels) {
      if (!reported.some((line) => line.startsWith(`annotate: ${name}: `))) this.problem(`the failure of ${name} is not reported on stderr`);
    }
    return this.report;
  }

  private problem(message: string): void {
    if (this.report.problems.length < MAX_PROBLEMS) this.report.problems.push(message);
    else if (this.report.problems.length === MAX_PROBLEMS) this.report.problems.push('… and more');
  }
}

function stderrName(label: ExpectedArticle['label']): string {
  return 'id' in label ? `id ${JSON.stringify(label.id)}` : `line ${label.line}`;
}

/** Every span of an annotation JSON: mentions, quotations and cues; malformed ones fail the slice. */
function spansOf(annotations: Record<string, unknown>): Span[] {
  const entities = Array.isArray(annotations.entities) ? (annotations.entities as Array<{ mentions?: Span[] }>) : [];
  const quotes = Array.isArray(annotations.quotes) ? (annotations.quotes as Array<Span & { cue?: Span | null }>) : [];
  return [...entities.flatMap((entity) => entity.mentions ?? []), ...quotes, ...quotes.flatMap((quote) => (quote.cue ? [quote.cue] : []))];
}
