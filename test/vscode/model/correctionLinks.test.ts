import * as assert from 'node:assert/strict';
import { marked } from 'marked';
import type { Quote } from '../../../src/core/types';
import {
  ADD_ROLE, CORRECT, correctionHoldsIn, holdsIn, HOVER_CORRECTION_COMMANDS, mentionCorrectionLinks, NOT_A_QUOTATION, parseCorrectionArguments,
  parseSpanArguments, quoteCorrectionLinks, SAME_AS, SET_SPEAKER,
} from '../../../src/vscode/model/correctionLinks';
import { ARTICLE, articleAnnotations, spanOf, t } from '../fixtures';

const DOCUMENT_URI = 'file:///home/user/news/article (1).txt';

/** The links of rendered Markdown (as VS Code renders hovers): each command, its arguments and its label. */
function links(markdown: string): Array<{ command: string; args: unknown[]; label: string }> {
  const html = marked.parse(markdown, { async: false, gfm: true });
  return [...html.matchAll(/<a href="command:([^?"]+)\?([^"]*)"[^>]*>([^<]*)<\/a>/g)].map((match) => ({
    command: match[1],
    args: JSON.parse(decodeURIComponent(match[2].replace(/&amp;/g, '&'))) as unknown[],
    label: match[3],
  }));
}

describe('vscode/model/correctionLinks', () => {
  const annotations = articleAnnotations();
  const putin = annotations.entities.find((entity) => entity.id === 'e1')!;
  const mention = putin.mentions[0];
  const span = { start: mention.start, end: mention.end, text: mention.text };

  it('a name\'s links: the other kinds and "not a name" write that correction, same as and add a role name the mention', () => {
    const found = links(mentionCorrectionLinks(mention, putin, DOCUMENT_URI, t));
    assert.deepEqual(found.map((link) => link.label), ['Place', 'Organization', 'Not a name', 'Same as…', 'Add role…']);
    assert.deepEqual(found.map((link) => link.command), [CORRECT, CORRECT, CORRECT, SAME_AS, ADD_ROLE]);
    assert.deepEqual(found.slice(0, 3).map((link) => parseCorrectionArguments(link.args)), [
      { uri: DOCUMENT_URI, correction: { op: 'entity', ...span, type: 'place' } },
      { uri: DOCUMENT_URI, correction: { op: 'entity', ...span, type: 'organization' } },
      { uri: DOCUMENT_URI, correction: { op: 'entity', ...span, type: null } },
    ]);
    for (const link of found.slice(3)) assert.deepEqual(parseSpanArguments(link.args), { uri: DOCUMENT_URI, span });
    for (const link of found) assert.ok(HOVER_CORRECTION_COMMANDS.includes(link.command), link.command);
  });

  it('a quotation\'s links: set its speaker and not a quotation, naming it by its offsets and text', () => {
    const quote = annotations.quotes[0];
    const found = links(quoteCorrectionLinks(quote, DOCUMENT_URI, t));
    assert.deepEqual(found.map((link) => [link.label, link.command]), [['Set speaker…', SET_SPEAKER], ['Not a quotation', NOT_A_QUOTATION]]);
    for (const link of found) assert.deepEqual(parseSpanArguments(link.args), { uri: DOCUMENT_URI, span: { start: quote.start, end: quote.end, text: quote.text } });
  });

  it('article text in a link\'s arguments cannot end the link or add one', () => {
    const text = 'قال ") [x](command:workbench.action.terminal.new) \'(';
    const quote: Quote = { id: 'q9', kind: 'direct', start: 5, end: 5 + text.length, text, speaker: null, cue: null };
    const found = links(quoteCorrectionLinks(quote, DOCUMENT_URI, t));
    assert.deepEqual(found.map((link) => link.command), [SET_SPEAKER, NOT_A_QUOTATION]);
    for (const link of found) assert.equal((link.args as string[])[3], text);
  });

  it('takes only well-formed span arguments', () => {
    const refused: unknown[][] = [
      [], [DOCUMENT_URI], [DOCUMENT_URI, span.start, span.end], [42, span.start, span.end, span.text],
      [DOCUMENT_URI, String(span.start), span.end, span.text], [DOCUMENT_URI, span.start + 0.5, span.end, span.text],
      [DOCUMENT_URI, -1, span.end - span.start - 1, span.text], [DOCUMENT_URI, span.start, span.end + 1, span.text],
      [DOCUMENT_URI, span.end, span.start, span.text], [DOCUMENT_URI, span.start, span.end, 42],
    ];
    for (const args of refused) assert.equal(parseSpanArguments(args), undefined, JSON.stringify(args));
    assert.equal(parseCorrectionArguments([DOCUMENT_URI, { op: 'entity', ...span, type: 'company' }]), undefined);
    assert.equal(parseCorrectionArguments([DOCUMENT_URI, { op: 'run', command: 'x' }]), undefined);
    assert.equal(parseCorrectionArguments([DOCUMENT_URI]), undefined);
    assert.equal(parseCorrectionArguments([{}, { op: 'entity', ...span, type: null }]), undefined);
  });

  it('a span or correction holds only while the document has its text there', () => {
    assert.ok(holdsIn(ARTICLE, [span]));
    const edited = `سطر جديد. ${ARTICLE}`;
    assert.equal(holdsIn(edited, [span]), false, 'moved by an edit');
    assert.equal(holdsIn(ARTICLE, [{ ...span, start: ARTICLE.length, end: ARTICLE.length + span.text.length }]), false, 'past the end');
    const speaker = { op: 'speaker' as const, quote: spanOf(ARTICLE, 'العلاقات تتعمق'), speaker: span };
    assert.ok(correctionHoldsIn(ARTICLE, speaker));
    assert.equal(correctionHoldsIn(ARTICLE, { ...speaker, speaker: { ...span, text: 'فلاديمير بوتيx' } }), false, 'one span of two forged');
  });
});
