/**
 * brat standoff (.ann, https://brat.nlplab.org/standoff.html) from an analysis, and the
 * annotation.conf that declares its types, so that brat or INCEpTION opens the export as it is.
 * Offsets are Unicode code points, as brat counts them. docs/exports.md describes the mapping;
 * brat-import.ts reads it back.
 */
import { Annotations, Entity, EntityMention, EntityType, QuoteKind, Span } from '../types';
import { CodePointOffsets } from './code-points';

export const BRAT_ENTITY_TYPES: Readonly<Record<EntityType, string>> = { person: 'Person', place: 'Place', organization: 'Organization', other: 'Other' };
export const BRAT_QUOTE_TYPES: Readonly<Record<QuoteKind, string>> = { direct: 'DirectQuote', indirect: 'IndirectQuote' };

export const BratRelation = {
  /** Arg1 a quotation, Arg2 the mention of who said it. */
  speaker: 'Speaker',
  /** Arg1 a quotation, Arg2 the mention of the organization it came through (`via`). */
  channel: 'Channel',
  /** Arg1 a later mention, Arg2 the first mention of the same entity. */
  same: 'Same',
} as const;

/** The brat note that holds an entity's roles, on its first mention. */
export const BRAT_NOTE = 'AnnotatorNotes';
/** The attribute on what a person decided (`"by": "user"`). */
export const BRAT_BY_USER = 'ByUser';
/** Between an entity's roles in its note: roles are phrases of the article and hold no such run. */
export const ROLE_SEPARATOR = ' | ';

/** Characters that end a line: a text-bound annotation's text cannot hold one, so a span is cut there into fragments. */
const LINE_BREAKS = /[\r\n\u2028\u2029]+/g;

/** The .ann for an analysis of `text`: text-bound annotations in text order, then relations, attributes and notes. */
export function formatBrat(text: string, annotations: Annotations): string {
  const offsets = new CodePointOffsets(text);
  const textBound: { span: Span; type: string; byUser: boolean }[] = [];
  for (const entity of annotations.entities) {
    for (const mention of entity.mentions) textBound.push({ span: mention, type: BRAT_ENTITY_TYPES[entity.type], byUser: mention.by === 'user' });
  }
  for (const quote of annotations.quotes) textBound.push({ span: quote, type: BRAT_QUOTE_TYPES[quote.kind], byUser: quote.by === 'user' });
  textBound.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  // Mentions and quotations are found by identity: they are the analysis's own objects.
  const idOf = new Map<Span, string>(textBound.map((annotation, index) => [annotation.span, `T${index + 1}`]));
  const lines = textBound.map((annotation) => `${idOf.get(annotation.span)}\t${annotation.type} ${fragments(text, annotation.span, offsets)}`);

  const entityById = new Map(annotations.entities.map((e) => [e.id, e]));
  const relations: string[] = [];
  for (const quote of annotations.quotes) {
    const speaker = quote.speaker === null ? undefined : entityById.get(quote.speaker);
    if (speaker) relations.push(`${BratRelation.speaker} Arg1:${idOf.get(quote)} Arg2:${idOf.get(mentionNearest(speaker, quote))}`);
    const channel = quote.via === undefined ? undefined : entityById.get(quote.via);
    if (channel) relations.push(`${BratRelation.channel} Arg1:${idOf.get(quote)} Arg2:${idOf.get(mentionNearest(channel, quote))}`);
  }
  for (const entity of annotations.entities) {
    const first = idOf.get(entity.mentions[0]);
    for (const mention of entity.mentions.slice(1)) relations.push(`${BratRelation.same} Arg1:${idOf.get(mention)} Arg2:${first}`);
  }
  relations.forEach((relation, index) => lines.push(`R${index + 1}\t${relation}`));
  textBound
    .filter((annotation) => annotation.byUser)
    .forEach((annotation, index) => lines.push(`A${index + 1}\t${BRAT_BY_USER} ${idOf.get(annotation.span)}`));
  annotations.entities
    .filter((entity) => entity.roles.length > 0)
    .forEach((entity, index) => lines.push(`#${index + 1}\t${BRAT_NOTE} ${idOf.get(entity.mentions[0])}\t${entity.roles.map(oneLine).join(ROLE_SEPARATOR)}`));
  return lines.map((line) => line + '\n').join('');
}

/**
 * `start end<TAB>text` of a span, in code points; a span across line breaks is cut into fragments
 * (`0 5;6 10`) around them, and its text is the fragments' joined by a space, as brat writes it.
 */
function fragments(text: string, span: Span, offsets: CodePointOffsets): string {
  const pieces: Span[] = [];
  let from = span.start;
  for (const lineBreak of span.text.matchAll(LINE_BREAKS)) {
    const at = span.start + lineBreak.index;
    if (at > from) pieces.push({ start: from, end: at, text: text.slice(from, at) });
    from = at + lineBreak[0].length;
  }
  if (span.end > from) pieces.push({ start: from, end: span.end, text: text.slice(from, span.end) });
  const ranges = pieces.map((piece) => `${offsets.toCodePoint(piece.start)} ${offsets.toCodePoint(piece.end)}`).join(';');
  return `${ranges}\t${pieces.map((piece) => piece.text).join(' ')}`;
}

/** The entity's mention nearest before the quotation (where the text names who speaks), else its first after it. */
function mentionNearest(entity: Entity, quote: Span): EntityMention {
  let before: EntityMention | undefined;
  for (const mention of entity.mentions) if (mention.start < quote.start) before = mention;
  return before ?? entity.mentions[0];
}

function oneLine(role: string): string {
  return role.replace(/\s+/g, ' ').trim();
}

/** annotation.conf for the export: its entity types, relations with their argument types, and attribute. */
export function formatBratConf(): string {
  const entityTypes = Object.values(BRAT_ENTITY_TYPES);
  const quoteTypes = Object.values(BRAT_QUOTE_TYPES);
  const anyEntity = entityTypes.join('|');
  const anyQuote = quoteTypes.join('|');
  return [
    '# brat / INCEpTION configuration for exports of the Arabic Article Annotator (docs/exports.md)',
    '[entities]',
    ...entityTypes,
    ...quoteTypes,
    '',
    '[relations]',
    `${BratRelation.speaker}\tArg1:${anyQuote}, Arg2:${anyEntity}`,
    `${BratRelation.channel}\tArg1:${anyQuote}, Arg2:${anyEntity}`,
    `${BratRelation.same}\tArg1:${anyEntity}, Arg2:${anyEntity}`,
    // Names inside quotations overlap them.
    '<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>',
    '',
    '[events]',
    '',
    '[attributes]',
    `${BRAT_BY_USER}\tArg:<ENTITY>`,
    '',
  ].join('\n');
}
