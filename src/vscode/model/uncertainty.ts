import type { MentionMargin } from '../../core/entities/margins';
import type { SpeakerExplanation, SpeakerRule } from '../../core/speaker-rules';
import type { Annotations, EntityMention, Quote, Span } from '../../core/types';

/** What the analysis of a document is unsure of, each by start. */
export interface Uncertain {
  /** Quotations whose speaker was guessed. */
  quotes: Quote[];
  /** Names the tagger was unsure of. */
  mentions: EntityMention[];
}

/** Both kinds in one list by start: what the marks draw and the commands walk through. */
export function uncertainSpans({ quotes, mentions }: Uncertain): Span[] {
  return [...quotes, ...mentions].sort((a, b) => a.start - b.start);
}

/**
 * Speaker rules that guess from the discourse around a quotation (who spoke last, the quotation
 * before, the person the sentence is about, a name near an unknown word) instead of reading the
 * speaker off the words that introduce it (وقال بيسكوف، المتحدث باسم الكرملين ديمتري بيسكوف).
 * A speaker chosen through any of them is worth a reviewer's second look.
 */
export const WEAK_SPEAKER_RULES: ReadonlySet<SpeakerRule> = new Set<SpeakerRule>([
  'last-speaker',
  'previous-quotation',
  'document',
  'document-of-media',
  'nobody-spoke-yet',
  'name-after-unknown-word',
  'official-is-last-speaker',
  'subject-of-sentence-before',
  'inside-reported-speech',
]);

/**
 * A name the tagger was less sure of than this (its margin, core/entities/margins.ts) is marked
 * uncertain. Read on the tuning part's 3,622 mentions (136 articles; npm run calibrate-margins,
 * 2026-12-08): below 10, 232 mentions (6.4%) are flagged and 66.8% of them are right, against
 * 90.2% of the others; below 20, 12.0% flagged, 69.8% right against 91.2%; below 5, 3.8%, 63.5%
 * against 89.7%. 10 marks about one name in fifteen, three times as often wrong as the rest.
 */
export const ENTITY_MARGIN_THRESHOLD = 10;

/**
 * Ids of the quotations whose speaker a weak rule chose, at any step of the chain that led to it
 * (a participle going on with a speaker that was itself guessed is a guess too). A quotation
 * with no speaker is not among them: nobody was guessed.
 */
export function uncertainQuoteIds(explanations: readonly SpeakerExplanation[]): string[] {
  return explanations
    .filter((explanation) => !explanation.rules.includes('nothing-found') && explanation.rules.some((rule) => WEAK_SPEAKER_RULES.has(rule)))
    .map((explanation) => explanation.quote);
}

/**
 * The quotations of `annotations` to mark as uncertain, by start: those the analysis guessed the
 * speaker of, unless a person has decided them since (a correction).
 */
export function uncertainQuotes(annotations: Annotations, uncertainIds: ReadonlySet<string>): Quote[] {
  return annotations.quotes
    .filter((quote) => uncertainIds.has(quote.id) && quote.speaker !== null && quote.by === undefined)
    .sort((a, b) => a.start - b.start);
}

/** The mentions the tagger was less sure of than ENTITY_MARGIN_THRESHOLD, as `start:end` keys (what the editor keeps of the margins). */
export function uncertainMentionKeys(margins: readonly MentionMargin[]): string[] {
  return margins.filter(({ margin }) => margin < ENTITY_MARGIN_THRESHOLD).map(mentionKey);
}

export const mentionKey = ({ start, end }: { start: number; end: number }): string => `${start}:${end}`;

/**
 * The mentions of `annotations` to mark as uncertain, by start: those the tagger was unsure of,
 * unless a person has decided them or their entity since (a correction).
 */
export function uncertainMentions(annotations: Annotations, uncertainKeys: ReadonlySet<string>): EntityMention[] {
  return annotations.entities
    .filter((entity) => entity.by === undefined)
    .flatMap((entity) => entity.mentions.filter((mention) => mention.by === undefined && uncertainKeys.has(mentionKey(mention))))
    .sort((a, b) => a.start - b.start);
}
