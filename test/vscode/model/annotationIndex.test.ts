import * as assert from 'node:assert/strict';
import { definingMention, indexOf, otherForms } from '../../../src/vscode/model/annotationIndex';
import { ARTICLE, articleAnnotations, spanOf } from '../fixtures';

describe('vscode/model/annotationIndex', () => {
  const annotations = articleAnnotations();
  const index = indexOf(annotations);

  it('finds the mention under a character, and none just after it', () => {
    const putin = spanOf(ARTICLE, 'فلاديمير بوتين');
    assert.equal(index.mentionAt(putin.start)?.entity.id, 'e1');
    assert.equal(index.mentionAt(putin.end - 1)?.entity.id, 'e1');
    assert.equal(index.mentionAt(putin.end), undefined);
    assert.equal(index.mentionAt(spanOf(ARTICLE, 'بيونغ').start + 2)?.entity.id, 'e2');
    assert.equal(index.mentionAt(0), undefined);
  });

  it('takes a cursor right after a name as on the name', () => {
    const ministry = spanOf(ARTICLE, 'وزارة الخارجية');
    assert.equal(index.mentionAtCursor(ministry.end)?.entity.id, 'e3');
    assert.equal(index.mentionAtCursor(ministry.end + 1), undefined);
  });

  it('finds the quotation around a character, also when a name is inside it', () => {
    const inside = spanOf(ARTICLE, 'بيونغ');
    assert.equal(index.quoteAt(inside.start)?.id, 'q2');
    assert.equal(index.quoteAt(spanOf(ARTICLE, 'مهمة').start)?.id, 'q3');
    assert.equal(index.quoteAt(spanOf(ARTICLE, 'ورأى').start), undefined);
  });

  it('lists a speaker’s quotations in text order', () => {
    assert.deepEqual(index.quotesBy('e1').map((quote) => quote.id), ['q1', 'q2']);
    assert.deepEqual(index.quotesBy('e2'), []);
  });

  it('defines an entity at its first full mention, even when a shorter one comes first', () => {
    const entity = { id: 'x', type: 'person' as const, name: 'كيم جونغ أون', roles: [], mentions: [
      { start: 0, end: 3, text: 'كيم' }, { start: 10, end: 22, text: 'كيم جونغ أون' }, { start: 30, end: 33, text: 'كيم' },
    ] };
    assert.equal(definingMention(entity)?.start, 10);
    assert.deepEqual(otherForms(entity), ['كيم']);
    const withoutFullForm = { ...entity, name: 'الزعيم كيم جونغ أون' };
    assert.equal(definingMention(withoutFullForm)?.start, 10, 'the longest mention stands in for the name');
  });
});
