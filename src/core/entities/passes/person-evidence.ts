/**
 * Evidence that a person mention names someone: a person mention with none is dropped, a speech
 * verb read into a name is cut off it, and a family name in quotation marks as a speech verb's
 * subject becomes a person.
 */
import { ADVERBS_AFTER_SPEECH_VERBS, NAME_PARTICLES, PREPOSITIONS } from '../../lexicon';
import { FAMILY_PARTICLES, isHeadWord } from '../../lexicon/heads';
import { cueAt, Gender, isColon, isComma, isComplementizer, isUnnamedSourceWord } from '../../cues';
import { isQuoteMark } from '../../quotes';
import { MAX_NAME_WORDS, Mention, MENTIONS_PER_STEP, MentionSet, TOKENS_PER_STEP } from '../mention-set';

/** Words in quotation marks that may name who speaks: tokens [first, end), normalised. */
interface QuotedSubject {
  first: number;
  end: number;
  words: string[];
  endsClause: boolean;
  /** The speech verb's gender, for a verb's subject (not a headline's). */
  verbGender?: Gender;
}

/** Most words of a family name in quotation marks as a speech verb's subject (آل حطاب، أبو عباة). */
const MAX_QUOTED_SUBJECT_WORDS = 2;

/**
 * A person mention needs evidence that it names someone (كلاما مغلوطا، ضدنا، مستثمران are words
 * the tagger took for names): a word that people's names use (Wikidata, the given names, the
 * training names), a title right before it, or a word it shares with another person mention.
 * Latin-script mentions are left alone.
 */
export function* dropUnsupportedPersons(doc: MentionSet): Generator<void> {
  const personWords = new Map<string, number>();
  /** First words of person mentions that stand between a speech verb and what it says. */
  const speakingSubjects = new Map<string, number>();
  for (let k = 0; k < doc.mentions.length; k++) {
    if (k % MENTIONS_PER_STEP === 0) yield;
    const m = doc.mentions[k];
    if (m?.type === 'person') for (const w of doc.words(m)) personWords.set(w, (personWords.get(w) ?? 0) + 1);
    if (m?.type === 'person' && speaksRightAfterVerb(doc, m)) speakingSubjects.set(doc.words(m)[0], (speakingSubjects.get(doc.words(m)[0]) ?? 0) + 1);
  }
  for (let k = 0; k < doc.mentions.length; k++) {
    if (k % MENTIONS_PER_STEP === 0) yield;
    const m = doc.mentions[k];
    if (!m || m.type !== 'person' || doc.tokens[m.firstToken].kind !== 'arabic') continue;
    const words = doc.words(m);
    // مصدران عسكريان، أحدهم: who speaks unnamed; يقول كلاما، قال مستثمران: an accusative, a pronoun
    // suffix or a dual. Neither is a name by where it stands or how often the tagger took it for one,
    // unless the word in ـا speaks again and again (وقالت كولوتا "…"، وتشرح كولوتا "…").
    const unnamed = isUnnamedSourceWord(words[0]) || /ان$/.test(words[0]) || (words[0].endsWith('ا') && (speakingSubjects.get(words[0]) ?? 0) < 2);
    const evidence = words.some((w) => doc.isPersonNameWord(w)) || (!unnamed && (words.some((w) => personWords.get(w)! > 1) || hasPersonContext(doc, m)));
    if (!evidence) doc.replace(k, null);
  }
}

/**
 * Whether a one-word person mention is all of a speech verb's subject: the verb right before it and
 * what was said (a complementizer, a quotation mark or a colon) right after it. An adverb written
 * without its tanween sign stands there too (وقال مرارا إن): the known ones are left out.
 */
function speaksRightAfterVerb(doc: MentionSet, m: Mention): boolean {
  const tokens = doc.tokens;
  const before = m.firstToken - 1;
  const after = m.endToken;
  if (before < 0 || after >= tokens.length || m.endToken - m.firstToken !== 1) return false;
  // وقالت لها إن: a pronoun suffix; وأكد مجدداً أن: an adverb, with its tanween sign or without.
  const word = tokens[m.firstToken];
  if (/(ها|نا|هما)$/.test(word.norm) || ADVERBS_AFTER_SPEECH_VERBS.has(word.norm) || /\u064b/.test(word.text)) return false;
  if (cueAt(tokens, before, m.firstToken)?.kind !== 'verb') return false;
  return isComplementizer(tokens, after) || isQuoteMark(tokens[after]) || isColon(tokens[after]);
}

/**
 * Whether a person mention stands where people are named: after a title or a speech verb (وقال
 * فينسنت كوشيتيل), or before a title in apposition (يالجين اكدوجان نائب رئيس الوزراء، X، مدير …).
 */
function hasPersonContext(doc: MentionSet, m: Mention): boolean {
  const tokens = doc.tokens;
  const before = m.firstToken - 1;
  if (before >= 0 && doc.isFree(before) && tokens[before].paragraph === tokens[m.firstToken].paragraph &&
      (doc.isTitleAt(before) || cueAt(tokens, before, m.firstToken)?.kind === 'verb')) return true;
  let after = m.endToken;
  if (after < tokens.length && isComma(tokens[after])) after++;
  return after < tokens.length && tokens[after].paragraph === tokens[m.firstToken].paragraph && doc.isFree(after) && doc.isTitleAt(after);
}

/**
 * طالب فرنسوا بايرو ب…: a speech verb spelt like a given name (طالب، وعد) read into the name of
 * the person after it, who has a full name of his own: the verb is cut off (طالب الرفاعي stays).
 * With the conjunction written into the mention (وأبان رضوان), the verb is no name even before a
 * lone family name: a name's و is a proclitic the mention leaves out.
 */
export function* cutLeadingSpeechVerbs(doc: MentionSet): Generator<void> {
  for (let k = 0, known = doc.mentions.length; k < known; k++) {
    if (k % MENTIONS_PER_STEP === 0) yield;
    const m = doc.mentions[k];
    if (m?.type !== 'person' || m.endToken - m.firstToken < 2 || cueAt(doc.tokens, m.firstToken, m.endToken)?.kind !== 'verb') continue;
    const verb = doc.tokens[m.firstToken];
    const withConjunction = m.start === verb.start && /^[وف]/.test(verb.text);
    if (m.endToken - m.firstToken < 3 && !withConjunction) continue;
    if (!doc.isPersonNameWord(doc.words(m)[1])) continue;
    const first = m.firstToken + 1;
    doc.replace(k, { ...m, start: doc.tokens[first].start, firstToken: first });
  }
}

/**
 * وقال "القاضي"، وأكد "آل حطاب" أنه، وقال الباحث الفلكي "هندي": a few words in quotation marks
 * as the subject of a speech verb (a paper's way of naming the one it quotes by his family name)
 * are a person when a person mention ends with them or they are a name people bear. A person
 * mention followed by that family name takes it in (ملهم بن محمد + هندي). Quoted words no person
 * bears, as a feminine verb's whole subject, name a body (وأضافت «جدوى للاستثمار» أنه: a company,
 * شركة understood, as papers write their names).
 */
export function* addQuotedSubjects(doc: MentionSet): Generator<void> {
  const tokens = doc.tokens;
  const subjects: QuotedSubject[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (i % TOKENS_PER_STEP === 0) yield;
    // "القاضي": الملك سلمان …: a headline's speaker, quoted, before its colon.
    if (i === tokens[i].paragraph && isQuoteMark(tokens[i])) {
      const subject = quotedWordsAt(doc, i, i);
      if (subject && subject.end + 1 < tokens.length && isColon(tokens[subject.end + 1])) subjects.push(subject);
      continue;
    }
    const cue = tokens[i].kind === 'arabic' ? cueAt(tokens, i, tokens.length) : null;
    if (cue?.kind !== 'verb') continue;
    const subject = quotedSubjectAfter(doc, cue.end);
    if (subject) subjects.push({ ...subject, verbGender: cue.gender });
    i = cue.end - 1;
  }
  if (subjects.length === 0) return;
  const familyNames = new Set(subjects.filter((s) => s.words.length === 1).map((s) => s.words[0]));
  // Replaced mentions go to the end of the list: only those there before are read.
  for (let k = 0, known = doc.mentions.length; k < known; k++) {
    const m = doc.mentions[k];
    if (m?.type !== 'person') continue;
    const after = m.endToken;
    if (after < tokens.length && doc.isFree(after) && tokens[after].paragraph === tokens[m.firstToken].paragraph &&
        familyNames.has(tokens[after].norm) && m.endToken - m.firstToken < MAX_NAME_WORDS) {
      doc.replace(k, { ...m, end: tokens[after].end, endToken: after + 1 });
    }
  }
  // The last word or two of every person's name, once the names have taken in their family names.
  const personEnds = new Set<string>();
  for (const m of doc.mentions) {
    if (m?.type !== 'person') continue;
    const words = doc.words(m);
    for (let n = 1; n <= Math.min(2, words.length - 1); n++) personEnds.add(words.slice(-n).join(' '));
  }
  for (const { first, end, words, endsClause, verbGender } of subjects) {
    // What was said may follow the name directly (وقال "القاضي" خادم الحرمين …) when a person bears it.
    const named = personEnds.has(words.join(' ')) || (endsClause &&
      (words.some((w) => !NAME_PARTICLES.has(w) && doc.isPersonNameWord(w) && !doc.model.commonWords.has(w)) ||
        (words.length === 2 && FAMILY_PARTICLES.has(words[0]))));
    // A lone head refers back to a body named before (وأكدت «الهيئة» أن); an accusative is an adverb (ظالمًا).
    const body = !named && endsClause && verbGender === 'f' && !(words.length === 1 && (isHeadWord(words[0]) || tokens[first].text.includes('\u064b')));
    if (named || body) doc.add({ start: tokens[first].start, end: tokens[end - 1].end, type: named ? 'person' : 'organization', firstToken: first, endToken: end });
  }
}

/** The words quoted right after a speech verb at token k, or after a title there (الباحث الفلكي "هندي"). */
function quotedSubjectAfter(doc: MentionSet, k: number): QuotedSubject | null {
  const tokens = doc.tokens;
  let open = k;
  if (open < tokens.length && doc.isTitleAt(open)) {
    while (open < tokens.length && open < k + MAX_QUOTED_SUBJECT_WORDS + 1 && tokens[open].kind === 'arabic' && doc.isFree(open)) open++;
  }
  return quotedWordsAt(doc, open, k - 1);
}

/**
 * A few free Arabic words in quotation marks from the mark at token `open`, in the paragraph of
 * token `from`; `endsClause` when a complementizer, a colon, a comma, a preposition or the
 * paragraph's end follows (a name, not the start of what was said).
 */
function quotedWordsAt(doc: MentionSet, open: number, from: number): QuotedSubject | null {
  const tokens = doc.tokens;
  const paragraph = tokens[from].paragraph;
  if (open >= tokens.length || tokens[open].paragraph !== paragraph || !isQuoteMark(tokens[open])) return null;
  let close = open + 1;
  while (close < tokens.length && close <= open + MAX_QUOTED_SUBJECT_WORDS && tokens[close].kind === 'arabic' && tokens[close].paragraph === paragraph) close++;
  if (close === open + 1 || close >= tokens.length || !isQuoteMark(tokens[close]) || tokens[close].paragraph !== paragraph) return null;
  for (let j = open + 1; j < close; j++) if (!doc.isFree(j)) return null;
  const next = tokens[close + 1];
  const endsClause = !next || next.paragraph !== paragraph || isColon(next) || isComma(next) || isComplementizer(tokens, close + 1) ||
    PREPOSITIONS.has(next.norm);
  const words: string[] = [];
  for (let j = open + 1; j < close; j++) words.push(tokens[j].norm);
  return { first: open + 1, end: close, words, endsClause };
}
