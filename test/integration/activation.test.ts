import * as assert from 'assert';
import * as vscode from 'vscode';
import { recordMetric } from './metrics';
import {
  EXTENSION_ID,
  annotatorApi,
  closeAllEditors,
  decorationCount,
  documentSymbols,
  hoverTexts,
  openInEditor,
  positionInside,
  sampleArticle,
  openAnnotated,
  scratchFile,
  waitFor,
  withSetting,
  type AnnotatorApi,
} from './helpers';

const ENGLISH_ARTICLE =
  'MOSCOW - North Korean leader Kim Jong Un arrived in Russia on Tuesday for a meeting with President ' +
  'Vladimir Putin. "We will discuss sensitive topics," Kremlin spokesman Dmitry Peskov told reporters.\n';

describe('Activation and which documents are annotated', () => {
  afterEach(closeAllEditors);

  it('activates by itself when an Arabic .txt opens and draws highlights', async () => {
    const uri = scratchFile('sample-article', sampleArticle);
    const openedAt = performance.now();
    const editor = await openInEditor(uri);
    assert.strictEqual(editor.document.languageId, 'plaintext', 'the sample must stay a plain .txt document');
    const extension = vscode.extensions.getExtension<AnnotatorApi>(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} is not installed`);
    await waitFor('first highlights', () => extension.isActive && decorationCount(extension.exports, uri) > 0, 60_000, 5);
    recordMetric('openToFirstDecorationsMs', performance.now() - openedAt);
    // The runner says where the extension under test must come from (the repository or the .vsix install).
    const expectedRoot = process.env.ARABIC_ANNOTATOR_EXTENSION_UNDER_TEST;
    if (expectedRoot) assert.ok(extension.extensionPath.startsWith(expectedRoot), `loaded from ${extension.extensionPath}, expected ${expectedRoot}`);
    const api = extension.exports;
    assert.strictEqual(typeof api.activationMs, 'number');
    recordMetric('activationMs', api.activationMs);
    await waitFor('people, places and quotations highlighted', () =>
      (['person', 'place', 'quotation'] as const).every((kind) => decorationCount(api, uri, [kind]) > 0),
    );
  });

  /** Opens the document and checks that nothing of the extension shows on it (hovering `word`). */
  async function assertLeftAlone(uri: vscode.Uri, word: string): Promise<void> {
    const editor = await openInEditor(uri);
    const api = await annotatorApi();
    assert.strictEqual(await api.annotations(uri), undefined);
    assert.deepStrictEqual(await hoverTexts(uri, positionInside(editor.document, word)), []);
    assert.deepStrictEqual(await documentSymbols(uri), []);
    assert.strictEqual(decorationCount(api, uri), 0);
  }

  it('leaves an English plain-text document alone', async () => {
    await assertLeftAlone(scratchFile('english', ENGLISH_ARTICLE), 'Peskov');
  });

  it('leaves a document over the size limit alone', async () => {
    // Three copies of the article are over 8 KB however size is counted (UTF-8 bytes or UTF-16 units).
    const oversized = [sampleArticle, sampleArticle, sampleArticle].join('\n');
    await withSetting('maxDocumentSizeKB', 8, () => assertLeftAlone(scratchFile('oversized', oversized), 'بيسكوف'));
  });

  it('annotates an Arabic Markdown document', async () => {
    const uri = scratchFile('article', `# زيارة كيم إلى روسيا\n\n${sampleArticle}`, '.md');
    const editor = await openInEditor(uri);
    assert.strictEqual(editor.document.languageId, 'markdown');
    const { api } = await openAnnotated(uri);
    const annotations = await api.annotations(uri);
    assert.ok(annotations && annotations.quotes.length > 0, 'quotations are found in Markdown');
  });

  it('always annotates the Arabic Article language, whatever the share of Arabic', async () => {
    const mostlyEnglish = `${ENGLISH_ARTICLE.repeat(8)}\n${sampleArticle.slice(0, 400)}\n`;
    const uri = scratchFile('mostly-english', mostlyEnglish, '.arabic.txt');
    const editor = await openInEditor(uri);
    assert.strictEqual(editor.document.languageId, 'arabic-article');
    const { api } = await openAnnotated(uri);
    const annotations = await api.annotations(uri);
    assert.ok(annotations?.entities.some((entity) => entity.name.includes('بوتين')), 'Putin is found in the Arabic part');
  });

  it('annotates an English document on request (annotateDocument)', async () => {
    const arabicInEnglish = `${ENGLISH_ARTICLE}\n${sampleArticle.slice(0, 400)}\n${ENGLISH_ARTICLE.repeat(8)}`;
    const uri = scratchFile('mostly-english', arabicInEnglish);
    await openInEditor(uri);
    const api = await annotatorApi();
    assert.strictEqual(await api.annotations(uri), undefined, 'a mostly English document is not annotated by itself');
    await vscode.commands.executeCommand('arabicAnnotator.annotateDocument');
    const annotations = await waitFor('annotations after annotateDocument', () => api.annotations(uri));
    assert.ok(annotations.entities.some((entity) => entity.name.includes('بوتين')), 'Putin is found in the Arabic part');
  });
});
