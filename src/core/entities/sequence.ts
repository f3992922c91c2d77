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

/** An I- tag may only continue a B- or I- tag of the same type. */
function allowed(prev: number, tag: number): boolean {
  if (TAGS[tag][0] !== 'I') return true;
  if (prev === TAG_COUNT) return false;
  return TAGS[prev] !== 'O' && TAGS[prev].slice(2) === TAGS[tag].slice(2);
}

const ALLOWED: boolean[] = [];
for (let p = 0; p <= TAG_COUNT; p++) for (let t = 0; t < TAG_COUNT; t++) ALLOWED.push(allowed(p, t));

/** For each tag, the tags allowed before it (an I- tag has only two). */
const PREDECESSORS: Uint8Array[] = Array.from({ length: TAG_COUNT }, (_, t) =>
  Uint8Array.from({ length: TAG_COUNT }, (_, p) => p).filter((p) => ALLOWED[p * TAG_COUNT + t]));

/** Scratch buffers reused across calls (decoding is synchronous). */
let scoreBuffer = new Float32Array(0);
let backBuffer = new Uint8Array(0);

/** Best tag sequence under BIO constraints; `out` receives one tag index per token. */
export function viterbi(emissions: Float32Array, transitions: Float32Array, n: number, out: Uint8Array): void {
  if (n === 0) return;
  if (scoreBuffer.length < n * TAG_COUNT) {
    scoreBuffer = new Float32Array(2 * n * TAG_COUNT);
    backBuffer = new Uint8Array(2 * n * TAG_COUNT);
  }
  const score = scoreBuffer;
  const back = backBuffer;
  const start = TAG_COUNT * TAG_COUNT;
  for (let t = 0; t < TAG_COUNT; t++) score[t] = ALLOWED[start + t] ? emissions[t] + transitions[start + t] : -Infinity;
  for (let i = 1; i < n; i++) {
    const row = i * TAG_COUNT;
    const prevRow = row - TAG_COUNT;
    for (let t = 0; t < TAG_COUNT; t++) {
      const before = PREDECESSORS[t];
      let arg = before[0];
      let best = score[prevRow + arg] + transitions[arg * TAG_COUNT + t];
      for (let k = 1; k < before.length; k++) {
        const p = before[k];
        const s = score[prevRow + p] + transitions[p * TAG_COUNT + t];
        if (s > best) { best = s; arg = p; }
      }
      score[row + t] = best + emissions[row + t];
      back[row + t] = arg;
    }
  }
  let arg = 0;
  const last = (n - 1) * TAG_COUNT;
  for (let t = 1; t < TAG_COUNT; t++) if (score[last + t] > score[last + arg]) arg = t;
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * TAG_COUNT + arg];
  }
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
