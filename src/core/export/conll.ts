/**
 * CoNLL-style NER columns: one token a line, `token<TAB>TAG` with BIO tags, sentences apart by a
 * blank line — what NER trainers read. Tokens are the project tokenizer's; a token a mention
 * starts or ends inside (وبوتين: the proclitic و is no part of the name) is cut there, so the
 * tags give back exactly the mentions' spans.
 */
import { tokenize } from '../tokenize';
import { Annotations, EntityType } from '../types';

export const CONLL_TAGS: Readonly<Record<EntityType, string>> = { person: 'PER', place: 'LOC', organization: 'ORG', other: 'MISC' };

const SENTENCE_END = /^[.!?؟…]$/;
/** Closing marks that stay with the sentence they end (.» closes the quotation before the sentence ends). */
const CLOSING = /^[»”’)\]]$/;

export function formatConll(text: string, annotations: Annotations): string {
  const mentions = annotations.entities
    .flatMap((entity) => entity.mentions.map((m) => ({ start: m.start, end: m.end, tag: CONLL_TAGS[entity.type] })))
    .sort((a, b) => a.start - b.start);
  const sentences: string[][] = [];
  let sentence: string[] = [];
  const endSentence = () => {
    if (sentence.length > 0) sentences.push(sentence);
    sentence = [];
  };
  let next = 0;
  let endPending = false;
  let paragraph = -1;
  for (const token of tokenize(text)) {
    const closesSentence: boolean = endPending && CLOSING.test(token.text);
    if (token.paragraph !== paragraph || (endPending && !closesSentence)) endSentence();
    paragraph = token.paragraph;
    endPending = closesSentence;
    for (let from = token.start; from < token.end;) {
      while (next < mentions.length && mentions[next].end <= from) next++;
      const mention = next < mentions.length ? mentions[next] : undefined;
      const inside = mention !== undefined && mention.start <= from;
      const to = Math.min(token.end, inside ? mention.end : mention?.start ?? token.end);
      const tag = !inside ? 'O' : `${from === mention.start ? 'B' : 'I'}-${mention.tag}`;
      sentence.push(`${text.slice(from, to)}\t${tag}`);
      from = to;
    }
    const mention = next < mentions.length ? mentions[next] : undefined;
    const insideMention = mention !== undefined && mention.start < token.end && mention.end > token.end;
    if (SENTENCE_END.test(token.text) && !insideMention) endPending = true;
  }
  endSentence();
  return sentences.map((lines) => lines.map((line) => line + '\n').join('')).join('\n');
}
