import * as assert from 'node:assert/strict';
import { indexOf } from '../../../src/vscode/model/annotationIndex';
import { documentCounts, quoteLabel, quoteSourceDetail, speakerGroups, speakerRow } from '../../../src/vscode/model/speakers';
import { articleAnnotations, t } from '../fixtures';

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

  it('details a quotation by its unnamed source\'s words, its cue and its channel', () => {
    const index = indexOf(annotations);
    const [q1, , , q4] = annotations.quotes;
    assert.equal(quoteSourceDetail({ ...q4, speakerText: 'مصادر مطلعة', via: 'e3' }, index, t),
      `\u2068مصادر مطلعة\u2069 · \u2068${q4.cue?.text}\u2069 · via \u2068وزارة الخارجية\u2069`);
    // A named speaker's description is not shown.
    assert.equal(quoteSourceDetail({ ...q1, speakerText: 'x' }, index, t), `\u2068${q1.cue?.text}\u2069`);
  });

  it('shows a speaker by name first and whole, then the count and the role, each Arabic piece isolated', () => {
    const [putin, , unnamed] = speakerGroups(annotations);
    assert.deepEqual(speakerRow(putin, t), {
      label: '\u2068فلاديمير بوتين\u2069',
      description: '2 · \u2068الرئيس الروسي\u2069',
      tooltip: 'فلاديمير بوتين\nالرئيس الروسي\nQuotations: 2',
    });
    assert.deepEqual(speakerRow(unnamed, t), { label: 'Unnamed sources', description: '1', tooltip: 'Unnamed sources\nQuotations: 1' });
  });

  it('counts entities, quotations and the distinct named speakers', () => {
    assert.deepEqual(documentCounts(annotations), { entities: 3, quotes: 4, speakers: 2 });
  });
});
