import { runToEnd } from './steps';
import { tokenize, Token } from './tokenize';
import { Annotations, Quote, SCHEMA_VERSION } from './types';
import { tagMentions, MentionCandidate } from './entities/tagger';
import { groupEntitiesSteps } from './entities/group';
import { attachRolesSteps } from './roles';
import { findQuotes } from './quotes';
import { attributeSpeakersSteps } from './speakers';
import { MentionIndex } from './mention-index';
import { SpeakerExplanation } from './speaker-rules';
import { MentionMargin, mentionMargins } from './entities/margins';

/**
 * Paragraphs are analysed one at a time so that a caller can pause between them (the editor
 * keeps its host responsive this way); a paragraph longer than this is cut (see cutPoint).
 */
export const MAX_PIECE = 32 * 1024;

/**
 * The whole analysis as a sequence of bounded steps: the generator yields after each piece of
 * work, and returns the annotations. `analyze` runs it to the end; the editor runs it in
 * time slices and simply stops iterating when the document changed. With `explanations`, why each
 * quotation went to its speaker is pushed there (see speaker-rules.ts); with `margins`, how sure
 * the tagger was of each mention it had a part in (entities/margins.ts), at the cost of a
 * backward pass over each paragraph.
 */
export function* analyzeSteps(text: string, explanations?: SpeakerExplanation[], margins?: MentionMargin[]): Generator<void, Annotations> {
  const tokens: Token[] = [];
  const candidates: MentionCandidate[] = [];
  const quotes: Quote[] = [];
  for (const [from, to] of pieces(text)) {
    const first = tokens.length;
    tokenize(text, from, to, tokens);
    for (const candidate of tagMentions(tokens, first, tokens.length, margins !== undefined)) candidates.push(candidate);
    // Quotations never cross a paragraph, so they are found piece by piece too.
    findQuotes(text, tokens, first, tokens.length, quotes);
    yield;
  }
  const entities = yield* groupEntitiesSteps(text, tokens, candidates);
  yield;
  // Roles and speakers read the words around mentions through one shared index.
  const mentions = new MentionIndex(tokens, entities);
  yield;
  yield* attachRolesSteps(text, tokens, entities, mentions);
  yield;
  yield* attributeSpeakersSteps(text, tokens, quotes, entities, mentions, explanations);
  if (margins) for (const margin of mentionMargins(entities, candidates)) margins.push(margin);
  return { schema: SCHEMA_VERSION, entities, quotes };
}

/** Analyse a whole text at once: the annotation JSON contract. Never throws on any string. */
export function analyze(text: string, explanations?: SpeakerExplanation[], margins?: MentionMargin[]): Annotations {
  return runToEnd(analyzeSteps(text, explanations, margins));
}

/** CRLF, LF, and the CR-only and paragraph-separator endings some editors still write. */
const LINE_BREAK = /\r\n?|\n|\u2029/g;

/** [from, to) ranges that cover the text, split after line breaks, none much over MAX_PIECE. */
function* pieces(text: string): Generator<[number, number]> {
  let from = 0;
  // One past the current line's break, searched once per line: searching again for every piece of
  // a long line (and back for a space) would scan the whole text per piece, quadratic.
  let lineEnd = 0;
  while (from < text.length) {
    if (lineEnd <= from) {
      LINE_BREAK.lastIndex = from;
      const lineBreak = LINE_BREAK.exec(text);
      lineEnd = lineBreak === null ? text.length : lineBreak.index + lineBreak[0].length;
    }
    let to = lineEnd;
    if (to - from > MAX_PIECE) to = cutPoint(text, from);
    yield [from, to];
    from = to;
  }
}

const OPENING_MARKS = new Set(['«', '“', '„', '‹']);
const CLOSING_MARKS = new Set(['»', '”', '›']);
const SENTENCE_ENDS = new Set(['.', '؟', '?', '!', '؛']);

/**
 * Where to cut a line longer than MAX_PIECE that goes on from `from`: a piece is analysed as a
 * paragraph, so a quotation cut in two would be flagged unclosed and its closing mark would open
 * a bogus one. The cut is after the last space in the first MAX_PIECE units at which no
 * quotation is open, after a sentence end when there is one in the second half; only when
 * quotations stay open everywhere, after the last space (a mark left open the whole line long).
 */
function cutPoint(text: string, from: number): number {
  const limit = from + MAX_PIECE;
  let open = 0;
  let straightOpen = false;
  let lastSpace = -1;
  let closedSpace = -1;
  let closedSentenceEnd = -1;
  for (let i = from; i < limit; i++) {
    const ch = text[i];
    if (ch === ' ') {
      lastSpace = i;
      if (open === 0 && !straightOpen) {
        closedSpace = i;
        if (i > from && SENTENCE_ENDS.has(text[i - 1])) closedSentenceEnd = i;
      }
    } else if (OPENING_MARKS.has(ch)) open++;
    else if (CLOSING_MARKS.has(ch)) open = Math.max(0, open - 1);
    else if (ch === '"') straightOpen = !straightOpen;
  }
  // A piece is never shorter than a quarter of MAX_PIECE (where a space allows), so the scans of
  // the window stay linear in the text; a quotation longer than that is no real one.
  const space = closedSentenceEnd > from + MAX_PIECE / 2 ? closedSentenceEnd : closedSpace > from + MAX_PIECE / 4 ? closedSpace : lastSpace;
  let to = space > from ? space + 1 : limit;
  // Never cut a surrogate pair apart.
  if (isHighSurrogate(text.charCodeAt(to - 1))) to++;
  return to;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
