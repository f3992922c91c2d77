/**
 * A family name that is also an ordinary word (سلام "peace", رضوان، عالية) stops the tagger: it
 * finds «رئيس الوزراء تمام سلام» as تمام alone. The article itself says the word is a name when
 * it uses it alone as a speech verb's subject (ولفت سلام إلى أنه، وأبدى سلام): a person mention that
 * opens with a given name, right before that word, takes it in as the family name (عبدالرحمن رشيد
 * + بخش … وبين بخش أن).
 */
import { cueAt, isColon, isComma, isComplementizer } from '../../cues';
import { isNationalityAdjective, PREPOSITIONS, TIME_WORDS } from '../../lexicon';
import { isListedGivenName } from '../../lexicon/knowledge';
import { isQuoteMark } from '../../quotes';
import { Token } from '../../tokenize';
import { MENTIONS_PER_STEP, MentionSet, TOKENS_PER_STEP } from '../mention-set';

/** Most words of a name that may still lack its family name (a given name and a father's, a grandfather's). */
const MAX_NAME_BEFORE_FAMILY = 3;

export function* addSpokenFamilyNames(doc: MentionSet): Generator<void> {
  const tokens = doc.tokens;
  let subjects: Set<string> | null = null;
  for (let k = 0, known = doc.mentions.length; k < known; k++) {
    if (k % MENTIONS_PER_STEP === 0) yield;
    const m = doc.mentions[k];
    if (m?.type !== 'person' || m.endToken - m.firstToken > MAX_NAME_BEFORE_FAMILY || !isListedGivenName(tokens[m.firstToken].norm)) continue;
    const next = m.endToken;
    if (next >= tokens.length || !doc.isFree(next) || !mayBeFamilyName(doc, next) || tokens[next].paragraph !== tokens[m.firstToken].paragraph) continue;
    subjects ??= yield* loneSpeechSubjects(doc);
    if (!subjects.has(tokens[next].norm) && !isTitledNisba(doc, m.firstToken, m.endToken)) continue;
    doc.replace(k, { ...m, end: tokens[next].end, endToken: next + 1 });
  }
}

/**
 * الكاتب الصحفي خالد + الحربي، …: after a title, a lone given name and a definite nisba that ends
 * the clause (a comma, a complementizer, a quotation mark or a colon after it). An adjective in ـي
 * there would describe the title, which stands before the name, not the name: it is the family
 * name (الحربي is also "military", المالكي "royal"). Nationalities are not (mayBeFamilyName).
 */
function isTitledNisba(doc: MentionSet, first: number, end: number): boolean {
  const tokens = doc.tokens;
  const nisba = tokens[end].norm;
  return end - first === 1 && afterTitle(doc, first) && nisba.startsWith('ال') && nisba.endsWith('ي') && nisba.length >= 5 &&
    end + 1 < tokens.length && opensSpeech(tokens, end + 1) && !PREPOSITIONS.has(tokens[end + 1].norm);
}

/** Most definite words between a title and the name it is given to (الخبير الاقتصادي السعودي + خالد). */
const TITLE_ADJECTIVES = 2;

/** Whether token k follows a title, right after it or after its definite adjectives (الكاتب السعودي، المحلل الاقتصادي). */
function afterTitle(doc: MentionSet, k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 1 - TITLE_ADJECTIVES && doc.tokens[j].paragraph === doc.tokens[k].paragraph; j--) {
    if (doc.isTitleAt(j)) return true;
    if (!doc.isFree(j) || !doc.tokens[j].norm.startsWith('ال')) return false;
  }
  return false;
}

/** A word no family name is: a preposition cut off (لـ، بـ) or an accusative adverb (دائماً، أيضا). */
const NOT_A_FAMILY_NAME = /ـ|[اً][\u064b-\u0652]*$/u;

/**
 * Whether token i may end a person's name: an Arabic word of three letters or more that is no
 * title, cue, preposition, time word (قال أمس إن) or nationality, nor a word training met only
 * in places' and bodies' names (أكدت الدولة أن is the state speaking).
 */
function mayBeFamilyName(doc: MentionSet, i: number): boolean {
  const token = doc.tokens[i];
  if (token.kind !== 'arabic' || token.norm.length < 3 || NOT_A_FAMILY_NAME.test(token.text)) return false;
  const seenAs = doc.model.seenInNames(token.norm);
  return !doc.isTitleAt(i) && !PREPOSITIONS.has(token.norm) && !TIME_WORDS.has(token.norm) && !isNationalityAdjective(token.norm) && (seenAs === '' || seenAs.includes('P')) &&
    !isComplementizer(doc.tokens, i) && cueAt(doc.tokens, i, doc.tokens.length) === null;
}

/**
 * The words the document uses as a speech verb's whole subject, outside any mention: right after
 * the verb and right before what was said (a complementizer, a colon, a comma, a quotation mark)
 * or the preposition that opens it (لفت سلام إلى).
 */
function* loneSpeechSubjects(doc: MentionSet): Generator<void, Set<string>> {
  const tokens = doc.tokens;
  const subjects = new Set<string>();
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (i % TOKENS_PER_STEP === 0) yield;
    const cue = tokens[i].kind === 'arabic' ? cueAt(tokens, i, tokens.length) : null;
    if (cue?.kind !== 'verb' || cue.end + 1 >= tokens.length) continue;
    const subject = cue.end;
    if (!doc.isFree(subject) || !mayBeFamilyName(doc, subject) || tokens[subject].paragraph !== tokens[i].paragraph) continue;
    if (opensSpeech(tokens, subject + 1)) subjects.add(tokens[subject].norm);
  }
  return subjects;
}

function opensSpeech(tokens: Token[], i: number): boolean {
  const token = tokens[i];
  return isComplementizer(tokens, i) || isColon(token) || isComma(token) || isQuoteMark(token) || PREPOSITIONS.has(token.norm);
}
