import { tokenize } from '../../../../src/core/tokenize';
import { Entity, EntityType } from '../../../../src/core/types';
import { tagParagraphs } from '../../../../src/core/entities/tagger';
import { groupEntities } from '../../../../src/core/entities/group';

/** The entity part of the pipeline: tag each paragraph, then group over the whole text. */
export function entitiesOf(text: string): Entity[] {
  const tokens = tokenize(text);
  return groupEntities(text, tokens, tagParagraphs(tokens));
}

/** The texts of the mentions of that type, in entity order. */
export function mentionsOfType(text: string, type: EntityType): string[] {
  return entitiesOf(text).filter((e) => e.type === type).flatMap((e) => e.mentions.map((m) => m.text));
}
