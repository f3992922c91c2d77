import * as assert from 'assert';
import * as fc from 'fast-check';
import { TAG_COUNT, TAG_INDEX, TAGS, tagSpans, viterbi } from '../../../src/core/entities/sequence';

function decode(rows: Partial<Record<string, number>>[]): string[] {
  const emissions = new Float32Array(rows.length * TAG_COUNT).fill(-10);
  rows.forEach((row, i) => {
    for (const [tag, score] of Object.entries(row)) emissions[i * TAG_COUNT + TAG_INDEX[tag]] = score!;
  });
  const out = new Uint8Array(rows.length);
  viterbi(emissions, new Float32Array((TAG_COUNT + 1) * TAG_COUNT), rows.length, out);
  return Array.from(out, (t) => TAGS[t]);
}

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
    // Scores in eighths add exactly in Float32, so the best total is one number either way.
    const eighths = fc.integer({ min: -40, max: 40 }).map((k) => k / 8);
    const valid = (tags: number[]): boolean => tags.every((t, i) => TAGS[t][0] !== 'I' ||
      (i > 0 && TAGS[tags[i - 1]] !== 'O' && TAGS[tags[i - 1]].slice(2) === TAGS[t].slice(2)));
    const total = (tags: number[], emissions: Float32Array, transitions: Float32Array): number =>
      tags.reduce((sum, t, i) => sum + emissions[i * TAG_COUNT + t] + transitions[(i === 0 ? TAG_COUNT : tags[i - 1]) * TAG_COUNT + t], 0);
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 4 }).chain((n) => fc.tuple(
        fc.array(eighths, { minLength: n * TAG_COUNT, maxLength: n * TAG_COUNT }),
        fc.array(eighths, { minLength: (TAG_COUNT + 1) * TAG_COUNT, maxLength: (TAG_COUNT + 1) * TAG_COUNT }))),
      ([emissionList, transitionList]) => {
        const n = emissionList.length / TAG_COUNT;
        const emissions = Float32Array.from(emissionList);
        const transitions = Float32Array.from(transitionList);
        const out = new Uint8Array(n);
        viterbi(emissions, transitions, n, out);
        let best = -Infinity;
        for (let code = 0; code < TAG_COUNT ** n; code++) {
          const tags = Array.from({ length: n }, (_, i) => Math.floor(code / TAG_COUNT ** i) % TAG_COUNT);
          if (valid(tags)) best = Math.max(best, total(tags, emissions, transitions));
        }
        assert.ok(valid([...out]), [...out].map((t) => TAGS[t]).join(' '));
        assert.strictEqual(total([...out], emissions, transitions), best);
      }), { seed: 20261127, numRuns: 200 });
  });

  it('cuts tag runs into typed spans, a B- starting a new one', () => {
    const tags = ['B-LOC', 'I-LOC', 'B-LOC', 'O', 'B-ORG'].map((t) => TAG_INDEX[t]);
    assert.deepStrictEqual(tagSpans(tags, tags.length), [[0, 2, 'LOC'], [2, 3, 'LOC'], [4, 5, 'ORG']]);
  });
});
