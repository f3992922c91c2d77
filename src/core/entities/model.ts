/**
 * The shipped tagger model at run time. Each word type's features are folded once into a score
 * vector (one row of tag scores per relative position -2..+2), cached by normalised word, so
 * tagging a token costs a map lookup and a few additions.
 */
import modelJson from '../../../data/ner-model.json';
import { Token } from '../tokenize';
import {
  PAD_AFTER, PAD_AFTER_CLASS, PAD_BEFORE, PAD_BEFORE_CLASS, WORD_CLASS_LETTERS, neighbourWordFeature, pairFeature, wordClass,
  wordFeatures,
} from './features';
import { ModelData, MODEL_FORMAT } from './model-format';
import { TAG_COUNT, VECTOR_SIZE, WINDOW } from './sequence';

const CLASS_COUNT = WORD_CLASS_LETTERS.length;

/** What the tagger needs to know about one word type, computed once. */
export interface WordEntry {
  /** Folded word-local scores: row `offset + WINDOW` holds the tag scores the word gives a token at -offset. */
  vector: Float32Array;
  cls: number;
  /** Tag scores, by the class of the next token, that this word gives it as its left neighbour; null when none. */
  asBefore: Float32Array | null;
  /** The same as right neighbour of the previous token. */
  asAfter: Float32Array | null;
}

interface SparseWeights {
  slots: Uint8Array;
  values: Float32Array;
}

/** A bound on cached word vectors, so a long-lived editor session does not grow without end. */
const MAX_CACHED_WORDS = 200_000;

export class TaggerModel {
  static readonly CLASS_COUNT = CLASS_COUNT;
  readonly transitions: Float32Array;
  readonly nameWords: Set<string>;
  readonly commonWords: Set<string>;
  private readonly frequentWords: Set<string>;
  private readonly features = new Map<string, SparseWeights>();
  private readonly entries = new Map<string, WordEntry>();
  readonly padBefore: WordEntry;
  readonly padAfter: WordEntry;
  /** Scores of class pairs: `[(neighbourClass * CLASS_COUNT + ownClass) * TAG_COUNT + tag]`. */
  readonly pairBefore = new Float32Array(CLASS_COUNT * CLASS_COUNT * TAG_COUNT);
  readonly pairAfter = new Float32Array(CLASS_COUNT * CLASS_COUNT * TAG_COUNT);

  constructor(data: ModelData) {
    if (data.format !== MODEL_FORMAT) throw new Error(`unsupported tagger model format ${data.format}`);
    const q = data.quantum;
    this.transitions = Float32Array.from({ length: (TAG_COUNT + 1) * TAG_COUNT }, (_, k) => (data.transitions[k] ?? 0) * q);
    this.frequentWords = new Set(data.frequentWords.split(' '));
    this.nameWords = new Set(data.nameWords.split(' '));
    this.commonWords = new Set(data.commonWords.split(' '));
    for (const line of data.weights.split('\n')) {
      const tab = line.indexOf('\t');
      if (tab < 0) continue;
      const numbers = line.slice(tab + 1).split(' ').map(Number);
      const slots = new Uint8Array(numbers.length / 2);
      const values = new Float32Array(numbers.length / 2);
      for (let k = 0; k < slots.length; k++) {
        slots[k] = numbers[2 * k];
        values[k] = numbers[2 * k + 1] * q;
      }
      this.features.set(line.slice(0, tab), { slots, values });
    }
    this.padBefore = { vector: this.fold(['w' + PAD_BEFORE]), cls: PAD_BEFORE_CLASS, asBefore: null, asAfter: null };
    this.padAfter = { vector: this.fold(['w' + PAD_AFTER]), cls: PAD_AFTER_CLASS, asBefore: null, asAfter: null };
    for (let a = 0; a < CLASS_COUNT; a++) {
      for (let b = 0; b < CLASS_COUNT; b++) {
        const at = (a * CLASS_COUNT + b) * TAG_COUNT;
        this.pairBefore.set(this.centre(pairFeature('before', a, b)), at);
        this.pairAfter.set(this.centre(pairFeature('after', a, b)), at);
      }
    }
  }

  isFrequent = (norm: string): boolean => this.frequentWords.has(norm);

  /** Everything the tagger needs about a token's word type. */
  entry(token: Token): WordEntry {
    let e = this.entries.get(token.norm);
    if (!e) {
      if (this.entries.size >= MAX_CACHED_WORDS) this.entries.clear();
      const frequent = this.isFrequent(token.norm);
      e = {
        vector: this.fold(wordFeatures(token, this.isFrequent)),
        cls: wordClass(token, this.isFrequent),
        asBefore: frequent ? this.byClass((c) => neighbourWordFeature('before', token.norm, c)) : null,
        asAfter: frequent ? this.byClass((c) => neighbourWordFeature('after', token.norm, c)) : null,
      };
      this.entries.set(token.norm, e);
    }
    return e;
  }

  /** Centre-position tag scores of one feature (zeros when the model lacks it). */
  private centre(name: string): Float32Array {
    const scores = new Float32Array(TAG_COUNT);
    const w = this.features.get(name);
    if (!w) return scores;
    for (let k = 0; k < w.slots.length; k++) {
      const slot = w.slots[k];
      if (Math.floor(slot / TAG_COUNT) === WINDOW) scores[slot % TAG_COUNT] += w.values[k];
    }
    return scores;
  }

  /** Centre scores of one feature per token class, or null when the model has none of them. */
  private byClass(name: (cls: number) => string): Float32Array | null {
    let out: Float32Array | null = null;
    for (let c = 0; c < CLASS_COUNT; c++) {
      if (!this.features.has(name(c))) continue;
      out ??= new Float32Array(CLASS_COUNT * TAG_COUNT);
      out.set(this.centre(name(c)), c * TAG_COUNT);
    }
    return out;
  }

  private fold(names: string[]): Float32Array {
    const v = new Float32Array(VECTOR_SIZE);
    for (const name of names) {
      const w = this.features.get(name);
      if (!w) continue;
      for (let k = 0; k < w.slots.length; k++) v[w.slots[k]] += w.values[k];
    }
    return v;
  }
}

let shared: TaggerModel | undefined;

/** The shipped model, loaded on first use. */
export function taggerModel(): TaggerModel {
  shared ??= new TaggerModel(modelJson as ModelData);
  return shared;
}
