/**
 * Which entity mention covers which token: the lookup roles and speakers need to read the words
 * around a name. Built once per document in time linear in tokens plus mentions.
 */
import { countBefore } from './bisect';
import { Token } from './tokenize';
import { Entity } from './types';

/** Index of the token that contains `offset` (or the last token starting before it). */
export function tokenIndexAt(tokens: Token[], offset: number): number {
  return Math.max(0, countBefore(tokens.length, (i) => tokens[i].start <= offset) - 1);
}

export interface MentionRef {
  entity: Entity;
  /** Index of the mention in `entity.mentions`. */
  index: number;
  firstToken: number;
  /** One past the last token the mention touches. */
  endToken: number;
  /** The mention starts inside its first token, after a proclitic (لجوزيف، وبوتين). */
  hasProclitic: boolean;
}

export class MentionIndex {
  /**
   * mentionAt[k]: the index in `mentions` of the mention covering token k, or -1. Numbers, not
   * references: an array as long as the text that the garbage collector need not trace.
   */
  private readonly mentionAt: Int32Array;
  readonly mentions: MentionRef[] = [];

  constructor(readonly tokens: Token[], entities: Entity[]) {
    this.mentionAt = new Int32Array(tokens.length).fill(-1);
    if (tokens.length === 0) return;
    const all: { entity: Entity; index: number; start: number; end: number }[] = [];
    for (const entity of entities) entity.mentions.forEach((m, index) => all.push({ entity, index, start: m.start, end: m.end }));
    all.sort((x, y) => x.start - y.start);
    // One sweep over tokens and mentions, both in text order.
    let k = 0;
    for (const m of all) {
      while (k + 1 < tokens.length && tokens[k + 1].start <= m.start) k++;
      let last = k;
      while (last + 1 < tokens.length && tokens[last + 1].start < m.end) last++;
      const ref: MentionRef = { entity: m.entity, index: m.index, firstToken: k, endToken: last + 1, hasProclitic: m.start > tokens[k].start };
      const index = this.mentions.push(ref) - 1;
      for (let j = k; j <= last; j++) if (this.mentionAt[j] < 0) this.mentionAt[j] = index;
    }
  }

  at(k: number): MentionRef | undefined {
    const index = this.mentionAt[k];
    return index >= 0 ? this.mentions[index] : undefined;
  }

  /** The mention that starts at token k, if any. */
  startingAt(k: number): MentionRef | undefined {
    const ref = this.at(k);
    return ref && ref.firstToken === k ? ref : undefined;
  }
}
