// TEMPORARY scaffold: replaced by the quotes/roles helper.
import { Token } from './tokenize';
import { Entity, Quote } from './types';

export function attributeSpeakers(_text: string, _tokens: Token[], _quotes: Quote[], _entities: Entity[]): void {}
