import * as vscode from 'vscode';
import type { CorpusEntity, DigestEntity, DigestQuote } from '../core/corpus-index';
import { CorpusIndexer } from './corpusIndexer';
import { KIND_ICONS, REVEAL_COMMAND } from './model/cards';
import { isolate } from './model/bidi';

export const CORPUS_VIEW = 'arabicAnnotator.corpus';
export const FILTER_CORPUS = 'arabicAnnotator.filterCorpus';
export const CLEAR_CORPUS_FILTER = 'arabicAnnotator.clearCorpusFilter';
/** Set while a filter narrows the view: its title bar then offers to clear it. */
const FILTERED_CONTEXT = 'arabicAnnotator.corpusFiltered';
/** Names listed at the top level at most: past them the filter finds the rest. */
const TOP_LEVEL_ROWS = 500;

type EntityNode = { entity: CorpusEntity };
type ArticleNode = { entity: CorpusEntity; article: string; there: DigestEntity };
type QuoteNode = { article: string; quote: DigestQuote; parentId: string };
type MoreNode = { more: number };
type Node = EntityNode | ArticleNode | QuoteNode | MoreNode;

/**
 * The Corpus view: the people and organizations of the folder's articles, most quoted first →
 * the articles each appears in → what they said there; a click opens the article at the name or
 * the quotation. Indexing starts the first time the view is shown.
 */
export class CorpusView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changes = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changes.event;
  private readonly view: vscode.TreeView<Node>;
  private filter = '';
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly indexer: CorpusIndexer) {
    this.view = vscode.window.createTreeView(CORPUS_VIEW, { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(
      this.view,
      this.changes,
      this.view.onDidChangeVisibility(({ visible }) => {
        if (visible) void indexer.start();
      }),
      indexer.onDidChange(() => this.refresh()),
      vscode.commands.registerCommand(FILTER_CORPUS, () => this.askFilter()),
      vscode.commands.registerCommand(CLEAR_CORPUS_FILTER, () => this.setFilter('')),
    );
    if (this.view.visible) void indexer.start();
  }

  private async askFilter(): Promise<void> {
    const filter = await vscode.window.showInputBox({
      title: vscode.l10n.t('Filter the Corpus view'),
      prompt: vscode.l10n.t('Names that contain these letters (hamza seats, ta marbuta and diacritics ignored)'),
      value: this.filter,
    });
    if (filter !== undefined) this.setFilter(filter.trim());
  }

  private setFilter(filter: string): void {
    this.filter = filter;
    void vscode.commands.executeCommand('setContext', FILTERED_CONTEXT, filter !== '');
    this.refresh();
  }

  private refresh(): void {
    const { index, progress, tooLarge } = this.indexer;
    const parts = [vscode.l10n.t('{0} articles', index.articleCount)];
    if (progress) parts.push(vscode.l10n.t('analysing {0} of {1}', progress.done, progress.total));
    this.view.description = parts.join(' · ');
    const messages: string[] = [];
    if (this.filter) messages.push(vscode.l10n.t('Filter: {0}', isolate(this.filter)));
    if (tooLarge.size > 0) messages.push(vscode.l10n.t('Skipped, over the size limit (arabicAnnotator.maxDocumentSizeKB): {0} files', tooLarge.size));
    this.view.message = messages.length > 0 ? messages.join(' · ') : undefined;
    this.changes.fire();
  }

  getChildren(node?: Node): Node[] {
    const { index } = this.indexer;
    if (!node) {
      const ranked = index.ranked(this.filter);
      const rows: Node[] = ranked.slice(0, TOP_LEVEL_ROWS).map((entity) => ({ entity }));
      if (ranked.length > TOP_LEVEL_ROWS) rows.push({ more: ranked.length - TOP_LEVEL_ROWS });
      return rows;
    }
    if ('more' in node || 'quote' in node) return [];
    if ('article' in node) return node.there.quotes.map((quote) => ({ article: node.article, quote, parentId: articleId(node) }));
    return index.appearances(node.entity.key).map(({ article, entity: there }) => ({ entity: node.entity, article, there }));
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if ('more' in node) {
      const item = new vscode.TreeItem(vscode.l10n.t('{0} more: filter to find them', node.more), vscode.TreeItemCollapsibleState.None);
      item.command = { command: FILTER_CORPUS, title: vscode.l10n.t('Filter the Corpus view') };
      return item;
    }
    if ('quote' in node) {
      const item = new vscode.TreeItem(isolate(node.quote.text.replace(/\s+/g, ' ')), vscode.TreeItemCollapsibleState.None);
      item.id = `${node.parentId}|${node.quote.start}`;
      item.iconPath = new vscode.ThemeIcon(KIND_ICONS.quotation);
      item.tooltip = node.quote.text;
      item.command = reveal(node.article, node.quote.start, node.quote.end, vscode.l10n.t('Go to the quotation'));
      return item;
    }
    if ('article' in node) {
      const { there } = node;
      const item = new vscode.TreeItem(vscode.workspace.asRelativePath(vscode.Uri.parse(node.article)), there.quotes.length > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
      item.id = articleId(node);
      item.iconPath = vscode.ThemeIcon.File;
      item.resourceUri = vscode.Uri.parse(node.article);
      item.description = [vscode.l10n.t('{0} quotations', there.quotes.length), ...there.roles.slice(0, 1).map(isolate)].join(' · ');
      item.tooltip = there.roles.length > 0 ? there.roles.join('، ') : undefined;
      item.command = reveal(node.article, there.start, there.end, vscode.l10n.t('Go to the name'));
      return item;
    }
    const { entity } = node;
    const item = new vscode.TreeItem(isolate(entity.name), vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `corpus:${entity.key}`;
    item.iconPath = new vscode.ThemeIcon(KIND_ICONS[entity.type]);
    item.description = vscode.l10n.t('{0} quotations · {1} mentions · {2} articles', entity.quotes, entity.mentions, entity.articles);
    return item;
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}

function articleId(node: ArticleNode): string {
  return `corpus:${node.entity.key}|${node.article}`;
}

function reveal(article: string, start: number, end: number, title: string): vscode.Command {
  return { command: REVEAL_COMMAND, title, arguments: [article, start, end] };
}
