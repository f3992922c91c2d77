/** Trimming: a person mention loses a last word that only the tagger's running on put there. */
import { GIVEN_NAMES, isDefinite } from '../../lexicon';
import { wordKey } from '../cluster';
import { MAX_NAME_WORDS, MENTIONS_PER_STEP, MentionSet } from '../mention-set';
import { isKnownNameWord } from '../tagger';

/**
 * A person mention that is a name found in another person mention (alone, or within it when
 * of two words or more) plus one last word found in no other name that looks like a common
 * word (كيم + يدعم, كيم جونغ أون + مراراً) ends before that word: the tagger ran on. A word
 * that may be a family name nobody has seen stays (إسماعيل + هنية).
 */
export function* trimUnsupportedLastWords(doc: MentionSet): Generator<void> {
  // Every run of words (by spelling-tolerant key) in person mentions, with how many mentions have
  // it: runs of up to MAX_NAME_WORDS - 1 words, the longest rest asked about below, each joined once.
  const runs = new Map<string, number>();
  const wholeNames = new Set<string>();
  const nameWordCount = new Map<string, number>();
  for (let k = 0; k < doc.mentions.length; k++) {
    if (k % MENTIONS_PER_STEP === 0) yield;
    const m = doc.mentions[k];
    if (!m || m.type !== 'person') continue;
    const words = doc.words(m);
    const keys = words.map(wordKey);
    const seen = new Set<string>();
    for (let from = 0; from < keys.length; from++) {
      let run = keys[from];
      seen.add(run);
      for (let to = from + 1; to < keys.length && to - from < MAX_NAME_WORDS - 1; to++) seen.add((run += ' ' + keys[to]));
    }
    for (const run of seen) runs.set(run, (runs.get(run) ?? 0) + 1);
    wholeNames.add(keys.join(' '));
    for (const w of words) nameWordCount.set(w, (nameWordCount.get(w) ?? 0) + 1);
  }
  const count = doc.mentions.length;
  for (let k = 0; k < count; k++) {
    if (k % MENTIONS_PER_STEP === 0) yield;
    const m = doc.mentions[k];
    if (!m || m.type !== 'person' || m.endToken - m.firstToken < 2 || m.endToken - m.firstToken > MAX_NAME_WORDS) continue;
    const words = doc.words(m);
    const last = words[words.length - 1];
    // The rest must be named elsewhere too: alone, or if it is two words or more, inside a longer name.
    const rest = words.slice(0, -1).map(wordKey).join(' ');
    const restNamedElsewhere = wholeNames.has(rest) || (words.length > 2 && (runs.get(rest) ?? 0) > 1);
    if (!restNamedElsewhere || nameWordCount.get(last)! > 1 || isKnownNameWord(last, doc.model) ||
        !looksLikeCommonWord(doc, last, doc.tokens[m.endToken - 1].text)) continue;
    doc.replace(k, { ...m, end: doc.tokens[m.endToken - 2].end, endToken: m.endToken - 1 });
  }
}

/**
 * A word the model saw outside names, or one shaped like a verb (يدعم), an adverb (مراراً), a
 * definite word that is no nisba (المدرع، الرمضانية) or a noun with a pronoun (دعمه, written ه
 * not ة): a family name nobody has seen rarely looks like any of them (القحطاني، هنية).
 */
function looksLikeCommonWord(doc: MentionSet, word: string, written: string): boolean {
  if (doc.model.isSeenOutsideNames(word)) return true;
  return word.length >= 4 && !GIVEN_NAMES.has(word) &&
    (/^[يت]/.test(word) || word.endsWith('ا') || (isDefinite(word) && !word.endsWith('ي')) || (word.endsWith('ه') && written.endsWith('ه')));
}
