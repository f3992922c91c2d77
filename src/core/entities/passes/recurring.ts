/**
 * Recurring names: every name found once is looked for everywhere else (with any proclitic), and
 * so is every part of a person's full name (بيسكوف، كيم).
 */
import { PROCLITIC_LETTERS } from '../../tokenize';
import { COMPOUND_NAME_ENDINGS, isLexiconName, isLexiconNameWord, isNationalityAdjective, MONTHS_AND_DAYS_SET, NAME_PARTICLES, PERSON_TITLES } from '../../lexicon';
import { majorityType } from '../cluster';
import { byFirstWord, FormsByFirstWord, MENTIONS_PER_STEP, MAX_NAME_WORDS, MentionSet, NamedType, NameForm, TOKENS_PER_STEP } from '../mention-set';
import { StemStarts } from '../reading-hashes';

/**
 * Share of a lone word's occurrences that must be in names for it to be looked for elsewhere:
 * lower for places and organizations, which the tagger misses more often than it invents
 * (بلنسية found 3 times in 29), than for people (measured by cross-validation, train --fold all).
 */
const MIN_NAMED_SHARE = { person: 1 / 5, other: 1 / 15 };

/** The forms to look for: every name, and every part of a person's full name, by first word, longest first. */
export function* recurringForms(doc: MentionSet): Generator<void, FormsByFirstWord> {
  const forms = new Map<string, { key: string; words: string[]; types: Map<NamedType, number> }>();
  const addForm = (words: string[], type: NamedType): void => {
    const key = words.join(' ');
    let form = forms.get(key);
    if (!form) forms.set(key, (form = { key, words, types: new Map() }));
    form.types.set(type, (form.types.get(type) ?? 0) + words.length);
  };
  const inNames = new Map<string, number>();
  for (let k = 0; k < doc.mentions.length; k++) {
    if (k % MENTIONS_PER_STEP === 0) yield;
    const m = doc.mentions[k];
    if (!m) continue;
    const words = doc.words(m);
    for (const w of words) inNames.set(w, (inNames.get(w) ?? 0) + 1);
    if (words.length > MAX_NAME_WORDS) continue;
    if (words.length > 1 || isNameLike(doc, words[0])) addForm(words, m.type);
    if (m.type === 'person' && words.length > 1) {
      // A family name with the article is looked for only as the last word (التميمي، السعدون): elsewhere
      // in a name a word with the article is seldom a name alone (عبد الرحمن الأمين); الله and الدين
      // end a compound (عبد الله، صلاح الدين), never a name alone (حفظه الله).
      words.forEach((w, n) => {
        if (isNameLike(doc, w) && !NAME_PARTICLES.has(w) && !COMPOUND_NAME_ENDINGS.has(w) && (!w.startsWith('ال') || n === words.length - 1)) addForm([w], 'person');
      });
    }
  }
  // A lone word is looked for only if the text names with it often enough where it occurs:
  // one slip of the tagger must not turn every دين, برنامجا or الإسلام into a name.
  const lone = (f: { words: string[]; types: Map<NamedType, number> }): boolean => f.words.length === 1 && !isLexiconName(f.words[0]);
  const occurrences = yield* occurrencesOf(doc, new Set([...forms.values()].filter(lone).map((f) => f.words[0])));
  for (const form of forms.values()) {
    const word = form.words[0];
    const share = form.types.has('person') ? MIN_NAMED_SHARE.person : MIN_NAMED_SHARE.other;
    if (lone(form) && (inNames.get(word) ?? 0) < share * (occurrences.get(word) ?? 0)) {
      forms.delete(form.key);
    }
  }
  return byFirstWord([...forms.values()].map(({ words, types }) => ({ words, type: majorityType(types) })));
}

/** How often each word occurs in the text, alone or behind a one-letter proclitic. */
function* occurrencesOf(doc: MentionSet, words: Set<string>): Generator<void, Map<string, number>> {
  const counts = new Map<string, number>();
  const count = (w: string): void => void counts.set(w, (counts.get(w) ?? 0) + 1);
  const starts = new StemStarts(words);
  for (let i = 0; i < doc.tokens.length; i++) {
    if (i % TOKENS_PER_STEP === 0) yield;
    if (!starts.mayMatch(doc.readings, i)) continue;
    const t = doc.tokens[i];
    if (words.has(t.norm)) count(t.norm);
    // One proclitic letter is enough to count a name's occurrences (وبوتين، لموسكو).
    else if (PROCLITIC_LETTERS.includes(t.norm[0]) && words.has(t.norm.slice(1))) count(t.norm.slice(1));
  }
  return counts;
}

/** Looks for the recurring forms wherever they occur. */
export function* propagate(doc: MentionSet, byFirst: FormsByFirstWord): Generator<void> {
  const formStarts = new StemStarts(byFirst.keys());
  let nextStep = 0;
  for (let i = 0; i < doc.tokens.length; i++) {
    if (i >= nextStep) {
      nextStep = i + TOKENS_PER_STEP;
      yield;
    }
    if (!formStarts.mayMatch(doc.readings, i)) continue;
    const existing = doc.ownerOf(i);
    if (existing && existing.firstToken !== i) continue;
    const existingLength = existing ? existing.endToken - i : 0;
    // A proclitic is cut, never the article: بالعمر is not عمر.
    const splits = doc.splits(i);
    for (let r = 0, tried = doc.readingsToTry(i, formStarts); r < tried; r++) {
      const split = splits[r];
      const stemStart = doc.tokens[i].start + split.offset;
      const options = split.prefix.endsWith('ال') ? undefined : byFirst.get(split.stem);
      if (!options) continue;
      // A longer known form takes in the shorter mentions it covers (طلعت + [زكريا]).
      let found: NameForm | undefined;
      for (const form of options) {
        const end = i + form.words.length;
        if (form.words.length > existingLength && doc.matchAt(i, form.words) === stemStart && doc.covers(i, end)) {
          found = form;
          break;
        }
      }
      if (!found) continue;
      let end = i + found.words.length;
      // Parts of person names found side by side are one name (كوفي + أنان), up to the longest name.
      if (found.type === 'person') {
        while (end < doc.tokens.length && end - i < MAX_NAME_WORDS && doc.isFree(end) && doc.tokens[end].paragraph === doc.tokens[i].paragraph &&
               byFirst.get(doc.tokens[end].norm)?.some((f) => f.type === 'person' && f.words.length === 1)) end++;
      }
      doc.add({ start: stemStart, end: doc.tokens[end - 1].end, type: found.type, firstToken: i, endToken: end });
      i = end - 1;
      break;
    }
  }
}

/** A single word that may stand for a name on its own elsewhere in the text. */
function isNameLike(doc: MentionSet, word: string): boolean {
  const knownOtherwise = doc.model.isSeenOutsideNames(word);
  // An unknown long word in ـاً is an indefinite accusative (برنامجاً، جديداً), seldom a name.
  const accusative = word.length >= 5 && word.endsWith('ا') && !doc.model.nameWords.has(word) && !isLexiconNameWord(word);
  // A definite plural in ـات (النفايات، المفاوضات) is a common noun, whatever one slip of the tagger made of it.
  const plural = word.startsWith('ال') && word.endsWith('ات') && !doc.model.nameWords.has(word) && !isLexiconNameWord(word);
  return word.length >= 3 && !knownOtherwise && !accusative && !plural && !PERSON_TITLES.has(word) &&
    !isNationalityAdjective(word) && !MONTHS_AND_DAYS_SET.has(word);
}
