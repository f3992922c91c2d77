import * as vscode from 'vscode';
import type { Quote } from '../core/types';
import { AnnotationStore } from './annotationStore';
import { SECTION } from './config';
import { KIND_ICONS, REVEAL_COMMAND } from './model/cards';
import { AnnotationIndex, indexOf } from './model/annotationIndex';
import { isolate } from './model/bidi';
import { LegendEntry, legendEntries } from './model/legend';
import { quoteLabel, quoteSourceDetail, SpeakerGroup, speakerGroups, speakerRow } from './model/speakers';

export const SPEAKERS_VIEW = 'arabicAnnotator.speakers';

/**
 * Speakers open with their quotations listed, as long as that stays readable: a long document's
 * thousands of rows would also cost the extension host every time the view refreshes.
 */
const EXPANDED_UP_TO_QUOTES = 200;

type SpeakerNode = { group: SpeakerGroup };
type QuoteNode = { quote: Quote; group: SpeakerGroup };
/** The row that opens on what the highlights' colours mean, and its lines. */
type LegendNode = { legend: true };
type LegendEntryNode = { entry: LegendEntry };
type Node = SpeakerNode | QuoteNode | LegendNode | LegendEntryNode;

const LEGEND: LegendNode = { legend: true };

/**
 * The Speakers view: who is quoted in the active document (name as label; number of quotations
 * and role as description) and what they said; picking a quotation reveals and selects it.
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
    // Nothing at all without speakers, so that the view's welcome text shows.
    if (!node) return this.groups.length > 0 ? [LEGEND, ...this.groups.map((group) => ({ group }))] : [];
    if ('legend' in node) return legendEntries(vscode.l10n.t).map((entry) => ({ entry }));
    return 'group' in node && !('quote' in node) ? node.group.quotes.map((quote) => ({ quote, group: node.group })) : [];
  }

  getParent(node: Node): Node | undefined {
    if ('entry' in node) return LEGEND;
    return 'quote' in node ? { group: node.group } : undefined;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if ('legend' in node) return legendItem();
    if ('entry' in node) return legendEntryItem(node.entry);
    if ('quote' in node) return this.quoteItem(node.quote);
    const { speaker } = node.group;
    const row = speakerRow(node.group, vscode.l10n.t);
    const item = new vscode.TreeItem(row.label, this.quoteCount > EXPANDED_UP_TO_QUOTES ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded);
    item.id = `speaker:${speaker?.id ?? ''}`;
    // Named speakers can be corrected from the context menu (package.json menus).
    if (speaker) item.contextValue = 'speaker';
    item.description = row.description;
    item.iconPath = new vscode.ThemeIcon(speaker ? KIND_ICONS[speaker.type] : 'question');
    item.tooltip = row.tooltip;
    return item;
  }

  private quoteItem(quote: Quote): vscode.TreeItem {
    const item = new vscode.TreeItem(isolate(quoteLabel(quote) || '…'), vscode.TreeItemCollapsibleState.None);
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

function legendItem(): vscode.TreeItem {
  const item = new vscode.TreeItem(vscode.l10n.t('Legend'), vscode.TreeItemCollapsibleState.Collapsed);
  item.id = 'legend';
  item.description = vscode.l10n.t('what the colours mean');
  item.iconPath = new vscode.ThemeIcon('symbol-color');
  return item;
}

/** Drawn in the entry's own theme colour, so the legend follows the theme and its customizations. */
function legendEntryItem(entry: LegendEntry): vscode.TreeItem {
  const item = new vscode.TreeItem(entry.label, vscode.TreeItemCollapsibleState.None);
  item.id = `legend:${entry.kind}`;
  item.description = entry.description;
  item.tooltip = `${entry.label}: ${entry.description}`;
  item.iconPath = new vscode.ThemeIcon(entry.icon, new vscode.ThemeColor(`${SECTION}.${entry.colour}`));
  return item;
}
