/**
 * Applies a corrections file (docs/corrections-json.md) on top of an analysis: the one function the
 * editor and the CLI share, so that what a person decided reads the same everywhere. Pure.
 */
import { Correction, CorrectionOp, correctionSpans } from './corrections-file';
import { showsName } from './text';
import { Annotations, Entity, EntityMention, EntityType, Quote, Span } from './types';

export type UnresolvedReason =
  /** The span's text is nowhere in the article any more. */
  | 'text-not-found'
  /** The text is there, but no entity is mentioned at that span to correct. */
  | 'no-mention'
  /** The text is there, but no quotation is at that span to correct. */
  | 'no-quotation';

export interface UnresolvedCorrection {
  /** Its index in the corrections given. */
  index: number;
  correction: Correction;
  reason: UnresolvedReason;
  /** The span (as in the correction) that was not found or has nothing to correct. */
  span: Span;
}

export interface CorrectedAnalysis {
  annotations: Annotations;
  /**
   * The corrections given, in the same order, each moved to where its text is now; one whose text
   * is gone is kept as it was: a writer of the file keeps it, never drops it.
   */
  corrections: Correction[];
  unresolved: UnresolvedCorrection[];
}

/** Ops that change the mentions come first, so that the others find the mentions they name. */
const APPLY_ORDER: readonly CorrectionOp[] = ['entity', 'same', 'different', 'role', 'quote', 'speaker', 'via'];

/** How many of the following spans vote on where the text moved, when a span is not where it was. */
const CONFIRMING_SPANS = 8;

export function applyCorrections(text: string, annotations: Annotations, corrections: readonly Correction[]): CorrectedAnalysis {
  const anchored = reanchor(text, corrections);
  const editable = new EditableAnalysis(annotations);
  const unresolved: UnresolvedCorrection[] = [];
  anchored.forEach((a, index) => {
    if (a.lostSpan) unresolved.push({ index, correction: corrections[index], reason: 'text-not-found', span: a.lostSpan });
  });
  const order = anchored.map((_, index) => index).filter((index) => !anchored[index].lostSpan);
  order.sort((x, y) => APPLY_ORDER.indexOf(anchored[x].correction.op) - APPLY_ORDER.indexOf(anchored[y].correction.op) || x - y);
  for (const index of order) {
    const problem = editable.apply(anchored[index].correction);
    if (problem) {
      const span = originalSpan(corrections[index], anchored[index].correction, problem.span);
      unresolved.push({ index, correction: corrections[index], reason: problem.reason, span });
    }
  }
  unresolved.sort((x, y) => x.index - y.index);
  return { annotations: editable.result(), corrections: anchored.map((a) => a.correction), unresolved };
}

/** The span of `original` that sits where `moved` has `span`. */
function originalSpan(original: Correction, moved: Correction, span: Span): Span {
  const movedSpans = correctionSpans(moved);
  return correctionSpans(original)[movedSpans.indexOf(span)] ?? span;
}

interface Anchored {
  correction: Correction;
  /** The first of its spans whose text is not in the article. */
  lostSpan?: Span;
}

/**
 * Each correction moved to where its spans' text is now. A span still where its text is stays; one
 * that is not goes to the nearest occurrence of its text from where the spans before it moved it
 * (an insertion above moves everything below by the same amount), and among occurrences the one
 * that the spans after it agree with: after a sentence is inserted at the top, a name's first
 * occurrence in the new sentence is nearer, but only the true one moves its followers into place.
 */
function reanchor(text: string, corrections: readonly Correction[]): Anchored[] {
  const spans = corrections.flatMap((c, index) => correctionSpans(c).map((span) => ({ span, index })));
  spans.sort((x, y) => x.span.start - y.span.start || x.index - y.index);
  const newStart = new Map<Span, number | undefined>();
  const fitsAt = (span: Span, start: number): boolean => start >= 0 && text.startsWith(span.text, start);
  let shift = 0;
  spans.forEach(({ span }, k) => {
    const predicted = span.start + shift;
    if (fitsAt(span, predicted)) return void newStart.set(span, predicted);
    const confirmations = (start: number): number => {
      let count = 0;
      for (const next of spans.slice(k + 1, k + 1 + CONFIRMING_SPANS)) if (fitsAt(next.span, next.span.start + start - span.start)) count++;
      return count;
    };
    let best: { start: number; votes: number; distance: number } | undefined;
    for (const start of occurrencesAround(text, span.text, predicted)) {
      const candidate = { start, votes: confirmations(start), distance: Math.abs(start - predicted) };
      if (!best || candidate.votes > best.votes || (candidate.votes === best.votes && candidate.distance < best.distance)) best = candidate;
    }
    newStart.set(span, best?.start);
    if (best) shift = best.start - span.start;
  });
  return corrections.map((correction) => {
    const lostSpan = correctionSpans(correction).find((span) => newStart.get(span) === undefined);
    return lostSpan ? { correction, lostSpan } : { correction: moved(correction, (span) => newStart.get(span) as number) };
  });
}

/** The nearest two occurrences of `needle` on either side of `around`. */
function occurrencesAround(text: string, needle: string, around: number): number[] {
  const found: number[] = [];
  for (let from = Math.max(0, around), i = 0; i < 2; i++) {
    const at = text.indexOf(needle, from);
    if (at === -1) break;
    found.push(at);
    from = at + 1;
  }
  for (let from = around - 1, i = 0; i < 2 && from >= 0; i++) {
    const at = text.lastIndexOf(needle, from);
    if (at === -1) break;
    found.push(at);
    from = at - 1;
  }
  return found;
}

function moved(c: Correction, startOf: (span: Span) => number): Correction {
  const at = (span: Span): Span => {
    const start = startOf(span);
    return { start, end: start + span.text.length, text: span.text };
  };
  switch (c.op) {
    case 'entity':
    case 'quote':
      return { ...c, ...at(c) };
    case 'speaker':
      return { ...c, quote: at(c.quote), speaker: c.speaker && at(c.speaker) };
    case 'via':
      return { ...c, quote: at(c.quote), via: c.via && at(c.via) };
    case 'role':
      return { ...c, entity: at(c.entity) };
    case 'same':
    case 'different':
      return { ...c, a: at(c.a), b: at(c.b) };
  }
}

interface Problem {
  reason: 'no-mention' | 'no-quotation';
  span: Span;
}

const spanKey = (span: Span): string => `${span.start}:${span.end}`;
const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** A copy of an analysis that corrections change in place, with its mentions and quotations found by span. */
class EditableAnalysis {
  private readonly schema: Annotations['schema'];
  private readonly entities: Entity[];
  private quotes: Quote[];
  private readonly entityOfMention = new Map<string, Entity>();
  private readonly quoteAt = new Map<string, Quote>();
  private nextEntityNumber: number;
  private nextQuoteNumber: number;

  constructor(annotations: Annotations) {
    this.schema = annotations.schema;
    this.entities = annotations.entities.map((e) => ({ ...e, roles: [...e.roles], mentions: e.mentions.map((m) => ({ ...m })) }));
    this.quotes = annotations.quotes.map((q) => ({ ...q }));
    for (const entity of this.entities) for (const mention of entity.mentions) this.entityOfMention.set(spanKey(mention), entity);
    for (const quote of this.quotes) this.quoteAt.set(spanKey(quote), quote);
    this.nextEntityNumber = nextNumber(this.entities);
    this.nextQuoteNumber = nextNumber(this.quotes);
  }

  /** Applies one correction, or says why it has nothing to apply to. */
  apply(c: Correction): Problem | undefined {
    switch (c.op) {
      case 'entity':
        return c.type === null ? this.removeMentionsOver(c) : this.setMention(c, c.type);
      case 'same':
      case 'different': {
        const a = this.entityOfMention.get(spanKey(c.a));
        const b = this.entityOfMention.get(spanKey(c.b));
        if (!a || !b) return { reason: 'no-mention', span: a ? c.b : c.a };
        if (c.op === 'same' && a !== b) this.merge(a, b);
        if (c.op === 'different' && a === b) this.split(a, c.b);
        return undefined;
      }
      case 'role': {
        const entity = this.entityOfMention.get(spanKey(c.entity));
        if (!entity) return { reason: 'no-mention', span: c.entity };
        entity.roles = entity.roles.filter((role) => role !== c.role);
        if (!c.remove) entity.roles.unshift(c.role);
        entity.by = 'user';
        return undefined;
      }
      case 'quote': {
        const quote = this.quoteAt.get(spanKey(c));
        if (c.kind === null) {
          if (quote) this.removeQuote(quote);
        } else if (quote) {
          quote.kind = c.kind;
          quote.by = 'user';
        } else {
          this.addQuote({ id: `q${this.nextQuoteNumber++}`, kind: c.kind, start: c.start, end: c.end, text: c.text, speaker: null, cue: null, by: 'user' });
        }
        return undefined;
      }
      case 'speaker': {
        const quote = this.quoteAt.get(spanKey(c.quote));
        if (!quote) return { reason: 'no-quotation', span: c.quote };
        if (c.speaker) {
          const speaker = this.entityOfMention.get(spanKey(c.speaker));
          if (!speaker) return { reason: 'no-mention', span: c.speaker };
          quote.speaker = speaker.id;
          delete quote.speakerText;
        } else {
          quote.speaker = null;
        }
        quote.by = 'user';
        return undefined;
      }
      case 'via': {
        const quote = this.quoteAt.get(spanKey(c.quote));
        if (!quote) return { reason: 'no-quotation', span: c.quote };
        if (c.via) {
          const channel = this.entityOfMention.get(spanKey(c.via));
          if (!channel) return { reason: 'no-mention', span: c.via };
          quote.via = channel.id;
        } else {
          delete quote.via;
        }
        quote.by = 'user';
        return undefined;
      }
    }
  }

  result(): Annotations {
    const entities = this.entities.filter((e) => e.mentions.length > 0);
    entities.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
    return { schema: this.schema, entities, quotes: this.quotes };
  }

  /** No entity at this span: every mention overlapping it goes. Nothing there already agrees. */
  private removeMentionsOver(span: Span): undefined {
    for (const entity of [...this.entities]) {
      for (const mention of entity.mentions.filter((m) => overlaps(m, span))) this.removeMention(entity, mention);
    }
    return undefined;
  }

  /**
   * A mention of `type` at this span. A mention already there gives its entity the type (one
   * correction fixes every mention of a mistyped name); otherwise what overlaps the span goes and
   * the span joins the entity of that type of the same name, or a new one.
   */
  private setMention(span: Span, type: EntityType): undefined {
    const existing = this.entityOfMention.get(spanKey(span));
    if (existing) {
      existing.type = type;
      existing.by = 'user';
      (existing.mentions.find((m) => spanKey(m) === spanKey(span)) as EntityMention).by = 'user';
      return undefined;
    }
    this.removeMentionsOver(span);
    let entity = this.entities.find((e) => e.mentions.length > 0 && e.type === type && (e.name === span.text || e.mentions.some((m) => m.text === span.text)));
    if (!entity) {
      entity = { id: `e${this.nextEntityNumber++}`, type, name: span.text, roles: [], mentions: [] };
      this.entities.push(entity);
    }
    entity.by = 'user';
    this.addMention(entity, { start: span.start, end: span.end, text: span.text, by: 'user' });
    return undefined;
  }

  private addMention(entity: Entity, mention: EntityMention): void {
    const at = entity.mentions.findIndex((m) => m.start > mention.start);
    entity.mentions.splice(at === -1 ? entity.mentions.length : at, 0, mention);
    this.entityOfMention.set(spanKey(mention), entity);
  }

  private removeMention(entity: Entity, mention: EntityMention): void {
    entity.mentions = entity.mentions.filter((m) => m !== mention);
    this.entityOfMention.delete(spanKey(mention));
    if (entity.mentions.length === 0) return this.forget(entity);
    // The name is the fullest form seen: when its last mention goes, the fullest one left.
    if (!entity.mentions.some((m) => showsName(m.text, entity.name))) entity.name = fullestForm(entity.mentions);
  }

  /** An entity left without mentions: the quotations it said or relayed lose it. */
  private forget(entity: Entity): void {
    this.entities.splice(this.entities.indexOf(entity), 1);
    for (const quote of this.quotes) {
      if (quote.speaker === entity.id) quote.speaker = null;
      if (quote.via === entity.id) delete quote.via;
    }
  }

  private merge(into: Entity, other: Entity): void {
    for (const mention of other.mentions) this.addMention(into, mention);
    into.roles = [...into.roles, ...other.roles.filter((role) => !into.roles.includes(role))];
    if (other.name.length > into.name.length) into.name = other.name;
    into.by = 'user';
    for (const quote of this.quotes) {
      if (quote.speaker === other.id) quote.speaker = into.id;
      if (quote.via === other.id) quote.via = into.id;
    }
    other.mentions = [];
    this.entities.splice(this.entities.indexOf(other), 1);
  }

  /** The mention at `span` leaves its entity for a new one of the same type. */
  private split(entity: Entity, span: Span): void {
    const mention = entity.mentions.find((m) => spanKey(m) === spanKey(span)) as EntityMention;
    this.removeMention(entity, mention);
    const alone: Entity = { id: `e${this.nextEntityNumber++}`, type: entity.type, name: mention.text, roles: [], mentions: [], by: 'user' };
    this.entities.push(alone);
    this.addMention(alone, mention);
    entity.by = 'user';
  }

  private addQuote(quote: Quote): void {
    const at = this.quotes.findIndex((q) => q.start > quote.start || (q.start === quote.start && q.end < quote.end));
    this.quotes.splice(at === -1 ? this.quotes.length : at, 0, quote);
    this.quoteAt.set(spanKey(quote), quote);
  }

  private removeQuote(quote: Quote): void {
    this.quotes = this.quotes.filter((q) => q !== quote);
    this.quoteAt.delete(spanKey(quote));
  }
}

function fullestForm(mentions: readonly Span[]): string {
  return mentions.reduce((fullest, m) => (m.text.length > fullest.length ? m.text : fullest), '');
}

/** The number after the highest `e7` / `q12` id, so that an added entity or quotation never takes an id in use. */
function nextNumber(items: readonly { id: string }[]): number {
  let highest = 0;
  for (const { id } of items) highest = Math.max(highest, Number(/\d+$/.exec(id)?.[0] ?? 0));
  return highest + 1;
}
