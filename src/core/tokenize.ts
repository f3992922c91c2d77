import { FORMAT_CHARACTERS, normalize, originalOffset, PRESENTATION_LETTERS, PRESENTATION_WORD_PARTS } from './text';
import { lengthened } from './typed-arrays';

export type TokenKind = 'arabic' | 'latin' | 'number' | 'punct';

export interface Token {
  /** Offsets into the analysed text, UTF-16, end exclusive. */
  start: number;
  end: number;
  /** The original slice. */
  text: string;
  /** Normalised form for matching (see text.ts). */
  norm: string;
  kind: TokenKind;
  /** Index of the first token of the token's line-separated paragraph (blank-line or newline break). */
  paragraph: number;
  /**
   * The token's word (its text) as a small number, the same for every token with the same text:
   * per-word facts are kept in arrays indexed by it (see WordValues), looked up with no hashing.
   */
  word: number;
}

/**
 * Arabic words may carry diacritics, tatweel and format characters inside (بو\u00ADتين is one
 * word): they are ignored in matching (text.ts), and the tokenizer leaves them off a word's ends.
 * Letters may be presentation forms (PDF copy), which matching reads as their base letters.
 */
const ARABIC_LETTER = `[\\u0621-\\u064A\\u0671-\\u06D3\\u06FA-\\u06FF${PRESENTATION_LETTERS}]`;
const ARABIC_WORD_PART = `[\\u0610-\\u061A\\u0621-\\u065F\\u0670-\\u06D3\\u06D6-\\u06ED\\u06FA-\\u06FF${PRESENTATION_WORD_PARTS}${FORMAT_CHARACTERS}]`;
const ARABIC_WORD = new RegExp(`${ARABIC_LETTER}${ARABIC_WORD_PART}*`, 'y');
/** Latin words may carry apostrophes and hyphens. */
const LATIN_WORD = /[A-Za-z\u00C0-\u024F]+(?:['’-][A-Za-z\u00C0-\u024F]+)*/y;
/** Numbers group digits with separators. */
const NUMBER = /[0-9\u0660-\u0669\u06F0-\u06F9]+(?:[.,٫٬][0-9\u0660-\u0669\u06F0-\u06F9]+)*/y;
/** What separates tokens: white space, and the format characters outside words. */
const SEPARATOR = `\\s${FORMAT_CHARACTERS}`;

/** Units below this (Latin and Arabic) are classified by a table, the rare others by their pattern. */
const TABLE_UNITS = 0x0700;
const FIRST_UNITS = String.fromCharCode(...Array.from({ length: TABLE_UNITS }, (_, unit) => unit));

/** The UTF-16 units one character class matches, looked up without a regex call for the common ones. */
class UnitClass {
  private readonly table = new Uint8Array(TABLE_UNITS);
  private readonly pattern: RegExp;

  constructor(characterClass: string) {
    this.pattern = new RegExp(characterClass);
    for (const match of FIRST_UNITS.matchAll(new RegExp(characterClass, 'g'))) this.table[match.index] = 1;
  }

  has(unit: number): boolean {
    return unit < TABLE_UNITS ? this.table[unit] === 1 : this.pattern.test(String.fromCharCode(unit));
  }
}

/**
 * Separators and Arabic words are scanned unit by unit: most tokens are Arabic words between
 * single spaces, and two regex calls per token cost more than the whole scan.
 */
const SEPARATOR_UNITS = new UnitClass(`[${SEPARATOR}]`);
const ARABIC_LETTER_UNITS = new UnitClass(ARABIC_LETTER);
const ARABIC_WORD_PART_UNITS = new UnitClass(ARABIC_WORD_PART);
const FORMAT_UNITS = new UnitClass(`[${FORMAT_CHARACTERS}]`);
/**
 * The token at a position that is no separator: a word or a number, else one punctuation
 * token per character, so quotation marks are always tokens of their own. The word patterns
 * start with letters or digits no other one starts with, so the first letter gives the kind.
 */
const TOKEN = new RegExp(`${ARABIC_WORD.source}|${LATIN_WORD.source}|${NUMBER.source}|[^${SEPARATOR}]`, 'uy');

/**
 * Split text[from, to) into word, number and punctuation tokens, in order, with offsets into the
 * whole text. Tokens are appended to `into` so a caller can tokenize a long text piece by piece.
 */
export function tokenize(text: string, from = 0, to = text.length, into: Token[] = []): Token[] {
  const tokens = into;
  let paragraph = tokens.length;
  // Match in the piece alone: a token must not run past `to`. An Arabic word is scanned with
  // the tables; any other token is found by the sticky TOKEN pattern, with no match array.
  const piece = text.slice(from, to);
  let at = 0;
  for (;;) {
    let lineBreak = false;
    for (let unit = piece.charCodeAt(at); at < piece.length && SEPARATOR_UNITS.has(unit); unit = piece.charCodeAt(++at)) {
      if (unit === 10 || unit === 13 || unit === 0x2029) lineBreak = true;
    }
    if (at >= piece.length) return tokens;
    let tokenEnd = at + 1;
    if (ARABIC_LETTER_UNITS.has(piece.charCodeAt(at))) {
      while (tokenEnd < piece.length && ARABIC_WORD_PART_UNITS.has(piece.charCodeAt(tokenEnd))) tokenEnd++;
      // Format characters after the last letter separate the word from what follows.
      while (FORMAT_UNITS.has(piece.charCodeAt(tokenEnd - 1))) tokenEnd--;
      if (isAbbreviationDot(piece, at, tokenEnd)) tokenEnd++;
    } else {
      TOKEN.lastIndex = at;
      // A character that is no separator starts a token, if only a punctuation one: the test
      // always passes, and a failure (lastIndex back to 0) must not make the loop start over.
      if (!TOKEN.test(piece)) return tokens;
      tokenEnd = TOKEN.lastIndex;
    }
    if (lineBreak && tokens.length > paragraph) paragraph = tokens.length;
    const word = wordAt(piece, at, tokenEnd);
    tokens.push({ start: from + at, end: from + tokenEnd, text: word.text, norm: word.norm, kind: word.kind, paragraph, word: word.id });
    at = tokenEnd;
  }
}

/** A bound on the words the word table keeps, so that a long-lived editor session does not grow without end. */
/** Letters written alone with a dot for a title before a name (د. doctor, م. engineer, أ. professor). */
const ABBREVIATION_LETTERS = new Set(['د', 'م', 'أ'].map((letter) => letter.charCodeAt(0)));

/**
 * Latin letters as Arabic spells them in initialisms (بي.بي.سي، إم.إتش، دي.جي); في is left out,
 * being the preposition as often.
 */
const LETTER_NAMES = new Set(['بي', 'سي', 'دي', 'إي', 'اي', 'إف', 'اف', 'جي', 'إتش', 'اتش', 'آي', 'جيه', 'كيه', 'إل', 'إم', 'ام', 'إن', 'ان',
  'كيو', 'آر', 'إس', 'اس', 'تي', 'يو', 'دبليو', 'إكس', 'اكس', 'واي', 'زد', 'أيه', 'إيه', 'ايه']);

/** Whether a word glued to a dot and the next letter (ص.ب، دي.جي) is one letter or a letter's name: an initialism, not a sentence's end. */
function isSpelledLetter(word: string): boolean {
  return word.length === 1 || LETTER_NAMES.has(word);
}

/**
 * Whether the word at [at, end) is an abbreviation whose dot follows (د. أحمد، أ.د. محمد، دي.جي):
 * the dot is part of the word, not a sentence's end. Not a letter ending a word, nor م after a
 * year.
 */
function isAbbreviationDot(piece: string, at: number, end: number): boolean {
  if (piece.charCodeAt(end) === 46 && ARABIC_LETTER_UNITS.has(piece.charCodeAt(end + 1)) && isSpelledLetter(piece.slice(at, end))) return true;
  if (end !== at + 1 || !ABBREVIATION_LETTERS.has(piece.charCodeAt(at)) || piece.charCodeAt(end) !== 46) return false;
  // After a number it is an era (عام 2015 م.), which may end the sentence.
  let before = at - 1;
  while (before >= 0 && piece.charCodeAt(before) === 32) before--;
  if (before >= 0 && (ARABIC_WORD_PART_UNITS.has(piece.charCodeAt(before)) && before === at - 1 || /[0-9\u0660-\u0669]/.test(piece[before]))) return false;
  let next = end + 1;
  while (next < piece.length && piece.charCodeAt(next) === 32) next++;
  return next < piece.length && ARABIC_LETTER_UNITS.has(piece.charCodeAt(next));
}

const MAX_WORDS = 200_000;

interface Word {
  id: number;
  text: string;
  norm: string;
  kind: TokenKind;
  hash: number;
}

/**
 * One shared text, normalised form, kind and id per distinct word. Texts repeat most of their
 * words: tokens then hold one copy of each, which leaves the garbage collector less to copy,
 * every later Map or Set look-up finds the hash already computed, and each word is normalised
 * once. The table is open-addressed by a hash of the word's units, so a word seen before is
 * found in the text without cutting it out (a new string per token) and hashing that again.
 */
let words: Word[] = [];
/** Per slot, the index in `words` of the word in it, or -1; never more than half full. */
let slots = new Int32Array(4096).fill(-1);
/**
 * Ids are never reused, so a token keeps a true id after the table is emptied; the words in
 * the table have the ids from firstId on (id = firstId + index in `words`).
 */
let firstId = 0;

function wordAt(piece: string, at: number, end: number): Word {
  let hash = 0x811c9dc5;
  for (let k = at; k < end; k++) hash = Math.imul(hash ^ piece.charCodeAt(k), 0x01000193);
  const length = end - at;
  const mask = slots.length - 1;
  let slot = hash & mask;
  for (let index = slots[slot]; index >= 0; index = slots[slot]) {
    const word = words[index];
    if (word.hash === hash && word.text.length === length && sameUnits(word.text, piece, at)) return word;
    slot = (slot + 1) & mask;
  }
  return addWord(detached(piece.slice(at, end)), hash);
}

/** Whether `word` stands in `piece` at `at` (its length already checked): a loop the compiler inlines, unlike startsWith. */
function sameUnits(word: string, piece: string, at: number): boolean {
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== piece.charCodeAt(at + k)) return false;
  return true;
}

function addWord(text: string, hash: number): Word {
  if (words.length >= MAX_WORDS) {
    firstId += words.length;
    words = [];
    slots.fill(-1);
  } else if (2 * (words.length + 1) > slots.length) {
    slots = new Int32Array(2 * slots.length).fill(-1);
    words.forEach((word, index) => (slots[freeSlot(word.hash)] = index));
  }
  const kind = kindOf(text);
  // An abbreviation's dot (د.) is written, not read: the word is its letter.
  const norm = kind !== 'arabic' ? text : normalize(text.endsWith('.') ? text.slice(0, -1) : text);
  const word: Word = { id: firstId + words.length, text, norm, kind, hash };
  slots[freeSlot(hash)] = words.length;
  words.push(word);
  return word;
}

function freeSlot(hash: number): number {
  const mask = slots.length - 1;
  let slot = hash & mask;
  while (slots[slot] >= 0) slot = (slot + 1) & mask;
  return slot;
}

/**
 * Integer facts about words, by word id (Token.word), -1 where none is stored: a fact is found
 * by array index where a Map would hash the word's text. It holds the words of the word table
 * and is emptied with it; a token older than the table gets -1 and its fact is not stored.
 */
export class WordValues {
  private values = new Int32Array(0);
  private firstId = firstId;

  get(word: number): number {
    const index = this.indexOf(word);
    return index >= 0 && index < this.values.length ? this.values[index] : -1;
  }

  set(word: number, value: number): void {
    const index = this.indexOf(word);
    if (index < 0) return;
    if (index >= this.values.length) {
      this.values = lengthened(this.values, Math.max(1024, 2 * index), -1);
    }
    this.values[index] = value;
  }

  clear(): void {
    this.values.fill(-1);
    this.firstId = firstId;
  }

  private indexOf(word: number): number {
    if (this.firstId !== firstId) this.clear();
    return word - this.firstId;
  }
}

/** Objects computed once per word, by word id (Token.word); emptied with the word table. */
export class WordObjects<T> {
  private readonly indexOfWord = new WordValues();
  private values: T[] = [];
  private firstId = firstId;

  constructor(private readonly make: (token: Token) => T) {}

  of(token: Token): T {
    if (this.firstId !== firstId) {
      this.values = [];
      this.firstId = firstId;
    }
    const known = this.indexOfWord.get(token.word);
    if (known >= 0) return this.values[known];
    const value = this.make(token);
    // A token older than the word table: its word has no place to keep the value.
    if (token.word < firstId) return value;
    this.indexOfWord.set(token.word, this.values.length);
    this.values.push(value);
    return value;
  }
}

/** V8 makes a slice this long a view into the whole string it was cut from. */
const SHARED_SLICE_LENGTH = 13;

/**
 * The word as a string of its own: a slice that is a view into the analysed text would keep
 * every text that brought a new long word alive for as long as the cache holds the word.
 */
function detached(word: string): string {
  return word.length < SHARED_SLICE_LENGTH ? word : word.split('').join('');
}

function kindOf(raw: string): TokenKind {
  const startsWith = (pattern: RegExp): boolean => {
    pattern.lastIndex = 0;
    return pattern.test(raw);
  };
  return startsWith(ARABIC_WORD) ? 'arabic' : startsWith(LATIN_WORD) ? 'latin' : startsWith(NUMBER) ? 'number' : 'punct';
}

/**
 * Proclitics that attach to the front of a word in news text, longest first.
 * `لل` is ل + the article: للأمم → ل + الأمم, so only one letter is cut.
 */
const PROCLITICS = ['وبال', 'وكال', 'فبال', 'وال', 'فال', 'بال', 'كال', 'وب', 'ول', 'وك', 'فب', 'فل', 'و', 'ف', 'ب', 'ل', 'ك'];

/** The letters proclitics are made of (و ف ب ل ك): one of them starts every proclitic above. */
export const PROCLITIC_LETTERS = 'وفبلك';

export interface CliticSplit {
  /** Normalised proclitic letters cut off (may be empty). */
  prefix: string;
  /** Normalised remainder. */
  stem: string;
  /** Offset in the original text where the stem starts. */
  stemStart: number;
}

/** A clitic reading with its stem's offset from the token's start: the same for every token of a word. */
export interface CliticReading {
  prefix: string;
  stem: string;
  offset: number;
}

const READINGS = new WordObjects<CliticReading[]>((token) =>
  cliticSplits(token).map(({ prefix, stem, stemStart }) => ({ prefix, stem, offset: stemStart - token.start })));

/** cliticSplits relative to the token's start, computed once per word and shared: not to be changed. */
export function cliticReadings(token: Token): readonly CliticReading[] {
  return READINGS.of(token);
}

/**
 * Every way to read a token as proclitics + stem, the unsplit reading first. Stems keep the
 * article: for بالكرملين the readings are بالكرملين, الكرملين (after ب), كرملين (after بال).
 * Stems shorter than two letters are not offered.
 */
export function cliticSplits(token: Token): CliticSplit[] {
  const splits: CliticSplit[] = [{ prefix: '', stem: token.norm, stemStart: token.start }];
  if (token.kind !== 'arabic') return splits;
  // A handful of readings at most: looked through, they cost less than a Set per token.
  const seen = (stem: string): boolean => splits.some((s) => s.stem === stem);
  const add = (cut: number): void => {
    const stem = token.norm.slice(cut);
    if (stem.length < 2 || seen(stem)) return;
    splits.push({ prefix: token.norm.slice(0, cut), stem, stemStart: token.start + originalOffset(token.text, cut) });
  };
  for (const p of PROCLITICS) {
    if (!token.norm.startsWith(p)) continue;
    // بال/وال: the stem either keeps the article (cut the first letters) or loses it.
    if (p.endsWith('ال')) {
      add(p.length - 2);
      add(p.length);
    } else {
      add(p.length);
    }
  }
  if (token.norm.startsWith('لل') && token.norm.length > 3) {
    // للأمم = ل + الأمم: offer the stem with its article restored, starting after the first ل.
    const stem = 'ا' + token.norm.slice(1);
    if (!seen(stem)) {
      splits.push({ prefix: 'ل', stem, stemStart: token.start + originalOffset(token.text, 1) });
    }
  }
  return splits;
}
