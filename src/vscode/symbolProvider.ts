import * as vscode from 'vscode';
import { AnnotationStore } from './annotationStore';
import { buildSymbolTree, SymbolNode } from './model/symbolTree';

const SYMBOL_KINDS: Record<SymbolNode['kind'], vscode.SymbolKind> = {
  person: vscode.SymbolKind.Object,
  place: vscode.SymbolKind.Package,
  organization: vscode.SymbolKind.Namespace,
  other: vscode.SymbolKind.Field,
  quotation: vscode.SymbolKind.String,
  group: vscode.SymbolKind.Module,
};

/** The outline and breadcrumbs: speakers with their quotations, then the other entities by kind. */
export class AnnotationSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly store: AnnotationStore) {}

  async provideDocumentSymbols(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.DocumentSymbol[] | undefined> {
    const annotations = await this.store.current(document);
    if (!annotations || token.isCancellationRequested) return undefined;
    const toSymbol = (node: SymbolNode): vscode.DocumentSymbol => {
      const range = (start: number, end: number) => new vscode.Range(document.positionAt(start), document.positionAt(end));
      const symbol = new vscode.DocumentSymbol(node.name, node.detail, SYMBOL_KINDS[node.kind], range(node.start, node.end), range(node.selectionStart, node.selectionEnd));
      symbol.children = node.children.map(toSymbol);
      return symbol;
    };
    return buildSymbolTree(annotations, vscode.l10n.t).map(toSymbol);
  }
}
