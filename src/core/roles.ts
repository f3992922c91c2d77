// TEMPORARY scaffold: replaced by the quotes/roles helper.
import { Token } from './tokenize';
import { Entity } from './types';

export function attachRoles(_text: string, _tokens: Token[], _entities: Entity[]): void {}
