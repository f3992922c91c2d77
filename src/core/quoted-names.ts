/**
 * Quoted names: news, Saudi papers above all, put names in quotation marks («إينوك»، "القاضي"،
 * «بايلي جيفورد» و«سيتانتا»). Quotations are found before the entities are known, so a quoted
 * span that turns out to be nothing but entity mentions is set aside here, once they are: it is
 * a name, not anyone's words; so is a short one the article shows elsewhere to be a name.
 */
import { tokenIndexAt, MentionIndex } from './mention-index';
import { normalize } from './text';
import { isQuoteMark } from './quotes';
import { Token } from './tokenize';
import { Quote } from './types';

/** Longer quoted spans are speech even if every word belongs to a name (a list of names said). */
const MAX_NAME_QUOTE_WORDS = 8;

/** Words that join names without being part of one. */
const JOINERS = new Set(['و', 'او', 'ثم'].map(normalize));

/** Whether direct quotation `quote` holds only entity mentions (and the words that join them). */
function holdsOnlyMentions(quote: Quote, tokens: Token[], mentions: MentionIndex): boolean {
  if (quote.kind !== 'direct' || tokens.length === 0) return false;
  let words = 0;
  for (let k = tokenIndexAt(tokens, quote.start); k < tokens.length && tokens[k].start < quote.end; k++) {
    const token = tokens[k];
    if (token.kind === 'punct' || JOINERS.has(token.norm)) continue;
    if (++words > MAX_NAME_QUOTE_WORDS || !mentions.at(k)) return false;
  }
  return words > 0;
}

/** Quoted spans this short may be a name the tagger missed where it is quoted. */
const SHORT_NAME_WORDS = 3;
/** How often a short span must be quoted word for word to be a name. */
const NAME_QUOTED_TIMES = 3;
/** Quoted words this short are answers (لا، نعم، كلا), however often quoted. */
const MAX_ANSWER_LENGTH = 3;

/**
 * What the article shows to be names, for quotations the tagger left untagged: every entity's
 * mention forms and a person's last name ("القاضي" where حمد القاضي is named), and a short
 * quotation quoted word for word NAME_QUOTED_TIMES times (Sabq quotes «تعليم الليث» and «تركي»
 * each time), unless it is as short as an answer («لا»، «نعم»). Twice is not enough: a headline often
 * repeats a phrase someone said.
 */
class ArticleNames {
  private readonly forms = new Set<string>();
  private readonly quotedAgain = new Set<string>();

  constructor(tokens: Token[], mentions: MentionIndex) {
    for (const ref of mentions.mentions) {
      this.forms.add(nameKey(ref.entity.mentions[ref.index].text));
      const name = ref.entity.name;
      if (ref.entity.type === 'person' && name.includes(' ')) this.forms.add(nameKey(name.slice(name.lastIndexOf(' ') + 1)));
    }
    // Every quoted span counts, a quotation or not (ونقلت "السفير" عن … reads the name as the relayer).
    const times = new Map<string, number>();
    for (const key of quotedShortSpans(tokens)) {
      const n = (times.get(key) ?? 0) + 1;
      times.set(key, n);
      if (n >= NAME_QUOTED_TIMES && key.length > MAX_ANSWER_LENGTH) this.quotedAgain.add(key);
    }
  }

  has(quote: Quote, tokens: Token[]): boolean {
    const key = shortKey(quote, tokens);
    return key !== null && (this.forms.has(key) || this.quotedAgain.has(key));
  }
}

/** A name's key: its normalised words with no space between them, as tokens split أبرامز ام1 apart or not. */
function nameKey(name: string): string {
  return normalize(name).replace(/\s+/g, '');
}

/** The normalised words, run together, of each span of at most SHORT_NAME_WORDS words between two quotation marks. */
function* quotedShortSpans(tokens: Token[]): Generator<string> {
  for (let k = 0; k < tokens.length; k++) {
    if (!isQuoteMark(tokens[k])) continue;
    const words: string[] = [];
    let close = k + 1;
    while (close < tokens.length && !isQuoteMark(tokens[close]) && words.length <= SHORT_NAME_WORDS && tokens[close].paragraph === tokens[k].paragraph) {
      if (tokens[close].kind !== 'punct') words.push(tokens[close].norm);
      close++;
    }
    if (close < tokens.length && isQuoteMark(tokens[close]) && words.length > 0 && words.length <= SHORT_NAME_WORDS) {
      yield words.join('');
      k = close;
    }
  }
}

/** The normalised words, run together, of a short direct quotation (as quotedShortSpans reads them), or null. */
function shortKey(quote: Quote, tokens: Token[]): string | null {
  if (quote.kind !== 'direct') return null;
  const words: string[] = [];
  for (let k = tokenIndexAt(tokens, quote.start); k < tokens.length && tokens[k].start < quote.end && words.length <= SHORT_NAME_WORDS; k++) {
    if (tokens[k].kind !== 'punct') words.push(tokens[k].norm);
  }
  return words.length > 0 && words.length <= SHORT_NAME_WORDS ? words.join('') : null;
}

/** Removes the quoted names from `quotes` (in place, order kept) and renumbers the rest q1, q2 … */
export function dropQuotedNames(quotes: Quote[], tokens: Token[], mentions: MentionIndex): void {
  const names = new ArticleNames(tokens, mentions);
  let kept = 0;
  for (const quote of quotes) {
    if (holdsOnlyMentions(quote, tokens, mentions) || names.has(quote, tokens)) continue;
    quote.id = `q${kept + 1}`;
    quotes[kept++] = quote;
  }
  quotes.length = kept;
}
