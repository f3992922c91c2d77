/**
 * Word-local tagger features. Every feature depends on one word only, so the tagger can fold
 * all of a word type's feature weights into one cached score vector per relative position
 * (see model.ts); context comes from looking at the words at offsets -WINDOW..+WINDOW (sequence.ts)
 * and from the class-pair and neighbour-word conjunctions.
 */
import { cliticSplits, Token } from '../tokenize';
import {
  ALL_PLACE_NAMES, EVENT_HEADS, FACILITY_HEADS, GIVEN_NAMES, MONTHS_AND_DAYS_SET, MULTIWORD_FIRST, MULTIWORD_LATER, NAME_PARTICLES, ORG_HEADS,
  NISBA_STEMS, ORGANIZATION_NAMES, PERSON_TITLES, PLACE_HEADS, isNationalityAdjective,
} from '../lexicon';
import { isCityName, knowledgeWords, personNameUses } from '../lexicon/knowledge';

/** Wikidata names a token must be used by to count as a common name token (a single use is often a rare spelling). */
const COMMON_NAME_TOKEN_USES = 5;

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
  ['E', (s) => EVENT_HEADS.has(s)],
  ['N', (s) => personNameUses(s) > 0],
  ['U', (s) => personNameUses(s) >= COMMON_NAME_TOKEN_USES],
  ['Y', isCityName],
];

/**
 * A fingerprint of every word list the features read (FNV-1a over the sorted words of each).
 * The model records the one it was trained with: a list edited since leaves the weights
 * stale, and the build says so (scripts/check-model-lexicons.ts).
 */
export function lexiconFingerprint(): string {
  const lists: Iterable<string>[] = [PERSON_TITLES, GIVEN_NAMES, NAME_PARTICLES, ORG_HEADS, FACILITY_HEADS, PLACE_HEADS, ALL_PLACE_NAMES,
    ORGANIZATION_NAMES, MONTHS_AND_DAYS_SET, MULTIWORD_FIRST, MULTIWORD_LATER, EVENT_HEADS, NISBA_STEMS, knowledgeWords(), [String(COMMON_NAME_TOKEN_USES)]];
  let hash = 0x811c9dc5;
  for (const list of lists) {
    for (const word of [...list].sort()) {
      for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
      hash = Math.imul(hash ^ 0x0a, 0x01000193);
    }
    hash = Math.imul(hash ^ 0x01, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** Pseudo-words that pad a paragraph at both ends. */
export const PAD_BEFORE = '<s>';
export const PAD_AFTER = '</s>';

/** What the tagger looks at in one word: its feature names and its coarse class. */
export interface WordDescription {
  features: string[];
  cls: number;
}

/** What training knew of a word: whether it is frequent, and the name types it was seen in. */
export interface TrainingMemory {
  isFrequent(norm: string): boolean;
  /** Letters of the types (P, L, O) of the names the word was seen inside in training, or ''. */
  seenInNames(norm: string): string;
}

/**
 * Features of one word. A word seen often enough in training has an identity feature; rare
 * words fall back to shape, affixes and lexicons, which is what generalises to names never
 * seen, and to the types of the names training saw them in (one sighting is too few for an
 * identity, not for a gazetteer).
 */
export function describeWord(token: Token, memory: TrainingMemory): WordDescription {
  const norm = token.norm;
  const frequent = memory.isFrequent(norm);
  const features = ['b', 'k' + token.kind, frequent ? 'w' + norm : 'r' + token.kind];
  switch (token.kind) {
    case 'punct': return { features, cls: 2 };
    case 'number': return { features, cls: 3 };
    case 'latin':
      if (/^[A-Z]/.test(norm)) features.push('C');
      return { features, cls: 4 };
  }
  features.push('n' + Math.min(norm.length, 9));
  for (let n = 1; n <= 3 && n < norm.length; n++) features.push('p' + norm.slice(0, n), 'x' + norm.slice(-n));
  const splits = cliticSplits(token);
  for (let i = 1; i < splits.length; i++) {
    const stem = splits[i].stem;
    if (memory.isFrequent(stem)) features.push('s' + stem);
    features.push('c' + splits[i].prefix);
  }
  if (splits.length > 1) {
    // Suffixes of the barest stem carry the foreign-name endings (…وف، …سكي) past any clitic.
    const last = splits[splits.length - 1].stem;
    const bare = last.startsWith('ال') && last.length > 3 ? last.slice(2) : last;
    for (let n = 2; n <= 3 && n < bare.length; n++) features.push('y' + bare.slice(-n));
  }
  const definite = norm.startsWith('ال');
  if (definite) features.push('D');
  // Lexicon classes under any clitic reading, with or without the article; a place name only
  // as listed, since one that takes no article is a common word with it (الصور، المالي).
  const flags = new Set<string>();
  for (const { prefix, stem } of splits) {
    const bare = stem.startsWith('ال') && stem.length > 3 ? stem.slice(2) : stem;
    const afterArticle = prefix.endsWith('ال');
    for (const [letter, test] of WORD_CLASSES) {
      if (flags.has(letter)) continue;
      const asListed = (letter !== 'L' && letter !== 'Y') || !afterArticle;
      if ((asListed && test(stem)) || (bare !== stem && letter !== 'L' && letter !== 'Y' && test(bare))) flags.add(letter);
    }
  }
  for (const f of flags) features.push('g' + f);
  const seen = new Set<string>();
  for (const { stem } of splits) for (const type of memory.seenInNames(stem)) seen.add(type);
  for (const type of seen) features.push('t' + type);
  for (const [flag, cls] of LEXICON_CLASSES) if (flags.has(flag)) return { features, cls };
  return { features, cls: frequent ? (definite ? 14 : 15) : (definite ? 16 : 17) };
}

/**
 * Coarse word classes for features that pair a word with its neighbour (a title before a
 * rare word, a rare word before a rare word): the tagger is linear, so such conjunctions must
 * be features of their own. One letter each: pads, punctuation, number, Latin, then lexicon
 * classes in order of precedence, then frequent or rare, definite or not.
 */
export const WORD_CLASS_LETTERS = 'SEPNLTGKOHCRAMDFdr';
export const PAD_BEFORE_CLASS = 0;
export const PAD_AFTER_CLASS = 1;
const LEXICON_CLASSES: [string, number][] = [['T', 5], ['G', 6], ['K', 7], ['O', 8], ['H', 9], ['F', 9], ['L', 10], ['R', 11], ['A', 12], ['M', 13]];

/** Names of the conjunction features of the token whose neighbours have the given classes and words. */
export function pairFeature(kind: 'before' | 'after', neighbourClass: number, ownClass: number): string {
  return (kind === 'before' ? 'q' : 'u') + WORD_CLASS_LETTERS[neighbourClass] + WORD_CLASS_LETTERS[ownClass];
}

/** A frequent neighbour word, by identity, paired with the class of the token itself (قال + rare word). */
export function neighbourWordFeature(kind: 'before' | 'after', neighbourWord: string, ownClass: number): string {
  return (kind === 'before' ? 'v' : 'z') + WORD_CLASS_LETTERS[ownClass] + neighbourWord;
}
