import * as assert from 'assert';
import { readFileSync } from 'fs';
import { resolve } from 'path';
import { analyze } from '../../../src/core/analyze';
import { MentionMargin, mentionMargins } from '../../../src/core/entities/margins';
import { MentionCandidate } from '../../../src/core/entities/tagger';
import { Entity } from '../../../src/core/types';

const SAMPLE = readFileSync(resolve(__dirname, '..', '..', '..', '..', 'seeds', 'sample-article.txt'), 'utf8');

const candidate = (start: number, end: number, margin?: number): MentionCandidate =>
  ({ start, end, type: 'person', firstToken: 0, endToken: 0, ...(margin === undefined ? {} : { margin }) });
const entity = (id: string, ...spans: [number, number][]): Entity =>
  ({ id, type: 'person', name: id, roles: [], mentions: spans.map(([start, end]) => ({ start, end, text: '' })) });

describe('core/entities/margins', () => {
  it("gives a mention the smallest margin of the tagger's mentions it overlaps, and none to a mention the tagger did not tag", () => {
    const candidates = [candidate(0, 5, 30), candidate(6, 10, 4), candidate(12, 15, 50), candidate(20, 25), candidate(30, 34, 7)];
    // [0, 10) was extended over two tagged names; [12, 14) trimmed; [20, 25) untagged (a speech verb's subject); [40, 45) a lexicon name.
    const entities = [entity('a', [12, 14], [40, 45]), entity('b', [0, 10], [20, 25], [30, 34])];
    assert.deepStrictEqual(mentionMargins(entities, candidates), [
      { start: 0, end: 10, margin: 4 }, { start: 12, end: 14, margin: 50 }, { start: 30, end: 34, margin: 7 },
    ]);
  });

  it('leaves the annotations as they are when asked for, and gives margins to mentions of them only', () => {
    const margins: MentionMargin[] = [];
    const annotations = analyze(SAMPLE, undefined, margins);
    assert.deepStrictEqual(annotations, analyze(SAMPLE));
    const mentions = new Set(annotations.entities.flatMap((e) => e.mentions.map((m) => `${m.start}:${m.end}`)));
    assert.ok(margins.length > 0 && margins.length <= mentions.size);
    for (const { start, end, margin } of margins) {
      assert.ok(mentions.has(`${start}:${end}`), SAMPLE.slice(start, end));
      assert.ok(margin >= 0 && Number.isFinite(margin));
    }
    // Of the sample's names, the tagger is sure of ديمتري بيسكوف and much less of بيونغ يانغ.
    const marginOf = (name: string): number => Math.min(...margins.filter((m) => SAMPLE.slice(m.start, m.end) === name).map((m) => m.margin));
    assert.ok(marginOf('ديمتري بيسكوف') > 50, String(marginOf('ديمتري بيسكوف')));
    assert.ok(marginOf('بيونغ يانغ') < 10, String(marginOf('بيونغ يانغ')));
  });
});
