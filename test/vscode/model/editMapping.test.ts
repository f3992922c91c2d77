import * as assert from 'node:assert/strict';
import type { Annotations, Span } from '../../../src/core/types';
import { FollowedAnnotations, mapAnnotations, mapSpan, TextEdit } from '../../../src/vscode/model/editMapping';
import { ARTICLE, articleAnnotations, spanOf } from '../fixtures';

/** The text after the edits, applied one after another as VS Code reports them. */
function applyEdits(text: string, edits: { start: number; end: number; text: string }[]): string {
  return edits.reduce((result, edit) => result.slice(0, edit.start) + edit.text + result.slice(edit.end), text);
}

function editsOf(edits: { start: number; end: number; text: string }[]): TextEdit[] {
  return edits.map(({ start, end, text }) => ({ start, end, insertedLength: text.length }));
}

/** Every span of the annotations, checked to cover its own text in `text`. */
function assertSpansCoverTheirText(annotations: Annotations, text: string): void {
  const spans: Span[] = [
    ...annotations.entities.flatMap((entity) => entity.mentions),
    ...annotations.quotes.flatMap((quote) => (quote.cue ? [quote, quote.cue] : [quote])),
  ];
  for (const span of spans) assert.equal(text.slice(span.start, span.end), span.text);
}

describe('vscode/model/editMapping', () => {
  const span = { start: 10, end: 15, text: 'abcde' };

  it('leaves a span before an edit unchanged, also one that ends where the edit starts', () => {
    assert.equal(mapSpan(span, [{ start: 20, end: 22, insertedLength: 7 }]), span);
    assert.equal(mapSpan(span, [{ start: 15, end: 15, insertedLength: 1 }]), span);
  });

  it('shifts a span after an edit by what the edit added or removed', () => {
    assert.deepEqual(mapSpan(span, [{ start: 2, end: 4, insertedLength: 5 }]), { ...span, start: 13, end: 18 });
    assert.deepEqual(mapSpan(span, [{ start: 2, end: 10, insertedLength: 0 }]), { ...span, start: 2, end: 7 });
    assert.deepEqual(mapSpan(span, [{ start: 10, end: 10, insertedLength: 1 }]), { ...span, start: 11, end: 16 });
  });

  it('drops a span an edit touches: inside, across an edge, or around it', () => {
    for (const edit of [
      { start: 12, end: 12, insertedLength: 1 },
      { start: 12, end: 13, insertedLength: 0 },
      { start: 8, end: 11, insertedLength: 3 },
      { start: 14, end: 20, insertedLength: 0 },
      { start: 5, end: 25, insertedLength: 2 },
    ]) assert.equal(mapSpan(span, [edit]), undefined, JSON.stringify(edit));
  });

  it('applies the edits one after another: the second is in the text the first left', () => {
    // Insert 3 before the span (it moves to 13..18), then delete 2 right before it in the new text.
    assert.deepEqual(mapSpan(span, [{ start: 0, end: 0, insertedLength: 3 }, { start: 11, end: 13, insertedLength: 0 }]), { ...span, start: 11, end: 16 });
    assert.equal(mapSpan(span, [{ start: 0, end: 0, insertedLength: 3 }, { start: 14, end: 14, insertedLength: 1 }]), undefined);
  });

  it('moves an analysis onto the edited text: names and quotations after the edit still cover their words', () => {
    const before = spanOf(ARTICLE, 'وأضاف');
    const edits = [{ start: before.start, end: before.start, text: 'ثم ' }, { start: 0, end: 0, text: 'تقرير: ' }];
    const edited = applyEdits(ARTICLE, edits);
    const mapped = mapAnnotations(articleAnnotations(), editsOf(edits));
    assertSpansCoverTheirText(mapped, edited);
    assert.equal(mapped.entities.flatMap((entity) => entity.mentions).length, articleAnnotations().entities.flatMap((entity) => entity.mentions).length);
    assert.deepEqual(mapped.quotes.map((quote) => quote.id), ['q1', 'q2', 'q3', 'q4']);
  });

  it('drops a touched mention, an entity left without one, and the quotations it said', () => {
    const ministry = spanOf(ARTICLE, 'وزارة');
    const edits = [{ start: ministry.start + 2, end: ministry.start + 3, text: '' }];
    const mapped = mapAnnotations(articleAnnotations(), editsOf(edits));
    assertSpansCoverTheirText(mapped, applyEdits(ARTICLE, edits));
    assert.deepEqual(mapped.entities.map((entity) => entity.id).sort(), ['e1', 'e2']);
    assert.deepEqual(mapped.quotes.map((quote) => quote.id), ['q1', 'q2', 'q4']);
  });

  it('drops a quotation whose words or cue were edited, and keeps its speaker', () => {
    const cue = spanOf(ARTICLE, 'ورأى');
    const inside = spanOf(ARTICLE, 'مثمرة');
    const edits = [{ start: cue.start + 1, end: cue.start + 1, text: 'ا' }, { start: inside.start, end: inside.end, text: 'جيدة' }];
    const mapped = mapAnnotations(articleAnnotations(), editsOf(edits));
    assertSpansCoverTheirText(mapped, applyEdits(ARTICLE, edits));
    assert.deepEqual(mapped.quotes.map((quote) => quote.id), ['q2', 'q3']);
    assert.ok(mapped.entities.some((entity) => entity.id === 'e1'));
  });

  describe('FollowedAnnotations', () => {
    const name = spanOf(ARTICLE, 'فلاديمير بوتين');
    const putinAt = (annotations: Annotations | undefined) => annotations?.entities.find((entity) => entity.id === 'e1')?.mentions[0].start;

    it('answers for each version reached one edit event after another', () => {
      const followed = new FollowedAnnotations(3, articleAnnotations());
      assert.equal(putinAt(followed.at(3)), name.start);
      followed.record(4, [{ start: 0, end: 0, insertedLength: 2 }]);
      followed.record(5, [{ start: 0, end: 1, insertedLength: 0 }]);
      assert.equal(putinAt(followed.at(5)), name.start + 1);
      followed.record(6, [{ start: 0, end: 0, insertedLength: 4 }]);
      assert.equal(putinAt(followed.at(6)), name.start + 5);
    });

    it('answers nothing for a version it cannot reach: an event missed or a version passed', () => {
      const followed = new FollowedAnnotations(3, articleAnnotations());
      followed.record(5, [{ start: 0, end: 0, insertedLength: 2 }]);
      assert.equal(followed.at(5), undefined);
      const next = new FollowedAnnotations(3, articleAnnotations());
      next.record(4, [{ start: 0, end: 0, insertedLength: 2 }]);
      assert.ok(next.at(4));
      assert.equal(next.at(3), undefined);
    });
  });
});
