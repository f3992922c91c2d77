/**
 * The corrections (docs/corrections-json.md) that turn an analysis into other annotations of the
 * same text — a brat file a colleague corrected, for one: what they decided differently, and only
 * that, so that applied on top of the analysis (corrections.ts) they give those annotations back.
 * Pure. What the corrections contract cannot say is reported, never dropped silently.
 */
import { applyCorrections } from './corrections';
import { Correction } from './corrections-file';
import { Annotations, Entity, Span } from './types';

export interface CorrectionsBetween {
  corrections: Correction[];
  /** What the corrections, applied, still do not give as the target has it: one sentence each. */
  notCarried: string[];
}

const spanKey = (span: Span): string => `${span.start}:${span.end}`;
const spanOf = (span: Span): Span => ({ start: span.start, end: span.end, text: span.text });

/** Mentions and quotations found by their span, and each mention's entity. */
class Index {
  readonly entityAt = new Map<string, Entity>();
  readonly quoteAt: Map<string, Annotations['quotes'][number]>;
  readonly entityById: Map<string, Entity>;
  constructor(readonly annotations: Annotations) {
    for (const entity of annotations.entities) for (const mention of entity.mentions) this.entityAt.set(spanKey(mention), entity);
    this.quoteAt = new Map(annotations.quotes.map((q) => [spanKey(q), q]));
    this.entityById = new Map(annotations.entities.map((e) => [e.id, e]));
  }
}

export function correctionsBetween(text: string, analysis: Annotations, target: Annotations): CorrectionsBetween {
  const wanted = new Index(target);
  const mentionCorrections = mentionsBetween(analysis, target);
  const withMentions = new Index(applyCorrections(text, analysis, mentionCorrections).annotations);
  const grouping = groupingBetween(withMentions, wanted);
  const grouped = new Index(applyCorrections(text, analysis, [...mentionCorrections, ...grouping.corrections]).annotations);
  const corrections = [...mentionCorrections, ...grouping.corrections, ...rolesBetween(grouped, wanted), ...quotesBetween(grouped, wanted)];
  const result = new Index(applyCorrections(text, analysis, corrections).annotations);
  return { corrections, notCarried: [...grouping.notCarried, ...differences(result, wanted)] };
}

/**
 * A name the analysis has where the target has none overlapping it goes (`type: null`); a target
 * name the analysis lacks, or types otherwise, is set — which also removes what overlaps it.
 */
function mentionsBetween(analysis: Annotations, target: Annotations): Correction[] {
  const targetMentions = target.entities.flatMap((e) => e.mentions.map((mention) => ({ mention, type: e.type }))).sort((a, b) => a.mention.start - b.mention.start);
  const starts = targetMentions.map((t) => t.mention.start);
  const overlapsTarget = (span: Span): boolean => {
    // Target mentions never overlap, so their ends are in order too: look at the last one starting before `span` ends.
    const before = lastBelow(starts, span.end);
    return before >= 0 && targetMentions[before].mention.end > span.start;
  };
  const analysed = new Index(analysis);
  const corrections: Correction[] = [];
  for (const entity of analysis.entities) {
    for (const mention of entity.mentions) if (!overlapsTarget(mention)) corrections.push({ op: 'entity', ...spanOf(mention), type: null });
  }
  for (const { mention, type } of targetMentions) {
    if (analysed.entityAt.get(spanKey(mention))?.type !== type) corrections.push({ op: 'entity', ...spanOf(mention), type });
  }
  return corrections;
}

/** The index of the last value below `limit` in ascending `values`, or -1. */
function lastBelow(values: readonly number[], limit: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (values[mid] < limit) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}

/**
 * Entities joined (`same`) where a target entity's mentions are in several, then single mentions
 * split off (`different`) where an entity holds mentions of several target entities. The
 * contract applies every `same` before any `different`, and a `different` takes one mention
 * away on its own: a group of several mentions cannot move out of an entity into another.
 */
function groupingBetween(current: Index, wanted: Index): { corrections: Correction[]; notCarried: string[] } {
  const corrections: Correction[] = [];
  const notCarried: string[] = [];
  const joined = new Map<Entity, Entity>();
  const rootOf = (entity: Entity): Entity => {
    let root = entity;
    while (joined.has(root)) root = joined.get(root) as Entity;
    return root;
  };
  for (const entity of wanted.annotations.entities) {
    const [first, ...others] = entity.mentions;
    const firstEntity = current.entityAt.get(spanKey(first));
    for (const mention of others) {
      const other = current.entityAt.get(spanKey(mention));
      // A name the mention corrections could not set is reported by differences().
      if (!firstEntity || !other || rootOf(other) === rootOf(firstEntity)) continue;
      joined.set(rootOf(other), rootOf(firstEntity));
      corrections.push({ op: 'same', a: spanOf(first), b: spanOf(mention) });
    }
  }
  // The target entities in each entity after the joins, its largest one staying.
  const targetsIn = new Map<Entity, Entity[]>();
  for (const entity of wanted.annotations.entities) {
    const analysed = current.entityAt.get(spanKey(entity.mentions[0]));
    if (!analysed) continue;
    const root = rootOf(analysed);
    const targets = targetsIn.get(root);
    if (targets) targets.push(entity);
    else targetsIn.set(root, [entity]);
  }
  for (const targets of targetsIn.values()) {
    const [staying, ...leaving] = [...targets].sort((a, b) => b.mentions.length - a.mentions.length);
    for (const entity of leaving) {
      if (entity.mentions.length === 1) corrections.push({ op: 'different', a: spanOf(staying.mentions[0]), b: spanOf(entity.mentions[0]) });
      else notCarried.push(`«${entity.name}» (${entity.mentions.length} mentions) stays one entity with «${staying.name}»: corrections can split off one mention at a time only`);
    }
  }
  return { corrections, notCarried };
}

/** Roles added or removed on each target entity's first mention (their order is not carried). */
function rolesBetween(current: Index, wanted: Index): Correction[] {
  const corrections: Correction[] = [];
  for (const entity of wanted.annotations.entities) {
    const first = entity.mentions[0];
    const has = current.entityAt.get(spanKey(first))?.roles ?? [];
    for (const role of entity.roles) if (!has.includes(role)) corrections.push({ op: 'role', entity: spanOf(first), role });
    for (const role of has) if (!entity.roles.includes(role)) corrections.push({ op: 'role', entity: spanOf(first), role, remove: true });
  }
  return corrections;
}

/** Quotations added, retyped or removed, and speakers and channels set where the target's differ. */
function quotesBetween(current: Index, wanted: Index): Correction[] {
  const corrections: Correction[] = [];
  for (const quote of current.annotations.quotes) if (!wanted.quoteAt.has(spanKey(quote))) corrections.push({ op: 'quote', ...spanOf(quote), kind: null });
  for (const quote of wanted.annotations.quotes) {
    const analysed = current.quoteAt.get(spanKey(quote));
    if (analysed?.kind !== quote.kind) corrections.push({ op: 'quote', ...spanOf(quote), kind: quote.kind });
    const speaker = quote.speaker === null ? undefined : wanted.entityById.get(quote.speaker);
    const mention = speaker && nearestBefore(speaker, quote);
    const speakerNow = mention ? current.entityAt.get(spanKey(mention))?.id : undefined;
    if ((analysed?.speaker ?? null) !== (speakerNow ?? null)) corrections.push({ op: 'speaker', quote: spanOf(quote), speaker: mention ? spanOf(mention) : null });
    const channel = quote.via === undefined ? undefined : wanted.entityById.get(quote.via);
    const channelMention = channel && nearestBefore(channel, quote);
    const channelNow = channelMention ? current.entityAt.get(spanKey(channelMention))?.id : undefined;
    if (analysed?.via !== channelNow) corrections.push({ op: 'via', quote: spanOf(quote), via: channelMention ? spanOf(channelMention) : null });
  }
  return corrections;
}

function nearestBefore(entity: Entity, quote: Span): Span {
  let before: Span | undefined;
  for (const mention of entity.mentions) if (mention.start < quote.start) before = mention;
  return before ?? entity.mentions[0];
}

/** How `result` still differs from `wanted`: names, their types and grouping, roles, quotations, speakers, channels. */
function differences(result: Index, wanted: Index): string[] {
  const found: string[] = [];
  /** The result's entity for a wanted one: the entity of its first mention. */
  const counterpart = (entity: Entity | undefined): Entity | undefined => entity && result.entityAt.get(spanKey(entity.mentions[0]));
  for (const entity of wanted.annotations.entities) {
    for (const mention of entity.mentions) {
      const got = result.entityAt.get(spanKey(mention));
      if (got?.type !== entity.type) found.push(`«${excerpt(mention.text)}» [${mention.start}–${mention.end}] is ${got ? `a ${got.type}` : 'no name'}, not a ${entity.type}`);
    }
    const got = counterpart(entity);
    if (!got) continue;
    if (!entity.mentions.every((m) => result.entityAt.get(spanKey(m)) === got)) found.push(`the mentions of «${entity.name}» are not one entity`);
    else if (got.mentions.length !== entity.mentions.length) found.push(`«${entity.name}» is one entity with other names`);
    if ([...got.roles].sort().join('\n') !== [...entity.roles].sort().join('\n')) found.push(`the roles of «${entity.name}» are ${JSON.stringify(got.roles)}, not ${JSON.stringify(entity.roles)}`);
  }
  for (const [key, entity] of result.entityAt) if (!wanted.entityAt.has(key)) found.push(`«${excerpt(entity.name)}» [${key}] is a name where there should be none`);
  const describe = (entity: Entity | undefined): string => (entity ? `«${entity.name}»` : 'none');
  for (const quote of wanted.annotations.quotes) {
    const got = result.quoteAt.get(spanKey(quote));
    if (got?.kind !== quote.kind) {
      found.push(`the quotation «${excerpt(quote.text)}» is ${got ? got.kind : 'missing'}, not ${quote.kind}`);
      continue;
    }
    const wantedSpeaker = quote.speaker === null ? undefined : wanted.entityById.get(quote.speaker);
    const gotSpeaker = got.speaker === null ? undefined : result.entityById.get(got.speaker);
    if (gotSpeaker !== counterpart(wantedSpeaker)) found.push(`the speaker of «${excerpt(quote.text)}» is ${describe(gotSpeaker)}, not ${describe(wantedSpeaker)}`);
    const wantedChannel = quote.via === undefined ? undefined : wanted.entityById.get(quote.via);
    const gotChannel = got.via === undefined ? undefined : result.entityById.get(got.via);
    if (gotChannel !== counterpart(wantedChannel)) found.push(`the channel of «${excerpt(quote.text)}» is ${describe(gotChannel)}, not ${describe(wantedChannel)}`);
  }
  for (const quote of result.annotations.quotes) if (!wanted.quoteAt.has(spanKey(quote))) found.push(`«${excerpt(quote.text)}» is a quotation where there should be none`);
  return found;
}

const EXCERPT = 40;
const excerpt = (text: string): string => (text.length > EXCERPT ? text.slice(0, EXCERPT) + '…' : text);
