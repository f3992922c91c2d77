/**
 * Quoted names: news, Saudi papers above all, put names in quotation marks («إينوك»، "القاضي"،
 * «بايلي جيفورد» و«سيتانتا»). Quotations are found before the entities are known, so a quoted
 * span that turns out to be nothing but entity mentions is set aside here, once they are: it is
 * a name, not anyone's words.
 */
import { tokenIndexAt, MentionIndex } from './mention-index';
import { normalize } from './text';
import { Token } from './tokenize';
import { Quote } from './types';

/** Longer quoted spans are speech even if every word belongs to a name (a list of names said). */
const MAX_NAME_QUOTE_WORDS = 8;

/** Words that join names without being part of one. */
const JOINERS = new Set(['و', 'او', 'ثم'].map(normalize));

/** Whether direct quotation `quote` holds only entity mentions (and the words that join them). */
export function isQuotedName(quote: Quote, tokens: Token[], mentions: MentionIndex): boolean {
  if (quote.kind !== 'direct' || tokens.length === 0) return false;
  let words = 0;
  for (let k = tokenIndexAt(tokens, quote.start); k < tokens.length && tokens[k].start < quote.end; k++) {
    const token = tokens[k];
    if (token.kind === 'punct' || JOINERS.has(token.norm)) continue;
    if (++words > MAX_NAME_QUOTE_WORDS || !mentions.at(k)) return false;
  }
  return words > 0;
}

/** Removes the quoted names from `quotes` (in place, order kept) and renumbers the rest q1, q2 … */
export function dropQuotedNames(quotes: Quote[], tokens: Token[], mentions: MentionIndex): void {
  let kept = 0;
  for (const quote of quotes) {
    if (isQuotedName(quote, tokens, mentions)) continue;
    quote.id = `q${kept + 1}`;
    quotes[kept++] = quote;
  }
  quotes.length = kept;
}
