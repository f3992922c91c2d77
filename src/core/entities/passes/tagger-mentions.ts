/** The first pass: the tagger's mentions into the set, each from where the text shows its name starts. */
import { CliticReading } from '../../tokenize';
import { isLexiconNameWord } from '../../lexicon';
import { MentionCandidate } from '../tagger';
import { MENTIONS_PER_STEP, MentionSet, NamedType } from '../mention-set';
import { StemStarts } from '../reading-hashes';

/** The tagger's person, place and organization mentions, a proclitic cut where the text proves it (provenNameStart). */
export function* addTaggerMentions(doc: MentionSet, candidates: MentionCandidate[]): Generator<void> {
  const tokens = doc.tokens;
  const named = candidates.filter((c) => c.type !== 'other');
  const whole = (c: MentionCandidate): boolean => c.start === tokens[c.firstToken].start;
  const standalone = standaloneWords(doc, named.flatMap((c) => (whole(c) ? shorterReadings(doc, c.firstToken) : [])));
  const inner = innerNameWords(doc, named);
  for (let n = 0; n < named.length; n++) {
    const c = named[n];
    // "فالون" after مايكل فالون: a word the text writes inside a name, where no proclitic stands, is whole (not ف + الون).
    const start = whole(c) ? provenNameStart(doc, c.firstToken, standalone) : inner.has(tokens[c.firstToken].norm) ? tokens[c.firstToken].start : c.start;
    doc.add({ ...c, type: c.type as NamedType, start });
    if (n % MENTIONS_PER_STEP === MENTIONS_PER_STEP - 1) yield;
  }
  yield;
}

/** Readings of token i with a proclitic cut off, the article kept (وشويغو → شويغو). */
function shorterReadings(doc: MentionSet, i: number): CliticReading[] {
  return doc.splits(i).filter((s) => s.prefix && !s.prefix.endsWith('ال') && s.stem.length >= 3);
}

/**
 * Which of the given readings (of Arabic words, three letters or more: only Arabic tokens can
 * be one) also stand in the text as words of their own.
 */
function standaloneWords(doc: MentionSet, readings: CliticReading[]): Set<string> {
  const wanted = new Set(readings.map((r) => r.stem));
  const found = new Set<string>();
  if (wanted.size === 0) return found;
  // The filter spares most tokens a set look-up.
  const starts = new StemStarts(wanted);
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (starts.mayMatchWhole(doc.readings, i) && wanted.has(tokens[i].norm)) found.add(tokens[i].norm);
  }
  return found;
}

/** The words of the tagger's names after their first word: a proclitic never stands there. */
function innerNameWords(doc: MentionSet, named: MentionCandidate[]): Set<string> {
  const words = new Set<string>();
  for (const c of named) for (let k = c.firstToken + 1; k < c.endToken; k++) if (doc.tokens[k].kind === 'arabic') words.add(doc.tokens[k].norm);
  return words;
}

/**
 * Where a name the tagger found at token i starts: a proclitic left on it is cut when the
 * text also has the name without it (وشويغو … شويغو); lexicon names stay whole.
 */
function provenNameStart(doc: MentionSet, i: number, standalone: Set<string>): number {
  const t = doc.tokens[i];
  if (isLexiconNameWord(t.norm)) return t.start;
  return t.start + (shorterReadings(doc, i).find((s) => standalone.has(s.stem))?.offset ?? 0);
}
