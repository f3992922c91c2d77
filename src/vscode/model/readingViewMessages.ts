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
  const mention = index.mentionAt(start);
  if (mention && mention.start === start && mention.end === end) return true;
  return index.quotes.some((quote) => quote.start === start && quote.end === end);
}
