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
  /** mentionAt[k]: the mention covering token k, or undefined. */
  private readonly mentionAt: (MentionRef | undefined)[];
  readonly mentions: MentionRef[] = [];

  constructor(readonly tokens: Token[], entities: Entity[]) {
    this.mentionAt = new Array(tokens.length);
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
      this.mentions.push(ref);
      for (let j = k; j <= last; j++) this.mentionAt[j] ??= ref;
    }
  }

  at(k: number): MentionRef | undefined {
    return this.mentionAt[k];
  }

  /** The mention that starts at token k, if any. */
  startingAt(k: number): MentionRef | undefined {
    const ref = this.mentionAt[k];
    return ref && ref.firstToken === k ? ref : undefined;
  }
}
