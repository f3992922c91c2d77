/**
 * A person's title, then words nobody tagged: the words are the name of the one who holds the
 * title (وزير العمل سجعان قزي، وزير الدفاع الإسرائيلي موشيه يعالون، المدرب الروماني ريجيكامب).
 * The title's complement comes first and stays outside: its definite nouns and adjectives, a
 * nationality, and the places and bodies it names. A run of unknown words is a name only where a
 * name can end: before punctuation, a preposition, a complementizer or a speech cue; so a title
 * in construct with a noun (سفير خادم الحرمين، رئيس تكتل التغيير) names nobody.
 */
import { cueAt, isComplementizer } from '../../cues';
import { isHeadWord } from '../../lexicon/heads';
import {
  GIVEN_NAMES, PERSON_TITLES, PREPOSITIONS, RELATIVE_PRONOUNS, TIME_WORDS, isDefinite, isNationalityAdjective,
} from '../../lexicon';
import { normalize } from '../../text';
import { PROCLITIC_LETTERS, Token } from '../../tokenize';
import { MAX_DESCRIBED_NAME, MentionSet, TOKENS_PER_STEP } from '../mention-set';

/** Most words between a title and the name: its complement (وزير الدفاع الإسرائيلي). */
const MAX_COMPLEMENT = 3;

/**
 * Honorific titles in construct, which a name follows (سفير خادم الحرمين الشريفين، ولي العهد
 * الأمير محمد): a part of the complement, never a name.
 */
const TITLE_PHRASES = [['خادم', 'الحرمين', 'الشريفين'], ['خادم', 'الحرمين'], ['ولي', 'ولي', 'العهد'], ['ولي', 'العهد'], ['أمير', 'المؤمنين'], ['آية', 'الله']]
  .map((words) => words.map(normalize));

/** Endings of a word written with a pronoun suffix (ه، ها، هم، كم), tanween (ًا) or the feminine ة. */
const NOT_A_NAME_ENDING = /(?:ه|ها|هم|هما|كم|ًا|اً|ة)[\u064b-\u0652\u0640]*$/u;

/** How a verb in the present tense starts (يشكر، تدعو، نرى، سيجري). */
const PRESENT_TENSE_START = /^(?:س?[يتن])/u;

export function* addTitledNames(doc: MentionSet): Generator<void> {
  const tokens = doc.tokens;
  // Lone words that are a name if the article uses them again: decided after one count of their uses.
  const usedAgain: LoneWord[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (i % TOKENS_PER_STEP === 0) yield;
    if (tokens[i].kind !== 'arabic' || !doc.isFree(i) || !doc.isTitleAt(i) || namesAPlace(tokens, i) || isComparison(doc, i)) continue;
    const first = afterComplement(doc, i + 1, tokens[i].paragraph);
    if (first < 0) continue;
    let end = first;
    while (end - first < MAX_DESCRIBED_NAME && end < tokens.length && tokens[end].paragraph === tokens[i].paragraph &&
           tokens[end].kind === 'arabic' && !isDefinite(tokens[end].norm) && titlePhraseAt(doc, end) === 0 && !doc.isTitleAt(end) &&
           isNameWord(doc, end, end === first)) end++;
    if (end === first) continue;
    // A family name with the article closes a run that holds a known name word (البطريرك الماروني بشاره الراعي).
    if (end - first < MAX_DESCRIBED_NAME && end < tokens.length && tokens[end].paragraph === tokens[i].paragraph &&
        isDefinite(tokens[end].norm) && isNameWord(doc, end, false) && holdsNameWord(doc, first, end)) end++;
    if (!endsAName(doc, end, tokens[i].paragraph, end - first)) continue;
    if (end - first === 1) {
      const lone = isLoneName(doc, i, first);
      if (lone === null) usedAgain.push({ title: i, word: first });
      if (lone !== true) continue;
    }
    addPerson(doc, first, end);
    i = end - 1;
  }
  if (usedAgain.length === 0) return;
  const uses = yield* usesAfter(tokens, new Set(usedAgain.map((lone) => tokens[lone.word].norm)));
  for (const { title, word } of usedAgain) {
    const titleWord = tokens[title].norm;
    const others = uses.get(tokens[word].norm)!.filter((before) => before !== titleWord).length - (tokens[word - 1].norm !== titleWord ? 1 : 0);
    if (others > 0 && doc.isFree(word)) addPerson(doc, word, word + 1);
  }
}

function addPerson(doc: MentionSet, first: number, end: number): void {
  doc.add({ start: doc.tokens[first].start, end: doc.tokens[end - 1].end, type: 'person', firstToken: first, endToken: end });
}

/** A title inside the name of a place or a body (مستشفى الملك فهد، جامعة الأمير سلطان) is no holder's. */
function namesAPlace(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  return before !== undefined && before.kind === 'arabic' && isHeadWord(before.norm);
}

/** A title with the preposition ك is a comparison (كلاعب رئيسي، كمدافع شرس), not someone's title. */
function isComparison(doc: MentionSet, i: number): boolean {
  return doc.tokens[i].norm.startsWith('ك') && !doc.splits(i).some((r) => r.prefix === '' && PERSON_TITLES.has(r.stem));
}

/**
 * Whether token k may be a word of a name here (`mayBeNameWord`): a proclitic on it is a
 * conjunction or a preposition (وشؤون، لمليشيات، بالانقلاب) unless the word is a known name word
 * (وليد، بشرى), and a first word may be a verb (سفير عمان يشكر).
 */
export function isNameWord(doc: MentionSet, k: number, first: boolean): boolean {
  if (!mayBeNameWord(doc, k)) return false;
  const { norm } = doc.tokens[k];
  if (!first) return !PROCLITIC_LETTERS.includes(norm[0]) || isDefinite(norm) || doc.isPersonNameWord(norm);
  // What follows a headline's title may be its verb (سفير عمان يشكر، الفريق سيجري).
  if (cueAt(doc.tokens, k, doc.tokens.length) !== null) return false;
  return !(PROCLITIC_LETTERS.includes(norm[0]) || PRESENT_TENSE_START.test(norm)) || doc.isPersonNameWord(norm);
}

/**
 * Whether token k may be a word of a name at all, wherever it stands: free, not a word training
 * knows outside names, not a head word or a nationality, and without a pronoun suffix, an
 * accusative ending or the feminine ة unless names use the word (فهد قلقه، قانونا، محفظة).
 */
export function mayBeNameWord(doc: MentionSet, k: number): boolean {
  const { norm, text } = doc.tokens[k];
  if (norm.length < 2 || norm === 'ال' || isHeadWord(norm) || !doc.isFree(k) || doc.model.isSeenOutsideNames(norm) || doc.model.commonWords.has(norm) ||
      isNationalityAdjective(norm)) return false;
  return !NOT_A_NAME_ENDING.test(text) || doc.isPersonNameWord(norm);
}

function holdsNameWord(doc: MentionSet, first: number, end: number): boolean {
  for (let k = first; k < end; k++) if (doc.isPersonNameWord(doc.tokens[k].norm)) return true;
  return false;
}

/** A lone word after a title: token indices of both. */
interface LoneWord {
  title: number;
  word: number;
}

/** For each of `words`, the word before each of its uses in the text. */
function* usesAfter(tokens: Token[], words: ReadonlySet<string>): Generator<void, Map<string, string[]>> {
  const uses = new Map<string, string[]>();
  for (const word of words) uses.set(word, []);
  for (let k = 1; k < tokens.length; k++) {
    if (k % TOKENS_PER_STEP === 0) yield;
    uses.get(tokens[k].norm)?.push(tokens[k - 1].norm);
  }
  return uses;
}

/**
 * Whether a lone word after a title is a name: yes when it is a known name word or follows a
 * definite title with its complement (المدرب الروماني ريجيكامب); null (a name if the article
 * uses it again, and not only after the same title: وزير مفوض … وزير مفوض) otherwise; no for a
 * feminine noun that is no woman's name.
 */
function isLoneName(doc: MentionSet, title: number, word: number): boolean | null {
  const norm = doc.tokens[word].norm;
  if (norm.endsWith('ه') && !GIVEN_NAMES.has(norm)) return false;
  if (doc.isPersonNameWord(norm) || (word > title + 1 && isDefinite(doc.tokens[title].norm))) return true;
  return null;
}

/** Whether a name of `words` words may end before token k: at punctuation or the paragraph's end, or before a word that starts a new phrase. */
function endsAName(doc: MentionSet, k: number, paragraph: number, words: number): boolean {
  const tokens = doc.tokens;
  const next = tokens[k];
  if (next === undefined || next.paragraph !== paragraph) return true;
  // A number after the words makes them a measure or a model (مدفع عيار 160), not a name.
  if (next.kind !== 'arabic') return next.kind !== 'number';
  return PREPOSITIONS.has(next.norm) || RELATIVE_PRONOUNS.has(next.norm) || TIME_WORDS.has(next.norm) ||
    (words > 1 && isToPhrase(next.norm)) || isComplementizer(tokens, k) || cueAt(tokens, k, tokens.length) !== null;
}

/**
 * لـ«الوطن»، للصحفيين: to whom the holder spoke, after a name of two words or more (a name seldom
 * starts with لل; one word before it is as often an accusative, مدربا للفريق، صادما للسوق).
 */
function isToPhrase(norm: string): boolean {
  return norm === 'ل' || norm.startsWith('لل');
}

/**
 * The first token after a title's complement, from token k of the title's paragraph: definite
 * words, nationalities, further titles (نائب رئيس) and places or bodies already found; -1 when the
 * complement runs longer than a title's does.
 */
function afterComplement(doc: MentionSet, k: number, paragraph: number): number {
  const tokens = doc.tokens;
  for (let words = 0; k < tokens.length && tokens[k].paragraph === paragraph && tokens[k].kind === 'arabic'; words++) {
    if (words > MAX_COMPLEMENT) return -1;
    const owner = doc.ownerOf(k);
    const phrase = owner ? 0 : titlePhraseAt(doc, k);
    if (owner) {
      if (owner.type === 'person' || owner.firstToken !== k) return -1;
      k = owner.endToken;
    } else if (phrase > 0) {
      k += phrase;
    } else if (isDefinite(tokens[k].norm) || isNationalityAdjective(tokens[k].norm) || doc.isTitleAt(k)) {
      k++;
    } else {
      return k;
    }
  }
  return -1;
}

/** How many words the honorific title phrase at token k has; 0 when none starts there. */
function titlePhraseAt(doc: MentionSet, k: number): number {
  return TITLE_PHRASES.find((words) => doc.matchAt(k, words) >= 0)?.length ?? 0;
}
