import * as assert from 'node:assert/strict';
import { highlightSpans } from '../../../src/vscode/model/highlights';
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
});
