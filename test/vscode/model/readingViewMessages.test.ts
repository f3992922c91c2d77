import * as assert from 'node:assert/strict';
import { indexOf } from '../../../src/vscode/model/annotationIndex';
import { parseViewContext, parseViewRequest, READING_VIEW_TYPE } from '../../../src/vscode/model/readingViewMessages';
import { articleAnnotations } from '../fixtures';

describe('vscode/model/readingViewMessages', () => {
  const annotations = articleAnnotations();
  const index = indexOf(annotations);
  const putin = annotations.entities.find((entity) => entity.id === 'e1')!.mentions[0];
  const quote = annotations.quotes[0];

  it('takes ready, and a reveal of a mention or a quotation of this analysis', () => {
    assert.deepEqual(parseViewRequest({ type: 'ready' }, undefined), { type: 'ready' });
    assert.deepEqual(parseViewRequest({ type: 'reveal', start: putin.start, end: putin.end }, index), { type: 'reveal', start: putin.start, end: putin.end, keepFocus: false });
    assert.deepEqual(parseViewRequest({ type: 'reveal', start: quote.start, end: quote.end, keepFocus: true }, index), { type: 'reveal', start: quote.start, end: quote.end, keepFocus: true });
  });

  it('drops anything else', () => {
    const refused: unknown[] = [
      null, 'reveal', 42, [], {}, { type: 'run', command: 'workbench.action.terminal.new' },
      { type: 'reveal', start: putin.start, end: putin.end + 1 },
      { type: 'reveal', start: putin.start + 1, end: putin.end },
      { type: 'reveal', start: String(putin.start), end: putin.end },
      { type: 'reveal', start: putin.start + 0.5, end: putin.end },
      { type: 'reveal', start: -1, end: 3 },
      { type: 'reveal', start: 0, end: Number.MAX_VALUE },
      { type: 'reveal', start: NaN, end: NaN },
    ];
    for (const message of refused) assert.equal(parseViewRequest(message, index), undefined, JSON.stringify(message));
    assert.equal(parseViewRequest({ type: 'reveal', start: putin.start, end: putin.end }, undefined), undefined, 'no analysis yet');
  });

  it('takes a context menu\'s context naming a mention or a quotation the view shows, for that kind of command', () => {
    const onMention = { webview: READING_VIEW_TYPE, readingMention: true, mentionStart: putin.start, mentionEnd: putin.end };
    const onQuote = { webview: READING_VIEW_TYPE, readingQuote: true, quoteStart: quote.start, quoteEnd: quote.end };
    assert.deepEqual(parseViewContext(onMention, 'mention', index), { start: putin.start, end: putin.end, text: putin.text });
    assert.deepEqual(parseViewContext(onQuote, 'quote', index), { start: quote.start, end: quote.end, text: quote.text });
    // A name inside a quotation: both contexts merged; each command takes its own span.
    const both = { ...onQuote, ...onMention };
    assert.deepEqual(parseViewContext(both, 'quote', index), { start: quote.start, end: quote.end, text: quote.text });
    assert.equal(parseViewContext(onQuote, 'mention', index), undefined, 'no name there');
    const refused: unknown[] = [
      null, 'x', {}, { ...onMention, webview: 'other.view' }, { ...onMention, readingMention: 'true' },
      { ...onMention, mentionEnd: putin.end + 1 }, { ...onMention, mentionStart: putin.start + 0.5 },
      { ...onQuote, quoteStart: quote.start + 1 }, { readingMention: true, mentionStart: putin.start, mentionEnd: putin.end },
    ];
    for (const context of refused) assert.equal(parseViewContext(context, 'mention', index) ?? parseViewContext(context, 'quote', index), undefined, JSON.stringify(context));
    assert.equal(parseViewContext(onMention, 'mention', undefined), undefined, 'no analysis shown');
  });
});
