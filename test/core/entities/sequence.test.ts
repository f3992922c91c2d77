import * as assert from 'assert';
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

  it('cuts tag runs into typed spans, a B- starting a new one', () => {
    const tags = ['B-LOC', 'I-LOC', 'B-LOC', 'O', 'B-ORG'].map((t) => TAG_INDEX[t]);
    assert.deepStrictEqual(tagSpans(tags, tags.length), [[0, 2, 'LOC'], [2, 3, 'LOC'], [4, 5, 'ORG']]);
  });
});
