import type { Annotations, Entity, EntityType, Quote } from '../types';

/**
 * What the reading view says about each annotation, in Arabic like the page around it: the
 * kind names of the legend, and the text of the hover cards, tooltips and aria-labels.
 */

export type ReadingKind = EntityType | 'quotation';

export const READING_KINDS: readonly ReadingKind[] = ['person', 'place', 'organization', 'other', 'quotation'];

export const KIND_LABELS: Record<ReadingKind, string> = {
  person: 'شخص',
  place: 'مكان',
  organization: 'منظمة',
  other: 'اسم آخر',
  quotation: 'اقتباس',
};

export const LEGEND_LABEL = 'دليل الألوان: اختر ما يُبرَز';
const DIRECT = 'اقتباس مباشر';
const INDIRECT = 'اقتباس منقول';
const UNNAMED_SOURCE = 'مصدر لا يسمّيه النص';

/** Who said a quotation, as shown in its marker: the entity's name, the source's own words, or "unnamed". */
export function speakerName(quote: Quote, entities: ReadonlyMap<string, Entity>): string {
  const speaker = quote.speaker === null ? undefined : entities.get(quote.speaker);
  return speaker?.name ?? quote.speakerText ?? UNNAMED_SOURCE;
}

/** One line for a name's tooltip and aria-label: its full name, kind, roles and number of mentions. */
export function entitySummary(entity: Entity): string {
  const parts = [`${entity.name} — ${KIND_LABELS[entity.type]}`, ...entity.roles.slice(0, 2), `الإشارات: ${entity.mentions.length}`];
  return parts.join(' · ');
}

/** One line for a quotation's tooltip and aria-label: its kind, who said it with their role, the cue. */
export function quoteSummary(quote: Quote, entities: ReadonlyMap<string, Entity>): string {
  const speaker = quote.speaker === null ? undefined : entities.get(quote.speaker);
  const who = speaker?.roles[0] ? `${speakerName(quote, entities)}، ${speaker.roles[0]}` : speakerName(quote, entities);
  const parts = [quote.kind === 'direct' ? DIRECT : INDIRECT, `المتحدث: ${who}`];
  if (quote.cue) parts.push(`الفعل: ${quote.cue.text}`);
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
export function readingCards(annotations: Annotations): ReadingCards {
  const entities = new Map(annotations.entities.map((entity) => [entity.id, entity]));
  const cards: ReadingCards = { entities: {}, quotes: {} };
  const quotesBySpeaker = new Map<string, CardQuote[]>();
  for (const quote of [...annotations.quotes].sort((a, b) => a.start - b.start)) {
    const speaker = quote.speaker === null ? undefined : entities.get(quote.speaker);
    const card: QuoteCard = { kind: quote.kind === 'direct' ? DIRECT : INDIRECT, speaker: speakerName(quote, entities) };
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
      kind: KIND_LABELS[entity.type],
      roles: entity.roles,
      forms: [...forms],
      mentions: entity.mentions.length,
      quotes: quotesBySpeaker.get(entity.id) ?? [],
    };
  }
  return cards;
}
