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
