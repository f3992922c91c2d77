import { Entity } from '../types';
import { MentionCandidate } from './tagger';

/** One mention of the analysis and the tagger's margin for it: how sure the tagger was of the name. */
export interface MentionMargin {
  start: number;
  end: number;
  margin: number;
}

/**
 * The margin of each mention of `entities` the tagger had a part in: the smallest margin of the
 * tagger's mentions it overlaps, since the passes after the tagger may have trimmed, extended or
 * retyped it. A mention the tagger did not tag (a lexicon name, a form found again elsewhere) has
 * none. By start.
 */
export function mentionMargins(entities: readonly Entity[], candidates: readonly MentionCandidate[]): MentionMargin[] {
  // Both never overlap among themselves, so both are sorted by end too: one sweep pairs them.
  const tagged = candidates.filter((c) => c.margin !== undefined).sort((a, b) => a.start - b.start);
  const mentions = entities.flatMap((entity) => entity.mentions).sort((a, b) => a.start - b.start);
  const margins: MentionMargin[] = [];
  let j = 0;
  for (const { start, end } of mentions) {
    while (j < tagged.length && tagged[j].end <= start) j++;
    let margin = Infinity;
    for (let k = j; k < tagged.length && tagged[k].start < end; k++) margin = Math.min(margin, tagged[k].margin!);
    if (margin < Infinity) margins.push({ start, end, margin });
  }
  return margins;
}
