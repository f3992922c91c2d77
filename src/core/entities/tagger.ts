// TEMPORARY scaffold: replaced by the NER helper.
import { Token } from '../tokenize';
import { EntityType } from '../types';

/** One mention found in one paragraph, before document-level grouping. */
export interface MentionCandidate {
  /** Offsets into the text (proclitics already excluded). */
  start: number;
  end: number;
  type: EntityType;
  /** Index of the first and one past the last token the mention covers. */
  firstToken: number;
  endToken: number;
}

export function tagMentions(_tokens: Token[], _from: number, _to: number): MentionCandidate[] {
  return [];
}
