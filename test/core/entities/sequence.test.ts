import * as assert from 'assert';
import * as fc from 'fast-check';
import { maxMarginals, spanMargin, TAG_COUNT, TAG_INDEX, TAGS, tagSpans, viterbi } from '../../../src/core/entities/sequence';

function decode(rows: Partial<Record<string, number>>[]): string[] {
  const emissions = new Float32Array(rows.length * TAG_COUNT).fill(-10);
  rows.forEach((row, i) => {
    for (const [tag, score] of Object.entries(row)) emissions[i * TAG_COUNT + TAG_INDEX[tag]] = score!;
  });
  const out = new Uint8Array(rows.length);
  viterbi(emissions, new Float32Array((TAG_COUNT + 1) * TAG_COUNT), rows.length, out);
  return Array.from(out, (t) => TAGS[t]);
}

// Scores in eighths add exactly in Float32 and in doubles, so a best total is one number whichever way it is summed.
const eighths = fc.integer({ min: -40, max: 40 }).map((k) => k / 8);

/** Emissions, transitions and the token count of a random model over one to four tokens. */
const smallModel = fc.integer({ min: 1, max: 4 }).chain((n) => fc.tuple(
  fc.array(eighths, { minLength: n * TAG_COUNT, maxLength: n * TAG_COUNT }).map((list) => Float32Array.from(list)),
  fc.array(eighths, { minLength: (TAG_COUNT + 1) * TAG_COUNT, maxLength: (TAG_COUNT + 1) * TAG_COUNT }).map((list) => Float32Array.from(list)),
  fc.constant(n)));

const valid = (tags: number[]): boolean => tags.every((t, i) => TAGS[t][0] !== 'I' ||
  (i > 0 && TAGS[tags[i - 1]] !== 'O' && TAGS[tags[i - 1]].slice(2) === TAGS[t].slice(2)));

/** Every tag sequence of n tokens that BIO allows. */
function* validSequences(n: number): Generator<number[]> {
  for (let code = 0; code < TAG_COUNT ** n; code++) {
    const tags = Array.from({ length: n }, (_, i) => Math.floor(code / TAG_COUNT ** i) % TAG_COUNT);
    if (valid(tags)) yield tags;
  }
}

const total = (tags: number[], emissions: Float32Array, transitions: Float32Array): number =>
  tags.reduce((sum, t, i) => sum + emissions[i * TAG_COUNT + t] + transitions[(i === 0 ? TAG_COUNT : tags[i - 1]) * TAG_COUNT + t], 0);

describe('core/entities/sequence', () => {
  it('decodes the best-scoring tags when they form valid BIO', () => {
    assert.deepStrictEqual(decode([{ O: 1 }, { 'B-PERS': 2 }, { 'I-PERS': 2 }, { O: 1 }]), ['O', 'B-PERS', 'I-PERS', 'O']);
  });

  it('never lets an I- tag start a name or continue another type', () => {
    // The emission alone prefers I-LOC after O and I-ORG after B-PERS; BIO forbids both.
    const tags = decode([{ O: 1, 'I-LOC': 3 }, { 'B-PERS': 2 }, { 'I-ORG': 5, 'I-PERS': 1 }]);
    for (let i = 0; i < tags.length; i++) {
      if (tags[i][0] !== 'I') continue;
      assert.ok(i > 0 && tags[i - 1] !== 'O' && tags[i - 1].slice(2) === tags[i].slice(2), tags.join(' '));
    }
    assert.deepStrictEqual(tags, ['O', 'B-PERS', 'I-PERS']);
  });

  it('finds a best-scoring valid sequence, as an exhaustive search does', () => {
    fc.assert(fc.property(smallModel, ([emissions, transitions, n]) => {
      const out = new Uint8Array(n);
      viterbi(emissions, transitions, n, out);
      let best = -Infinity;
      for (const tags of validSequences(n)) best = Math.max(best, total(tags, emissions, transitions));
      assert.ok(valid([...out]), [...out].map((t) => TAGS[t]).join(' '));
      assert.strictEqual(total([...out], emissions, transitions), best);
    }), { seed: 20261127, numRuns: 200 });
  });

  it('gives each token and tag the best score of a sequence through it, as an exhaustive search does', () => {
    fc.assert(fc.property(smallModel, ([emissions, transitions, n]) => {
      const marginals = new Float64Array(n * TAG_COUNT);
      maxMarginals(emissions, transitions, n, marginals);
      const expected = new Float64Array(n * TAG_COUNT).fill(-Infinity);
      for (const tags of validSequences(n)) {
        const score = total(tags, emissions, transitions);
        tags.forEach((t, i) => { expected[i * TAG_COUNT + t] = Math.max(expected[i * TAG_COUNT + t], score); });
      }
      assert.deepStrictEqual([...marginals], [...expected]);
    }), { seed: 20261208, numRuns: 200 });
  });

  it('measures a name by how far the best sequence without it exactly scores below the best one, as an exhaustive search does', () => {
    const span = smallModel.chain(([emissions, transitions, n]) => fc.tuple(
      fc.constant(emissions), fc.constant(transitions), fc.constant(n),
      fc.integer({ min: 0, max: n - 1 }).chain((first) => fc.tuple(fc.constant(first), fc.integer({ min: first + 1, max: n }))),
      fc.constantFrom('PERS', 'LOC', 'ORG', 'MISC')));
    fc.assert(fc.property(span, ([emissions, transitions, n, [first, end], type]) => {
      const marginals = new Float64Array(n * TAG_COUNT);
      maxMarginals(emissions, transitions, n, marginals);
      const exactly = (tags: number[]): boolean => tags[first] === TAG_INDEX[`B-${type}`] &&
        tags.slice(first + 1, end).every((t) => t === TAG_INDEX[`I-${type}`]) && (end === n || tags[end] !== TAG_INDEX[`I-${type}`]);
      let best = -Infinity;
      let without = -Infinity;
      for (const tags of validSequences(n)) {
        const score = total(tags, emissions, transitions);
        best = Math.max(best, score);
        if (!exactly(tags)) without = Math.max(without, score);
      }
      assert.strictEqual(spanMargin(marginals, n, first, end, type), Math.max(0, best - without));
    }), { seed: 20261209, numRuns: 300 });
  });

  it('cuts tag runs into typed spans, a B- starting a new one', () => {
    const tags = ['B-LOC', 'I-LOC', 'B-LOC', 'O', 'B-ORG'].map((t) => TAG_INDEX[t]);
    assert.deepStrictEqual(tagSpans(tags, tags.length), [[0, 2, 'LOC'], [2, 3, 'LOC'], [4, 5, 'ORG']]);
  });
});
