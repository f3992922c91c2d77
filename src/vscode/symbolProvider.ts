import * as vscode from 'vscode';
import { AnnotationStore } from './annotationStore';
import { buildSymbolTree, SymbolNode, SymbolTree } from './model/symbolTree';

const SYMBOL_KINDS: Record<SymbolNode['kind'], vscode.SymbolKind> = {
  person: vscode.SymbolKind.Object,
  place: vscode.SymbolKind.Package,
  organization: vscode.SymbolKind.Namespace,
  other: vscode.SymbolKind.Field,
  quotation: vscode.SymbolKind.String,
  group: vscode.SymbolKind.Module,
};

/**
 * One part of the outline and breadcrumbs: the speakers with their quotations, or the other
 * entities by kind. Each part has its own provider because the Outline orders the groups of
 * several providers by provider, whatever its sort (position, name, kind), and lists within each
 * group by that sort: so the speakers come first in every sort only as a group of their own.
 */
export class AnnotationSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly store: AnnotationStore, private readonly part: keyof SymbolTree) {}

  async provideDocumentSymbols(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.DocumentSymbol[] | undefined> {
    // Asked again after every pause in typing (breadcrumbs, Outline), which keep showing the last
    // symbols meanwhile: building them from the last analysis moved through the edits, each time,
    // held the extension host 290 ms on a 1 MB article (the integration test's typing stall).
    const annotations = await this.store.current(document);
    if (!annotations || token.isCancellationRequested) return undefined;
    const toSymbol = (node: SymbolNode): vscode.DocumentSymbol => {
      const range = (start: number, end: number) => new vscode.Range(document.positionAt(start), document.positionAt(end));
      const symbol = new vscode.DocumentSymbol(node.name, node.detail, SYMBOL_KINDS[node.kind], range(node.start, node.end), range(node.selectionStart, node.selectionEnd));
      symbol.children = node.children.map(toSymbol);
      return symbol;
    };
    return buildSymbolTree(annotations, vscode.l10n.t)[this.part].map(toSymbol);
  }
}
