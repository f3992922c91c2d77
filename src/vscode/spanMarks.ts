import * as vscode from 'vscode';
import type { Annotations, Span } from '../core/types';
import { AnnotationStore, hostTurns } from './annotationStore';
import { SECTION } from './config';
import { Highlighter } from './highlighter';

/** Which spans of a document's analysis get the marks; none when the marks are switched off. */
export type MarkedSpans = (document: vscode.TextDocument, annotations: Annotations) => readonly Span[];

/**
 * One kind of mark over some annotations (corrected ones, uncertain ones), drawn with borders
 * only: a text decoration or foreground colour would split an Arabic line and scramble it
 * (docs/rtl-rendering.md). Shown and hidden with the highlights; `setting`, when it changes, redraws.
 */
export class SpanMarks implements vscode.Disposable {
  private readonly type: vscode.TextEditorDecorationType;
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly store: AnnotationStore,
    private readonly highlighter: Highlighter,
    style: vscode.DecorationRenderOptions,
    private readonly spansOf: MarkedSpans,
    setting?: string,
  ) {
    this.type = vscode.window.createTextEditorDecorationType({ ...style, rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed });
    const drawVisible = () => vscode.window.visibleTextEditors.forEach((editor) => this.draw(editor));
    this.disposables = [
      this.type,
      store.onDidUpdate(({ document }) => this.drawDocument(document)),
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((editor) => this.draw(editor))),
      highlighter.onDidToggle(drawVisible),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (setting && event.affectsConfiguration(`${SECTION}.${setting}`)) drawVisible();
      }),
    ];
  }

  /** On a turn of its own: it follows an analysis arriving, which many views wait for (hostTurns). */
  private drawDocument(document: vscode.TextDocument): void {
    void hostTurns.next().then(() => {
      for (const editor of vscode.window.visibleTextEditors) if (editor.document === document) this.draw(editor);
    });
  }

  private draw(editor: vscode.TextEditor): void {
    const { document } = editor;
    const annotations = this.highlighter.isShown(document) ? this.store.latest(document) : undefined;
    // Until the current version is analysed, the marks drawn stay (VS Code moves them with the edits).
    if (!annotations && this.highlighter.isShown(document) && this.store.isAnnotated(document)) return;
    const spans = annotations ? this.spansOf(document, annotations) : [];
    editor.setDecorations(this.type, spans.map((span) => new vscode.Range(document.positionAt(span.start), document.positionAt(span.end))));
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
