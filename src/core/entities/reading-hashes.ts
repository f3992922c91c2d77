/**
 * Words as hashes of their clitic readings: a cheap first test that spares most tokens the
 * building of their readings and a set look-up in every pass over the text.
 */
import { Token, WordValues } from '../tokenize';
import { lengthened } from '../typed-arrays';

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
export class StemStarts {
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
export class ReadingHashes {
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
