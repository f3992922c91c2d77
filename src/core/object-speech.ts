/**
 * Reported speech whose content is a noun phrase right after its speaker, with no أن and no
 * colon: «وأكدت وزارة خارجية جنوب أفريقيا مقتل أحد مواطنيها»، «أعلنت المقاومة الشعبية سيطرتها
 * على …»، «نفى المصمم الياباني … قيامه بالاقتباس». Where the speaker's name ends is known only
 * once the entities are, so these are found after them, beside the quotations found before.
 */
import { cueAt, isColon, isComma, isComplementizer, isSentenceEnd, isUnnamedSource } from './cues';
import { MentionIndex } from './mention-index';
import { isQuoteMark } from './quotes';
import { MONTHS_AND_DAYS_SET, PREPOSITIONS } from './lexicon';
import { normalize } from './text';
import { Token } from './tokenize';
import { Quote } from './types';

/** Verbs that report a statement as their object (past forms, with و/ف or not). */
const OBJECT_SPEECH_VERBS = new Set(
  ['أعلن', 'أعلنت', 'أعلنوا', 'أكد', 'أكدت', 'أكدوا', 'نفى', 'نفت', 'نفوا', 'ادعى', 'ادعت', 'أنكر', 'أنكرت', 'كشف', 'كشفت', 'كشفوا']
    .flatMap((w) => [w, 'و' + w, 'ف' + w]).map(normalize),
);

/** Words between the subject and what it said that say when (أمس، اليوم، الأربعاء، مساء). */
const TIME_WORDS = new Set(['أمس', 'اليوم', 'الليلة', 'مساء', 'صباح', 'ظهر', 'فجر', 'أول', 'من', 'الماضي', 'الماضية'].map(normalize));

/** Words that start a clause or relative, not the object (الذي، التي، ما، إذا). */
const CLAUSE_WORDS = new Set(['الذي', 'التي', 'الذين', 'ما', 'إذا', 'لا', 'لم', 'لن', 'قد'].map(normalize));

/** How many words of a title may stand between the verb and its subject's name (وزير الداخلية الفرنسي + برنار كازنوف). */
const TITLE_WORDS = 5;
/** Longest reported noun phrase, in tokens. */
const MAX_CONTENT = 60;

/**
 * Adds the reported noun phrases to `quotes` (kept in text order; ids are the caller's), each with its
 * verb as cue. Only a verb whose named subject is followed by a plain word counts, and never
 * where a quotation already holds that stretch.
 */
export function addObjectSpeech(text: string, tokens: Token[], quotes: Quote[], mentions: MentionIndex): void {
  const added: Quote[] = [];
  // Quotations are in text order and candidates come in text order: quotes[0, before) start
  // before the candidate, and the furthest of their ends says whether one holds it.
  let before = 0;
  let furthestEnd = -1;
  for (let i = 0; i < tokens.length; i++) {
    const verb = tokens[i];
    if (verb.kind !== 'arabic' || !OBJECT_SPEECH_VERBS.has(verb.norm) || cueAt(tokens, i, tokens.length)?.kind !== 'verb') continue;
    const first = objectStart(tokens, i, mentions);
    if (first < 0) continue;
    const last = objectEnd(tokens, first);
    const start = tokens[first].start;
    const end = tokens[last].end;
    for (; before < quotes.length && quotes[before].start <= start; before++) furthestEnd = Math.max(furthestEnd, quotes[before].end);
    // Held by an earlier quotation, or holding reported speech found before (a direct quotation inside is its wording).
    let holdsReported = false;
    for (let n = before; n < quotes.length && quotes[n].start < end && !holdsReported; n++) holdsReported = quotes[n].kind === 'indirect';
    if (furthestEnd > start || holdsReported) continue;
    added.push({ id: '', kind: 'indirect', start, end, text: text.slice(start, end), speaker: null, cue: { start: verb.start, end: verb.end, text: verb.text } });
    i = last;
  }
  if (added.length === 0) return;
  const all = [...quotes, ...added].sort((x, y) => x.start - y.start || y.end - x.end);
  quotes.length = 0;
  for (const quote of all) quotes.push(quote);
}

/** Where what the verb at token i reports starts: the first plain word after its named subject, or -1. */
function objectStart(tokens: Token[], i: number, mentions: MentionIndex): number {
  const paragraph = tokens[i].paragraph;
  let k = i + 1;
  // The subject: a name, after a few title words at most; or a source the text does not name.
  const source = k < tokens.length ? unnamedSourceEnd(tokens, k, mentions) : -1;
  if (source >= 0) k = source;
  for (let words = 0; source < 0 && k < tokens.length && tokens[k].paragraph === paragraph; k++) {
    const ref = mentions.startingAt(k);
    if (ref) {
      k = ref.endToken;
      break;
    }
    if (tokens[k].kind !== 'arabic' || ++words > TITLE_WORDS || isComplementizer(tokens, k) || PREPOSITIONS.has(tokens[k].norm)) return -1;
  }
  while (k < tokens.length && tokens[k].paragraph === paragraph && (TIME_WORDS.has(tokens[k].norm) || MONTHS_AND_DAYS_SET.has(tokens[k].norm))) k++;
  const beforeAddressee = k;
  k = afterAddressee(tokens, k, mentions);
  // لـ«عكاظ» وجود أسرى: right after whom it was said to, و is the word's own letter, not a conjunction.
  const addressed = k !== beforeAddressee;
  if (k >= tokens.length || tokens[k].paragraph !== paragraph) return -1;
  const word = tokens[k];
  const plain = word.kind === 'arabic' && !mentions.at(k) && !PREPOSITIONS.has(word.norm) && !CLAUSE_WORDS.has(word.norm) &&
    !isComplementizer(tokens, k) && !cueAt(tokens, k, tokens.length) && (addressed || !/^[وف]/.test(word.norm));
  return plain ? k : -1;
}

/** Words that describe an unnamed source besides relational adjectives (مصادر مطلعة، مسؤول رفيع). */
const SOURCE_ADJECTIVES = new Set(['مطلع', 'مطلعة', 'مطلعون', 'رفيع', 'رفيعة', 'مقرب', 'مقربة', 'مقربون', 'موثوق', 'موثوقة', 'بارز', 'كبير'].map(normalize));
/** Most adjectives after an unnamed source word. */
const MAX_SOURCE_ADJECTIVES = 3;

/**
 * أكد مصدر عسكري مقتل …، أعلن مسؤول في وزارة الدفاع سقوط …: the token after an unnamed source
 * at k, its adjectives (relational ones in ي/ية and a few others) and one «في/بـ + name» taken
 * in; -1 when k holds none.
 */
function unnamedSourceEnd(tokens: Token[], k: number, mentions: MentionIndex): number {
  if (!isUnnamedSource(tokens[k])) return -1;
  const paragraph = tokens[k].paragraph;
  let j = k + 1;
  for (let n = 0; n < MAX_SOURCE_ADJECTIVES && j < tokens.length && tokens[j].paragraph === paragraph && tokens[j].kind === 'arabic' &&
       (SOURCE_ADJECTIVES.has(tokens[j].norm) || (/..يه?$/.test(tokens[j].norm) && !PREPOSITIONS.has(tokens[j].norm))) && !mentions.at(j); n++) j++;
  if (j >= tokens.length) return j;
  // في وزارة الدفاع، من الجيش apart; بوزارة الدفاع on the name's first word.
  const apart = tokens[j].norm === 'في' || tokens[j].norm === 'من';
  const ref = mentions.startingAt(apart ? j + 1 : j);
  return ref && (apart || tokens[j].norm.startsWith('ب')) ? ref.endToken : j;
}

/** لـ«عكاظ»، لرويترز: whom it was said to, between the speaker and what was said; the token after it. */
function afterAddressee(tokens: Token[], k: number, mentions: MentionIndex): number {
  if (k >= tokens.length || tokens[k].kind !== 'arabic' || !tokens[k].norm.startsWith('ل')) return k;
  let j = tokens[k].norm === 'ل' ? k + 1 : k;
  const marked = j < tokens.length && isQuoteMark(tokens[j]);
  while (j < tokens.length && isQuoteMark(tokens[j])) j++;
  const ref = mentions.startingAt(j) ?? (j === k ? null : mentions.at(j));
  // لـ«عكاظ»: a name in marks after لـ is whom it was said to, known as a name or not.
  if (ref) j = ref.endToken;
  else if (marked) while (j < tokens.length && j < k + MAX_ADDRESSEE && !isQuoteMark(tokens[j])) j++;
  else return k;
  while (j < tokens.length && isQuoteMark(tokens[j])) j++;
  return j;
}

/** Most tokens of an addressee's name in marks (لـ«الشرق الأوسط»). */
const MAX_ADDRESSEE = 5;

/** The last token of the reported noun phrase from `first`: to the sentence's end, a colon, a comma or a quotation mark. */
function objectEnd(tokens: Token[], first: number): number {
  let last = first;
  for (let k = first + 1; k < tokens.length && k < first + MAX_CONTENT && tokens[k].paragraph === tokens[first].paragraph; k++) {
    // Up to a quotation mark too: a quotation there is the speaker's own wording, a quotation of its own.
    if (isSentenceEnd(tokens[k]) || isColon(tokens[k]) || isComma(tokens[k]) || isQuoteMark(tokens[k])) break;
    if (tokens[k].kind === 'arabic' && cueAt(tokens, k, tokens.length)?.kind === 'verb') break;
    last = k;
  }
  return last;
}
