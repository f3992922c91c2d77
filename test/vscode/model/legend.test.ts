import * as assert from 'node:assert/strict';
import { HIGHLIGHT_KINDS } from '../../../src/vscode/model/highlights';
import { legendEntries, legendMarkdown } from '../../../src/vscode/model/legend';
import { t } from '../fixtures';

describe('vscode/model/legend', () => {
  it('explains every highlight kind once, in the order they are drawn, then the corrected and uncertain marks', () => {
    const entries = legendEntries(t);
    assert.deepEqual(entries.map((entry) => entry.kind), [...HIGHLIGHT_KINDS, 'corrected', 'uncertain']);
    assert.ok(entries.every((entry) => entry.label !== '' && entry.description !== '' && entry.icon !== ''));
    assert.equal(new Set(entries.map((entry) => entry.colour)).size, entries.length, 'each entry in its own colour');
  });

  it('writes one Markdown line an entry, with its icon', () => {
    const lines = legendMarkdown(t).split('  \n');
    assert.equal(lines.length, 6);
    assert.equal(lines[1], '$(location) **Places** — green, framed');
    assert.equal(lines[5], '$(question) **Uncertain** — a dotted border: a name the tagger hesitated over, or a speaker guessed from the context');
  });
});
