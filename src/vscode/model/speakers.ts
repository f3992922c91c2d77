import type { Annotations, Entity, Quote } from '../../core/types';
import { AnnotationIndex, indexOf } from './annotationIndex';
import { isolate } from './bidi';
import type { Translate } from './translate';

export interface SpeakerGroup {
  /** null gathers the quotations whose source the text does not name. */
  speaker: Entity | null;
  /** In text order. */
  quotes: Quote[];
}

/**
 * Who is quoted, in the order they are first quoted, each with their quotations; the
 * quotations of unnamed sources come last as one group.
 */
export function speakerGroups(annotations: Annotations): SpeakerGroup[] {
  const index = indexOf(annotations);
  const groups = new Map<string | null, SpeakerGroup>();
  for (const quote of index.quotes) {
    const speaker = index.entity(quote.speaker) ?? null;
    const key = speaker?.id ?? null;
    let group = groups.get(key);
    if (!group) {
      group = { speaker, quotes: [] };
      groups.set(key, group);
    }
    group.quotes.push(quote);
  }
  const unnamed = groups.get(null);
  groups.delete(null);
  return unnamed ? [...groups.values(), unnamed] : [...groups.values()];
}

/** Words shown for a quotation in lists: its first few, with an ellipsis when cut. */
export function quoteLabel(quote: Quote, maxWords = 6): string {
  const words = quote.text.trim().split(/\s+/).filter((word) => word !== '');
  return words.length > maxWords ? `${words.slice(0, maxWords).join(' ')}…` : words.join(' ');
}

/**
 * What a quotation's line says beside its words: who spoke when no entity names them (مصادر
 * مطلعة), the cue, and the channel it came through (عبر رويترز).
 */
export function quoteSourceDetail(quote: Quote, index: AnnotationIndex, t: Translate): string {
  const channel = index.entity(quote.via ?? null);
  const words = [quote.speaker === null ? quote.speakerText : undefined, quote.cue?.text].filter((part): part is string => part !== undefined && part !== '');
  return [...words.map(isolate), channel ? t('via {0}', isolate(channel.name)) : undefined].filter((part) => part).join(' · ');
}

export interface DocumentCounts {
  entities: number;
  quotes: number;
  speakers: number;
}

export function documentCounts(annotations: Annotations): DocumentCounts {
  const speakers = new Set(annotations.quotes.map((quote) => quote.speaker).filter((id) => id !== null));
  return { entities: annotations.entities.length, quotes: annotations.quotes.length, speakers: speakers.size };
}

export interface SpeakerRow {
  label: string;
  description: string;
  tooltip: string;
}

/**
 * A speaker's row in a side panel: the name first and whole as the label; the number of
 * quotations, then the first role, as the description (cut first when the panel is narrow). Each
 * Arabic piece is isolated, so the count never lands inside the Arabic.
 */
export function speakerRow(group: SpeakerGroup, t: Translate): SpeakerRow {
  const { speaker, quotes } = group;
  const name = speaker?.name ?? t('Unnamed sources');
  const role = speaker?.roles[0];
  return {
    label: speaker ? isolate(name) : name,
    description: [String(quotes.length), role === undefined ? undefined : isolate(role)].filter((part) => part !== undefined).join(' · '),
    tooltip: [name, ...(speaker?.roles ?? []), t('Quotations: {0}', quotes.length)].join('\n'),
  };
}
