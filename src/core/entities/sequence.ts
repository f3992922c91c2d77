/**
 * The BIO tag set and Viterbi decoding shared by training (scripts/train.ts) and tagging.
 * Emission scores are laid out token-major: `emissions[i * TAG_COUNT + tag]`. Transition scores
 * are `transitions[prev * TAG_COUNT + tag]`, with prev === TAG_COUNT meaning the paragraph start.
 */

export const TAGS = ['O', 'B-PERS', 'I-PERS', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'] as const;
export type Tag = (typeof TAGS)[number];
export const TAG_COUNT = TAGS.length;
/**
 * Relative positions whose word contributes to a token's emission scores: ±1 scores as well as
 * ±2 on the development split, with fewer additions per token and a smaller model.
 */
export const WINDOW = 1;
export const OFFSET_COUNT = 2 * WINDOW + 1;
/** Length of one word type's folded score vector: one row of tag scores per relative position. */
export const VECTOR_SIZE = OFFSET_COUNT * TAG_COUNT;

export const TAG_INDEX: Record<string, number> = Object.fromEntries(TAGS.map((t, i) => [t, i]));

/**
 * The BIO constraint: an I- tag only continues a B- or I- tag of its type, and never starts a
 * paragraph. For an I- tag, the index of that B- tag; -1 for the tags anything may precede (O, B-).
 */
const CONTINUES: Int8Array = Int8Array.from(TAGS, (tag) => (tag[0] === 'I' ? TAGS.indexOf(`B-${tag.slice(2)}` as Tag) : -1));

/**
 * Scratch buffers reused across calls (decoding is synchronous). Only the scores of the
 * previous token are kept, as doubles rounded to Float32 at each step (Math.fround): the
 * shipped weights were learnt with decoding that kept Float32 scores, and the tags stay the
 * same to the bit.
 */
let backBuffer = new Uint8Array(0);
let previousScores = new Float64Array(TAG_COUNT);
let currentScores = new Float64Array(TAG_COUNT);

/** Best tag sequence under BIO constraints; `out` receives one tag index per token. */
export function viterbi(emissions: Float32Array, transitions: Float32Array, n: number, out: Uint8Array): void {
  if (n === 0) return;
  if (backBuffer.length < n * TAG_COUNT) backBuffer = new Uint8Array(2 * n * TAG_COUNT);
  const back = backBuffer;
  let previous = previousScores;
  let current = currentScores;
  const start = TAG_COUNT * TAG_COUNT;
  for (let t = 0; t < TAG_COUNT; t++) previous[t] = CONTINUES[t] < 0 ? Math.fround(emissions[t] + transitions[start + t]) : -Infinity;
  for (let i = 1; i < n; i++) {
    const row = i * TAG_COUNT;
    for (let t = 0; t < TAG_COUNT; t++) {
      // Predecessors in ascending order, a later one only if strictly better: ties go to the first.
      const from = CONTINUES[t];
      let arg: number;
      let best: number;
      if (from >= 0) {
        arg = from;
        best = previous[from] + transitions[from * TAG_COUNT + t];
        const own = previous[t] + transitions[t * TAG_COUNT + t];
        if (own > best) { best = own; arg = t; }
      } else {
        arg = 0;
        best = previous[0] + transitions[t];
        for (let p = 1; p < TAG_COUNT; p++) {
          const s = previous[p] + transitions[p * TAG_COUNT + t];
          if (s > best) { best = s; arg = p; }
        }
      }
      current[t] = Math.fround(best + emissions[row + t]);
      back[row + t] = arg;
    }
    [previous, current] = [current, previous];
  }
  let arg = 0;
  for (let t = 1; t < TAG_COUNT; t++) if (previous[t] > previous[arg]) arg = t;
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * TAG_COUNT + arg];
  }
  previousScores = previous;
  currentScores = current;
}

/** The tags anything may precede (O and the B- tags), and for each tag the I- tag that may follow it (-1 after O). */
const OPENING_TAGS = Int8Array.from(TAGS.map((_, t) => t).filter((t) => CONTINUES[t] < 0));
const INSIDE_AFTER = Int8Array.from(TAGS, (tag) => (tag === 'O' ? -1 : TAG_INDEX[`I-${tag.slice(2)}`]));

/** Backward scores of the row after the current one, and of the current one (see maxMarginals). */
let laterScores = new Float64Array(TAG_COUNT);
let rowScores = new Float64Array(TAG_COUNT);

/**
 * Max-marginals: `out[i * TAG_COUNT + t]` receives the score of the best valid tag sequence that
 * gives token i tag t (-Infinity where BIO allows none), from a forward and a backward pass of
 * the Viterbi recursion in max-product form. In doubles, unrounded: what they measure is how far
 * apart two sequences score, not which one Viterbi picks (its tags are computed apart).
 */
export function maxMarginals(emissions: Float32Array, transitions: Float32Array, n: number, out: Float64Array): void {
  if (n === 0) return;
  const start = TAG_COUNT * TAG_COUNT;
  // Forward: the best score of a sequence of tokens 0..i that ends in tag t, emission included.
  for (let t = 0; t < TAG_COUNT; t++) out[t] = CONTINUES[t] < 0 ? emissions[t] + transitions[start + t] : -Infinity;
  for (let i = 1; i < n; i++) {
    const row = i * TAG_COUNT;
    const before = row - TAG_COUNT;
    for (let t = 0; t < TAG_COUNT; t++) {
      // As in viterbi: an I- tag has two possible predecessors, any other tag all of them.
      let best: number;
      const from = CONTINUES[t];
      if (from >= 0) {
        best = Math.max(out[before + from] + transitions[from * TAG_COUNT + t], out[before + t] + transitions[t * TAG_COUNT + t]);
      } else {
        best = -Infinity;
        for (let p = 0; p < TAG_COUNT; p++) {
          const score = out[before + p] + transitions[p * TAG_COUNT + t];
          if (score > best) best = score;
        }
      }
      out[row + t] = best + emissions[row + t];
    }
  }
  // Backward: the best score of tokens i+1..n-1 after tag t at token i, added to the forward score.
  let later = laterScores.fill(0);
  let current = rowScores;
  for (let i = n - 2; i >= 0; i--) {
    const next = (i + 1) * TAG_COUNT;
    // The next token's own scores from each of its tags on: its emission and what follows it.
    for (let u = 0; u < TAG_COUNT; u++) {
      out[next + u] += later[u];
      later[u] += emissions[next + u];
    }
    for (let t = 0; t < TAG_COUNT; t++) {
      const inside = INSIDE_AFTER[t];
      let best = inside < 0 ? -Infinity : transitions[t * TAG_COUNT + inside] + later[inside];
      for (let k = 0; k < OPENING_TAGS.length; k++) {
        const u = OPENING_TAGS[k];
        const score = transitions[t * TAG_COUNT + u] + later[u];
        if (score > best) best = score;
      }
      current[t] = best;
    }
    [later, current] = [current, later];
  }
  for (let t = 0; t < TAG_COUNT; t++) out[t] += later[t];
  laterScores = later;
  rowScores = current;
}

/**
 * How much better the best tag sequence scores than the best one that does not tag tokens
 * [first, end) exactly as one name of `type` (PERS, LOC …): B- at first, I- up to end, and no I-
 * after it. A sequence that does not deviates at one of those tokens, so the best such score is
 * the highest max-marginal of a deviating tag there. 0 when the name is not the best reading.
 */
export function spanMargin(marginals: Float64Array, n: number, first: number, end: number, type: string): number {
  const begin = TAG_INDEX[`B-${type}`];
  const inside = TAG_INDEX[`I-${type}`];
  let best = -Infinity;
  for (let t = 0; t < TAG_COUNT; t++) best = Math.max(best, marginals[first * TAG_COUNT + t]);
  let rival = -Infinity;
  for (let i = first; i <= end && i < n; i++) {
    const expected = i === first ? begin : i < end ? inside : -1;
    for (let t = 0; t < TAG_COUNT; t++) {
      const deviates = i < end ? t !== expected : t === inside;
      if (deviates) rival = Math.max(rival, marginals[i * TAG_COUNT + t]);
    }
  }
  return Math.max(0, best - rival);
}

/** Maximal [first, end, type] runs of a BIO tag sequence (type without the B-/I- prefix). */
export function tagSpans(tags: ArrayLike<number>, n: number): [number, number, string][] {
  const spans: [number, number, string][] = [];
  let i = 0;
  while (i < n) {
    const tag = TAGS[tags[i]];
    if (tag === 'O') { i++; continue; }
    const type = tag.slice(2);
    let j = i + 1;
    while (j < n && TAGS[tags[j]] === 'I-' + type) j++;
    spans.push([i, j, type]);
    i = j;
  }
  return spans;
}
