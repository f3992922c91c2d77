/**
 * Arabic text normalisation that never loses track of offsets.
 *
 * Matching works on a normalised form (no diacritics or tatweel, one alef, one yaa, haa for
 * taa marbuta), while every span the core reports points into the original text. Normalisation
 * only deletes or maps single UTF-16 units, so a normalised index maps back by walking the
 * original and skipping what was deleted.
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
 * index `normIndex`. `normIndex === normalize(original).length` maps to `original.length`.
 */
export function originalOffset(original: string, normIndex: number): number {
  let n = 0;
  let i = 0;
  while (i < original.length) {
    if (n === normIndex) {
      // Skip marks that belong to the previous letter, so a cut lands on a letter.
      while (i < original.length && isIgnorable(original[i])) i++;
      return i;
    }
    const ch = original[i];
    if (!isIgnorable(ch)) n += (LETTER_MAP[ch] ?? ch).length;
    i++;
  }
  return original.length;
}

// U+0640 (tatweel) sits inside the letter block but is not a letter.
const ARABIC_LETTER = /[\u0621-\u063F\u0641-\u064A\u0671-\u06D3\u06FA-\u06FF]/g;
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
