/**
 * Which entity mention covers which token: the lookup roles and speakers need to read the words
 * around a name. Built once per document in time linear in tokens plus mentions.
 */
import { Token } from './tokenize';
import { Entity } from './types';

/** Index of the token that contains `offset` (or the last token starting before it). */
export function tokenIndexAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tokens[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
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
    for (const entity of entities) {
      entity.mentions.forEach((mention, index) => {
        const firstToken = tokenIndexAt(tokens, mention.start);
        const endToken = tokenIndexAt(tokens, Math.max(mention.start, mention.end - 1)) + 1;
        const ref: MentionRef = { entity, index, firstToken, endToken, hasProclitic: mention.start > tokens[firstToken].start };
        this.mentions.push(ref);
        for (let k = firstToken; k < endToken; k++) this.mentionAt[k] ??= ref;
      });
    }
    this.mentions.sort((x, y) => x.firstToken - y.firstToken);
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
