/**
 * The shipped tagger model at run time. Each word type's features are folded once into a score
 * vector (one row of tag scores per relative position -WINDOW..+WINDOW), cached by normalised word, so
 * tagging a token costs a map lookup and a few additions.
 */
import modelJson from '../../../data/ner-model.json';
import { Token } from '../tokenize';
import { PAD_AFTER, PAD_AFTER_CLASS, PAD_BEFORE, PAD_BEFORE_CLASS, TrainingMemory, WORD_CLASS_LETTERS, describeWord } from './features';
import { ModelData, MODEL_FORMAT } from './model-format';
import { TAG_COUNT, VECTOR_SIZE, WINDOW } from './sequence';

export const CLASS_COUNT = WORD_CLASS_LETTERS.length;

/** What the tagger needs to know about one word type, computed once. */
export interface WordEntry {
  /** Folded word-local scores: row `offset + WINDOW` holds the tag scores the word gives a token at -offset. */
  vector: Float32Array;
  cls: number;
  /**
   * Tag scores this word gives the next token as its left neighbour, by that token's class:
   * the class-pair scores plus, for a frequent word, its own neighbour-word scores.
   */
  asLeft: Float32Array;
  /** The same as right neighbour of the previous token. */
  asRight: Float32Array;
}

/** A bound on cached word entries, so a long-lived editor session does not grow without end. */
const MAX_CACHED_WORDS = 200_000;

export class TaggerModel implements TrainingMemory {
  readonly transitions: Float32Array;
  readonly nameWords: Set<string>;
  readonly commonWords: Set<string>;
  readonly organizationNames: string[];
  readonly padBefore: WordEntry;
  readonly padAfter: WordEntry;
  /** Scores of class pairs: `[(neighbourClass * CLASS_COUNT + ownClass) * TAG_COUNT + tag]`. */
  readonly pairBefore = new Float32Array(CLASS_COUNT * CLASS_COUNT * TAG_COUNT);
  readonly pairAfter = new Float32Array(CLASS_COUNT * CLASS_COUNT * TAG_COUNT);
  private readonly frequentWords: Set<string>;
  /** Word-local features: parallel slot and value arrays. */
  private readonly features = new Map<string, { slots: Uint8Array; values: Float32Array }>();
  /** Neighbour-word conjunctions by word: scores by the class of the token beside it. */
  private readonly neighbours = new Map<string, { asBefore: Float32Array | null; asAfter: Float32Array | null }>();
  private readonly entries = new Map<string, WordEntry>();
  /** Per word, the letters of the name types training saw it inside. */
  private readonly namesSeen = new Map<string, string>();

  constructor(data: ModelData) {
    if (data.format !== MODEL_FORMAT) throw new Error(`unsupported tagger model format ${data.format}`);
    const q = data.quantum;
    this.transitions = Float32Array.from({ length: (TAG_COUNT + 1) * TAG_COUNT }, (_, k) => (data.transitions[k] ?? 0) * q);
    this.frequentWords = new Set(data.frequentWords.split(' '));
    this.nameWords = new Set(data.nameWords.split(' '));
    this.commonWords = new Set(data.commonWords.split(' '));
    this.organizationNames = data.organizationNames ? data.organizationNames.split('|') : [];
    for (const type of ['P', 'L', 'O'] as const) {
      for (const word of data.seenInNames?.[type].split(' ') ?? []) this.namesSeen.set(word, (this.namesSeen.get(word) ?? '') + type);
    }
    const centre = WINDOW * TAG_COUNT;
    for (const line of data.weights.split('\n')) {
      const tab = line.indexOf('\t');
      if (tab < 0) continue;
      const name = line.slice(0, tab);
      const numbers = line.slice(tab + 1).split(' ').map(Number);
      const kind = name[0];
      if (kind === 'q' || kind === 'u' || kind === 'v' || kind === 'z') {
        // Conjunctions live at the token's own position only (see scripts/train.ts).
        const scores = new Float32Array(TAG_COUNT);
        for (let k = 0; k < numbers.length; k += 2) {
          if (numbers[k] >= centre && numbers[k] < centre + TAG_COUNT) scores[numbers[k] - centre] = numbers[k + 1] * q;
        }
        this.addConjunction(name, scores);
        continue;
      }
      const slots = new Uint8Array(numbers.length / 2);
      const values = new Float32Array(numbers.length / 2);
      for (let k = 0; k < slots.length; k++) {
        slots[k] = numbers[2 * k];
        values[k] = numbers[2 * k + 1] * q;
      }
      this.features.set(name, { slots, values });
    }
    this.padBefore = this.withNeighbourScores(this.fold(['w' + PAD_BEFORE]), PAD_BEFORE_CLASS, undefined);
    this.padAfter = this.withNeighbourScores(this.fold(['w' + PAD_AFTER]), PAD_AFTER_CLASS, undefined);
  }

  /** Files a conjunction feature named as in features.ts (`pairFeature`, `neighbourWordFeature`). */
  private addConjunction(name: string, scores: Float32Array): void {
    const cls = WORD_CLASS_LETTERS.indexOf(name[1]);
    if (name[0] === 'q' || name[0] === 'u') {
      const own = WORD_CLASS_LETTERS.indexOf(name[2]);
      (name[0] === 'q' ? this.pairBefore : this.pairAfter).set(scores, (cls * CLASS_COUNT + own) * TAG_COUNT);
      return;
    }
    const word = name.slice(2);
    const entry = this.neighbours.get(word) ?? { asBefore: null, asAfter: null };
    const side = name[0] === 'v' ? 'asBefore' : 'asAfter';
    entry[side] ??= new Float32Array(CLASS_COUNT * TAG_COUNT);
    entry[side].set(scores, cls * TAG_COUNT);
    this.neighbours.set(word, entry);
  }

  isFrequent = (norm: string): boolean => this.frequentWords.has(norm);
  seenInNames = (norm: string): string => this.namesSeen.get(norm) ?? '';

  /** A word training knows as no name: seen often outside names, or frequent and never inside one (هدفين). */
  isSeenOutsideNames(norm: string): boolean {
    return this.commonWords.has(norm) || (this.frequentWords.has(norm) && !this.nameWords.has(norm));
  }

  /** Everything the tagger needs about a token's word type. */
  entry(token: Token): WordEntry {
    let e = this.entries.get(token.norm);
    if (!e) {
      if (this.entries.size >= MAX_CACHED_WORDS) this.entries.clear();
      const word = describeWord(token, this);
      e = this.withNeighbourScores(this.fold(word.features), word.cls, this.neighbours.get(token.norm));
      this.entries.set(token.norm, e);
    }
    return e;
  }

  private withNeighbourScores(vector: Float32Array, cls: number, neighbour: { asBefore: Float32Array | null; asAfter: Float32Array | null } | undefined): WordEntry {
    const row = CLASS_COUNT * TAG_COUNT;
    // Words without neighbour-word scores share their class's row of pair scores.
    const side = (pairs: Float32Array, own: Float32Array | null | undefined): Float32Array => {
      const shared = pairs.subarray(cls * row, (cls + 1) * row);
      return own ? shared.map((v, k) => v + own[k]) : shared;
    };
    return { vector, cls, asLeft: side(this.pairBefore, neighbour?.asBefore), asRight: side(this.pairAfter, neighbour?.asAfter) };
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

/** Puts another model in the shipped one's place: cross-validation (scripts/train.ts --fold) runs the pipeline on models it has just trained. */
export function useTaggerModel(data: ModelData): void {
  shared = new TaggerModel(data);
}
