/**
 * The words right after a speech verb, up to where what was said starts, are its subject: a
 * person's name when they open with a given name or a kunya (قالت رقية شكوان إن …؛ قالت أم
 * فيصل «…»؛ وأكد ناصر بن عقيل أن …). The tagger misses such names when a word of them carries
 * what looks like a proclitic (بالحارث) or is one training never saw.
 */
import { cueAt, isColon, isComma, isComplementizer } from '../../cues';
import { isNationalityAdjective, PREPOSITIONS } from '../../lexicon';
import { isListedGivenName } from '../../lexicon/knowledge';
import { isQuoteMark } from '../../quotes';
import { normalize } from '../../text';
import { MAX_DESCRIBED_NAME, MentionSet, TOKENS_PER_STEP } from '../mention-set';

/** First words of a kunya: أم فيصل، أبو محمد. */
const KUNYA = new Set(['أم', 'أبو', 'أبا', 'أبي', 'ابو'].map(normalize));

export function* addSpeechVerbSubjects(doc: MentionSet): Generator<void> {
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (i % TOKENS_PER_STEP === 0) yield;
    const cue = tokens[i].kind === 'arabic' ? cueAt(tokens, i, tokens.length) : null;
    if (cue?.kind !== 'verb') continue;
    const first = cue.end;
    const end = nameRunEnd(doc, first);
    if (end < 0) continue;
    const owner = doc.ownerOf(first);
    // أم فيصل typed a body by the tagger: a kunya names a person.
    if (owner && !(owner.type !== 'person' && KUNYA.has(tokens[first].norm) && owner.firstToken === first && owner.endToken === end)) continue;
    doc.add({ start: tokens[first].start, end: tokens[end - 1].end, type: 'person', firstToken: first, endToken: end });
    i = end - 1;
  }
}

/** Words after a speech verb that names use but that are its object or a number here (قال لي، ستون بالمئة). */
const NOT_SUBJECTS = new Set(['لي', 'ستون', 'سبعون', 'ثمانون', 'تسعون', 'خمسون'].map(normalize));

/** A word after the first that is no name's: a preposition with the article (بالمئة، للأطباء) or an accusative (ضاحكا، كلاماً). */
const NOT_A_NAME_WORD = /^(?:[وفبكل]ال|لل)|[اً][\u064b-\u0652]*$/u;

/** A given name: listed, or used by a few Wikidata names and never seen outside names in training (رقية، نجوى; not عالية "high"). */
function isGivenName(doc: MentionSet, norm: string): boolean {
  // على reads as علي, لي as a name: a word training saw outside names is not taken on a list's word alone.
  return !norm.startsWith('ال') && !doc.model.isSeenOutsideNames(norm) && isListedGivenName(norm);
}

/**
 * One past a name of two or three words from token `first` that opens with a given name or a
 * kunya and ends right where the speech starts (a comma, a complementizer, a colon or a quotation
 * mark), or -1. Words with the article only last (ناصر بن عقيل الطيار), no nationality adjective.
 */
function nameRunEnd(doc: MentionSet, first: number): number {
  const tokens = doc.tokens;
  const opening = tokens[first];
  if (!opening || opening.kind !== 'arabic' || doc.isTitleAt(first) || NOT_SUBJECTS.has(opening.norm) || cueAt(tokens, first, tokens.length) !== null ||
      !(KUNYA.has(opening.norm) || isGivenName(doc, opening.norm))) return -1;
  let end = first + 1;
  while (end < tokens.length && end - first < MAX_DESCRIBED_NAME && tokens[end].kind === 'arabic' && tokens[end].paragraph === opening.paragraph &&
         !isComplementizer(tokens, end) && !isNationalityAdjective(tokens[end].norm) && !doc.isTitleAt(end) && !PREPOSITIONS.has(tokens[end].norm) &&
         cueAt(tokens, end, tokens.length) === null && !NOT_A_NAME_WORD.test(tokens[end].text) &&
         (doc.isFree(end) || doc.ownerOf(end) === doc.ownerOf(first))) {
    end++;
    // A family name with the article ends the name; a common noun there is none (أمينة + الرواية).
    if (tokens[end - 1].norm.startsWith('ال')) {
      if (doc.model.isSeenOutsideNames(tokens[end - 1].norm)) return -1;
      break;
    }
  }
  if (end - first < 2 || end >= tokens.length || tokens[end].paragraph !== opening.paragraph) return -1;
  for (let k = first + 1; k < end - 1; k++) if (tokens[k].norm.startsWith('ال')) return -1;
  const next = tokens[end];
  return isComma(next) || isColon(next) || isQuoteMark(next) || isComplementizer(tokens, end) ? end : -1;
}
