/**
 * Scoring of whole-article annotations against hand-made gold (test/fixtures/*.gold.json).
 *
 * Gold is written for people: entities list their surface forms, quotations their exact text.
 * `resolveGold` turns it into spans: every surface form is found at word boundaries (after any
 * proclitics), longest forms first, and a span is never claimed twice, so كيم inside كيم جونغ إيل
 * stays with كيم جونغ إيل. A quotation text that occurs more than once needs `occurrence`.
 */
import { normalize } from '../src/core/text';
import { tokenize } from '../src/core/tokenize';
import { Entity, EntityType, Quote, QuoteKind, Span } from '../src/core/types';

export interface GoldFile {
  /** Path of the article, relative to the repository root. */
  article: string;
  entities: { name: string; type: EntityType; mentions: string[]; roles: string[] }[];
  /**
   * `term`: quoted words that are nobody's speech (a paper's name, a title, scare quotes). `via`:
   * the channel (agency, paper) that relayed the speech; `speakerText`: the words describing an
   * unnamed source.
   */
  quotes: { kind: GoldKind; text: string; occurrence?: number; speaker: string | null; cue: string | null; via?: string | null; speakerText?: string }[];
}

export type GoldKind = QuoteKind | 'term';

export interface GoldQuote extends Span {
  kind: GoldKind;
  /** Gold entity name, or null for an unnamed source. */
  speaker: string | null;
  cue: string | null;
  /** Gold entity name of the channel that relayed the speech, if any. */
  via?: string;
}

export interface Gold {
  entities: Entity[];
  quotes: GoldQuote[];
}

const PROCLITIC = /^[وفبلك]{0,3}$/;
const LETTER = /[\p{L}\p{N}]/u;

/** Gold spans in `text`; throws on a gold entry that does not fit the text (a gold bug). */
export function resolveGold(text: string, file: GoldFile): Gold {
  const claimed: [number, number][] = [];
  const overlapsClaimed = (start: number, end: number): boolean => claimed.some(([s, e]) => s < end && start < e);
  const entities: Entity[] = file.entities.map((e, i) => ({ id: `g${i + 1}`, type: e.type, name: e.name, roles: [...e.roles], mentions: [] }));
  const surfaces = file.entities.flatMap((e, i) => e.mentions.map((surface) => ({ surface, entity: entities[i] })));
  surfaces.sort((x, y) => y.surface.length - x.surface.length);
  for (const { surface, entity } of surfaces) {
    let found = 0;
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
      const end = at + surface.length;
      let wordStart = at;
      while (wordStart > 0 && LETTER.test(text[wordStart - 1])) wordStart--;
      if (!PROCLITIC.test(text.slice(wordStart, at)) || LETTER.test(text[end] ?? '') || overlapsClaimed(at, end)) continue;
      claimed.push([at, end]);
      entity.mentions.push({ start: at, end, text: surface });
      found++;
    }
    if (!found) throw new Error(`gold mention not in the text: ${surface}`);
  }
  for (const entity of entities) entity.mentions.sort((x, y) => x.start - y.start);
  const names = new Set(file.entities.map((e) => e.name));
  const quotes = file.quotes.map((q): GoldQuote => {
    const starts: number[] = [];
    for (let at = text.indexOf(q.text); at >= 0; at = text.indexOf(q.text, at + 1)) starts.push(at);
    if (starts.length === 0) throw new Error(`gold quotation not in the text: ${q.text}`);
    if (starts.length > 1 && q.occurrence === undefined) throw new Error(`gold quotation occurs ${starts.length} times, give occurrence: ${q.text}`);
    const start = starts[q.occurrence ?? 0];
    if (q.speaker !== null && !names.has(q.speaker)) throw new Error(`gold speaker is not a gold entity: ${q.speaker}`);
    if (q.via && !names.has(q.via)) throw new Error(`gold channel is not a gold entity: ${q.via}`);
    return { kind: q.kind, start, end: start + q.text.length, text: q.text, speaker: q.speaker, cue: q.cue, ...(q.via ? { via: q.via } : {}) };
  });
  return { entities, quotes };
}

export interface Prf {
  /** `right` of the `system` items are correct; `found` of the `gold` items are found. */
  right: number;
  system: number;
  found: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Scores from counts: `right` of `system` items are correct, `found` of `gold` items are found. */
export function prfFromCounts(right: number, system: number, found: number, gold: number): Prf {
  const precision = system ? right / system : 1;
  const recall = gold ? found / gold : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { right, system, found, gold, precision, recall, f1 };
}

export function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

const SCORED_TYPES: ScoredType[] = ['person', 'place', 'organization'];

/**
 * Mention scores by overlap, per type and in total: a system mention is right when it shares a
 * character with a gold mention of its type; a gold mention is found when a system mention of
 * its type overlaps it. `other` is not scored.
 */
export type ScoredType = 'person' | 'place' | 'organization';

export function scoreEntities(gold: Entity[], system: Entity[]): Record<ScoredType | 'all', Prf> {
  const scores = {} as Record<ScoredType | 'all', Prf>;
  const total = { right: 0, system: 0, found: 0, gold: 0 };
  for (const type of SCORED_TYPES) {
    const g = gold.filter((e) => e.type === type).flatMap((e) => e.mentions);
    const s = system.filter((e) => e.type === type).flatMap((e) => e.mentions);
    const right = s.filter((m) => g.some((x) => overlap(m, x) > 0)).length;
    const found = g.filter((m) => s.some((x) => overlap(m, x) > 0)).length;
    scores[type] = prfFromCounts(right, s.length, found, g.length);
    total.right += right;
    total.system += s.length;
    total.found += found;
    total.gold += g.length;
  }
  scores.all = prfFromCounts(total.right, total.system, total.found, total.gold);
  return scores;
}

export interface QuoteScores {
  gold: number;
  system: number;
  /** One-to-one overlap matches. */
  matched: number;
  precision: number;
  recall: number;
  /** Matched gold quotations whose speaker is right, over matched gold quotations. */
  speakerRight: number;
  speakerAccuracy: number;
  /** Per kind of speech, over all gold quotations of that kind (missed and unattributed count as wrong). */
  byKind: Record<QuoteKind, KindScores>;
  /** System direct quotations that are nobody's speech in the gold (terms, titles, or nothing). */
  notSpeech: number;
  /**
   * System direct quotations matched to no gold quotation but inside someone's gold speech: a
   * quoted phrase within reported speech (وأكد أن الحادث «لن يؤثر …»), the speaker's words, not a term.
   */
  unmatchedInSpeech: number;
  /** System indirect quotations, and how many of them overlap no gold quotation at all (reported speech's precision). */
  reported: number;
  reportedNotInGold: number;
  /** Gold quotations relayed through a channel, and how many of them the system gives that channel. */
  viaGold: number;
  viaRight: number;
  /** Matched system quotations given a channel the gold does not give them (none, or another). */
  viaWrong: number;
  /** Per gold quotation: the matched system quotation (or null) and whether its speaker is right. */
  details: { gold: GoldQuote; system: Quote | null; speakerRight: boolean }[];
}

export interface KindScores {
  gold: number;
  found: number;
  speakerRight: number;
}

/**
 * Quotations matched one to one by overlap (largest overlaps first, same kind preferred), so an
 * indirect quotation holding a direct one cannot be counted twice. A speaker is right when both
 * are null, or when the system speaker has a mention overlapping one of the gold speaker's.
 */
export function scoreQuotes(gold: Gold, system: Quote[], systemEntities: Entity[]): QuoteScores {
  const speech = gold.quotes.filter((g) => g.kind !== 'term');
  const pairs: { g: number; s: number; weight: number }[] = [];
  speech.forEach((g, gi) => system.forEach((s, si) => {
    const shared = overlap(g, s);
    if (shared > 0) pairs.push({ g: gi, s: si, weight: shared + (g.kind === s.kind ? 1e6 : 0) });
  }));
  pairs.sort((x, y) => y.weight - x.weight);
  const goldTaken = new Map<number, number>();
  const systemTaken = new Set<number>();
  for (const p of pairs) {
    if (goldTaken.has(p.g) || systemTaken.has(p.s)) continue;
    goldTaken.set(p.g, p.s);
    systemTaken.add(p.s);
  }
  const byId = new Map(systemEntities.map((e) => [e.id, e]));
  const goldByName = new Map(gold.entities.map((e) => [e.name, e]));
  const rightChannel = (goldName: string, systemId: string): boolean => sameSpeaker(goldByName.get(goldName) ?? null, byId.get(systemId) ?? null);
  const details = speech.map((g, gi) => {
    const si = goldTaken.get(gi);
    const s = si === undefined ? null : system[si];
    return { gold: g, system: s, speakerRight: s !== null && sameSpeaker(g.speaker === null ? null : goldByName.get(g.speaker) ?? null, s.speaker === null ? null : byId.get(s.speaker) ?? null) };
  });
  const byKind = {} as Record<QuoteKind, KindScores>;
  for (const kind of ['direct', 'indirect'] as const) {
    const ofKind = details.filter((d) => d.gold.kind === kind);
    byKind[kind] = { gold: ofKind.length, found: ofKind.filter((d) => d.system).length, speakerRight: ofKind.filter((d) => d.speakerRight).length };
  }
  const unmatchedDirect = system.filter((s, si) => s.kind === 'direct' && !systemTaken.has(si));
  const insideSpeech = (s: Quote): boolean => speech.some((g) => overlap(g, s) > 0);
  const matched = goldTaken.size;
  const speakerRight = details.filter((d) => d.speakerRight).length;
  return {
    gold: speech.length,
    system: system.length,
    matched,
    precision: system.length ? matched / system.length : 1,
    recall: speech.length ? matched / speech.length : 1,
    speakerRight,
    speakerAccuracy: matched ? speakerRight / matched : 1,
    byKind,
    notSpeech: unmatchedDirect.filter((s) => !insideSpeech(s)).length,
    unmatchedInSpeech: unmatchedDirect.filter(insideSpeech).length,
    reported: system.filter((s) => s.kind === 'indirect').length,
    reportedNotInGold: system.filter((s) => s.kind === 'indirect' && !gold.quotes.some((g) => overlap(g, s) > 0)).length,
    viaGold: details.filter((d) => d.gold.via).length,
    viaRight: details.filter((d) => d.gold.via && d.system?.via && rightChannel(d.gold.via, d.system.via)).length,
    viaWrong: details.filter((d) => d.system?.via && !(d.gold.via && rightChannel(d.gold.via, d.system.via))).length,
    details,
  };
}

function sameSpeaker(gold: Entity | null, system: Entity | null): boolean {
  if (gold === null || system === null) return gold === system;
  return system.mentions.some((m) => gold.mentions.some((g) => overlap(m, g) > 0));
}

export interface RoleScores {
  /** Gold roles of named persons, and how many of them the system gave the same person. */
  gold: number;
  found: number;
  /** System roles of those persons, and how many of them are gold roles. */
  system: number;
  right: number;
  recall: number;
  accuracy: number;
  /** Gold persons with roles, and how many of them the hover card shows a gold role for first. */
  persons: number;
  shownRight: number;
}

/** Two roles match when their words (normalised) are the same or one contains the other. */
export function sameRole(a: string, b: string): boolean {
  const x = roleWords(a);
  const y = roleWords(b);
  if (!x || !y) return false;
  return x === y || ` ${x} `.includes(` ${y} `) || ` ${y} `.includes(` ${x} `);
}

function roleWords(role: string): string {
  return tokenize(role).filter((t) => t.kind !== 'punct').map((t) => normalize(t.text)).join(' ');
}

/**
 * Roles of gold persons that have any: each is matched to the system entity sharing most of its
 * mentions; recall over gold roles, accuracy over the roles the system gave those persons.
 */
export function scoreRoles(gold: Entity[], system: Entity[]): RoleScores {
  let [goldCount, found, systemCount, right, persons, shownRight] = [0, 0, 0, 0, 0, 0];
  for (const person of gold) {
    if (person.type !== 'person' || person.roles.length === 0) continue;
    goldCount += person.roles.length;
    persons++;
    let best: Entity | null = null;
    let bestShared = 0;
    for (const candidate of system) {
      const shared = candidate.mentions.filter((m) => person.mentions.some((g) => overlap(m, g) > 0)).length;
      if (shared > bestShared) {
        best = candidate;
        bestShared = shared;
      }
    }
    if (!best) continue;
    found += person.roles.filter((r) => best.roles.some((s) => sameRole(r, s))).length;
    systemCount += best.roles.length;
    right += best.roles.filter((s) => person.roles.some((r) => sameRole(r, s))).length;
    if (best.roles.length && person.roles.some((r) => sameRole(r, best.roles[0]))) shownRight++;
  }
  return {
    gold: goldCount,
    found,
    system: systemCount,
    right,
    recall: goldCount ? found / goldCount : 1,
    accuracy: systemCount ? right / systemCount : 1,
    persons,
    shownRight,
  };
}
