import * as vscode from 'vscode';
import type { Correction } from '../core/corrections-file';
import type { EntityType, QuoteKind } from '../core/types';
import { AnnotationStore } from './annotationStore';
import { excerpt } from './correctionCommands';
import { indexOf } from './model/annotationIndex';
import { trimmedSpan } from './model/correctionChoices';
import { ADD_ROLE, CORRECT, CORRECTABLE_TYPES, NOT_A_QUOTATION, SAME_AS, SET_SPEAKER, spanArguments } from './model/correctionLinks';

/** The kind of every correction action: offered with Ctrl+. and the light bulb. */
export const CORRECTION_ACTION_KIND = vscode.CodeActionKind.QuickFix.append('arabicAnnotator.correct');

function typeTitle(type: EntityType, text: string): string {
  switch (type) {
    case 'person': return vscode.l10n.t('«{0}» is a person', text);
    case 'place': return vscode.l10n.t('«{0}» is a place', text);
    case 'organization': return vscode.l10n.t('«{0}» is an organization', text);
    case 'other': return vscode.l10n.t('«{0}» is another kind of name', text);
  }
}

function markTitle(type: EntityType | QuoteKind, text: string): string {
  switch (type) {
    case 'person': return vscode.l10n.t('Mark «{0}» as a person', text);
    case 'place': return vscode.l10n.t('Mark «{0}» as a place', text);
    case 'organization': return vscode.l10n.t('Mark «{0}» as an organization', text);
    case 'other': return vscode.l10n.t('Mark «{0}» as another kind of name', text);
    case 'direct': return vscode.l10n.t('Mark «{0}» as a direct quotation', text);
    case 'indirect': return vscode.l10n.t('Mark «{0}» as reported speech', text);
  }
}

/**
 * Corrections offered where the cursor or selection is: on a name, its kind, "not a name", the
 * same as another, a role; on a selection, a name or a quotation there; on a quotation, its
 * speaker or "not a quotation". Each writes one correction to the file beside the article.
 */
export class CorrectionActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [CORRECTION_ACTION_KIND] };

  constructor(private readonly store: AnnotationStore) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (context.only && !CORRECTION_ACTION_KIND.intersects(context.only)) return [];
    // What is drawn now: an action on an analysis still running would name spans not yet shown.
    const annotations = this.store.latest(document);
    if (!annotations || document.isUntitled) return [];
    const uri = document.uri.toString();
    const start = document.offsetAt(range.start);
    const end = document.offsetAt(range.end);
    const index = indexOf(annotations);
    const actions: vscode.CodeAction[] = [];
    const action = (title: string, command: string, args: unknown[]) => {
      const codeAction = new vscode.CodeAction(title, CORRECTION_ACTION_KIND);
      codeAction.command = { command, title, arguments: args };
      actions.push(codeAction);
    };
    const correct = (title: string, correction: Correction) => action(title, CORRECT, [uri, correction]);

    const mention = index.mentionAtCursor(start);
    if (mention && end <= mention.end) {
      const span = { start: mention.start, end: mention.end, text: mention.text };
      const name = excerpt(mention.text);
      for (const type of CORRECTABLE_TYPES) if (type !== mention.entity.type) correct(typeTitle(type, name), { op: 'entity', ...span, type });
      correct(vscode.l10n.t('«{0}» is not a name', name), { op: 'entity', ...span, type: null });
      action(vscode.l10n.t('«{0}» is the same as…', name), SAME_AS, spanArguments(uri, span));
      action(vscode.l10n.t('Add a role of {0}…', excerpt(mention.entity.name)), ADD_ROLE, spanArguments(uri, span));
    }

    const selected = start < end ? trimmedSpan(document.getText(), start, end) : undefined;
    if (selected && !(mention && selected.start === mention.start && selected.end === mention.end)) {
      const text = excerpt(selected.text);
      for (const type of CORRECTABLE_TYPES) correct(markTitle(type, text), { op: 'entity', ...selected, type });
      for (const kind of ['direct', 'indirect'] as const) correct(markTitle(kind, text), { op: 'quote', ...selected, kind });
    }

    const quote = index.quoteAt(start);
    if (quote && end <= quote.end) {
      const quoted = spanArguments(uri, quote);
      action(vscode.l10n.t('Set the speaker of this quotation…'), SET_SPEAKER, quoted);
      action(vscode.l10n.t('This is not a quotation'), NOT_A_QUOTATION, quoted);
    }
    return actions;
  }
}
