/**
 * Heads of names: an organization head takes in the name that follows it (وكالة + ريا نوفوستي,
 * المعهد الدولي للدراسات الاستراتيجية); a descriptive head marks the name after it as an
 * organization and stays outside (صحيفة + هآرتس), a facility head as a place (قاعدة + فوستوشني).
 */
import { PROCLITIC_LETTERS } from '../../tokenize';
import {
  ALL_PLACE_NAMES, COUNTRY_NAMES, FACILITY_HEADS, isDefinite, isLexiconName, isNationalityAdjective, MONTHS_AND_DAYS_SET, NAMED_PLACE_HEADS,
  PERSON_TITLES, possessedNoun, PREPOSITIONS, wordSet,
} from '../../lexicon';
import { isCityName } from '../../lexicon/knowledge';
import {
  DESCRIPTIVE_HEADS, GENERIC_BODIES, isDefiningNisba, MEDIA_AND_CLUB_HEADS, NAME_ENDERS, NAME_HEADS, namesAKindOfBody, NISBA_NAMED_HEADS, ORGANIZATION_PURPOSES, PAPER_HEADS, PHRASE_NAME_HEADS, ROYAL_TITLES,
  STATE_BODY_HEADS,
} from '../../lexicon/heads';
import { MAX_DESCRIBED_NAME, Mention, MentionSet, NamedType, TOKENS_PER_STEP } from '../mention-set';
import { StemStarts } from '../reading-hashes';
import { nameStart } from '../tagger';

/** Longest run of words an organization head takes in after itself. */
const MAX_ORG_TAIL = 6;

/** Most bare nouns of a construct chain after an organization head (مجلس شورى ثوار + بنغازي). */
const MAX_CONSTRUCT = 3;

/**
 * A word that may be a bare noun in a construct chain (خارجية، شورى، تنظيم): no article, proclitic,
 * ل-genitive, preposition, title, nationality adjective (بعثة أوروبية) or future verb (ستزور).
 */
function isBareNoun(norm: string): boolean {
  return !isDefinite(norm) && !norm.startsWith('لل') && !PROCLITIC_LETTERS.includes(norm[0]) && !PREPOSITIONS.has(norm) &&
    !PERSON_TITLES.has(norm) && !isNationalityAdjective(norm) && !/^س[يتن]/.test(norm);
}

const HEAD_STARTS = new StemStarts([...NAME_HEADS, ...DESCRIPTIVE_HEADS, ...FACILITY_HEADS, ...NAMED_PLACE_HEADS]);

/** Organization heads take in the name after them; descriptive and facility heads mark the name after them. */
export function* extendHeads(doc: MentionSet): Generator<void> {
  let nextStep = 0;
  for (let i = 0; i < doc.tokens.length; i++) {
    if (i >= nextStep) {
      nextStep = i + TOKENS_PER_STEP;
      yield;
    }
    if (!HEAD_STARTS.mayMatch(doc.readings, i)) continue;
    // An organization the tagger found from its head on may still run longer (المعهد الدولي للدراسات + الاستراتيجية).
    const own = doc.ownerOf(i);
    const ownOrganization = own && own.firstToken === i && own.type === 'organization' ? own : null;
    if (own && !ownOrganization) continue;
    const stems = doc.splits(i).map((s) => s.stem);
    let end = i + 1;
    let first = i;
    let type: NamedType = 'organization';
    if (stems.some((s) => NAME_HEADS.has(s))) {
      const phrase = stems.some((s) => PHRASE_NAME_HEADS.has(s)) ? 'any' : stems.some((s) => STATE_BODY_HEADS.has(s)) ? 'qualified' : 'none';
      end = organizationTail(doc, i, phrase, ownOrganization);
      if (ownOrganization && end <= ownOrganization.endToken) continue;
    } else if (ownOrganization) {
      continue;
    } else if (stems.some((s) => FACILITY_HEADS.has(s) || NAMED_PLACE_HEADS.has(s))) {
      // The head stays outside, as ANERcorp writes it (مطار + دالاس): the tagger's mention after
      // it names the place (فندق + بيبلوس is no organization), else words the model does not
      // know are the name, the first one with an article or not (نفق + المانش، قاعدة + العند).
      first = i + 1;
      // مستشفى الملك فهد، جامع الإمام تركي بن عبدالله: a place named after a titled person, title and all.
      let named = first;
      while (named < doc.tokens.length && named - first < MAX_TITLES_IN_PLACE_NAME && doc.isFree(named) && doc.isTitleAt(named)) named++;
      const titled = named > first ? doc.ownerOf(named) : null;
      if (titled?.type === 'person' && titled.firstToken === named && doc.tokens[named].paragraph === doc.tokens[i].paragraph) {
        // مدير مطار الملك خالد الدولي + يوسف العبدان: the tagger ran the place's name on into its director's.
        let placeEnd = titled.endToken;
        for (let j = named + 1; j < titled.endToken - 1; j++) {
          if (FACILITY_ADJECTIVES.has(doc.tokens[j].norm)) placeEnd = j + 1;
        }
        doc.replace(doc.ownerIndex(named), { ...titled, type: 'place', start: doc.tokens[first].start, firstToken: first, end: doc.tokens[placeEnd - 1].end, endToken: placeEnd });
        if (placeEnd < titled.endToken) {
          doc.add({ ...titled, start: doc.tokens[placeEnd].start, firstToken: placeEnd });
        }
        i = titled.endToken - 1;
        continue;
      }
      const after = doc.ownerOf(first);
      // Retyped in place: a mention's span never changes in place, its type may. A person after the
      // head names the place after him (استاد جابر الدولي، مستشفى الملك فهد).
      if ((after?.type === 'organization' || after?.type === 'person') && after.firstToken === first && !isLexiconMention(doc, after)) after.type = 'place';
      end = after ? first : doc.unknownWordsFrom(first, true);
      type = 'place';
    } else if (isCanalAt(doc, i)) {
      // قناة السويس، قناة بنما: a canal is named after a town (قناة دبي, a channel, is rare).
      end = doc.ownerOf(i + 1)?.endToken ?? i + 2;
      type = 'place';
    } else if (stems.some((s) => DESCRIPTIVE_HEADS.has(s))) {
      first = i + 1;
      end = describedName(doc, first, stems.some((s) => MEDIA_AND_CLUB_HEADS.has(s)), stems.some((s) => PAPER_HEADS.has(s)));
    }
    if (end <= first + (first === i ? 1 : 0)) continue;
    const start = nameStart(doc.tokens[first], doc.model);
    const byHead = type === 'organization' && first > i;
    if (doc.add({ start, end: doc.tokens[end - 1].end, type, firstToken: first, endToken: end, byHead })) i = end - 1;
  }
}

const CANAL = wordSet(['قناة']);

/** Adjectives that end a facility's name (مطار الملك خالد الدولي، مستشفى الملك فهد التخصصي). */
const FACILITY_ADJECTIVES = wordSet(['الدولي', 'التخصصي', 'العام', 'المركزي', 'الجامعي', 'الرياضي', 'العسكري', 'المرجعي']);

/** Most titles between a facility's head and the person it is named after (مستشفى خادم الحرمين الشريفين الملك عبدالله). */
const MAX_TITLES_IN_PLACE_NAME = 4;

/** Whether token i is قناة before a town's name, not a country's (قناة السويس; قناة السعودية is a channel), heading no body's name. */
function isCanalAt(doc: MentionSet, i: number): boolean {
  const next = doc.tokens[i + 1];
  if (!next || next.paragraph !== doc.tokens[i].paragraph || !doc.splits(i).some((r) => CANAL.has(r.stem))) return false;
  // هيئة قناة السويس: the canal names the body whose head comes before it.
  if (i > 0 && doc.tokens[i - 1].paragraph === next.paragraph && doc.splits(i - 1).some((r) => NAME_HEADS.has(r.stem))) return false;
  const mention = doc.ownerOf(i + 1);
  if (mention && (mention.firstToken !== i + 1 || mention.type === 'person')) return false;
  const words = mention ? doc.words(mention).join(' ') : next.norm;
  return (ALL_PLACE_NAMES.has(words) || isCityName(words)) && !COUNTRY_NAMES.has(words);
}

/**
 * One past the last token of the organization name headed at token i, or i + 1 when there
 * is none. The name runs over definite words (الأنباء المركزية), genitives with ل (للدراسات)
 * and the tagger's place and organization mentions; it stops after a proper name unless a
 * ل-genitive follows. Without a mention in it, only a phrase-name head makes a name (a
 * definite one, المعهد or الجامعة, with a ل-genitive or a nationality adjective), or a state
 * body's head with a nationality adjective. `own` is the tagger's organization mention
 * that starts at the head, if any: the name continues after it.
 */
function organizationTail(doc: MentionSet, i: number, phraseName: 'any' | 'qualified' | 'none', own: Mention | null): number {
  const paragraph = doc.tokens[i].paragraph;
  const definiteHead = doc.splits(i).some((r) => isDefinite(r.stem) && NAME_HEADS.has(r.stem));
  // A known name found from its head on is complete (الاتحاد الأوروبي + للفترة), but for whose a
  // kind of body it is (حزب العمال + الكردستاني).
  if (own && isLexiconName(doc.words(own).join(' '))) return namesAKindOfBody(doc.words(own)) ? doc.pastNationalities(own.endToken) : own.endToken;
  let j = own ? own.endToken : i + 1;
  let sawMention = own !== null;
  let sawGenitive = false;
  let sawOwner = false;
  let sawNisba = false;
  // Whether the last word taken in is a definite word or a ل-genitive, which a conjoined one may follow.
  let afterCommonWord = false;
  let afterProperName = own !== null && !isDefinite(doc.tokens[j - 1].norm) && !doc.tokens[j - 1].norm.startsWith('لل');
  // Bare nouns taken in right after the head, as a construct chain.
  let construct = 0;
  while (j < doc.tokens.length && j - i <= MAX_ORG_TAIL && doc.tokens[j].paragraph === paragraph) {
    const t = doc.tokens[j];
    const mention = doc.ownerOf(j);
    // جامعة الملك عبدالعزيز، مستشفى الملك فيصل: a body named after a king or prince takes in his
    // name, in construct with a bare head (رئيس الاتحاد الشيخ طلال: a title and a person).
    const royal = definiteHead ? null : royalNameAt(doc, i, j);
    if (royal) {
      sawMention = true;
      j = royal.endToken;
      afterProperName = true;
      continue;
    }
    if (mention) {
      // A conjoined name (وكوريا) is another name, not more of this one; a definite head takes
      // in no proper name (المجموعة السادسة + بنفيكا).
      const conjoined = mention.start !== t.start && !t.norm.startsWith('لل');
      const properName = !isDefinite(doc.words(mention)[0]);
      // طالب مجلس الشورى + رعاية الشباب: after the head's own words, a known body of its own is the next name.
      const anotherBody = afterCommonWord && mention.type === 'organization' && isLexiconMention(doc, mention);
      if (mention.firstToken !== j || mention.type === 'person' || conjoined || ((afterProperName || anotherBody) && !t.norm.startsWith('لل')) ||
          (definiteHead && properName && !t.norm.startsWith('لل'))) break;
      sawMention = true;
      sawOwner ||= mention.type === 'place';
      j = mention.endToken;
      // After a name taken in, only a ل-genitive goes on (مركز روسيا + للدراسات، مركز الخليج + للأبحاث).
      afterProperName = true;
      continue;
    }
    if (t.kind !== 'arabic' || NAME_ENDERS.has(t.norm) || MONTHS_AND_DAYS_SET.has(t.norm)) break;
    if (j === i + 1 && GENERIC_BODIES.has(t.norm)) return i + 1;
    // للدراسات، and لشؤون اللاجئين / لمكافحة الإرهاب: ل on a noun of what a body is for, whose genitive
    // follows (ل on another noun is mostly a purpose: الجمعية العامة لإصدار القرارات).
    const next = j + 1 < doc.tokens.length && doc.tokens[j + 1].paragraph === paragraph ? doc.tokens[j + 1] : null;
    const genitive = (t.norm.startsWith('لل') && t.norm.length > 3) ||
      (t.norm.startsWith('ل') && ORGANIZATION_PURPOSES.has(t.norm.slice(1)) && next !== null && isDefinite(next.norm));
    sawOwner ||= isNationalityAdjective(t.norm);
    sawNisba ||= isDefiningNisba(t.norm);
    // وزارة خارجية جنوب أفريقيا، مجلس شورى ثوار بنغازي، هيئة تنظيم الاتصالات البريطانية: a construct
    // chain of bare nouns, which must end in whose body it is.
    const constructMember = !own && !definiteHead && j - i <= MAX_CONSTRUCT && construct === j - i - 1 && isBareNoun(t.norm);
    if (constructMember) construct++;
    else if (genitive) sawGenitive = true;
    else if (afterCommonWord && isConjoinedNamePart(doc, j)) sawGenitive ||= doc.tokens[j - 1].norm.startsWith('لل');
    else if (afterProperName || !isDefinite(t.norm) || PERSON_TITLES.has(t.norm)) break;
    afterCommonWord = !constructMember;
    afterProperName = false;
    j++;
  }
  if (construct > 0 && !sawMention && !sawOwner) return i + 1;
  if (sawMention) return j;
  if (phraseName === 'qualified') return sawOwner || (sawNisba && doc.splits(i).some((r) => NISBA_NAMED_HEADS.has(r.stem))) ? j : i + 1;
  // البطريركية اللاتينية، الطائفة المارونية: a definite phrase head with a confessional adjective
  // names one body; other relational adjectives (التنفيذية، الانتخابية، الدولية) say what kind of body.
  const confessional = j === i + 2 && CONFESSIONAL_ADJECTIVES.has(doc.tokens[i + 1].norm);
  return phraseName === 'any' && (!definiteHead || sawGenitive || sawOwner || confessional) ? j : i + 1;
}

/** Adjectives of a church, rite or confession, which make one body of a definite head (البطريركية اللاتينية). */
const CONFESSIONAL_ADJECTIVES = wordSet(['اللاتينية', 'الكاثوليكية', 'الأرثوذكسية', 'المارونية', 'القبطية', 'الإنجيلية', 'الأنجليكانية',
  'البروتستانتية', 'الأرمنية', 'السريانية', 'الكلدانية', 'الدرزية']);

/** A definite relational adjective or nisba plural (السوري، الجوية، اليمنيين), which closes a noun phrase. */
const RELATIONAL_ADJECTIVE = /^ال.{2,}(?:ي|يه|يين|يون)$/u;

/**
 * Whether token j is a definite word conjoined to the name before it (جمعية الثقافة + والفنون،
 * وزارة الطاقة + والمعادن، الهيئة العامة للشباب + والرياضة), not the start of another body or a
 * person's title (وزارة الخارجية + والجيش، + والرئيس). After an adjective the phrase is closed
 * and what is conjoined to it is another (الجيش السوري + والفصيل المتحالف).
 */
function isConjoinedNamePart(doc: MentionSet, j: number): boolean {
  const norm = doc.tokens[j].norm;
  if (!norm.startsWith('و') || !isDefinite(norm.slice(1)) || RELATIONAL_ADJECTIVE.test(doc.tokens[j - 1].norm)) return false;
  return !doc.splits(j).some((r) => NAME_HEADS.has(r.stem) || DESCRIPTIVE_HEADS.has(r.stem) || STATE_BODY_HEADS.has(r.stem) || GENERIC_BODIES.has(r.stem) ||
    PERSON_TITLES.has(r.stem) || NAME_ENDERS.has(r.stem));
}

/**
 * One past the end of the name a descriptive head introduces at token i: the mention there
 * (retyped as an organization; a person's only after a paper's head), else a short run of words
 * the model does not know, or after a newspaper, channel or club head, of definite words (قناة
 * المحور، نادي الوحدة).
 */
function describedName(doc: MentionSet, i: number, definiteNames: boolean, paper: boolean): number {
  if (i >= doc.tokens.length || doc.tokens[i].paragraph !== doc.tokens[i - 1].paragraph) return i;
  const mention = doc.ownerOf(i);
  if (mention) {
    // A paper is named, never a person (صحيفة جورنال دو ديمانش); a club or a site may be named
    // after one, if people's names use its words (موقع ويكيليكس is no one's name).
    const namedAfterPerson = mention.type === 'person' && !paper && doc.words(mention).some((w) => doc.isPersonNameWord(w));
    if (mention.firstToken !== i || namedAfterPerson) return i;
    mention.type = 'organization';
    mention.byHead = true;
    // The tagger may have found only the first word of a foreign name (صحيفة تشوسون + إلبو),
    // which takes no article (but فريق الجزيرة + ووصفه).
    const end = mention.endToken;
    // A word after و starts another phrase (شركة بوينج + والمجلس القومي).
    const foreign = end < doc.tokens.length && doc.tokens[end].paragraph === doc.tokens[i].paragraph && !isDefinite(doc.tokens[end - 1].norm) &&
      !doc.tokens[end].norm.startsWith('و');
    // صحيفة جورنال + دو ديمانش: a paper's name the tagger cut in two goes on over the person it made of the rest.
    const rest = paper && foreign ? doc.ownerOf(end) : null;
    if (rest?.type === 'person' && rest.firstToken === end) return rest.endToken;
    const longer = foreign ? doc.unknownWordsFrom(end) : end;
    return longer > end ? longer : i;
  }
  if (!definiteNames || !isDefinite(doc.tokens[i].norm)) {
    // A definite head refers back to a body already named (الشركة ستعود، موظفة الشركة أتت): only a
    // bare head is in construct with a name of unknown words (شركة سامير).
    const headDefinite = doc.splits(i - 1).some((r) => isDefinite(r.stem) && DESCRIPTIVE_HEADS.has(r.stem));
    return headDefinite || isPossessed(doc, doc.tokens[i].norm) ? i : doc.unknownWordsFrom(i);
  }
  let j = i;
  while (j < doc.tokens.length && j - i < MAX_DESCRIBED_NAME && doc.isFree(j) && doc.tokens[j].paragraph === doc.tokens[i].paragraph &&
         isDefinite(doc.tokens[j].norm) && !NAME_ENDERS.has(doc.tokens[j].norm) && !isNationalityAdjective(doc.tokens[j].norm) &&
         !MONTHS_AND_DAYS_SET.has(doc.tokens[j].norm)) j++;
  return j;
}

/** A common word with a possessive pronoun (موقع + شركته، صحيفة + بلاده): no name, if unknown as written. */
function isPossessed(doc: MentionSet, norm: string): boolean {
  const base = possessedNoun(norm, true);
  return base !== null && base.length >= 2 && (doc.model.isSeenOutsideNames(base) || doc.model.isSeenOutsideNames(base.replace(/ت$/, 'ه')));
}

/**
 * The person an organization headed at token i is named after, in its tail at token j: his
 * mention right after a royal title the head's own mention ends on (الملك + عبدالعزيز), or after
 * a free royal title at j itself; else null.
 */
function royalNameAt(doc: MentionSet, i: number, j: number): Mention | null {
  const here = doc.ownerOf(j);
  if (here) {
    return here.type === 'person' && here.firstToken === j && j - 1 > i && ROYAL_TITLES.has(doc.tokens[j - 1].norm) &&
      doc.ownerIndex(j - 1) === doc.ownerIndex(i) ? here : null;
  }
  if (!ROYAL_TITLES.has(doc.tokens[j].norm) || j + 1 >= doc.tokens.length || doc.tokens[j + 1].paragraph !== doc.tokens[j].paragraph) return null;
  const next = doc.ownerOf(j + 1);
  return next?.type === 'person' && next.firstToken === j + 1 ? next : null;
}

/** Whether a mention is a name the lexicons or training list as it stands. */
function isLexiconMention(doc: MentionSet, m: Mention): boolean {
  return isLexiconName(doc.words(m).join(' '));
}
