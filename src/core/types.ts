/**
 * The annotation JSON contract (../shared/notes/annotation-json.md), schema version 1.
 * Add fields freely; never change or drop one without a new schema version.
 * Offsets are UTF-16 code units into the text as read (BOM removed), end exclusive.
 */

export const SCHEMA_VERSION = 'arabic-article-annotations/1';

export type EntityType = 'person' | 'place' | 'organization' | 'other';

export interface Span {
  start: number;
  end: number;
  /** Always equal to `text.slice(start, end)` of the analysed text. */
  text: string;
}

/** Present on what a person decided through a corrections file (docs/corrections-json.md). */
export type DecidedBy = 'user';

export interface EntityMention extends Span {
  by?: DecidedBy;
}

export interface Entity {
  id: string;
  type: EntityType;
  /** The fullest form seen in the text. */
  name: string;
  /** What the text says the entity is, as written, most informative first. */
  roles: string[];
  /** Every mention, in text order; mentions never overlap (across all entities). */
  mentions: EntityMention[];
  /** Present when a correction set the type, a role or the grouping. */
  by?: DecidedBy;
}

export type QuoteKind = 'direct' | 'indirect';

/** Why a quotation needed recovery; shown to the reader, never fatal. */
export type QuoteFlag =
  | 'unclosed' // opened and never closed before the end of the paragraph
  | 'mismatched-marks' // opened with one style, closed with another
  | 'reversed-mark'; // opened with a mark of the wrong orientation (”…”)

export interface Quote extends Span {
  id: string;
  kind: QuoteKind;
  /** Entity id, or null when the source is unnamed (الخبراء، محللون). */
  speaker: string | null;
  /** The word or phrase that introduces the speech (قال، أضاف، بحسب …). */
  cue: Span | null;
  /**
   * Present only when `speaker` is null and the text describes the source: its words as written,
   * without a proclitic (مصادر مطلعة، رئيس الوزراء الماليزي when the article never names him).
   */
  speakerText?: string;
  /**
   * Present only when the speech came through a channel the text names: the id of the agency,
   * paper or broadcaster it was given to or relayed by (نقلت وكالة X عن Y قوله، قال Y لرويترز).
   */
  via?: string;
  /** Present only when the quotation needed recovery. */
  flags?: QuoteFlag[];
  /** Present when a correction added the quotation or set its kind or speaker. */
  by?: DecidedBy;
}

export interface Annotations {
  schema: typeof SCHEMA_VERSION;
  entities: Entity[];
  quotes: Quote[];
}
