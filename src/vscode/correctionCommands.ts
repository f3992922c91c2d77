import * as vscode from 'vscode';
import { applyCorrections, UnresolvedCorrection } from '../core/corrections';
import { reviewedCorrections, withCorrections, withoutCorrections } from '../core/corrections-edit';
import type { Correction } from '../core/corrections-file';
import type { Annotations, Entity, EntityType, Quote, Span } from '../core/types';
import { AnnotationStore } from './annotationStore';
import { indexOf } from './model/annotationIndex';
import { kindName } from './model/cards';
import { EntityChoice, sameAsChoices, speakerChoices } from './model/correctionChoices';
import {
  ADD_ROLE, CHANGE_TYPE, CORRECT, CORRECTABLE_TYPES, correctionHoldsIn, holdsIn, NOT_A_QUOTATION, parseCorrectionArguments, parseSpanArguments, SAME_AS, SET_SPEAKER,
} from './model/correctionLinks';
import type { ViewSpanKind } from './model/readingViewMessages';
import { quoteLabel } from './model/speakers';
import { REVIEW_UNAPPLIED } from './sidecarStore';

export const UNDO_CORRECTION = 'arabicAnnotator.undoCorrection';
export const ACCEPT_ALL = 'arabicAnnotator.acceptAllAsReviewed';

/** Characters of article text shown in a title or a pick. */
const EXCERPT = 30;

export function excerpt(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > EXCERPT ? line.slice(0, EXCERPT) + '…' : line;
}

const spanOf = (span: Span): Span => ({ start: span.start, end: span.end, text: span.text });

/** A span of a document a command is about. */
export type Target = { document: vscode.TextDocument; start: number; end: number };

/** The span of the reading view's context menu (its `webview` context), or "refused" when it names nothing the view shows. */
export type ViewTarget = (context: object, kind: ViewSpanKind) => Target | 'refused';

/** What the last corrections written from this window replaced, for undoing them. */
interface Written {
  uri: string;
  added: Correction[];
  replaced: Correction[];
}

/**
 * Writing what a person decides into the corrections file beside the article, one decision at a
 * time, and undoing the last one written from this window.
 */
class CorrectionWriter {
  private readonly written: Written[] = [];

  constructor(private readonly store: AnnotationStore) {}

  async add(document: vscode.TextDocument, added: Correction[]): Promise<boolean> {
    const base = await this.base(document);
    if (!base) return false;
    const next = withCorrections(base.corrections, added);
    await this.store.sidecars.write(document, next.corrections);
    this.written.push({ uri: document.uri.toString(), added, replaced: next.replaced });
    return true;
  }

  async undo(): Promise<void> {
    const last = this.written.pop();
    if (!last) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No correction was written from this window to undo.'));
      return;
    }
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(last.uri));
    const base = await this.base(document);
    if (!base) return;
    // The article may have been edited since: the undone corrections move with their text, as the file's do.
    const moved = applyCorrections(document.getText(), base.raw, [...last.added, ...last.replaced]).corrections;
    const before = withoutCorrections(base.corrections, moved.slice(0, last.added.length), moved.slice(last.added.length));
    if (!before) {
      void vscode.window.showInformationMessage(vscode.l10n.t('The last correction is no longer in the corrections file.'));
      return;
    }
    await this.store.sidecars.write(document, before);
  }

  /** The document's corrections as they stand now (moved to where their text is), and its analysis before them. */
  private async base(document: vscode.TextDocument): Promise<{ raw: Annotations; corrections: Correction[] } | undefined> {
    const analysis = await this.store.currentWithCorrections(document);
    if (!analysis) {
      void vscode.window.showInformationMessage(vscode.l10n.t('This document is not annotated, so there is nothing to correct.'));
      return undefined;
    }
    const state = this.store.sidecars.state(document);
    // A file that cannot be read holds none that can be kept: it is backed up when written.
    const corrections = analysis.corrected?.corrections ?? (state?.kind === 'read' ? state.corrections : []);
    return { raw: analysis.raw, corrections };
  }
}

function openDocument(uri: string): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((open) => open.uri.toString() === uri);
}

/** Why nothing was corrected, when a quick fix, a link or the reading view names what is not (or no longer) in an open document. */
function refuseStale(log: vscode.LogOutputChannel, id: string, args: unknown[]): void {
  log.warn(`${id}: refused arguments that name no text of an open document: ${JSON.stringify(args).slice(0, 300)}`);
  void vscode.window.showWarningMessage(vscode.l10n.t('Nothing was corrected: what it names is not in the article as it is now (the article changed since, or the link was not made here).'));
}

/**
 * The span a command is about: [uri, start, end, text] (a quick fix, a hover link; its text must
 * still be there), the reading view's context menu, a Speakers view row, or the active editor's
 * selection. "refused" when arguments name what is not in an open document.
 */
function targetOf(args: unknown[], kind: ViewSpanKind, viewTarget: ViewTarget): Target | 'refused' | undefined {
  const [first] = args;
  if (typeof first === 'object' && first !== null && 'webview' in first) return viewTarget(first, kind);
  if (typeof first === 'string') {
    const named = parseSpanArguments(args);
    const document = named && openDocument(named.uri);
    if (!named || !document || !holdsIn(document.getText(), [named.span])) return 'refused';
    return { document, start: named.span.start, end: named.span.end };
  }
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const node = first as { quote?: Quote; group?: { speaker: Entity | null } } | undefined;
  const span = node?.quote ?? node?.group?.speaker?.mentions[0];
  if (span) return { document: editor.document, start: span.start, end: span.end };
  const { document, selection } = editor;
  return { document, start: document.offsetAt(selection.start), end: document.offsetAt(selection.end) };
}

/** The mention at or around the target and its entity. */
function mentionAt(annotations: Annotations, target: Target) {
  return indexOf(annotations).mentionAtCursor(target.start);
}

function quoteAt(annotations: Annotations, target: Target): Quote | undefined {
  const index = indexOf(annotations);
  return index.quotes.find((q) => q.start === target.start && q.end === target.end) ?? index.quoteAt(target.start);
}

function choiceItem(choice: EntityChoice): vscode.QuickPickItem & { choice: EntityChoice } {
  const roles = choice.entity.roles.length > 0 ? ` · ${choice.entity.roles[0]}` : '';
  return { label: choice.entity.name, description: `${kindName(choice.entity.type, vscode.l10n.t)}${roles}`, choice };
}

export function registerCorrectionCommands(store: AnnotationStore, log: vscode.LogOutputChannel, viewTarget: ViewTarget): vscode.Disposable {
  const writer = new CorrectionWriter(store);

  /** Runs a command on its target's annotations; a failure is said, not thrown into the void. */
  const command = (id: string, kind: ViewSpanKind, action: (target: Target, annotations: Annotations) => Promise<unknown>) =>
    vscode.commands.registerCommand(id, async (...args: unknown[]) => {
      const target = targetOf(args, kind, viewTarget);
      if (target === 'refused') refuseStale(log, id, args);
      if (!target || target === 'refused') return;
      try {
        const annotations = await store.current(target.document);
        if (!annotations) {
          void vscode.window.showInformationMessage(vscode.l10n.t('This document is not annotated, so there is nothing to correct.'));
          return;
        }
        await action(target, annotations);
      } catch (error) {
        log.error(`${id} failed`, error);
        void vscode.window.showErrorMessage(vscode.l10n.t('The correction was not written: {0}', error instanceof Error ? error.message : String(error)));
      }
    });

  const withMention = async (target: Target, annotations: Annotations, action: (mention: Span, entity: Entity) => Promise<unknown>) => {
    const mention = mentionAt(annotations, target);
    if (!mention) {
      void vscode.window.showInformationMessage(vscode.l10n.t('There is no name here to correct.'));
      return;
    }
    await action(spanOf(mention), mention.entity);
  };

  const withQuote = async (target: Target, annotations: Annotations, action: (quote: Quote) => Promise<unknown>) => {
    const quote = quoteAt(annotations, target);
    if (!quote) {
      void vscode.window.showInformationMessage(vscode.l10n.t('There is no quotation here to correct.'));
      return;
    }
    await action(quote);
  };

  return vscode.Disposable.from(
    vscode.commands.registerCommand(CORRECT, async (...args: unknown[]) => {
      const given = parseCorrectionArguments(args);
      const document = given && openDocument(given.uri);
      if (!given || !document || !correctionHoldsIn(document.getText(), given.correction)) {
        refuseStale(log, CORRECT, args);
        return;
      }
      try {
        await writer.add(document, [given.correction]);
      } catch (error) {
        log.error(`${CORRECT} failed`, error);
        void vscode.window.showErrorMessage(vscode.l10n.t('The correction was not written: {0}', error instanceof Error ? error.message : String(error)));
      }
    }),
    command(CHANGE_TYPE, 'mention', (target, annotations) => withMention(target, annotations, async (mention, entity) => {
      const items = [
        ...CORRECTABLE_TYPES.filter((type) => type !== entity.type).map((type) => ({ label: kindName(type, vscode.l10n.t), type: type as EntityType | null })),
        { label: vscode.l10n.t('Not a name'), type: null },
      ];
      const picked = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('«{0}» is', excerpt(mention.text)) });
      if (picked) await writer.add(target.document, [{ op: 'entity', ...mention, type: picked.type }]);
    })),
    command(SAME_AS, 'mention', (target, annotations) => withMention(target, annotations, async (mention, entity) => {
      const picked = await vscode.window.showQuickPick(sameAsChoices(annotations, entity, mention).map(choiceItem), {
        placeHolder: vscode.l10n.t('«{0}» is the same as', excerpt(mention.text)),
        matchOnDescription: true,
      });
      if (picked) await writer.add(target.document, [{ op: 'same', a: spanOf(picked.choice.mention), b: mention }]);
    })),
    command(ADD_ROLE, 'mention', (target, annotations) => withMention(target, annotations, async (mention, entity) => {
      const role = await vscode.window.showInputBox({
        prompt: vscode.l10n.t('A role of {0}, as the article words it (سفير، وزير الخارجية …)', entity.name),
        validateInput: (value) => (value.trim() === '' ? vscode.l10n.t('A role cannot be empty.') : undefined),
      });
      if (role) await writer.add(target.document, [{ op: 'role', entity: mention, role: role.trim() }]);
    })),
    command(SET_SPEAKER, 'quote', (target, annotations) => withQuote(target, annotations, async (quote) => {
      const { speakers, others } = speakerChoices(annotations, quote);
      type Item = vscode.QuickPickItem & { speaker?: Span | null };
      const current = (choice: EntityChoice): Item => {
        const item = choiceItem(choice);
        return { ...item, speaker: spanOf(choice.mention), detail: choice.entity.id === quote.speaker ? vscode.l10n.t('the speaker now') : undefined };
      };
      const items: Item[] = [
        ...speakers.map(current),
        { label: vscode.l10n.t('Unnamed source'), description: quote.speaker === null ? vscode.l10n.t('the speaker now') : undefined, speaker: null },
        { label: vscode.l10n.t('Other people and organizations'), kind: vscode.QuickPickItemKind.Separator },
        ...others.map(current),
      ];
      const picked = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Who said «{0}»?', quoteLabel(quote)), matchOnDescription: true });
      if (picked && picked.speaker !== undefined) await writer.add(target.document, [{ op: 'speaker', quote: spanOf(quote), speaker: picked.speaker }]);
    })),
    command(NOT_A_QUOTATION, 'quote', (target, annotations) => withQuote(target, annotations, (quote) =>
      writer.add(target.document, [{ op: 'quote', ...spanOf(quote), kind: null }]))),
    command(ACCEPT_ALL, 'mention', async (target, annotations) => {
      const reviewed = reviewedCorrections(annotations);
      if (await writer.add(target.document, reviewed)) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Every annotation of this document is now kept as reviewed: {0} corrections.', reviewed.length));
      }
    }),
    vscode.commands.registerCommand(UNDO_CORRECTION, () => writer.undo().catch((error: unknown) => {
      log.error(`${UNDO_CORRECTION} failed`, error);
      void vscode.window.showErrorMessage(vscode.l10n.t('The correction was not undone: {0}', error instanceof Error ? error.message : String(error)));
    })),
    vscode.commands.registerCommand(REVIEW_UNAPPLIED, (uri?: unknown) => reviewUnapplied(store, typeof uri === 'string' ? uri : undefined)),
  );
}

const REASONS: Record<UnresolvedCorrection['reason'], () => string> = {
  'text-not-found': () => vscode.l10n.t('its text is no longer in the article'),
  'no-mention': () => vscode.l10n.t('no name is there any more'),
  'no-quotation': () => vscode.l10n.t('no quotation is there any more'),
};

/** The corrections that could not be applied, in a pick; picking one shows where it was. */
async function reviewUnapplied(store: AnnotationStore, uri: string | undefined): Promise<void> {
  const document = uri ? openDocument(uri) : vscode.window.activeTextEditor?.document;
  if (!document) return;
  const analysis = await store.currentWithCorrections(document);
  const unresolved = analysis?.corrected?.unresolved ?? [];
  if (unresolved.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Every correction of this document is applied.'));
    return;
  }
  const state = store.sidecars.state(document);
  const lines = state?.kind === 'read' ? state.lines : [];
  const picked = await vscode.window.showQuickPick(
    unresolved.map((u) => ({
      label: `${u.correction.op} «${excerpt(u.span.text)}»`,
      description: REASONS[u.reason](),
      detail: vscode.l10n.t('line {0} of the corrections file; it was at {1}–{2}', lines[u.index] ?? '?', u.span.start, u.span.end),
      unresolved: u,
    })),
    { placeHolder: vscode.l10n.t('Corrections not applied (kept in the file): pick one to see where it was') },
  );
  if (!picked) return;
  const length = document.getText().length;
  const range = new vscode.Range(document.positionAt(Math.min(picked.unresolved.span.start, length)), document.positionAt(Math.min(picked.unresolved.span.end, length)));
  const editor = await vscode.window.showTextDocument(document, { selection: range });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
