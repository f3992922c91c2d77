/** The shipped tagger model (data/ner-model.json), written by scripts/train.ts. */
export const MODEL_FORMAT = 1;

export interface ModelData {
  format: number;
  /** Weights and transitions are integers in units of `quantum`. */
  quantum: number;
  /** (TAG_COUNT + 1) × TAG_COUNT transition scores; the last row is the paragraph start. */
  transitions: number[];
  /** Space-separated words frequent enough in training to have an identity feature. */
  frequentWords: string;
  /** Space-separated words seen inside a name in training. */
  nameWords: string;
  /** Space-separated frequent words that are almost never inside a name. */
  commonWords: string;
  /**
   * Names that were one whole organization mention at every occurrence in training, at least
   * a few times (الزمالك، فرانس برس): `|`-separated, words space-separated.
   */
  organizationNames: string;
  /** Space-separated words seen inside a person's, a place's and an organization's name in training. */
  seenInNames?: { P: string; L: string; O: string };
  /** The `lexiconFingerprint()` of the word lists the model was trained with. */
  lexicons?: string;
  /** One feature a line: `name\tslot value slot value …`, slot = offset × TAG_COUNT + tag. */
  weights: string;
}
