/**
 * Editing a list of corrections (docs/corrections-json.md) as a person decides things one at a
 * time: a new decision replaces the earlier one about the same thing, an undo puts that one back,
 * and "reviewed" turns every annotation into the corrections that fix it. Pure.
 */
import { Correction } from './corrections-file';
import { Annotations, Entity, Span } from './types';

const spanKey = (span: Span): string => `${span.start}:${span.end}`;
const spanOf = (span: Span): Span => ({ start: span.start, end: span.end, text: span.text });

/**
 * What a correction decides about: two corrections with one key say different things about the
 * same thing, so a file keeps one of them. A role added and the same role removed share a key, as
 * do `same` and `different` on one pair of mentions (in either order).
 */
export function correctionKey(c: Correction): string {
  switch (c.op) {
    case 'entity':
    case 'quote':
      return `${c.op} ${spanKey(c)}`;
    case 'speaker':
    case 'via':
      return `${c.op} ${spanKey(c.quote)}`;
    case 'role':
      return `role ${spanKey(c.entity)} ${c.role}`;
    case 'same':
    case 'different':
      return `grouping ${[spanKey(c.a), spanKey(c.b)].sort().join(' ')}`;
  }
}

export interface CorrectionsAdded {
  corrections: Correction[];
  /** The corrections they replaced (the earlier decisions about the same things). */
  replaced: Correction[];
}

/** The list with `added` in it, instead of any earlier correction about the same things; the others (removals among them) kept. */
export function withCorrections(corrections: readonly Correction[], added: readonly Correction[]): CorrectionsAdded {
  const keys = new Set(added.map(correctionKey));
  const isReplaced = (c: Correction) => keys.has(correctionKey(c));
  return { corrections: [...corrections.filter((c) => !isReplaced(c)), ...added], replaced: corrections.filter(isReplaced) };
}

/**
 * The list as it was before `added` replaced `replaced` (an undo): undefined when nothing in it is
 * about those things any more (they were removed meanwhile).
 */
export function withoutCorrections(corrections: readonly Correction[], added: readonly Correction[], replaced: readonly Correction[]): Correction[] | undefined {
  const keys = new Set(added.map(correctionKey));
  const isAdded = (c: Correction) => keys.has(correctionKey(c));
  if (!corrections.some(isAdded)) return undefined;
  return [...corrections.filter((c) => !isAdded(c)), ...replaced];
}

/** How far a mention is from a span, in UTF-16 code units: a name after it counts double (a speaker is usually named before). */
export function mentionDistance(mention: Span, span: Span): number {
  return mention.end <= span.start ? span.start - mention.end : 2 * Math.max(0, mention.start - span.end);
}

/** The mention of `entity` nearest to `span` and outside it (any mention when all are inside). */
export function nearestMention(entity: Entity, span: Span): Span | undefined {
  let best: Span | undefined;
  for (const mention of entity.mentions) {
    if (mention.end > span.start && mention.start < span.end) continue;
    if (!best || mentionDistance(mention, span) < mentionDistance(best, span)) best = mention;
  }
  return best ?? entity.mentions[0];
}

/**
 * The corrections that fix every annotation as it is (for building gold data): each mention's
 * type, one entity's mentions as one, its roles, each quotation's kind, speaker and channel.
 */
export function reviewedCorrections(annotations: Annotations): Correction[] {
  const byId = new Map(annotations.entities.map((entity) => [entity.id, entity]));
  const corrections: Correction[] = [];
  for (const entity of annotations.entities) {
    const [first, ...others] = entity.mentions;
    if (!first) continue;
    for (const mention of entity.mentions) corrections.push({ op: 'entity', ...spanOf(mention), type: entity.type });
    for (const other of others) corrections.push({ op: 'same', a: spanOf(first), b: spanOf(other) });
    for (const role of entity.roles) corrections.push({ op: 'role', entity: spanOf(first), role });
  }
  const mentionOf = (id: string | null | undefined, quote: Span): Span | null => {
    const entity = id ? byId.get(id) : undefined;
    const mention = entity && nearestMention(entity, quote);
    return mention ? spanOf(mention) : null;
  };
  for (const quote of annotations.quotes) {
    corrections.push({ op: 'quote', ...spanOf(quote), kind: quote.kind });
    corrections.push({ op: 'speaker', quote: spanOf(quote), speaker: mentionOf(quote.speaker, quote) });
    corrections.push({ op: 'via', quote: spanOf(quote), via: mentionOf(quote.via, quote) });
  }
  return corrections;
}
