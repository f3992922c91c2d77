import { KIND_ICONS } from './cards';
import { HIGHLIGHT_KINDS, HighlightKind } from './highlights';
import type { Translate } from './translate';

/** Marks drawn over some annotations on top of their highlight (spanMarks.ts). */
export type MarkKind = 'corrected' | 'uncertain';

export interface LegendEntry {
  kind: HighlightKind | MarkKind;
  /** What the highlight or mark shows. */
  label: string;
  /** How it is drawn, in words (the colours themselves are the theme's). */
  description: string;
  /** Codicon of the entry. */
  icon: string;
  /** The entry's theme colour, without the `arabicAnnotator.` prefix. */
  colour: string;
}

/** What each highlight and mark means: the legend of the Speakers view and of the status bar's hover. */
export function legendEntries(t: Translate): LegendEntry[] {
  const highlights: Record<HighlightKind, Pick<LegendEntry, 'label' | 'description'>> = {
    person: { label: t('People'), description: t('amber, framed') },
    place: { label: t('Places'), description: t('green, framed') },
    organization: { label: t('Organizations'), description: t('blue, framed') },
    quotation: { label: t('Quotations'), description: t('a light purple band with a border; the names inside keep their colours') },
  };
  return [
    ...HIGHLIGHT_KINDS.map((kind) => ({ kind, ...highlights[kind], icon: KIND_ICONS[kind], colour: `${kind}OverviewRuler` })),
    { kind: 'corrected', label: t('Corrected'), description: t('a dashed line under it: a person decided it'), icon: 'edit', colour: 'correctedUnderline' },
    { kind: 'uncertain', label: t('Uncertain'), description: t('a dotted border: a name the tagger hesitated over, or a speaker guessed from the context'), icon: 'question', colour: 'uncertainBorder' },
  ];
}

/** The legend as Markdown lines, each with its entry's icon. */
export function legendMarkdown(t: Translate): string {
  return legendEntries(t).map((entry) => `$(${entry.icon}) **${entry.label}** — ${entry.description}`).join('  \n');
}
