/**
 * Trains the paragraph tagger: an averaged structured perceptron over BIO tags with Viterbi
 * decoding. The shipped model (data/ner-model.json) learns from the whole of ANERcorp's
 * train.conll; `devSplitModel()` is the same recipe without the development split
 * (scripts/ner-eval.ts), which `npm run eval` trains and scores so that the split stays unseen.
 * Deterministic: fixed seeds, fixed epoch count.
 *
 *   npm run train
 *   node out/scripts/train.js --fold 2     (cross-validation on the training part; writes nothing)
 *   node out/scripts/train.js --fold all   (all folds, then the mean pipeline scores)
 */
import { writeFileSync } from 'fs';
import { join } from 'path';
import { Token } from '../src/core/tokenize';
import {
  PAD_AFTER, PAD_AFTER_CLASS, PAD_BEFORE, PAD_BEFORE_CLASS, TrainingMemory, WordDescription, describeWord, lexiconFingerprint, neighbourWordFeature,
  pairFeature,
} from '../src/core/entities/features';
import { OFFSET_COUNT, TAG_COUNT, TAG_INDEX, TAGS, VECTOR_SIZE, WINDOW, tagSpans, viterbi } from '../src/core/entities/sequence';
import { ModelData, MODEL_FORMAT } from '../src/core/entities/model-format';
import { useTaggerModel } from '../src/core/entities/model';
import { anercorpSplit, CorpusSentence, evaluateNer, formatNerScores, MatchScores, NerScores, taggedTokens } from './ner-eval';

const EPOCHS = 20;
/** Shuffling seeds of the runs whose weights are averaged. */
const SEEDS = [20070101, 12345, 777, 4242, 31337];
/** Words seen at least this often in training keep an identity feature. */
const MIN_FREQUENT = 2;
/** A common word is seen at least MIN_COMMON times, at most MAX_COMMON_INSIDE of them inside a name (فإن, not فان of فان نيستلروي). */
const MIN_COMMON = 3;
const MAX_COMMON_INSIDE = 0.25;
/** Averaged weights smaller than this are dropped from the shipped model. */
const PRUNE_BELOW = 1;
/** Fewest training mentions of a name, each a whole organization mention, for the organization list. */
const MIN_ORGANIZATION_MENTIONS = 3;
/** Shipped weights are integers in units of this. */
const QUANTUM = 0.5;

interface Example {
  /** Word-local feature ids of each token, weighted by relative position. */
  features: Int32Array[];
  /** Conjunction feature ids of each token (its class with its neighbours'), at its own position only. */
  local: Int32Array[];
  gold: Uint8Array;
}

/** Mulberry32: a small seeded generator so that shuffling is reproducible. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Feature ids by name, and each word's ids under one training memory. The memory differs by
 * part of the training data (see `jackknifedMemories`), so words are cached per memory.
 */
class FeatureIndex {
  readonly ids = new Map<string, number>();
  private readonly byWord = new Map<TrainingMemory, Map<string, { ids: Int32Array; cls: number }>>();
  constructor(private readonly grow: () => boolean) {}

  id(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined && this.grow()) {
      id = this.ids.size;
      this.ids.set(name, id);
    }
    return id ?? -1;
  }

  word(token: Token, memory: TrainingMemory): { ids: Int32Array; cls: number } {
    let words = this.byWord.get(memory);
    if (!words) this.byWord.set(memory, (words = new Map()));
    let word = words.get(token.norm);
    if (!word) {
      const d: WordDescription = describeWord(token, memory);
      word = { ids: Int32Array.from(d.features.map((f) => this.id(f)).filter((i) => i >= 0)), cls: d.cls };
      words.set(token.norm, word);
    }
    return word;
  }

  /** Conjunction features of each token of a sentence. */
  local(tokens: Token[], memory: TrainingMemory): Int32Array[] {
    const classes = tokens.map((t) => this.word(t, memory).cls);
    return tokens.map((_, i) => {
      const names = [
        pairFeature('before', i > 0 ? classes[i - 1] : PAD_BEFORE_CLASS, classes[i]),
        pairFeature('after', i + 1 < tokens.length ? classes[i + 1] : PAD_AFTER_CLASS, classes[i]),
      ];
      if (i > 0 && memory.isFrequent(tokens[i - 1].norm)) names.push(neighbourWordFeature('before', tokens[i - 1].norm, classes[i]));
      if (i + 1 < tokens.length && memory.isFrequent(tokens[i + 1].norm)) names.push(neighbourWordFeature('after', tokens[i + 1].norm, classes[i]));
      return Int32Array.from(names.map((f) => this.id(f)).filter((id) => id >= 0));
    });
  }

  pad(name: string): Int32Array {
    const id = this.id('w' + name);
    return Int32Array.from(id >= 0 ? [id] : []);
  }
}

function emissions(ex: Example, pads: [Int32Array, Int32Array], weights: Float32Array, out: Float32Array): void {
  const n = ex.gold.length;
  out.fill(0, 0, n * TAG_COUNT);
  for (let i = 0; i < n; i++) {
    for (let s = 0; s < OFFSET_COUNT; s++) {
      const j = i + s - WINDOW;
      const feats = j < 0 ? pads[0] : j >= n ? pads[1] : ex.features[j];
      for (const f of feats) {
        const base = (f * OFFSET_COUNT + s) * TAG_COUNT;
        for (let t = 0; t < TAG_COUNT; t++) out[i * TAG_COUNT + t] += weights[base + t];
      }
    }
    for (const f of ex.local[i]) {
      const base = (f * OFFSET_COUNT + WINDOW) * TAG_COUNT;
      for (let t = 0; t < TAG_COUNT; t++) out[i * TAG_COUNT + t] += weights[base + t];
    }
  }
}

/** Number of cross-validation folds of the training part (`--fold k`). */
const FOLDS = 5;

/**
 * The training part with its k-th fifth held out, for comparing training choices on more text
 * than the development split alone; such runs write no model.
 */
export function crossValidationSplit(k: number): { train: CorpusSentence[]; dev: CorpusSentence[] } {
  const { train } = anercorpSplit();
  if (!(k >= 0 && k < FOLDS)) throw new Error(`--fold takes 0..${FOLDS - 1}`);
  const size = Math.round(train.length / FOLDS);
  return { train: [...train.slice(0, k * size), ...train.slice((k + 1) * size)], dev: train.slice(k * size, (k + 1) * size) };
}

function main(): void {
  const foldArg = process.argv.indexOf('--fold');
  if (foldArg < 0) {
    // Model choices were made on the development split and by cross-validation; the model
    // that ships then learns from all of the training file (12% more than without the split:
    // +0.5 cross-validated F1).
    const { train, dev } = anercorpSplit();
    const model = trainModel([...train, ...dev], []);
    const path = join(__dirname, '..', '..', 'data', 'ner-model.json');
    const json = JSON.stringify(model);
    writeFileSync(path, json + '\n');
    console.log(`wrote ${path}: ${(json.length / 1024).toFixed(0)} k characters, ${model.weights.split('\n').length} features kept`);
    return;
  }
  const which = process.argv[foldArg + 1];
  const folds = which === 'all' ? Array.from({ length: FOLDS }, (_, k) => k) : [Number(which)];
  const scores: NerScores[] = [];
  for (const k of folds) {
    const { train, dev } = crossValidationSplit(k);
    // The whole pipeline on the held-out fifth, with the model trained without it.
    useTaggerModel(trainModel(train, dev));
    scores.push(evaluateNer(dev));
    console.log(`fold ${k}:\n${formatNerScores(scores[scores.length - 1])}`);
  }
  if (scores.length > 1) console.log(formatFoldMeans(scores));
}

/** Per-type F1 and micro P / R / F1, averaged over the folds, for each way of matching. */
function formatFoldMeans(scores: NerScores[]): string {
  const mean = (value: (s: NerScores) => number): string => (100 * scores.reduce((sum, s) => sum + value(s), 0) / scores.length).toFixed(1).padStart(5);
  const row = (label: string, pick: (s: NerScores) => MatchScores): string =>
    `  ${label.padEnd(26)} PERS ${mean((s) => pick(s).perType.PERS.f1)}  LOC ${mean((s) => pick(s).perType.LOC.f1)}  ORG ${mean((s) => pick(s).perType.ORG.f1)}` +
    `  micro P ${mean((s) => pick(s).micro.precision)}  R ${mean((s) => pick(s).micro.recall)}  F1 ${mean((s) => pick(s).micro.f1)}`;
  return [
    `mean over ${scores.length} folds (F1):`,
    row('pipeline, exact span', (s) => s.exact),
    row('pipeline, overlap', (s) => s.overlap),
    row('tagger alone, exact span', (s) => s.tagger.exact),
  ].join('\n');
}

/** Where training reports its progress. */
type Progress = (line: string) => void;

/** The shipped model's recipe trained without the development split, for scoring on it. */
export function devSplitModel(progress: Progress = () => undefined): ModelData {
  const { train, dev } = anercorpSplit();
  return trainModel(train, dev, progress);
}

/** Trains on `train` (reporting progress on `dev`, if any) and returns the model as shipped. */
export function trainModel(train: CorpusSentence[], dev: CorpusSentence[], progress: Progress = console.log): ModelData {
  const trainTagged = train.map(taggedTokens);
  const frequency = new Map<string, number>();
  for (const { tokens } of trainTagged) for (const t of tokens) frequency.set(t.norm, (frequency.get(t.norm) ?? 0) + 1);
  const isFrequent = (norm: string): boolean => (frequency.get(norm) ?? 0) >= MIN_FREQUENT;
  const { byPart, partOf, whole } = jackknifedMemories(trainTagged, isFrequent);

  let growing = true;
  const index = new FeatureIndex(() => growing);
  const toExample = ({ tokens, gold }: { tokens: Token[]; gold: Uint8Array }, memory: TrainingMemory): Example =>
    ({ features: tokens.map((t) => index.word(t, memory).ids), local: index.local(tokens, memory), gold });
  const trainSet = trainTagged.map((s, i) => toExample(s, byPart[partOf(i)]));
  const pads: [Int32Array, Int32Array] = [index.pad(PAD_BEFORE), index.pad(PAD_AFTER)];
  growing = false;
  const devSet = dev.map((s: CorpusSentence) => toExample(taggedTokens(s), whole));

  progress(`${trainSet.length} training sentences, ${devSet.length} development sentences, ${index.ids.size} features`);
  // One averaged perceptron per shuffling seed, then the mean of their weights: a single run
  // swings by a point or two of F1 with the order it sees the sentences in.
  const size = index.ids.size * VECTOR_SIZE;
  const weights = new Float32Array(size);
  const transitions = new Float32Array((TAG_COUNT + 1) * TAG_COUNT);
  for (const seed of SEEDS) {
    const run = trainOnce(trainSet, devSet, pads, size, seed, progress);
    for (let k = 0; k < size; k++) weights[k] += run.weights[k] / SEEDS.length;
    for (let k = 0; k < transitions.length; k++) transitions[k] += run.transitions[k] / SEEDS.length;
  }
  if (devSet.length) {
    const maxLength = Math.max(...devSet.map((e) => e.gold.length), 1);
    const f1 = spanF1(devSet, pads, weights, transitions, new Float32Array(maxLength * TAG_COUNT), new Uint8Array(maxLength));
    progress(`mean of ${SEEDS.length} runs: development span F1 (tagger alone, all types incl. MISC) ${(100 * f1).toFixed(2)}`);
  }
  return exportModel(index, weights, transitions, frequency, trainTagged, whole);
}

/** Contiguous parts of the training data that jackknifing holds out one at a time. */
const MEMORY_PARTS = 5;

/**
 * What the tagger remembers of the training data: the whole of it at run time, and for each
 * training sentence everything but its own part (a run of whole articles), so that the names
 * it meets in training are as often unseen as the names of a new text will be.
 */
function jackknifedMemories(tagged: { tokens: Token[]; gold: Uint8Array }[], isFrequent: (norm: string) => boolean):
    { byPart: SeenNames[]; partOf: (sentence: number) => number; whole: SeenNames } {
  const partSize = Math.ceil(tagged.length / MEMORY_PARTS);
  const partOf = (sentence: number): number => Math.floor(sentence / partSize);
  const whole = new SeenNames(isFrequent);
  const byPart = Array.from({ length: MEMORY_PARTS }, () => new SeenNames(isFrequent));
  tagged.forEach(({ tokens, gold }, i) => {
    tokens.forEach((t, k) => {
      const type = NAME_TYPE_LETTER[TAGS[gold[k]].slice(2)];
      if (!type) return;
      whole.add(t.norm, type);
      byPart.forEach((memory, part) => { if (part !== partOf(i)) memory.add(t.norm, type); });
    });
  });
  return { byPart, partOf, whole };
}

/** Letters of the name types `seenInNames` reports, by corpus tag type. */
const NAME_TYPE_LETTER: Record<string, 'P' | 'L' | 'O' | undefined> = { PERS: 'P', LOC: 'L', ORG: 'O' };

class SeenNames implements TrainingMemory {
  readonly words = { P: new Set<string>(), L: new Set<string>(), O: new Set<string>() };
  constructor(readonly isFrequent: (norm: string) => boolean) {}

  add(norm: string, type: 'P' | 'L' | 'O'): void {
    this.words[type].add(norm);
  }

  seenInNames(norm: string): string {
    return (this.words.P.has(norm) ? 'P' : '') + (this.words.L.has(norm) ? 'L' : '') + (this.words.O.has(norm) ? 'O' : '');
  }
}

/** One averaged perceptron, shuffling the training sentences with the given seed each epoch. */
function trainOnce(trainSet: Example[], devSet: Example[], pads: [Int32Array, Int32Array], size: number, seed: number, progress: Progress): { weights: Float32Array; transitions: Float32Array } {
  const weights = new Float32Array(size);
  const accumulated = new Float32Array(size);
  const transitions = new Float32Array((TAG_COUNT + 1) * TAG_COUNT);
  const transitionsAccumulated = new Float32Array(transitions.length);

  const maxLength = Math.max(...trainSet.map((e) => e.gold.length), ...devSet.map((e) => e.gold.length));
  const scores = new Float32Array(maxLength * TAG_COUNT);
  const predicted = new Uint8Array(maxLength);
  const random = seededRandom(seed);
  const order = trainSet.map((_, i) => i);
  let step = 1;

  const update = (ex: Example, i: number, tag: number, delta: number): void => {
    const n = ex.gold.length;
    for (let s = 0; s < OFFSET_COUNT; s++) {
      const j = i + s - WINDOW;
      const feats = j < 0 ? pads[0] : j >= n ? pads[1] : ex.features[j];
      for (const f of feats) {
        const k = (f * OFFSET_COUNT + s) * TAG_COUNT + tag;
        weights[k] += delta;
        accumulated[k] += step * delta;
      }
    }
    for (const f of ex.local[i]) {
      const k = (f * OFFSET_COUNT + WINDOW) * TAG_COUNT + tag;
      weights[k] += delta;
      accumulated[k] += step * delta;
    }
  };
  const updateTransition = (prev: number, tag: number, delta: number): void => {
    transitions[prev * TAG_COUNT + tag] += delta;
    transitionsAccumulated[prev * TAG_COUNT + tag] += step * delta;
  };
  const averaged = (w: Float32Array, acc: Float32Array): Float32Array => w.map((v, k) => v - acc[k] / step);

  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const k of order) {
      const ex = trainSet[k];
      const n = ex.gold.length;
      emissions(ex, pads, weights, scores);
      viterbi(scores, transitions, n, predicted);
      for (let i = 0; i < n; i++) {
        const gold = ex.gold[i];
        const pred = predicted[i];
        const goldPrev = i === 0 ? TAG_COUNT : ex.gold[i - 1];
        const predPrev = i === 0 ? TAG_COUNT : predicted[i - 1];
        if (gold !== pred) {
          update(ex, i, gold, 1);
          update(ex, i, pred, -1);
        }
        if (gold !== pred || goldPrev !== predPrev) {
          updateTransition(goldPrev, gold, 1);
          updateTransition(predPrev, pred, -1);
        }
      }
      step++;
    }
    if (devSet.length) {
      const f1 = spanF1(devSet, pads, averaged(weights, accumulated), averaged(transitions, transitionsAccumulated), scores, predicted);
      progress(`seed ${seed}, epoch ${epoch}: development span F1 (tagger alone, all types incl. MISC) ${(100 * f1).toFixed(2)}`);
    }
  }

  return { weights: averaged(weights, accumulated), transitions: averaged(transitions, transitionsAccumulated) };
}

function spanF1(set: Example[], pads: [Int32Array, Int32Array], weights: Float32Array, transitions: Float32Array, scores: Float32Array, predicted: Uint8Array): number {
  let tp = 0;
  let nPred = 0;
  let nGold = 0;
  for (const ex of set) {
    const n = ex.gold.length;
    emissions(ex, pads, weights, scores);
    viterbi(scores, transitions, n, predicted);
    const gold = new Set(tagSpans(ex.gold, n).map((s) => s.join(':')));
    const pred = tagSpans(predicted, n).map((s) => s.join(':'));
    nGold += gold.size;
    nPred += pred.length;
    for (const p of pred) if (gold.has(p)) tp++;
  }
  return (2 * tp) / (nPred + nGold);
}

function exportModel(index: FeatureIndex, weights: Float32Array, transitions: Float32Array, frequency: Map<string, number>,
    tagged: { tokens: Token[]; gold: Uint8Array }[], seen: SeenNames): ModelData {
  const lines: string[] = [];
  for (const [name, id] of index.ids) {
    const parts: number[] = [];
    for (let slot = 0; slot < VECTOR_SIZE; slot++) {
      const v = weights[id * VECTOR_SIZE + slot];
      if (Math.abs(v) >= PRUNE_BELOW) parts.push(slot, Math.round(v / QUANTUM));
    }
    if (parts.length) lines.push(name + '\t' + parts.join(' '));
  }
  // Words by how often they are inside a name: drives proclitic stripping and name propagation.
  const inside = new Map<string, number>();
  for (const { tokens, gold } of tagged) tokens.forEach((t, i) => { if (gold[i] !== 0) inside.set(t.norm, (inside.get(t.norm) ?? 0) + 1); });
  const nameWords = [...inside.keys()].filter((w) => w.length >= 2).sort();
  const commonWords = [...frequency].filter(([w, n]) => n >= MIN_COMMON && (inside.get(w) ?? 0) <= n * MAX_COMMON_INSIDE).map(([w]) => w).sort();
  return {
    format: MODEL_FORMAT,
    quantum: QUANTUM,
    transitions: Array.from(transitions, (v) => Math.round(v / QUANTUM)),
    frequentWords: [...frequency].filter(([, n]) => n >= MIN_FREQUENT).map(([w]) => w).sort().join(' '),
    nameWords: nameWords.join(' '),
    commonWords: commonWords.join(' '),
    organizationNames: unambiguousOrganizations(tagged).join('|'),
    seenInNames: { P: [...seen.words.P].sort().join(' '), L: [...seen.words.L].sort().join(' '), O: [...seen.words.O].sort().join(' ') },
    lexicons: lexiconFingerprint(),
    weights: lines.join('\n'),
  };
}

/**
 * Word sequences that are a whole organization mention wherever they occur in the training
 * part, at least MIN_ORGANIZATION_MENTIONS times: the document-level rules add them where the
 * tagger, whose context features outweigh one word's identity, misses them (الأهلي، يوفنتوس).
 */
function unambiguousOrganizations(tagged: { tokens: Token[]; gold: Uint8Array }[]): string[] {
  const begin = TAG_INDEX['B-ORG'];
  const inside = TAG_INDEX['I-ORG'];
  const mentions = new Map<string, number>();
  for (const { tokens, gold } of tagged) {
    for (let i = 0; i < tokens.length; i++) {
      if (gold[i] !== begin) continue;
      let end = i + 1;
      while (end < tokens.length && gold[end] === inside) end++;
      const name = tokens.slice(i, end).map((t) => t.norm).join(' ');
      mentions.set(name, (mentions.get(name) ?? 0) + 1);
    }
  }
  const candidates = new Map([...mentions].filter(([, n]) => n >= MIN_ORGANIZATION_MENTIONS).map(([name]) => [name, name.split(' ')]));
  const byFirst = new Map<string, string[][]>();
  for (const words of candidates.values()) byFirst.set(words[0], [...(byFirst.get(words[0]) ?? []), words]);
  // Every occurrence, mention or not, must be counted as a mention.
  const occurrences = new Map<string, number>();
  for (const { tokens } of tagged) {
    for (let i = 0; i < tokens.length; i++) {
      for (const words of byFirst.get(tokens[i].norm) ?? []) {
        if (words.every((w, k) => tokens[i + k]?.norm === w)) {
          const name = words.join(' ');
          occurrences.set(name, (occurrences.get(name) ?? 0) + 1);
        }
      }
    }
  }
  return [...candidates.keys()].filter((name) => occurrences.get(name) === mentions.get(name)).sort();
}

if (require.main === module) main();
