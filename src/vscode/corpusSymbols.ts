import * as vscode from 'vscode';
import { CorpusIndexer } from './corpusIndexer';

/** Symbols listed for one query at most (Ctrl+T shows the best first). */
const MAX_SYMBOLS = 500;

/**
 * Go to Symbol in Workspace (Ctrl+T): a person or organization in every article of the folder that
 * names it, at its first mention there. The first search starts indexing the folder.
 */
export class CorpusSymbolProvider implements vscode.WorkspaceSymbolProvider {
  constructor(private readonly indexer: CorpusIndexer) {}

  provideWorkspaceSymbols(query: string, token: vscode.CancellationToken): vscode.SymbolInformation[] {
    void this.indexer.start();
    const symbols: vscode.SymbolInformation[] = [];
    for (const entity of this.indexer.index.ranked(query)) {
      for (const { article, entity: there } of this.indexer.index.appearances(entity.key)) {
        if (symbols.length >= MAX_SYMBOLS || token.isCancellationRequested) return symbols;
        const uri = vscode.Uri.parse(article);
        const start = new vscode.Position(there.line, there.character);
        const location = new vscode.Location(uri, new vscode.Range(start, start.translate(0, there.end - there.start)));
        const kind = entity.type === 'person' ? vscode.SymbolKind.Object : vscode.SymbolKind.Namespace;
        symbols.push(new vscode.SymbolInformation(entity.name, kind, vscode.workspace.asRelativePath(uri), location));
      }
    }
    return symbols;
  }
}
