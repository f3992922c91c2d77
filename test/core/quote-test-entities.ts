/**
 * Shared by the quotation, speaker and role tests: hand-built entities for a sentence (found by
 * their surface forms, as the gold fixtures do) and the quotation/role steps run on them alone.
 */
import { resolveGold } from '../../scripts/article-eval';
import { findQuotes } from '../../src/core/quotes';
import { attachRoles } from '../../src/core/roles';
import { attributeSpeakers } from '../../src/core/speakers';
import { tokenize } from '../../src/core/tokenize';
import { Entity, EntityType, Quote } from '../../src/core/types';

/** [name, type, other surface forms]: every occurrence of the name and the forms becomes a mention. */
export type EntitySpec = [string, EntityType, ...string[]];

export function entitiesIn(text: string, specs: EntitySpec[]): Entity[] {
  const gold = resolveGold(text, {
    article: '',
    entities: specs.map(([name, type, ...forms]) => ({ name, type, mentions: [name, ...forms], roles: [] })),
    quotes: [],
  });
  return gold.entities;
}

export interface Annotated {
  quotes: Quote[];
  entities: Entity[];
  /** The speaker's name of each quotation, in order (null for an unnamed source). */
  speakers: (string | null)[];
  rolesOf(name: string): string[];
}

/** Roles, quotations and speakers of `text` with the given entities (no tagger involved). */
export function annotate(text: string, specs: EntitySpec[] = []): Annotated {
  const entities = entitiesIn(text, specs);
  const tokens = tokenize(text);
  attachRoles(text, tokens, entities);
  const quotes = findQuotes(text, tokens);
  attributeSpeakers(text, tokens, quotes, entities);
  const byId = new Map(entities.map((e) => [e.id, e]));
  return {
    quotes,
    entities,
    speakers: quotes.map((q) => (q.speaker === null ? null : byId.get(q.speaker)?.name ?? `?${q.speaker}`)),
    rolesOf: (name) => entities.find((e) => e.name === name)?.roles ?? [],
  };
}
