import * as assert from 'node:assert/strict';
import { documentCounts, quoteLabel, speakerGroups } from '../../../src/vscode/model/speakers';
import { articleAnnotations } from '../fixtures';

describe('vscode/model/speakers', () => {
  const annotations = articleAnnotations();

  it('groups quotations by speaker in order of first quotation, unnamed sources last', () => {
    const groups = speakerGroups(annotations);
    assert.deepEqual(groups.map((group) => [group.speaker?.id ?? null, group.quotes.map((quote) => quote.id)]), [
      ['e1', ['q1', 'q2']],
      ['e3', ['q3']],
      [null, ['q4']],
    ]);
  });

  it('names a quotation by its first words', () => {
    const quote = annotations.quotes[0];
    assert.equal(quoteLabel(quote), 'المحادثات كانت مثمرة جدا مع الوفد…');
    assert.equal(quoteLabel(quote, 20), quote.text);
    assert.equal(quoteLabel({ ...quote, text: '  نعم\n  لا ' }), 'نعم لا');
  });

  it('counts entities, quotations and the distinct named speakers', () => {
    assert.deepEqual(documentCounts(annotations), { entities: 3, quotes: 4, speakers: 2 });
  });
});
