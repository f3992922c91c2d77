import type { Annotations, Span } from '../../core/types';

/** Each kind is drawn with its own decoration type and can be switched off on its own. */
export const HIGHLIGHT_KINDS = ['person', 'place', 'organization', 'quotation'] as const;
export type HighlightKind = (typeof HIGHLIGHT_KINDS)[number];

/** The spans to draw per kind; a kind switched off gets none ('other' names are not drawn). */
export function highlightSpans(annotations: Annotations, enabled: Record<HighlightKind, boolean>): Record<HighlightKind, Span[]> {
  const spans: Record<HighlightKind, Span[]> = { person: [], place: [], organization: [], quotation: [] };
  for (const entity of annotations.entities) {
    if (entity.type === 'other' || !enabled[entity.type]) continue;
    // One push per mention: spreading them into one push() call throws past ~120k arguments.
    for (const mention of entity.mentions) spans[entity.type].push(mention);
  }
  if (enabled.quotation) spans.quotation = annotations.quotes.slice();
  return spans;
}

/**
 * Marks an overview ruler can tell apart: a few hundred pixels tall, it shows at most one mark
 * per pixel, and the editor redraws every ruler mark on each keystroke (on a 2 MB article, 30,000
 * marks cost about 50 ms a key, measured with `npm run bench`).
 */
export const RULER_MARKS = 500;

/**
 * At most `marks` of the spans, one for each of `marks` equal stretches of a text `textLength`
 * long that has any: the ruler looks the same as with all of them.
 */
export function rulerSpans(spans: readonly Span[], textLength: number, marks = RULER_MARKS): Span[] {
  if (spans.length <= marks) return spans.slice();
  const stretch = Math.max(1, textLength / marks);
  const chosen = new Map<number, Span>();
  for (const span of spans) {
    const bucket = Math.floor(span.start / stretch);
    if (!chosen.has(bucket)) chosen.set(bucket, span);
  }
  return [...chosen.values()];
}
