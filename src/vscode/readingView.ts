import * as vscode from 'vscode';
import { readingCards, ReadingLabels } from '../core/render/labels';
import { renderArticle, renderReadingDocument } from '../core/render/readingHtml';
import type { Annotations } from '../core/types';
import { AnnotationStore } from './annotationStore';
import { SECTION } from './config';
import type { Target } from './correctionCommands';
import { indexOf } from './model/annotationIndex';
import { holdsIn } from './model/correctionLinks';
import { readingLabels } from './model/readingLabels';
import { parseViewContext, parseViewRequest, READING_VIEW_TYPE, ViewSpanKind } from './model/readingViewMessages';
import { writeFileAtomically } from './writeAtomically';

export const OPEN_READING_VIEW = 'arabicAnnotator.openReadingView';
export const SAVE_AS_HTML = 'arabicAnnotator.saveAsHtml';

function fontSetting(document: vscode.TextDocument): string | undefined {
  return vscode.workspace.getConfiguration(SECTION, document).get<string>('readingView.fontFamily');
}

function nonce(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(18)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The view's labels: in the editor's language, as its other strings are. */
function viewLabels(): ReadingLabels {
  return readingLabels(vscode.l10n.t, vscode.env.language);
}

/**
 * The article as a reader sees it, beside its editor: a webview drawn from the editor's own
 * analysis (the store's, never a second one), following the editor's cursor, scroll and edits.
 * Clicking a name or a quotation selects it in the editor; its context menu corrects it.
 */
export class ReadingView implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private document: vscode.TextDocument | undefined;
  private shown: Annotations | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly store: AnnotationStore, private readonly extensionUri: vscode.Uri, private readonly log: vscode.LogOutputChannel) {
    this.disposables.push(
      vscode.commands.registerCommand(OPEN_READING_VIEW, () => this.openForActiveEditor()),
      vscode.commands.registerCommand(SAVE_AS_HTML, () => this.saveAsHtml()),
      store.onDidUpdate(({ document }) => {
        if (document === this.document) this.sendUpdate();
      }),
      vscode.window.onDidChangeTextEditorSelection(({ textEditor }) => {
        if (textEditor.document === this.document) this.sendCursor(textEditor);
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges(({ textEditor }) => {
        if (textEditor.document === this.document) this.sendScroll(textEditor);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (document === this.document) this.panel?.dispose();
      }),
    );
  }

  private async openForActiveEditor(): Promise<void> {
    const document = vscode.window.activeTextEditor?.document;
    if (!document) return;
    const annotations = await this.store.current(document);
    if (!annotations) {
      void vscode.window.showInformationMessage(vscode.l10n.t('This document is not annotated: run "Annotate This Document" first.'));
      return;
    }
    this.document = document;
    this.shown = undefined;
    const panel = this.panel ?? this.createPanel();
    panel.title = vscode.l10n.t('Reading: {0}', document.uri.path.split('/').pop() ?? '');
    panel.webview.html = renderReadingDocument(document.getText(), annotations, {
      fontFamily: fontSetting(document),
      labels: viewLabels(),
      webview: {
        nonce: nonce(),
        cspSource: panel.webview.cspSource,
        scriptUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(this.mediaRoot(), 'readingView.js')).toString(),
        styleUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(this.mediaRoot(), 'readingView.css')).toString(),
      },
    });
    this.shown = annotations;
    panel.reveal(vscode.ViewColumn.Beside, true);
  }

  private mediaRoot(): vscode.Uri {
    return vscode.Uri.joinPath(this.extensionUri, 'media');
  }

  private createPanel(): vscode.WebviewPanel {
    const panel = vscode.window.createWebviewPanel(READING_VIEW_TYPE, vscode.l10n.t('Reading View'), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      enableCommandUris: false,
      localResourceRoots: [this.mediaRoot()],
    });
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'images', 'speakers.svg');
    panel.webview.onDidReceiveMessage((message: unknown) => this.receive(message));
    panel.onDidDispose(() => {
      this.panel = undefined;
      this.document = undefined;
      this.shown = undefined;
    });
    this.panel = panel;
    return panel;
  }

  private receive(message: unknown): void {
    const request = parseViewRequest(message, this.shown && indexOf(this.shown));
    if (!request) {
      this.log.warn('Reading view: ignored a message that is not a request for a shown annotation');
      return;
    }
    if (request.type === 'ready') {
      this.sendUpdate();
      return;
    }
    void this.reveal(request.start, request.end, request.keepFocus);
  }

  private async reveal(start: number, end: number, keepFocus: boolean): Promise<void> {
    const document = this.document;
    if (!document) return;
    const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
    const shownIn = vscode.window.visibleTextEditors.find((editor) => editor.document === document);
    const editor = await vscode.window.showTextDocument(document, { viewColumn: shownIn?.viewColumn ?? vscode.ViewColumn.One, selection: range, preserveFocus: keepFocus });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  /** The article and its cards, when the store has the analysis of the document's current version. */
  private sendUpdate(): void {
    const { panel, document } = this;
    if (!panel || !document) return;
    const annotations = this.store.latest(document);
    if (!annotations) return;
    this.shown = annotations;
    const labels = viewLabels();
    void panel.webview.postMessage({ type: 'update', html: renderArticle(document.getText(), annotations, true, labels), cards: readingCards(annotations, labels), labels });
    const editor = vscode.window.visibleTextEditors.find((visible) => visible.document === document);
    if (editor) {
      this.sendCursor(editor);
      this.sendScroll(editor);
    }
  }

  private sendCursor(editor: vscode.TextEditor): void {
    void this.panel?.webview.postMessage({ type: 'cursor', offset: editor.document.offsetAt(editor.selection.active) });
  }

  /**
   * Where the editor is scrolled: the offset of its first visible line, and whether its cursor is
   * on screen (then the view keeps the cursor's paragraph on screen too: a click in the view that
   * scrolls the editor does not scroll the clicked name out of the view).
   */
  private sendScroll(editor: vscode.TextEditor): void {
    const [first] = editor.visibleRanges;
    if (!first) return;
    const cursorShown = editor.visibleRanges.some((range) => range.contains(editor.selection.active));
    void this.panel?.webview.postMessage({ type: 'scroll', offset: editor.document.offsetAt(first.start), cursorShown });
  }

  /** The span of a context-menu command run in the view, if the view shows it and the document still has its text there. */
  targetOf(context: object, kind: ViewSpanKind): Target | 'refused' {
    const { document, shown } = this;
    const span = document && parseViewContext(context, kind, shown && indexOf(shown));
    return document && span && holdsIn(document.getText(), [span]) ? { document, start: span.start, end: span.end } : 'refused';
  }

  /** The standalone page (what `annotate --format html` writes) of the shown or the active document. */
  private async saveAsHtml(): Promise<void> {
    const document = this.panel?.active ? this.document : vscode.window.activeTextEditor?.document ?? this.document;
    if (!document) return;
    const annotations = await this.store.current(document);
    if (!annotations) {
      void vscode.window.showInformationMessage(vscode.l10n.t('This document is not annotated: run "Annotate This Document" first.'));
      return;
    }
    const text = document.getText();
    const target = await vscode.window.showSaveDialog({
      defaultUri: document.isUntitled ? undefined : document.uri.with({ path: `${document.uri.path.replace(/\.(txt|md|arabic)$/i, '')}.html` }),
      filters: { HTML: ['html'] },
      saveLabel: vscode.l10n.t('Save as HTML'),
    });
    if (!target) return;
    const html = renderReadingDocument(text, annotations, { fontFamily: fontSetting(document) });
    await writeFileAtomically(target, html);
    void vscode.window.showInformationMessage(vscode.l10n.t('Saved the reading view as {0}', target.path.split('/').pop() ?? target.toString()));
  }

  dispose(): void {
    this.panel?.dispose();
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
