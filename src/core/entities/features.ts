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
  const flags = new Set<string>();
  const splits = cliticSplits(token);
  for (let i = 0; i < splits.length; i++) {
    const stem = splits[i].stem;
    if (i > 0) {
      if (isFrequent(stem)) feats.push('s' + stem);
      feats.push('c' + splits[i].prefix);
    }
    const bare = stem.startsWith('ال') && stem.length > 3 ? stem.slice(2) : stem;
    for (const [letter, test] of WORD_CLASSES) {
      if (test(stem) || (bare !== stem && test(bare))) flags.add(letter);
    }
    if (i === splits.length - 1 && i > 0) {
      // Suffixes of the barest stem carry the foreign-name endings (…وف، …سكي) past any clitic.
      for (let n = 2; n <= 3 && n < bare.length; n++) feats.push('y' + bare.slice(-n));
    }
  }
  if (norm.startsWith('ال')) feats.push('D');
  for (const f of flags) feats.push('g' + f);
  return feats;
}
