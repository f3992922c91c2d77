import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { closeAllEditors, decorationCount, openAnnotated, sampleArticle, scratchFile, waitFor, withSetting } from './helpers';

describe('Commands and settings', () => {
  afterEach(closeAllEditors);

  /** Two annotated copies of the sample side by side, the first one active. */
  async function openTwoArticles() {
    const first = scratchFile('first', sampleArticle);
    const second = scratchFile('second', sampleArticle);
    const { api } = await openAnnotated(second, vscode.ViewColumn.Two);
    await openAnnotated(first, vscode.ViewColumn.One);
    return { api, first, second };
  }

  it('toggleHighlights turns one document off and on', async () => {
    const { api, first, second } = await openTwoArticles();
    await vscode.commands.executeCommand('arabicAnnotator.toggleHighlights');
    await waitFor('the active document to lose its highlights', () => decorationCount(api, first) === 0);
    assert.ok(decorationCount(api, second) > 0, 'the other document keeps its highlights');
    await vscode.commands.executeCommand('arabicAnnotator.toggleHighlights');
    await waitFor('the highlights to come back', () => decorationCount(api, first) > 0);
  });

  it('toggleHighlightsAll turns every document off and on', async () => {
    const { api, first, second } = await openTwoArticles();
    await vscode.commands.executeCommand('arabicAnnotator.toggleHighlightsAll');
    await waitFor('both documents to lose their highlights', () => decorationCount(api, first) + decorationCount(api, second) === 0);
    await vscode.commands.executeCommand('arabicAnnotator.toggleHighlightsAll');
    await waitFor('both documents to get their highlights back', () => decorationCount(api, first) > 0 && decorationCount(api, second) > 0);
  });

  it('highlight.place = false removes only the place highlights', async () => {
    const uri = scratchFile('settings', sampleArticle);
    const { api } = await openAnnotated(uri);
    await waitFor('places highlighted by default', () => decorationCount(api, uri, ['place']) > 0);
    await withSetting('highlight.place', false, async () => {
      await waitFor('place highlights to go', () => decorationCount(api, uri, ['place']) === 0);
      assert.ok(decorationCount(api, uri, ['person']) > 0, 'people stay highlighted');
    });
    await waitFor('place highlights to come back', () => decorationCount(api, uri, ['place']) > 0);
  });

  it('next/previous quotation move the selection through the quotations in order', async () => {
    const uri = scratchFile('navigation', sampleArticle);
    const { api, editor } = await openAnnotated(uri);
    const annotations = await api.annotations(uri);
    assert.ok(annotations, 'the sample is annotated');
    const starts = annotations.quotes.map((quote) => quote.start).sort((a, b) => a - b);
    assert.ok(starts.length >= 2, 'the sample has several quotations');
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const selectionStart = () => editor.document.offsetAt(editor.selection.start);
    for (const [command, expected] of [
      ['arabicAnnotator.nextQuotation', starts[0]],
      ['arabicAnnotator.nextQuotation', starts[1]],
      ['arabicAnnotator.previousQuotation', starts[0]],
    ] as const) {
      await vscode.commands.executeCommand(command);
      await waitFor(`${command} to select the quotation at ${expected}`, () => selectionStart() === expected, 5000);
      assert.ok(!editor.selection.isEmpty, 'the quotation is selected');
    }
  });

  it('export writes the analysis the editor holds beside the article: brat with annotation.conf, CoNLL and CSV', async () => {
    const uri = scratchFile('export', sampleArticle);
    const { api } = await openAnnotated(uri);
    const annotations = await api.annotations(uri);
    assert.ok(annotations, 'the sample is annotated');
    const beside = (extension: string) => uri.fsPath.replace(/\.txt$/, extension);
    for (const format of ['brat', 'conll', 'csv']) await vscode.commands.executeCommand('arabicAnnotator.export', format);
    const ann = fs.readFileSync(beside('.ann'), 'utf8');
    const mentions = annotations.entities.reduce((count, entity) => count + entity.mentions.length, 0);
    assert.strictEqual(ann.split('\n').filter((line) => line.startsWith('T')).length, mentions + annotations.quotes.length);
    assert.match(fs.readFileSync(uri.fsPath.replace(/[^/\\]*$/, 'annotation.conf'), 'utf8'), /^\[entities\]\nPerson$/m);
    assert.strictEqual(fs.readFileSync(beside('.conll'), 'utf8').split('\n').filter((line) => line.includes('\tB-')).length, mentions);
    assert.strictEqual(fs.readFileSync(beside('.csv'), 'utf8').split('\r\n').length - 2, annotations.quotes.length);
  });
});
