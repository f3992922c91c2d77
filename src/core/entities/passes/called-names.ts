/**
 * A name given after what its bearer is: شاهد عيان يدعى [أحمد اكاي]، مواطنة تُدعى [آلاء بدر عبدالله]،
 * القائد الميداني …، المدعو [أبو جليل]، يدعى "[أبوثابت الحوثي]". The words after the naming word,
 * as far as they may be a name's, are a person's. A lone word taken for a person in the
 * description before it (وقال مقيم في مقديشو يدعى …) is that description's noun, not a name.
 * After a verb (يدعى، تدعى) the thing named may be no person: not after a body or a place
 * (شركة تدعى نوكيا، صحيفة … تدعى) nor in ما يدعى ("what is called").
 */
import { isComma } from '../../cues';
import { isHeadWord } from '../../lexicon/heads';
import { isDefinite, NAMING_NOUNS, NAMING_WORDS, wordSet } from '../../lexicon';
import { isListedGivenName } from '../../lexicon/knowledge';
import { isQuoteMark } from '../../quotes';
import { MentionSet, TOKENS_PER_STEP } from '../mention-set';
import { mayBeNameWord } from './titled-names';

/** Most words of a name given this way (مقرب بن سعد بن علي الثنيان is cut at its fourth). */
const MAX_CALLED_NAME = 4;

/** How far back the description before a naming word is read for a one-word person. */
const DESCRIPTION_REACH = 5;

/** Words before يدعى that make it "is called" of a thing or "is invited" (ما يدعى، عندما يدعى الشاعر). */
const NOT_NAMING_BEFORE = wordSet(['ما', 'عندما', 'حين', 'حينما', 'أن', 'لا', 'لم', 'قد', 'كان']);

export function* addCalledNames(doc: MentionSet): Generator<void> {
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (i % TOKENS_PER_STEP === 0) yield;
    if (tokens[i].kind !== 'arabic' || !NAMING_WORDS.has(tokens[i].norm) || (!NAMING_NOUNS.has(tokens[i].norm) && !callsAPerson(doc, i))) continue;
    let first = i + 1;
    while (first < tokens.length && tokens[first].kind === 'punct' && (isQuoteMark(tokens[first]) || tokens[first].text === '/')) first++;
    const end = calledNameEnd(doc, first, tokens[i].paragraph);
    if (end <= first) continue;
    if (!doc.add({ start: tokens[first].start, end: tokens[end - 1].end, type: 'person', firstToken: first, endToken: end })) continue;
    dropDescriptionPerson(doc, i);
    i = end - 1;
  }
}

/** Whether يدعى at token i names a person: not after a body (شركة تدعى نوكيا) or a head word (مدينة تدعى), nor in ما يدعى. */
function callsAPerson(doc: MentionSet, i: number): boolean {
  const tokens = doc.tokens;
  const k = i > 1 && isComma(tokens[i - 1]) ? i - 2 : i - 1;
  if (k < 0 || tokens[k].kind !== 'arabic' || NOT_NAMING_BEFORE.has(tokens[k].norm)) return false;
  const owner = doc.ownerOf(k);
  return owner?.type !== 'organization' && !isHeadWord(tokens[k].norm) && !isHeadWord(tokens[k].norm.replace(/^[وفبل]/, ''));
}

/**
 * One past the name from token `first`: words that may be a name's (titled-names' test, without
 * its doubt of a word that reads as a proclitic and a stem, فيشيون: a name is expected), a family
 * name with the article last, and a person the tagger found starting inside the run taken whole
 * (ويدعى موها + [صالح]); `first` when none.
 */
function calledNameEnd(doc: MentionSet, first: number, paragraph: number): number {
  const tokens = doc.tokens;
  let end = first;
  while (end - first < MAX_CALLED_NAME && end < tokens.length && tokens[end].paragraph === paragraph && tokens[end].kind === 'arabic') {
    const owner = doc.ownerOf(end);
    if (owner) {
      if (owner.type === 'person' && owner.firstToken === end && owner.endToken - first <= MAX_CALLED_NAME) end = owner.endToken;
      break;
    }
    const definite = isDefinite(tokens[end].norm);
    if ((definite && end === first) || !mayBeNameWord(doc, end)) break;
    end++;
    if (definite) break;
  }
  return end;
}

/** وقال مقيم [في مقديشو] يدعى X: a one-word person before the naming word that is no given name is the description's noun. */
function dropDescriptionPerson(doc: MentionSet, naming: number): void {
  const tokens = doc.tokens;
  let k = isComma(tokens[naming - 1]) ? naming - 2 : naming - 1;
  for (const limit = k - DESCRIPTION_REACH; k >= 0 && k > limit && tokens[k].paragraph === tokens[naming].paragraph && tokens[k].kind === 'arabic'; k--) {
    const index = doc.ownerIndex(k);
    if (index < 0) continue;
    const owner = doc.mentions[index]!;
    // The places and bodies the description names stay (مقيم في [مقديشو]).
    if (owner.type !== 'person') continue;
    if (owner.endToken - owner.firstToken === 1 && !isListedGivenName(tokens[k].norm)) doc.replace(index, null);
    return;
  }
}
