import type { Annotations, Entity, Quote, Span } from '../../core/types';

/**
 * One replacement in a text: the code units [start, end) of the text before it, replaced by
 * `insertedLength` code units (an insertion has start === end, a deletion insertedLength 0).
 */
export interface TextEdit {
  start: number;
  end: number;
  insertedLength: number;
}

/**
 * Where the span [start, end) is after the edits, each applied to the text the previous one left
 * (VS Code's content changes of one event are in that order); undefined once an edit touches it:
 * its words changed, and only the next analysis can say what they are. An insertion at either
 * edge leaves the span's own text as it was, so it does not touch it.
 */
export function mapSpan<T extends { start: number; end: number }>(span: T, edits: readonly TextEdit[]): T | undefined {
  let { start, end } = span;
  for (const edit of edits) {
    if (edit.end <= start) {
      const shift = edit.insertedLength - (edit.end - edit.start);
      start += shift;
      end += shift;
    } else if (edit.start < end) {
      return undefined;
    }
  }
  return start === span.start ? span : { ...span, start, end };
}

function mapSpans<T extends Span>(spans: readonly T[], edits: readonly TextEdit[]): T[] {
  const mapped: T[] = [];
  for (const span of spans) {
    const moved = mapSpan(span, edits);
    if (moved) mapped.push(moved);
  }
  return mapped;
}

/**
 * The annotations of a text, moved onto the text after the edits. A mention or quotation an edit
 * touches is dropped; so is an entity left with no mention, and a quotation whose cue was touched
 * or whose speaker or channel was dropped: an attribution is kept whole or not at all. Every
 * span kept still has the `text` it covers.
 */
export function mapAnnotations(annotations: Annotations, edits: readonly TextEdit[]): Annotations {
  if (edits.length === 0) return annotations;
  const entities: Entity[] = [];
  const kept = new Set<string>();
  for (const entity of annotations.entities) {
    const mentions = mapSpans(entity.mentions, edits);
    if (mentions.length === 0) continue;
    entities.push({ ...entity, mentions });
    kept.add(entity.id);
  }
  const quotes: Quote[] = [];
  for (const quote of annotations.quotes) {
    if ((quote.speaker !== null && !kept.has(quote.speaker)) || (quote.via !== undefined && !kept.has(quote.via))) continue;
    const moved = mapSpan(quote, edits);
    if (!moved) continue;
    const cue = quote.cue && mapSpan(quote.cue, edits);
    if (cue === undefined) continue;
    quotes.push(cue === quote.cue ? moved : { ...moved, cue });
  }
  return { ...annotations, entities, quotes };
}

/**
 * The last good annotations of a document, followed through the edits made since the version
 * they were made for, so that hovers and views answer at once while the new version is analysed.
 * Each version's mapping is made once, from the previous one asked for.
 */
export class FollowedAnnotations {
  /** The edits of each version after the one `mapped` is for, in order. */
  private readonly pending: { version: number; edits: readonly TextEdit[] }[] = [];
  private mapped: { version: number; annotations: Annotations };

  constructor(version: number, annotations: Annotations) {
    this.mapped = { version, annotations };
  }

  /** The document became `version` by these edits. */
  record(version: number, edits: readonly TextEdit[]): void {
    this.pending.push({ version, edits });
  }

  /**
   * The annotations moved onto `version`; undefined when that version is not reached by the
   * edits recorded one version after another (an event missed, or a version already passed).
   */
  at(version: number): Annotations | undefined {
    if (version === this.mapped.version) return this.mapped.annotations;
    let reached = this.mapped.version;
    const edits: TextEdit[] = [];
    let used = 0;
    while (reached < version && used < this.pending.length && this.pending[used].version === reached + 1) {
      for (const edit of this.pending[used].edits) edits.push(edit);
      reached += 1;
      used += 1;
    }
    if (reached !== version) return undefined;
    this.pending.splice(0, used);
    this.mapped = { version, annotations: mapAnnotations(this.mapped.annotations, edits) };
    return this.mapped.annotations;
  }
}
