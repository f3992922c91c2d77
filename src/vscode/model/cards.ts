import { latinName } from '../../core/lexicon/knowledge';
import type { Entity, EntityType, Quote, QuoteFlag } from '../../core/types';
import { AnnotationIndex, otherForms } from './annotationIndex';
import { quoteLabel } from './speakers';
import { Translate } from './translate';

/** The only command hover cards may run (the editor trusts links to it and nothing else). */
export const REVEAL_COMMAND = 'arabicAnnotator.revealRange';

/** Codicon ids per kind, shared by hover cards, the Speakers view and the outline. */
export const KIND_ICONS: Record<EntityType | 'quotation', string> = {
  person: 'person',
  place: 'location',
  organization: 'organization',
  other: 'symbol-misc',
  quotation: 'quote',
};

/** Quotations of a speaker listed in its card; the rest are counted. */
const QUOTES_IN_CARD = 3;

export function kindName(type: EntityType, t: Translate): string {
  switch (type) {
    case 'person': return t('Person');
    case 'place': return t('Place');
    case 'organization': return t('Organization');
    case 'other': return t('Other name');
  }
}

/**
 * Article text made inert for Markdown: every ASCII punctuation mark is backslash-escaped
 * (CommonMark allows it for all of them), so no text can form a link, an image, emphasis, an
 * HTML tag or entity, or a bare `command:`/`http:` autolink. `$` becomes an HTML entity instead:
 * VS Code turns `$(name)` into an icon in the rendered HTML, after Markdown escapes are gone.
 * Line breaks become spaces so the text cannot start a heading, list or block.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[!-/:-@[-`{-~]/g, (mark) => (mark === '$' ? '&#36;' : `\\${mark}`));
}

/**
 * A Markdown link that runs `command` with `args`. The arguments are JSON, percent-encoded, with
 * the brackets and quotes that `encodeURIComponent` leaves alone encoded too so the link
 * destination cannot end early.
 */
export function commandLink(label: string, command: string, args: unknown[], tooltip: string): string {
  const encoded = encodeURIComponent(JSON.stringify(args))
    .replace(/[()'!*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
  return `[${escapeMarkdown(label)}](command:${command}?${encoded} "${escapeMarkdown(tooltip)}")`;
}

/** A Markdown link that runs the reveal command on [start, end) of the document. */
export function revealLink(label: string, documentUri: string, start: number, end: number, tooltip: string): string {
  return commandLink(label, REVEAL_COMMAND, [documentUri, start, end], tooltip);
}

/** Hover card of an entity: name, kind, roles, Latin spelling, other spellings, mention count, first quotations. */
export function entityCard(entity: Entity, index: AnnotationIndex, documentUri: string, t: Translate): string {
  const lines = [
    `$(${KIND_ICONS[entity.type]}) **${escapeMarkdown(entity.name)}**`,
    '',
    `${kindName(entity.type, t)} · ${t('Mentions: {0}', entity.mentions.length)}`,
  ];
  // For matching English sources: a person's name as Wikidata names spell it.
  const latin = entity.type === 'person' ? latinName(entity.name) : undefined;
  if (latin) lines.push('', `${t('In Latin letters:')} ${escapeMarkdown(latin)}`);
  if (entity.roles.length > 0) {
    lines.push('', `${t('Roles:')} ${entity.roles.map(escapeMarkdown).join(' · ')}`);
  }
  const forms = otherForms(entity);
  if (forms.length > 0) {
    lines.push('', `${t('Also written:')} ${forms.map(escapeMarkdown).join(' · ')}`);
  }
  const quotes = index.quotesBy(entity.id);
  if (quotes.length > 0) {
    lines.push('', `$(${KIND_ICONS.quotation}) ${t('Quotations: {0}', quotes.length)}`, '');
    for (const quote of quotes.slice(0, QUOTES_IN_CARD)) {
      lines.push(`- ${revealLink(quoteLabel(quote), documentUri, quote.start, quote.end, t('Go to the quotation'))}`);
    }
    if (quotes.length > QUOTES_IN_CARD) lines.push(`- ${t('and {0} more', quotes.length - QUOTES_IN_CARD)}`);
  }
  return lines.join('\n');
}

/** Hover card of a quotation: its kind, who said it with their role, the cue, and any recovery. */
export function quoteCard(quote: Quote, index: AnnotationIndex, t: Translate): string {
  const title = quote.kind === 'direct' ? t('Direct quotation') : t('Indirect quotation');
  const lines = [`$(${KIND_ICONS.quotation}) **${title}**`, ''];
  const speaker = index.entity(quote.speaker);
  if (speaker) {
    const role = speaker.roles[0];
    const who = `$(${KIND_ICONS[speaker.type]}) **${escapeMarkdown(speaker.name)}**`;
    lines.push(`${t('Said by:')} ${role ? `${who} · ${escapeMarkdown(role)}` : who}`);
  } else if (quote.speakerText) {
    lines.push(`${t('Said by:')} ${escapeMarkdown(quote.speakerText)} · ${t('not named in the text')}`);
  } else {
    lines.push(t('Said by: a source the text does not name'));
  }
  if (quote.cue) lines.push('', `${t('Cue:')} ${escapeMarkdown(quote.cue.text)}`);
  const channel = index.entity(quote.via ?? null);
  if (channel) lines.push('', `${t('Via:')} ${escapeMarkdown(channel.name)}`);
  for (const flag of quote.flags ?? []) lines.push('', `$(warning) ${flagText(flag, t)}`);
  return lines.join('\n');
}

function flagText(flag: QuoteFlag, t: Translate): string {
  switch (flag) {
    case 'unclosed': return t('The closing quotation mark is missing; the quotation ends with its paragraph.');
    case 'mismatched-marks': return t('Opened and closed with different quotation marks.');
    case 'reversed-mark': return t('Opened with a closing quotation mark.');
  }
}
