import type { Annotations, Entity, EntityType, Quote } from '../types';

/**
 * What the reading view says about each annotation: the kind names of the legend, and the text of
 * the hover cards, tooltips and aria-labels. A saved page says it in Arabic like the page around
 * it; the webview in the editor's language (src/vscode/model/readingLabels.ts).
 */

export type ReadingKind = EntityType | 'quotation';

export const READING_KINDS: readonly ReadingKind[] = ['person', 'place', 'organization', 'other', 'quotation'];

export interface ReadingLabels {
  /** The labels' language and direction (the article itself is always `lang="ar"`, right to left). */
  lang: string;
  dir: 'rtl' | 'ltr';
  kinds: Record<ReadingKind, string>;
  legend: string;
  direct: string;
  indirect: string;
  unnamedSource: string;
  /** Between a name and its kind in an aria-label. */
  comma: string;
  /** Templates: `{0}` is the value. */
  saidBy: string;
  cue: string;
  mentions: string;
  roles: string;
  forms: string;
  quotations: string;
  via: string;
  /** A person decided it (the corrections file beside the article), not the analysis. */
  corrected: string;
}

export const ARABIC_LABELS: ReadingLabels = {
  lang: 'ar',
  dir: 'rtl',
  kinds: { person: 'شخص', place: 'مكان', organization: 'منظمة', other: 'اسم آخر', quotation: 'اقتباس' },
  legend: 'دليل الألوان: اختر ما يُبرَز',
  direct: 'اقتباس مباشر',
  indirect: 'اقتباس منقول',
  unnamedSource: 'مصدر لا يسمّيه النص',
  comma: '، ',
  saidBy: 'المتحدث: {0}',
  cue: 'الفعل: {0}',
  mentions: 'الإشارات: {0}',
  roles: 'الصفة: {0}',
  forms: 'يُكتب أيضًا: {0}',
  quotations: 'الاقتباسات: {0}',
  via: 'عبر: {0}',
  corrected: 'مُصحَّح',
};

/** A label template with its value. */
export function fill(template: string, value: string | number): string {
  return template.replace('{0}', () => String(value));
}

/** Who said a quotation, as shown in its marker: the entity's name, the source's own words, or "unnamed". */
export function speakerName(quote: Quote, entities: ReadonlyMap<string, Entity>, labels: ReadingLabels): string {
  const speaker = quote.speaker === null ? undefined : entities.get(quote.speaker);
  return speaker?.name ?? quote.speakerText ?? labels.unnamedSource;
}

/** One line for a name's tooltip and aria-label: its full name, kind, roles and number of mentions. */
export function entitySummary(entity: Entity, labels: ReadingLabels): string {
  const parts = [`${entity.name} — ${labels.kinds[entity.type]}`, ...entity.roles.slice(0, 2), fill(labels.mentions, entity.mentions.length)];
  return parts.join(' · ');
}

/** One line for a quotation's tooltip and aria-label: its kind, who said it with their role, the cue. */
export function quoteSummary(quote: Quote, entities: ReadonlyMap<string, Entity>, labels: ReadingLabels): string {
  const speaker = quote.speaker === null ? undefined : entities.get(quote.speaker);
  const name = speakerName(quote, entities, labels);
  const who = speaker?.roles[0] ? `${name}${labels.comma}${speaker.roles[0]}` : name;
  const parts = [quote.kind === 'direct' ? labels.direct : labels.indirect, fill(labels.saidBy, who)];
  if (quote.cue) parts.push(fill(labels.cue, quote.cue.text));
  return parts.join(' · ');
}

export interface CardQuote {
  id: string;
  start: number;
  end: number;
  /** Its first words. */
  label: string;
}

/** The hover card of a name in the reading view: what the editor's hover card says. */
export interface EntityCard {
  name: string;
  kind: string;
  roles: string[];
  /** Other spellings it appears under. */
  forms: string[];
  mentions: number;
  quotes: CardQuote[];
}

export interface QuoteCard {
  kind: string;
  speaker: string;
  role?: string;
  cue?: string;
  via?: string;
}

export interface ReadingCards {
  entities: Record<string, EntityCard>;
  quotes: Record<string, QuoteCard>;
}

function firstWords(text: string, count = 6): string {
  const words = text.trim().split(/\s+/).filter((word) => word !== '');
  return words.length > count ? `${words.slice(0, count).join(' ')}…` : words.join(' ');
}

/** The cards of every name and quotation, by id: plain data, drawn by the webview's script as text. */
export function readingCards(annotations: Annotations, labels: ReadingLabels = ARABIC_LABELS): ReadingCards {
  const entities = new Map(annotations.entities.map((entity) => [entity.id, entity]));
  const cards: ReadingCards = { entities: {}, quotes: {} };
  const quotesBySpeaker = new Map<string, CardQuote[]>();
  for (const quote of [...annotations.quotes].sort((a, b) => a.start - b.start)) {
    const speaker = quote.speaker === null ? undefined : entities.get(quote.speaker);
    const card: QuoteCard = { kind: quote.kind === 'direct' ? labels.direct : labels.indirect, speaker: speakerName(quote, entities, labels) };
    if (speaker?.roles[0]) card.role = speaker.roles[0];
    if (quote.cue) card.cue = quote.cue.text;
    const via = quote.via === undefined ? undefined : entities.get(quote.via);
    if (via) card.via = via.name;
    cards.quotes[quote.id] = card;
    if (speaker) {
      const list = quotesBySpeaker.get(speaker.id) ?? [];
      list.push({ id: quote.id, start: quote.start, end: quote.end, label: firstWords(quote.text) });
      quotesBySpeaker.set(speaker.id, list);
    }
  }
  for (const entity of annotations.entities) {
    const forms = new Set(entity.mentions.map((mention) => mention.text.replace(/\s+/g, ' ')));
    forms.delete(entity.name);
    cards.entities[entity.id] = {
      name: entity.name,
      kind: labels.kinds[entity.type],
      roles: entity.roles,
      forms: [...forms],
      mentions: entity.mentions.length,
      quotes: quotesBySpeaker.get(entity.id) ?? [],
    };
  }
  return cards;
}
