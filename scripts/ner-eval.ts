/**
 * ANERcorp reading, the fixed development split, and the NER evaluation on it.
 *
 * The development split is the last DEV_SHARE of the sentences of train.conll (contiguous, so
 * documents are not torn apart more than once); the model scored on it (`devSplitModel` in
 * scripts/train.ts) never trains on it.
 *
 * `evaluateNerDevSplit()` runs the real pipeline (`analyze`) on the development sentences joined
 * one per line, and scores the entity mentions against the gold PERS/LOC/ORG spans (MISC ignored):
 * - exact: same type and the same span once the mention is widened to whole corpus words (the
 *   corpus keeps proclitics attached, وبوتين, while mentions exclude them);
 * - overlap: same type and at least one shared character (each gold span matched at most once).
 * `tagger` holds the same scores for the paragraph tagger alone (before document-level rules).
 */
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { analyze } from '../src/core/analyze';
import { tokenize, Token } from '../src/core/tokenize';
import { tagParagraphs } from '../src/core/entities/tagger';
import { TAG_INDEX } from '../src/core/entities/sequence';
import { EntityType } from '../src/core/types';

/**
 * The data kept beside the project (ANERcorp, real news): ../shared, or ARABIC_ANNOTATOR_SHARED.
 * It is not shipped nor committed, so a script that needs it fails with a message saying where
 * it looked rather than falling back to something else.
 */
export function sharedDataPath(...parts: string[]): string {
  const root = process.env.ARABIC_ANNOTATOR_SHARED ?? join(__dirname, '..', '..', '..', 'shared');
  const path = join(root, 'data', ...parts);
  if (!existsSync(path)) {
    throw new Error(`${path} is missing: put the shared data beside the project (../shared) or set ARABIC_ANNOTATOR_SHARED to its folder`);
  }
  return path;
}

const ANERCORP_TRAIN = (): string => sharedDataPath('anercorp', 'train.conll');
export const DEV_SHARE = 0.1;

export interface CorpusSentence {
  words: string[];
  tags: string[];
}

export function readConll(path: string): CorpusSentence[] {
  const sentences: CorpusSentence[] = [];
  let current: CorpusSentence = { words: [], tags: [] };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const parts = line.trim().split(/\s+/);
    if (parts.length < 2) {
      if (current.words.length) sentences.push(current);
      current = { words: [], tags: [] };
      continue;
    }
    current.words.push(parts.slice(0, -1).join(''));
    current.tags.push(parts[parts.length - 1]);
  }
  if (current.words.length) sentences.push(current);
  return sentences;
}

/** The training and development parts of train.conll. */
export function anercorpSplit(path = ANERCORP_TRAIN()): { train: CorpusSentence[]; dev: CorpusSentence[] } {
  const all = readConll(path);
  const cut = Math.round(all.length * (1 - DEV_SHARE));
  return { train: all.slice(0, cut), dev: all.slice(cut) };
}

/** Corpus sentences laid out as one text, one sentence per line, with every word's offsets. */
export interface CorpusText {
  text: string;
  /** [start, end) of each corpus word, over all sentences in order. */
  wordSpans: [number, number][];
  /** The corpus tag of each word, same order. */
  wordTags: string[];
}

export function corpusText(sentences: CorpusSentence[]): CorpusText {
  let text = '';
  const wordSpans: [number, number][] = [];
  const wordTags: string[] = [];
  for (const s of sentences) {
    s.words.forEach((w, k) => {
      if (k > 0) text += ' ';
      wordSpans.push([text.length, text.length + w.length]);
      wordTags.push(s.tags[k]);
      text += w;
    });
    text += '\n';
  }
  return { text, wordSpans, wordTags };
}

/** One corpus sentence as the tagger sees it: our tokens, each with the gold BIO tag index. */
export function taggedTokens(sentence: CorpusSentence): { tokens: Token[]; gold: Uint8Array } {
  const { text, wordSpans, wordTags } = corpusText([sentence]);
  const tokens = tokenize(text);
  const gold = new Uint8Array(tokens.length);
  let w = 0;
  let previousWord = -1;
  tokens.forEach((t, i) => {
    while (wordSpans[w][1] <= t.start) w++;
    const tag = wordTags[w];
    const type = tag === 'O' ? '' : tag.slice(2);
    gold[i] = type === '' ? 0 : TAG_INDEX[(tag[0] === 'B' && previousWord !== w ? 'B-' : 'I-') + type];
    previousWord = w;
  });
  return { tokens, gold };
}

type ScoredType = 'PERS' | 'LOC' | 'ORG';
const SCORED: ScoredType[] = ['PERS', 'LOC', 'ORG'];
const TYPE_OF: Partial<Record<EntityType, ScoredType>> = { person: 'PERS', place: 'LOC', organization: 'ORG' };

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export interface MatchScores {
  perType: Record<ScoredType, Prf>;
  micro: Prf;
}

export interface NerScores {
  /** End-to-end (analyze) scores. */
  exact: MatchScores;
  overlap: MatchScores;
  /** Paragraph tagger alone, before document-level rules. */
  tagger: { exact: MatchScores; overlap: MatchScores };
  sentences: number;
  goldMentions: number;
}

interface TypedSpan {
  start: number;
  end: number;
  type: ScoredType;
}

function goldSpans(corpus: CorpusText): TypedSpan[] {
  const spans: TypedSpan[] = [];
  corpus.wordTags.forEach((tag, k) => {
    const type = tag.slice(2) as ScoredType;
    if (!SCORED.includes(type)) return;
    const [start, end] = corpus.wordSpans[k];
    const last = spans[spans.length - 1];
    const continues = tag[0] === 'I' && last && last.type === type && k > 0 && corpus.wordSpans[k - 1][1] === last.end;
    if (continues) last.end = end;
    else spans.push({ start, end, type });
  });
  return spans;
}

/** A predicted span widened to whole corpus words. */
function widen(corpus: CorpusText, start: number, end: number): [number, number] {
  // The last corpus word starting at or before `offset` (words are sorted and disjoint).
  const wordAt = (offset: number): number => {
    let lo = 0;
    let hi = corpus.wordSpans.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (corpus.wordSpans[mid][0] <= offset) lo = mid; else hi = mid - 1;
    }
    return lo;
  };
  return [corpus.wordSpans[wordAt(start)][0], corpus.wordSpans[wordAt(end - 1)][1]];
}

function prf(tp: number, predicted: number, gold: number): Prf {
  const precision = predicted ? tp / predicted : 0;
  const recall = gold ? tp / gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

function score(gold: TypedSpan[], predicted: TypedSpan[], overlap: boolean): MatchScores {
  const counts = Object.fromEntries(SCORED.map((t) => [t, { tp: 0, p: 0, g: 0 }])) as Record<ScoredType, { tp: number; p: number; g: number }>;
  for (const g of gold) counts[g.type].g++;
  for (const p of predicted) counts[p.type].p++;
  const used = new Set<number>();
  const byStart = new Map<string, number>();
  gold.forEach((g, k) => byStart.set(`${g.start}:${g.end}:${g.type}`, k));
  // Gold spans are sorted and disjoint: scan them with a moving pointer for overlaps.
  let from = 0;
  const sorted = [...predicted].sort((a, b) => a.start - b.start);
  for (const p of sorted) {
    let hit = -1;
    if (!overlap) {
      hit = byStart.get(`${p.start}:${p.end}:${p.type}`) ?? -1;
    } else {
      while (from < gold.length && gold[from].end <= p.start) from++;
      for (let k = from; k < gold.length && gold[k].start < p.end; k++) {
        if (gold[k].type === p.type && !used.has(k)) { hit = k; break; }
      }
    }
    if (hit >= 0 && !used.has(hit)) {
      used.add(hit);
      counts[p.type].tp++;
    }
  }
  const perType = Object.fromEntries(SCORED.map((t) => [t, prf(counts[t].tp, counts[t].p, counts[t].g)])) as Record<ScoredType, Prf>;
  const sum = (k: 'tp' | 'p' | 'g'): number => SCORED.reduce((s, t) => s + counts[t][k], 0);
  return { perType, micro: prf(sum('tp'), sum('p'), sum('g')) };
}

function scoredSpans(corpus: CorpusText, spans: { start: number; end: number; type: EntityType }[]): TypedSpan[] {
  const out: TypedSpan[] = [];
  for (const s of spans) {
    const type = TYPE_OF[s.type];
    if (!type) continue;
    const [start, end] = widen(corpus, s.start, s.end);
    out.push({ start, end, type });
  }
  return out;
}

/** Scores of the whole pipeline and of the tagger alone on the development split. */
export function evaluateNerDevSplit(path = ANERCORP_TRAIN()): NerScores {
  return evaluateNer(anercorpSplit(path).dev);
}

/** Scores of the whole pipeline and of the tagger alone on the given corpus sentences. */
export function evaluateNer(sentences: CorpusSentence[]): NerScores {
  const corpus = corpusText(sentences);
  const gold = goldSpans(corpus);
  const mentions = analyze(corpus.text).entities.flatMap((e) => e.mentions.map((m) => ({ ...m, type: e.type })));
  const predicted = scoredSpans(corpus, mentions);
  const taggerSpans = scoredSpans(corpus, tagParagraphs(tokenize(corpus.text)));
  return {
    exact: score(gold, predicted, false),
    overlap: score(gold, predicted, true),
    tagger: { exact: score(gold, taggerSpans, false), overlap: score(gold, taggerSpans, true) },
    sentences: corpus.text.split('\n').length - 1,
    goldMentions: gold.length,
  };
}

function formatMatch(label: string, m: MatchScores): string {
  const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);
  const row = (name: string, s: Prf): string => `  ${name.padEnd(5)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}`;
  return [`${label}`, ...SCORED.map((t) => row(t, m.perType[t])), row('micro', m.micro)].join('\n');
}

/** Human-readable report of `evaluateNerDevSplit()`. */
export function formatNerScores(scores: NerScores): string {
  return [
    `NER on the ANERcorp development split (${scores.sentences} sentences, ${scores.goldMentions} gold PERS/LOC/ORG mentions)`,
    formatMatch('pipeline, exact span:', scores.exact),
    formatMatch('pipeline, overlap:', scores.overlap),
    formatMatch('tagger alone, exact span:', scores.tagger.exact),
    formatMatch('tagger alone, overlap:', scores.tagger.overlap),
  ].join('\n');
}

if (require.main === module) console.log(formatNerScores(evaluateNerDevSplit()));
