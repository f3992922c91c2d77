/**
 * Mentions that are no names dropped: those headed by an event word (جائحة، حرب) or made only of
 * titles, nationality adjectives, date words, place heads and common words. A person mention
 * loses leading titles and takes in a given name before it; an organization's name loses its
 * descriptive head, and a known name the nationality adjective after it; a name with a club's
 * adjective is a club, one after a place head a place.
 */
import { cueAt } from '../../cues';
import { normalize } from '../../text';
import {
  CURRENCIES, EVENT_HEADS, GIVEN_NAMES, isDefinite, isLexiconName, ORG_HEADS, isLexiconNameWord, isNationalityAdjective, isPossessedHomeland, MONTHS_AND_DAYS_SET, PLACE_HEADS,
} from '../../lexicon';
import { personNameUses } from '../../lexicon/knowledge';
import { DESCRIPTIVE_HEADS, isDefiningNisba, isHeadWord, NAME_HEADS, namesAKindOfBody, NISBA_NAMED_HEADS, PAPER_HEADS, REGIONAL_ADJECTIVES, STATE_BODY_HEADS } from '../../lexicon/heads';
import { MENTIONS_PER_STEP, MentionSet, NamedType, startsWithArticle } from '../mention-set';
import { StemStarts } from '../reading-hashes';
import { nameStart } from '../tagger';

const EVENT_STARTS = new StemStarts(EVENT_HEADS);
const PLACE_HEAD_STARTS = new StemStarts(PLACE_HEADS);
/** A paper's head without the article (صحيفة + الحياة; الصحيفة refers back to a paper). */
const BARE_PAPER_HEADS = new Set([...PAPER_HEADS].filter((head) => !isDefinite(head)));
const PAPER_HEAD_STARTS = new StemStarts(BARE_PAPER_HEADS);

/**
 * Drops mentions that are no names; trims titles off person names. A nisba after a person's
 * name is left to the tagger: it is as often a family name (الكندي، الحديدي، المالكي).
 */
export function* clean(doc: MentionSet): Generator<void> {
  // Replacements append to the list: only the mentions there at the start are cleaned.
  const count = doc.mentions.length;
  const spellsFinalYaWithoutDots = writesFinalYaAsAlifMaqsura(doc.text);
  for (let k = 0; k < count; k++) {
    if (k % MENTIONS_PER_STEP === 0) yield;
    const m = doc.mentions[k];
    if (!m) continue;
    let first = m.firstToken;
    let end = m.endToken;
    let start = m.start;
    // حركة حماس، نادي أرسنال: the head only says what the organization is.
    if (m.type === 'organization' && end - first > 1 && doc.splits(first).some((r) => DESCRIPTIVE_HEADS.has(r.stem))) {
      first++;
      start = nameStart(doc.tokens[first], doc.model);
    }
    // حزب الله اللبناني: a known name keeps no nationality adjective after it (كوريا الشمالية is a
    // name of its own); but one made of common words names a kind of body, and the adjective says
    // which (حزب العمال الكردستاني، اللجنة الأولمبية اليابانية، الحرس الثوري الإيراني).
    if (m.type !== 'person' && end - first > 1 && isNationalityAdjective(doc.tokens[end - 1].norm)) {
      const words = doc.words(m).slice(first - m.firstToken, end - m.firstToken);
      const known = words.slice(0, -1);
      if (isLexiconName(known.join(' ')) && !isLexiconName(words.join(' ')) && !namesAKindOfBody(known)) end--;
    }
    // صرحت … مينا اندريفا للصحافيين: a headless name the tagger ran on over whom it was said to ends
    // before it, and is a person's when people's names use one of its words and training knows
    // none of them outside names.
    let ownType: NamedType = m.type;
    if (m.type === 'organization' && end - first > 1 && addresseeAt(doc, end - 1) && !doc.splits(first).some((r) => NAME_HEADS.has(r.stem) || ORG_HEADS.has(r.stem))) {
      end--;
      const words = doc.words(m).slice(first - m.firstToken, end - m.firstToken);
      if (words.some((w) => personNameUses(w) > 0) && !words.some((w) => doc.model.isSeenOutsideNames(w))) ownType = 'person';
    }
    if (m.type === 'person') {
      // عثرت على عبد الرحمن هارون، عقوبات على صالح: على is the preposition, which reads علي once
      // normalised; the name written so stands after a title, a head or a break (الرئيس المخلوع، على
      // صالح؛ مدرسة على بن أبى طالب), or anywhere in a text that writes final ي so (فى).
      if (end - first > 1 && doc.tokens[first].text === 'على' && !spellsFinalYaWithoutDots && !opensNameAfterAli(doc, first)) first++;
      while (first < end && doc.isTitleAt(first)) first++;
      if (first !== m.firstToken && first < end) start = nameStart(doc.tokens[first], doc.model);
      // A given name right before a person's name is part of it (ليف + إيريك إيسلي).
      if (first === m.firstToken && start === doc.tokens[first].start && givenNameBefore(doc, first)) {
        first--;
        start = doc.tokens[first].start;
      }
    }
    // ليون الفرنسي، بنفيكا البرتغالي: a city takes the feminine adjective, a club the masculine
    // (a definite name may be a region: الشرق الأقصى الروسي); a person only when one word
    // with no title before (but اللاعب ليونيل ميسي الأرجنتيني).
    const club = m.type !== 'organization' && first < end && clubAdjectiveAt(doc, end) &&
      (m.type === 'place' || (end - first === 1 && !(first > 0 && doc.isTitleAt(first - 1)))) &&
      !normalize(doc.text.slice(start, doc.tokens[first].end)).startsWith('ال');
    // سسكا موسكو الروسي: a club named after its city starts at the unknown word before it,
    // free or tagged alone as an organization (but أرسنال + وموناكو).
    if (club && m.type === 'place' && first === m.firstToken && start === doc.tokens[first].start && first > 0 && doc.tokens[first - 1].paragraph === doc.tokens[first].paragraph &&
        isLoneUnknownWord(doc, first - 1)) {
      first--;
      start = nameStart(doc.tokens[first], doc.model);
    }
    // ولاية الجزيرة: after a place head a name is a place, whatever else it names, even a word
    // that is a place head itself.
    const namedByPlaceHead = m.type !== 'person' && headBefore(doc, first, PLACE_HEADS, PLACE_HEAD_STARTS);
    const type = club ? 'organization' : namedByPlaceHead ? 'place' : ownType;
    // جائحة كوفيد، حرب الخليج: an event's name, not a person, place or organization.
    const event = EVENT_STARTS.mayMatch(doc.readings, m.firstToken) && doc.splits(m.firstToken).some((r) => EVENT_HEADS.has(r.stem));
    // الحكومة البريطانية، الشرطة الإسرائيلية، الجيش الوطني: common words, but a body's head with
    // whose it is names it.
    const last = doc.tokens[end - 1].norm;
    const ownedBody = m.type === 'organization' && end - first > 1 && doc.splits(first).some((r) =>
      (STATE_BODY_HEADS.has(r.stem) && isNationalityAdjective(last)) || (NISBA_NAMED_HEADS.has(r.stem) && isDefiningNisba(last)));
    // المملكة: a country noun names its country alone (addCountryNouns).
    const countryNoun = m.type === 'place' && end - first === 1 && doc.countryNounReading(first) !== undefined;
    // صحيفة الحياة، جريدة الرياض: after a paper's head, one definite common word is the paper's
    // name (صحيفة يونانية says which paper it is not).
    const namedByPaperHead = m.type === 'organization' && first === m.firstToken && end - first === 1 && startsWithArticle(doc.tokens[first]) &&
      headBefore(doc, first, BARE_PAPER_HEADS, PAPER_HEAD_STARTS);
    if (first === end || event || (!namedByPlaceHead && !ownedBody && !countryNoun && !namedByPaperHead && isNoName(doc, first, end, start, m.type))) {
      doc.replace(k, null);
    } else if (first !== m.firstToken || end !== m.endToken || type !== m.type) {
      doc.replace(k, { ...m, type, start, end: doc.tokens[end - 1].end, firstToken: first, endToken: end });
    }
  }
}

/** Whether على at token i may start a name by what stands before it: a break, a title, a head word or a title's adjective. */
function opensNameAfterAli(doc: MentionSet, i: number): boolean {
  const before = doc.tokens[i - 1];
  if (!before || before.paragraph !== doc.tokens[i].paragraph || before.kind !== 'arabic') return true;
  return doc.isTitleAt(i - 1) || isHeadWord(before.norm) || (startsWithArticle(before) && doc.isFree(i - 1));
}

/** Whether a text writes final ي as ى, as Egyptian print does (فى for في): there على may be the name علي. */
function writesFinalYaAsAlifMaqsura(text: string): boolean {
  return /(?:^|[\s(«"“])فى(?=[\s،,.])/u.test(text);
}

/** A ل-genitive on a plural of people (للصحافيين، للصحفيين): whom a statement was made to. */
function addresseeAt(doc: MentionSet, i: number): boolean {
  const norm = doc.tokens[i].norm;
  return norm.startsWith('لل') && (norm.endsWith('ين') || norm.endsWith('ون'));
}

/** Whether token i is a word the model does not know, free or an organization mention by itself. */
function isLoneUnknownWord(doc: MentionSet, i: number): boolean {
  const own = doc.ownerOf(i);
  if (!own) return doc.unknownWordsFrom(i) === i + 1;
  const t = doc.tokens[i];
  return own.type === 'organization' && own.firstToken === i && own.endToken === i + 1 && t.kind === 'arabic' &&
    !doc.model.isFrequent(t.norm) && !startsWithArticle(t);
}

/** Whether the free token before token i, in its paragraph, is one of `heads` (a place head: ولاية، مدينة; a paper's: صحيفة). */
function headBefore(doc: MentionSet, i: number, heads: ReadonlySet<string>, starts: StemStarts): boolean {
  return i > 0 && doc.isFree(i - 1) && doc.tokens[i - 1].paragraph === doc.tokens[i].paragraph &&
    starts.mayMatch(doc.readings, i - 1) && doc.splits(i - 1).some((r) => heads.has(r.stem));
}

/** Whether token i is a masculine definite nationality adjective of a country (not العربي, الغربي). */
function clubAdjectiveAt(doc: MentionSet, i: number): boolean {
  const t = doc.tokens[i];
  return i < doc.tokens.length && t.paragraph === doc.tokens[i - 1].paragraph && t.norm.endsWith('ي') && startsWithArticle(t) &&
    !REGIONAL_ADJECTIVES.has(t.norm) && isNationalityAdjective(t.norm);
}

/** Whether the free token before token i is a given name, and no common word spelt like one (هو، على). */
function givenNameBefore(doc: MentionSet, i: number): boolean {
  const before = doc.tokens[i - 1];
  if (i === 0 || !doc.isFree(i - 1) || before.paragraph !== doc.tokens[i].paragraph || doc.model.commonWords.has(before.norm)) return false;
  // معتز + الخياط، زيد + الحسين: a word Wikidata's names use often and training never saw outside
  // names is a given name too; not a title, a verb of speech, بني of a tribe, nor a word ending in
  // ة or a pronoun (رحمه الله).
  return GIVEN_NAMES.has(before.norm) || (personNameUses(before.norm) >= JOINING_NAME_USES && !doc.model.isSeenOutsideNames(before.norm) &&
    !before.norm.startsWith('ال') && !before.norm.endsWith('ه') && before.norm !== TRIBE && !doc.isTitleAt(i - 1) &&
    cueAt(doc.tokens, i - 1, doc.tokens.length) === null);
}

/** Fewest Wikidata names using a word no list has for it to join the name after it (more than knowledge.ts's GIVEN_NAME_USES: the name is already found). */
const JOINING_NAME_USES = 5;

/** بني تميم: a tribe, not a person. */
const TRIBE = normalize('بني');

/**
 * Whether tokens [first, end), the first read from `start`, are only words that name nothing
 * as a mention of the given type: a place head (الجزيرة، المدينة) may name an organization.
 */
function isNoName(doc: MentionSet, first: number, end: number, start: number, type: NamedType): boolean {
  for (let i = first; i < end; i++) {
    const w = i === first && start !== doc.tokens[i].start ? normalize(doc.text.slice(start, doc.tokens[i].end)) : doc.tokens[i].norm;
    const nameless = (doc.model.commonWords.has(w) && !isLexiconNameWord(w)) || MONTHS_AND_DAYS_SET.has(w) || CURRENCIES.has(w) || isPossessedHomeland(w) ||
      isNationalityAdjective(w) || (type !== 'organization' && PLACE_HEADS.has(w.startsWith('ال') ? w.slice(2) : w)) || doc.isTitleAt(i);
    if (!nameless) return false;
  }
  return true;
}
