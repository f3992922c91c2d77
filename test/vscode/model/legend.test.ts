import * as assert from 'node:assert/strict';
import { HIGHLIGHT_KINDS } from '../../../src/vscode/model/highlights';
import { legendEntries, legendMarkdown } from '../../../src/vscode/model/legend';
import { t } from '../fixtures';

describe('vscode/model/legend', () => {
  it('explains every highlight kind once, in the order they are drawn', () => {
    const entries = legendEntries(t);
    assert.deepEqual(entries.map((entry) => entry.kind), [...HIGHLIGHT_KINDS]);
    assert.ok(entries.every((entry) => entry.label !== '' && entry.description !== ''));
  });

  it('writes one Markdown line a kind, with its icon', () => {
    const lines = legendMarkdown(t, { person: 'person', place: 'location', organization: 'organization', quotation: 'quote' }).split('  \n');
    assert.equal(lines.length, 4);
    assert.equal(lines[1], '$(location) **Places** — green, framed');
  });
});
