/**
 * Names the lexicons know, added where the tagger missed or cut them short: place and
 * organization names, country nouns (المملكة) and ministries named by their field alone
 * (الخارجية الأميركية).
 */
import { ALL_PLACE_NAMES, isDefinite, isLexiconNameWord, isNationalityAdjective, ORGANIZATION_NAMES, REGIONAL_BODIES } from '../../lexicon';
import { ELIDED_MINISTRIES, ELIDED_MINISTRY_ENDINGS, namesAKindOfBody, STATE_BODY_HEADS } from '../../lexicon/heads';
import { taggerModel, TaggerModel } from '../model';
import { byFirstWord, FormsByFirstWord, MentionSet, NamedType, TOKENS_PER_STEP } from '../mention-set';
import { StemStarts } from '../reading-hashes';
import { nameStart } from '../tagger';

/**
 * Lexicon names, and the organization names the model learnt as unambiguous, by their first
 * word as word sequences, longest first; built on first use, as they need the model.
 */
let lexiconNames: { model: TaggerModel; byFirst: FormsByFirstWord; starts: StemStarts } | undefined;

function knownNames(): { model: TaggerModel; byFirst: FormsByFirstWord; starts: StemStarts } {
  const model = taggerModel();
  if (lexiconNames?.model === model) return lexiconNames;
  // A name in several lists keeps the type of the first.
  const typeOf = new Map<string, NamedType>();
  const add = (name: string, type: NamedType): void => void (typeOf.has(name) || typeOf.set(name, type));
  for (const name of ALL_PLACE_NAMES) add(name, 'place');
  for (const name of ORGANIZATION_NAMES) add(name, 'organization');
  for (const name of REGIONAL_BODIES) add(name, 'organization');
  for (const name of model.organizationNames) add(name, 'organization');
  const byFirst = byFirstWord([...typeOf].map(([name, type]) => ({ words: name.split(' '), type })));
  return (lexiconNames = { model, byFirst, starts: new StemStarts(byFirst.keys()) });
}

/** Known place and organization names the tagger missed or cut short. */
export function* addLexiconNames(doc: MentionSet): Generator<void> {
  const { byFirst, starts } = knownNames();
  for (let i = 0; i < doc.tokens.length; i++) {
    if (i % TOKENS_PER_STEP === 0) yield;
    if (!starts.mayMatch(doc.readings, i)) continue;
    const splits = doc.splits(i);
    for (let r = 0, tried = doc.readingsToTry(i, starts); r < tried; r++) {
      const split = splits[r];
      const options = byFirst.get(split.stem);
      if (!options) continue;
      for (const { words, type } of options) {
        // A lone ambiguous word (عمان، صور) is left to the tagger.
        if (words.length === 1 && doc.model.commonWords.has(words[0])) continue;
        const start = doc.matchAt(i, words);
        if (start < 0 || start !== doc.tokens[i].start + split.offset) continue;
        // الحرس الثوري + الإيراني: which body of a kind, said by the adjective after it.
        const end = type === 'organization' && namesAKindOfBody(words) ? doc.pastNationalities(i + words.length) : i + words.length;
        const existing = doc.ownerOf(i);
        // Lexicon names fill gaps and lengthen mentions; they retype the tagger's only when they
        // are several words long (بيونغ يانغ), as one word may name a place and a person alike.
        if (existing && existing.firstToken === i && existing.endToken === end && existing.start === start) {
          if (words.length > 1) existing.type = type;
          continue;
        }
        // Only a name of several words is clearly no part of a person's name (بيونغ يانغ; but جورج واشنطن).
        if (words.length > 1) cutPersonAround(doc, i, end);
        if (doc.add({ start, end: doc.tokens[end - 1].end, type, firstToken: i, endToken: end })) break;
      }
    }
  }
}

/**
 * المملكة، بالمملكة: a country noun alone names a place; before a definite word it is a phrase
 * of its own (المملكة العربية السعودية is a lexicon name, المملكة السماوية no place, and
 * المملكة المغربية is left to the tagger: السماوية reads as a nationality adjective too).
 */
export function* addCountryNouns(doc: MentionSet): Generator<void> {
  for (let i = 0; i < doc.tokens.length; i++) {
    if (i % TOKENS_PER_STEP === 0) yield;
    const t = doc.tokens[i];
    if (!doc.isFree(i) || t.kind !== 'arabic' || !t.norm.endsWith('مملكه') && !t.norm.endsWith('سلطنه')) continue;
    const reading = doc.countryNounReading(i);
    if (!reading) continue;
    const next = doc.tokens[i + 1];
    if (next && next.paragraph === t.paragraph && isDefinite(next.norm)) continue;
    doc.add({ start: t.start + reading.offset, end: t.end, type: 'place', firstToken: i, endToken: i + 1 });
  }
}

/**
 * قالت الخارجية الأميركية، أعلنت الداخلية السعودية: a ministry named by its field alone, with the
 * country's adjective (feminine, agreeing with the unwritten وزارة). Not an adjective itself
 * (السياسة الخارجية المصرية), nor a role's complement (وزير الخارجية …).
 */
export function* addElidedMinistries(doc: MentionSet): Generator<void> {
  const tokens = doc.tokens;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (i % TOKENS_PER_STEP === 0) yield;
    const t = tokens[i];
    if (t.kind !== 'arabic' || !ELIDED_MINISTRY_ENDINGS.some((e) => t.norm.endsWith(e))) continue;
    const reading = doc.splits(i).find((r) => ELIDED_MINISTRIES.has(r.stem));
    const adjective = tokens[i + 1];
    if (!reading || adjective.paragraph !== t.paragraph || !adjective.norm.endsWith('يه') || !isNationalityAdjective(adjective.norm)) continue;
    const before = i > 0 && tokens[i - 1].paragraph === t.paragraph ? tokens[i - 1] : null;
    const modifies = reading.offset === 0 && before !== null && before.kind === 'arabic' &&
      ((isDefinite(before.norm) && before.norm.endsWith('ه')) || doc.isTitleAt(i - 1) || STATE_BODY_HEADS.has(before.norm));
    if (modifies || !doc.covers(i, i + 2)) continue;
    doc.add({ start: t.start + reading.offset, end: adjective.end, type: 'organization', firstToken: i, endToken: i + 2 });
  }
}

/**
 * A person mention the tagger ran over a known place or organization name at its start or
 * end (كيم جونغ أون + بيونغ يانغ) gives that name up; what remains stays a person only if it
 * is more than one word or a name the lexicons know (not وتنفي، فإن).
 */
function cutPersonAround(doc: MentionSet, from: number, to: number): void {
  for (const k of new Set([doc.ownerIndex(from), doc.ownerIndex(to - 1)])) {
    const person = k >= 0 ? doc.mentions[k] : null;
    if (!person || person.type !== 'person') continue;
    const atEnd = person.firstToken < from && person.endToken === to;
    const atStart = person.firstToken === from && person.endToken > to;
    if (!atEnd && !atStart) continue;
    const [first, end] = atEnd ? [person.firstToken, from] : [to, person.endToken];
    const rest = end - first > 1 || isLexiconNameWord(doc.tokens[first].norm)
      ? { ...person, start: first === person.firstToken ? person.start : nameStart(doc.tokens[first], doc.model), end: doc.tokens[end - 1].end, firstToken: first, endToken: end }
      : null;
    doc.replace(k, rest);
  }
}
