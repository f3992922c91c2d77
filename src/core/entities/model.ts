/**
 * The shipped tagger model at run time. Each word type's features are folded once into a score
 * vector (one row of tag scores per relative position -WINDOW..+WINDOW), found by the token's word
 * number (Token.word), so scoring a token costs an array look-up and a few additions. The cached
 * scores of all words live in a few flat typed arrays indexed by word type: a token's score is a
 * sum over five rows that need no object look-up, about three times faster than one score object
 * per word.
 */
import modelJson from '../../../data/ner-model.json';
import { Token, WordValues } from '../tokenize';
import { lengthened } from '../typed-arrays';
import { PAD_AFTER, PAD_AFTER_CLASS, PAD_BEFORE, PAD_BEFORE_CLASS, TrainingMemory, WORD_CLASS_LETTERS, describeWord } from './features';
import { ModelData, MODEL_FORMAT } from './model-format';
import { TAG_COUNT, VECTOR_SIZE, WINDOW } from './sequence';

export const CLASS_COUNT = WORD_CLASS_LETTERS.length;

/** emissions() reads the word on each side of a token: typed as 1, this stops compiling if the window (sequence.ts) widens. */
const WINDOW_OF_ONE: 1 = WINDOW;
const PAD_BEFORE_INDEX = 0;
const PAD_AFTER_INDEX = 1;

/** A bound on cached word types, so a long-lived editor session does not grow without end. */
const MAX_CACHED_WORDS = 200_000;

export class TaggerModel implements TrainingMemory {
  readonly transitions: Float32Array;
  readonly nameWords: Set<string>;
  readonly commonWords: Set<string>;
  readonly organizationNames: string[];
  /** Scores of class pairs: `[(neighbourClass * CLASS_COUNT + ownClass) * TAG_COUNT + tag]`. */
  readonly pairBefore = new Float32Array(CLASS_COUNT * CLASS_COUNT * TAG_COUNT);
  readonly pairAfter = new Float32Array(CLASS_COUNT * CLASS_COUNT * TAG_COUNT);
  private readonly frequentWords: Set<string>;
  /** Words training knows as no name: seen often outside names, or frequent and never inside one (هدفين). */
  private readonly outsideNames: Set<string>;
  /** Word-local features: parallel slot and value arrays. */
  private readonly features = new Map<string, { slots: Uint8Array; values: Float32Array }>();
  /** Neighbour-word conjunctions by word: scores by the class of the token beside it. */
  private readonly neighbours = new Map<string, { asBefore: Float32Array | null; asAfter: Float32Array | null }>();
  /** The word types met so far (after the two pads), by normalised form: their index in the arrays below. */
  private readonly wordIndex = new Map<string, number>();
  /** The same index by the token's word id: most tokens find their word here, with no hashing. */
  private readonly indexByWord = new WordValues();
  private wordCount = 0;
  /** Folded word-local scores: `vectors[index * VECTOR_SIZE + (offset + WINDOW) * TAG_COUNT + tag]` for the word at -offset. */
  private vectors = new Float32Array(0);
  private classes = new Uint8Array(0);
  /**
   * Where in `neighbourScores` the tag scores start that a word gives the token after it (left) and
   * before it (right), by that token's class: the class-pair scores plus, for a frequent word, its
   * own neighbour-word scores. Words without those share their class's row.
   */
  private leftRows = new Int32Array(0);
  private rightRows = new Int32Array(0);
  private neighbourScores = new Float32Array(0);
  private neighbourScoresUsed = 0;
  /** Scratch: the word index of each token of a paragraph, padded at both ends. */
  private paragraphWords = new Int32Array(0);
  /** Per word, the letters of the name types training saw it inside. */
  private readonly namesSeen = new Map<string, string>();

  constructor(data: ModelData) {
    if (data.format !== MODEL_FORMAT) throw new Error(`unsupported tagger model format ${data.format}`);
    const q = data.quantum;
    this.transitions = Float32Array.from({ length: (TAG_COUNT + 1) * TAG_COUNT }, (_, k) => (data.transitions[k] ?? 0) * q);
    this.frequentWords = new Set(data.frequentWords.split(' '));
    this.nameWords = new Set(data.nameWords.split(' '));
    this.commonWords = new Set(data.commonWords.split(' '));
    // One look-up for a test the tagger and the grouping make for most name words.
    this.outsideNames = new Set([...this.commonWords, ...[...this.frequentWords].filter((w) => !this.nameWords.has(w))]);
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
    this.forgetWords();
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
    return this.outsideNames.has(norm);
  }

  /**
   * Emission scores of tokens[from, to) into `out` (`out[i * TAG_COUNT + tag]`): each token's own
   * word-local scores, those of the word on each side, and the conjunctions of the token's class
   * with its neighbours.
   */
  emissions(tokens: Token[], from: number, to: number, out: Float32Array): void {
    const n = to - from;
    if (this.paragraphWords.length < n + 2) this.paragraphWords = new Int32Array(2 * n + 2);
    // Look every word up first: a look-up may fold a new word and so grow the arrays. The cache
    // is emptied before a paragraph, never inside one, so the indices stay valid.
    if (this.wordIndex.size + n > MAX_CACHED_WORDS) this.forgetWords();
    const words = this.paragraphWords;
    words[0] = PAD_BEFORE_INDEX;
    for (let i = 0; i < n; i++) words[i + 1] = this.indexOf(tokens[from + i]);
    words[n + 1] = PAD_AFTER_INDEX;
    const { vectors, classes, leftRows, rightRows, neighbourScores } = this;
    for (let i = 0; i < n; i++) {
      const before = words[i + WINDOW_OF_ONE - 1];
      const own = words[i + WINDOW_OF_ONE];
      const after = words[i + WINDOW_OF_ONE + 1];
      const ownClass = classes[own] * TAG_COUNT;
      const left = leftRows[before] + ownClass;
      const right = rightRows[after] + ownClass;
      const beforeRow = before * VECTOR_SIZE;
      const ownRow = own * VECTOR_SIZE + TAG_COUNT;
      const afterRow = after * VECTOR_SIZE + 2 * TAG_COUNT;
      const row = i * TAG_COUNT;
      // Keep this order: Float32 sums in another order may round a near tie the other way and change a tag.
      for (let t = 0; t < TAG_COUNT; t++) {
        out[row + t] = neighbourScores[left + t] + neighbourScores[right + t] +
          vectors[beforeRow + t] + vectors[ownRow + t] + vectors[afterRow + t];
      }
    }
  }

  /** The index of a token's word type in the score arrays, folded on first sight. */
  private indexOf(token: Token): number {
    const byWord = this.indexByWord.get(token.word);
    if (byWord >= 0) return byWord;
    let index = this.wordIndex.get(token.norm);
    if (index === undefined) {
      const word = describeWord(token, this);
      index = this.addWord(this.fold(word.features), word.cls, this.neighbours.get(token.norm));
      this.wordIndex.set(token.norm, index);
    }
    this.indexByWord.set(token.word, index);
    return index;
  }

  /** Empties the word cache, keeping the two pads at indices 0 and 1 and the class-pair rows. */
  private forgetWords(): void {
    const classRows = CLASS_COUNT * CLASS_COUNT * TAG_COUNT;
    this.wordIndex.clear();
    this.indexByWord.clear();
    this.wordCount = 0;
    this.neighbourScores = new Float32Array(4 * classRows);
    this.neighbourScores.set(this.pairBefore, 0);
    this.neighbourScores.set(this.pairAfter, classRows);
    this.neighbourScoresUsed = 2 * classRows;
    this.addWord(this.fold(['w' + PAD_BEFORE]), PAD_BEFORE_CLASS, undefined);
    this.addWord(this.fold(['w' + PAD_AFTER]), PAD_AFTER_CLASS, undefined);
  }

  private addWord(vector: Float32Array, cls: number, neighbour: { asBefore: Float32Array | null; asAfter: Float32Array | null } | undefined): number {
    const index = this.wordCount++;
    if (index >= this.classes.length) this.growWords(Math.max(1024, 2 * this.classes.length));
    this.vectors.set(vector, index * VECTOR_SIZE);
    this.classes[index] = cls;
    const row = CLASS_COUNT * TAG_COUNT;
    this.leftRows[index] = this.neighbourRow(cls * row, neighbour?.asBefore);
    this.rightRows[index] = this.neighbourRow(CLASS_COUNT * row + cls * row, neighbour?.asAfter);
    return index;
  }

  /** The start of a word's neighbour scores: its class's row, or a row of its own when it has word scores. */
  private neighbourRow(classRow: number, own: Float32Array | null | undefined): number {
    if (!own) return classRow;
    const size = CLASS_COUNT * TAG_COUNT;
    if (this.neighbourScoresUsed + size > this.neighbourScores.length) {
      this.neighbourScores = lengthened(this.neighbourScores, 2 * this.neighbourScores.length);
    }
    const start = this.neighbourScoresUsed;
    for (let k = 0; k < size; k++) this.neighbourScores[start + k] = this.neighbourScores[classRow + k] + own[k];
    this.neighbourScoresUsed += size;
    return start;
  }

  private growWords(capacity: number): void {
    this.vectors = lengthened(this.vectors, capacity * VECTOR_SIZE);
    this.classes = lengthened(this.classes, capacity);
    this.leftRows = lengthened(this.leftRows, capacity);
    this.rightRows = lengthened(this.rightRows, capacity);
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
