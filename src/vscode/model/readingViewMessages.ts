import type { Span } from '../../core/types';
import type { AnnotationIndex } from './annotationIndex';

/**
 * What the reading view's page may ask of the extension. The page shows article text, so it is
 * treated as untrusted: anything that is not exactly one of these is dropped.
 */
export type ViewRequest =
  /** The page's script is running and wants the annotations (sent again after each reload). */
  | { type: 'ready' }
  /** Select [start, end) in the editor; `keepFocus` leaves the keyboard in the view (n/p/m keys). */
  | { type: 'reveal'; start: number; end: number; keepFocus: boolean };

/** The page's message as a request, if it is well formed and names a mention or a quotation of this analysis. */
export function parseViewRequest(message: unknown, index: AnnotationIndex | undefined): ViewRequest | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const { type, start, end, keepFocus } = message as Record<string, unknown>;
  if (type === 'ready') return { type };
  if (type !== 'reveal' || !index || !Number.isSafeInteger(start) || !Number.isSafeInteger(end)) return undefined;
  const [from, to] = [start as number, end as number];
  if (!isAnnotatedSpan(index, from, to)) return undefined;
  return { type, start: from, end: to, keepFocus: keepFocus === true };
}

function isAnnotatedSpan(index: AnnotationIndex, start: number, end: number): boolean {
  return mentionAt(index, start, end) !== undefined || quoteAt(index, start, end) !== undefined;
}

/** The reading view's webview type: what VS Code names a context menu's webview by. */
export const READING_VIEW_TYPE = 'arabicAnnotator.readingView';

export type ViewSpanKind = 'mention' | 'quote';

/**
 * The span a context-menu command is about, from the context VS Code passes it: the page's
 * `data-vscode-context` (readingHtml.ts) and the webview's type. Page data is untrusted: only a
 * mention or a quotation of this analysis, exactly as shown, is taken.
 */
export function parseViewContext(context: unknown, kind: ViewSpanKind, index: AnnotationIndex | undefined): Span | undefined {
  if (typeof context !== 'object' || context === null || !index) return undefined;
  const fields = context as Record<string, unknown>;
  if (fields.webview !== READING_VIEW_TYPE) return undefined;
  const [flag, start, end] = kind === 'mention'
    ? [fields.readingMention, fields.mentionStart, fields.mentionEnd]
    : [fields.readingQuote, fields.quoteStart, fields.quoteEnd];
  if (flag !== true || !Number.isSafeInteger(start) || !Number.isSafeInteger(end)) return undefined;
  const [from, to] = [start as number, end as number];
  const shown = kind === 'mention' ? mentionAt(index, from, to) : quoteAt(index, from, to);
  return shown && { start: shown.start, end: shown.end, text: shown.text };
}

function mentionAt(index: AnnotationIndex, start: number, end: number): Span | undefined {
  const mention = index.mentionAt(start);
  return mention && mention.start === start && mention.end === end ? mention : undefined;
}

function quoteAt(index: AnnotationIndex, start: number, end: number): Span | undefined {
  return index.quotes.find((quote) => quote.start === start && quote.end === end);
}
