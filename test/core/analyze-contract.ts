/**
 * The annotation JSON contract (src/core/types.ts, ../shared/notes/annotation-json.md) as one
 * check, shared by the analyze and robustness tests: returns every violation found, so a failing
 * property reports what is wrong rather than just "false".
 */
import { Annotations, SCHEMA_VERSION, Span } from '../../src/core/types';

const ENTITY_TYPES = new Set(['person', 'place', 'organization', 'other']);
const QUOTE_KINDS = new Set(['direct', 'indirect']);
const QUOTE_FLAGS = new Set(['unclosed', 'mismatched-marks', 'reversed-mark']);

export function contractViolations(text: string, annotations: Annotations): string[] {
  const problems: string[] = [];
  const checkSpan = (where: string, span: Span | null | undefined): void => {
    if (!span || typeof span !== 'object') return void problems.push(`${where}: not a span`);
    const { start, end } = span;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
      return void problems.push(`${where}: [${start}, ${end}) is not a non-empty range inside 0..${text.length}`);
    }
    if (span.text !== text.slice(start, end)) problems.push(`${where}: text ${JSON.stringify(span.text)} is not the slice ${JSON.stringify(text.slice(start, end))}`);
    if (cutsSurrogatePair(text, start) || cutsSurrogatePair(text, end)) problems.push(`${where}: [${start}, ${end}) cuts a surrogate pair`);
  };

  if (annotations.schema !== SCHEMA_VERSION) problems.push(`schema is ${JSON.stringify(annotations.schema)}`);
  if (!Array.isArray(annotations.entities) || !Array.isArray(annotations.quotes)) return [...problems, 'entities or quotes is not an array'];

  const entityIds = new Set<string>();
  const allMentions: Array<Span & { where: string }> = [];
  annotations.entities.forEach((entity, i) => {
    const where = `entities[${i}] (${entity.id})`;
    if (typeof entity.id !== 'string' || entityIds.has(entity.id)) problems.push(`${where}: id missing or repeated`);
    entityIds.add(entity.id);
    if (!ENTITY_TYPES.has(entity.type)) problems.push(`${where}: type ${JSON.stringify(entity.type)}`);
    if (typeof entity.name !== 'string' || entity.name.trim() === '') problems.push(`${where}: empty name`);
    if (!Array.isArray(entity.roles) || entity.roles.some((r) => typeof r !== 'string' || r.trim() === '')) problems.push(`${where}: roles must be non-empty strings`);
    if (!Array.isArray(entity.mentions) || entity.mentions.length === 0) return void problems.push(`${where}: no mentions`);
    entity.mentions.forEach((m, j) => {
      checkSpan(`${where}.mentions[${j}]`, m);
      if (j > 0 && m.start < entity.mentions[j - 1].start) problems.push(`${where}.mentions[${j}]: not in text order`);
      allMentions.push({ ...m, where: `${where}.mentions[${j}]` });
    });
  });
  allMentions.sort((a, b) => a.start - b.start);
  for (let i = 1; i < allMentions.length; i++) {
    if (allMentions[i].start < allMentions[i - 1].end) problems.push(`${allMentions[i - 1].where} overlaps ${allMentions[i].where}`);
  }

  const quoteIds = new Set<string>();
  annotations.quotes.forEach((quote, i) => {
    const where = `quotes[${i}] (${quote.id})`;
    if (typeof quote.id !== 'string' || quoteIds.has(quote.id)) problems.push(`${where}: id missing or repeated`);
    quoteIds.add(quote.id);
    if (!QUOTE_KINDS.has(quote.kind)) problems.push(`${where}: kind ${JSON.stringify(quote.kind)}`);
    checkSpan(where, quote);
    if (quote.speaker !== null && !entityIds.has(quote.speaker)) problems.push(`${where}: speaker ${JSON.stringify(quote.speaker)} is neither null nor an entity id`);
    if (quote.cue !== null) checkSpan(`${where}.cue`, quote.cue);
    if (quote.flags !== undefined && (!Array.isArray(quote.flags) || quote.flags.some((f) => !QUOTE_FLAGS.has(f)))) problems.push(`${where}: flags ${JSON.stringify(quote.flags)}`);
  });
  return problems;
}

function cutsSurrogatePair(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}
