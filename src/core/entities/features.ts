/**
 * Word-local tagger features. Every feature depends on one word only, so the tagger can fold
 * all of a word type's feature weights into one cached score vector per relative position
 * (see model.ts); context comes from looking at the words at offsets -2..+2.
 */
import { cliticSplits, Token } from '../tokenize';
import {
  ALL_PLACE_NAMES, FACILITY_HEADS, GIVEN_NAMES, MONTHS_AND_DAYS_SET, NAME_PARTICLES, ORG_HEADS, ORGANIZATION_NAMES,
  PERSON_TITLES, PLACE_HEADS, isNationalityAdjective,
} from '../lexicon';

/** Single-word gazetteer classes with their feature letter. */
const WORD_CLASSES: [string, (stem: string) => boolean][] = [
  ['T', (s) => PERSON_TITLES.has(s)],
  ['G', (s) => GIVEN_NAMES.has(s)],
  ['K', (s) => NAME_PARTICLES.has(s)],
  ['O', (s) => ORG_HEADS.has(s)],
  ['F', (s) => FACILITY_HEADS.has(s)],
  ['H', (s) => PLACE_HEADS.has(s)],
  ['L', (s) => ALL_PLACE_NAMES.has(s)],
  ['R', (s) => ORGANIZATION_NAMES.has(s)],
  ['A', isNationalityAdjective],
  ['M', (s) => MONTHS_AND_DAYS_SET.has(s)],
  ['W', (s) => MULTIWORD_FIRST.has(s)],
  ['Z', (s) => MULTIWORD_LATER.has(s)],
];

/** First words and later words of multi-word place and organization names (بيونغ | يانغ). */
const MULTIWORD_FIRST = new Set<string>();
const MULTIWORD_LATER = new Set<string>();
for (const name of [...ALL_PLACE_NAMES, ...ORGANIZATION_NAMES]) {
  const words = name.split(' ');
  if (words.length < 2) continue;
  MULTIWORD_FIRST.add(words[0]);
  for (const w of words.slice(1)) MULTIWORD_LATER.add(w);
}

/** Pseudo-words that pad a paragraph at both ends. */
export const PAD_BEFORE = '<s>';
export const PAD_AFTER = '</s>';

/**
 * Feature names of one word. `isFrequent` says whether the word was seen often enough in
 * training to have an identity feature; rare words fall back to shape, affixes and lexicons,
 * which is what generalises to names never seen.
 */
export function wordFeatures(token: Token, isFrequent: (norm: string) => boolean): string[] {
  const norm = token.norm;
  const feats = ['b', 'k' + token.kind];
  if (isFrequent(norm)) feats.push('w' + norm);
  else feats.push('r' + token.kind);
  if (token.kind === 'latin') {
    if (/^[A-Z]/.test(norm)) feats.push('C');
    return feats;
  }
  if (token.kind !== 'arabic') return feats;
  feats.push('n' + Math.min(norm.length, 9));
  for (let n = 1; n <= 3 && n < norm.length; n++) feats.push('p' + norm.slice(0, n), 'x' + norm.slice(-n));
  const splits = cliticSplits(token);
  for (let i = 1; i < splits.length; i++) {
    const stem = splits[i].stem;
    if (isFrequent(stem)) feats.push('s' + stem);
    feats.push('c' + splits[i].prefix);
  }
  if (splits.length > 1) {
    // Suffixes of the barest stem carry the foreign-name endings (…وف، …سكي) past any clitic.
    const last = splits[splits.length - 1].stem;
    const bare = last.startsWith('ال') && last.length > 3 ? last.slice(2) : last;
    for (let n = 2; n <= 3 && n < bare.length; n++) feats.push('y' + bare.slice(-n));
  }
  if (norm.startsWith('ال')) feats.push('D');
  for (const f of lexiconFlags(token)) feats.push('g' + f);
  return feats;
}

/** Lexicon classes of a word under any of its clitic readings, with or without the article. */
function lexiconFlags(token: Token): Set<string> {
  const flags = new Set<string>();
  for (const { stem } of cliticSplits(token)) {
    const bare = stem.startsWith('ال') && stem.length > 3 ? stem.slice(2) : stem;
    for (const [letter, test] of WORD_CLASSES) {
      if (test(stem) || (bare !== stem && test(bare))) flags.add(letter);
    }
  }
  return flags;
}

/**
 * Coarse word classes for features that pair a word with its neighbour (a title before a
 * rare word, a rare word before a rare word): the tagger is linear, so such conjunctions must
 * be features of their own. One letter each, in order of precedence.
 */
export const WORD_CLASS_LETTERS = 'SEPNLTGKOHCRAMDFdr';
export const PAD_BEFORE_CLASS = 0;
export const PAD_AFTER_CLASS = 1;

export function wordClass(token: Token, isFrequent: (norm: string) => boolean): number {
  switch (token.kind) {
    case 'punct': return 2;
    case 'number': return 3;
    case 'latin': return 4;
  }
  const flags = lexiconFlags(token);
  const lexicon: [string, number][] = [['T', 5], ['G', 6], ['K', 7], ['O', 8], ['H', 9], ['F', 9], ['L', 10], ['R', 11], ['A', 12], ['M', 13]];
  for (const [flag, cls] of lexicon) if (flags.has(flag)) return cls;
  const definite = token.norm.startsWith('ال');
  if (isFrequent(token.norm)) return definite ? 14 : 15;
  return definite ? 16 : 17;
}

/** Names of the conjunction features of the token whose neighbours have the given classes and words. */
export function pairFeature(kind: 'before' | 'after', neighbourClass: number, ownClass: number): string {
  return (kind === 'before' ? 'q' : 'u') + WORD_CLASS_LETTERS[neighbourClass] + WORD_CLASS_LETTERS[ownClass];
}

/** A frequent neighbour word, by identity, paired with the class of the token itself (قال + rare word). */
export function neighbourWordFeature(kind: 'before' | 'after', neighbourWord: string, ownClass: number): string {
  return (kind === 'before' ? 'v' : 'z') + WORD_CLASS_LETTERS[ownClass] + neighbourWord;
}
