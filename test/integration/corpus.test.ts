import * as assert from 'assert';
import * as vscode from 'vscode';
import { annotatorApi, closeAllEditors, hoverTexts, openInEditor, positionInside, waitFor } from './helpers';

const PUTIN_SAYS = 'قال الرئيس الروسي فلاديمير بوتين: "سنرد بقوة" في موسكو.\n';
const PUTIN_AGAIN = 'عنوان\n\nوأكد الرئيس فلاديمير بوتين أن "الوضع هادئ".\n';

/** Names of the symbols Go to Symbol in Workspace lists for `query`, with their file and text. */
async function workspaceSymbols(query: string): Promise<Array<{ name: string; file: string; text: string }>> {
  const symbols = (await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', query)) ?? [];
  return Promise.all(symbols.map(async (symbol) => {
    const document = await vscode.workspace.openTextDocument(symbol.location.uri);
    return { name: symbol.name, file: symbol.location.uri.path.split('/').at(-1) ?? '', text: document.getText(symbol.location.range) };
  }));
}

describe('The folder\'s articles: workspace symbols and the hover\'s other articles', () => {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const files: vscode.Uri[] = [];

  before(async function () {
    if (!folder) this.skip();
    const folderUri = folder as vscode.Uri;
    for (const [name, text] of [['corpus-putin-1.txt', PUTIN_SAYS], ['corpus-putin-2.txt', PUTIN_AGAIN], ['corpus-english.md', 'Notes in English.\n']] as const) {
      const uri = vscode.Uri.joinPath(folderUri, name);
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
      files.push(uri);
    }
    // An Arabic document activates the extension.
    await openInEditor(files[1]);
    await annotatorApi();
  });
  after(async () => {
    await closeAllEditors();
    for (const uri of files) {
      try {
        await vscode.workspace.fs.delete(uri);
      } catch {
        // Deleted by the test.
      }
    }
  });

  it('Go to Symbol in Workspace finds a person in every article that names him, at his first mention', async () => {
    const found = await waitFor('بوتين in both articles', async () => {
      const symbols = (await workspaceSymbols('بوتين')).filter((symbol) => symbol.file.startsWith('corpus-putin'));
      return symbols.length === 2 ? symbols : undefined;
    }, 30_000, 200);
    assert.deepStrictEqual(found.map((symbol) => [symbol.file, symbol.name, symbol.text]).sort(), [
      ['corpus-putin-1.txt', 'فلاديمير بوتين', 'فلاديمير بوتين'],
      ['corpus-putin-2.txt', 'فلاديمير بوتين', 'فلاديمير بوتين'],
    ]);
  });

  it('the hover card of a name says in how many other articles of the folder it appears, with the roles there', async () => {
    const editor = await openInEditor(files[1]);
    const position = positionInside(editor.document, 'بوتين');
    const texts = await waitFor('the hover with the other articles', async () => {
      const hover = (await hoverTexts(editor.document.uri, position)).join('\n');
      return /In 1 other articles of the folder: الرئيس الروسي/.test(hover) ? hover : undefined;
    }, 30_000, 200);
    assert.match(texts, /فلاديمير بوتين/);
  });

  it('a file deleted leaves the index', async () => {
    await vscode.workspace.fs.delete(files[0]);
    await waitFor('one article left for بوتين', async () => (await workspaceSymbols('بوتين')).filter((symbol) => symbol.file.startsWith('corpus-putin')).length === 1, 30_000, 200);
  });
});
