import { HIGHLIGHT_KINDS, HighlightKind } from './highlights';
import type { Translate } from './translate';

export interface LegendEntry {
  kind: HighlightKind;
  /** What the highlight marks. */
  label: string;
  /** How it is drawn, in words (the colours themselves are the theme's). */
  description: string;
}

/** What each highlight means: the legend of the Speakers view and of the status bar's hover. */
export function legendEntries(t: Translate): LegendEntry[] {
  const entries: Record<HighlightKind, Omit<LegendEntry, 'kind'>> = {
    person: { label: t('People'), description: t('amber, framed') },
    place: { label: t('Places'), description: t('green, framed') },
    organization: { label: t('Organizations'), description: t('blue, framed') },
    quotation: { label: t('Quotations'), description: t('a light purple band with a border; the names inside keep their colours') },
  };
  return HIGHLIGHT_KINDS.map((kind) => ({ kind, ...entries[kind] }));
}

/** The legend as Markdown lines, each with its kind's icon. */
export function legendMarkdown(t: Translate, icons: Record<HighlightKind, string>): string {
  return legendEntries(t).map((entry) => `$(${icons[entry.kind]}) **${entry.label}** — ${entry.description}`).join('  \n');
}
