import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  closeAllEditors,
  documentSymbols,
  hoverTexts,
  openAnnotated,
  positionInside,
  sampleArticle,
  scratchFile,
  spanRange,
  type AnnotatorApi,
} from './helpers';

// «وقال بيسكوف:» — the surname alone, far from the full name «ديمتري بيسكوف».
const PESKOV_ALONE = 'وقال بيسكوف:';

function peskovAlone(document: vscode.TextDocument): vscode.Position {
  const clause = positionInside(document, PESKOV_ALONE);
  return clause.translate(0, 2);
}

function locationText(document: vscode.TextDocument, location: vscode.Location | vscode.LocationLink): string {
  const range = 'targetRange' in location ? (location.targetSelectionRange ?? location.targetRange) : location.range;
  return document.getText(range);
}

describe('Language features on the sample article', () => {
  let api: AnnotatorApi;
  let document: vscode.TextDocument;
  let uri: vscode.Uri;

  before(async () => {
    uri = scratchFile('sample-article', sampleArticle);
    ({ api } = await openAnnotated(uri));
    document = await vscode.workspace.openTextDocument(uri);
  });
  after(closeAllEditors);

  it('hover over بيسكوف alone shows his role', async () => {
    const position = peskovAlone(document);
    assert.strictEqual(document.getText(document.getWordRangeAtPosition(position)), 'بيسكوف');
    const cards = (await hoverTexts(uri, position)).join('\n');
    assert.ok(cards.includes('المتحدث باسم الكرملين'), `hover card: ${cards}`);
  });

  it('the outline lists every speaker with exactly their quotations', async () => {
    const annotations = await api.annotations(uri);
    assert.ok(annotations, 'the sample is annotated');
    const symbols = await documentSymbols(uri);
    const attributed = annotations.quotes.filter((quote) => quote.speaker !== null);
    assert.ok(attributed.length >= 3, `attributed quotations: ${attributed.length}`);
    for (const speaker of annotations.entities.filter((entity) => attributed.some((quote) => quote.speaker === entity.id))) {
      const quotes = attributed.filter((quote) => quote.speaker === speaker.id);
      const symbol = symbols.find((candidate) => candidate.name.includes(speaker.name) && candidate.children.length > 0);
      assert.ok(symbol, `speaker ${speaker.name} is in the outline (top level: ${symbols.map((s) => s.name).join(' | ')})`);
      assert.strictEqual(symbol.children.length, quotes.length, `${speaker.name} has ${quotes.length} quotation(s) in the outline`);
      for (const quote of quotes) {
        const quoteRange = spanRange(document, quote);
        assert.ok(
          symbol.children.some((child) => child.range.contains(quoteRange) && quoteRange.contains(child.selectionRange.start)),
          `quotation «${quote.text.slice(0, 40)}…» is a child of ${speaker.name}`,
        );
      }
    }
    const peskov = symbols.find((symbol) => symbol.name.includes('بيسكوف'));
    assert.ok(peskov, 'بيسكوف is a speaker in the outline');
    assert.ok(peskov.children.length >= 2, 'بيسكوف is quoted at least twice');
    assert.ok((peskov.detail ?? '').includes('المتحدث'), `his role is the detail: ${peskov.detail}`);
    assert.ok(symbols.some((symbol) => symbol.name.includes('لانكوف') && symbol.children.length > 0), 'لانكوف is a speaker');
  });

  it('references group ديمتري بيسكوف, دميتري بيسكوف and بيسكوف alone', async () => {
    const locations = (await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', uri, peskovAlone(document))) ?? [];
    const texts = locations.map((location) => document.getText(location.range));
    assert.ok(texts.some((text) => text.includes('ديمتري')), `references: ${texts.join(' | ')}`);
    assert.ok(texts.some((text) => text.includes('دميتري')), `references: ${texts.join(' | ')}`);
    assert.ok(texts.some((text) => text === 'بيسكوف'), `references: ${texts.join(' | ')}`);
    assert.ok(!texts.some((text) => text.includes('بوتين') || text.includes('كيم')), `references: ${texts.join(' | ')}`);
    assert.ok(locations.every((location) => location.uri.toString() === uri.toString()));
  });

  it('definition goes to the first full mention', async () => {
    const definitions =
      (await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', uri, peskovAlone(document))) ?? [];
    assert.strictEqual(definitions.length, 1, 'one definition');
    const target = locationText(document, definitions[0]);
    assert.ok(target.includes('ديمتري بيسكوف'), `definition: ${target}`);
  });

  it('document highlights mark the same mentions as references', async () => {
    const position = peskovAlone(document);
    const highlights = (await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', uri, position)) ?? [];
    const references = (await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', uri, position)) ?? [];
    const starts = (ranges: vscode.Range[]) => ranges.map((range) => document.offsetAt(range.start)).sort((a, b) => a - b);
    assert.ok(highlights.length >= 3, `highlights: ${highlights.length}`);
    assert.deepStrictEqual(starts(highlights.map((h) => h.range)), starts(references.map((r) => r.range)));
  });
});

describe('Markup in an article', () => {
  after(closeAllEditors);

  it('is shown as text in the hover, never rendered', async () => {
    const markup = ['<b>خطير</b>', '**مقلق**', '[هنا](command:workbench.action.quit)', '<img src=x onerror=alert(1)>'];
    const article =
      'ومن المنتظر أن يتحدث الرجلان في الأيام المقبلة، بحسب المتحدث باسم الكرملين ديمتري بيسكوف.\n\n' +
      `وقال بيسكوف: “${markup.join(' ')} ما يهمنا هو مصلحة بلدينا”.\n`;
    const uri = scratchFile('markup', article);
    const { api, editor } = await openAnnotated(uri);
    const annotations = await api.annotations(uri);
    const quote = annotations?.quotes.find((candidate) => candidate.text.includes('خطير'));
    assert.ok(quote, 'the quotation holding the markup is found');
    const cards = [
      ...(await hoverTexts(uri, editor.document.positionAt(quote.start + quote.text.indexOf('خطير') + 1))),
      ...(await hoverTexts(uri, positionInside(editor.document, 'بيسكوف', 1))),
    ].join('\n');
    // The speaker's card lists his quotation by its first words: the markup reaches the card as text.
    assert.ok(cards.includes('خطير'), `the quotation's words are in the cards: ${cards}`);
    for (const raw of markup) assert.ok(!cards.includes(raw), `hover contains raw markup ${raw}: ${cards}`);
    assert.ok(!/(^|[^\\])<(b|img)\b/.test(cards), `hover contains an unescaped HTML tag: ${cards}`);
  });
});
