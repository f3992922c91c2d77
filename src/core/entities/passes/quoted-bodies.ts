/**
 * Quoted names that speak as bodies: a company or fund in quotation marks takes feminine verbs
 * (ذكرت "إينوك"، وكانت "إينوك" قد تقدمت; شركة is understood), a man so quoted masculine ones (وقال
 * "القاضي"). A one-word person mention quoted as the subject of feminine verbs only, and no given
 * name, names an organization, everywhere in the article; a quoted one-word body that is a word of
 * a person's full name here is that person.
 */
import { cueAt, Gender } from '../../cues';
import { GIVEN_NAMES, isLexiconName, wordSet } from '../../lexicon';
import { isQuoteMark } from '../../quotes';
import { MENTIONS_PER_STEP, Mention, MentionSet } from '../mention-set';

const KANA_FEMININE = wordSet(['كانت', 'وكانت']);
const KANA_MASCULINE = wordSet(['كان', 'وكان']);
const QAD = wordSet(['قد']);

/** The gender of the verb a quoted mention is the subject of (ذكرت "X"، كانت "X" قد), or undefined. */
function quotedSubjectGender(doc: MentionSet, m: Mention): Gender | undefined {
  const tokens = doc.tokens;
  const open = m.firstToken - 1;
  const close = m.endToken;
  if (open < 1 || close >= tokens.length || !isQuoteMark(tokens[open]) || !isQuoteMark(tokens[close])) return undefined;
  const verb = open - 1;
  if (tokens[verb].paragraph !== tokens[m.firstToken].paragraph) return undefined;
  const cue = cueAt(tokens, verb, open);
  if (cue?.kind === 'verb' && cue.end === open) return cue.gender;
  const qad = close + 1 < tokens.length && QAD.has(tokens[close + 1].norm);
  if (qad && KANA_FEMININE.has(tokens[verb].norm)) return 'f';
  if (qad && KANA_MASCULINE.has(tokens[verb].norm)) return 'm';
  return undefined;
}

export function* retypeQuotedBodies(doc: MentionSet): Generator<void> {
  // The words of person names of two words or more (retyping below makes only one-word persons).
  const personWords = new Set<string>();
  for (const m of doc.mentions) if (m?.type === 'person' && m.endToken - m.firstToken >= 2) for (const w of doc.words(m)) personWords.add(w);
  const genders = new Map<string, Set<Gender>>();
  for (let k = 0; k < doc.mentions.length; k++) {
    if (k % MENTIONS_PER_STEP === 0) yield;
    const m = doc.mentions[k];
    // وكتبت “آيتن” after الفنانة آيتن عامر: a quoted word of a person's name the tagger took for a body is that person.
    if (m?.type === 'organization' && !m.byHead && m.endToken - m.firstToken === 1 && personWords.has(doc.words(m)[0]) &&
        !isLexiconName(doc.words(m)[0]) && quotedSubjectGender(doc, m)) m.type = 'person';
    if (m?.type !== 'person') continue;
    const gender = quotedSubjectGender(doc, m);
    if (!gender) continue;
    const key = doc.words(m).join(' ');
    const seen = genders.get(key) ?? new Set<Gender>();
    genders.set(key, seen.add(gender));
  }
  // One word only, and no part of a longer person's name here: a woman is quoted by her full name
  // (وقالت "ناتاشا كريستي") or by the first name of one the article names (مها العتيبي … وذكرت "مها").
  const bodies = new Set([...genders].filter(([key, seen]) => seen.size === 1 && seen.has('f') && !key.includes(' ') && !GIVEN_NAMES.has(key) &&
    !personWords.has(key)).map(([key]) => key));
  if (bodies.size === 0) return;
  for (let k = 0; k < doc.mentions.length; k++) {
    if (k % MENTIONS_PER_STEP === 0) yield;
    const m = doc.mentions[k];
    // Retyped in place: a mention's span never changes in place, its type may.
    if (m?.type === 'person' && bodies.has(doc.words(m).join(' '))) m.type = 'organization';
  }
}
