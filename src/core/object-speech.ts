/**
 * Reported speech whose content is a noun phrase right after its speaker, with no أن and no
 * colon: «وأكدت وزارة خارجية جنوب أفريقيا مقتل أحد مواطنيها»، «أعلنت المقاومة الشعبية سيطرتها
 * على …»، «نفى المصمم الياباني … قيامه بالاقتباس». Where the speaker's name ends is known only
 * once the entities are, so these are found after them, beside the quotations found before.
 */
import { cueAt, isColon, isComma, isComplementizer, isSentenceEnd, isUnnamedSource, opensComplement } from './cues';
import { MentionIndex } from './mention-index';
import { isDenied, isQuoteMark } from './quotes';
import { isDefinite, isNationalityAdjective, MONTHS_AND_DAYS_SET, PERSON_TITLES, PREPOSITIONS } from './lexicon';
import { isHeadWord } from './lexicon/heads';
import { personNameUses } from './lexicon/knowledge';
import { normalize } from './text';
import { Token } from './tokenize';
import { Quote } from './types';
import { titleHeadAt } from './roles';

/** Verbs that report a statement as their object (past forms, with و/ف or not). */
const OBJECT_SPEECH_VERBS = new Set(
  ['أعلن', 'أعلنت', 'أعلنوا', 'أكد', 'أكدت', 'أكدوا', 'نفى', 'نفت', 'نفوا', 'ادعى', 'ادعت', 'أنكر', 'أنكرت', 'كشف', 'كشفت', 'كشفوا']
    .flatMap((w) => [w, 'و' + w, 'ف' + w]).map(normalize),
);

/** Their circumstantial participles, after the clause that names the speaker («…، نافيا صحة الانطباع»). */
const OBJECT_SPEECH_PARTICIPLES = new Set(['معلنا', 'مؤكدا', 'نافيا', 'كاشفا'].flatMap((w) => [w, w.slice(0, -1) + 'ة']).map(normalize));

/** Words between the subject and what it said that say when (أمس، اليوم، الأربعاء، مساء). */
const TIME_WORDS = new Set(['أمس', 'اليوم', 'يوم', 'الليلة', 'مساء', 'صباح', 'ظهر', 'فجر', 'أول', 'من', 'الماضي', 'الماضية'].map(normalize));

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
    if (verb.kind !== 'arabic') continue;
    const participle = OBJECT_SPEECH_PARTICIPLES.has(verb.norm);
    if (!participle && !OBJECT_SPEECH_VERBS.has(verb.norm)) continue;
    if (cueAt(tokens, i, tokens.length)?.kind !== (participle ? 'participle' : 'verb')) continue;
    // لم يؤكد مقتل …: a denied verb reports nothing.
    if (isDenied(tokens, i)) continue;
    const first = participle ? objectOfElidedSubject(tokens, i, mentions) : objectStart(tokens, i, mentions);
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

/** Where what the verb at token i reports starts: the first plain word after its named subject, or after the verb when its subject is elided; or -1. */
function objectStart(tokens: Token[], i: number, mentions: MentionIndex): number {
  const paragraph = tokens[i].paragraph;
  let k = i + 1;
  // The subject: a name, after a few title words at most; or a source the text does not name.
  const source = k < tokens.length ? unnamedSourceEnd(tokens, k, mentions) : -1;
  let named = source >= 0;
  if (named) k = source;
  for (let words = 0; !named && k < tokens.length && tokens[k].paragraph === paragraph; k++) {
    const ref = mentions.startingAt(k);
    if (ref) {
      k = ref.endToken;
      named = true;
      break;
    }
    if (tokens[k].kind !== 'arabic' || ++words > TITLE_WORDS || isComplementizer(tokens, k) || PREPOSITIONS.has(tokens[k].norm)) break;
  }
  // The paragraph ended before any name: the verb's subject is elided.
  if (!named) return objectOfElidedSubject(tokens, i, mentions);
  const beforeCircumstance = k;
  k = pastCircumstance(tokens, k);
  // أكد X، رئيس جمهورية قبرص، أعلنت الشرطة اليوم في بيان، …: past a comma or a circumstance stands an apposition as often as what was said.
  let pastComma = false;
  for (let j = beforeCircumstance; j < k && !pastComma; j++) pastComma = !isTimeWord(tokens[j].norm);
  const beforeAddressee = k;
  k = afterAddressee(tokens, k, mentions);
  // لـ«عكاظ» وجود أسرى: right after whom it was said to, و is the word's own letter, not a conjunction.
  const addressed = k !== beforeAddressee;
  if (k >= tokens.length || tokens[k].paragraph !== paragraph) return -1;
  if (!pastComma) return isPlainWord(tokens, k, mentions, addressed) ? k : objectOfElidedSubject(tokens, i, mentions);
  if (!isObjectNoun(tokens, k, mentions, addressed)) return objectOfElidedSubject(tokens, i, mentions);
  const after = afterApposition(tokens, k);
  if (after < 0) return k;
  // كتب X، كبير المحررين في صحيفة …، إنه …، أعلن النادي، حامل لقب الدوري، عن ضم …: the verb's own complement follows the apposition.
  if (isComplementizer(tokens, after) || opensComplement(tokens, after, cueAt(tokens, i, tokens.length)?.complement)) return objectOfElidedSubject(tokens, i, mentions);
  // وأعلن برشلونة، متصدر الدوري، تعاقده مع …: what was said follows the apposition.
  return isObjectNoun(tokens, after, mentions, false) ? after : k;
}

/** The token after the comma that closes a phrase between commas starting at k, in k's paragraph; or -1. */
function afterApposition(tokens: Token[], k: number): number {
  const comma = objectEnd(tokens, k) + 1;
  const after = comma + 1;
  if (after >= tokens.length || !isComma(tokens[comma]) || tokens[after].paragraph !== tokens[k].paragraph) return -1;
  return after;
}

/** Words that say when (أمس، اليوم، الأربعاء، مساء، الماضي). */
function isTimeWord(norm: string): boolean {
  return TIME_WORDS.has(norm) || MONTHS_AND_DAYS_SET.has(norm);
}

/** Words that say when (أمس، اليوم، الأربعاء، مساء), then a circumstance closed by a comma (في تصريحات خلال …،), then that comma: the token after them. */
function pastCircumstance(tokens: Token[], k: number): number {
  const paragraph = tokens[k]?.paragraph;
  const pastTime = (j: number): number => {
    while (j < tokens.length && tokens[j].paragraph === paragraph && isTimeWord(tokens[j].norm)) j++;
    return j;
  };
  k = pastTime(k);
  // في تصريحات، في بيان له: where it was said, then the object.
  const source = k < tokens.length && tokens[k].norm === IN ? cueAt(tokens, k, tokens.length) : null;
  if (source?.kind === 'source') {
    const after = PRONOUN_PREPOSITION.test(tokens[source.end]?.norm ?? '') ? source.end + 1 : source.end;
    // في بيان أصدرته، في تصريح نقلته الوكالة: the statement's relative verb, not what it said.
    return after < tokens.length && /تها?$/.test(tokens[after].norm) ? k : pastTime(after);
  }
  if (k < tokens.length && CIRCUMSTANCE_PREPOSITIONS.has(tokens[k].norm)) {
    for (let j = k + 1, words = 0; j < tokens.length && tokens[j].paragraph === paragraph; j++) {
      const token = tokens[j];
      if (isComma(token)) {
        k = j;
        break;
      }
      if (isSentenceEnd(token) || isColon(token) || isQuoteMark(token) || isComplementizer(tokens, j) || ++words > CIRCUMSTANCE_WORDS ||
          (token.kind === 'arabic' && cueAt(tokens, j, tokens.length)?.kind === 'verb')) return k;
    }
  }
  return k < tokens.length && isComma(tokens[k]) ? pastTime(k + 1) : k;
}

const IN = normalize('في');
/** Prepositions that open a circumstance between the speaker and what was said (في تصريحات للصحفيين، خلال لقائه …). */
const CIRCUMSTANCE_PREPOSITIONS = new Set(['في', 'خلال', 'أثناء', 'عقب', 'لدى', 'أمام'].map(normalize));
/** Most words of that circumstance before its comma. */
const CIRCUMSTANCE_WORDS = 14;

/** A word that can open what was said: no name, preposition, relative, complementizer or cue, nor a conjunction. */
function isPlainWord(tokens: Token[], k: number, mentions: MentionIndex, addressed: boolean): boolean {
  const word = tokens[k];
  return word.kind === 'arabic' && !mentions.at(k) && !PREPOSITIONS.has(word.norm) && !CLAUSE_WORDS.has(word.norm) &&
    !isComplementizer(tokens, k) && !cueAt(tokens, k, tokens.length) && (addressed || !/^[وف]/.test(word.norm));
}

/**
 * Words that open a subject, not an object: quantities (بعض المسؤولين، عدد من السكان), pointers
 * (هذه المصادر، ذلك المدير), rank (كبير المحررين، كبرى مدن الجنوب), commands and services (قيادة القوات المشتركة، أجهزة الأمن) and
 * documents (إحصائية رسمية، نتائج دراسة).
 */
const SUBJECT_WORDS = new Set(['بعض', 'عدد', 'كل', 'جميع', 'أحد', 'إحدى', 'معظم', 'غالبية', 'أغلب', 'أغلبية', 'كثير', 'مجموعة',
  'هذا', 'هذه', 'ذلك', 'تلك', 'هؤلاء', 'أولئك', 'هذان', 'هاتان', 'قيادة', 'أجهزة', 'جهاز', 'إدارة', 'مديرية', 'فرع', 'لجنة',
  'إحصائية', 'إحصائيات', 'إحصاءات', 'دراسات', 'نتائج', 'وثيقة', 'وثائق', 'تقديرات', 'كبير', 'كبيرة', 'كبرى', 'لكن', 'بل'].map(normalize));
/** An honorific with its pronoun stands for the person (وأكد سموه، معاليه). */
const HONORIFIC_PRONOUN = /^(سمو|معالي|فضيلت|سعادت|جلالت|فخامت|سماحت)(ه|ها)$/;
/** Wikidata person names using a word, from which it is taken for a name (محمد، سلام), not a verbal noun (نجاح). */
const NAME_USES = 5;

/** A preposition with its pronoun (عنها، منه، عليه): what follows is no object (الحصيلة التي أعلن عنها أول من أمس). */
const PRONOUN_PREPOSITION = /^(عن|من|علي|الي|ل|ب|في|مع|لدي|بين|حول)(ه|ها|هم|هما|هن)$/;

/**
 * What a verb or participle at token i reports when no subject follows it (وأكد استمرار الدعم …،
 * الذي أعلن مقتل …، «…»، نافيا صحة الانطباع …): the token after it, or after whom it was said to,
 * when that opens a noun phrase that can only be the object. Else -1.
 */
function objectOfElidedSubject(tokens: Token[], i: number, mentions: MentionIndex): number {
  // …أن المشروع يعد استكمالا …، وأعلنت عزمها …: a verb without its subject inside a sentence goes on with what was reported.
  const participle = OBJECT_SPEECH_PARTICIPLES.has(tokens[i].norm);
  if (!opensSentence(tokens, i) && (!participle || isAdjective(tokens, i))) return -1;
  const k = afterAddressee(tokens, i + 1, mentions);
  return k < tokens.length && tokens[k].paragraph === tokens[i].paragraph && isObjectNoun(tokens, k, mentions, k !== i + 1) ? k : -1;
}

/**
 * Whether the participle at k describes the word before it (ثلاث حالات مؤكدة، أضواء كاشفة): right
 * after an indefinite noun, not after a comma, a definite word (في الرياض مؤكدة) or an adverb
 * (اقتصاديا وسياسيا مشددا).
 */
function isAdjective(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1];
  return before !== undefined && before.paragraph === tokens[k].paragraph && before.kind === 'arabic' && !isDefinite(before.norm) && !before.norm.endsWith('ا');
}

/** Whether token i is the first of its sentence. */
function opensSentence(tokens: Token[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && tokens[j].paragraph === tokens[i].paragraph && isQuoteMark(tokens[j])) j--;
  return j < 0 || tokens[j].paragraph !== tokens[i].paragraph || isSentenceEnd(tokens[j]);
}

/**
 * Whether token k opens a noun phrase that is an object, not a subject, an apposition or an adverb:
 * an indefinite noun followed by its complement (استمرار الدعم، رغبة بلده), not a title, a body,
 * an unnamed source, a quantity, a nationality, a name, a time, a preposition with its pronoun
 * nor an adverb (رسميا، أيضا).
 */
function isObjectNoun(tokens: Token[], k: number, mentions: MentionIndex, addressed: boolean): boolean {
  const next = tokens[k + 1];
  if (!next || next.paragraph !== tokens[k].paragraph || next.kind !== 'arabic' || !isPlainWord(tokens, k, mentions, addressed)) return false;
  const norm = tokens[k].norm;
  const subjectLike = isDefinite(norm) || PERSON_TITLES.has(norm) || titleHeadAt(tokens[k]) !== null || isHeadWord(norm) || isUnnamedSource(tokens[k]) || SUBJECT_WORDS.has(norm) || HONORIFIC_PRONOUN.test(norm) || norm.startsWith('ل') ||
    isNationalityAdjective(norm) || personNameUses(norm) >= NAME_USES || isTimeWord(norm);
  const adverb = /[^ه]ا$/.test(norm);
  return !subjectLike && !adverb && !PRONOUN_PREPOSITION.test(norm);
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
    const kind = tokens[k].kind === 'arabic' ? cueAt(tokens, k, tokens.length)?.kind : undefined;
    if (kind === 'verb' || (kind === 'participle' && !isAdjective(tokens, k))) break;
    last = k;
  }
  return last;
}
