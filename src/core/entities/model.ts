/**
 * The shipped tagger model at run time. Each word type's features are folded once into a score
 * vector (one row of tag scores per relative position -2..+2), cached by normalised word, so
 * tagging a token costs a map lookup and a few additions.
 */
import modelJson from '../../../data/ner-model.json';
import { Token } from '../tokenize';
import { PAD_AFTER, PAD_BEFORE, wordFeatures } from './features';
import { ModelData, MODEL_FORMAT } from './model-format';
import { TAG_COUNT, VECTOR_SIZE } from './sequence';

interface SparseWeights {
  slots: Uint8Array;
  values: Float32Array;
}

/** A bound on cached word vectors, so a long-lived editor session does not grow without end. */
const MAX_CACHED_WORDS = 200_000;

export class TaggerModel {
  readonly transitions: Float32Array;
  readonly nameWords: Set<string>;
  readonly commonWords: Set<string>;
  private readonly frequentWords: Set<string>;
  private readonly features = new Map<string, SparseWeights>();
  private readonly vectors = new Map<string, Float32Array>();
  readonly padBefore: Float32Array;
  readonly padAfter: Float32Array;

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
    this.padBefore = this.fold(['w' + PAD_BEFORE]);
    this.padAfter = this.fold(['w' + PAD_AFTER]);
  }

  isFrequent = (norm: string): boolean => this.frequentWords.has(norm);

  /** The folded score vector of a token's word type. */
  vector(token: Token): Float32Array {
    let v = this.vectors.get(token.norm);
    if (!v) {
      if (this.vectors.size >= MAX_CACHED_WORDS) this.vectors.clear();
      v = this.fold(wordFeatures(token, this.isFrequent));
      this.vectors.set(token.norm, v);
    }
    return v;
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
