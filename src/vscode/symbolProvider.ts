import * as vscode from 'vscode';
import type { Annotations } from '../core/types';
import { AnnotationStore, hostTurns } from './annotationStore';
import { buildSymbolTree, SymbolNode, SymbolTree } from './model/symbolTree';

const SYMBOL_KINDS: Record<SymbolNode['kind'], vscode.SymbolKind> = {
  person: vscode.SymbolKind.Object,
  place: vscode.SymbolKind.Package,
  organization: vscode.SymbolKind.Namespace,
  other: vscode.SymbolKind.Field,
  quotation: vscode.SymbolKind.String,
  group: vscode.SymbolKind.Module,
};

/** Symbols made between two turns of the event loop (about 5 ms; the editor then converts them all at once). */
const SYMBOLS_PER_TURN = 500;

/**
 * Per analysis (one document version): its tree, built once for both parts, and each part's
 * symbols once made. The editor asks again and again for the same version (Outline, breadcrumbs,
 * sticky scroll, Go to Symbol), and a 2 MB article has thousands of quotations.
 */
const trees = new WeakMap<Annotations, SymbolTree>();
const symbols = new WeakMap<Annotations, Map<keyof SymbolTree, Promise<vscode.DocumentSymbol[] | undefined>>>();

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
    let parts = symbols.get(annotations);
    if (!parts) {
      parts = new Map();
      symbols.set(annotations, parts);
    }
    let made = parts.get(this.part);
    if (!made) {
      made = this.make(document, annotations);
      parts.set(this.part, made);
    }
    return made;
  }

  /** The part's symbols, SYMBOLS_PER_TURN at a time; undefined (and not kept) when the document changed meanwhile. */
  private async make(document: vscode.TextDocument, annotations: Annotations): Promise<vscode.DocumentSymbol[] | undefined> {
    let tree = trees.get(annotations);
    if (!tree) {
      tree = buildSymbolTree(annotations, vscode.l10n.t);
      trees.set(annotations, tree);
    }
    const version = document.version;
    let madeThisTurn = 0;
    const toSymbol = async (node: SymbolNode): Promise<vscode.DocumentSymbol | undefined> => {
      if (++madeThisTurn > SYMBOLS_PER_TURN) {
        madeThisTurn = 0;
        await hostTurns.next();
      }
      if (document.version !== version || document.isClosed) return undefined;
      const range = (start: number, end: number) => new vscode.Range(document.positionAt(start), document.positionAt(end));
      const symbol = new vscode.DocumentSymbol(node.name, node.detail, SYMBOL_KINDS[node.kind], range(node.start, node.end), range(node.selectionStart, node.selectionEnd));
      for (const child of node.children) {
        const made = await toSymbol(child);
        if (!made) return undefined;
        symbol.children.push(made);
      }
      return symbol;
    };
    const made: vscode.DocumentSymbol[] = [];
    for (const node of tree[this.part]) {
      const symbol = await toSymbol(node);
      if (!symbol) {
        symbols.get(annotations)?.delete(this.part);
        return undefined;
      }
      made.push(symbol);
    }
    return made;
  }
}
