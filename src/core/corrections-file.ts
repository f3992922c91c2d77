/**
 * The corrections file, `ARTICLE.annotations.json` (docs/corrections-json.md), schema version 1:
 * what a person decided about an article's annotations, kept beside it. Read, checked and written
 * here; applied to an analysis by corrections.ts.
 */
import { parseJsonWithLines, JsonValue } from './json-lines';
import { EntityType, QuoteKind, Span } from './types';

export const CORRECTIONS_SCHEMA = 'arabic-article-corrections/1';

/** The file beside an article: news.txt → news.txt.annotations.json. */
export const CORRECTIONS_SUFFIX = '.annotations.json';

export type Correction =
  /** This span is a mention of that type; `type: null`: no entity here. */
  | { op: 'entity'; start: number; end: number; text: string; type: EntityType | null }
  /** The quotation at `quote` was said by the entity mentioned at `speaker` (null: an unnamed source). */
  | { op: 'speaker'; quote: Span; speaker: Span | null }
  /** The quotation at `quote` came through the organization mentioned at `via` (null: through none the text names). */
  | { op: 'via'; quote: Span; via: Span | null }
  /** A quotation of that kind here; `kind: null`: no quotation here. */
  | { op: 'quote'; start: number; end: number; text: string; kind: QuoteKind | null }
  /** The entity mentioned at `entity` has (or, with `remove`, has not) that role. */
  | { op: 'role'; entity: Span; role: string; remove?: true }
  /** The entities mentioned at `a` and `b` are one (`same`) or two (`different`). */
  | { op: 'same' | 'different'; a: Span; b: Span };

export type CorrectionOp = Correction['op'];

export interface CorrectionsFile {
  schema: typeof CORRECTIONS_SCHEMA;
  corrections: Correction[];
}

export type CorrectionsRead =
  | { ok: true; corrections: Correction[]; /** The line each correction starts on, by index. */ lines: number[] }
  | { ok: false; line: number; message: string };

const ENTITY_TYPES: readonly (EntityType | null)[] = ['person', 'place', 'organization', 'other', null];
const QUOTE_KINDS: readonly (QuoteKind | null)[] = ['direct', 'indirect', null];
const OPS: readonly CorrectionOp[] = ['entity', 'speaker', 'quote', 'role', 'same', 'different', 'via'];

class InvalidCorrection extends Error {}

type JsonObject = { [key: string]: JsonValue };

function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a corrections file's text (a leading BOM allowed); a problem is named by its line. */
export function readCorrections(fileText: string): CorrectionsRead {
  const parsed = parseJsonWithLines(fileText.replace(/^\uFEFF/, ''));
  if (!parsed.ok) return parsed;
  const root = parsed.value;
  const lineOf = (value: JsonValue): number => (typeof value === 'object' && value !== null ? parsed.lineOf(value) ?? 1 : 1);
  if (!isObject(root)) return { ok: false, line: 1, message: 'the file must hold one JSON object' };
  if (root.schema !== CORRECTIONS_SCHEMA) {
    return { ok: false, line: lineOf(root), message: `"schema" must be "${CORRECTIONS_SCHEMA}" (found ${JSON.stringify(root.schema ?? null)})` };
  }
  const list = root.corrections;
  if (!Array.isArray(list)) return { ok: false, line: lineOf(root), message: '"corrections" must be an array' };
  const corrections: Correction[] = [];
  const lines: number[] = [];
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    const line = isObject(item) ? lineOf(item) : lineOf(list);
    try {
      corrections.push(toCorrection(item));
    } catch (error) {
      if (!(error instanceof InvalidCorrection)) throw error;
      return { ok: false, line, message: `correction ${i + 1}: ${error.message}` };
    }
    lines.push(line);
  }
  return { ok: true, corrections, lines };
}

/** One correction as a command is given it (a quick fix, a hover link): undefined unless it is well formed. */
export function parseCorrection(value: unknown): Correction | undefined {
  try {
    return toCorrection(value as JsonValue);
  } catch (error) {
    if (error instanceof InvalidCorrection) return undefined;
    throw error;
  }
}

function toCorrection(item: JsonValue): Correction {
  if (!isObject(item)) throw new InvalidCorrection('must be an object');
  const op = item.op;
  switch (op) {
    case 'entity':
      return { op, ...toSpan(item, 'the correction'), type: oneOf(item, 'type', ENTITY_TYPES) };
    case 'quote':
      return { op, ...toSpan(item, 'the correction'), kind: oneOf(item, 'kind', QUOTE_KINDS) };
    case 'speaker':
      return { op, quote: spanField(item, 'quote'), speaker: item.speaker === null ? null : spanField(item, 'speaker') };
    case 'via':
      return { op, quote: spanField(item, 'quote'), via: item.via === null ? null : spanField(item, 'via') };
    case 'role': {
      const role = item.role;
      if (typeof role !== 'string' || role.trim() === '') throw new InvalidCorrection('"role" must be a non-empty string');
      if (item.remove !== undefined && item.remove !== true) throw new InvalidCorrection('"remove" must be true or absent');
      return item.remove ? { op, entity: spanField(item, 'entity'), role, remove: true } : { op, entity: spanField(item, 'entity'), role };
    }
    case 'same':
    case 'different':
      return { op, a: spanField(item, 'a'), b: spanField(item, 'b') };
    default:
      throw new InvalidCorrection(`"op" must be one of ${OPS.join(', ')} (found ${JSON.stringify(op ?? null)})`);
  }
}

function oneOf<T>(item: JsonObject, key: string, allowed: readonly T[]): T {
  const value = item[key];
  if (!allowed.includes(value as T)) throw new InvalidCorrection(`"${key}" must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`);
  return value as T;
}

function spanField(item: JsonObject, key: string): Span {
  const value = item[key];
  if (!isObject(value)) throw new InvalidCorrection(`"${key}" must be a span: { "start", "end", "text" }`);
  return toSpan(value, `"${key}"`);
}

function toSpan(value: JsonObject, what: string): Span {
  const { start, end, text } = value;
  if (typeof start !== 'number' || typeof end !== 'number' || !Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start) {
    throw new InvalidCorrection(`${what} needs whole numbers "start" < "end" from 0`);
  }
  if (typeof text !== 'string') throw new InvalidCorrection(`${what} needs its "text"`);
  if (text.length !== end - start) throw new InvalidCorrection(`${what}: "text" has ${text.length} UTF-16 code units but end − start is ${end - start}`);
  return { start, end, text };
}

/**
 * The file's text for these corrections: one correction a line, keys in a fixed order, sorted by
 * where they apply, so that a change to one correction is a one-line diff.
 */
export function formatCorrections(corrections: readonly Correction[]): string {
  const lines = [...corrections].sort(compareCorrections).map((c) => '    ' + JSON.stringify(canonical(c)));
  const body = lines.length === 0 ? '[]' : `[\n${lines.join(',\n')}\n  ]`;
  return `{ "schema": "${CORRECTIONS_SCHEMA}",\n  "corrections": ${body} }\n`;
}

/** The same correction with its keys in the documented order (JSON.stringify keeps insertion order). */
function canonical(c: Correction): Correction {
  const span = (s: Span): Span => ({ start: s.start, end: s.end, text: s.text });
  switch (c.op) {
    case 'entity':
      return { op: c.op, ...span(c), type: c.type };
    case 'quote':
      return { op: c.op, ...span(c), kind: c.kind };
    case 'speaker':
      return { op: c.op, quote: span(c.quote), speaker: c.speaker && span(c.speaker) };
    case 'via':
      return { op: c.op, quote: span(c.quote), via: c.via && span(c.via) };
    case 'role':
      return c.remove ? { op: c.op, entity: span(c.entity), role: c.role, remove: true } : { op: c.op, entity: span(c.entity), role: c.role };
    case 'same':
    case 'different':
      return { op: c.op, a: span(c.a), b: span(c.b) };
  }
}

/** The spans a correction is about, the main one first: where it sorts, what re-anchoring moves. */
export function correctionSpans(c: Correction): Span[] {
  switch (c.op) {
    case 'entity':
    case 'quote':
      return [c];
    case 'speaker':
      return c.speaker ? [c.quote, c.speaker] : [c.quote];
    case 'via':
      return c.via ? [c.quote, c.via] : [c.quote];
    case 'role':
      return [c.entity];
    case 'same':
    case 'different':
      return [c.a, c.b];
  }
}

function compareCorrections(x: Correction, y: Correction): number {
  const xs = correctionSpans(x);
  const ys = correctionSpans(y);
  for (let i = 0; i < Math.max(xs.length, ys.length); i++) {
    if (!xs[i] || !ys[i]) return xs.length - ys.length;
    const byPlace = xs[i].start - ys[i].start || xs[i].end - ys[i].end;
    if (byPlace !== 0) return byPlace;
  }
  const byOp = OPS.indexOf(x.op) - OPS.indexOf(y.op);
  if (byOp !== 0) return byOp;
  const xJson = JSON.stringify(canonical(x));
  const yJson = JSON.stringify(canonical(y));
  return xJson < yJson ? -1 : xJson > yJson ? 1 : 0;
}
