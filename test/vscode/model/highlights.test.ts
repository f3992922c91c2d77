import * as assert from 'node:assert/strict';
import type { Quote, Span } from '../../../src/core/types';
import { SCHEMA_VERSION } from '../../../src/core/types';
import { highlightSpans, rulerSpans } from '../../../src/vscode/model/highlights';
import { articleAnnotations } from '../fixtures';

describe('vscode/model/highlights', () => {
  const annotations = articleAnnotations();
  const all = { person: true, place: true, organization: true, quotation: true };

  it('draws every mention of each kind and every quotation', () => {
    const spans = highlightSpans(annotations, all);
    assert.deepEqual(spans.person.map((span) => span.text), ['فلاديمير بوتين', 'بوتين']);
    assert.deepEqual(spans.place.map((span) => span.text), ['بيونغ يانغ']);
    assert.deepEqual(spans.organization.map((span) => span.text), ['وزارة الخارجية']);
    assert.equal(spans.quotation.length, 4);
  });

  it('draws nothing for a kind switched off, and never draws other names', () => {
    const spans = highlightSpans({ ...annotations, entities: [...annotations.entities, { id: 'o', type: 'other', name: 'x', roles: [], mentions: [{ start: 0, end: 1, text: 'x' }] }] },
      { ...all, person: false, quotation: false });
    assert.deepEqual(spans.person, []);
    assert.deepEqual(spans.quotation, []);
    assert.equal(spans.place.length + spans.organization.length, 2);
  });

  it('draws an entity of 200,000 mentions and as many quotations', function () {
    // A size, not a speed, is checked here (npm run bench times): a loaded machine may take seconds.
    this.timeout(30_000);
    // 'بوتين\n' repeated: too many to spread into one call's arguments.
    const count = 200_000;
    const mentions: Span[] = Array.from({ length: count }, (_, i) => ({ start: i * 6, end: i * 6 + 5, text: 'بوتين' }));
    const quotes: Quote[] = mentions.map((span, i) => ({ ...span, id: `q${i}`, kind: 'direct', speaker: 'e1', cue: null }));
    const spans = highlightSpans({ schema: SCHEMA_VERSION, entities: [{ id: 'e1', type: 'person', name: 'بوتين', roles: [], mentions }], quotes }, all);
    assert.equal(spans.person.length, count);
    assert.equal(spans.person[count - 1], mentions[count - 1]);
    assert.equal(spans.quotation.length, count);
  });

  describe('rulerSpans', () => {
    const spansAt = (starts: number[]): Span[] => starts.map((start) => ({ start, end: start + 2, text: 'ab' }));

    it('keeps every span when there are no more than the ruler shows', () => {
      assert.deepEqual(rulerSpans(spansAt([5, 6, 7]), 1000, 3), spansAt([5, 6, 7]));
    });

    it('keeps one span for each stretch of the text that has any, in any order', () => {
      // A text of 100 in 4 stretches of 25: [0, 25) has 1, 3 and 20; [50, 75) has 60; [75, 100) has 99.
      const kept = rulerSpans(spansAt([20, 3, 1, 60, 99, 61]), 100, 4);
      assert.deepEqual(kept.map((span) => span.start), [20, 60, 99]);
    });

    it('never keeps more than the ruler shows, however many spans', () => {
      const many = spansAt(Array.from({ length: 30_000 }, (_, i) => i * 60));
      const kept = rulerSpans(many, 30_000 * 60);
      assert.ok(kept.length <= 500 && kept.length >= 499, `${kept.length} marks`);
    });
  });
});
