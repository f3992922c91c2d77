/**
 * The document's mentions while the grouping passes (passes/) work on them. Mentions never
 * overlap: every pass only adds a mention over tokens no other mention holds, or replaces the
 * mentions it fully covers. Also the few questions about the text that several passes ask.
 */
import { CliticReading, cliticReadings, Token } from '../tokenize';
import { normalize } from '../text';
import { EntityType } from '../types';
import { COUNTRY_NOUNS, GIVEN_NAMES, PERSON_TITLES, isDefinite, isLexiconNameWord, isNationalityAdjective } from '../lexicon';
import { personNameUses } from '../lexicon/knowledge';
import { taggerModel } from './model';
import { ReadingHashes, StemStarts } from './reading-hashes';

export type NamedType = Exclude<EntityType, 'other'>;

/** A name as a word sequence, with its type. */
export interface NameForm {
  words: string[];
  type: NamedType;
}

/** Names as word sequences, by their first word, longest first. */
export type FormsByFirstWord = Map<string, NameForm[]>;

/** The forms by their first word, each list longest first (in the given order among equals). */
export function byFirstWord(forms: Iterable<NameForm>): FormsByFirstWord {
  const byFirst: FormsByFirstWord = new Map();
  for (const form of forms) {
    const list = byFirst.get(form.words[0]);
    if (list) list.push(form);
    else byFirst.set(form.words[0], [form]);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return byFirst;
}

export interface Mention {
  start: number;
  end: number;
  type: NamedType;
  firstToken: number;
  endToken: number;
  /** Typed by the head before it (شركة «إينوك»): evidence for every mention of the name. */
  byHead?: boolean;
}

/**
 * Longest name in words: no span longer than this is made a name, and the lexicon pass and the
 * propagation look for none longer. A lineage with a family name is the longest kind (حمدان بن
 * محمد بن راشد آل مكتوم is seven; ANERcorp's longest is nine).
 */
export const MAX_NAME_WORDS = 9;

/** Longest run of unknown words a descriptive head makes into a name (صحيفة تشوسون إلبو). */
export const MAX_DESCRIBED_NAME = 3;

/**
 * Every pass yields after this many tokens or mentions, so that no step of a long document's
 * analysis holds the editor's extension host for long (a pass over 1 MB takes 10–40 ms).
 */
export const TOKENS_PER_STEP = 16384;
export const MENTIONS_PER_STEP = 2048;

const TITLE_STARTS = new StemStarts(PERSON_TITLES);

/** Whether a word is written with the article: إلبو and ألبا normalise to البو and البا but have none. */
export function startsWithArticle(t: Token): boolean {
  return t.norm.startsWith('ال') && !/^[إأآ]/.test(t.text);
}

/** The document's mentions, with the token → mention map that keeps them from overlapping. */
export class MentionSet {
  readonly mentions: (Mention | null)[] = [];
  readonly model = taggerModel();
  /** The hashes of every token's clitic readings, for the passes' StemStarts filters. */
  readonly readings: ReadingHashes;
  /** Per token, the index in `mentions` of the mention that holds it, or -1. */
  private readonly owner: Int32Array;
  /**
   * The words of mentions[k], once asked for. A mention's span never changes in place (a changed
   * span is a new mention, at a new index), so they stay true; an array by index is found
   * without hashing, where a Map by mention slowed down as texts grew.
   */
  private readonly wordsOfMention: (string[] | null)[] = [];

  constructor(readonly text: string, readonly tokens: Token[]) {
    this.owner = new Int32Array(tokens.length).fill(-1);
    this.readings = new ReadingHashes(tokens);
  }

  /** The clitic readings of token i (shared by the tokens of its word). */
  splits(i: number): readonly CliticReading[] {
    return cliticReadings(this.tokens[i]);
  }

  ownerOf(i: number): Mention | null {
    const k = this.owner[i];
    return k < 0 ? null : this.mentions[k];
  }

  /** The index in `mentions` of the mention that holds token i, or -1. */
  ownerIndex(i: number): number {
    return this.owner[i];
  }

  /** Whether no mention holds token i. */
  isFree(i: number): boolean {
    return this.owner[i] < 0;
  }

  /** The first token from `end` on past free nationality adjectives in the same paragraph (حزب العمال + الكردستاني). */
  pastNationalities(end: number): number {
    const paragraph = this.tokens[end - 1].paragraph;
    while (end < this.tokens.length && this.tokens[end].paragraph === paragraph && this.isFree(end) && isNationalityAdjective(this.tokens[end].norm)) end++;
    return end;
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

  /** Removes mentions[k] and adds `m` in its place, if any (at the end of the list). */
  replace(k: number, m: Mention | null): void {
    this.remove(k);
    if (m) this.add(m);
  }

  /** Whether a mention over tokens [from, to) would cover every mention it touches. */
  covers(from: number, to: number): boolean {
    const first = this.ownerOf(from);
    const last = this.ownerOf(to - 1);
    return (!first || first.firstToken >= from) && (!last || last.endToken <= to);
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
  matchAt(i: number, words: string[]): number {
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
  readingsToTry(i: number, starts: StemStarts): number {
    return starts.mayMatchShorter(this.readings, i) ? this.splits(i).length : 1;
  }

  isTitleAt(i: number): boolean {
    return TITLE_STARTS.mayMatch(this.readings, i) && this.splits(i).some((s) => PERSON_TITLES.has(s.stem));
  }

  /** Whether people's names use this word: Wikidata's, the given names, the lexicons' or training's names. */
  isPersonNameWord(word: string): boolean {
    return personNameUses(word) > 0 || GIVEN_NAMES.has(word) || isLexiconNameWord(word) || this.model.seenInNames(word).includes('P');
  }

  /** Whether token i reads as a country noun (المملكة، بالمملكة، للمملكة): the reading that does, or undefined. */
  countryNounReading(i: number): CliticReading | undefined {
    return this.splits(i).find((r) => COUNTRY_NOUNS.has(r.stem) || COUNTRY_NOUNS.has('ا' + r.stem));
  }

  /**
   * One past a short run, from token i, of free words the model does not know: a name nobody
   * tagged. `definiteFirst`: the first word may carry the article (المانش).
   */
  unknownWordsFrom(i: number, definiteFirst = false): number {
    let j = i;
    while (j < this.tokens.length && j - i < MAX_DESCRIBED_NAME && this.owner[j] < 0 && this.tokens[j].paragraph === this.tokens[i].paragraph &&
           (this.tokens[j].kind === 'arabic' || this.tokens[j].kind === 'latin') && !this.model.isFrequent(this.tokens[j].norm) &&
           (!startsWithArticle(this.tokens[j]) || (definiteFirst && j === i)) && !this.tokens[j].norm.startsWith('لل') &&
           !isNationalityAdjective(this.tokens[j].norm)) j++;
    return j;
  }
}
