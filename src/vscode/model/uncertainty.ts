import type { SpeakerExplanation, SpeakerRule } from '../../core/speaker-rules';
import type { Annotations, Quote } from '../../core/types';

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
]);

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
