import * as assert from 'node:assert/strict';
import { correctedSpans, sameAsChoices, speakerChoices, trimmedSpan } from '../../../src/vscode/model/correctionChoices';
import { ARTICLE, articleAnnotations, spanOf } from '../fixtures';

describe('vscode/model/correctionChoices', () => {
  const annotations = articleAnnotations();
  const quote = (id: string) => annotations.quotes.find((q) => q.id === id)!;

  it('offers the speakers of the article first, nearest first, then other people and organizations', () => {
    // q4 (محللون …) is last: the ministry, quoted just before, is nearer than Putin.
    const { speakers, others } = speakerChoices(annotations, quote('q4'));
    assert.deepEqual(speakers.map((choice) => choice.entity.id), ['e3', 'e1']);
    assert.deepEqual(others, []);
  });

  it('names a speaker by its mention nearest before the quotation, not one inside it', () => {
    const { speakers } = speakerChoices(annotations, quote('q2'));
    const putin = speakers.find((choice) => choice.entity.id === 'e1')!;
    assert.deepEqual(putin.mention, spanOf(ARTICLE, 'بوتين', 1));
  });

  it('lists a person or organization that says nothing among the others, and never a place', () => {
    const silent = { ...annotations, quotes: annotations.quotes.filter((q) => q.speaker !== 'e3') };
    const { speakers, others } = speakerChoices(silent, quote('q1'));
    assert.deepEqual(speakers.map((choice) => choice.entity.id), ['e1']);
    assert.deepEqual(others.map((choice) => choice.entity.id), ['e3']);
  });

  it('offers the other entities for "same as", its own kind first', () => {
    const putin = annotations.entities.find((entity) => entity.id === 'e1')!;
    const choices = sameAsChoices(annotations, putin, putin.mentions[1]);
    assert.deepEqual(choices.map((choice) => choice.entity.id), ['e2', 'e3']);
    const withPerson = { ...annotations, entities: [...annotations.entities, { ...annotations.entities[0], id: 'e9', type: 'person' as const }] };
    assert.equal(sameAsChoices(withPerson, putin, putin.mentions[1])[0].entity.id, 'e9');
  });

  it('trims the spaces and punctuation a selection caught at its ends', () => {
    const start = ARTICLE.indexOf('وزارة الخارجية') - 1;
    assert.deepEqual(trimmedSpan(ARTICLE, start, start + 1 + 'وزارة الخارجية'.length), spanOf(ARTICLE, 'وزارة الخارجية'));
    const comma = ARTICLE.indexOf(': «');
    assert.equal(trimmedSpan(ARTICLE, comma, comma + 1), undefined);
  });

  it('marks what a correction decided: a mention, every mention of an entity set by hand, a quotation', () => {
    const decided = articleAnnotations();
    decided.entities.find((entity) => entity.id === 'e2')!.mentions[0].by = 'user';
    decided.entities.find((entity) => entity.id === 'e1')!.by = 'user';
    decided.quotes.find((q) => q.id === 'q3')!.by = 'user';
    assert.deepEqual(correctedSpans(decided).map((span) => span.text), ['فلاديمير بوتين', 'بوتين', 'بيونغ يانغ', quote('q3').text]);
    assert.deepEqual(correctedSpans(annotations), []);
  });
});
