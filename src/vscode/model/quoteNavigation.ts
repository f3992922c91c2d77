/**
 * The quotation (or other span) to move to from a cursor at `offset`: forward, the first one that
 * starts after it; backward, the last one that starts before it. Both wrap around the document,
 * so the commands keep cycling. `quotes` must be sorted by start.
 */
export function adjacentSpan<T extends { start: number }>(quotes: readonly T[], offset: number, direction: 'next' | 'previous'): T | undefined {
  if (quotes.length === 0) return undefined;
  if (direction === 'next') return quotes.find((quote) => quote.start > offset) ?? quotes[0];
  for (let i = quotes.length - 1; i >= 0; i--) {
    if (quotes[i].start < offset) return quotes[i];
  }
  return quotes[quotes.length - 1];
}
