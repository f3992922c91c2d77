/**
 * Document-level entity building: from the tagger's per-paragraph mentions to one entity per
 * person, place or organization with all its mentions.
 *
 * 1. Lexicon names the tagger missed are added (longest match; a longer name replaces the
 *    shorter mentions inside it; a person span that ran over one gives it up).
 * 2. Organization heads take in the name that follows them (وكالة + ريا نوفوستي,
 *    المعهد الدولي للدراسات الاستراتيجية); a facility head marks the name after it as a place
 *    and stays outside (قاعدة + فوستوشني); a name quoted right after an organization head is one
 *    (منظمة «يش دين»).
 * 3. Mentions headed by an event word (جائحة، حرب) or made only of titles, nationality
 *    adjectives, date words, place heads and common words are dropped; a person mention loses
 *    leading titles and trailing nationality adjectives, and takes in a given name before it;
 *    a person mention that is another one plus a word found in no other name loses that word;
 *    one that is several names each found on its own elsewhere is those names.
 *    A person mention needs evidence of being a name (passes/person-evidence.ts): a name token,
 *    a title or a speech verb beside it; a family name quoted as a speech verb's subject is one.
 *    A one-word name quoted as the subject of feminine verbs only is a body (ذكرت "إينوك":
 *    passes/quoted-bodies.ts).
 *    A name between commas after a title phrase is a person (passes/appositive-names.ts), and so
 *    is a given name or kunya with a word or two after a speech verb (passes/speech-subjects.ts).
 *    A lone given name takes in the ordinary word after it that the article uses alone as a
 *    speech verb's subject (تمام + سلام … ولفت سلام: passes/spoken-family-names.ts).
 *    A world city the tagger left is a place where the text places it (في كاليه، منطقة عسير،
 *    كاليه الفرنسية: passes/world-cities.ts).
 * 4. Every name found once is looked for everywhere else (with any proclitic), and so is every
 *    part of a person's full name (بيسكوف، كيم).
 * 5. Mentions are grouped by a spelling-tolerant key; a lone part of a person's name joins the
 *    person whose full name contains it, and so does a lone family name the tagger typed a place
 *    or a body, unless a known place or body is spelt so.
 * Each step is a pass over the mentions in passes/, run in the order PASSES lists them; the
 * mentions are kept in a MentionSet (mention-set.ts), where they never overlap: every pass only
 * adds a mention over tokens no other mention holds, or replaces the mentions it fully covers.
 * The grouping into entities is cluster.ts, and the head words it all reads are lexicon/heads.ts.
 */
import { runToEnd } from '../steps';
import { Token } from '../tokenize';
import { Entity } from '../types';
import { MentionCandidate } from './tagger';
import { buildEntities } from './cluster';
import { MentionSet } from './mention-set';
import { addHeadedQuotedNames } from './passes/headed-quotes';
import { extendHeads } from './passes/heads';
import { clean } from './passes/clean';
import { addCountryNouns, addElidedMinistries, addLexiconNames } from './passes/lexicon-names';
import { addMarkedMediaNames } from './passes/media-names';
import { addQuotedSubjects, cutLeadingSpeechVerbs, dropUnsupportedPersons } from './passes/person-evidence';
import { propagate, recurringForms } from './passes/recurring';
import { addTaggerMentions } from './passes/tagger-mentions';
import { addTitledNames } from './passes/titled-names';
import { addAppositiveNames } from './passes/appositive-names';
import { addSpeechVerbSubjects } from './passes/speech-subjects';
import { addSpokenFamilyNames } from './passes/spoken-family-names';
import { addCalledNames } from './passes/called-names';
import { splitJoinedNames } from './passes/split-joined';
import { trimUnsupportedLastWords } from './passes/trim';
import { addPlacedCities } from './passes/world-cities';
import { retypeQuotedBodies } from './passes/quoted-bodies';
import { dropSacredNames } from './passes/sacred-names';

/** The passes between the tagger's mentions and the recurring forms, in order: each works on what those before it left. */
const PASSES: readonly ((doc: MentionSet) => Generator<void>)[] = [
  addLexiconNames,
  addCountryNouns,
  extendHeads,
  addHeadedQuotedNames,
  clean,
  addElidedMinistries,
  trimUnsupportedLastWords,
  splitJoinedNames,
  dropUnsupportedPersons,
  cutLeadingSpeechVerbs,
  addTitledNames,
  addCalledNames,
  addAppositiveNames,
  addSpeechVerbSubjects,
  addSpokenFamilyNames,
  addQuotedSubjects,
  retypeQuotedBodies,
  addMarkedMediaNames,
  addPlacedCities,
  dropSacredNames,
];

export function groupEntities(text: string, tokens: Token[], candidates: MentionCandidate[]): Entity[] {
  return runToEnd(groupEntitiesSteps(text, tokens, candidates));
}

/** `groupEntities` as bounded steps, yielding between its passes over the text (see analyzeSteps). */
export function* groupEntitiesSteps(text: string, tokens: Token[], candidates: MentionCandidate[]): Generator<void, Entity[]> {
  const doc = new MentionSet(text, tokens);
  yield;
  yield* addTaggerMentions(doc, candidates);
  for (const pass of PASSES) yield* pass(doc);
  // The forms are read off all the mentions the passes left, then looked for everywhere.
  const forms = yield* recurringForms(doc);
  yield* propagate(doc, forms);
  return yield* buildEntities(doc);
}
