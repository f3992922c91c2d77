import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { closeAllEditors, openAnnotated, positionInside, sampleArticle, scratchFile, waitFor, type AnnotatorApi } from './helpers';

const CORRECTION_COMMANDS = ['arabicAnnotator.correct', 'arabicAnnotator.sameAs', 'arabicAnnotator.addRole', 'arabicAnnotator.setSpeaker', 'arabicAnnotator.notAQuotation'];

interface CardLink {
  label: string;
  command: string;
  args: unknown[];
}

/** The hover cards at `position`: each with its command links and what its Markdown trusts. */
async function hoverCards(uri: vscode.Uri, position: vscode.Position): Promise<Array<{ links: CardLink[]; isTrusted: vscode.MarkdownString['isTrusted'] }>> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
  return hovers.flatMap((hover) => hover.contents).filter((content): content is vscode.MarkdownString => content instanceof vscode.MarkdownString).map((card) => ({
    isTrusted: card.isTrusted,
    links: [...card.value.matchAll(/\[([^\]]*)\]\(command:([\w.]+)\?([^ )]*)/g)].map((match) => ({
      label: match[1].replace(/\\(.)/g, '$1'), command: match[2], args: JSON.parse(decodeURIComponent(match[3])) as unknown[],
    })),
  }));
}

function sidecarCorrections(uri: vscode.Uri): Array<Record<string, unknown>> {
  const file = `${uri.fsPath}.annotations.json`;
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as { corrections: Array<Record<string, unknown>> }).corrections : [];
}

describe('Corrections from the hover card\'s links and the reading view\'s menu', () => {
  let api: AnnotatorApi;
  let uri: vscode.Uri;
  let document: vscode.TextDocument;

  before(async () => {
    uri = scratchFile('hover-corrections', sampleArticle);
    ({ api } = await openAnnotated(uri));
    document = await vscode.workspace.openTextDocument(uri);
  });
  after(async () => {
    await closeAllEditors();
    fs.rmSync(`${uri.fsPath}.annotations.json`, { force: true });
  });

  it('a name\'s card links to the corrections, and trusts those commands and the reveal command only', async () => {
    const [card] = await hoverCards(uri, positionInside(document, 'موسكو'));
    assert.deepStrictEqual(card.links.map((link) => link.label), ['Person', 'Organization', 'Not a name', 'Same as…', 'Add role…']);
    assert.deepStrictEqual(card.isTrusted, { enabledCommands: ['arabicAnnotator.revealRange', ...CORRECTION_COMMANDS] });
    const quoteCard = (await hoverCards(uri, positionInside(document, 'مواضيع حساسة'))).find((c) => c.links.some((link) => link.command === 'arabicAnnotator.setSpeaker'));
    assert.ok(quoteCard, 'a quotation\'s card links to Set speaker…');
    assert.deepStrictEqual(quoteCard.links.map((link) => link.label), ['Set speaker…', 'Not a quotation']);
  });

  it('running a link writes its correction, and the card then says the name is corrected', async () => {
    const [card] = await hoverCards(uri, positionInside(document, 'موسكو'));
    const organization = card.links.find((link) => link.label === 'Organization')!;
    await vscode.commands.executeCommand(organization.command, ...organization.args);
    const written = await waitFor('the correction in the file beside the article', () => sidecarCorrections(uri).find((c) => c.op === 'entity' && c.text === 'موسكو'));
    assert.strictEqual(written.type, 'organization');
    await waitFor('موسكو to be an organization', async () => (await api.annotations(uri))?.entities.some((e) => e.type === 'organization' && e.mentions.some((m) => m.text === 'موسكو' && m.by === 'user')));
  });

  it('a stale or forged link writes nothing', async () => {
    const before = fs.readFileSync(`${uri.fsPath}.annotations.json`, 'utf8');
    const [card] = await hoverCards(uri, positionInside(document, 'بيسكوف'));
    const notAName = card.links.find((link) => link.label === 'Not a name')!;
    const [linkUri, correction] = notAName.args as [string, { start: number; end: number; text: string }];
    const elsewhere = { ...correction, start: correction.start + 1, end: correction.end + 1 };
    const forged: unknown[][] = [
      [linkUri, elsewhere], // the text is not at those offsets (as after an edit)
      [linkUri, { ...correction, type: 'company' }],
      ['file:///etc/passwd', correction],
      [linkUri, { op: 'run', command: 'workbench.action.terminal.new' }],
    ];
    for (const args of forged) await vscode.commands.executeCommand('arabicAnnotator.correct', ...args);
    const sameAs = card.links.find((link) => link.label === 'Same as…')!;
    const [, start, end, text] = sameAs.args as [string, number, number, string];
    await vscode.commands.executeCommand('arabicAnnotator.sameAs', linkUri, start + 2, end + 2, text);
    await vscode.commands.executeCommand('arabicAnnotator.notAQuotation', linkUri, start, end, `${text.slice(1)}x`);
    // Each command is awaited, and one that writes has written by then.
    assert.strictEqual(fs.readFileSync(`${uri.fsPath}.annotations.json`, 'utf8'), before);
  });

  it('the reading view\'s context menu corrects only a quotation the view shows', async () => {
    await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    await vscode.commands.executeCommand('arabicAnnotator.openReadingView');
    const annotations = await api.annotations(uri);
    const quote = annotations!.quotes.find((q) => q.text === 'مواضيع حساسة')!;
    const onQuote = { webview: 'arabicAnnotator.readingView', readingQuote: true, quoteStart: quote.start, quoteEnd: quote.end };
    const before = fs.readFileSync(`${uri.fsPath}.annotations.json`, 'utf8');
    for (const forged of [{ ...onQuote, quoteStart: quote.start + 1 }, { ...onQuote, webview: 'another.view' }, { ...onQuote, readingQuote: false }]) {
      await vscode.commands.executeCommand('arabicAnnotator.notAQuotation', forged);
    }
    assert.strictEqual(fs.readFileSync(`${uri.fsPath}.annotations.json`, 'utf8'), before, 'nothing written for a context the view does not show');
    await vscode.commands.executeCommand('arabicAnnotator.notAQuotation', onQuote);
    await waitFor('the quotation removed in the file', () => sidecarCorrections(uri).find((c) => c.op === 'quote' && c.start === quote.start && c.kind === null));
  });
});
