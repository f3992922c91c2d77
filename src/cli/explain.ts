/**
 * What `npm run annotate -- FILE --explain` prints: for every quotation, who it went to, through
 * which channel, and why — the sieves of speakers.ts that decided, outermost first, and the words
 * they read. Pure: annotations and explanations in, text out.
 */
import { Annotations, SPEAKER_RULES, SpeakerExplanation } from '../core/index';
import { oneLine } from './report';

/** Characters of a quotation shown in its heading line. */
const EXCERPT = 70;

export function formatExplanations({ entities, quotes }: Annotations, explanations: readonly SpeakerExplanation[]): string {
  const entityById = new Map(entities.map((e) => [e.id, e]));
  const whyOf = new Map(explanations.map((x) => [x.quote, x]));
  const lines: string[] = [`Quotations: ${quotes.length}`];
  for (const quote of quotes) {
    const text = oneLine(quote.text);
    lines.push('', `${quote.id} ${quote.kind} [${quote.start}–${quote.end}] «${text.length > EXCERPT ? text.slice(0, EXCERPT) + '…' : text}»`);
    const speaker = quote.speaker ? entityById.get(quote.speaker) : undefined;
    lines.push(`  speaker: ${speaker ? `${speaker.name} (${speaker.type})` : quote.speakerText ? `unnamed: ${oneLine(quote.speakerText)}` : 'none'}`);
    const via = quote.via ? entityById.get(quote.via) : undefined;
    if (via) lines.push(`  via: ${via.name}`);
    if (quote.cue) lines.push(`  cue: «${oneLine(quote.cue.text)}» [${quote.cue.start}–${quote.cue.end}]`);
    if (quote.by === 'user') {
      lines.push('  why: a correction kept beside the article');
      continue;
    }
    const why = whyOf.get(quote.id);
    if (!why) continue;
    why.rules.forEach((rule, n) => lines.push(`  ${n === 0 ? 'why:' : '    ←'} ${rule}: ${SPEAKER_RULES[rule]}`));
    if (why.evidence) lines.push(`  from the words: «${oneLine(why.evidence.text)}» [${why.evidence.start}–${why.evidence.end}]`);
  }
  return lines.join('\n') + '\n';
}
