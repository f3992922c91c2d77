/**
 * The readable summary printed by `npm run annotate -- FILE --format text`: entities by type with
 * their roles and mention counts, then every speaker with their quotations, then the quotations
 * nobody named is said to have spoken. Pure: annotations in, text out.
 */
import { Annotations, Entity, EntityType, Quote } from '../core/types';

const TYPE_HEADINGS: ReadonlyArray<[EntityType, string]> = [
  ['person', 'People'],
  ['organization', 'Organizations'],
  ['place', 'Places'],
  ['other', 'Other'],
];

export function formatTextReport(annotations: Annotations): string {
  // Spread into an array, not into push(): a long document has more lines than a call takes arguments.
  return [...entitySection(annotations.entities), '', ...quotationSection(annotations)].join('\n') + '\n';
}

function entitySection(entities: readonly Entity[]): string[] {
  const counts = TYPE_HEADINGS.map(([type, heading]) => [heading, entities.filter((e) => e.type === type).length] as const)
    .filter(([, count]) => count > 0)
    .map(([heading, count]) => `${heading}: ${count}`);
  const lines = [`Entities: ${entities.length}${counts.length ? ` (${counts.join(', ')})` : ''}`];
  for (const [type, heading] of TYPE_HEADINGS) {
    const ofType = entities.filter((e) => e.type === type).sort(byMentionsThenPosition);
    if (ofType.length === 0) continue;
    lines.push('', heading);
    for (const entity of ofType) {
      lines.push(`  ${entity.name} — ${plural(entity.mentions.length, 'mention')}`);
      if (entity.roles.length) lines.push(`    roles: ${entity.roles.map(oneLine).join(' · ')}`);
    }
  }
  return lines;
}

function quotationSection({ entities, quotes }: Annotations): string[] {
  const direct = quotes.filter((q) => q.kind === 'direct').length;
  const lines = [`Quotations: ${quotes.length}${quotes.length ? ` (${direct} direct, ${quotes.length - direct} indirect)` : ''}`];

  const entityById = new Map(entities.map((e) => [e.id, e]));
  const bySpeaker = new Map<string, Quote[]>();
  const unattributed: Quote[] = [];
  for (const quote of quotes) {
    if (quote.speaker === null) {
      unattributed.push(quote);
    } else {
      const own = bySpeaker.get(quote.speaker) ?? [];
      own.push(quote);
      bySpeaker.set(quote.speaker, own);
    }
  }

  if (bySpeaker.size) {
    lines.push('', 'Speakers');
    // Map iteration follows insertion, which follows the first quotation of each speaker.
    for (const [speakerId, own] of bySpeaker) {
      const speaker = entityById.get(speakerId);
      const label = speaker ? `${speaker.name} (${speaker.type})` : `unknown entity ${speakerId}`;
      lines.push(`  ${label} — ${plural(own.length, 'quotation')}`);
      for (const q of own) lines.push(`    ${describeQuote(q)}`);
    }
  }
  if (unattributed.length) {
    lines.push('', 'Unattributed quotations');
    for (const q of unattributed) lines.push(`  ${describeQuote(q)}`);
  }
  return lines;
}

function describeQuote(quote: Quote): string {
  const cue = quote.cue ? ` after “${oneLine(quote.cue.text)}”` : '';
  const flags = quote.flags?.length ? ` (${quote.flags.join(', ')})` : '';
  return `${quote.kind} [${quote.start}–${quote.end}]${cue}${flags}: «${oneLine(quote.text)}»`;
}

function byMentionsThenPosition(a: Entity, b: Entity): number {
  return b.mentions.length - a.mentions.length || firstStart(a) - firstStart(b);
}

function firstStart(entity: Entity): number {
  return entity.mentions[0]?.start ?? Number.MAX_SAFE_INTEGER;
}

/** Quotations and roles may span lines; the report keeps one item per line. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
