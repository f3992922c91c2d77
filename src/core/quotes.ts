// TEMPORARY scaffold: replaced by the quotes/roles helper.
import { Token } from './tokenize';
import { Quote } from './types';

export function findQuotes(_text: string, _tokens: Token[]): Quote[] {
  return [];
}
