import * as vscode from 'vscode';
import { AnnotationStore } from './annotationStore';
import { Highlighter } from './highlighter';
import { legendMarkdown } from './model/legend';
import { documentCounts } from './model/speakers';
import { TOGGLE_HIGHLIGHTS } from './commands';

/** Context key true when the active editor shows an annotated document (used by keybindings). */
const ANNOTATED_CONTEXT = 'arabicAnnotator.documentAnnotated';

/**
 * The status-bar item of the active document: counts of entities, quotations and speakers
 * (clicking toggles the highlights), or why a large Arabic document is not annotated.
 */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('arabicAnnotator.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly store: AnnotationStore, private readonly highlighter: Highlighter) {
    this.item.name = vscode.l10n.t('Arabic Annotator');
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      store.onDidUpdate(({ document }) => {
        if (document === vscode.window.activeTextEditor?.document) this.update();
      }),
      highlighter.onDidToggle(() => this.update()),
    );
    this.update();
  }

  private update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const decision = document && this.store.decision(document);
    const annotations = document && decision?.annotate ? this.store.latest(document) : undefined;
    void vscode.commands.executeCommand('setContext', ANNOTATED_CONTEXT, decision?.annotate === true);
    if (document && decision && !decision.annotate && decision.reason === 'too-large') {
      this.item.text = `$(warning) ${vscode.l10n.t('Not annotated: too large')}`;
      this.item.tooltip = vscode.l10n.t('The document is {0} KB, over the limit of {1} KB (arabicAnnotator.maxDocumentSizeKB).', decision.sizeKB, decision.limitKB);
      this.item.command = { command: 'workbench.action.openSettings', title: '', arguments: ['arabicAnnotator.maxDocumentSizeKB'] };
      this.item.show();
      return;
    }
    if (!document || !annotations) {
      // While typing the counts of the previous version stay on show until the next analysis.
      if (!document || !decision?.annotate) this.item.hide();
      return;
    }
    const counts = documentCounts(annotations);
    const shown = this.highlighter.isShown(document);
    this.item.text = `$(${shown ? 'eye' : 'eye-closed'}) $(symbol-field) ${counts.entities}  $(quote) ${counts.quotes}  $(person) ${counts.speakers}`;
    // The hover is also the legend of the colours.
    this.item.tooltip = new vscode.MarkdownString([
      vscode.l10n.t('Arabic Annotator: {0} entities, {1} quotations, {2} speakers', counts.entities, counts.quotes, counts.speakers),
      legendMarkdown(vscode.l10n.t),
      shown ? vscode.l10n.t('Click to turn highlighting off for this document') : vscode.l10n.t('Click to turn highlighting on for this document'),
    ].join('\n\n'), true);
    this.item.command = TOGGLE_HIGHLIGHTS;
    this.item.show();
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
