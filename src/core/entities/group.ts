/**
 * Document-level entity building: from the tagger's per-paragraph mentions to one entity per
 * person, place or organization with all its mentions.
 *
 * 1. Lexicon names the tagger missed are added (longest match; a longer name replaces the
 *    shorter mentions inside it; a person span that ran over one gives it up).
 * 2. Organization heads take in the name that follows them (وكالة + ريا نوفوستي,
 *    المعهد الدولي للدراسات الاستراتيجية); a facility head marks the name after it as a place
 *    and stays outside (قاعدة + فوستوشني).
 * 3. Mentions headed by an event word (جائحة، حرب) or made only of titles, nationality
 *    adjectives, date words, place heads and common words are dropped; a person mention loses
 *    leading titles and trailing nationality adjectives, and takes in a given name before it;
 *    a person mention that is another one plus a word found in no other name loses that word.
 * 4. Every name found once is looked for everywhere else (with any proclitic), and so is every
 *    part of a person's full name (بيسكوف، كيم).
 * 5. Mentions are grouped by a spelling-tolerant key; a lone part of a person's name joins the
 *    person whose full name contains it.
 * Mentions never overlap: every step only adds a mention over tokens no other mention holds,
 * or replaces the mentions it fully covers.
 */
import { runToEnd } from '../steps';
import { CliticReading, cliticReadings, PROCLITIC_LETTERS, Token, WordValues } from '../tokenize';
import { lengthened } from '../typed-arrays';
import { normalize } from '../text';
import { Entity, EntityType, Span } from '../types';
import {
  ALL_PLACE_NAMES, COUNTRY_NOUNS, CURRENCIES, definiteAndBare, EVENT_HEADS, FACILITY_HEADS, GIVEN_NAMES, MONTHS_AND_DAYS_SET, NAME_PARTICLES, NAMED_PLACE_HEADS,
  ORGANIZATION_NAMES,
  PERSON_TITLES, PLACE_HEADS, PREPOSITIONS, isDefinite, isLexiconNameWord, isNationalityAdjective, isPossessedHomeland,
} from '../lexicon';
import { cueAt, isColon, isComma, isComplementizer, isUnnamedSourceWord } from '../cues';
import { isQuoteMark } from '../quotes';
import { personNameUses } from '../lexicon/knowledge';
import { isKnownNameWord, MentionCandidate, nameStart } from './tagger';
import { taggerModel, TaggerModel } from './model';

type NamedType = Exclude<EntityType, 'other'>;

/** A name as a word sequence, with its type. */
interface NameForm {
  words: string[];
  type: NamedType;
}

/** Names as word sequences, by their first word, longest first. */
type FormsByFirstWord = Map<string, NameForm[]>;

/** The forms by their first word, each list longest first (in the given order among equals). */
function byFirstWord(forms: Iterable<NameForm>): FormsByFirstWord {
  const byFirst: FormsByFirstWord = new Map();
  for (const form of forms) {
    const list = byFirst.get(form.words[0]);
    if (list) list.push(form);
    else byFirst.set(form.words[0], [form]);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return byFirst;
}

interface Mention {
  start: number;
  end: number;
  type: NamedType;
  firstToken: number;
  endToken: number;
  /** Typed by the head before it (شركة «إينوك»): evidence for every mention of the name. */
  byHead?: boolean;
}

/**
 * Share of a lone word's occurrences that must be in names for it to be looked for elsewhere:
 * lower for places and organizations, which the tagger misses more often than it invents
 * (بلنسية found 3 times in 29), than for people (measured by cross-validation, train --fold all).
 */
const MIN_NAMED_SHARE = { person: 1 / 5, other: 1 / 15 };

function isLexiconName(name: string): boolean {
  return ALL_PLACE_NAMES.has(name) || ORGANIZATION_NAMES.has(name);
}

/** Longest name (in words) the lexicon pass and the propagation look for. */
const MAX_NAME_WORDS = 6;
/** Longest run of words an organization head takes in after itself. */
const MAX_ORG_TAIL = 6;
/** Titles a body may be named after with the name that follows (جامعة الملك عبدالعزيز). */
const ROYAL_TITLES = new Set(['الملك', 'الأمير', 'الشيخ', 'السلطان', 'الإمام'].map(normalize));

/** Most bare nouns of a construct chain after an organization head (مجلس شورى ثوار + بنغازي). */
const MAX_CONSTRUCT = 3;

/**
 * A word that may be a bare noun in a construct chain (خارجية، شورى، تنظيم): no article, proclitic,
 * ل-genitive, preposition, title, nationality adjective (بعثة أوروبية) or future verb (ستزور).
 */
function isBareNoun(norm: string): boolean {
  return !isDefinite(norm) && !norm.startsWith('لل') && !PROCLITIC_LETTERS.includes(norm[0]) && !PREPOSITIONS.has(norm) &&
    !PERSON_TITLES.has(norm) && !isNationalityAdjective(norm) && !/^س[يتن]/.test(norm);
}

/**
 * Organization heads that belong to the name (وكالة فرانس برس، مجموعة فاغنر، جامعة كوكمين,
 * as ANERcorp annotates جامعة and حزب).
 */
const NAME_HEADS = definiteAndBare(['وكالة', 'جامعة', 'معهد', 'مركز', 'مجموعة', 'حزب', 'اتحاد', 'بنك', 'مصرف', 'منظمة',
  'أكاديمية', 'مجلس', 'جبهة', 'رابطة', 'نقابة', 'جمعية', 'مؤسسة', 'وزارة', 'هيئة', 'تيار', 'ائتلاف', 'قائمة',
  'برلمان', 'لجنة', 'بعثة', 'محكمة', 'بطريركية', 'حكومة', 'شرطة', 'جيش', 'قوات', 'سفارة']);

/**
 * Of those, the heads that make a name out of a definite phrase alone (وكالة الأنباء المركزية،
 * وزارة الدفاع، مجلس النواب، هيئة السياحة: in 22 M characters of Saudi news nearly every
 * «وزارة ال…»، «مجلس ال…» and «هيئة ال…» is a named body, but for GENERIC_BODIES).
 */
const PHRASE_NAME_HEADS = definiteAndBare(['وكالة', 'جامعة', 'معهد', 'منظمة', 'حزب', 'اتحاد', 'أكاديمية', 'جبهة', 'رابطة',
  'نقابة', 'جمعية', 'تيار', 'ائتلاف', 'قائمة', 'برلمان', 'لجنة', 'بعثة', 'محكمة', 'بطريركية', 'وزارة', 'مجلس', 'هيئة']);

/** What makes a body of any institution, no named one (مجلس الإدارة، هيئة التدريس، هيئة المحلفين). */
const GENERIC_BODIES = new Set(['الإدارة', 'الادارة', 'الأمناء', 'التدريس', 'المحلفين', 'الخبراء', 'العزاء', 'الأعمال', 'التحكيم'].map(normalize));

/**
 * Heads of state bodies, which make a name out of a definite phrase only when it says whose
 * they are (الشرطة البريطانية، الجيش الليبي، حكومة مالي; not الحكومة، الجيش). Real news quotes
 * them as speakers, so they are organizations here even where ANERcorp leaves a
 * nationality-adjective army unnamed.
 */
const STATE_BODY_HEADS = definiteAndBare(['وزارة', 'هيئة', 'مجلس', 'حكومة', 'شرطة', 'جيش', 'قوات', 'سفارة']);

/**
 * Heads that only say what the following name is, and stay outside it (صحيفة هآرتس، حركة حماس,
 * as news and ANERcorp write them).
 */
const DESCRIPTIVE_HEADS = definiteAndBare(['صحيفة', 'جريدة', 'مجلة', 'قناة', 'حركة', 'نادي', 'شركة']);

/** Descriptive heads whose name may be definite words (صحيفة الحياة، قناة المحور، نادي الوحدة). */
const MEDIA_AND_CLUB_HEADS = definiteAndBare(['صحيفة', 'جريدة', 'مجلة', 'قناة', 'نادي']);

/** Longest run of unknown words a descriptive head makes into a name (صحيفة تشوسون إلبو). */
const MAX_DESCRIBED_NAME = 3;

/** Longest proclitic run that cliticSplits cuts (وبال). */
const MAX_PROCLITIC = 4;

/** Size of the StemStarts filters: 2^20 bits, so a few thousand words rarely collide. */
const HASH_BITS = 20;
const HASH_MASK = (1 << HASH_BITS) - 1;

/** Hash of a word read backwards, extended one letter to the left at a time. */
function extendHash(h: number, code: number): number {
  return (Math.imul(h, 31) + code) | 0;
}

/**
 * A set of words as 32-bit hashes of their letters read backwards, so that one right-to-left
 * pass over a word hashes all its clitic readings (every suffix) without making strings.
 */
class StemStarts {
  /** One bit per hash value modulo the table size: a Bloom filter with one hash function. */
  private readonly bits = new Uint32Array(1 << (HASH_BITS - 5));

  constructor(words: Iterable<string>) {
    for (const w of words) {
      let h = 0;
      for (let i = w.length - 1; i >= 0; i--) h = extendHash(h, w.charCodeAt(i));
      const slot = h & HASH_MASK;
      this.bits[slot >>> 5] |= 1 << (slot & 31);
    }
  }

  /**
   * Whether some reading of token i may be one of the words; a match is only a candidate. Never
   * for a token that is no Arabic word: the passes test this first, as walking the hashes costs
   * far less than reading every token object.
   */
  mayMatch(readings: ReadingHashes, i: number): boolean {
    return this.anyIn(readings, readings.start[i], readings.end[i]);
  }

  /** The same for the readings with a proclitic cut off (the whole word is hashed last). */
  mayMatchShorter(readings: ReadingHashes, i: number): boolean {
    return this.anyIn(readings, readings.start[i], readings.end[i] - 1);
  }

  /** The same for the whole word alone: false for a word of fewer than two letters, which has no hashes. */
  mayMatchWhole(readings: ReadingHashes, i: number): boolean {
    return this.anyIn(readings, Math.max(readings.start[i], readings.end[i] - 1), readings.end[i]);
  }

  private anyIn(readings: ReadingHashes, from: number, to: number): boolean {
    for (let k = from; k < to; k++) {
      const slot = readings.hashes[k] & HASH_MASK;
      if (this.bits[slot >>> 5] & (1 << (slot & 31))) return true;
    }
    return false;
  }
}

/**
 * The hashes of every clitic reading of every Arabic token (each suffix that leaves at least
 * two letters after at most MAX_PROCLITIC cut, and للأمم read as الأمم), computed once per
 * word of the text: a cheap test that lets most words skip building their readings. Token i's
 * hashes are hashes[start[i], end[i]), from its shortest reading to the whole word, which
 * comes last; tokens of one word share them.
 */
class ReadingHashes {
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly hashes: Int32Array;

  constructor(tokens: Token[]) {
    this.start = new Int32Array(tokens.length);
    this.end = new Int32Array(tokens.length);
    // At most MAX_PROCLITIC + 1 suffixes and the للأمم reading per word.
    const most = MAX_PROCLITIC + 2;
    let hashes = new Int32Array(1024 * most);
    /** Per word, the first token of it. */
    const firstToken = new WordValues();
    let n = 0;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t.kind !== 'arabic') continue;
      const first = firstToken.get(t.word);
      if (first >= 0) {
        this.start[i] = this.start[first];
        this.end[i] = this.end[first];
        continue;
      }
      firstToken.set(t.word, i);
      if (n + most > hashes.length) hashes = lengthened(hashes, 2 * hashes.length);
      this.start[i] = n;
      const norm = t.norm;
      const withLamLam = norm.charCodeAt(0) === 0x644 && norm.charCodeAt(1) === 0x644;
      let h = 0;
      for (let k = norm.length - 1; k >= 0; k--) {
        h = extendHash(h, norm.charCodeAt(k));
        if (k <= MAX_PROCLITIC && norm.length - k >= 2) hashes[n++] = h;
        if (k === 2 && withLamLam) hashes[n++] = extendHash(extendHash(h, 0x644), 0x627);
      }
      this.end[i] = n;
    }
    this.hashes = hashes;
  }
}

const TITLE_STARTS = new StemStarts(PERSON_TITLES);
const EVENT_STARTS = new StemStarts(EVENT_HEADS);
const HEAD_STARTS = new StemStarts([...NAME_HEADS, ...DESCRIPTIVE_HEADS, ...FACILITY_HEADS, ...NAMED_PLACE_HEADS]);
const PLACE_HEAD_STARTS = new StemStarts(PLACE_HEADS);

/** Whether a word is written with the article: إلبو and ألبا normalise to البو and البا but have none. */
function startsWithArticle(t: Token): boolean {
  return t.norm.startsWith('ال') && !/^[إأآ]/.test(t.text);
}

/** Definite masculine nisbas that qualify regions and places as often as clubs (الخليج العربي، الاقتصاد المالي). */
const REGIONAL_ADJECTIVES = new Set(['العربي', 'الغربي', 'الشرقي', 'الشمالي', 'الجنوبي', 'المالي', 'الإسلامي', 'الأوروبي'].map(normalize));

/** Definite words that end an organization's name rather than continue it. */
const NAME_ENDERS = new Set(
  ['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللواتي', 'اليوم', 'الآن', 'الماضي', 'الماضية', 'المقبل', 'المقبلة',
    'البالغ', 'البالغة', 'التابع', 'التابعة', 'المنعقد', 'المنعقدة', 'الصادر', 'الصادرة', 'المكلف', 'المكلفة',
    'الجاري', 'الحالي', 'الحالية', 'السابق', 'السابقة', 'الأسبوع', 'الشهر', 'العام', 'السنة', 'الرسمي', 'الرسمية',
    'الحكومية', 'الخاصة', 'المحلية', 'نفسه', 'نفسها', 'الأخير', 'الأخيرة', 'الأول', 'الأولى'].map(normalize),
);

/**
 * Lexicon names, and the organization names the model learnt as unambiguous, by their first
 * word as word sequences, longest first; built on first use, as they need the model.
 */
let lexiconNames: { model: TaggerModel; byFirst: FormsByFirstWord; starts: StemStarts } | undefined;

function knownNames(): { model: TaggerModel; byFirst: FormsByFirstWord; starts: StemStarts } {
  const model = taggerModel();
  if (lexiconNames?.model === model) return lexiconNames;
  // A name in several lists keeps the type of the first.
  const typeOf = new Map<string, NamedType>();
  const add = (name: string, type: NamedType): void => void (typeOf.has(name) || typeOf.set(name, type));
  for (const name of ALL_PLACE_NAMES) add(name, 'place');
  for (const name of ORGANIZATION_NAMES) add(name, 'organization');
  for (const name of model.organizationNames) add(name, 'organization');
  const byFirst = byFirstWord([...typeOf].map(([name, type]) => ({ words: name.split(' '), type })));
  return (lexiconNames = { model, byFirst, starts: new StemStarts(byFirst.keys()) });
}

export function groupEntities(text: string, tokens: Token[], candidates: MentionCandidate[]): Entity[] {
  return runToEnd(groupEntitiesSteps(text, tokens, candidates));
}

/** `groupEntities` as bounded steps, yielding between its passes over the text (see analyzeSteps). */
export function* groupEntitiesSteps(text: string, tokens: Token[], candidates: MentionCandidate[]): Generator<void, Entity[]> {
  const doc = new MentionSet(text, tokens);
  yield;
  const named = candidates.filter((c) => c.type !== 'other');
  const whole = (c: MentionCandidate): boolean => c.start === tokens[c.firstToken].start;
  const standalone = doc.standaloneWords(named.flatMap((c) => (whole(c) ? doc.shorterReadings(c.firstToken) : [])));
  for (let n = 0; n < named.length; n++) {
    const c = named[n];
    doc.add({ ...c, type: c.type as NamedType, start: whole(c) ? doc.provenNameStart(c.firstToken, standalone) : c.start });
    if (n % MENTIONS_PER_STEP === MENTIONS_PER_STEP - 1) yield;
  }
  yield;
  yield* doc.addLexiconNames();
  yield* doc.addCountryNouns();
  yield* doc.extendHeads();
  yield* doc.clean();
  yield* doc.addElidedMinistries();
  yield* doc.trimUnsupportedLastWords();
  yield* doc.dropUnsupportedPersons();
  yield* doc.cutLeadingSpeechVerbs();
  yield* doc.addQuotedSubjects();
  const forms = yield* doc.recurringForms();
  yield* doc.propagate(forms);
  return yield* buildEntities(doc);
}

/**
 * Every pass yields after this many tokens or mentions, so that no step of a long document's
 * analysis holds the editor's extension host for long (a pass over 1 MB takes 10–40 ms).
 */
const TOKENS_PER_STEP = 16384;
const MENTIONS_PER_STEP = 2048;

/** The document's mentions, with the token → mention map that keeps them from overlapping. */
class MentionSet {
  readonly mentions: (Mention | null)[] = [];
  private readonly owner: Int32Array;
  private readonly model = taggerModel();

  constructor(readonly text: string, readonly tokens: Token[]) {
    this.owner = new Int32Array(tokens.length).fill(-1);
    this.readings = new ReadingHashes(tokens);
  }

  /**
   * The words of mentions[k], once asked for. A mention's span never changes in place (a changed
   * span is a new mention, at a new index), so they stay true; an array by index is found
   * without hashing, where a Map by mention slowed down as texts grew.
   */
  private readonly wordsOfMention: (string[] | null)[] = [];
  private readonly readings: ReadingHashes;

  /** The clitic readings of token i (shared by the tokens of its word). */
  splits(i: number): readonly CliticReading[] {
    return cliticReadings(this.tokens[i]);
  }

  ownerOf(i: number): Mention | null {
    const k = this.owner[i];
    return k < 0 ? null : this.mentions[k];
  }

  /** Adds a mention if its tokens are free, or if it covers every mention it touches. */
  add(m: Mention): boolean {
    // Mentions hold runs of tokens: a mention covers all it touches if the first and last do.
    if (!this.covers(m.firstToken, m.endToken)) return false;
    for (let i = m.firstToken; i < m.endToken; i++) if (this.owner[i] >= 0) this.remove(this.owner[i]);
    const index = this.mentions.length;
    this.mentions.push(m);
    this.wordsOfMention.push(null);
    for (let i = m.firstToken; i < m.endToken; i++) this.owner[i] = index;
    return true;
  }

  private remove(k: number): void {
    const m = this.mentions[k]!;
    for (let i = m.firstToken; i < m.endToken; i++) this.owner[i] = -1;
    this.mentions[k] = null;
  }

  private replace(k: number, m: Mention | null): void {
    this.remove(k);
    if (m) this.add(m);
  }

  /** Normalised words of a mention, its first word without the proclitics the mention leaves out. */
  words(m: Mention): string[] {
    // The mention's index is its first token's owner, unless it is no longer (or not yet) in the set.
    const k = this.owner[m.firstToken];
    const current = k >= 0 && this.mentions[k] === m;
    let words = current ? this.wordsOfMention[k] : null;
    if (!words) {
      const first = this.tokens[m.firstToken];
      // The reading the mention starts at: للأمم read from its second letter is الأمم.
      // (ل + لأمم starts there too: the article reading wins).
      const readings = m.start === first.start ? [] : this.splits(m.firstToken).filter((r) => first.start + r.offset === m.start);
      const reading = readings.find((r) => isDefinite(r.stem)) ?? readings[0];
      words = [m.start === first.start ? first.norm : reading?.stem ?? normalize(this.text.slice(m.start, first.end))];
      for (let i = m.firstToken + 1; i < m.endToken; i++) words.push(this.tokens[i].norm);
      if (current) this.wordsOfMention[k] = words;
    }
    return words;
  }

  /**
   * Where `words` occur starting at token i, within one paragraph: the first word may carry
   * proclitics. Returns the offset the name starts at, or -1.
   */
  private matchAt(i: number, words: string[]): number {
    const end = i + words.length;
    if (end > this.tokens.length) return -1;
    const paragraph = this.tokens[i].paragraph;
    for (let k = 1; k < words.length; k++) {
      const t = this.tokens[i + k];
      if (t.norm !== words[k] || t.paragraph !== paragraph) return -1;
    }
    if (words[0] === this.tokens[i].norm) return this.tokens[i].start;
    for (const split of this.splits(i)) if (split.stem === words[0]) return this.tokens[i].start + split.offset;
    return -1;
  }

  /**
   * How many of the readings of token i are worth trying against some words: the whole word
   * (the first reading) alone, unless a reading without a proclitic may be one of them too.
   */
  private readingsToTry(i: number, starts: StemStarts): number {
    return starts.mayMatchShorter(this.readings, i) ? this.splits(i).length : 1;
  }

  /** Readings of token i with a proclitic cut off, the article kept (وشويغو → شويغو). */
  shorterReadings(i: number): CliticReading[] {
    return this.splits(i).filter((s) => s.prefix && !s.prefix.endsWith('ال') && s.stem.length >= 3);
  }

  /**
   * Which of the given readings (of Arabic words, three letters or more: only Arabic tokens can
   * be one) also stand in the text as words of their own.
   */
  standaloneWords(readings: CliticReading[]): Set<string> {
    const wanted = new Set(readings.map((r) => r.stem));
    const found = new Set<string>();
    if (wanted.size === 0) return found;
    // The filter spares most tokens a set look-up.
    const starts = new StemStarts(wanted);
    for (let i = 0; i < this.tokens.length; i++) {
      if (starts.mayMatchWhole(this.readings, i) && wanted.has(this.tokens[i].norm)) found.add(this.tokens[i].norm);
    }
    return found;
  }

  /**
   * Where a name the tagger found at token i starts: a proclitic left on it is cut when the
   * text also has the name without it (وشويغو … شويغو); lexicon names stay whole.
   */
  provenNameStart(i: number, standalone: Set<string>): number {
    const t = this.tokens[i];
    if (isLexiconNameWord(t.norm)) return t.start;
    return t.start + (this.shorterReadings(i).find((s) => standalone.has(s.stem))?.offset ?? 0);
  }

  /** Whether a mention over tokens [from, to) would cover every mention it touches. */
  private covers(from: number, to: number): boolean {
    const first = this.ownerOf(from);
    const last = this.ownerOf(to - 1);
    return (!first || first.firstToken >= from) && (!last || last.endToken <= to);
  }

  /** Known place and organization names the tagger missed or cut short. */
  *addLexiconNames(): Generator<void> {
    const { byFirst, starts } = knownNames();
    for (let i = 0; i < this.tokens.length; i++) {
      if (i % TOKENS_PER_STEP === 0) yield;
      if (!starts.mayMatch(this.readings, i)) continue;
      const splits = this.splits(i);
      for (let r = 0, tried = this.readingsToTry(i, starts); r < tried; r++) {
        const split = splits[r];
        const options = byFirst.get(split.stem);
        if (!options) continue;
        for (const { words, type } of options) {
          // A lone ambiguous word (عمان، صور) is left to the tagger.
          if (words.length === 1 && this.model.commonWords.has(words[0])) continue;
          const start = this.matchAt(i, words);
          if (start < 0 || start !== this.tokens[i].start + split.offset) continue;
          const end = i + words.length;
          const existing = this.ownerOf(i);
          // Lexicon names fill gaps and lengthen mentions; they retype the tagger's only when they
          // are several words long (بيونغ يانغ), as one word may name a place and a person alike.
          if (existing && existing.firstToken === i && existing.endToken === end) {
            if (words.length > 1) existing.type = type;
            continue;
          }
          // Only a name of several words is clearly no part of a person's name (بيونغ يانغ; but جورج واشنطن).
          if (words.length > 1) this.cutPersonAround(i, end);
          if (this.add({ start, end: this.tokens[end - 1].end, type, firstToken: i, endToken: end })) break;
        }
      }
    }
  }

  /**
   * المملكة، بالمملكة: a country noun alone names a place; before a definite word it is a phrase
   * of its own (المملكة العربية السعودية is a lexicon name, المملكة السماوية no place, and
   * المملكة المغربية is left to the tagger: السماوية reads as a nationality adjective too).
   */
  *addCountryNouns(): Generator<void> {
    for (let i = 0; i < this.tokens.length; i++) {
      if (i % TOKENS_PER_STEP === 0) yield;
      const t = this.tokens[i];
      if (this.owner[i] >= 0 || t.kind !== 'arabic' || !t.norm.endsWith('مملكه') && !t.norm.endsWith('سلطنه')) continue;
      const reading = this.countryNounReading(i);
      if (!reading) continue;
      const next = this.tokens[i + 1];
      if (next && next.paragraph === t.paragraph && isDefinite(next.norm)) continue;
      this.add({ start: t.start + reading.offset, end: t.end, type: 'place', firstToken: i, endToken: i + 1 });
    }
  }

  /**
   * قالت الخارجية الأميركية، أعلنت الداخلية السعودية: a ministry named by its field alone, with the
   * country's adjective (feminine, agreeing with the unwritten وزارة). Not an adjective itself
   * (السياسة الخارجية المصرية), nor a role's complement (وزير الخارجية …).
   */
  *addElidedMinistries(): Generator<void> {
    const tokens = this.tokens;
    for (let i = 0; i + 1 < tokens.length; i++) {
      if (i % TOKENS_PER_STEP === 0) yield;
      const t = tokens[i];
      if (t.kind !== 'arabic' || !ELIDED_MINISTRY_ENDINGS.some((e) => t.norm.endsWith(e))) continue;
      const reading = this.splits(i).find((r) => ELIDED_MINISTRIES.has(r.stem));
      const adjective = tokens[i + 1];
      if (!reading || adjective.paragraph !== t.paragraph || !adjective.norm.endsWith('يه') || !isNationalityAdjective(adjective.norm)) continue;
      const before = i > 0 && tokens[i - 1].paragraph === t.paragraph ? tokens[i - 1] : null;
      const modifies = reading.offset === 0 && before !== null && before.kind === 'arabic' &&
        ((isDefinite(before.norm) && before.norm.endsWith('ه')) || this.isTitleAt(i - 1) || STATE_BODY_HEADS.has(before.norm));
      if (modifies || !this.covers(i, i + 2)) continue;
      this.add({ start: t.start + reading.offset, end: adjective.end, type: 'organization', firstToken: i, endToken: i + 2 });
    }
  }

  /**
   * A person mention the tagger ran over a known place or organization name at its start or
   * end (كيم جونغ أون + بيونغ يانغ) gives that name up; what remains stays a person only if it
   * is more than one word or a name the lexicons know (not وتنفي، فإن).
   */
  private cutPersonAround(from: number, to: number): void {
    for (const k of new Set([this.owner[from], this.owner[to - 1]])) {
      const person = k >= 0 ? this.mentions[k] : null;
      if (!person || person.type !== 'person') continue;
      const atEnd = person.firstToken < from && person.endToken === to;
      const atStart = person.firstToken === from && person.endToken > to;
      if (!atEnd && !atStart) continue;
      const [first, end] = atEnd ? [person.firstToken, from] : [to, person.endToken];
      const rest = end - first > 1 || isLexiconNameWord(this.tokens[first].norm)
        ? { ...person, start: first === person.firstToken ? person.start : nameStart(this.tokens[first], this.model), end: this.tokens[end - 1].end, firstToken: first, endToken: end }
        : null;
      this.replace(k, rest);
    }
  }

  /** Organization heads take in the name after them; descriptive and facility heads mark the name after them. */
  *extendHeads(): Generator<void> {
    let nextStep = 0;
    for (let i = 0; i < this.tokens.length; i++) {
      if (i >= nextStep) {
        nextStep = i + TOKENS_PER_STEP;
        yield;
      }
      if (!HEAD_STARTS.mayMatch(this.readings, i)) continue;
      // An organization the tagger found from its head on may still run longer (المعهد الدولي للدراسات + الاستراتيجية).
      const own = this.ownerOf(i);
      const ownOrganization = own && own.firstToken === i && own.type === 'organization' ? own : null;
      if (own && !ownOrganization) continue;
      const stems = this.splits(i).map((s) => s.stem);
      let end = i + 1;
      let first = i;
      let type: NamedType = 'organization';
      if (stems.some((s) => NAME_HEADS.has(s))) {
        const phrase = stems.some((s) => PHRASE_NAME_HEADS.has(s)) ? 'any' : stems.some((s) => STATE_BODY_HEADS.has(s)) ? 'qualified' : 'none';
        end = this.organizationTail(i, phrase, ownOrganization);
        if (ownOrganization && end <= ownOrganization.endToken) continue;
      } else if (ownOrganization) {
        continue;
      } else if (stems.some((s) => FACILITY_HEADS.has(s) || NAMED_PLACE_HEADS.has(s))) {
        // The head stays outside, as ANERcorp writes it (مطار + دالاس): the tagger's mention after
        // it names the place (فندق + بيبلوس is no organization), else words the model does not
        // know are the name, the first one with an article or not (نفق + المانش، قاعدة + العند).
        first = i + 1;
        const after = this.ownerOf(first);
        // Retyped in place: a mention's span never changes in place, its type may.
        if (after?.type === 'organization' && after.firstToken === first && !this.isLexiconMention(after)) after.type = 'place';
        end = after ? first : this.unknownWordsFrom(first, true);
        type = 'place';
      } else if (stems.some((s) => DESCRIPTIVE_HEADS.has(s))) {
        first = i + 1;
        end = this.describedName(first, stems.some((s) => MEDIA_AND_CLUB_HEADS.has(s)));
      }
      if (end <= first + (first === i ? 1 : 0)) continue;
      const start = nameStart(this.tokens[first], this.model);
      const byHead = type === 'organization' && first > i;
      if (this.add({ start, end: this.tokens[end - 1].end, type, firstToken: first, endToken: end, byHead })) i = end - 1;
    }
  }

  /**
   * One past the last token of the organization name headed at token i, or i + 1 when there
   * is none. The name runs over definite words (الأنباء المركزية), genitives with ل (للدراسات)
   * and the tagger's place and organization mentions; it stops after a proper name unless a
   * ل-genitive follows. Without a mention in it, only a phrase-name head makes a name (a
   * definite one, المعهد or الجامعة, with a ل-genitive or a nationality adjective), or a state
   * body's head with a nationality adjective. `own` is the tagger's organization mention
   * that starts at the head, if any: the name continues after it.
   */
  private organizationTail(i: number, phraseName: 'any' | 'qualified' | 'none', own: Mention | null): number {
    const paragraph = this.tokens[i].paragraph;
    const definiteHead = this.splits(i).some((r) => isDefinite(r.stem) && NAME_HEADS.has(r.stem));
    // A known name found from its head on is complete (الاتحاد الأوروبي + للفترة).
    if (own && isLexiconName(this.words(own).join(' '))) return own.endToken;
    let j = own ? own.endToken : i + 1;
    let sawMention = own !== null;
    let sawGenitive = false;
    let sawOwner = false;
    let afterProperName = own !== null && !isDefinite(this.tokens[j - 1].norm) && !this.tokens[j - 1].norm.startsWith('لل');
    // Bare nouns taken in right after the head, as a construct chain.
    let construct = 0;
    while (j < this.tokens.length && j - i <= MAX_ORG_TAIL && this.tokens[j].paragraph === paragraph) {
      const t = this.tokens[j];
      const mention = this.ownerOf(j);
      // جامعة الملك عبدالعزيز، مستشفى الملك فيصل: a body named after a king or prince takes in his name.
      const royal = this.royalNameAt(i, j);
      if (royal) {
        sawMention = true;
        j = royal.endToken;
        afterProperName = true;
        continue;
      }
      if (mention) {
        // A conjoined name (وكوريا) is another name, not more of this one; a definite head takes
        // in no proper name (المجموعة السادسة + بنفيكا).
        const conjoined = mention.start !== t.start && !t.norm.startsWith('لل');
        const properName = !isDefinite(this.words(mention)[0]);
        if (mention.firstToken !== j || mention.type === 'person' || conjoined || (afterProperName && !t.norm.startsWith('لل')) ||
            (definiteHead && properName && !t.norm.startsWith('لل'))) break;
        sawMention = true;
        sawOwner ||= mention.type === 'place';
        j = mention.endToken;
        // After a name taken in, only a ل-genitive goes on (مركز روسيا + للدراسات، مركز الخليج + للأبحاث).
        afterProperName = true;
        continue;
      }
      if (t.kind !== 'arabic' || NAME_ENDERS.has(t.norm) || MONTHS_AND_DAYS_SET.has(t.norm)) break;
      if (j === i + 1 && GENERIC_BODIES.has(t.norm)) return i + 1;
      const genitive = t.norm.startsWith('لل') && t.norm.length > 3;
      sawOwner ||= isNationalityAdjective(t.norm);
      // وزارة خارجية جنوب أفريقيا، مجلس شورى ثوار بنغازي، هيئة تنظيم الاتصالات البريطانية: a construct
      // chain of bare nouns, which must end in whose body it is.
      const constructMember = !own && !definiteHead && j - i <= MAX_CONSTRUCT && construct === j - i - 1 && isBareNoun(t.norm);
      if (constructMember) construct++;
      else if (genitive) sawGenitive = true;
      else if (afterProperName || !isDefinite(t.norm) || PERSON_TITLES.has(t.norm)) break;
      afterProperName = false;
      j++;
    }
    if (construct > 0 && !sawMention && !sawOwner) return i + 1;
    if (sawMention) return j;
    if (phraseName === 'qualified') return sawOwner ? j : i + 1;
    return phraseName === 'any' && (!definiteHead || sawGenitive || sawOwner) ? j : i + 1;
  }

  /**
   * One past the end of the name a descriptive head introduces at token i: the mention there
   * (retyped as an organization), else a short run of words the model does not know, or after
   * a newspaper, channel or club head, of definite words (قناة المحور، نادي الوحدة).
   */
  private describedName(i: number, definiteNames: boolean): number {
    if (i >= this.tokens.length || this.tokens[i].paragraph !== this.tokens[i - 1].paragraph) return i;
    const mention = this.ownerOf(i);
    if (mention) {
      if (mention.firstToken !== i || mention.type === 'person') return i;
      mention.type = 'organization';
      mention.byHead = true;
      // The tagger may have found only the first word of a foreign name (صحيفة تشوسون + إلبو),
      // which takes no article (but فريق الجزيرة + ووصفه).
      const end = mention.endToken;
      const foreign = end < this.tokens.length && this.tokens[end].paragraph === this.tokens[i].paragraph && !isDefinite(this.tokens[end - 1].norm);
      const longer = foreign ? this.unknownWordsFrom(end) : end;
      return longer > end ? longer : i;
    }
    if (!definiteNames || !isDefinite(this.tokens[i].norm)) return this.unknownWordsFrom(i);
    let j = i;
    while (j < this.tokens.length && j - i < MAX_DESCRIBED_NAME && this.owner[j] < 0 && this.tokens[j].paragraph === this.tokens[i].paragraph &&
           isDefinite(this.tokens[j].norm) && !NAME_ENDERS.has(this.tokens[j].norm) && !isNationalityAdjective(this.tokens[j].norm) &&
           !MONTHS_AND_DAYS_SET.has(this.tokens[j].norm)) j++;
    return j;
  }

  /**
   * The person an organization headed at token i is named after, in its tail at token j: his
   * mention right after a royal title the head's own mention ends on (الملك + عبدالعزيز), or after
   * a free royal title at j itself; else null.
   */
  private royalNameAt(i: number, j: number): Mention | null {
    const here = this.ownerOf(j);
    if (here) {
      return here.type === 'person' && here.firstToken === j && j - 1 > i && ROYAL_TITLES.has(this.tokens[j - 1].norm) &&
        this.owner[j - 1] === this.owner[i] ? here : null;
    }
    if (!ROYAL_TITLES.has(this.tokens[j].norm) || j + 1 >= this.tokens.length || this.tokens[j + 1].paragraph !== this.tokens[j].paragraph) return null;
    const next = this.ownerOf(j + 1);
    return next?.type === 'person' && next.firstToken === j + 1 ? next : null;
  }

  /** Whether token i reads as a country noun (المملكة، بالمملكة، للمملكة): the reading that does, or undefined. */
  private countryNounReading(i: number): CliticReading | undefined {
    return this.splits(i).find((r) => COUNTRY_NOUNS.has(r.stem) || COUNTRY_NOUNS.has('ا' + r.stem));
  }

  /**
   * One past a short run, from token i, of free words the model does not know: a name nobody
   * tagged. `definiteFirst`: the first word may carry the article (المانش).
   */
  private unknownWordsFrom(i: number, definiteFirst = false): number {
    let j = i;
    while (j < this.tokens.length && j - i < MAX_DESCRIBED_NAME && this.owner[j] < 0 && this.tokens[j].paragraph === this.tokens[i].paragraph &&
           (this.tokens[j].kind === 'arabic' || this.tokens[j].kind === 'latin') && !this.model.isFrequent(this.tokens[j].norm) &&
           (!startsWithArticle(this.tokens[j]) || (definiteFirst && j === i)) && !this.tokens[j].norm.startsWith('لل') &&
           !isNationalityAdjective(this.tokens[j].norm)) j++;
    return j;
  }

  /** Whether a mention is a name the lexicons or training list as it stands. */
  private isLexiconMention(m: Mention): boolean {
    return isLexiconName(this.words(m).join(' '));
  }

  /**
   * Drops mentions that are no names; trims titles off person names. A nisba after a person's
   * name is left to the tagger: it is as often a family name (الكندي، الحديدي، المالكي).
   */
  *clean(): Generator<void> {
    // Replacements append to the list: only the mentions there at the start are cleaned.
    const count = this.mentions.length;
    for (let k = 0; k < count; k++) {
      if (k % MENTIONS_PER_STEP === 0) yield;
      const m = this.mentions[k];
      if (!m) continue;
      let first = m.firstToken;
      let end = m.endToken;
      let start = m.start;
      // حركة حماس، نادي أرسنال: the head only says what the organization is.
      if (m.type === 'organization' && end - first > 1 && this.splits(first).some((r) => DESCRIPTIVE_HEADS.has(r.stem))) {
        first++;
        start = nameStart(this.tokens[first], this.model);
      }
      // حزب الله اللبناني: a known name keeps no nationality adjective after it.
      // (كوريا الشمالية is a name of its own).
      if (m.type !== 'person' && end - first > 1 && isNationalityAdjective(this.tokens[end - 1].norm)) {
        const words = this.words(m).slice(first - m.firstToken, end - m.firstToken);
        if (isLexiconName(words.slice(0, -1).join(' ')) && !isLexiconName(words.join(' '))) end--;
      }
      if (m.type === 'person') {
        while (first < end && this.isTitleAt(first)) first++;
        if (first !== m.firstToken && first < end) start = nameStart(this.tokens[first], this.model);
        // A given name right before a person's name is part of it (ليف + إيريك إيسلي).
        if (first === m.firstToken && start === this.tokens[first].start && this.givenNameBefore(first)) {
          first--;
          start = this.tokens[first].start;
        }
      }
      // ليون الفرنسي، بنفيكا البرتغالي: a city takes the feminine adjective, a club the masculine
      // (a definite name may be a region: الشرق الأقصى الروسي); a person only when one word
      // with no title before (but اللاعب ليونيل ميسي الأرجنتيني).
      const club = m.type !== 'organization' && first < end && this.clubAdjectiveAt(end) &&
        (m.type === 'place' || (end - first === 1 && !(first > 0 && this.isTitleAt(first - 1)))) &&
        !normalize(this.text.slice(start, this.tokens[first].end)).startsWith('ال');
      // سسكا موسكو الروسي: a club named after its city starts at the unknown word before it,
      // free or tagged alone as an organization (but أرسنال + وموناكو).
      if (club && m.type === 'place' && first === m.firstToken && start === this.tokens[first].start && first > 0 && this.tokens[first - 1].paragraph === this.tokens[first].paragraph &&
          this.isLoneUnknownWord(first - 1)) {
        first--;
        start = nameStart(this.tokens[first], this.model);
      }
      // ولاية الجزيرة: after a place head a name is a place, whatever else it names, even a word
      // that is a place head itself.
      const namedByPlaceHead = m.type !== 'person' && this.placeHeadBefore(first);
      const type = club ? 'organization' : namedByPlaceHead ? 'place' : m.type;
      // جائحة كوفيد، حرب الخليج: an event's name, not a person, place or organization.
      const event = EVENT_STARTS.mayMatch(this.readings, m.firstToken) && this.splits(m.firstToken).some((r) => EVENT_HEADS.has(r.stem));
      // الحكومة البريطانية، الشرطة الإسرائيلية: common words, but a body's head with whose it is names it.
      const ownedBody = m.type === 'organization' && end - first > 1 && isNationalityAdjective(this.tokens[end - 1].norm) &&
        this.splits(first).some((r) => STATE_BODY_HEADS.has(r.stem));
      // المملكة: a country noun names its country alone (addCountryNouns).
      const countryNoun = m.type === 'place' && end - first === 1 && this.countryNounReading(first) !== undefined;
      if (first === end || event || (!namedByPlaceHead && !ownedBody && !countryNoun && this.isNoName(first, end, start, m.type))) {
        this.replace(k, null);
      } else if (first !== m.firstToken || end !== m.endToken || type !== m.type) {
        this.replace(k, { ...m, type, start, end: this.tokens[end - 1].end, firstToken: first, endToken: end });
      }
    }
  }

  /** Whether token i is a word the model does not know, free or an organization mention by itself. */
  private isLoneUnknownWord(i: number): boolean {
    const own = this.ownerOf(i);
    if (!own) return this.unknownWordsFrom(i) === i + 1;
    const t = this.tokens[i];
    return own.type === 'organization' && own.firstToken === i && own.endToken === i + 1 && t.kind === 'arabic' &&
      !this.model.isFrequent(t.norm) && !startsWithArticle(t);
  }

  /** Whether the free token before token i, in its paragraph, is a place head (ولاية، مدينة). */
  private placeHeadBefore(i: number): boolean {
    return i > 0 && this.owner[i - 1] < 0 && this.tokens[i - 1].paragraph === this.tokens[i].paragraph &&
      PLACE_HEAD_STARTS.mayMatch(this.readings, i - 1) && this.splits(i - 1).some((r) => PLACE_HEADS.has(r.stem));
  }

  /** Whether token i is a masculine definite nationality adjective of a country (not العربي, الغربي). */
  private clubAdjectiveAt(i: number): boolean {
    const t = this.tokens[i];
    return i < this.tokens.length && t.paragraph === this.tokens[i - 1].paragraph && t.norm.endsWith('ي') && startsWithArticle(t) &&
      !REGIONAL_ADJECTIVES.has(t.norm) && isNationalityAdjective(t.norm);
  }

  private isTitleAt(i: number): boolean {
    return TITLE_STARTS.mayMatch(this.readings, i) && this.splits(i).some((s) => PERSON_TITLES.has(s.stem));
  }

  /** Whether the free token before token i is a given name, and no common word spelt like one (هو، على). */
  private givenNameBefore(i: number): boolean {
    const before = this.tokens[i - 1];
    return i > 0 && this.owner[i - 1] < 0 && before.paragraph === this.tokens[i].paragraph && GIVEN_NAMES.has(before.norm) &&
      !this.model.commonWords.has(before.norm);
  }

  /**
   * Whether tokens [first, end), the first read from `start`, are only words that name nothing
   * as a mention of the given type: a place head (الجزيرة، المدينة) may name an organization.
   */
  private isNoName(first: number, end: number, start: number, type: NamedType): boolean {
    for (let i = first; i < end; i++) {
      const w = i === first && start !== this.tokens[i].start ? normalize(this.text.slice(start, this.tokens[i].end)) : this.tokens[i].norm;
      const nameless = (this.model.commonWords.has(w) && !isLexiconNameWord(w)) || MONTHS_AND_DAYS_SET.has(w) || CURRENCIES.has(w) || isPossessedHomeland(w) ||
        isNationalityAdjective(w) || (type !== 'organization' && PLACE_HEADS.has(w.startsWith('ال') ? w.slice(2) : w)) || this.isTitleAt(i);
      if (!nameless) return false;
    }
    return true;
  }


  /**
   * A person mention that is a name found in another person mention (alone, or within it when
   * of two words or more) plus one last word found in no other name that looks like a common
   * word (كيم + يدعم, كيم جونغ أون + مراراً) ends before that word: the tagger ran on. A word
   * that may be a family name nobody has seen stays (إسماعيل + هنية).
   */
  *trimUnsupportedLastWords(): Generator<void> {
    // Every run of words (by spelling-tolerant key) in person mentions, with how many mentions have it.
    const runs = new Map<string, number>();
    const wholeNames = new Set<string>();
    const nameWordCount = new Map<string, number>();
    for (let k = 0; k < this.mentions.length; k++) {
      if (k % MENTIONS_PER_STEP === 0) yield;
      const m = this.mentions[k];
      if (!m || m.type !== 'person') continue;
      const words = this.words(m);
      const keys = words.map(wordKey);
      const seen = new Set<string>();
      for (let from = 0; from < keys.length; from++) {
        for (let to = from + 1; to <= keys.length; to++) seen.add(keys.slice(from, to).join(' '));
      }
      for (const run of seen) runs.set(run, (runs.get(run) ?? 0) + 1);
      wholeNames.add(keys.join(' '));
      for (const w of words) nameWordCount.set(w, (nameWordCount.get(w) ?? 0) + 1);
    }
    const count = this.mentions.length;
    for (let k = 0; k < count; k++) {
      if (k % MENTIONS_PER_STEP === 0) yield;
      const m = this.mentions[k];
      if (!m || m.type !== 'person' || m.endToken - m.firstToken < 2 || m.endToken - m.firstToken > MAX_NAME_WORDS) continue;
      const words = this.words(m);
      const last = words[words.length - 1];
      // The rest must be named elsewhere too: alone, or if it is two words or more, inside a longer name.
      const rest = words.slice(0, -1).map(wordKey).join(' ');
      const restNamedElsewhere = wholeNames.has(rest) || (words.length > 2 && (runs.get(rest) ?? 0) > 1);
      if (!restNamedElsewhere || nameWordCount.get(last)! > 1 || isKnownNameWord(last, this.model) ||
          !this.looksLikeCommonWord(last, this.tokens[m.endToken - 1].text)) continue;
      this.replace(k, { ...m, end: this.tokens[m.endToken - 2].end, endToken: m.endToken - 1 });
    }
  }


  /**
   * A person mention needs evidence that it names someone (كلاما مغلوطا، ضدنا، مستثمران are words
   * the tagger took for names): a word that people's names use (Wikidata, the given names, the
   * training names), a title right before it, or a word it shares with another person mention.
   * Latin-script mentions are left alone.
   */
  *dropUnsupportedPersons(): Generator<void> {
    const personWords = new Map<string, number>();
    for (let k = 0; k < this.mentions.length; k++) {
      if (k % MENTIONS_PER_STEP === 0) yield;
      const m = this.mentions[k];
      if (m?.type === 'person') for (const w of this.words(m)) personWords.set(w, (personWords.get(w) ?? 0) + 1);
    }
    for (let k = 0; k < this.mentions.length; k++) {
      if (k % MENTIONS_PER_STEP === 0) yield;
      const m = this.mentions[k];
      if (!m || m.type !== 'person' || this.tokens[m.firstToken].kind !== 'arabic') continue;
      const words = this.words(m);
      // مصدران عسكريان، أحدهم: who speaks unnamed; يقول كلاما، قال مستثمران: an accusative, a pronoun
      // suffix or a dual. Neither is a name by where it stands or how often the tagger took it for one.
      const unnamed = isUnnamedSourceWord(words[0]) || /(ا|ان)$/.test(words[0]);
      const evidence = words.some((w) => this.isPersonNameWord(w)) || (!unnamed && (words.some((w) => personWords.get(w)! > 1) || this.hasPersonContext(m)));
      if (!evidence) this.replace(k, null);
    }
  }

  /**
   * Whether a person mention stands where people are named: after a title or a speech verb (وقال
   * فينسنت كوشيتيل), or before a title in apposition (يالجين اكدوجان نائب رئيس الوزراء، X، مدير …).
   */
  private hasPersonContext(m: Mention): boolean {
    const tokens = this.tokens;
    const before = m.firstToken - 1;
    if (before >= 0 && this.owner[before] < 0 && tokens[before].paragraph === tokens[m.firstToken].paragraph &&
        (this.isTitleAt(before) || cueAt(tokens, before, m.firstToken)?.kind === 'verb')) return true;
    let after = m.endToken;
    if (after < tokens.length && isComma(tokens[after])) after++;
    return after < tokens.length && tokens[after].paragraph === tokens[m.firstToken].paragraph && this.owner[after] < 0 && this.isTitleAt(after);
  }

  /**
   * طالب فرنسوا بايرو ب…: a speech verb spelt like a given name (طالب، وعد) read into the name of
   * the person after it, who has a full name of his own: the verb is cut off (طالب الرفاعي stays).
   */
  *cutLeadingSpeechVerbs(): Generator<void> {
    for (let k = 0, known = this.mentions.length; k < known; k++) {
      if (k % MENTIONS_PER_STEP === 0) yield;
      const m = this.mentions[k];
      if (m?.type !== 'person' || m.endToken - m.firstToken < 3 || cueAt(this.tokens, m.firstToken, m.endToken)?.kind !== 'verb') continue;
      if (!this.isPersonNameWord(this.words(m)[1])) continue;
      const first = m.firstToken + 1;
      this.replace(k, { ...m, start: this.tokens[first].start, firstToken: first });
    }
  }

  /**
   * وقال "القاضي"، وأكد "آل حطاب" أنه، وقال الباحث الفلكي "هندي": a few words in quotation marks
   * as the subject of a speech verb (a paper's way of naming the one it quotes by his family name)
   * are a person when a person mention ends with them or they are a name people bear. A person
   * mention followed by that family name takes it in (ملهم بن محمد + هندي).
   */
  *addQuotedSubjects(): Generator<void> {
    const tokens = this.tokens;
    const subjects: QuotedSubject[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (i % TOKENS_PER_STEP === 0) yield;
      // "القاضي": الملك سلمان …: a headline's speaker, quoted, before its colon.
      if (i === tokens[i].paragraph && isQuoteMark(tokens[i])) {
        const subject = this.quotedWordsAt(i, i);
        if (subject && subject.end + 1 < tokens.length && isColon(tokens[subject.end + 1])) subjects.push(subject);
        continue;
      }
      const cue = tokens[i].kind === 'arabic' ? cueAt(tokens, i, tokens.length) : null;
      if (cue?.kind !== 'verb') continue;
      const subject = this.quotedSubjectAfter(cue.end);
      if (subject) subjects.push(subject);
      i = cue.end - 1;
    }
    if (subjects.length === 0) return;
    const familyNames = new Set(subjects.filter((s) => s.words.length === 1).map((s) => s.words[0]));
    const personEnds = new Set<string>();
    // Replaced mentions go to the end of the list: only those there before are read.
    for (let k = 0, known = this.mentions.length; k < known; k++) {
      const m = this.mentions[k];
      if (m?.type !== 'person') continue;
      const after = m.endToken;
      if (after < tokens.length && this.owner[after] < 0 && tokens[after].paragraph === tokens[m.firstToken].paragraph &&
          familyNames.has(tokens[after].norm) && m.endToken - m.firstToken < MAX_NAME_WORDS) {
        this.replace(k, { ...m, end: tokens[after].end, endToken: after + 1 });
      }
    }
    for (const m of this.mentions) {
      if (m?.type !== 'person') continue;
      const words = this.words(m);
      for (let n = 1; n <= Math.min(2, words.length - 1); n++) personEnds.add(words.slice(-n).join(' '));
    }
    for (const { first, end, words, endsClause } of subjects) {
      // What was said may follow the name directly (وقال "القاضي" خادم الحرمين …) when a person bears it.
      const named = personEnds.has(words.join(' ')) || (endsClause &&
        (words.some((w) => !NAME_PARTICLES.has(w) && this.isPersonNameWord(w) && !this.model.commonWords.has(w)) ||
          (words.length === 2 && FAMILY_PARTICLES.has(words[0]))));
      if (named) this.add({ start: tokens[first].start, end: tokens[end - 1].end, type: 'person', firstToken: first, endToken: end });
    }
  }

  /** The words quoted right after a speech verb at token k, or after a title there (الباحث الفلكي "هندي"). */
  private quotedSubjectAfter(k: number): QuotedSubject | null {
    const tokens = this.tokens;
    let open = k;
    if (open < tokens.length && this.isTitleAt(open)) {
      while (open < tokens.length && open < k + MAX_QUOTED_SUBJECT_WORDS + 1 && tokens[open].kind === 'arabic' && this.owner[open] < 0) open++;
    }
    return this.quotedWordsAt(open, k - 1);
  }

  /**
   * A few free Arabic words in quotation marks from the mark at token `open`, in the paragraph of
   * token `from`; `endsClause` when a complementizer, a colon, a comma, a preposition or the
   * paragraph's end follows (a name, not the start of what was said).
   */
  private quotedWordsAt(open: number, from: number): QuotedSubject | null {
    const tokens = this.tokens;
    const paragraph = tokens[from].paragraph;
    if (open >= tokens.length || tokens[open].paragraph !== paragraph || !isQuoteMark(tokens[open])) return null;
    let close = open + 1;
    while (close < tokens.length && close <= open + MAX_QUOTED_SUBJECT_WORDS && tokens[close].kind === 'arabic' && tokens[close].paragraph === paragraph) close++;
    if (close === open + 1 || close >= tokens.length || !isQuoteMark(tokens[close]) || tokens[close].paragraph !== paragraph) return null;
    for (let j = open + 1; j < close; j++) if (this.owner[j] >= 0) return null;
    const next = tokens[close + 1];
    const endsClause = !next || next.paragraph !== paragraph || isColon(next) || isComma(next) || isComplementizer(tokens, close + 1) ||
      PREPOSITIONS.has(next.norm);
    const words: string[] = [];
    for (let j = open + 1; j < close; j++) words.push(tokens[j].norm);
    return { first: open + 1, end: close, words, endsClause };
  }

  /** Whether people's names use this word: Wikidata's, the given names, the lexicons' or training's names. */
  isPersonNameWord(word: string): boolean {
    return personNameUses(word) > 0 || GIVEN_NAMES.has(word) || isLexiconNameWord(word) || this.model.seenInNames(word).includes('P');
  }

  /** The forms to look for: every name, and every part of a person's full name, by first word, longest first. */
  *recurringForms(): Generator<void, FormsByFirstWord> {
    const forms = new Map<string, { key: string; words: string[]; types: Map<NamedType, number> }>();
    const addForm = (words: string[], type: NamedType): void => {
      const key = words.join(' ');
      let form = forms.get(key);
      if (!form) forms.set(key, (form = { key, words, types: new Map() }));
      form.types.set(type, (form.types.get(type) ?? 0) + words.length);
    };
    const inNames = new Map<string, number>();
    for (let k = 0; k < this.mentions.length; k++) {
      if (k % MENTIONS_PER_STEP === 0) yield;
      const m = this.mentions[k];
      if (!m) continue;
      const words = this.words(m);
      for (const w of words) inNames.set(w, (inNames.get(w) ?? 0) + 1);
      if (words.length > MAX_NAME_WORDS) continue;
      if (words.length > 1 || this.isNameLike(words[0])) addForm(words, m.type);
      if (m.type === 'person' && words.length > 1) {
        for (const w of words) if (this.isNameLike(w) && !NAME_PARTICLES.has(w) && !w.startsWith('ال')) addForm([w], 'person');
      }
    }
    // A lone word is looked for only if the text names with it often enough where it occurs:
    // one slip of the tagger must not turn every دين, برنامجا or الإسلام into a name.
    const lone = (f: { words: string[]; types: Map<NamedType, number> }): boolean => f.words.length === 1 && !isLexiconName(f.words[0]);
    const occurrences = yield* this.occurrences(new Set([...forms.values()].filter(lone).map((f) => f.words[0])));
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
  private *occurrences(words: Set<string>): Generator<void, Map<string, number>> {
    const counts = new Map<string, number>();
    const count = (w: string): void => void counts.set(w, (counts.get(w) ?? 0) + 1);
    const starts = new StemStarts(words);
    for (let i = 0; i < this.tokens.length; i++) {
      if (i % TOKENS_PER_STEP === 0) yield;
      if (!starts.mayMatch(this.readings, i)) continue;
      const t = this.tokens[i];
      if (words.has(t.norm)) count(t.norm);
      // One proclitic letter is enough to count a name's occurrences (وبوتين، لموسكو).
      else if (PROCLITIC_LETTERS.includes(t.norm[0]) && words.has(t.norm.slice(1))) count(t.norm.slice(1));
    }
    return counts;
  }

  /** Looks for the recurring forms wherever they occur. */
  *propagate(byFirst: FormsByFirstWord): Generator<void> {
    const formStarts = new StemStarts(byFirst.keys());
    let nextStep = 0;
    for (let i = 0; i < this.tokens.length; i++) {
      if (i >= nextStep) {
        nextStep = i + TOKENS_PER_STEP;
        yield;
      }
      if (!formStarts.mayMatch(this.readings, i)) continue;
      const existing = this.ownerOf(i);
      if (existing && existing.firstToken !== i) continue;
      const existingLength = existing ? existing.endToken - i : 0;
      // A proclitic is cut, never the article: بالعمر is not عمر.
      const splits = this.splits(i);
      for (let r = 0, tried = this.readingsToTry(i, formStarts); r < tried; r++) {
        const split = splits[r];
        const stemStart = this.tokens[i].start + split.offset;
        const options = split.prefix.endsWith('ال') ? undefined : byFirst.get(split.stem);
        if (!options) continue;
        // A longer known form takes in the shorter mentions it covers (طلعت + [زكريا]).
        let found: NameForm | undefined;
        for (const form of options) {
          const end = i + form.words.length;
          if (form.words.length > existingLength && this.matchAt(i, form.words) === stemStart && this.covers(i, end)) {
            found = form;
            break;
          }
        }
        if (!found) continue;
        let end = i + found.words.length;
        // Parts of person names found side by side are one name (كوفي + أنان).
        if (found.type === 'person') {
          while (end < this.tokens.length && this.owner[end] < 0 && this.tokens[end].paragraph === this.tokens[i].paragraph &&
                 byFirst.get(this.tokens[end].norm)?.some((f) => f.type === 'person' && f.words.length === 1)) end++;
        }
        this.add({ start: stemStart, end: this.tokens[end - 1].end, type: found.type, firstToken: i, endToken: end });
        i = end - 1;
        break;
      }
    }
  }

  /**
   * A word the model saw outside names, or one shaped like a verb (يدعم), an adverb (مراراً), a
   * definite word that is no nisba (المدرع، الرمضانية) or a noun with a pronoun (دعمه, written ه
   * not ة): a family name nobody has seen rarely looks like any of them (القحطاني، هنية).
   */
  private looksLikeCommonWord(word: string, written: string): boolean {
    if (this.model.isSeenOutsideNames(word)) return true;
    return word.length >= 4 && !GIVEN_NAMES.has(word) &&
      (/^[يت]/.test(word) || word.endsWith('ا') || (isDefinite(word) && !word.endsWith('ي')) || (word.endsWith('ه') && written.endsWith('ه')));
  }

  /** A single word that may stand for a name on its own elsewhere in the text. */
  private isNameLike(word: string): boolean {
    const knownOtherwise = this.model.isSeenOutsideNames(word);
    // An unknown long word in ـاً is an indefinite accusative (برنامجاً، جديداً), seldom a name.
    const accusative = word.length >= 5 && word.endsWith('ا') && !this.model.nameWords.has(word) && !isLexiconNameWord(word);
    return word.length >= 3 && !knownOtherwise && !accusative && !PERSON_TITLES.has(word) &&
      !isNationalityAdjective(word) && !MONTHS_AND_DAYS_SET.has(word);
  }
}

/** Words in quotation marks that may name who speaks: tokens [first, end), normalised. */
interface QuotedSubject {
  first: number;
  end: number;
  words: string[];
  endsClause: boolean;
}

/** Fields that name their ministry alone (الخارجية الأميركية), and how their normalised forms end. */
const ELIDED_MINISTRIES = new Set(['الخارجية', 'الداخلية'].map(normalize));
const ELIDED_MINISTRY_ENDINGS = ['خارجيه', 'داخليه'];

/** Most words of a family name in quotation marks as a speech verb's subject (آل حطاب، أبو عباة). */
const MAX_QUOTED_SUBJECT_WORDS = 2;

/** Words that open a family name: آل حطاب، أبو عباة، بن معمر. */
const FAMILY_PARTICLES = new Set(['آل', 'أبو', 'بن', 'ابن'].map(normalize));

/** Words an organization's name must share with a longer one it begins to be the same organization. */
const MIN_SHARED_ORG_PREFIX = 3;

/** Consonant skeletons shorter than this are too ambiguous to group spellings by. */
const MIN_SKELETON = 3;

/**
 * A spelling-tolerant key for a word: long vowels dropped after the first letter and غ and ج
 * (both write g) as one, so ديمتري/دميتري → دمتر and بيونغ/بيونج → بنج; short words keep
 * their normalised spelling, and ابن is بن (محمد بن سلمان … ابن سلمان).
 */
function wordKey(word: string): string {
  if (word === '' || word === 'بن') return word;
  if (word === 'ابن') return 'بن';
  let skeleton = word[0];
  for (let i = 1; i < word.length; i++) {
    const c = word[i];
    if (c !== 'ا' && c !== 'و' && c !== 'ي') skeleton += c === 'غ' ? 'ج' : c;
  }
  return skeleton.length >= MIN_SKELETON ? skeleton : word;
}

interface Cluster {
  keys: string[];
  mentions: Mention[];
  /** Votes for the type, weighted by mention length in words. */
  votes: Map<NamedType, number>;
}

function* buildEntities(doc: MentionSet): Generator<void, Entity[]> {
  const mentions = doc.mentions.filter((m): m is Mention => m !== null);
  // Names recur: key each distinct word once.
  const keys = new Map<string, string>();
  const keyOfWord = (word: string): string => {
    let k = keys.get(word);
    if (k === undefined) keys.set(word, (k = wordKey(word)));
    return k;
  };
  const keyed: { m: Mention; keys: string[] }[] = [];
  for (const m of mentions) {
    keyed.push({ m, keys: doc.words(m).map(keyOfWord) });
    if (keyed.length % MENTIONS_PER_STEP === 0) yield;
  }
  // شركة «إينوك» once and «إينوك» tagged a person eight times: the head says what the name is.
  // Not a name people bear, though (نادي حمد، شركة محمد).
  const typeByHead = new Map<string, NamedType>();
  for (const { m, keys } of keyed) if (m.byHead && !doc.words(m).some((w) => doc.isPersonNameWord(w))) typeByHead.set(keys.join(' '), m.type);
  if (typeByHead.size) for (const { m, keys } of keyed) m.type = typeByHead.get(keys.join(' ')) ?? m.type;
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster>();
  /** Multi-word clusters by each word key in their name, to find the full name of a short form. */
  const byWord = new Map<string, Cluster[]>();
  // Longer names first, so that a short form can join the full name wherever it occurs.
  keyed.sort((a, b) => b.keys.length - a.keys.length || a.m.start - b.m.start);
  yield;
  for (let n = 0; n < keyed.length; n++) {
    if (n % MENTIONS_PER_STEP === MENTIONS_PER_STEP - 1) yield;
    const { m, keys } = keyed[n];
    // Clusters by name and type: a name the text uses for two kinds of thing (a city and its
    // club) is two entities; see absorbLoneTypeSlips for a lone mention of another type.
    const key = keys.join(' ') + '|' + m.type;
    let cluster = byKey.get(key) ?? fullNameOf(byWord.get(keys[0]) ?? [], keys, m.type);
    if (!cluster) {
      cluster = { keys, mentions: [], votes: new Map() };
      clusters.push(cluster);
      byKey.set(key, cluster);
      if (keys.length > 1) {
        for (const k of new Set(keys)) {
          const list = byWord.get(k);
          if (list) list.push(cluster);
          else byWord.set(k, [cluster]);
        }
      }
    }
    cluster.mentions.push(m);
    cluster.votes.set(m.type, (cluster.votes.get(m.type) ?? 0) + keys.length);
  }
  const entities = absorbLoneTypeSlips(clusters);
  yield;
  for (const c of entities) c.mentions.sort((a, b) => a.start - b.start);
  entities.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  yield;
  return entities.map((c, n): Entity => {
    const spans: Span[] = c.mentions.map((m) => ({ start: m.start, end: m.end, text: doc.text.slice(m.start, m.end) }));
    const words = (m: Mention): number => m.endToken - m.firstToken;
    const fullest = c.mentions.reduce((best, m) =>
      words(m) > words(best) || (words(m) === words(best) && m.end - m.start > best.end - best.start) ? m : best);
    const type = majorityType(c.votes);
    return { id: `e${n + 1}`, type, name: doc.text.slice(fullest.start, fullest.end), roles: [], mentions: spans };
  });
}

/**
 * The cluster whose full name a short form stands for, the most mentioned one when several
 * fit: a person's name contains it as a run of words (كيم in كيم جونغ أون); an organization's
 * name is it after a head (ريا نوفوستي in وكالة ريا نوفوستي; a single word must be tagged as an
 * organization for that), or is it, when long, with definite adjectives after (وكالة الأنباء
 * المركزية الكورية + الشمالية).
 */
function fullNameOf(candidates: Cluster[], keys: string[], type: NamedType): Cluster | undefined {
  let best: Cluster | undefined;
  for (const c of candidates) {
    if (c.keys.length <= keys.length) continue;
    const fullType = majorityType(c.votes);
    const fits = fullType === 'person'
      ? type === 'person' && (hasRun(c.keys, keys) || (keys.length > 1 && hasRun(withoutLineage(c.keys), keys)))
      : fullType === 'organization' && (
        ((keys.length > 1 || type === 'organization') && c.keys.length === keys.length + 1 && hasRunAt(c.keys, keys, 1)) ||
        (keys.length >= MIN_SHARED_ORG_PREFIX && hasRunAt(c.keys, keys, 0) && allDefiniteFrom(c.keys, keys.length)));
    if (fits && (!best || c.mentions.length > best.mentions.length)) best = c;
  }
  return best;
}

/** A person's name without its «بن X» links: حمد بن عبدالله القاضي is حمد القاضي for short. */
function withoutLineage(keys: string[]): string[] {
  const kept: string[] = [];
  for (let n = 0; n < keys.length; n++) {
    if ((keys[n] === 'بن' || keys[n] === 'بنت') && n > 0 && n + 1 < keys.length) n++;
    else kept.push(keys[n]);
  }
  return kept;
}

/** Whether `run` stands in `keys` from index `at` on. (Every mention is checked against many names: no closures.) */
function hasRunAt(keys: string[], run: string[], at: number): boolean {
  if (at + run.length > keys.length) return false;
  for (let n = 0; n < run.length; n++) if (keys[at + n] !== run[n]) return false;
  return true;
}

function hasRun(keys: string[], run: string[]): boolean {
  for (let at = 0; at + run.length <= keys.length; at++) if (hasRunAt(keys, run, at)) return true;
  return false;
}

function allDefiniteFrom(keys: string[], from: number): boolean {
  for (let n = from; n < keys.length; n++) if (!keys[n].startsWith('ال')) return false;
  return true;
}

/** Fewest mentions that make a name's other type an entity of its own rather than a tagger slip. */
const MIN_MENTIONS_OF_OTHER_TYPE = 2;

/**
 * The clusters with each cluster of fewer than MIN_MENTIONS_OF_OTHER_TYPE mentions merged into
 * the largest cluster of the same name and another type (واشنطن once tagged an organization
 * among seven places is one place).
 */
function absorbLoneTypeSlips(clusters: Cluster[]): Cluster[] {
  const byName = new Map<string, Cluster[]>();
  for (const c of clusters) {
    const name = c.keys.join(' ');
    const same = byName.get(name);
    if (same) same.push(c);
    else byName.set(name, [c]);
  }
  const absorbed = new Set<Cluster>();
  for (const same of byName.values()) {
    if (same.length < 2) continue;
    const largest = same.reduce((a, b) => (b.mentions.length > a.mentions.length ? b : a));
    for (const c of same) {
      if (c === largest || c.mentions.length >= MIN_MENTIONS_OF_OTHER_TYPE) continue;
      largest.mentions.push(...c.mentions);
      for (const [type, votes] of c.votes) largest.votes.set(type, (largest.votes.get(type) ?? 0) + votes);
      absorbed.add(c);
    }
  }
  return clusters.filter((c) => !absorbed.has(c));
}

/** The type with the most votes, the first counted on a tie. */
function majorityType(votes: Map<NamedType, number>): NamedType {
  let best: NamedType = 'person';
  let bestVotes = -1;
  for (const [type, count] of votes) {
    if (count > bestVotes) {
      best = type;
      bestVotes = count;
    }
  }
  return best;
}
