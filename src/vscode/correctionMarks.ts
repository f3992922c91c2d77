import * as vscode from 'vscode';
import { AnnotationStore } from './annotationStore';
import { SECTION } from './config';
import { Highlighter } from './highlighter';
import { correctedSpans } from './model/correctionChoices';

/**
 * A dashed line under each corrected annotation, so a reviewer sees what is human and what is
 * machine. A bottom border, not a text decoration: that would split an Arabic line and scramble it
 * (docs/rtl-rendering.md).
 */
export class CorrectionMarks implements vscode.Disposable {
  private readonly type = vscode.window.createTextEditorDecorationType({
    borderColor: new vscode.ThemeColor(`${SECTION}.correctedUnderline`),
    borderStyle: 'none none dashed none',
    borderWidth: '0 0 2px 0',
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly store: AnnotationStore, private readonly highlighter: Highlighter) {
    this.disposables = [
      this.type,
      store.onDidUpdate(({ document }) => this.drawDocument(document)),
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((editor) => this.draw(editor))),
      highlighter.onDidToggle(() => vscode.window.visibleTextEditors.forEach((editor) => this.draw(editor))),
    ];
  }

  private drawDocument(document: vscode.TextDocument): void {
    for (const editor of vscode.window.visibleTextEditors) if (editor.document === document) this.draw(editor);
  }

  private draw(editor: vscode.TextEditor): void {
    const { document } = editor;
    const annotations = this.highlighter.isShown(document) ? this.store.latest(document) : undefined;
    // Until the current version is analysed, the marks drawn stay (VS Code moves them with the edits).
    if (!annotations && this.highlighter.isShown(document) && this.store.isAnnotated(document)) return;
    const spans = annotations ? correctedSpans(annotations) : [];
    editor.setDecorations(this.type, spans.map((span) => new vscode.Range(document.positionAt(span.start), document.positionAt(span.end))));
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
