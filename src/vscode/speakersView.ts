import * as vscode from 'vscode';
import type { Quote } from '../core/types';
import { AnnotationStore } from './annotationStore';
import { KIND_ICONS, REVEAL_COMMAND } from './model/cards';
import { AnnotationIndex, indexOf } from './model/annotationIndex';
import { quoteLabel, quoteSourceDetail, SpeakerGroup, speakerGroups } from './model/speakers';

export const SPEAKERS_VIEW = 'arabicAnnotator.speakers';

/**
 * Speakers open with their quotations listed, as long as that stays readable: a long document's
 * thousands of rows would also cost the extension host every time the view refreshes.
 */
const EXPANDED_UP_TO_QUOTES = 200;

type SpeakerNode = { group: SpeakerGroup };
type QuoteNode = { quote: Quote; group: SpeakerGroup };
type Node = SpeakerNode | QuoteNode;

/**
 * The Speakers view: who is quoted in the active document (role as description, number of
 * quotations) and what they said; picking a quotation reveals and selects it.
 */
export class SpeakersView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changes = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changes.event;
  private document: vscode.TextDocument | undefined;
  private groups: SpeakerGroup[] = [];
  /** The shown document's annotations, for the names a quotation's line refers to (its channel). */
  private index: AnnotationIndex | undefined;
  private quoteCount = 0;
  private readonly view: vscode.TreeView<Node>;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly store: AnnotationStore) {
    this.view = vscode.window.createTreeView(SPEAKERS_VIEW, { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(
      this.view,
      this.changes,
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        // Focus moving to a panel or a non-text editor keeps the last article on show.
        if (editor) void this.follow(editor.document);
      }),
      store.onDidUpdate(({ document }) => {
        if (document === this.document) void this.follow(document);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (document !== this.document) return;
        this.index = undefined;
        this.show(undefined, []);
      }),
    );
    const active = vscode.window.activeTextEditor;
    if (active) void this.follow(active.document);
  }

  private async follow(document: vscode.TextDocument): Promise<void> {
    this.document = document;
    const annotations = this.store.isAnnotated(document) ? await this.store.current(document) : undefined;
    // A newer editor may have become active while waiting.
    if (this.document !== document) return;
    this.index = annotations ? indexOf(annotations) : undefined;
    this.show(document, annotations ? speakerGroups(annotations) : []);
  }

  private show(document: vscode.TextDocument | undefined, groups: SpeakerGroup[]): void {
    this.document = document;
    this.groups = groups;
    const quotes = groups.reduce((sum, group) => sum + group.quotes.length, 0);
    this.quoteCount = quotes;
    this.view.description = document && groups.length > 0 ? vscode.l10n.t('{0} speakers, {1} quotations', groups.filter((group) => group.speaker).length, quotes) : undefined;
    this.changes.fire();
  }

  getChildren(node?: Node): Node[] {
    if (!node) return this.groups.map((group) => ({ group }));
    return 'quote' in node ? [] : node.group.quotes.map((quote) => ({ quote, group: node.group }));
  }

  getParent(node: Node): Node | undefined {
    return 'quote' in node ? { group: node.group } : undefined;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if ('quote' in node) return this.quoteItem(node.quote);
    const { speaker, quotes } = node.group;
    const name = speaker?.name ?? vscode.l10n.t('Unnamed sources');
    const item = new vscode.TreeItem(`${name} (${quotes.length})`, this.quoteCount > EXPANDED_UP_TO_QUOTES ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded);
    item.id = `speaker:${speaker?.id ?? ''}`;
    // Named speakers can be corrected from the context menu (package.json menus).
    if (speaker) item.contextValue = 'speaker';
    item.description = speaker?.roles[0];
    item.iconPath = new vscode.ThemeIcon(speaker ? KIND_ICONS[speaker.type] : 'question');
    item.tooltip = [name, ...(speaker?.roles ?? []), vscode.l10n.t('Quotations: {0}', quotes.length)].join('\n');
    return item;
  }

  private quoteItem(quote: Quote): vscode.TreeItem {
    const item = new vscode.TreeItem(quoteLabel(quote) || '…', vscode.TreeItemCollapsibleState.None);
    item.id = `quote:${quote.id}`;
    item.contextValue = 'quote';
    item.iconPath = new vscode.ThemeIcon(KIND_ICONS.quotation);
    item.tooltip = quote.text;
    if (this.index) item.description = quoteSourceDetail(quote, this.index, vscode.l10n.t) || undefined;
    if (this.document) {
      item.command = {
        command: REVEAL_COMMAND,
        title: vscode.l10n.t('Go to the quotation'),
        arguments: [this.document.uri.toString(), quote.start, quote.end],
      };
    }
    return item;
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
