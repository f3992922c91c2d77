// TEMPORARY scaffold: replaced by the NER helper.
import { Token } from '../tokenize';
import { Entity } from '../types';
import { MentionCandidate } from './tagger';

export function groupEntities(_text: string, _tokens: Token[], _candidates: MentionCandidate[]): Entity[] {
  return [];
}
