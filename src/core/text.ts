/**
 * Arabic text normalisation that never loses track of offsets.
 *
 * Matching works on a normalised form (no diacritics or tatweel, one alef, one yaa, haa for
 * taa marbuta, base letters for presentation forms), while every span the core reports points
 * into the original text. Normalisation only deletes or maps single UTF-16 units, so a
 * normalised index maps back by walking the original and skipping what was deleted; a unit
 * mapped to two letters (the lam-alef ligature ﻻ) holds both, so an index between them maps to
 * the unit after it.
 */

/** Harakat, tanween, shadda, sukun, dagger alef, Quranic marks, and tatweel. */
const IGNORABLE = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640]/;

/**
 * Format characters that news text carries invisibly, between words and inside them: zero-width
 * spaces and joiners, bidi marks, embeddings and isolates, the BOM, the soft hyphen. As a
 * character class's contents, for the tokenizer.
 */
export const FORMAT_CHARACTERS = '\\u00AD\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069\\u061C\\uFEFF';
export const INVISIBLE = new RegExp(`[${FORMAT_CHARACTERS}]`);
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'g');

/** The text without its format characters: a name as it is shown. */
export function withoutFormatCharacters(text: string): string {
  return text.replace(INVISIBLE_ALL, '');
}

const LETTER_MAP: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا',
  'ى': 'ي', 'ی': 'ي', 'ئ': 'ي',
  'ة': 'ه',
  'ؤ': 'و',
  'ک': 'ك',
  'گ': 'ج', // Persian gaf in transliterations
  'پ': 'ب', 'چ': 'تش', 'ڤ': 'ف', 'ۆ': 'و',
};

function isIgnorable(ch: string): boolean {
  return IGNORABLE.test(ch) || INVISIBLE.test(ch);
}

/**
 * What normalisation does to each UTF-16 unit that it changes: '' deletes it, a string replaces
 * it. Built once from the rules above, so `normalize` is a table look-up per character.
 */
const CHANGES = new Map<number, string>();
// Every ignorable or mapped character lies in the Arabic block or among the format characters.
for (const [first, last] of [[0x00ad, 0x00ad], [0x0600, 0x06ff], [0x200b, 0x206f], [0xfeff, 0xfeff]]) {
  for (let code = first; code <= last; code++) {
    const ch = String.fromCharCode(code);
    if (isIgnorable(ch)) CHANGES.set(code, '');
    else if (LETTER_MAP[ch] !== undefined) CHANGES.set(code, LETTER_MAP[ch]);
  }
}

/**
 * Arabic presentation forms (U+FB50–FDFF, U+FE70–FEFC), what copying from a PDF gives: each is
 * the base letters or mark it is drawn from, by compatibility decomposition (ﺑ ﺒ ﺐ are ب, the
 * lam-alef ligatures ﻻ are two letters لا, the isolated harakat lose the space they carry).
 * Ligatures of whole phrases (ﷺ) stay as they are.
 */
const PRESENTATION_FORMS = new Map<number, string>();
for (const [first, last] of [[0xfb50, 0xfdff], [0xfe70, 0xfefc]]) {
  for (let code = first; code <= last; code++) {
    const base = String.fromCharCode(code).normalize('NFKC').replace(/^ /, '');
    if (/^[\u0600-\u06FF]+$/.test(base)) PRESENTATION_FORMS.set(code, base);
  }
}
// A presentation form normalises as the base letters it stands for do.
for (const [code, base] of PRESENTATION_FORMS) {
  CHANGES.set(code, [...base].map((ch) => CHANGES.get(ch.charCodeAt(0)) ?? ch).join(''));
}

const BASE_LETTER = /^[\u0621-\u063F\u0641-\u064A\u0671-\u06D3\u06FA-\u06FF]/;

/** Character class contents (\uXXXX-\uYYYY …) of the given code units, in increasing order. */
function classOf(codes: number[]): string {
  const hex = (code: number): string => '\\u' + code.toString(16).toUpperCase().padStart(4, '0');
  let out = '';
  for (let i = 0; i < codes.length; ) {
    let j = i;
    while (j + 1 < codes.length && codes[j + 1] === codes[j] + 1) j++;
    out += j > i ? `${hex(codes[i])}-${hex(codes[j])}` : hex(codes[i]);
    i = j + 1;
  }
  return out;
}

/** The presentation forms that are letters, and all of them (letters and marks), as character class contents. */
export const PRESENTATION_LETTERS = classOf([...PRESENTATION_FORMS].filter(([, base]) => BASE_LETTER.test(base)).map(([code]) => code));
export const PRESENTATION_WORD_PARTS = classOf([...PRESENTATION_FORMS.keys()]);

/**
 * Normalise a word for matching. Also unifies the common transliteration variants
 * (ج/غ for g is left alone: بيونغ and بيونج are grouped by the alias rules instead).
 */
export function normalize(word: string): string {
  // Most words need no change: return them without copying.
  let i = 0;
  while (i < word.length && !CHANGES.has(word.charCodeAt(i))) i++;
  if (i === word.length) return word;
  let out = word.slice(0, i);
  for (; i < word.length; i++) {
    const code = word.charCodeAt(i);
    out += CHANGES.get(code) ?? word[i];
  }
  return out;
}

/**
 * Offset in `original` (relative to its start) of the character that produced normalised
 * index `normIndex` (or the next one, inside a ligature). `normIndex === normalize(original).length` maps to `original.length`.
 */
export function originalOffset(original: string, normIndex: number): number {
  let n = 0;
  let i = 0;
  while (i < original.length) {
    if (n >= normIndex) {
      // Skip marks that belong to the previous letter, so a cut lands on a letter.
      while (i < original.length && CHANGES.get(original.charCodeAt(i)) === '') i++;
      return i;
    }
    n += CHANGES.get(original.charCodeAt(i))?.length ?? 1;
    i++;
  }
  return original.length;
}

// U+0640 (tatweel) sits inside the letter block but is not a letter; presentation forms are letters.
const ARABIC_LETTER = new RegExp(`[\\u0621-\\u063F\\u0641-\\u064A\\u0671-\\u06D3\\u06FA-\\u06FF${PRESENTATION_LETTERS}]`, 'g');
const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/g;

/** Share of letters that are Arabic, over Arabic plus Latin letters (0 when there are none). */
export function arabicLetterShare(text: string): number {
  const arabic = text.match(ARABIC_LETTER)?.length ?? 0;
  const latin = text.match(LATIN_LETTER)?.length ?? 0;
  return arabic + latin === 0 ? 0 : arabic / (arabic + latin);
}

/** The text as the contract reads it: a leading BOM removed, nothing else touched. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Whether a mention written `form` shows the entity name `name`: as written, or after the
 * preposition ل, which took its article's alif (لأمم المتحدة in للأمم المتحدة for الأمم المتحدة).
 */
export function showsName(form: string, name: string): boolean {
  return form === name || withArticleAfterLam(form) === name;
}

/** A word written after the preposition ل from its second lam (لأمم، لمخلوع), with its article's alif back (الأمم، المخلوع). */
export function withArticleAfterLam(fromSecondLam: string): string {
  return 'ا' + fromSecondLam;
}
