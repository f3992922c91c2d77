import type { Correction } from '../../core/corrections-file';
import { correctionSpans, parseCorrection } from '../../core/corrections-file';
import type { Entity, EntityType, Quote, Span } from '../../core/types';
import { commandLink, kindName } from './cards';
import { Translate } from './translate';

/** The correction commands: quick fixes, hover links, the Speakers view and the reading view run them. */
export const CORRECT = 'arabicAnnotator.correct';
export const CHANGE_TYPE = 'arabicAnnotator.changeEntityType';
export const SAME_AS = 'arabicAnnotator.sameAs';
export const ADD_ROLE = 'arabicAnnotator.addRole';
export const SET_SPEAKER = 'arabicAnnotator.setSpeaker';
export const NOT_A_QUOTATION = 'arabicAnnotator.notAQuotation';

/** The commands a hover card's correction links run: the card trusts these and the reveal command only. */
export const HOVER_CORRECTION_COMMANDS: readonly string[] = [CORRECT, SAME_AS, ADD_ROLE, SET_SPEAKER, NOT_A_QUOTATION];

export const CORRECTABLE_TYPES: readonly EntityType[] = ['person', 'place', 'organization'];

/** How a quick fix or a link names a span of an open document: its URI, offsets and text. */
export type SpanArguments = [uri: string, start: number, end: number, text: string];

export function spanArguments(uri: string, span: Span): SpanArguments {
  return [uri, span.start, span.end, span.text];
}

/** The document and span a command was given as [uri, start, end, text]; undefined unless well formed. */
export function parseSpanArguments(args: readonly unknown[]): { uri: string; span: Span } | undefined {
  const [uri, start, end, text] = args;
  if (typeof uri !== 'string' || typeof text !== 'string' || !Number.isSafeInteger(start) || !Number.isSafeInteger(end)) return undefined;
  const span = { start: start as number, end: end as number, text };
  return span.start >= 0 && span.end > span.start && text.length === span.end - span.start ? { uri, span } : undefined;
}

/** The correction a command was given as [uri, correction]; undefined unless well formed. */
export function parseCorrectionArguments(args: readonly unknown[]): { uri: string; correction: Correction } | undefined {
  const [uri, value] = args;
  const correction = typeof uri === 'string' ? parseCorrection(value) : undefined;
  return correction && { uri: uri as string, correction };
}

/**
 * Whether every span a correction (or a link) names still holds its text in the document: a link
 * made before an edit, or forged, names text that is not there, and nothing is written for it.
 */
export function holdsIn(documentText: string, spans: readonly Span[]): boolean {
  return spans.every((span) => span.end <= documentText.length && documentText.slice(span.start, span.end) === span.text);
}

export function correctionHoldsIn(documentText: string, correction: Correction): boolean {
  return holdsIn(documentText, correctionSpans(correction));
}

/** The hover card's correction links of a mention: the other kinds, not a name, same as…, add a role…. */
export function mentionCorrectionLinks(mention: Span, entity: Entity, documentUri: string, t: Translate): string {
  const span: Span = { start: mention.start, end: mention.end, text: mention.text };
  const tooltip = t('Correct it: kept in the corrections file beside the article');
  const correct = (label: string, correction: Correction) => commandLink(label, CORRECT, [documentUri, correction], tooltip);
  const links = CORRECTABLE_TYPES.filter((type) => type !== entity.type).map((type) => correct(kindName(type, t), { op: 'entity', ...span, type }));
  links.push(correct(t('Not a name'), { op: 'entity', ...span, type: null }));
  links.push(commandLink(t('Same as…'), SAME_AS, spanArguments(documentUri, span), tooltip));
  links.push(commandLink(t('Add role…'), ADD_ROLE, spanArguments(documentUri, span), tooltip));
  return `$(edit) ${links.join(' · ')}`;
}

/** The hover card's correction links of a quotation: set its speaker…, not a quotation. */
export function quoteCorrectionLinks(quote: Quote, documentUri: string, t: Translate): string {
  const span = spanArguments(documentUri, { start: quote.start, end: quote.end, text: quote.text });
  const tooltip = t('Correct it: kept in the corrections file beside the article');
  return `$(edit) ${commandLink(t('Set speaker…'), SET_SPEAKER, span, tooltip)} · ${commandLink(t('Not a quotation'), NOT_A_QUOTATION, span, tooltip)}`;
}
