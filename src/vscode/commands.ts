import * as vscode from 'vscode';
import type { Annotations, Span } from '../core/types';
import { AnnotationStore } from './annotationStore';
import { Highlighter } from './highlighter';
import { indexOf } from './model/annotationIndex';
import { REVEAL_COMMAND } from './model/cards';
import { adjacentSpan } from './model/quoteNavigation';
import { mayReveal } from './model/revealTarget';
import { uncertainSpans } from './model/uncertainty';

export const ANNOTATE_DOCUMENT = 'arabicAnnotator.annotateDocument';
export const TOGGLE_HIGHLIGHTS = 'arabicAnnotator.toggleHighlights';
export const TOGGLE_HIGHLIGHTS_ALL = 'arabicAnnotator.toggleHighlightsAll';
export const NEXT_QUOTATION = 'arabicAnnotator.nextQuotation';
export const PREVIOUS_QUOTATION = 'arabicAnnotator.previousQuotation';
export const NEXT_UNCERTAIN = 'arabicAnnotator.nextUncertain';
export const PREVIOUS_UNCERTAIN = 'arabicAnnotator.previousUncertain';

/**
 * Select [start, end) of a document and bring it into view (hover links, the Speakers view): only
 * a document already open or inside a workspace folder, whatever address a link gives.
 */
async function revealRange(log: vscode.LogOutputChannel, uri: unknown, start: unknown, end: unknown): Promise<void> {
  if (typeof uri !== 'string' || typeof start !== 'number' || typeof end !== 'number') return;
  const target = vscode.Uri.parse(uri);
  const open = vscode.workspace.textDocuments.map((document) => document.uri);
  const folders = (vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri);
  if (!mayReveal(target, open, folders)) {
    log.warn(`Not revealing ${uri}: neither an open document nor inside a workspace folder`);
    return;
  }
  const document = await vscode.workspace.openTextDocument(target);
  const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
  const shownIn = vscode.window.visibleTextEditors.find((editor) => editor.document === document);
  const editor = await vscode.window.showTextDocument(document, { viewColumn: shownIn?.viewColumn, selection: range });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** Selects the quotation or name after or before the cursor among `candidates` (sorted by start), or says there is none. */
async function moveToAnnotation(
  store: AnnotationStore,
  direction: 'next' | 'previous',
  log: vscode.LogOutputChannel,
  candidates: (document: vscode.TextDocument, annotations: Annotations) => readonly Span[],
  noneMessage: string,
): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const annotations = await store.current(editor.document);
  if (!annotations) return;
  const { document } = editor;
  const target = adjacentSpan(candidates(document, annotations), document.offsetAt(editor.selection.start), direction);
  if (!target) {
    void vscode.window.showInformationMessage(noneMessage);
    return;
  }
  await revealRange(log, document.uri.toString(), target.start, target.end);
}

const allQuotes = (_document: vscode.TextDocument, annotations: Annotations) => indexOf(annotations).quotes;

export function registerCommands(store: AnnotationStore, highlighter: Highlighter, log: vscode.LogOutputChannel): vscode.Disposable {
  const uncertain = (document: vscode.TextDocument, annotations: Annotations) => uncertainSpans(store.uncertain(document, annotations));
  const withActiveDocument = (action: (document: vscode.TextDocument) => void) => () => {
    const document = vscode.window.activeTextEditor?.document;
    if (document) action(document);
  };
  return vscode.Disposable.from(
    vscode.commands.registerCommand(ANNOTATE_DOCUMENT, withActiveDocument((document) => store.force(document))),
    vscode.commands.registerCommand(TOGGLE_HIGHLIGHTS, withActiveDocument((document) => highlighter.toggle(document))),
    vscode.commands.registerCommand(TOGGLE_HIGHLIGHTS_ALL, () => highlighter.toggleAll()),
    vscode.commands.registerCommand(NEXT_QUOTATION, () => moveToAnnotation(store, 'next', log, allQuotes, vscode.l10n.t('No quotations were found in this document.'))),
    vscode.commands.registerCommand(PREVIOUS_QUOTATION, () => moveToAnnotation(store, 'previous', log, allQuotes, vscode.l10n.t('No quotations were found in this document.'))),
    vscode.commands.registerCommand(NEXT_UNCERTAIN, () => moveToAnnotation(store, 'next', log, uncertain, vscode.l10n.t('No annotation in this document is uncertain.'))),
    vscode.commands.registerCommand(PREVIOUS_UNCERTAIN, () => moveToAnnotation(store, 'previous', log, uncertain, vscode.l10n.t('No annotation in this document is uncertain.'))),
    vscode.commands.registerCommand(REVEAL_COMMAND, (uri: unknown, start: unknown, end: unknown) => revealRange(log, uri, start, end)),
  );
}
