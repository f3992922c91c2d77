import * as assert from 'node:assert/strict';
import { SCHEMA_VERSION } from '../../src/core/types';
import type { Entity, Quote } from '../../src/core/types';
import type { AnalyzerResult } from '../../src/vscode/model/analysisCache';
import { fromPieces, toPieces } from '../../src/vscode/workerProtocol';

function result(entityMentions: number[], quoteCount: number): AnalyzerResult {
  const entities: Entity[] = entityMentions.map((count, i) => ({
    id: `e${i}`, type: 'person', name: `اسم${i}`, roles: [],
    mentions: Array.from({ length: count }, (_, k) => ({ start: k * 10, end: k * 10 + 4, text: `اسم${i}` })),
  }));
  const quotes: Quote[] = Array.from({ length: quoteCount }, (_, k) => ({ id: `q${k}`, kind: 'direct', start: k, end: k + 1, text: 'ك', speaker: null, cue: null }));
  return { annotations: { schema: SCHEMA_VERSION, entities, quotes }, uncertainQuotes: ['q1'], uncertainMentions: ['0:4'] };
}

describe('vscode/workerProtocol', () => {
  it('sends a result as pieces of JSON and gives the same result back, one piece per turn', async () => {
    const sent = result([1500, 3, 400, 700, 2], 2500);
    const pieces = toPieces(sent);
    // The 1,500 mentions alone; 3 + 400 together; 700 + 2 together; quotations in 1,000s.
    assert.deepEqual([pieces.entities.length, pieces.quotes.length], [3, 3]);
    let turns = 0;
    const received = await fromPieces(pieces, async () => {
      turns++;
    });
    assert.deepEqual(received, sent);
    assert.equal(turns, 6);
  });

  it('gives back an empty result', async () => {
    const sent = result([], 0);
    assert.deepEqual(await fromPieces(toPieces(sent), async () => undefined), sent);
  });
});
