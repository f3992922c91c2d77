/**
 * Paragraph-level mention tagging: the sequence model proposes typed token spans; proclitics
 * are cut off the first word of each span.
 */
import { cliticSplits, Token } from '../tokenize';
import { EntityType } from '../types';
import { ALL_PLACE_NAMES, FACILITY_HEADS, GIVEN_NAMES, ORG_HEADS, ORGANIZATION_NAMES, PERSON_TITLES } from '../lexicon';
import { taggerModel, TaggerModel, WordEntry } from './model';
import { OFFSET_COUNT, TAG_COUNT, WINDOW, tagSpans, viterbi } from './sequence';

/** One mention found in one paragraph, before document-level grouping. */
export interface MentionCandidate {
  /** Offsets into the text (proclitics already excluded). */
  start: number;
  end: number;
  type: EntityType;
  /** Index of the first and one past the last token the mention covers. */
  firstToken: number;
  endToken: number;
}

const TYPE_OF_TAG: Record<string, EntityType | undefined> = { PERS: 'person', LOC: 'place', ORG: 'organization' };

export function tagMentions(tokens: Token[], from: number, to: number): MentionCandidate[] {
  const model = taggerModel();
  const n = to - from;
  if (n <= 0) return [];
  const entries: WordEntry[] = [];
  for (let i = from - WINDOW; i < to + WINDOW; i++) {
    entries.push(i < from ? model.padBefore : i >= to ? model.padAfter : model.entry(tokens[i]));
  }
  const classes = TaggerModel.CLASS_COUNT;
  const emissions = new Float32Array(n * TAG_COUNT);
  for (let i = 0; i < n; i++) {
    const row = i * TAG_COUNT;
    for (let s = 0; s < OFFSET_COUNT; s++) {
      const v = entries[i + s].vector;
      const base = s * TAG_COUNT;
      for (let t = 0; t < TAG_COUNT; t++) emissions[row + t] += v[base + t];
    }
    const before = entries[i + WINDOW - 1];
    const own = entries[i + WINDOW];
    const after = entries[i + WINDOW + 1];
    const pairBefore = (before.cls * classes + own.cls) * TAG_COUNT;
    const pairAfter = (after.cls * classes + own.cls) * TAG_COUNT;
    const ownAt = own.cls * TAG_COUNT;
    for (let t = 0; t < TAG_COUNT; t++) {
      emissions[row + t] += model.pairBefore[pairBefore + t] + model.pairAfter[pairAfter + t] +
        (before.asBefore ? before.asBefore[ownAt + t] : 0) + (after.asAfter ? after.asAfter[ownAt + t] : 0);
    }
  }
  const tags = new Uint8Array(n);
  viterbi(emissions, model.transitions, n, tags);
  const candidates: MentionCandidate[] = [];
  for (const span of tagSpans(tags, n)) {
    const type = TYPE_OF_TAG[span[2]];
    if (!type) continue;
    // Names neither start nor end on punctuation the tagger ran over.
    let firstToken = from + span[0];
    let endToken = from + span[1];
    while (firstToken < endToken && tokens[firstToken].kind === 'punct') firstToken++;
    while (endToken > firstToken && tokens[endToken - 1].kind === 'punct') endToken--;
    if (firstToken === endToken) continue;
    candidates.push({ start: nameStart(tokens[firstToken], model), end: tokens[endToken - 1].end, type, firstToken, endToken });
  }
  return candidates;
}

/** Words known as names or name heads: a proclitic before one of them is cut off. */
function isKnownNameWord(stem: string, model: TaggerModel): boolean {
  return (
    model.nameWords.has(stem) || ALL_PLACE_NAMES.has(stem) || ORGANIZATION_NAMES.has(stem) || GIVEN_NAMES.has(stem) ||
    ORG_HEADS.has(stem) || FACILITY_HEADS.has(stem) || PERSON_TITLES.has(stem)
  );
}

/**
 * Where the name in a mention's first word starts. A proclitic is cut when it precedes the
 * article (والكرملين، للأمم) or when the rest is a known name and the whole word is not
 * (وبوتين → بوتين, but واشنطن and لبنان stay whole).
 */
export function nameStart(token: Token, model: TaggerModel = taggerModel()): number {
  const splits = cliticSplits(token);
  if (splits.length === 1) return token.start;
  for (const s of splits.slice(1)) {
    if (s.stem.startsWith('ال') && s.prefix.length > 0 && !s.prefix.endsWith('ال')) return s.stemStart;
  }
  if (isKnownNameWord(token.norm, model) && !model.nameWords.has(splits[1].stem)) return token.start;
  for (const s of splits.slice(1)) if (isKnownNameWord(s.stem, model)) return s.stemStart;
  return token.start;
}
