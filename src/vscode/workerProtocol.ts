import type { Entity, Quote } from '../core/types';
import type { AnalyzerResult } from './model/analysisCache';

/** One analysis asked of the worker thread. */
export interface WorkerRequest {
  id: number;
  text: string;
  /** One Int32: the extension host sets it to 1 to stop the analysis at its next step. */
  cancel: SharedArrayBuffer;
}

/**
 * A result as JSON texts: the rest of it, then its entities and its quotations in pieces of at
 * most ITEMS_PER_PIECE, which the extension host parses one per turn. Received as a structured
 * clone, the result of a 2 MB article held the host's thread 30–85 ms; parsed as one JSON text,
 * 16–37 ms.
 */
export interface ResultPieces {
  rest: string;
  entities: string[];
  quotes: string[];
}

export type WorkerReply =
  | { id: number; result: ResultPieces }
  | { id: number; cancelled: true }
  | { id: number; error: string };

/** About 1 ms of parsing: a quotation, or an entity's mention, is about 200 characters of JSON. */
const ITEMS_PER_PIECE = 1000;

export function toPieces(result: AnalyzerResult): ResultPieces {
  const { entities, quotes } = result.annotations;
  const pieces: ResultPieces = { rest: JSON.stringify({ ...result, annotations: { ...result.annotations, entities: [], quotes: [] } }), entities: [], quotes: [] };
  // An entity weighs its mentions (one in a long article may have thousands).
  for (let at = 0; at < entities.length;) {
    let end = at;
    for (let items = 0; end < entities.length && (end === at || items + entities[end].mentions.length <= ITEMS_PER_PIECE); end++) items += entities[end].mentions.length;
    pieces.entities.push(JSON.stringify(entities.slice(at, end)));
    at = end;
  }
  for (let at = 0; at < quotes.length; at += ITEMS_PER_PIECE) pieces.quotes.push(JSON.stringify(quotes.slice(at, at + ITEMS_PER_PIECE)));
  return pieces;
}

/** The result again, a piece per `nextTurn()`. */
export async function fromPieces(pieces: ResultPieces, nextTurn: () => Promise<void>): Promise<AnalyzerResult> {
  const result = JSON.parse(pieces.rest) as AnalyzerResult;
  for (const piece of pieces.entities) {
    await nextTurn();
    for (const entity of JSON.parse(piece) as Entity[]) result.annotations.entities.push(entity);
  }
  for (const piece of pieces.quotes) {
    await nextTurn();
    for (const quote of JSON.parse(piece) as Quote[]) result.annotations.quotes.push(quote);
  }
  return result;
}
