import * as assert from 'assert';
import { readFileSync } from 'fs';
import { resolve } from 'path';
import { jsonPieces } from '../../src/cli/json-pieces';
import { analyze, SpeakerExplanation } from '../../src/core/index';

const SAMPLE = readFileSync(resolve(__dirname, '..', '..', '..', 'seeds', 'sample-article.txt'), 'utf8');

describe('cli/json-pieces', () => {
  const same = (value: object) => assert.strictEqual([...jsonPieces(value)].join(''), JSON.stringify(value, null, 2));

  it('writes exactly what JSON.stringify(value, null, 2) writes', () => {
    const explanations: SpeakerExplanation[] = [];
    const annotations = analyze(SAMPLE, explanations);
    same(annotations);
    same({ ...annotations, explanations });
    same(analyze(''));
    same({});
    same({ a: undefined, b: () => 1, c: [undefined, 'x\n"y"', 2, null, { d: [] }], e: { f: 'g' }, h: 'line\nbreak' });
  });

  it('gives each element of a top-level array its own piece', () => {
    const annotations = analyze(SAMPLE);
    const pieces = [...jsonPieces(annotations)];
    assert.ok(pieces.length >= annotations.entities.length + annotations.quotes.length);
    const longest = Math.max(...pieces.map((piece) => piece.length));
    assert.ok(longest < JSON.stringify(annotations, null, 2).length / 10, `a piece of ${longest} characters`);
  });
});
