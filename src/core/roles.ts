/**
 * Roles: what the text says a person is, for the hover card — a title before the name
 * (الرئيس الروسي فلاديمير بوتين), an apposition after it (أندريه لانكوف، الخبير في جامعة كوكمين،)
 * or a role right after the name without a comma (آندري باكليتسكي مدير برنامج …). Roles are
 * kept as written, without the name, most informative (longest) first.
 */
import { cueAt, isComma, isComplementizer, isSentenceEnd } from './cues';
import { isQuoteMark } from './quotes';
import { MentionIndex } from './mention-index';
import { runToEnd } from './steps';
import { normalize, withArticleAfterLam } from './text';
import { Token, tokenize } from './tokenize';
import { isLexiconNameWord, isMediaName, isNationalityAdjective, NAMING_WORDS, ORG_HEADS, PREPOSITIONS, RELATIVE_PRONOUNS } from './lexicon';
import { isHeadWord } from './lexicon/heads';
import { isListedGivenName } from './lexicon/knowledge';
import { Entity } from './types';

/**
 * Head words of titles and positions, as they open a role phrase (definite or not, m./f.).
 * Honorifics (السيد، الشيخ) are left out: they are not roles.
 */
const TITLE_HEAD_WORDS = [
  'رئيس', 'رئيسة', 'زعيم', 'زعيمة', 'متحدث', 'متحدثة', 'ناطق', 'ناطقة', 'وزير', 'وزيرة', 'مستشار', 'مستشارة',
  'خبير', 'خبيرة', 'باحث', 'باحثة', 'أستاذ', 'أستاذة', 'بروفيسور', 'محاضر', 'مدير', 'مديرة', 'سفير', 'سفيرة', 'نائب', 'نائبة', 'ملك', 'ملكة', 'أمير', 'أميرة', 'ولي', 'قائد', 'قائدة', 'مرشد', 'جنرال', 'لواء', 'عميد',
  'عقيد', 'دكتور', 'دكتورة', 'محلل', 'محللة', 'كاتب', 'كاتبة', 'صحفي', 'صحفية', 'صحافي', 'صحافية', 'مراسل', 'مراسلة',
  'مبعوث', 'مبعوثة', 'ممثل', 'ممثلة', 'مندوب', 'مندوبة', 'محافظ', 'حاكم', 'عمدة', 'عضو', 'مفوض', 'مفوضة', 'مدعي',
  'قاضي', 'قاضية', 'سيناتور', 'منسق', 'منسقة', 'مسؤول', 'مسؤولة', 'مؤرخ', 'مدرب', 'لاعب', 'لاعبة', 'وكيل', 'وكيلة',
  'مساعد', 'دبلوماسي', 'سكرتير', 'مرشح', 'مرشحة', 'نظير', 'نظيره', 'نظيرها', 'نظيرة', 'نظيرته', 'نظيرتها', 'بابا', 'بطريرك', 'مفتي',
  'مؤسس', 'زميل', 'طبيب', 'طبيبة', 'ممرض', 'ممرضة', 'مهندس', 'مهندسة', 'محامي', 'محامية', 'ناشط', 'ناشطة',
  'معلم', 'معلمة', 'مخرج', 'مخرجة', 'فنان', 'فنانة', 'مغني', 'مغنية', 'شاعر', 'شاعرة', 'روائي', 'روائية',
  'مفاوض', 'مقرر', 'مقررة', 'استشاري', 'استشارية', 'أخصائي', 'أخصائية', 'مهاجم', 'مدافع', 'حارس', 'حائز', 'حائزة',
  'أحد', 'إحدى', 'فيلسوف', 'مذيع', 'مذيعة', 'ممثلة', 'فنان', 'مراقب', 'ضابط', 'جندي', 'طيار', 'مدون', 'مدونة', 'مصور', 'مصورة', 'محرر', 'محررة',
  'عماد', 'فريق', 'مشير', 'رائد', 'نقيب', 'ملازم', 'إمبراطور', 'إمبراطورة',
];

/** Kinship: a role after a name (كيم جونغ إيل، والد كيم), but before a name it is someone else's (والد كيم). */
const KINSHIP_WORDS = ['والد', 'والدة', 'نجل', 'نجلة', 'شقيق', 'شقيقة', 'زوج', 'زوجة', 'أرملة', 'ابنة', 'حفيد', 'حفيدة'];

/** Ranks that sit between a position and the name (وزير الطاقة الأمير عبد العزيز): look past them. */
const RANK_WORDS = ['أمير', 'ملك', 'جنرال', 'لواء', 'عميد', 'عقيد', 'دكتور', 'دكتورة', 'سيناتور', 'بروفيسور', 'أميرة', 'مهندس', 'مهندسة',
  'عماد', 'فريق', 'مشير'];

function withArticle(words: string[]): Set<string> {
  const set = new Set<string>();
  for (const word of words) {
    const norm = normalize(word);
    set.add(norm);
    set.add('ال' + norm);
  }
  return set;
}

/** Only with the article: أمين is a common first name, إمام reads as أمام ("in front of"). */
const TITLE_HEADS = new Set([...withArticle([...TITLE_HEAD_WORDS, ...KINSHIP_WORDS]), ...['الأمين', 'الأمينة', 'الإمام'].map(normalize)]);
// أحد ("one of") heads a role only without the article: الأحد is Sunday (قال براون الأحد لوكالة …).
TITLE_HEADS.delete(normalize('الأحد'));
const DEPUTIES = withArticle(['نائب', 'نائبة', 'مساعد', 'وكيل', 'وكيلة', 'كبير', 'كبيرة']);
const KINSHIP = withArticle(KINSHIP_WORDS);
const RANKS = withArticle(RANK_WORDS);

/** How far before a name a title head may stand, and how long an apposition may run. */
const TITLE_REACH = 7;
const APPOSITION_WORDS = 12;
/** Longer than any real role (a run of text without spaces is not one). */
const MAX_ROLE_LENGTH = 200;

/**
 * The head of a title phrase at token k, read past a proclitic (والرئيس، للرئيس): the written form
 * the role should show (الرئيس), or null.
 */
export function titleHeadAt(token: Token): string | null {
  return headIn(TITLE_HEADS, token);
}

/** Whether the token is a kinship word (والد، زوجة، وشقيق): before a name, it is someone else. */
export function isKinshipAt(token: Token): boolean {
  return headIn(KINSHIP, token) !== null;
}

function headIn(heads: Set<string>, token: Token): string | null {
  if (token.kind !== 'arabic') return null;
  const n = token.norm;
  // متحدثا باسم …: the accusative of an indefinite head; الفنانان، اللاعبين: its dual or plural.
  if (heads.has(n) || (n.endsWith('ا') && !n.startsWith('ال') && heads.has(n.slice(0, -1))) || heads.has(singularOf(n))) return token.text;
  if (n.startsWith('لل') && heads.has('ا' + n.slice(1))) return 'ال' + token.text.slice(2);
  if (/^[وفبل]/.test(n) && heads.has(n.slice(1))) return token.text.slice(1);
  return null;
}

/** The singular a dual or sound masculine plural is written on (الفنانان، اللاعبين → الفنان، اللاعب), else the word. */
function singularOf(norm: string): string {
  return norm.length > 5 && (norm.endsWith('ان') || norm.endsWith('ين')) ? norm.slice(0, -2) : norm;
}

/** Whether a title head is a dual or plural (الفنانان): it is the title of each name joined after the first. */
export function isSharedHead(token: Token): boolean {
  const n = token.norm.replace(/^[وفبل](?=ال)/, '');
  return singularOf(n) !== n && TITLE_HEADS.has(singularOf(n));
}

/** ورئيس: the head carries و/ف (وزير and والد are heads in their own right). */
function hasConjunction(token: Token): boolean {
  return !TITLE_HEADS.has(token.norm) && /^[وف]/.test(token.norm);
}

/** Words that end a role phrase: times, auxiliaries, honorifics (…، أمس الأول، كان قد …، والسيد …). */
const ROLE_STOPS = new Set(
  ['كان', 'كانت', 'وكان', 'وكانت', 'قد', 'وقد', 'أمس', 'اليوم', 'يوم', 'مساء', 'صباح', 'خلال', 'عقب', 'بعد', 'قبل', 'منذ', 'حين',
    'عندما', 'وذلك', 'حيث', 'الذي', 'التي', 'أن', 'إن', 'لكن', 'وهو', 'وهي', 'هو', 'هي', 'السيد', 'السيدة', 'والسيد', 'والسيدة',
    'الشيخ', 'الشيخة', 'معالي', 'ومعالي', 'فخامة', 'وفخامة', 'سمو', 'وسمو', 'سعادة', 'وسعادة', 'جلالة', 'وجلالة'].map(normalize),
);

/** Prepositions that a role carries on (الباحث في …، السفير لدى …). */
const ROLE_PREPOSITIONS = new Set(['في', 'لدى', 'عن', 'من', 'على', 'مع', 'الى', 'إلى'].map(normalize));

/** Nouns an institution's name follows (جامعة إيوا، معهد سيجونغ). */
const INSTITUTIONS = new Set(
  ['جامعة', 'معهد', 'مركز', 'وزارة', 'شركة', 'صحيفة', 'وكالة', 'منظمة', 'مؤسسة', 'بنك', 'مجلس', 'هيئة', 'حزب', 'حركة', 'جمعية',
    'مستشفى', 'كلية', 'مجموعة', 'قناة', 'مجلة', 'نادي', 'اتحاد', 'جامعه'].map(normalize),
);

function isDefinite(norm: string): boolean {
  return /^([وف]?[بلك]?ال|[وف]?لل)/.test(norm);
}

/**
 * Does token j carry on the role phrase whose head is token `head`? A role is a chain of
 * definite words, prepositions and names (المتحدث باسم الكرملين، الخبير في جامعة كوكمين في سيول);
 * an indefinite word only right after the head (رئيس قسم، وزير دفاعه) or before a definite one
 * (عضو مجلس إدارة الشركة). Another person's name only right after the head (والد كيم).
 */
function continuesRole(tokens: Token[], j: number, head: number, mentions: MentionIndex): boolean {
  const token = tokens[j];
  if (token.kind === 'number') return true;
  if (isQuoteMark(token)) return opensQuotedName(tokens, j, head);
  if (token.kind !== 'arabic') return token.kind === 'punct' && (token.text === '-' || token.text === '/');
  const n = token.norm;
  if (n.length < 2 || n === 'ال' || ROLE_STOPS.has(n) || isComplementizer(tokens, j) || RELATIVE_PRONOUNS.has(n)) return false;
  const cue = cueAt(tokens, j, tokens.length);
  if (cue && cue.kind !== 'manner') return false;
  const ref = mentions.at(j);
  // … منسق الوكالة في شمال شرق البلاد + لوكالة فرانس برس: the medium spoken to is no part of the role.
  if (ref && ref.firstToken === j && /^ل/.test(n) && ref.entity.type === 'organization' && isMediaName(ref.entity.name)) return false;
  if (ref) return ref.entity.type !== 'person' || (ref.firstToken === head + 1);
  if (j === head + 1 || isDefinite(n) || ROLE_PREPOSITIONS.has(n)) return true;
  if (/^و/.test(n) && /(ه|ها)$/.test(n)) return true; // والد كيم وسلفه
  // في جامعة إيوا: after a preposition a noun, after an institution its name, even untagged.
  const previous = tokens[j - 1].norm;
  if (ROLE_PREPOSITIONS.has(previous) || INSTITUTIONS.has(previous.replace(/^[وبل](?=...)/, ''))) return true;
  // عضو مجلس إدارة الشركة، لصندوق النقد: a construct chain goes on to a definite word; after a
  // definite word only one with a preposition does (… للجبهة التركمانية تصريحات الرئيس stops).
  const next = tokens[j + 1];
  const chainGoesOn = next !== undefined && next.kind === 'arabic' && (next.norm.startsWith('ال') || mentions.at(j + 1) !== undefined);
  return chainGoesOn && (!isDefinite(previous) || /^[بل]/.test(n));
}

/** The last token of the role phrase starting at `head` (at most `limit`), trailing prepositions dropped. */
function roleEnd(tokens: Token[], head: number, limit: number, mentions: MentionIndex): number {
  const paragraph = tokens[head].paragraph;
  let last = head;
  for (let j = head + 1; j <= limit && j < tokens.length && tokens[j].paragraph === paragraph; j++) {
    if (!continuesRole(tokens, j, head, mentions)) break;
    last = j;
  }
  // A role may quote a name whole (مدير "تعليم الليث"), never run into a quotation: it ends before a mark left open.
  if (leavesQuoteOpen(tokens, head, last + 1)) {
    while (last > head && !isQuoteMark(tokens[last])) last--;
    last--;
  }
  // A closing mark stays when it closes a quoted name inside the role (رئيس حزب "تيار المحبة").
  const closesQuote = (k: number): boolean => isQuoteMark(tokens[k]) && !leavesQuoteOpen(tokens, head, k + 1);
  while (last > head && (ROLE_PREPOSITIONS.has(tokens[last].norm) || (tokens[last].kind === 'punct' && !closesQuote(last)))) last--;
  return last;
}

/**
 * Tokens that may not stand inside a role phrase: they end it. Before a name another person ends
 * the title; after a name a person may be part of the role (والد كيم، مستشار الرئيس بوتين).
 */
function endsRolePhrase(tokens: Token[], k: number, end: number, mentions: MentionIndex): boolean {
  const token = tokens[k];
  if (token.kind === 'punct') return token.text !== '-' && token.text !== '/' && !isQuoteMark(token);
  if (isComplementizer(tokens, k) || RELATIVE_PRONOUNS.has(token.norm)) return true;
  if (mentions.at(k)?.entity.type === 'person') return true;
  const cue = cueAt(tokens, k, end);
  return cue !== null && cue.kind !== 'manner';
}

/**
 * Whether the quotation mark at token j carries a role on: it closes a mark the role opened, or it
 * opens a name after a word that names its kind, a title or a preposition (مدير "تعليم الليث"،
 * زعيم "داعش"، المحلل في "كريدي سويس") — not a quotation after a noun (لسلطة الطيران "علينا …").
 */
function opensQuotedName(tokens: Token[], j: number, head: number): boolean {
  if (leavesQuoteOpen(tokens, head, j)) return true;
  const before = tokens[j - 1];
  if (before.kind !== 'arabic') return false;
  const bareWord = before.norm.replace(/^[وبل](?=...)/, '');
  return titleHeadAt(before) !== null || ROLE_PREPOSITIONS.has(before.norm) || INSTITUTIONS.has(bareWord) || isHeadWord(bareWord) ||
    isHeadWord(bare(before.norm));
}

/** Whether the name from token `first` stands in quotation marks: one right before it and one right after its words. */
function isQuoted(tokens: Token[], first: number): boolean {
  let k = first;
  while (k < tokens.length && tokens[k].kind === 'arabic' && tokens[k].paragraph === tokens[first].paragraph) k++;
  return k < tokens.length && isQuoteMark(tokens[k]);
}

/** Whether tokens [from, to) open a quotation they do not close: an odd number of quotation marks. */
function leavesQuoteOpen(tokens: Token[], from: number, to: number): boolean {
  let marks = 0;
  for (let k = from; k < to; k++) if (isQuoteMark(tokens[k])) marks++;
  return marks % 2 !== 0;
}

/** Fill `roles` of every person from the words around each of its mentions. */
export function attachRoles(text: string, tokens: Token[], entities: Entity[]): void {
  runToEnd(attachRolesSteps(text, tokens, entities));
}

/** Mentions read between two yields of `attachRolesSteps` (bounds a step on a long document). */
const MENTIONS_PER_STEP = 1000;

/** `attachRoles` in bounded steps, for the time-sliced pipeline. */
export function* attachRolesSteps(text: string, tokens: Token[], entities: Entity[], mentions = new MentionIndex(tokens, entities)): Generator<void, void> {
  const found = new Map<Entity, string[]>();
  const honorifics = new Map<Entity, string>();
  // الفنانان علي مرزوق وعبدالله البارقي: a dual or plural title, and where the names it heads end.
  let shared: { role: string; endToken: number } | null = null;
  const nameWords = new Set<string>();
  for (const ref of mentions.mentions) {
    if (ref.entity.type === 'person') for (let k = ref.firstToken; k < ref.endToken; k++) nameWords.add(bare(tokens[k].norm));
  }
  let read = 0;
  for (const ref of mentions.mentions) {
    if (++read % MENTIONS_PER_STEP === 0) yield;
    if (ref.entity.type !== 'person') continue;
    let roles = found.get(ref.entity);
    if (!roles) found.set(ref.entity, (roles = []));
    if (shared && ref.hasProclitic && ref.firstToken === shared.endToken && /^و/.test(tokens[ref.firstToken].norm)) {
      roles.push(shared.role);
      shared.endToken = ref.endToken;
      continue;
    }
    shared = null;
    const titles = titleBefore(text, tokens, ref.firstToken, ref.hasProclitic, mentions);
    const sharedTitle = titles?.find((role) => isSharedHead(tokenize(role)[0]));
    if (sharedTitle) shared = { role: sharedTitle, endToken: ref.endToken };
    const described = titles ? null : describedBefore(text, tokens, ref.firstToken, ref.hasProclitic, mentions, nameWords) ??
      describedBeforeNaming(text, tokens, ref.firstToken, ref.hasProclitic, mentions);
    for (const role of titles ?? (described ? [described] : [])) roles.push(role);
    const after = appositionAfter(text, tokens, ref.endToken, mentions);
    if (after) roles.push(after);
    const honorific = honorificBefore(tokens, ref.firstToken, ref.hasProclitic);
    if (honorific && !honorifics.has(ref.entity)) honorifics.set(ref.entity, honorific);
  }
  for (const [entity, roles] of found) {
    const ranked = rankRoles([...entity.roles, ...roles].flatMap(coordinatedRoles));
    // الشيخ سلمان العودة: an honorific says who the person is only when nothing else does.
    const honorific = honorifics.get(entity);
    entity.roles = ranked.length === 0 && honorific ? [honorific] : ranked;
  }
}

/** Honorifics and academic titles: a person's only role when the text gives no other (الشيخ، الدكتور، د.، م.). */
const HONORIFICS = new Set(['الشيخ', 'الشيخة', 'الدكتور', 'الدكتورة', 'د', 'م', 'أ', 'السناتور', 'المهندس', 'الأستاذ', 'البروفيسور', 'القاضي', 'الفريق', 'العماد'].map(normalize));

/**
 * The honorific right before a mention, as written (د. with its dot, which the tokenizer keeps
 * on the letter; any other dot ends a sentence: أصدر الحكم القاضي. أحمد …), or null.
 */
function honorificBefore(tokens: Token[], first: number, hasProclitic: boolean): string | null {
  const k = first - 1;
  if (hasProclitic || k < 0) return null;
  const token = tokens[k];
  if (token.paragraph !== tokens[first].paragraph || token.kind !== 'arabic') return null;
  const bare = /^[وفبل]ال/.test(token.norm) ? token.norm.slice(1) : token.norm;
  // A letter is an honorific only with its dot (not a list's أ).
  if (!HONORIFICS.has(bare) || (bare.length === 1 && !token.text.endsWith('.'))) return null;
  return bare === token.norm ? token.text : token.text.slice(1);
}

/** سفير خادم الحرمين في القاهرة والمندوب الدائم للمملكة …: two positions joined by و are two roles. */
function coordinatedRoles(role: string): string[] {
  const tokens = tokenize(role);
  const parts: string[] = [];
  let from = 0;
  for (let k = 1; k < tokens.length; k++) {
    if (!hasConjunction(tokens[k]) || !titleHeadAt(tokens[k])) continue;
    parts.push(role.slice(from, tokens[k].start).trim());
    from = tokens[k].start + 1;
  }
  parts.push(role.slice(from).trim());
  return parts.filter((part) => part.length > 0);
}

/** Distinct roles (compared normalised), longest first, first seen first among equals. */
function rankRoles(roles: string[]): string[] {
  const seen = new Set<string>();
  const distinct: { role: string; words: number }[] = [];
  for (const role of new Set(roles)) {
    const words = tokenize(role).filter((t) => t.kind !== 'punct');
    const key = words.map((t) => t.norm).join(' ');
    if (!key || seen.has(key)) continue;
    seen.add(key);
    distinct.push({ role, words: words.length });
  }
  return distinct.sort((x, y) => y.words - x.words).map((r) => r.role);
}

/** الرئيس الروسي [فلاديمير بوتين] / المتحدث باسمه، [دميتري بيسكوف] / وزير الصحة، المهندس [خالد الفالح]. */
function titleBefore(text: string, tokens: Token[], first: number, hasProclitic: boolean, mentions: MentionIndex): string[] | null {
  if (hasProclitic || first === 0) return null;
  const paragraph = tokens[first].paragraph;
  let last = first - 1;
  // الناطق الإعلامي "[أسامة زيتوني]": the name's own quotation mark, or a comma, before it.
  if (isComma(tokens[last]) || (isQuoteMark(tokens[last]) && isQuoted(tokens, first))) last--;
  let head = -1;
  // A rank right before the name (الأمير، المهندس) may follow the position proper (وزير الطاقة),
  // which then ends before it.
  let end = last;
  for (let k = last; k >= 0 && k >= last - TITLE_REACH && tokens[k].paragraph === paragraph; k--) {
    if (titleHeadAt(tokens[k]) && !headIn(KINSHIP, tokens[k])) {
      if (head === last && k < last) end = last - 1;
      head = k;
      if (!(k === last && headIn(RANKS, tokens[k]))) break;
      continue;
    }
    if (endsRolePhrase(tokens, k, first, mentions)) break;
  }
  // مدير "تعليم الليث" [مرعي البركاتي]: a title may quote a body's name, whole; a mark left open
  // is a quotation's, which no title reads across.
  if (head < 0 || leavesQuoteOpen(tokens, head, last + 1)) return null;
  // مثال الآلوسي رئيس حزب الأمة طالباني: a title right after a name is that name's apposition.
  if (head > 0 && mentions.at(head - 1)?.entity.type === 'person' && !hasConjunction(tokens[head])) return null;
  // المبعوث الخاص للرئيس الروسي إلى سورية [ميخائيل بوجدانوف]: a head behind ل may be the
  // complement of a title before it, whose role the whole phrase is.
  head = outerTitle(tokens, head, first, mentions);
  // نائب رئيس الوزراء، مساعد وزير الخارجية: a deputy's title takes the title after it. Other heads
  // in a row name someone else (مستشار الرئيس بوتين: بوتين is the president).
  while (head > 0 && tokens[head - 1].paragraph === paragraph && headIn(DEPUTIES, tokens[head - 1]) && !mentions.at(head - 1)) head--;
  // قال مساعد وزيرة الخارجية أمس الأول كريستوفر هيل: an adverb between title and name is not the title.
  const positionEnd = roleEnd(tokens, head, end, mentions);
  // The rank is a role of its own (الدكتور), apart from the position; a lone bare word before it
  // is no position (أمانة سوق عكاظ ممثلة في الدكتور …: "represented by").
  const rank = end < last ? rolePhrase(text, tokens, last, last) : null;
  const lone = rank !== null && positionEnd === head && !isDefinite(tokens[head].norm);
  const position = lone ? null : rolePhrase(text, tokens, head, positionEnd);
  const roles = [position, rank].filter((r): r is string => r !== null);
  return roles.length > 0 ? roles : null;
}

/**
 * The title whose complement the head at `head` is when it carries ل (المبعوث الخاص + للرئيس الروسي
 * إلى سورية), else `head`. Only where the name can hardly be that head's own: a rank there is no
 * rank (المدير الفني لفريق السد), and the head's phrase says where or of what it is (… إلى سورية،
 * للأمين العام للأمم المتحدة); a bare one names the name (المبعوث الشخصي للرئيس بوتين، السكرتير
 * الخاص لرئيس الجمهورية اليمني هادي، الطبيبة الخاصة لوزيرة الخارجية السابقة هيلاري كلينتون).
 */
function outerTitle(tokens: Token[], head: number, first: number, mentions: MentionIndex): number {
  if (!/^ل/.test(tokens[head].norm) || titleHeadAt(tokens[head]) === tokens[head].text) return head;
  let specified = false;
  for (let k = head + 1; k < first; k++) specified ||= ROLE_PREPOSITIONS.has(tokens[k].norm) || /^(لل|بال)/.test(tokens[k].norm);
  if (!specified && !headIn(RANKS, tokens[head])) return head;
  for (let k = head - 1; k >= 0 && k >= head - TITLE_REACH && tokens[k].paragraph === tokens[head].paragraph; k--) {
    if (endsRolePhrase(tokens, k, first, mentions)) return head;
    if (titleHeadAt(tokens[k]) && !headIn(KINSHIP, tokens[k])) return roleEnd(tokens, k, head, mentions) === head ? k : head;
  }
  return head;
}

/**
 * A description right before a name, when no title heads it: a definite noun and a nationality
 * adjective (المصمم البلجيكي [أوليفيه ديبي]، المهاجر السوداني [عبد الرحمن هارون]) whatever the
 * noun, or a definite noun that names a kind of person (`namesAPerson`), alone or with one
 * definite adjective (المبتعث [يوسف الراجحي]، المستثمر العقاري [معتز الخياط]، الإعلامية "[وفاء …]").
 * Right after a verb (قال المغرد [أيمن قاسم]) the noun stands where the verb's subject does, and
 * the phrase may carry its complements (قال المتخصص في مواقع التواصل الاجتماعي [يوسف السلوم]).
 * `nameWords` are the words of the document's person mentions: a family name (البيشي) describes nobody.
 */
function describedBefore(text: string, tokens: Token[], first: number, hasProclitic: boolean, mentions: MentionIndex, nameWords: ReadonlySet<string>): string | null {
  if (hasProclitic || first === 0) return null;
  const paragraph = tokens[first].paragraph;
  const end = isQuoteMark(tokens[first - 1]) ? first - 2 : first - 1;
  const inParagraph = (k: number): boolean => k >= 0 && tokens[k].paragraph === paragraph;
  // ألقى، ألزم: a verb's hamza is gone from its normal form, not from the text.
  const definiteWord = (k: number): boolean => inParagraph(k) && tokens[k].kind === 'arabic' && !mentions.at(k) && isDefinite(tokens[k].norm) &&
    !/^[وف]?[أإ]ل/.test(tokens[k].text) && !nameWords.has(bare(tokens[k].norm));
  if (!definiteWord(end)) return null;
  // رئيس حزب الامة العراقية طالباني: the words complete a title or a body's name before them.
  const completesName = (noun: number): boolean => {
    for (let k = noun - 1; k >= noun - 2 && inParagraph(k); k--) {
      if (titleHeadAt(tokens[k]) || ORG_HEADS.has(tokens[k].norm) || ORG_HEADS.has(bare(tokens[k].norm))) return true;
    }
    return false;
  };
  // للمخلوع صالح: after the preposition ل the article's alif is not written.
  const phrase = (noun: number, last: number): string => {
    const { norm, start } = tokens[noun];
    const rest = text.slice(start, tokens[last].end);
    return norm.startsWith('لل') ? withArticleAfterLam(rest.slice(1)) : rest.slice(norm.length - bare(norm).length);
  };
  const adjective = end - 1;
  if (definiteWord(adjective) && isNationalityAdjective(bare(tokens[end].norm)) && !isNationalityAdjective(bare(tokens[adjective].norm)) &&
      !NOT_DESCRIPTIONS.has(bare(tokens[adjective].norm)) && !completesName(adjective)) return phrase(adjective, end);
  const afterVerb = (noun: number): boolean => noun > 0 && cueAt(tokens, noun - 1, first)?.kind === 'verb';
  // The noun opens the phrase: before it no definite word or name it could describe (الأسبوع الماضي، مكة المكرمة).
  // After a given name (سعيد الغامدي وعبدالعزيز …) the word is a family name; after a noun with a
  // possessive (مليكنا الغالي، غريمها التقليدي) an adjective.
  const describesWordBefore = (noun: number): boolean => {
    // والمخلوع صالح: after و the noun opens a phrase of its own.
    if (!inParagraph(noun - 1) || tokens[noun - 1].kind !== 'arabic' || tokens[noun].norm.startsWith('وال')) return false;
    const before = tokens[noun - 1].norm;
    return definiteWord(noun - 1) || mentions.at(noun - 1) !== undefined || isListedGivenName(before.replace(/^[وف](?=..)/, '')) ||
      (/..(نا|ها|هم)$/.test(before) && !afterVerb(noun));
  };
  const opensPhrase = (noun: number): boolean => definiteWord(noun) && namesAPerson(bare(tokens[noun].norm), afterVerb(noun)) &&
    !describesWordBefore(noun) && !completesName(noun);
  if (opensPhrase(end)) return phrase(end, end);
  // The adjective carries no proclitic: والمخلوع، للبرازيلي begin another phrase.
  const second = tokens[end].norm;
  if (opensPhrase(adjective) && second.startsWith('ال') && !ROLE_STOPS.has(second) && !HONORIFICS.has(second)) return phrase(adjective, end);
  for (let noun = end - 2; noun >= end - TITLE_REACH && inParagraph(noun) && !isQuoteMark(tokens[noun]) && !endsRolePhrase(tokens, noun, first, mentions); noun--) {
    if (!afterVerb(noun) || !opensPhrase(noun)) continue;
    return roleEnd(tokens, noun, end, mentions) === end ? phrase(noun, end) : null;
  }
  return null;
}

/**
 * What a person is, said before the word that gives the name: وقال شاهد عيان يدعى [أحمد اكاي]،
 * قائد ميداني للمليشيا الحوثية يدعى "[أبوثابت الحوثي]"، القائد الميداني لمليشيات الحوثي في قاعدة
 * العند، المدعو [أبو جليل]. The phrase is the longest one its head word carries up to the naming
 * word, from after the verb, preposition or punctuation before it.
 */
function describedBeforeNaming(text: string, tokens: Token[], first: number, hasProclitic: boolean, mentions: MentionIndex): string | null {
  if (hasProclitic) return null;
  const paragraph = tokens[first].paragraph;
  let naming = first - 1;
  while (naming >= 0 && tokens[naming].kind === 'punct' && (isQuoteMark(tokens[naming]) || tokens[naming].text === '/')) naming--;
  if (naming < 1 || tokens[naming].paragraph !== paragraph || !NAMING_WORDS.has(tokens[naming].norm)) return null;
  // القائد …، المدعو: a comma may stand before the naming word.
  const last = isComma(tokens[naming - 1]) ? naming - 2 : naming - 1;
  // The phrase is the longest one that starts after a verb of speech, a preposition, a
  // complementizer or punctuation (وقال شاهد عيان …، في مواطنة …، بينهم قائد ميداني …، أن القائد
  // الميداني …) and that its head carries to the naming word; after another verb (جلس رجل) none.
  let head = -1;
  for (let k = last; k >= 0 && k > last - TITLE_REACH && tokens[k].paragraph === paragraph; k--) {
    const token = tokens[k];
    if (token.kind !== 'arabic' || ROLE_STOPS.has(token.norm) || isComplementizer(tokens, k) || cueAt(tokens, k, first) !== null ||
        mentions.at(k)?.entity.type === 'person') break;
    const opens = k === 0 || tokens[k - 1].paragraph !== paragraph || opensDescription(tokens, k - 1, first);
    if (opens && isPersonNoun(token) && !mentions.at(k) && roleEnd(tokens, k, last, mentions) === last) head = k;
  }
  if (head < 0) return null;
  if (titleHeadAt(tokens[head])) return rolePhrase(text, tokens, head, last);
  const words = text.slice(tokens[head].start, tokens[last].end);
  return words.length <= MAX_ROLE_LENGTH ? words : null;
}

/** Indefinite nouns for a person that no title list has (رجل يدعى، شاهد عيان يدعى، جارة لها تدعى). */
const PERSON_NOUNS = new Set(['شخص', 'رجل', 'امرأة', 'سيدة', 'شاب', 'شابة', 'فتاة', 'طفل', 'طفلة', 'طالب', 'طالبة', 'شاهد', 'جار', 'جارة',
  'ساكن', 'عامل', 'عاملة', 'مواطن', 'مواطنة', 'مقيم', 'مقيمة', 'وافد', 'وافدة', 'سائق', 'تاجر', 'مهندس', 'رسام', 'عالم'].map(normalize));

/** Whether a description may open with this word: a title, a noun for a person, or a participle `namesAPerson` reads (مقيم، محتج). */
function isPersonNoun(token: Token): boolean {
  const norm = token.norm.replace(/^[وف](?=...)/, '');
  return titleHeadAt(token) !== null || PERSON_NOUNS.has(norm) || PERSON_NOUNS.has(token.norm) ||
    namesAPerson(bare(token.norm), true) || (norm.startsWith('م') && namesAPerson('ال' + norm, true));
}

/** Whether token k ends what comes before a description: punctuation, a cue, a preposition, a complementizer, a word with a pronoun suffix (بينهم). */
function opensDescription(tokens: Token[], k: number, end: number): boolean {
  const token = tokens[k];
  return token.kind !== 'arabic' || ROLE_STOPS.has(token.norm) || PREPOSITIONS.has(token.norm) || isComplementizer(tokens, k) ||
    cueAt(tokens, k, end) !== null || /..(هم|ها|هما|كم)$/.test(token.norm);
}

/** A word read past a proclitic before its article (للصديق → الصديق، والمغرد → المغرد). */
function bare(norm: string): string {
  return norm.replace(/^[وفبلك](?=ال)/, '').replace(/^لل/, 'ال');
}

/**
 * A definite singular noun that says what a person is or does, by its form: a relational noun
 * (الإعلامي، الإطفائي، التربوية) or an active participle of five letters or more (المبتعث،
 * المستثمر، المزارع، المتخصص) — not a nationality, a body, a name word, an ordinal or a time.
 * Four-letter participles (المغرد، المنشد) share their letters with nouns of place (المسرح،
 * المطبخ) and feminine ones with other nouns (المباراة): only where a subject stands (`asSubject`).
 */
function namesAPerson(norm: string, asSubject: boolean): boolean {
  if (!norm.startsWith('ال') || norm.length < 5 || NOT_DESCRIPTIONS.has(norm) || NOT_PERSON_NOUNS.has(norm) || isNationalityAdjective(norm) ||
      isHeadWord(norm) || ROLE_STOPS.has(norm) || HONORIFICS.has(norm) || isLexiconNameWord(norm)) return false;
  const stem = norm.slice(2);
  if (/(ون|ين|ات|ان)$/.test(stem)) return false;
  // A relational noun has three letters or more before its ending (الإعلامي، التربوية); العملية،
  // القضية، الأمسية are nouns of their own.
  if (/^.{3,}ي$|^.{4,}يه$/.test(stem)) return true;
  return stem.startsWith('م') && (asSubject ? stem.length >= 4 : stem.length >= 5 && !stem.endsWith('ه'));
}

/** Definite words of those forms that name things, times or numbers, not people. */
const NOT_PERSON_NOUNS = new Set(['الماضي', 'الماضية', 'الحالي', 'الحالية', 'المقبل', 'المقبلة', 'الثاني', 'الثانية', 'الثنائي', 'الثلاثي',
  'الرباعي', 'الخماسي', 'المؤشر', 'المشروع', 'الموسم', 'المنتخب', 'المجلس', 'المركز', 'المكتب', 'الملف', 'المبنى', 'المسلسل', 'المهرجان',
  'المنطقة', 'الملتقى', 'المؤتمر', 'المعرض', 'المجتمع', 'المجال', 'الموقع', 'المصدر', 'المسؤولية', 'المرحلة', 'الموضوع', 'الملكية',
  'المدعو', 'المدعوة', 'المذكور', 'المذكورة', 'المتهم', 'المتهمة', 'المعروف', 'المعروفة', 'المسمى', 'المسماة', 'الملقب', 'الملقبة',
  'المرحوم', 'المرحومة', 'المغفور', 'الرسمي', 'العلمي', 'الوطني', 'الحكومي', 'الأهلي', 'الشعبي', 'الاجتماعي', 'الأمني', 'الرئاسي',
  'الملكي', 'الشرقي', 'الغربي', 'الجنوبي', 'الشمالي', 'الأول', 'الأولى', 'الأخير', 'الأخيرة', 'الوحيد', 'الوحيدة', 'الموسيقى', 'الفعالية', 'الحقيقي'].map(normalize));

/** Definite words before a nationality adjective that do not describe a person (الذي، العاصمة، الحكومة …). */
const NOT_DESCRIPTIONS = new Set(['الذي', 'التي', 'الذين', 'العاصمة', 'الحكومة', 'الدولة', 'المدينة', 'الأراضي', 'القوات', 'السلطات', 'الخارجية',
  'الداخلية', 'الدفاع', 'الشرطة', 'الجيش', 'الصحافة', 'الوكالة', 'الصحيفة', 'القناة', 'الأنباء', 'الشركة', 'السفارة', 'الجامعة'].map(normalize));

/** [أندريه لانكوف]، الخبير في جامعة كوكمين في سيول، / [مو-جين] رئيس جامعة … */
function appositionAfter(text: string, tokens: Token[], k: number, mentions: MentionIndex): string | null {
  if (k >= tokens.length) return null;
  const paragraph = tokens[k - 1].paragraph;
  // دي ميستورا (مبعوث الأمم المتحدة إلى سوريا)، افيخاي ادرعي- الناطق …: a parenthesis or a dash
  // holds an apposition as a comma does.
  const afterComma = isComma(tokens[k]) || tokens[k].text === '(' || tokens[k].text === '-' || tokens[k].text === '–';
  if (afterComma) {
    k++;
    // كيم جونغ إيل، الذي توفي عام 2011، والد كيم وسلفه: step over one relative clause.
    if (k < tokens.length && RELATIVE_PRONOUNS.has(tokens[k].norm)) {
      const limit = k + APPOSITION_WORDS;
      while (k < tokens.length && k < limit && !isComma(tokens[k]) && !isSentenceEnd(tokens[k])) k++;
      if (k >= tokens.length || !isComma(tokens[k])) return null;
      k++;
    }
  }
  // سعود الفيصل ورئيس المجلس …: و joins another person, it does not describe this one.
  if (k >= tokens.length || tokens[k].paragraph !== paragraph || !titleHeadAt(tokens[k]) || hasConjunction(tokens[k])) return null;
  const head = k;
  const last = roleEnd(tokens, head, head + APPOSITION_WORDS, mentions);
  // Without a comma, النني لاعب كبير is a predicate; مو-جين رئيس جامعة … names a position.
  if (!afterComma && !namesSomething(tokens, head + 1, Math.min(last, head + 3), mentions)) return null;
  return rolePhrase(text, tokens, head, last);
}

/** Some word of tokens[from..to] is definite (الجامعة، للدراسات) or part of a name. */
function namesSomething(tokens: Token[], from: number, to: number, mentions: MentionIndex): boolean {
  for (let k = from; k <= to; k++) {
    if (mentions.at(k) || /^([وفبلك]|وب|ول)?ال|^لل/.test(tokens[k].norm)) return true;
  }
  return false;
}

/** The role as written from the head word to token `last`, the head read past its proclitic. */
function rolePhrase(text: string, tokens: Token[], head: number, last: number): string | null {
  const headWord = titleHeadAt(tokens[head]);
  if (!headWord || tokens[last].end - tokens[head].start > MAX_ROLE_LENGTH) return null;
  const rest = last > head ? text.slice(tokens[head].end, tokens[last].end) : '';
  return (headWord + rest).trim();
}
