import * as assert from 'node:assert/strict';
import { indexOf } from '../../../src/vscode/model/annotationIndex';
import { adjacentSpan } from '../../../src/vscode/model/quoteNavigation';
import { articleAnnotations } from '../fixtures';

describe('vscode/model/quoteNavigation', () => {
  const quotes = indexOf(articleAnnotations()).quotes;
  const [q1, q2, q3, q4] = quotes;

  it('moves forward to the next quotation start and wraps to the first', () => {
    assert.equal(adjacentSpan(quotes, 0, 'next'), q1);
    assert.equal(adjacentSpan(quotes, q1.start, 'next'), q2, 'a selected quotation is left for the next one');
    assert.equal(adjacentSpan(quotes, q1.start + 3, 'next'), q2);
    assert.equal(adjacentSpan(quotes, q4.start, 'next'), q1);
  });

  it('moves backward to the previous quotation start and wraps to the last', () => {
    assert.equal(adjacentSpan(quotes, q3.start, 'previous'), q2);
    assert.equal(adjacentSpan(quotes, q3.start + 2, 'previous'), q3, 'inside a quotation goes to its start');
    assert.equal(adjacentSpan(quotes, q1.start, 'previous'), q4);
    assert.equal(adjacentSpan(quotes, 0, 'previous'), q4);
  });

  it('has nowhere to go without quotations', () => {
    assert.equal(adjacentSpan([], 5, 'next'), undefined);
    assert.equal(adjacentSpan([], 5, 'previous'), undefined);
  });
});
