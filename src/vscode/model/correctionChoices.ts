import { mentionDistance, nearestMention } from '../../core/corrections-edit';
import type { Annotations, Entity, Quote, Span } from '../../core/types';

export interface EntityChoice {
  entity: Entity;
  /** The mention a correction names it by: the nearest to what is corrected. */
  mention: Span;
  /** How far that mention is from what is corrected, in UTF-16 code units (after it counts double). */
  distance: number;
}

function choiceOf(entity: Entity, span: Span): EntityChoice | undefined {
  const mention = nearestMention(entity, span);
  return mention && { entity, mention, distance: mentionDistance(mention, span) };
}

const byDistance = (a: EntityChoice, b: EntityChoice) => a.distance - b.distance;

/**
 * Who may have said a quotation, likeliest first: those who speak elsewhere in the article, then
 * the other people and organizations, each group by how near its nearest mention is.
 */
export function speakerChoices(annotations: Annotations, quote: Quote): { speakers: EntityChoice[]; others: EntityChoice[] } {
  const speaking = new Set(annotations.quotes.map((q) => q.speaker));
  const speakers: EntityChoice[] = [];
  const others: EntityChoice[] = [];
  for (const entity of annotations.entities) {
    const isSpeaker = speaking.has(entity.id);
    if (!isSpeaker && entity.type !== 'person' && entity.type !== 'organization') continue;
    const choice = choiceOf(entity, quote);
    if (choice) (isSpeaker ? speakers : others).push(choice);
  }
  return { speakers: speakers.sort(byDistance), others: others.sort(byDistance) };
}

/** The entities a mention may be the same as: those of its kind first, each kind by nearness. */
export function sameAsChoices(annotations: Annotations, entity: Entity, mention: Span): EntityChoice[] {
  const choices: EntityChoice[] = [];
  for (const other of annotations.entities) {
    if (other.id === entity.id) continue;
    const choice = choiceOf(other, mention);
    if (choice) choices.push(choice);
  }
  const kindRank = (choice: EntityChoice) => (choice.entity.type === entity.type ? 0 : 1);
  return choices.sort((a, b) => kindRank(a) - kindRank(b) || byDistance(a, b));
}

/** The selection without the spaces and punctuation at its ends: what a person means to mark. */
export function trimmedSpan(text: string, start: number, end: number): Span | undefined {
  const slice = text.slice(start, end);
  const leading = slice.length - slice.replace(/^[\s.,،؛:!?؟]+/u, '').length;
  const kept = slice.slice(leading).replace(/[\s.,،؛:!?؟]+$/u, '');
  if (kept === '') return undefined;
  return { start: start + leading, end: start + leading + kept.length, text: kept };
}

/** What a person decided, rather than the analysis: mentions and quotations marked `by: "user"`. */
export function correctedSpans(annotations: Annotations): Span[] {
  const spans: Span[] = [];
  for (const entity of annotations.entities) for (const mention of entity.mentions) if (mention.by || entity.by) spans.push(mention);
  for (const quote of annotations.quotes) if (quote.by) spans.push(quote);
  return spans;
}
