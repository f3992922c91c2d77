/**
 * The speech-cue lexicon: what introduces a quotation in Arabic news, built from the measured
 * counts in ../shared/notes/arabic-speech-cues.md. Everything is matched on `Token.norm`.
 *
 * - verbs (قال، أكد، أشار …) in the past and present, feminine and plural, with و/ف in front;
 * - circumstantial participles after a clause (مشيرا، قائلة …): the speaker is the clause's subject;
 * - impersonal forms (يقال، قيل): no speaker at all;
 * - nominal and prepositional sources (بحسب، وفقا لـ، نقلا عن، في بيان، بالقول …).
 */
import { normalize } from './text';
import { Token, WordValues } from './tokenize';

/** Grammatical gender/number a cue shows: it tells who an elided subject is. */
export type Gender = 'm' | 'f' | 'p';

export type CueKind =
  | 'verb' // قال X إن … — the subject follows the verb, or is elided
  | 'participle' // …، مشيرا إلى أن … — the speaker is the subject of the clause before
  | 'impersonal' // يقال إن … — nobody in particular
  | 'source' // بحسب X، … — the source follows the cue
  | 'relay' // نقلت الصحيفة عن X قوله إن … — reported like a verb, the speaker is after عن
  | 'manner'; // اكتفى X بالقول إن … / على حد قوله — the speaker is the subject before the cue

export interface Cue {
  kind: CueKind;
  /** Token range of the cue words, [first, end). */
  first: number;
  end: number;
  gender?: Gender;
  /** Prepositions after which this verb's reported content follows as a noun phrase (أعلن عن مقتل …). */
  complement?: readonly string[];
  /** وجاء في البيان: the cue's last word is the document that speaks (for whoever issued it). */
  document?: boolean;
}

interface LexiconEntry {
  kind: CueKind;
  gender?: Gender;
  /** Normalised words that must follow the first one, in order (في بيان، نقلا عن, على حد قوله). */
  rest?: string[][];
  document?: boolean;
  /** The cue only counts when its complement or a complementizer follows within this many tokens (دعا إلى، طالب ب). */
  needsComplement?: number;
  /** The cue only counts when a complementizer follows within this many tokens (بين، تأكيد). */
  needsComplementizer?: number;
  /** The cue only counts when عن follows within RELAY_REACH tokens (نقل). */
  needsAn?: boolean;
  /** The cue only counts after a comma: then a participle is adverbial (، مطالبا ب), not a passive adjective (فهي مطالبة ب). */
  needsCommaBefore?: boolean;
  /** The complement may not open right after the cue: an object stands between (متهما وكيله ب…). */
  needsObject?: boolean;
  complement?: readonly string[];
}

/** Past stem and third-person masculine present of each speech verb (null: the present is a trap). */
const SPEECH_VERBS: [string, string | null][] = [
  ['قال', 'يقول'], ['أكد', 'يؤكد'], ['أشار', 'يشير'], ['أضاف', 'يضيف'], ['أوضح', 'يوضح'],
  ['ذكر', 'يذكر'], ['أعلن', 'يعلن'], ['اعتبر', 'يعتبر'], ['كشف', 'يكشف'], ['لفت', 'يلفت'],
  ['أفاد', 'يفيد'], ['رأى', 'يرى'], ['أبان', null], ['شدد', 'يشدد'], ['تابع', null],
  ['اعتقد', 'يعتقد'], ['صرح', 'يصرح'], ['نفى', 'ينفي'], ['أجاب', 'يجيب'], ['أردف', 'يردف'],
  ['أورد', 'يورد'], ['رجح', 'يرجح'], ['زعم', 'يزعم'], ['استطرد', 'يستطرد'], ['نوه', 'ينوه'],
  ['حذر', 'يحذر'], ['أقر', 'يقر'], ['اعترف', 'يعترف'], ['تساءل', 'يتساءل'], ['اختتم', 'يختتم'],
  ['غرد', 'يغرد'], ['كتب', 'يكتب'], ['أخبر', 'يخبر'], ['أبلغ', null], ['ادعى', 'يدعي'],
  ['لاحظ', 'يلاحظ'], ['توقع', 'يتوقع'], ['سخر', 'يسخر'], ['أعرب', 'يعرب'], ['أشاد', 'يشيد'],
  ['تحدث', null], ['ألمح', 'يلمح'], ['استبعد', 'يستبعد'],
];

/**
 * The preposition that opens what a verb reports when it is a noun phrase, not a clause with أن
 * (أعلن عن مقتل …، أكد على متانة …، أشار إلى وجود …، حذر من …; verb and participle alike).
 * قال عن X says something about X, so قال takes none.
 */
const COMPLEMENT_PREPOSITIONS: [string[], string[]][] = [
  [['أعلن', 'كشف', 'أعرب', 'تحدث', 'معلنا', 'كاشفا', 'معربا'], ['عن']],
  [['أكد', 'شدد', 'مؤكدا', 'مشددا'], ['على']],
  [['أشار', 'لفت', 'نوه', 'ألمح', 'مشيرا', 'لافتا', 'منوها', 'داعيا'], ['إلى']],
  [['حذر', 'محذرا'], ['من']],
];
const COMPLEMENT_OF = new Map(COMPLEMENT_PREPOSITIONS.flatMap(([words, prepositions]) => words.map((w) => [w, prepositions.map(normalize)] as const)));

/**
 * Verbs that report a call, a demand, a promise or an accusation: speech only when what they report
 * follows within CALL_REACH words, after their preposition — a word of its own or one letter
 * written on the next word — or after أن (دعا إلى وقف …، طالب بالإفراج، حث الحكومة على بدء …،
 * تعهدت بجعل …، اتهمت فرنسا بالجبن، وصف القرار بـ«الفردي»). دعا لبنان is no call: ل opens a call only before ا (لإحراق، للعمل).
 */
const CALL_VERBS: [string, string | null, string[]][] = [
  ['دعا', 'يدعو', ['إلى', 'ل']], ['طالب', 'يطالب', ['ب']], ['حث', 'يحث', ['على']], ['تعهد', 'يتعهد', ['ب']],
  ['وعد', null, ['ب']], ['نصح', 'ينصح', ['ب']], ['اتهم', 'يتهم', ['ب']], ['وصف', 'يصف', ['ب']],
];
const CALL_REACH = 6;

/**
 * Whether token k opens the verb's noun-phrase complement: one of its prepositions (على، إلى) or a
 * one-letter one written on the word (بالإفراج، لإحراق), never a complementizer (بأن).
 */
export function opensComplement(tokens: Token[], k: number, complement: readonly string[] | undefined): boolean {
  const token = tokens[k];
  if (!complement || token.kind !== 'arabic') return false;
  if (complement.includes(token.norm)) return true;
  const letter = token.norm[0];
  return token.norm.length >= 4 && complement.includes(letter) && (letter !== 'ل' || token.norm[1] === 'ا') && !isComplementizer(tokens, k);
}

/**
 * بين is mostly "between" and رد "returned": speech verbs only with أن right after them
 * (وبين المسؤول أن، ورد الوزير بأن).
 */
const GUARDED_VERBS: [string, string | null][] = [['بين', null], ['رد', null]];

/** Verbs often written with their object pronoun (واعتبرتها «في غير محلها»، أبلغه أن). */
const OBJECT_VERBS = ['اعتبر', 'أبلغ', 'أخبر', 'وصف', 'سأل'];

/** How close the complementizer must follow a guarded verb (وبين المسؤول أن) or a verbal noun. */
const GUARDED_REACH = 6;
const VERBAL_NOUN_REACH = 16;

/** نقل is "transported" unless a source follows with عن (نقلت الوكالة عن الوزير قوله …). */
const RELAY_VERBS: [string, string | null][] = [['نقل', 'ينقل']];
/** How far after نقل its عن may come. */
const RELAY_REACH = 8;

const PARTICIPLES = [
  'قائلا', 'مشيرا', 'مؤكدا', 'مبينا', 'مضيفا', 'لافتا', 'موضحا', 'مشددا', 'داعيا', 'معتبرا',
  'منوها', 'محذرا', 'معربا', 'مستطردا', 'متسائلا', 'مختتما', 'مردفا', 'كاشفا', 'مبديا', 'معلنا',
  'متوقعا', 'نافيا', 'مستبعدا', 'مرجحا', 'مذكرا', 'منبها', 'معترفا', 'مستدركا', 'مدعيا', 'ملمحا',
];

/** Participles that are adjectives as often (معلومات مفيدة، سيكون مفيدا أن): speech only after a comma (، مفيدا بأن). */
const COMMA_PARTICIPLES = ['مفيدا'];

/**
 * Participles of the call verbs (مطالبا بالإفراج، متهما وكيله بالتحايل، واصفا القرار بـ«الفردي»):
 * speech, as their verbs are, only when their preposition follows within CALL_REACH words, and
 * only after a comma, where they are active; of those marked, only with their object before the
 * preposition (متهما وكيله ب…; متهما بالتعاون is the passive).
 */
const CALL_PARTICIPLES: [string, string[], boolean][] = [
  ['مطالبا', ['ب'], false], ['متعهدا', ['ب'], false], ['متهما', ['ب'], true], ['واصفا', ['ب'], true],
];

const IMPERSONAL = ['يقال', 'قيل'];

/** وجاء في البيان «…»، جاء في بيان للوزارة أن: what a document says (جاء في المرتبة is no speech). */
const DOCUMENT_WORDS = ['البيان', 'بيان', 'التقرير', 'تقرير', 'المقال', 'مقال', 'المقالة', 'مقالة', 'الرسالة', 'رسالة', 'الدراسة', 'دراسة',
  'الخطاب', 'خطاب'];

/**
 * A question put to the speaker: what is quoted after it is the question, not his words (وعندما
 * سئل تونر: «هل …»، وفي إجابة على سؤال عن «…»). Whoever asked it is nobody in particular.
 */
const QUESTIONS: [string, string[][]][] = [['سئل', []], ['سئلت', []], ['سؤال', [['عن', 'حول']]], ['السؤال', [['عن', 'حول']]]];

/**
 * Verbal nouns that report speech like their verbs, the speaker named after them (بعد تأكيد
 * المسؤول أن …) or elided (مجددة التأكيد على أن …). They need their complementizer.
 */
const VERBAL_NOUNS = ['تأكيد', 'التأكيد', 'إعلان', 'الإعلان', 'تحذير', 'التحذير', 'إشارته', 'تأكيده', 'تأكيدها'];

/** «…»، هذا ما قاله X: the verb of saying with the pronoun of what was said, and its speaker's gender. */
const SAID_IT: [string, Gender][] = [['قاله', 'm'], ['قالته', 'f'], ['يقوله', 'm'], ['تقوله', 'f'], ['أكده', 'm'], ['أكدته', 'f'],
  ['أعلنه', 'm'], ['أعلنته', 'f'], ['أضافه', 'm'], ['أضافته', 'f'], ['ذكره', 'm'], ['ذكرته', 'f'], ['كشفه', 'm'], ['كشفته', 'f']];

/** Sources: first word (normalised) → the words that must follow, if any. */
const SOURCES: [string, string[][], CueKind][] = [
  ['بحسب', [], 'source'], ['حسب', [], 'source'], ['حسبما', [], 'source'], ['وفقا', [], 'source'],
  ['وفق', [], 'source'], ['طبقا', [], 'source'], ['نقلا', [['عن']], 'source'],
  ['على', [['لسان']], 'source'], ['بالنسبة', [], 'source'], ['برأي', [], 'source'],
  ['في', [['بيان', 'بيانه', 'بيانها', 'بيانهم', 'تصريح', 'تصريحات', 'تصريحه', 'تصريحها', 'تصريحاته', 'حديث', 'حديثه', 'حديثها', 'مقابلة', 'مقابلته', 'مقابلتها', 'تغريدة', 'منشور', 'رسالة', 'إعلان', 'كلمة', 'كلمته', 'كلمتها', 'خطاب', 'خطابه', 'خطابها']], 'source'],
  ['بالقول', [], 'manner'], ['بقوله', [], 'manner'], ['بقولها', [], 'manner'], ['بتأكيده', [], 'manner'],
  ['بتأكيدها', [], 'manner'], ['بإعلانه', [], 'manner'], ['بإعلانها', [], 'manner'], ['بتصريحه', [], 'manner'],
  ['بتصريحها', [], 'manner'], ['بإشارته', [], 'manner'], ['بإشارتها', [], 'manner'],
  ['على', [['حد'], ['قوله', 'قولها', 'تعبيره', 'تعبيرها', 'وصفه', 'وصفها']], 'manner'],
];

const CONNECTIVES = ['', 'و', 'ف'];

function pastForms(stem: string): [string, Gender][] {
  // Defective verbs (نفى، رأى، ادعى، دعا) drop their last letter before ت and وا.
  const defective = stem.endsWith('ي') || stem.endsWith('ا');
  const base = defective ? stem.slice(0, -1) : stem;
  return [[stem, 'm'], [base + 'ت', 'f'], [base + 'وا', 'p'], [stem + 'ا', 'p'], [base + 'تا', 'p']];
}

function presentForms(masculine: string): [string, Gender][] {
  const stem = masculine.slice(1);
  const plural = stem.endsWith('ي') ? stem.slice(0, -1) : stem;
  return [[masculine, 'm'], ['ت' + stem, 'f'], ['ي' + plural + 'ون', 'p'], ['ي' + stem + 'ان', 'p']];
}

function buildLexicon(): Map<string, LexiconEntry[]> {
  const lexicon = new Map<string, LexiconEntry[]>();
  const add = (word: string, entry: LexiconEntry, connectives = CONNECTIVES): void => {
    for (const c of connectives) {
      const key = c + word;
      const entries = lexicon.get(key) ?? [];
      entries.push(entry);
      lexicon.set(key, entries);
    }
  };
  const addVerb = ([past, present]: [string, string | null], entry: LexiconEntry): void => {
    for (const [form, gender] of pastForms(normalize(past))) add(form, { ...entry, gender });
    if (present) {
      for (const [form, gender] of presentForms(normalize(present))) add(form, { ...entry, gender });
    }
  };
  // Sources first: نقلا عن is a source, not the dual of نقل.
  for (const [first, rest, kind] of SOURCES) {
    add(normalize(first), { kind, rest: rest.map((alternatives) => alternatives.map(normalize)) });
  }
  for (const verb of SPEECH_VERBS) addVerb(verb, { kind: 'verb', complement: COMPLEMENT_OF.get(verb[0]) });
  for (const verb of OBJECT_VERBS) {
    for (const [form, gender] of pastForms(normalize(verb))) {
      for (const pronoun of ['ه', 'ها', 'هم']) add((form.endsWith('ا') ? form.slice(0, -1) + 'و' : form) + pronoun, { kind: 'verb', gender });
    }
  }
  for (const verb of GUARDED_VERBS) addVerb(verb, { kind: 'verb', needsComplementizer: GUARDED_REACH });
  for (const [past, present, prepositions] of CALL_VERBS) {
    addVerb([past, present], { kind: 'verb', complement: prepositions.map(normalize), needsComplement: CALL_REACH });
  }
  for (const verb of RELAY_VERBS) addVerb(verb, { kind: 'relay', needsAn: true });
  // «…»، هذا ما قاله X: what was said, then who said it.
  for (const demonstrative of ['هذا', 'ذلك']) {
    for (const [said, gender] of SAID_IT) add(normalize(demonstrative), { kind: 'verb', gender, rest: [[normalize('ما')], [normalize(said)]] });
  }
  const addParticiple = (participle: string, entry: Omit<LexiconEntry, 'kind' | 'gender'>): void => {
    const masculine = normalize(participle);
    add(masculine, { ...entry, kind: 'participle', gender: 'm' });
    add(masculine.slice(0, -1) + 'ه', { ...entry, kind: 'participle', gender: 'f' });
    // Plural and dual speakers (وأكد الطرفان …، مشيرين إلى أن); not the feminine plural, a noun as often (لافتات).
    add(masculine.slice(0, -1) + 'ين', { ...entry, kind: 'participle', gender: 'p' });
  };
  for (const p of PARTICIPLES) addParticiple(p, { complement: COMPLEMENT_OF.get(p) });
  for (const p of COMMA_PARTICIPLES) addParticiple(p, { needsCommaBefore: true });
  for (const [p, prepositions, needsObject] of CALL_PARTICIPLES) {
    addParticiple(p, { complement: prepositions.map(normalize), needsComplement: CALL_REACH, needsCommaBefore: true, needsObject });
  }
  for (const word of IMPERSONAL) add(normalize(word), { kind: 'impersonal' });
  add(normalize('جاء'), { kind: 'verb', rest: [['في'], DOCUMENT_WORDS.map(normalize)], document: true });
  for (const [word, rest] of QUESTIONS) add(normalize(word), { kind: 'impersonal', rest: rest.map((alternatives) => alternatives.map(normalize)) });
  for (const word of VERBAL_NOUNS) add(normalize(word), { kind: 'verb', needsComplementizer: VERBAL_NOUN_REACH }, ['', 'و', 'ب']);
  return lexicon;
}

const LEXICON = buildLexicon();
/** The lexicon's entry lists, numbered, and each word's number by word id: cueAt runs on most tokens, more than once. */
const ENTRY_LISTS = [...LEXICON.values()];
const LIST_NUMBER = new Map([...LEXICON.keys()].map((word, n) => [word, n]));
const NO_CUE = ENTRY_LISTS.length;
const cueListOfWord = new WordValues();

function lexiconEntries(token: Token): LexiconEntry[] | undefined {
  let n = cueListOfWord.get(token.word);
  if (n < 0) cueListOfWord.set(token.word, (n = LIST_NUMBER.get(token.norm) ?? NO_CUE));
  return n === NO_CUE ? undefined : ENTRY_LISTS[n];
}

/** أن/إن and their forms with an attached pronoun or preposition, as one token. */
const COMPLEMENTIZERS = new Set(
  ['أن', 'إن', 'بأن', 'وأن', 'وإن', 'فإن', 'أنه', 'إنه', 'أنها', 'إنها', 'أنهم', 'إنهم', 'أنهما', 'إنهما',
    'أنني', 'إنني', 'أننا', 'إننا', 'إني', 'أني', 'بأنه', 'بأنها', 'بأنهم', 'أنك', 'إنك', 'أنكم', 'إنكم', 'أنهن', 'إنهن'].map(normalize),
);

/** Words before أن that make it a subjunctive "that/to", not reported speech (قبل أن، يجب أن). */
const NON_SPEECH_BEFORE_AN = new Set(
  ['قبل', 'بعد', 'يجب', 'ينبغي', 'بد', 'يمكن', 'يمكنه', 'يمكنها', 'يمكنهم', 'دون', 'بدون', 'حتى', 'منذ', 'أجل', 'يريد', 'تريد',
    'يريدون', 'أراد', 'أرادت', 'يحاول', 'تحاول', 'حاول', 'حاولت', 'مجرد', 'رغم', 'بمجرد', 'لابد', 'المنتظر', 'المتوقع', 'الممكن',
    'المقرر', 'يفترض', 'افتراض', 'يستطيع', 'تستطيع', 'استطاع', 'عسى', 'يكاد', 'كاد', 'تكاد', 'ويجب', 'فيجب'].map(normalize),
);

/**
 * A complementizer introducing reported content (the word before decides for bare أن). The
 * particle كي, which takes a verb of its own, never opens what أن introduces: «بان كي مون» is a
 * name, even spelt بأن.
 */
export function isComplementizer(tokens: Token[], i: number): boolean {
  const token = tokens[i];
  if (!token || !COMPLEMENTIZERS.has(token.norm) || tokens[i + 1]?.norm === 'كي') return false;
  const before = tokens[i - 1];
  return !(before && NON_SPEECH_BEFORE_AN.has(before.norm));
}

const SENTENCE_END = new Set(['.', '!', '?', '؟', '…', '؛', ';']);

/** Sentence-final punctuation (the Arabic semicolon also closes a reported clause). */
export function isSentenceEnd(token: Token): boolean {
  return token.kind === 'punct' && SENTENCE_END.has(token.text);
}

export function isComma(token: Token): boolean {
  return token.kind === 'punct' && (token.text === '،' || token.text === ',');
}

const COLONS = new Set([':', '：']);

export function isColon(token: Token): boolean {
  return token.kind === 'punct' && COLONS.has(token.text);
}

const DASHES = new Set(['–', '-', '—']);

/** A dash: after a dateline (الخرطوم – …) or a byline (سبق – الرياض:). */
export function isDash(token: Token): boolean {
  return token.kind === 'punct' && DASHES.has(token.text);
}

/**
 * The cue that starts at token `i` (and ends before `end`), or null. Guarded verbs need a
 * complementizer right after them; present يذكر أن is the journalist's "it is noted that".
 */
export function cueAt(tokens: Token[], i: number, end: number): Cue | null {
  const token = tokens[i];
  if (token.kind !== 'arabic') return null;
  const entries = lexiconEntries(token);
  if (!entries) return null;
  for (const entry of entries) {
    let next = i + 1;
    if (entry.rest) {
      let matched = true;
      for (const alternatives of entry.rest) {
        if (next >= end || !alternatives.includes(tokens[next].norm)) {
          matched = false;
          break;
        }
        next++;
      }
      if (!matched) continue;
    }
    if (entry.kind === 'verb' && (isJournalistVoice(tokens, i, end) || isByline(tokens, i, end))) return null;
    // وحسب، بل …: "and only", not a source; a source names what follows it.
    if (entry.kind === 'source' && !entry.rest?.length && (next >= end || tokens[next].kind === 'punct')) continue;
    if (entry.needsComplementizer && !complementizerWithin(tokens, next, end, entry.needsComplementizer)) continue;
    if (entry.needsComplement && !complementWithin(tokens, next, end, entry.needsComplement, entry.complement)) continue;
    if (entry.needsAn && !anWithin(tokens, next, end)) continue;
    if (entry.needsCommaBefore && (i === 0 || !isComma(tokens[i - 1]))) continue;
    if (entry.needsObject && next < end && opensComplement(tokens, next, entry.complement)) continue;
    const gender = entry.kind === 'manner' ? pronounGender(tokens[next - 1].norm) : entry.gender;
    const cue: Cue = { kind: entry.kind, first: i, end: next, gender };
    if (entry.complement) cue.complement = entry.complement;
    if (entry.document) cue.document = true;
    return cue;
  }
  return null;
}

const JOURNALIST_VOICE = new Set(['يذكر', 'ويذكر', 'يلاحظ', 'ويلاحظ', 'يشار', 'ويشار'].map(normalize));

/** يذكر أن / يلاحظ أن: the journalist's own voice (the notes' trap), not anyone's speech. */
function isJournalistVoice(tokens: Token[], i: number, end: number): boolean {
  return afterJournalistVoice(tokens, i, end) > i;
}

/**
 * The token after the complementizer of the journalist's voice at token i (ويذكر أن، يشار إلى أن),
 * or i when there is none: the clause after it has a subject and a verb of its own (ويذكر أن نائب
 * البرلمان …، ألكسندر نوي، … أشار).
 */
export function afterJournalistVoice(tokens: Token[], i: number, end: number): number {
  if (i >= end || !JOURNALIST_VOICE.has(tokens[i].norm)) return i;
  let next = i + 1;
  if (next < end && tokens[next].norm === 'الي') next++;
  return next < end && COMPLEMENTIZERS.has(tokens[next].norm) ? next + 1 : i;
}

/** كتب: محمود صبري — a byline opening the paragraph, not speech. */
function isByline(tokens: Token[], i: number, end: number): boolean {
  return tokens[i].paragraph === i && (tokens[i].norm === 'كتب' || tokens[i].norm === 'كتبت') && i + 1 < end && isColon(tokens[i + 1]);
}

/** Most words of a reporter's name before a byline's dash (حاتم العميري- سبق- مكة المكرمة:). */
const BYLINE_NAME_WORDS = 4;

/** Whether token i follows a dash after no more than a reporter's name opening the paragraph (حاتم العميري- سبق-، داليا أبوالعيش – عين اليوم). */
export function followsBylineDash(tokens: Token[], i: number): boolean {
  const dash = i - 1;
  if (dash < 0 || !isDash(tokens[dash]) || tokens[dash].paragraph !== tokens[i].paragraph) return false;
  const start = tokens[i].paragraph;
  if (dash - start > BYLINE_NAME_WORDS) return false;
  for (let k = start; k < dash; k++) if (tokens[k].kind !== 'arabic') return false;
  return true;
}

function complementWithin(tokens: Token[], from: number, end: number, window: number, complement: readonly string[] | undefined): boolean {
  for (let k = from; k < end && k < from + window; k++) {
    if (isSentenceEnd(tokens[k]) || isColon(tokens[k]) || isComma(tokens[k])) return false;
    if (isComplementizer(tokens, k) || opensComplement(tokens, k, complement)) return true;
  }
  return false;
}

/** Whether a complementizer stands in tokens [from, from + window), before `end` and any sentence end. */
export function complementizerWithin(tokens: Token[], from: number, end: number, window: number): boolean {
  for (let j = from; j < end && j < from + window; j++) {
    if (isComplementizer(tokens, j)) return true;
    if (isSentenceEnd(tokens[j])) return false;
  }
  return false;
}

/** بقوله / على حد تعبيرها: the attached pronoun tells the speaker's gender. */
function pronounGender(norm: string): Gender | undefined {
  if (norm.endsWith('ها')) return 'f';
  if (norm.endsWith('هم')) return 'p';
  return norm.endsWith('ه') ? 'm' : undefined;
}

function anWithin(tokens: Token[], from: number, end: number): boolean {
  for (let j = from; j < end && j < from + RELAY_REACH; j++) {
    if (tokens[j].norm === 'عن') return true;
    if (isSentenceEnd(tokens[j])) return false;
  }
  return false;
}

/** Unnamed sources: the speaker is deliberately nobody in particular (خبراء، مصادر، وسائل إعلام). */
const UNNAMED_SOURCES = new Set(
  ['خبراء', 'الخبراء', 'خبير', 'محللون', 'محللين', 'المحللين', 'المحللون', 'محلل', 'مراقبون', 'مراقبين', 'المراقبين',
    'مصادر', 'المصادر', 'مصدر', 'وسائل', 'تقارير', 'التقارير', 'تقرير', 'مسؤولون', 'مسؤولين', 'المسؤولين', 'مسؤول',
    'دبلوماسيون', 'دبلوماسيين', 'دبلوماسي', 'شهود', 'ناشطون', 'ناشطين', 'صحف', 'الصحف', 'مراسل', 'مراسلنا', 'متحدث',
    'متحدثة', 'مسؤولة', 'سكان', 'السكان', 'مواطنون', 'خبيرة', 'باحثون', 'الباحثين', 'محققون', 'أطباء', 'منظمات', 'وكالات',
    'مصادرنا', 'أوساط', 'الأوساط', 'دوائر', 'جهات', 'الإعلام', 'استطلاع', 'دراسة', 'الدراسة', 'بيانات', 'أرقام', 'مصدران', 'مصدرين',
    'مسؤولان', 'أحدهم', 'أحدهما', 'إحداهن', 'إحداهما', 'بعضهم', 'تجار', 'التجار', 'متعاملون', 'المتعاملون', 'مفاوضون', 'مفاوضو',
    'المفاوضون', 'محامون', 'المحامون', 'محامو', 'مستثمرون', 'المستثمرون', 'مسؤولو', 'اقتصاديون', 'مصرفيون', 'عمال', 'موظفون',
    'مقربون', 'المقربين', 'أقارب', 'ذوو', 'أهالي', 'الأهالي',
    // People a text speaks of as a group (نساء نجران: …، قالت سيدات إن …), none of them named.
    'نساء', 'النساء', 'سيدات', 'السيدات', 'طلاب', 'الطلاب', 'طالبات', 'الطالبات', 'مواطنات', 'المواطنات',
    'المواطنون', 'لاجئون', 'اللاجئون', 'نازحون', 'النازحون', 'مزارعون', 'المزارعون', 'أمهات', 'الأمهات',
    // Voices of social media (مغردون: …، وقال مغرد إن …), named by their handle if at all.
    'مغرد', 'مغردة', 'مغردون', 'مغردين', 'المغردون', 'المغردين', 'مدونون', 'المدونون', 'نشطاء', 'النشطاء',
    'متابعون', 'المتابعون'].map(normalize),
);

/** Whether a normalised word, as it stands (no proclitic read off), names an unnamed source. */
export function isUnnamedSourceWord(norm: string): boolean {
  return UNNAMED_SOURCES.has(norm);
}

export function isUnnamedSource(token: Token): boolean {
  if (token.kind !== 'arabic') return false;
  if (UNNAMED_SOURCES.has(token.norm)) return true;
  // With a proclitic preposition (للخبراء، لمصادر): وفقا للخبراء.
  const n = token.norm;
  if (n.startsWith('لل') && UNNAMED_SOURCES.has('ا' + n.slice(1))) return true;
  return (n.startsWith('ل') || n.startsWith('و') || n.startsWith('ب')) && UNNAMED_SOURCES.has(n.slice(1));
}
