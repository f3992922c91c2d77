/**
 * Who said each quotation. Ordered sieves, in the spirit of Stanford CoreNLP's quote attribution:
 * 1. the cue's own subject — a name right after the verb (وقال بيسكوف) or between كان and قد, the
 *    source after بحسب / وفقا لـ / نقلا عن (following عن to the original speaker), the subject
 *    before بالقول, a surname the tagger missed (وقال الهناندة);
 * 2. a title or role phrase as subject: the name in apposition to it, else the person the text gave
 *    that role to (واكتفى الرئيس الروسي بالقول → بوتين); an unnamed source (الخبراء، محللون) is null;
 * 3. an elided subject: the subject of an earlier verb of the same sentence (انتقدت النقابة القرار،
 *    وقالت …), else the latest speaker whose gender agrees (وأضاف، وتابع، وأضافت);
 * 4. without a cue: the subject of the sentence, else the speaker of the quotation just before.
 */
import { countBefore } from './bisect';
import { afterJournalistVoice, Cue, cueAt, followsBylineDash, Gender, isColon, isComma, isComplementizer, isDash, isSentenceEnd, isUnnamedSource, isUnnamedSourceWord, opensComplement } from './cues';
import { MentionIndex, MentionRef, tokenIndexAt } from './mention-index';
import { runToEnd } from './steps';
import { isQuoteMark } from './quotes';
import { addObjectSpeech } from './object-speech';
import { dropQuotedNames } from './quoted-names';
import {
  BODY_HEADS, COMPOUND_NAME_ENDINGS, DETACHED_PREPOSITIONS, FEMININE_RELATIVES, isAdjectiveOf, isNationalityAdjective, isMediaName, isSameNationality, MASCULINE_RELATIVES, MEDIA_HEADS, MONTHS_AND_DAYS_SET, ORG_HEADS, PLACE_HEADS,
  PLATFORM_NAMES, PREPOSITIONS,
} from './lexicon';
import { NAME_HEADS, STATE_BODY_HEADS } from './lexicon/heads';
import { Honorific, honorificOf } from './lexicon/honorifics';
import { isCollectorAt, prayerEnd, SACRED_REFERENCE_WORDS, sacredReferenceAt, sacredReferenceBefore, SAYING } from './lexicon/sacred';
import { isKinshipAt, isSharedHead, titleHeadAt } from './roles';
import { normalize } from './text';
import { Token, tokenize } from './tokenize';
import { SpeakerExplanation, SpeakerRule } from './speaker-rules';
import { Entity, Quote, Span } from './types';

/** How far after a cue its subject may be found. */
const SUBJECT_REACH = 10;
/** How far after a title's head the name of its holder may come (أستاذ … بجامعة الملك عبدالعزيز، ملهم هندي). */
const TITLE_SUBJECT_REACH = 20;
/** How many earlier quotations an elided subject may reach back to. */
const HISTORY_REACH = 30;
/** How far back a sentence start is looked for (bounds the work per quotation). */
const SENTENCE_REACH = 60;

/** Words between a cue and its subject that say nothing about who speaks. */
const FILLERS = new Set(
  ['ببساطة', 'أيضا', 'أيضًا', 'كذلك', 'بدوره', 'بدورها', 'بدورهم', 'من', 'جانبه', 'جانبها', 'جهته', 'جهتها', 'اليوم', 'أمس',
    'يوم', 'مساء', 'صباح', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد', 'الاثنين', 'مؤخرا', 'سابقا', 'الماضي',
    'حينها', 'آنذاك', 'بوضوح', 'صراحة', 'ما', 'قد', 'وقد', 'لقد', 'في', 'بيان', 'تصريح', 'تصريحات', 'حديث', 'مقابلة', 'ل', 'له', 'لها',
    'للصحفيين', 'للصحافيين', 'لما', 'ذكرت', 'ذكرته', 'نقلته', 'نقلت', 'أوردته', 'أوردت', 'أفادت', 'أفاد', 'أعلنته'].map(normalize),
);


const SPEAKING_TYPES = new Set(['person', 'organization', 'place']);

/** Whether an entity may be who speaks: a person, body or state, not a platform speech is posted on (في «تويتر»). */
function speaks(entity: Entity): boolean {
  return SPEAKING_TYPES.has(entity.type) && !PLATFORM_NAMES.has(normalize(entity.name));
}

/**
 * Words that open a new clause inside a sentence, with a subject of its own. فإن opens the main
 * clause after a fronted phrase (وبحسب «الفرنسية»، فإن X الباحث … يعتبر أن): it never follows a
 * speech verb as its complementizer.
 */
const CLAUSE_OPENERS = new Set(['فيما', 'بينما', 'حيث', 'وحيث', 'فإن'].map(normalize));

/** Words that with أن open a sentence whose own clause follows, subject first (غير أن مكتب رئيس الوزراء … أكد، كما أن الوزير أشار). */
const CONTRAST_FRAMES = new Set(['غير', 'إلا', 'بيد', 'كما', 'وكما'].map(normalize));


/** Pronouns back to a relative's antecedent right after its verb: the antecedent is not the verb's subject (الذي قال فيه الوزير). */
const RESUMPTIVES = new Set(['فيه', 'فيها', 'عنه', 'عنها', 'خلاله', 'خلالها', 'به', 'بها', 'له', 'لها', 'إليه', 'إليها', 'عليه', 'عليها', 'منه', 'منها'].map(normalize));

/** Cue verbs whose first noun is their object, not their subject (اتهمت فرنسا ب…، وصف الوزير ب…، دعا الحكومة إلى). */
const OBJECT_CUE_VERBS = new Set(['اتهم', 'اتهمت', 'يتهم', 'تتهم', 'وصف', 'وصفت', 'يصف', 'تصف', 'دعا', 'دعت', 'يدعو', 'تدعو', 'حث', 'حثت', 'طالب', 'طالبت', 'يطالب', 'تطالب', 'حذر', 'حذرت'].map(normalize));

/**
 * Verbs of stance whose subject's own words a quotation after them gives with no cue of speech
 * (نددت البعثة بـ«…»، دعا المجلس «…»، عد المجلس … بأنه «…»): past and present, masculine and feminine.
 */
const STANCE_VERBS = new Set(
  [['أدان', 'يدين'], ['ندد', 'يندد'], ['دعا', 'يدعو'], ['حذر', 'يحذر'], ['طالب', 'يطالب'], ['وصف', 'يصف'], ['اتهم', 'يتهم'], ['انتقد', 'ينتقد'],
    ['رحب', 'يرحب'], ['استنكر', 'يستنكر'], ['شجب', 'يشجب'], ['رفض', 'يرفض'], ['عد', 'يعد'], ['اعتبر', 'يعتبر'], ['حث', 'يحث'], ['أشاد', 'يشيد']]
    .flatMap(([past, present]) => [past, past.replace(/ا$/, '') + 'ت', present, 'ت' + present.slice(1)])
    .map(normalize),
);

/** في, or وفي and ففي opening a sentence: a statement phrase (وفي بيان لمجلس الأمن، وفي حديث مع …). */
const STATEMENT_OPENER = /^[وف]?في$/;

/** Object verbs whose object comes before a بـ phrase of what was said (اتهمه بالتقصير، وصفه بالخائن). */
const ACCUSING_VERBS = new Set(['اتهم', 'اتهمت', 'يتهم', 'تتهم', 'وصف', 'وصفت', 'يصف', 'تصف'].map(normalize));

/** Reflexives that only stress the name before them (بلقيس نفسها). */
const REFLEXIVES = new Set(['نفسه', 'نفسها', 'ذاته', 'ذاتها'].map(normalize));

/** في الوقت الذي: "while", whose clause has a subject of its own. */
const TIME_ANTECEDENTS = new Set(['الوقت', 'اليوم', 'الحين', 'الأسبوع', 'الشهر', 'العام'].map(normalize));

/** أن and إن without a pronoun: with one (أنه، إنها) the pronoun is the clause's subject. */
const BARE_COMPLEMENTIZERS = new Set(['أن', 'إن', 'بأن', 'وأن', 'وإن', 'فإن'].map(normalize));

/** كان and its forms: وكانت الصحيفة قد ذكرت … */
const KANA = new Set(['كان', 'كانت', 'وكان', 'وكانت', 'فكان', 'فكانت', 'كانوا', 'وكانوا'].map(normalize));

/** An unknown word right after a cue may be a title missing from the lexicon (الطبيبة أمل …). */
const UNKNOWN_TITLE_WORDS = 5;

/**
 * A speaker decided: the entity (null for a source the text does not name), the sieves that led to
 * it, outermost first, and the tokens [from, to) whose words decided it (for `annotate --explain`).
 */
interface Found {
  kind: 'found';
  entity: Entity | null;
  rules: SpeakerRule[];
  from: number;
  to: number;
}

type SubjectReading = Found | { kind: 'elided' };

function found(entity: Entity | null, rule: SpeakerRule, from: number, to = from + 1): Found {
  return { kind: 'found', entity, rules: [rule], from, to };
}

/** Rules that go on with an earlier quotation's speaker (a document speaks for it): chained, they say no more than once. */
const CONTINUATIONS = new Set<SpeakerRule>(['last-speaker', 'previous-quotation', 'participle-of-previous', 'document']);

/**
 * The same decision, reached through an outer sieve (a participle reads its main clause's verb).
 * A continuation of a continuation keeps only the decision it goes back to, so the rules of a
 * long run of وأضاف stay a few.
 */
function through(rule: SpeakerRule, reading: Found): Found {
  let inner = reading.rules;
  if (CONTINUATIONS.has(rule)) while (inner.length > 1 && CONTINUATIONS.has(inner[0])) inner = inner.slice(1);
  return { ...reading, rules: [rule, ...inner] };
}

interface HistoryEntry {
  entity: Entity | null;
  /** How the speaker was found, which a continuation repeats. */
  reading: Found;
  gender?: Gender;
  /** For an unnamed source, the words that describe it. */
  described?: string;
  /** The channel the speech went through, and the paragraph it was said in. */
  channel?: Entity;
  paragraph: number;
}

/** Set `speaker` of every quotation (in text order), from its cue and its context. */
export function attributeSpeakers(text: string, tokens: Token[], quotes: Quote[], entities: Entity[], explanations?: SpeakerExplanation[]): void {
  runToEnd(attributeSpeakersSteps(text, tokens, quotes, entities, undefined, explanations));
}

/** Quotations attributed between two yields of `attributeSpeakersSteps`. */
const QUOTES_PER_STEP = 250;

/**
 * `attributeSpeakers` in bounded steps, for the time-sliced pipeline (roles must be attached).
 * Quotations that are only names (now that the entities are known) are removed from `quotes` first.
 * With `explanations`, one is pushed per quotation: which sieves chose its speaker, from which words.
 */
export function* attributeSpeakersSteps(
  text: string, tokens: Token[], quotes: Quote[], entities: Entity[], mentions = new MentionIndex(tokens, entities),
  explanations?: SpeakerExplanation[],
): Generator<void, void> {
  if (tokens.length === 0) return;
  dropQuotedNames(quotes, tokens, mentions);
  dropDatelines(quotes, tokens, mentions);
  addObjectSpeech(text, tokens, quotes, mentions);
  // Quotations set aside or added: ids stay q1, q2, … in text order.
  quotes.forEach((quote, n) => (quote.id = `q${n + 1}`));
  const context = new SpeakerContext(text, tokens, entities, quotes, mentions);
  let done = 0;
  for (const quote of quotes) {
    if (++done % QUOTES_PER_STEP === 0) yield;
    const reading = context.attribute(quote);
    quote.speaker = reading.entity?.id ?? null;
    if (quote.speaker === null && context.described) quote.speakerText = context.described;
    if (context.channel && context.channel.id !== quote.speaker) quote.via = context.channel.id;
    if (explanations) explanations.push({ quote: quote.id, rules: reading.rules, evidence: evidenceSpan(text, tokens, reading) });
  }
}

function evidenceSpan(text: string, tokens: Token[], reading: Found): Span | null {
  if (reading.from < 0 || reading.to <= reading.from) return null;
  const start = tokens[reading.from].start;
  const end = tokens[Math.min(reading.to, tokens.length) - 1].end;
  return { start, end, text: text.slice(start, end) };
}

class SpeakerContext {
  private readonly titles: TitleResolver;
  /** insideDirect[k]: token k is inside a direct quotation (its sentence ends do not count). */
  private readonly insideDirect: Uint8Array;
  /** opensDirect[k]: token k is the opening mark of a direct quotation (a subject never lies past it). */
  private readonly opensDirect: Uint8Array;
  private readonly history: HistoryEntry[] = [];
  private readonly genderOf = new Map<Entity, Gender>();
  /** First token of the quotation being attributed. */
  private quoteAt = -1;
  /** Last word of a person's name → that person, when no other person shares it. */
  private readonly surnames: Map<string, Entity>;
  private previous: { paragraph: number; sentence: number; reading: Found } | null = null;
  /** The last reported speech attributed that lies inside no other: reported speech within it is nested. */
  private outerReported: Span | null = null;
  /** Set while a quotation is read: the words of the unnamed source or unresolved title that speaks. */
  described: string | undefined;
  /** The organizations that are papers, agencies or broadcasters, once asked for. */
  private media: Set<Entity> | undefined;
  /** Set while a quotation is read: the agency or paper the speech was given to or relayed by. */
  channel: Entity | undefined;

  constructor(
    private readonly text: string, private readonly tokens: Token[], entities: Entity[], quotes: Quote[], private readonly mentions: MentionIndex,
  ) {
    this.titles = new TitleResolver(entities, mentions);
    this.surnames = surnamesOf(entities);
    this.insideDirect = new Uint8Array(tokens.length);
    this.opensDirect = new Uint8Array(tokens.length);
    for (const q of quotes) {
      if (q.kind !== 'direct') continue;
      const first = tokenIndexAt(tokens, q.start);
      if (first > 0 && isQuoteMark(tokens[first - 1])) this.opensDirect[first - 1] = 1;
      for (let k = first; k < tokens.length && tokens[k].start < q.end; k++) this.insideDirect[k] = 1;
    }
  }

  attribute(quote: Quote): Found {
    const tokens = this.tokens;
    const at = tokenIndexAt(tokens, quote.start);
    this.quoteAt = at;
    const cueToken = quote.cue ? tokenIndexAt(tokens, quote.cue.start) : -1;
    const cue = cueToken >= 0 ? cueAt(tokens, cueToken, tokens.length) : null;
    const anchor = cue ? Math.min(cue.first, at) : at;
    const sentence = this.sentenceStart(anchor);
    const paragraph = tokens[at].paragraph;

    let gender = cue?.gender;
    this.described = undefined;
    this.channel = undefined;
    // The channel first: the organization the speech went through is not who speaks.
    if (cue) this.channel = this.channelBefore(sentence, cue);
    let reading: SubjectReading;
    const sacred = cue ? this.sacredSource(cue, at) : this.sacredSourceBefore(at);
    if (sacred) {
      reading = sacred;
    } else if (cue) {
      reading = this.readCue(cue, sentence, paragraph);
    } else if (headlineColon(tokens, at) >= 0) {
      // A headline's speaker stands before its colon (كيري: …، وزير الدفاع العراقي: …).
      reading = this.subjectAfter(paragraph, 'verb', paragraph);
      // الرئيس القبرصي لـ«الشرق الأوسط»: … — a headline's title names the person the article goes on to give that role.
      if (reading.kind === 'found' && !reading.entity && reading.rules.includes('unresolved-title')) reading = this.holderNamedLater(reading) ?? reading;
      if (reading.kind === 'found') reading = through('headline', reading);
    } else {
      reading = this.readUncued(at, sentence, paragraph);
    }
    let decided: Found;
    if (reading.kind === 'found') {
      decided = reading;
      if (reading.entity && gender && cue?.kind === 'verb') this.genderOf.set(reading.entity, gender);
    } else {
      decided = this.subjectEarlierInSentence(sentence, anchor, gender) ?? this.continuing(gender, anchor, sentence);
      // وقالوا، وأضافا: an elided plural or dual subject is never the one person spoken of before.
      // Unless that person spoke with others the text names beside them (وقال كازنوف ونظيره البريطاني …، وأضافا).
      if (gender === 'p' && decided.entity?.type === 'person' && !this.spokeWithOthers(decided.entity)) decided = found(null, 'nothing-found', -1);
    }
    const speaker = decided.entity;
    if (speaker) gender = this.genderOfEntity(speaker) ?? gender;
    if (speaker) this.described = undefined;
    // A verse or hadith cited is inside the speech of whoever cites it: what follows goes on with them (… قال تعالى: «…»، مضيفا أن).
    if (sacred) return decided;
    // So is speech reported inside reported speech (أشار إلى أن الوزير تعهد بـ…): وتابع goes on with the outer speaker.
    const outer = this.outerReported;
    if (quote.kind === 'indirect' && quote.cue && outer && outer.start < quote.cue.start && quote.end <= outer.end) {
      // Read off its own verb only when a name stands between أن and it; else a guess (one in two right on the corpus).
      return decided.rules.includes('subject-after-complementizer') || !decided.entity ? decided : through('inside-reported-speech', decided);
    }
    if (quote.kind === 'indirect') this.outerReported = quote;
    this.history.push({ entity: speaker, reading: decided, gender, described: this.described, channel: this.channel, paragraph });
    this.previous = { paragraph, sentence, reading: decided };
    return decided;
  }

  private readCue(cue: Cue, sentence: number, paragraph: number): SubjectReading {
    switch (cue.kind) {
      case 'impersonal':
        return found(null, 'impersonal', cue.first, cue.end);
      case 'verb':
        if (cue.document) return this.documentCue(cue);
        return this.subjectBeforeVerb(cue.first) ?? this.relativeAntecedent(cue) ?? this.subjectAfter(cue.end, 'verb', undefined, cue.gender);
      case 'source':
      case 'relay':
        return this.sourceAfter(cue.end);
      case 'manner':
        return this.subjectBefore(cue.first, sentence);
      case 'participle': {
        const previous = this.previous;
        // …من «الفرقة 30»، متهمة إياهم: a quotation before that nobody was found for (a name) gives the participle no speaker.
        const spoke = previous && (previous.reading.entity || previous.reading.rules[previous.reading.rules.length - 1] !== 'nothing-found');
        // وكتب الفنان X: “… (left open)، وكتبت الفنانة Y …، قائلة: a feminine participle does not go on with a man's speech.
        // Only a person's gender, as the verbs gave it, is asked: a body's says nothing of its spokesman's
        // (حسب متحدث باسم الوزارة، مشيرا), and a plural participle may join others to them (مؤكدين).
        const speaker = previous?.reading.entity;
        const gender = speaker?.type === 'person' ? this.genderOf.get(speaker) : undefined;
        const agrees = cue.gender === 'p' || !cue.gender || !gender || gender === cue.gender;
        if (previous && spoke && agrees && previous.paragraph === paragraph && previous.sentence === sentence) return through('participle-of-previous', previous.reading);
        return this.mainClauseSubject(sentence, cue.first);
      }
    }
  }

  /**
   * قال الله تعالى، بقوله سبحانه، قال رسول الله صلى الله عليه وسلم، سمعت النبي صلى الله عليه وسلم
   * يقول: a saying of God or the Prophet, which whoever cites it does not speak. Only after a verb
   * of saying (قال، يقول، قوله): after دعا، ناشد God is the one addressed.
   */
  private sacredSource(cue: Cue, at: number): Found | null {
    const tokens = this.tokens;
    if (!SAYING.test(tokens[cue.first].norm)) return null;
    // The words between the cue and the speech, or after a cue that follows it (… »، قال تعالى):
    // speech that starts right at the cue has no subject there (قال: الله جل وعلا أعلى مكانة …).
    const limit = at > cue.end ? at : at < cue.first ? Math.min(tokens.length, cue.end + SACRED_REFERENCE_WORDS) : cue.end;
    const after = sacredReferenceAt(tokens, cue.end, limit);
    if (after) return this.sacredReading(after);
    // سمعت رسول الله صلى الله عليه وسلم يقول: the blessing right before a verb of saying ends its
    // subject, at the cue or between it and the speech (قال ابن عباس: سمعت النبي ﷺ يقول: «…»).
    for (let k = cue.first; k < Math.max(at, cue.first + 1); k++) {
      if (k > cue.first && !SAYING.test(tokens[k].norm)) continue;
      const before = sacredReferenceBefore(tokens, k);
      if (before) return this.sacredReading(before);
    }
    return null;
  }

  /** A quotation without a cue, right after a saying of God or the Prophet (بقول الحق تبارك وعز: ««…»»، وقوله سبحانه وتعالى: «…»). */
  private sacredSourceBefore(at: number): Found | null {
    const tokens = this.tokens;
    let end = at;
    while (end > 0 && tokens[end - 1].kind === 'punct' && (isQuoteMark(tokens[end - 1]) || isColon(tokens[end - 1]))) end--;
    for (let k = Math.max(0, end - SACRED_REFERENCE_WORDS); k < end; k++) {
      if (!SAYING.test(tokens[k].norm)) continue;
      const reference = sacredReferenceAt(tokens, k + 1, end);
      if (reference?.end === end) return this.sacredReading(reference);
    }
    return null;
  }

  /** No speaker for a saying of God or the Prophet, described by the words that name them. */
  private sacredReading(reference: { from: number; end: number }): Found {
    this.describe(reference.from, reference.end);
    return found(null, 'sacred', reference.from, reference.end);
  }

  /** No cue: the sentence's subject (a person it names before an agency that relays them), else the quotation before goes on. */
  private readUncued(at: number, sentence: number, paragraph: number): SubjectReading {
    let subject = this.sentenceSubject(sentence, at, false);
    if (subject.kind === 'found' && subject.entity && this.isMediaEntity(subject.entity)) {
      // نسبت وكالة الإعلام الروسية إلى الجنرال X قوله "…": an agency there relays the person it names.
      for (let j = subject.to; j < at; j++) {
        const ref = this.mentions.startingAt(j);
        if (ref?.entity.type !== 'person') continue;
        this.channel ??= subject.entity;
        return found(ref.entity, 'source-named', ref.firstToken, ref.endToken);
      }
    }
    // وتبنت جبهة النصرة خطف العناصر من «الفرقة 30»: a body's quoted words follow a verb of stance
    // (نددت البعثة بـ«…»، دعا المجلس «…»); after any other verb, what it quotes is mostly a name or a title.
    if (subject.kind === 'found' && subject.entity?.type !== 'person' && !this.besideStanceVerb(subject)) {
      subject = this.sentenceSubject(sentence, at, true);
    }
    if (subject.kind === 'found') return subject;
    const previous = this.previous;
    const previousParagraph = paragraph > 0 ? this.tokens[paragraph - 1].paragraph : paragraph;
    if (previous && (previous.paragraph === paragraph || previous.paragraph === previousParagraph)) return through('previous-quotation', previous.reading);
    return found(null, 'nothing-found', -1);
  }

  /** Whether a verb of stance (أدان، ندد، دعا، حذر …, with و or ف or not) stands right before the subject or right after it (الأمم المتحدة تدعو). */
  private besideStanceVerb(subject: Found): boolean {
    const stance = (k: number): boolean => k >= 0 && k < this.tokens.length && STANCE_VERBS.has(this.tokens[k].norm.replace(/^[وف](?=...)/, ''));
    return stance(subject.from - 1) || stance(subject.to);
  }

  /**
   * The subject after a cue: the first name that is not behind a preposition (لوكالة فرانس برس is
   * the addressee), an unnamed source, or a title phrase (with its name in apposition, or resolved
   * through roles). After a cue verb, nothing before the complementizer or colon means the subject
   * is elided; after a source (بحسب ما نقلته وكالة …) words that are not names are read past.
   * A body whose head is feminine right after a masculine verb is its object, not its subject
   * (وحث الحكومة على …: a body that spoke would have made it حثت).
   */
  private subjectAfter(k: number, mode: 'verb' | 'source', paragraph = this.tokens[k - 1].paragraph, verbGender?: Gender): SubjectReading {
    const tokens = this.tokens;
    let inPrepositionalPhrase = false;
    // وتعهدت بجعل الاقتصاد …: the quotation's own words, when they follow, are what was said, not who said it.
    const end = this.quoteAt >= k ? Math.min(this.quoteAt, k + SUBJECT_REACH) : k + SUBJECT_REACH;
    for (let j = k; j < tokens.length && j < end && tokens[j].paragraph === paragraph; j++) {
      const token = tokens[j];
      if (isComplementizer(tokens, j) || isColon(token) || isSentenceEnd(token) || this.opensDirect[j]) break;
      const ref = this.mentions.startingAt(j);
      if (j === k && verbGender === 'm' && this.isFeminineBody(j, ref)) return { kind: 'elided' };
      if (ref) {
        const prepositional: boolean = this.isPrepositional(ref) || inPrepositionalPhrase;
        // وقالت فيسبوك إنها …: a platform right after the verb is the company speaking, not where it was posted.
        const platformCompany = mode === 'verb' && j === k && !prepositional && ref.entity.type === 'organization';
        if ((speaks(ref.entity) || platformCompany) && (mode === 'source' || !prepositional)) {
          // واتهم حماس بالإقدام على …: the one name between such a verb and what was said is its object.
          if (mode === 'verb' && j === k && this.isObjectBeforeSpeech(k - 1, ref)) return { kind: 'elided' };
          return found(ref.entity, mode === 'source' ? 'source-named' : 'subject-after-cue', ref.firstToken, ref.endToken);
        }
        inPrepositionalPhrase ||= prepositional;
        j = ref.endToken - 1;
        continue;
      }
      if (token.kind === 'punct') {
        // لموقع «هسبريس»: a quoted name stays inside the phrase it completes.
        if (!isQuoteMark(token)) inPrepositionalPhrase = false;
        continue;
      }
      // وقال في تصريح صحفي، لوسائل الإعلام الروسية، مخاطبا رئيس الوزراء: where and to whom it was said.
      if (mode === 'verb' && (PREPOSITIONS.has(token.norm) || DETACHED_PREPOSITIONS.has(token.norm) || /^ل/.test(token.norm) || ADDRESSING.has(token.norm))) {
        inPrepositionalPhrase = true;
        continue;
      }
      // وأكد سموه أن، وأضاف فضيلته: the dignitary the article named with a title the honorific goes with.
      const honorific = j === k ? honorificOf(token.norm) : undefined;
      if (honorific) return this.honorificHolder(j, honorific) ?? { kind: 'elided' };
      // ودعا رحمه الله إلى: a prayer for the one who speaks; ودعا الله عز وجل أن: God addressed, not who speaks.
      const prayed = Math.max(prayerEnd(tokens, j), sacredReferenceAt(tokens, j, end)?.end ?? -1);
      if (prayed > 0) {
        j = prayed - 1;
        continue;
      }
      // وتابعت قائلة: the participle only repeats the verb; في مطلع تموز/يوليو: when, not who.
      if (FILLERS.has(token.norm) || MONTHS_AND_DAYS_SET.has(token.norm) || cueAt(tokens, j, tokens.length)?.kind === 'participle') continue;
      // وأضاف البيان، وتحدث التقرير، بحسب البيان: a document introduced earlier speaks for whoever issued it.
      if (DOCUMENTS.has(headNorm(token)) || (DOCUMENT_NOUNS.has(documentNoun(token.norm)) && this.issuerNamedWith(j))) return this.documentAuthor(j);
      // حسب تقرير لـ«رويترز»، في دراسة لمركز …: an indefinite document with its author after ل.
      if (DOCUMENT_NOUNS.has(documentNoun(token.norm)) && this.authorAfterLam(j)) return this.documentAuthor(j, true);
      // وقال متحدث باسم يوروتانيل: a spokesperson nobody names speaks for the body; any other
      // unnamed source (مسؤول في الوزارة، مصادر في أوبك) is a person the article does not name.
      if (isUnnamedSource(token)) return this.unnamedSource(j);
      if (!inPrepositionalPhrase) {
        const body = this.bodyReferredTo(j);
        if (body) return found(body, 'body-referred-to', j);
      }
      if (titleHeadAt(token) && !inPrepositionalPhrase) return this.titleSubject(j, mode === 'verb' && k > 0 ? cueAt(tokens, k - 1, tokens.length)?.complement : undefined);
      if (mode === 'source' || inPrepositionalPhrase) continue;
      // وقال الهناندة: a surname the tagger missed still names the one person who bears it.
      const bySurname = this.surnames.get(token.norm);
      if (bySurname) return found(bySurname, 'surname', j);
      return this.nameWithin(j, UNKNOWN_TITLE_WORDS);
    }
    return { kind: 'elided' };
  }

  /** Whether token j is a body with a feminine head: a named one (الحكومة اليمنية) or a definite head alone (الشركة). */
  private isFeminineBody(j: number, ref: MentionRef | undefined): boolean {
    // ويقول الصليب الأحمر of منظمة الصليب الأحمر: the words written here agree with the verb, not the full name.
    if (ref) return ref.entity.type === 'organization' && headGender(ref.entity.mentions[ref.index].text) === 'f';
    const word = headNorm(this.tokens[j]);
    return word.startsWith('ال') && BODY_HEADS.has(word.slice(2)) && headGender(word) === 'f';
  }

  /**
   * Whether the name `ref`, right after the cue verb at token `verb`, is that verb's object: an
   * accusing or describing verb (اتهم، وصف; a passive اتهم too names the accused) whose بـ phrase,
   * what was said, starts right after the name (واتهم حماس بالإقدام). After دعا/حث/طالب the name
   * before إلى is the subject far more often (دعت الهيئة إلى …).
   */
  private isObjectBeforeSpeech(verb: number, ref: MentionRef): boolean {
    const tokens = this.tokens;
    if (verb < 0 || !ACCUSING_VERBS.has(tokens[verb].norm.replace(/^[وف]/, ''))) return false;
    let next = ref.endToken;
    while (next < tokens.length && isQuoteMark(tokens[next])) next++;
    return next === this.quoteAt;
  }

  /**
   * The agency, paper or broadcaster the speech went through, named in the sentence before the
   * speech: spoken to (لوكالة فرانس برس، لـ«رويترز»، في اتصال مع فرانس برس، عبر صحيفة …، وأبلغ X
   * وكالة فرانس برس أن), relaying it (في بيان تلقته وكالة …، تصريحات نشرتها وكالة …، اتصلت بها
   * وكالة …), or the source a verb's speech is reported by (وبحسب «رويترز»، فقد ذكرت إينوك أن).
   */
  private channelBefore(sentence: number, cue: Cue): Entity | undefined {
    const tokens = this.tokens;
    const telling = TELLING_VERBS.has(tokens[cue.first].norm.replace(/^[وف](?=...)/, ''));
    // The channel may follow the speaker's long title (قال محمد كنار منسق الوكالة … لوكالة فرانس برس «…»;
    // قال X -… والمشرف على أعمال البعثة المصرية العاملة بالمنطقة- لرويترز إن).
    for (let j = sentence; j < tokens.length && j < cue.end + CHANNEL_REACH && tokens[j].paragraph === tokens[sentence].paragraph; j++) {
      if (j >= cue.end && (isComplementizer(tokens, j) || isColon(tokens[j]) || isSentenceEnd(tokens[j]) || this.opensDirect[j])) return undefined;
      const ref = this.mentions.startingAt(j);
      if (!ref) continue;
      if (ref.entity.type === 'organization') {
        const before = this.wordBefore(ref, sentence);
        const word = before >= 0 ? tokens[before] : null;
        // لصحيفة ميليت: the head before the name says it is a paper.
        const media = isMediaName(ref.entity.name) || (word !== null && isMediaHead(word));
        const spokenTo = media && (this.procliticOf(ref).startsWith('ل') || (telling && j >= cue.end) ||
          (word !== null && ((/^ل/.test(word.norm) && !PREPOSITIONS.has(word.norm)) || CHANNEL_WORDS.has(word.norm) ||
            (before > sentence && CHANNEL_WORDS.has(tokens[before - 1].norm) && !this.mentions.at(before - 1)))));
        // وبحسب «رويترز»، فقد ذكرت: a paper cited as the source of a verb's speech that follows.
        const citedBefore = media && j < cue.first && word !== null && before === sentence && SOURCE_WORDS.has(word.norm);
        if (spokenTo || citedBefore) return ref.entity;
      }
      j = ref.endToken - 1;
    }
    return undefined;
  }

  /** The token before a mention, marks around the name skipped (لـ«رويترز»، لـ(المدينة)), if no mention's and not before `from`; else -1. */
  private wordBefore(ref: MentionRef, from: number): number {
    const tokens = this.tokens;
    let before = ref.firstToken - 1;
    while (before >= from && (isQuoteMark(tokens[before]) || tokens[before].text === '(')) before--;
    return before >= from && !this.mentions.at(before) ? before : -1;
  }

  /** Whether an organization is a paper, agency or broadcaster: by its name, or by a media head before one of its mentions. */
  private isMediaEntity(entity: Entity): boolean {
    if (!this.media) {
      this.media = new Set();
      for (const ref of this.mentions.mentions) {
        if (ref.entity.type !== 'organization') continue;
        const before = this.wordBefore(ref, Math.max(0, ref.firstToken - 3));
        if (isMediaName(ref.entity.name) || (before >= 0 && isMediaHead(this.tokens[before]))) this.media.add(ref.entity);
      }
    }
    return this.media.has(entity);
  }

  /** A speaking name within `reach` words after the unknown word `unknown` (quotation marks aside, صحيفة "الأهرام"). */
  private nameWithin(unknown: number, reach: number): Found {
    const tokens = this.tokens;
    // والي بنك المغرب عبد اللطيف الجواهري: a person after the title's own complement wins.
    let first: MentionRef | null = null;
    const reading = (ref: MentionRef | null): Found =>
      ref ? found(ref.entity, 'name-after-unknown-word', unknown, ref.endToken) : found(null, 'nothing-found', unknown);
    for (let j = unknown + 1, words = 0; j < tokens.length && words < reach && !isComplementizer(tokens, j); j++) {
      if (tokens[j].kind === 'punct') {
        if (isQuoteMark(tokens[j])) continue;
        break;
      }
      words++;
      const ref = this.mentions.startingAt(j);
      if (!ref) continue;
      if (ref.entity.type === 'person') return reading(ref);
      // وقالت البطريركية اللاتينية في القدس: where the body is, not who speaks.
      const where = ref.entity.type === 'place' && this.isPrepositional(ref);
      if (speaks(ref.entity) && ref.entity !== this.channel && !where) first ??= ref;
      j = ref.endToken - 1;
    }
    return reading(first);
  }

  /**
   * The subject stands before the verb: between كان and قد (or the verb), as in وكانت صحيفة
   * "الأهرام" قد ذكرت أن …; or, inside reported speech, between its أن and the verb (أضاف أن
   * العربي أبلغ المبعوث أن …، أشارت إلى أن سفارة بلاده أعلنت أن …), as a noun after أن is its subject.
   */
  private subjectBeforeVerb(cueFirst: number): Found | null {
    const tokens = this.tokens;
    // وكانت اللجنة … اعلنت: قد is often left out.
    const qad = cueFirst > 0 && tokens[cueFirst - 1].norm === 'قد';
    const before = qad ? cueFirst - 1 : cueFirst;
    for (let k = before - 1; k >= 0 && k >= before - SUBJECT_REACH && tokens[k].paragraph === tokens[before].paragraph; k--) {
      if (isSentenceEnd(tokens[k]) || isComma(tokens[k]) || isColon(tokens[k])) return null;
      const rule = KANA.has(tokens[k].norm) ? 'kana-qad' : !qad && BARE_COMPLEMENTIZERS.has(tokens[k].norm) && isComplementizer(tokens, k) ? 'subject-after-complementizer' : null;
      if (rule) {
        if (k + 1 === before) return null;
        const reading = this.subjectAfter(k + 1, 'verb');
        if (reading.kind !== 'found' || reading.to > before) return null;
        // Without قد, only a name between the opener and the verb says who speaks. After أن, only a
        // person's or a body's name right after it (a title there was resolved to the wrong holder
        // too often, and a country is more often what the clause is about: خصوصا أن الكويت حريصة …).
        const named = qad || (reading.entity !== null && (rule === 'kana-qad' || this.namedRightAfter(k + 1, reading.entity)));
        return named ? through(rule, reading) : null;
      }
    }
    return null;
  }

  /** Whether a mention of `entity`, a person or a body, starts at token k. */
  private namedRightAfter(k: number, entity: Entity): boolean {
    const ref = this.mentions.startingAt(k);
    return ref?.entity === entity && (entity.type === 'person' || entity.type === 'organization');
  }

  /**
   * روسيا التي قالت إن …، مورينيو، الذي قال إن …: a cue verb right after a relative pronoun of its
   * gender, with no pronoun back to the antecedent after it (الذي قال فيه الوزير), has the
   * antecedent for subject: the name before the pronoun, or nobody named (الصحف التي اتهمت فرنسا
   * ب…: فرنسا is accused, not speaking). Null when the cue is no such relative clause.
   */
  private relativeAntecedent(cue: Cue): Found | null {
    const tokens = this.tokens;
    const relative = cue.first - 1;
    if (relative < 1 || !cue.gender || cue.gender === 'p') return null;
    const pronoun = tokens[relative].norm;
    if (!(cue.gender === 'm' ? MASCULINE_RELATIVES : FEMININE_RELATIVES).has(pronoun)) return null;
    const next = tokens[cue.end];
    if (next && next.paragraph === tokens[relative].paragraph && RESUMPTIVES.has(next.norm)) return null;
    // الحرب التي تقول الأمم المتحدة إنها …: a name after a verb of saying is its subject (an object only after اتهم، وصف …).
    const objectVerb = OBJECT_CUE_VERBS.has(tokens[cue.first].norm);
    const after = this.mentions.startingAt(cue.end);
    if (after && speaks(after.entity) && !objectVerb) return null;
    let antecedent = relative - 1;
    if (isComma(tokens[antecedent])) antecedent--;
    // بلقيس نفسها، التي أكدت: the reflexive only stresses the name.
    if (antecedent > 0 && REFLEXIVES.has(tokens[antecedent].norm)) antecedent--;
    if (antecedent < 0 || tokens[antecedent].paragraph !== tokens[relative].paragraph || TIME_ANTECEDENTS.has(tokens[antecedent].norm)) return null;
    const ref = this.mentions.at(antecedent);
    // ممثل صندوق النقد الدولي الذي قال: the title in construct with the name is the antecedent's head.
    const head = this.antecedentHead(ref && ref.endToken === antecedent + 1 ? ref.firstToken - 1 : antecedent);
    // المتحدث الذي قال: a title or a source the text does not name is read as the subject would be.
    if (head >= 0) return through('relative-antecedent', isUnnamedSource(tokens[head]) ? this.unnamedSource(head) : this.titleSubject(head));
    if (ref && ref.endToken === antecedent + 1 && speaks(ref.entity)) return found(ref.entity, 'relative-antecedent', ref.firstToken, ref.endToken);
    // الصحف التي اتهمت فرنسا: the name after the verb is accused, not accusing; the accuser is not named.
    return objectVerb && after && speaks(after.entity) ? found(null, 'relative-antecedent', antecedent) : null;
  }

  /** The title or unnamed-source word that heads the definite phrase ending at token k (وزير الخارجية الأميركي), or -1. */
  private antecedentHead(k: number): number {
    const tokens = this.tokens;
    if (k < 0 || this.mentions.at(k)) return -1;
    for (let j = k; j >= 0 && !this.mentions.at(j) && j > k - 4 && tokens[j].paragraph === tokens[k].paragraph && tokens[j].kind === 'arabic'; j--) {
      if (titleHeadAt(tokens[j]) || isUnnamedSource(tokens[j])) return j;
    }
    return -1;
  }

  /** بحسب / وفقا لـ X، نقلا عن X: the source, or the original speaker after عن. */
  private sourceAfter(k: number): Found {
    const tokens = this.tokens;
    for (let j = k; j < tokens.length && j < k + SUBJECT_REACH * 2; j++) {
      if (isSentenceEnd(tokens[j]) || isComma(tokens[j]) || this.opensDirect[j]) break;
      if (tokens[j].norm === 'عن') {
        // نقلت وكالة الأنباء عن الوزير قوله، بحسب ما نقلته «رويترز» عن …: the agency relays.
        for (let m = k; m < j; m++) {
          const ref = this.mentions.startingAt(m);
          if (ref?.entity.type === 'organization') this.channel ??= ref.entity;
        }
        k = j + 1;
        break;
      }
    }
    // A source names its speaker or nobody: it never continues an earlier one.
    const reading = this.subjectAfter(k, 'source');
    return reading.kind === 'elided' ? found(null, 'nothing-found', -1) : reading;
  }

  /** واكتفى الرئيس الروسي بالقول: the subject between the verb and the manner phrase. */
  private subjectBefore(cueFirst: number, sentence: number): SubjectReading {
    const tokens = this.tokens;
    let k = cueFirst - 1;
    const stop = Math.max(sentence, cueFirst - 6);
    for (; k >= stop; k--) {
      const ref = this.mentions.at(k);
      if (ref && speaks(ref.entity) && !this.isPrepositional(ref)) return found(ref.entity, 'subject-before-manner', ref.firstToken, ref.endToken);
      if (titleHeadAt(tokens[k])) return this.titleSubject(k);
      if (isUnnamedSource(tokens[k])) return this.unnamedSource(k);
      if (tokens[k].kind === 'punct') break;
    }
    return { kind: 'elided' };
  }

  /** …، محذرة من أن: the subject of the clause's speech verb (أعلنت المنظمة …), else of the sentence. */
  private mainClauseSubject(sentence: number, participle: number): SubjectReading {
    for (let k = participle - 1; k >= sentence; k--) {
      const cue = cueAt(this.tokens, k, participle);
      // انتقد برتران الإجراءات التي أعلنها كاميرون معتبرا: a verb in a relative clause is not the clause's.
      const relative = k > 0 && RELATIVE_PRONOUNS.has(this.tokens[k - 1].norm);
      if (cue?.kind === 'verb' && !relative) {
        // وكان X قد غرد عبر حسابه، قائلا: the main verb's subject is read as any cue verb's.
        const reading = this.subjectBeforeVerb(cue.first) ?? this.subjectAfter(cue.end, 'verb', undefined, cue.gender);
        return reading.kind === 'found' ? through('main-clause-verb', reading) : reading;
      }
    }
    return this.sentenceSubject(sentence, participle, false);
  }

  /** The first name in the sentence before `before` that is not behind a preposition nor a dateline. */
  private sentenceSubject(sentence: number, before: number, personsOnly: boolean): SubjectReading {
    const tokens = this.tokens;
    const start = this.afterFrontedPhrase(this.afterSentenceFrame(sentence, before), before);
    for (let j = start; j < before; j++) {
      // The subject comes before what is reported (وقال إن سورية …: سورية is not the subject).
      if (isComplementizer(tokens, j) || isColon(tokens[j])) break;
      const ref = this.mentions.startingAt(j);
      if (!ref) {
        // وبات النائب …، وهاجم …: a definite title as the clause's subject refers back to its holder.
        const holder = j - start <= TITLE_SUBJECT_POSITION ? this.titleAnaphora(j) : null;
        if (holder) return holder;
        continue;
      }
      const type = ref.entity.type;
      // الخرطوم – …: a place before a dash opening the paragraph is a dateline, not a subject.
      const dateline = this.isByline(ref);
      // سفير إسرائيل: a name governed by an indefinite title is not the subject (الباحث إياد is).
      const governed = j > 0 && titleHeadAt(tokens[j - 1]) !== null && !headNorm(tokens[j - 1]).startsWith('ال');
      // A place speaks (وتقول روسيا) only as the clause's first word; elsewhere it is where things happen.
      const placeNotSubject = type === 'place' && j !== start;
      if (!dateline && !governed && !placeNotSubject && (personsOnly ? type === 'person' : speaks(ref.entity)) && !this.isPrepositional(ref)) {
        return found(ref.entity, 'sentence-subject', ref.firstToken, ref.endToken);
      }
      j = ref.endToken - 1;
    }
    return { kind: 'elided' };
  }

  /**
   * Where the sentence's own clause starts: past the journalist's voice (ويذكر أن) or a contrast
   * with أن (غير أن، إلا أن، كما أن), whose complementizer is no reported speech's.
   */
  private afterSentenceFrame(sentence: number, before: number): number {
    const tokens = this.tokens;
    const voice = afterJournalistVoice(tokens, sentence, before);
    if (voice > sentence) return voice;
    const contrast = sentence + 1 < before && CONTRAST_FRAMES.has(tokens[sentence].norm) && isComplementizer(tokens, sentence + 1);
    return contrast ? sentence + 2 : sentence;
  }

  /**
   * Whether a mention is part of the byline opening its paragraph: first, before a dash (الخرطوم –،
   * سبق – الرياض:), or after the reporter's name and a dash, before a dash or colon (حاتم العميري-
   * سبق- مكة المكرمة:، فيصل المخلفي – عين اليوم). The outlet writing the article and its dateline
   * speak for nobody in it.
   */
  private isByline(ref: MentionRef): boolean {
    const tokens = this.tokens;
    const next = tokens[ref.endToken];
    const paragraph = tokens[ref.firstToken].paragraph;
    if (ref.firstToken === paragraph) return next !== undefined && isDash(next);
    const ends = !next || next.paragraph !== paragraph || isDash(next) || isColon(next);
    return ends && followsBylineDash(tokens, ref.firstToken);
  }

  /** A definite title at token k (النائب، الوزير الفرنسي) standing for the person given that role, or null. */
  private titleAnaphora(k: number): Found | null {
    const tokens = this.tokens;
    if (!titleHeadAt(tokens[k]) || !headNorm(tokens[k]).startsWith('ال') || this.mentions.at(k)) return null;
    let end = k + 1;
    while (end < tokens.length && tokens[end].paragraph === tokens[k].paragraph && isNationalityAdjective(headNorm(tokens[end]))) end++;
    const holder = this.titles.resolve(tokens.slice(k, end), k);
    return holder ? found(holder, 'title-holder', k, end) : null;
  }

  /** وعن غياب محمد النني، أجاب …: a sentence opening with a preposition has its subject after the comma, if one ends the phrase. */
  private afterFrontedPhrase(sentence: number, before: number): number {
    const tokens = this.tokens;
    const first = tokens[sentence];
    if (!first || !PREPOSITIONS.has(first.norm.replace(/^[وف](?=..)/, ''))) return sentence;
    for (let j = sentence + 1; j < before; j++) if (isComma(tokens[j])) return j + 1;
    // وبعد إعلان قرار «سامير» أعلنت بورصة …: no comma; a speech verb ends the phrase, its subject after it.
    for (let j = sentence + 1; j < before; j++) {
      const cue = cueAt(tokens, j, before);
      if (cue?.kind === 'verb' || cue?.kind === 'relay') return cue.end;
    }
    // وفي الوقت الذي قلل فيه المتحدث X …: no comma nor verb ends the phrase; its subject is the clause's.
    return sentence;
  }

  /**
   * A title phrase as subject: the person named after it (ممثل المنظمة في السودان الدكتور X،
   * المتحدث باسمه، دميتري بيسكوف), else the person the text gave that title (الرئيس الروسي).
   * `complement` holds the prepositions of the cue verb before it, which end the title (وأعرب الوزير المصري عن).
   */
  private titleSubject(head: number, complement?: readonly string[]): Found {
    const tokens = this.tokens;
    let titleEnd = -1;
    // Where the subject's words end, for describing a holder nobody names (رئيس الوزراء الماليزي).
    let stop = -1;
    const kinship = isKinshipAt(tokens[head]);
    for (let j = head + 1; j < tokens.length && j < head + TITLE_SUBJECT_REACH && tokens[j].paragraph === tokens[head].paragraph; j++) {
      const token = tokens[j];
      if (stop < 0 && !this.describes(j)) stop = j;
      if (isComplementizer(tokens, j) || isColon(token) || isSentenceEnd(token) || this.opensDirect[j]) {
        // وأكد وزير الخارجية الأمريكي أن: the title runs to the speech.
        if (titleEnd < 0) titleEnd = j;
        break;
      }
      const ref = this.mentions.startingAt(j);
      // والد مايكل براون: the father speaks, whom the text does not name.
      if (ref?.entity.type === 'person' && kinship) {
        this.describe(head, ref.endToken);
        return found(null, 'relative-of-named', head, ref.endToken);
      }
      if (ref?.entity.type === 'person') {
        // المسؤول الإعلامي لغرفة عمليات عمر المختار … عبدالكريم صبرا: a name inside the complement is not the holder.
        const holder = (this.insideComplement(j) && this.nextPersonInSubject(ref.endToken, head)) || ref;
        return found(holder.entity, 'title-then-name', head, holder.endToken);
      }
      // وأشار الباحث إلى أن، وأعرب الوزير عن قلقه: what was said opens there; المسؤول عن الملف الأمني is still the title.
      const opensWhatWasSaid = (PREPOSITIONS.has(token.norm) && isComplementizer(tokens, j + 1)) || opensComplement(tokens, j, complement);
      const plainWord = token.kind === 'arabic' && !ref && !this.mentions.at(j) && !cueAt(tokens, j, tokens.length) && !opensWhatWasSaid;
      if (titleEnd < 0 && (!plainWord || j >= head + 4)) titleEnd = j;
      if (ref) j = ref.endToken - 1;
    }
    const phraseEnd = titleEnd < 0 ? head + 1 : titleEnd;
    const holder = this.titles.resolve(tokens.slice(head, phraseEnd), head);
    if (holder) return found(holder, 'title-holder', head, phraseEnd);
    const official = this.officialReferredTo(head, phraseEnd);
    if (official) return found(official, 'official-is-last-speaker', head);
    // المتحدث باسم يوروتانيل: a spokesperson nobody names speaks for the body.
    const body = SPOKESPERSONS.has(headNorm(tokens[head])) ? this.bodyOfOfficial(head) : null;
    if (body) return found(body, 'spokesperson-body', head, phraseEnd);
    const end = stop < 0 ? head + 1 : stop;
    this.describe(head, end);
    return found(null, 'unresolved-title', head, end);
  }

  /**
   * Whether the name at token j is part of a title's complement: after a noun in construct with
   * it (غرفة عمليات عمر المختار) or in parentheses (خدمات الإطفاء (كول فاير)), not after a title
   * or an adjective (الرئيس الروسي فلاديمير بوتين).
   */
  private insideComplement(j: number): boolean {
    const before = this.tokens[j - 1];
    if (!before) return false;
    if (before.kind === 'punct') return before.text === '(';
    // A noun with a pronoun suffix takes no genitive (المتحدث باسمها مين كيونج ووك).
    return before.kind === 'arabic' && !before.norm.startsWith('ال') && !PRONOUN_SUFFIXES.some((suffix) => before.text.endsWith(suffix)) &&
      titleHeadAt(before) === null && !this.mentions.at(j - 1) && !isNationalityAdjective(before.norm);
  }

  /** The next person named from token `from` before the subject's words end at a comma, a complementizer, a colon or the sentence's end. */
  private nextPersonInSubject(from: number, head: number): MentionRef | null {
    const tokens = this.tokens;
    for (let j = from; j < tokens.length && j < head + TITLE_SUBJECT_REACH && tokens[j].paragraph === tokens[head].paragraph; j++) {
      const token = tokens[j];
      if (isComma(token) || isComplementizer(tokens, j) || isColon(token) || isSentenceEnd(token) || this.opensDirect[j]) return null;
      const ref = this.mentions.startingAt(j);
      if (ref?.entity.type === 'person') return ref;
      if (ref) j = ref.endToken - 1;
    }
    return null;
  }

  /**
   * وتابع المسؤول الإيراني: «…»: «the official», definite and named by no role, is the person
   * speaking in the discourse — the last one quoted, if a person. So is a title no role names
   * when its nationality is that person's (رئيس الدبلوماسية الإيرانية after وزير الخارجية الإيراني محمد جواد ظريف).
   */
  private officialReferredTo(head: number, phraseEnd: number): Entity | null {
    const tokens = this.tokens;
    const headWord = headNorm(tokens[head]);
    const generic = GENERIC_OFFICIALS.has(headWord);
    // أحد مسؤولي الأمن الليبيين، المسؤولان السويسريان: one of several, or more than one, is nobody quoted before.
    const oneOfSeveral = PARTITIVES.has(headWord) || PARTITIVES.has(tokens[head - 1]?.norm ?? '') || isSharedHead(tokens[head]);
    const nationalities = oneOfSeveral ? [] : tokens.slice(head + 1, phraseEnd).map((t) => t.norm).filter(isNationalityAdjective);
    if (!generic && nationalities.length === 0) return null;
    const gender: Gender = /ه$/.test(headWord) ? 'f' : 'm';
    for (let i = this.history.length - 1; i >= 0 && i >= this.history.length - HISTORY_REACH; i--) {
      const { entity } = this.history[i];
      if (!entity) continue;
      const known = this.history[i].gender ?? this.genderOfEntity(entity);
      if (entity.type !== 'person' || (known && known !== gender && known !== 'p')) return null;
      return generic || entity.roles.some((role) => normalize(role).split(' ').some((w) => nationalities.some((n) => isSameNationality(n, w)))) ? entity : null;
    }
    return null;
  }

  /**
   * The person whose role, given anywhere in the text, has the head and the nationality of the
   * title tokens[from, to) (الرئيس القبرصي → نيكوس اناستاسيادس، رئيس جمهورية قبرص), if one only.
   */
  private holderNamedLater(title: Found): Found | null {
    const tokens = this.tokens;
    if (title.from < 0 || title.to <= title.from) return null;
    const head = headNorm(tokens[title.from]).replace(/^ال/, '');
    const nationalities = tokens.slice(title.from + 1, title.to).map((t) => t.norm).filter(isNationalityAdjective);
    if (nationalities.length === 0) return null;
    const holds = (role: string): boolean => {
      const words = normalize(role).split(' ');
      return words.some((w) => w.replace(/^ال/, '') === head) &&
        words.some((w) => nationalities.some((n) => isSameNationality(n, w) || isAdjectiveOf(n, w)));
    };
    const holders = new Set<Entity>();
    for (const ref of this.mentions.mentions) if (ref.entity.type === 'person' && ref.entity.roles.some(holds)) holders.add(ref.entity);
    return holders.size === 1 ? found([...holders][0], 'title-holder', title.from, title.to) : null;
  }

  /**
   * Who issued the document at token k (التقرير، البيان): the name with its last earlier mention
   * (نشرت صحيفة ديلي تلغراف تقريرا، تقرير لصحيفة …، قالت الوزارة في بيان), or with this one when
   * `namedHere` (جاء في بيان لوزارة …); else the paper or agency the article last named (a story
   * retold from a paper is its report); else the latest speaker, whatever the verb's gender (the
   * document's gender is its own).
   */
  private documentAuthor(k: number, namedHere = false): Found {
    const tokens = this.tokens;
    // وأشار التقرير الذي أصدرته شركة «البن كابيتال»، توقعت دراسة أجرتها شركة X: the document says who issued it.
    const issuer = this.issuerNamedWith(k);
    if (issuer) return found(issuer.entity, 'document-author', issuer.firstToken, issuer.endToken);
    const noun = documentNoun(tokens[k].norm);
    for (let d = namedHere ? k : k - 1; d >= 0 && d >= k - DOCUMENT_LOOKBACK; d--) {
      if (tokens[d].kind !== 'arabic' || documentNoun(tokens[d].norm) !== noun || this.mentions.at(d)) continue;
      const author = this.authorNear(d);
      if (author) return found(author.entity, 'document-author', author.firstToken, author.endToken);
    }
    const list = this.mentions.mentions;
    for (let i = countBefore(list.length, (j) => list[j].firstToken < k) - 1, n = 0; i >= 0 && n < TITLE_LOOKBACK; i--, n++) {
      if (this.isMediaEntity(list[i].entity) && !this.isByline(list[i])) return found(list[i].entity, 'document-of-media', list[i].firstToken, list[i].endToken);
    }
    return through('document', this.continuing(undefined, k, this.sentenceStart(k)));
  }

  /** وجاء في البيان / في بيان لوزارة الداخلية: an indefinite document names its author with it. */
  private documentCue(cue: Cue): Found {
    const document = cue.end - 1;
    return this.documentAuthor(document, !headNorm(this.tokens[document]).startsWith('ال'));
  }

  /** The body or person a relative clause right after the document at token d says issued it (التقرير الذي أصدرته X، دراسة أجرتها X، تقرير صدر عن X). */
  private issuerNamedWith(d: number): MentionRef | null {
    const tokens = this.tokens;
    let verb = d + 1;
    if (verb < tokens.length && RELATIVE_PRONOUNS.has(tokens[verb].norm)) verb++;
    if (verb >= tokens.length || tokens[verb].paragraph !== tokens[d].paragraph || !ISSUING_VERBS.has(tokens[verb].norm)) return null;
    return this.issuerAfter(verb);
  }

  /** The body or person right after the document at token d behind ل (تقرير لـ«رويترز»، بيان لوزارة الداخلية), or null. */
  private authorAfterLam(d: number): MentionRef | null {
    const tokens = this.tokens;
    let j = d + 1;
    const detached = j < tokens.length && tokens[j].norm === 'ل';
    if (detached) j++;
    while (j < tokens.length && isQuoteMark(tokens[j])) j++;
    const ref = j < tokens.length && tokens[j].paragraph === tokens[d].paragraph ? this.mentions.startingAt(j) : null;
    return ref && isIssuer(ref) && (detached || this.procliticOf(ref).includes('ل')) ? ref : null;
  }

  /** The body or person named within AUTHOR_REACH tokens after token k in its paragraph, before any other name, punctuation or what was said. */
  private issuerAfter(k: number): MentionRef | null {
    const tokens = this.tokens;
    for (let j = k + 1; j < tokens.length && j <= k + AUTHOR_REACH && tokens[j].paragraph === tokens[k].paragraph; j++) {
      // وأضاف التقرير أن إبراهيم …: what the document says is not who issued it.
      if ((tokens[j].kind === 'punct' && !isQuoteMark(tokens[j])) || isComplementizer(tokens, j) || cueAt(tokens, j, tokens.length)) break;
      const ref = this.mentions.startingAt(j);
      if (ref && isIssuer(ref)) return ref;
      if (ref) break;
    }
    return null;
  }

  /** The body or person named with a document's mention at token d: after it (تقرير لصحيفة X، بيان صادر عن X), else before it in its clause (نشرت صحيفة X تقريرا). */
  private authorNear(d: number): MentionRef | null {
    const tokens = this.tokens;
    const after = this.issuerAfter(d);
    if (after) return after;
    for (let j = d - 1; j >= 0 && j >= d - AUTHOR_REACH && tokens[j].paragraph === tokens[d].paragraph; j--) {
      if (tokens[j].kind === 'punct' && !isQuoteMark(tokens[j])) break;
      const ref = this.mentions.at(j);
      if (ref && isIssuer(ref) && !this.isPrepositional(ref)) return ref;
      if (ref) j = ref.firstToken;
    }
    return null;
  }

  /** The body a spokesperson speaks for, else nobody, described by the source's own words (مصادر مطلعة). */
  private unnamedSource(k: number): Found {
    const body = SPOKESPERSONS.has(headNorm(this.tokens[k])) ? this.bodyOfOfficial(k) : null;
    if (body) return found(body, 'spokesperson-body', k);
    const tokens = this.tokens;
    let end = k + 1;
    // أكد مصدر عسكري مقتل …: the description stops where what was said starts.
    const limit = this.quoteAt > k ? this.quoteAt : tokens.length;
    while (end < limit && end <= k + DESCRIPTION_WORDS && tokens[end].paragraph === tokens[k].paragraph && this.describes(end)) end++;
    this.describe(k, end);
    return found(null, 'unnamed-source', k, end);
  }

  /** A word that goes on describing an unnamed source (مطلعة، عسكري مالي), not what or where it said. */
  private describes(k: number): boolean {
    const token = this.tokens[k];
    return token.kind === 'arabic' && !this.mentions.at(k) && !PREPOSITIONS.has(token.norm) && !FILLERS.has(token.norm) &&
      !/^ل/.test(token.norm) && !isComplementizer(this.tokens, k) && !cueAt(this.tokens, k, this.tokens.length);
  }

  /** Records tokens [first, end) as the words of the source that speaks, without a proclitic و/ف/ب/ل. */
  private describe(first: number, end: number): void {
    const tokens = this.tokens;
    const words = this.text.slice(tokens[first].start, tokens[end - 1].end);
    // والخبراء، ومصادر, but وسائل and وزير keep their و.
    const head = tokens[first];
    // والدة is a word of its own, not و + الدة.
    const ownWord = isUnnamedSourceWord(head.norm) || titleHeadAt(head) === head.text;
    const proclitic = !ownWord && (/^[وفب]ال/.test(head.norm) || /^[وف]/.test(head.norm));
    this.described = proclitic ? words.slice(1) : words;
  }

  /** متحدث باسم …، الناطق بلسان …، متحدث بالوزارة: the organization a spokesperson speaks for, if named with him. */
  private bodyOfOfficial(k: number): Entity | null {
    const tokens = this.tokens;
    for (let j = k + 1; j < tokens.length && j <= k + OFFICIAL_TO_BODY && tokens[j].paragraph === tokens[k].paragraph; j++) {
      if (tokens[j].kind === 'punct' || isComplementizer(tokens, j)) return null;
      const ref = this.mentions.startingAt(j);
      if (!ref) continue;
      // ل names whom it was said to (لرويترز), not whose spokesperson he is.
      const tied = OF_BODY.has(tokens[j - 1].norm) || this.procliticOf(ref).startsWith('ب');
      return ref.entity.type === 'organization' && tied ? ref.entity : null;
    }
    return null;
  }

  /** وأكدت الهيئة: a definite body head alone refers back to the last organization named with that head. */
  private bodyReferredTo(k: number): Entity | null {
    const word = headNorm(this.tokens[k]);
    if (!word.startsWith('ال') || !BODY_HEADS.has(word.slice(2)) || this.mentions.at(k)) return null;
    const list = this.mentions.mentions;
    for (let i = countBefore(list.length, (j) => list[j].firstToken < k) - 1, n = 0; i >= 0 && n < TITLE_LOOKBACK; i--, n++) {
      const entity = list[i].entity;
      if (entity.type !== 'organization') continue;
      // شركة سامير … وقالت الشركة: the head may stand before the name, outside it.
      const before = this.wordBefore(list[i], Math.max(0, list[i].firstToken - 2));
      if (bareHead(normalize(entity.name.split(' ')[0])) === word.slice(2) || (before >= 0 && bareHead(headNorm(this.tokens[before])) === word.slice(2))) return entity;
    }
    return null;
  }

  /**
   * The person an honorific at token k stands for (سموه of a prince, معاليه of a minister): the
   * latest person before it with such a title among their roles or right before their name, and
   * of the honorific's gender; null when there is none (then it reads as an elided subject).
   */
  private honorificHolder(k: number, honorific: Honorific): Found | null {
    const fits = (entity: Entity, firstToken: number): boolean => {
      if (entity.type !== 'person') return false;
      const gender = this.genderOf.get(entity);
      if (gender && gender !== honorific.gender) return false;
      return (firstToken > 0 && honorific.titles.has(this.tokens[firstToken - 1].norm)) ||
        entity.roles.some((role) => role.split(' ').some((word) => honorific.titles.has(normalize(word))));
    };
    const list = this.mentions.mentions;
    for (let i = countBefore(list.length, (j) => list[j].firstToken < k) - 1, n = 0; i >= 0 && n < TITLE_LOOKBACK; i--, n++) {
      const { entity, firstToken, endToken } = list[i];
      // A sheikh's فضيلته is not the imam of old his sermon cites (الإمام ابن جرير رحمه الله، أخرجه الإمام أحمد) nor one named inside a quotation.
      if (this.insideDirect[firstToken] || (endToken < this.tokens.length && prayerEnd(this.tokens, endToken) > 0) ||
          isCollectorAt(this.tokens, firstToken, (i) => titleHeadAt(this.tokens[i]) !== null)) continue;
      if (fits(entity, firstToken)) return found(entity, 'honorific', k);
    }
    return null;
  }

  /** انتقدت النقابة القرار، وقالت إن …: an elided subject shared with an earlier verb of the sentence. */
  private subjectEarlierInSentence(sentence: number, anchor: number, gender: Gender | undefined): Found | null {
    // …، فيما انتقدت الجبهة التركمانية التصريحات واعتبرتها …: the nearest clause's subject first.
    for (let k = anchor - 1; k > sentence; k--) {
      if (!CLAUSE_OPENERS.has(this.tokens[k].norm)) continue;
      const subject = this.agreeing(this.sentenceSubject(k + 1, anchor, false), gender);
      if (subject) return subject;
    }
    // وبحسب رويترز، فقد ذكرت إينوك أنها …، وأعلنت أن: the verb before in the sentence, whose speaker is known, shares it.
    // A paper or agency that spoke there is more often the channel the next verb's speaker spoke through.
    const previous = this.previous;
    const last = this.history[this.history.length - 1];
    if (previous && previous.sentence === sentence && previous.reading.entity && !this.isMediaEntity(previous.reading.entity)) {
      const shared = this.agreeing(previous.reading, gender);
      // وقال لـ«الوطن» …، وأضاف: the statement goes on through the same channel.
      if (shared) {
        this.channel ??= last?.channel;
        return shared;
      }
    }
    // وفي تصريح للمتحدث الرسمي للهيئة رأفت الصباغ، أوضح أن …: the statement opening the sentence names who made it.
    const opening = cueAt(this.tokens, sentence, anchor);
    if (opening?.kind === 'source' && opening.end < anchor && STATEMENT_OPENER.test(this.tokens[sentence].norm)) {
      const author = this.agreeing(this.subjectAfter(opening.end, 'source'), gender);
      // وفي مقابلة مع مجلة «دير شبيغل»، سئل …، فأجاب: a paper there is the channel, not the one who spoke.
      if (author?.entity && this.isMediaEntity(author.entity)) this.channel ??= author.entity;
      else if (author) return author;
    }
    return this.agreeing(this.sentenceSubject(sentence, anchor, false), gender);
  }

  private agreeing(subject: SubjectReading, gender: Gender | undefined): Found | null {
    if (subject.kind !== 'found' || !subject.entity) return null;
    const known = this.genderOfEntity(subject.entity);
    if (gender && known && known !== gender) return null;
    return subject.rules[0] === 'elided-subject-earlier-in-sentence' ? subject : through('elided-subject-earlier-in-sentence', subject);
  }

  /** Whether the latest time `person` was read as a speaker, a name or title joined by و came right after theirs (X وY، X ونظيره). */
  private spokeWithOthers(person: Entity): boolean {
    for (let i = this.history.length - 1; i >= 0 && i >= this.history.length - HISTORY_REACH; i--) {
      const reading = this.history[i].reading;
      if (reading.entity !== person || reading.to < 0) continue;
      const next = this.tokens[reading.to];
      if (!next || next.kind !== 'arabic' || !/^و/.test(next.norm)) return false;
      const joined = this.mentions.at(reading.to) ?? (next.norm === 'و' ? this.mentions.startingAt(reading.to + 1) : undefined);
      return joined?.entity.type === 'person' || titleHeadAt(next) !== null || isUnnamedSource(next) || COUNTERPARTS.has(next.norm.slice(1));
    }
    return false;
  }

  /** The gender the verbs gave an entity, else its name's: a body's head word (الحزب، الشركة، القوات). */
  private genderOfEntity(entity: Entity): Gender | undefined {
    return this.genderOf.get(entity) ?? (entity.type === 'organization' ? headGender(entity.name) : undefined);
  }

  /**
   * وأضاف / وأضافت: the latest speaker whose gender does not contradict the verb's. A quotation
   * nobody was found for is no speaker to continue; an unnamed source the text described is.
   */
  private continuing(gender: Gender | undefined, anchor: number, sentence: number): Found {
    const carried = this.subjectOfSentenceBefore(gender, sentence);
    if (carried) return carried;
    for (let i = this.history.length - 1; i >= 0 && i >= this.history.length - HISTORY_REACH; i--) {
      const entry = this.history[i];
      if (!entry.entity && !entry.described) continue;
      if (!gender || !entry.gender || entry.gender === gender) {
        this.described = entry.described;
        // وأضاف: the interview or call goes on in the same paragraph.
        if (entry.paragraph === this.tokens[anchor].paragraph) this.channel ??= entry.channel;
        return through('last-speaker', entry.reading);
      }
    }
    // Nobody spoke yet: the person the sentence (or the one before) is about.
    const subject = this.sentenceSubject(this.sentenceStart(Math.max(0, sentence - 1)), anchor, true);
    return subject.kind === 'found' ? through('nobody-spoke-yet', subject) : found(null, 'nothing-found', -1);
  }

  /**
   * ووبخت يو إيون-هي اليابان … . وأضافت: a person opening the sentence just before as its verb's
   * subject carries on, speaking or not, where no quotation of that sentence named another. The
   * verb agrees: a feminine one ends in ت.
   */
  private subjectOfSentenceBefore(gender: Gender | undefined, sentence: number): Found | null {
    if (sentence === 0 || (gender !== 'm' && gender !== 'f')) return null;
    const before = this.sentenceStart(sentence - 1);
    if (this.previous && this.previous.sentence === before && this.previous.reading.entity) return null;
    const subject = this.sentenceSubject(before, sentence, true);
    if (subject.kind !== 'found' || !subject.entity || subject.from !== before + 1) return null;
    const known = this.genderOfEntity(subject.entity);
    const verbGender = this.tokens[before].norm.endsWith('ت') ? 'f' : 'm';
    if (verbGender !== gender || (known && known !== gender)) return null;
    return found(subject.entity, 'subject-of-sentence-before', subject.from, subject.to);
  }

  /** The proclitics cut off the mention's first word (ل of لرويترز, وب of وبمجلس), or ''. */
  private procliticOf(ref: MentionRef): string {
    return ref.hasProclitic ? this.text.slice(this.tokens[ref.firstToken].start, ref.entity.mentions[ref.index].start) : '';
  }

  private isPrepositional(ref: MentionRef): boolean {
    const tokens = this.tokens;
    if (/[لب]/.test(this.procliticOf(ref))) return true;
    // ضد «داعش»، في منطقة نجران: the preposition may stand before a quotation mark or a place noun.
    let k = ref.firstToken - 1;
    while (k >= 0 && isQuoteMark(tokens[k])) k--;
    if (k >= 0 && ref.entity.type === 'place' && PLACE_HEADS.has(headNorm(tokens[k]))) {
      if (/^[لب]/.test(tokens[k].norm) && !PLACE_HEADS.has(tokens[k].norm)) return true;
      k--;
    }
    return k >= 0 && (PREPOSITIONS.has(tokens[k].norm) || DETACHED_PREPOSITIONS.has(tokens[k].norm));
  }

  /** First token of the sentence holding token k (sentence ends inside quotations skipped). */
  private sentenceStart(k: number): number {
    const tokens = this.tokens;
    const paragraph = tokens[k].paragraph;
    let j = k - 1;
    for (; j >= paragraph && j >= k - SENTENCE_REACH; j--) {
      if (isSentenceEnd(tokens[j]) && !this.insideDirect[j]) break;
    }
    return Math.max(j + 1, paragraph);
  }
}

/**
 * The colon before a headline's speech («X: …», the only colon before it in its paragraph), or
 * -1. The speech starts right after it, or after the quotation mark that follows it.
 */
function headlineColon(tokens: Token[], at: number): number {
  let k = at - 1;
  if (k >= 0 && isQuoteMark(tokens[k])) k--;
  // A headline's speaker is a few words (quotes.ts HEADLINE_SPEAKER_WORDS): look no further back.
  if (k < 0 || !isColon(tokens[k]) || k - tokens[at].paragraph > HEADLINE_SPEAKER_TOKENS) return -1;
  for (let j = tokens[at].paragraph; j < k; j++) if (isColon(tokens[j]) || isSentenceEnd(tokens[j])) return -1;
  return k;
}

/** Most tokens before a headline's colon (its few words and their punctuation). */
const HEADLINE_SPEAKER_TOKENS = 24;

/** العراق: الأطراف الكردية تتفق …: a headline after a place name alone is datelined, nobody's speech; so is one after a byline (سبق- الطائف:). */
function dropDatelines(quotes: Quote[], tokens: Token[], mentions: MentionIndex): void {
  const isDateline = (quote: Quote): boolean => {
    if (quote.cue || quote.kind !== 'indirect') return false;
    const at = tokenIndexAt(tokens, quote.start);
    const colon = headlineColon(tokens, at);
    // سبق- الطائف:، 1940- الحرب العالمية الثانية:، - اليوم الأول: a dash before the colon makes a byline or a list's label.
    for (let j = tokens[at].paragraph; j < colon; j++) if (isDash(tokens[j])) return true;
    let k = tokens[at].paragraph;
    while (k < colon && tokens[k].kind === 'punct') k++;
    const ref = colon > k ? mentions.startingAt(k) : null;
    if (ref?.entity.type !== 'place') return false;
    for (let j = ref.endToken; j < colon; j++) if (tokens[j].kind !== 'punct') return false;
    return true;
  };
  const kept = quotes.filter((q) => !isDateline(q));
  if (kept.length === quotes.length) return;
  quotes.length = 0;
  for (const quote of kept) quotes.push(quote);
}

/** Longer than any real name: not worth reading word by word. */
const MAX_NAME_LENGTH = 80;

function surnamesOf(entities: Entity[]): Map<string, Entity> {
  const surnames = new Map<string, Entity | null>();
  for (const entity of entities) {
    const name = entity.name.trim();
    const space = name.lastIndexOf(' ');
    if (entity.type !== 'person' || space < 0 || name.length > MAX_NAME_LENGTH) continue;
    const surname = normalize(name.slice(space + 1));
    // رامي الحمد الله: الله and الدين end a compound, they are nobody's name alone (ودعا الله أن).
    if (COMPOUND_NAME_ENDINGS.has(surname)) continue;
    const known = surnames.get(surname);
    surnames.set(surname, known === undefined || known === entity ? entity : null);
  }
  const unique = new Map<string, Entity>();
  for (const [surname, entity] of surnames) if (entity) unique.set(surname, entity);
  return unique;
}

/** A statement or report as subject: its author speaks, the one the article quoted it from. */
const DOCUMENTS = new Set(['البيان', 'التقرير', 'الرسالة', 'البلاغ', 'المذكرة', 'الوثيقة', 'النص', 'التصريح', 'الإعلان', 'المقال', 'المقالة', 'الدراسة']
  .map(normalize));

/** Who may issue a document: a body or a person. */
function isIssuer(ref: MentionRef): boolean {
  return ref.entity.type === 'organization' || ref.entity.type === 'person';
}

/** Documents by their bare noun (تقرير، دراسة), as documentNoun reads them. */
const DOCUMENT_NOUNS = new Set([...DOCUMENTS].map((word) => word.slice(2)));

/** Verbs that say who issued a document, with its pronoun (أصدرته، أجرتها، أعده) or without (صدر عن). */
const ISSUING_VERBS = new Set(['أصدر', 'أعد', 'أجرى', 'نشر', 'أطلق'].flatMap((verb) => {
  const base = verb.endsWith('ى') ? verb.slice(0, -1) : verb;
  return [verb + 'ه', verb + 'ها', base + 'ته', base + 'تها', base + 'اه', base + 'اها'];
}).concat(['صدر', 'صدرت', 'الصادر', 'الصادرة']).map(normalize));

/** What may stand before a document's noun: a conjunction, a preposition, the article (وبالتقرير). */
const DOCUMENT_PREFIX = /^[وف]?[بل]?(?:ال)?$/u;

/**
 * The document a word names, read past proclitics, the article and the accusative (وبالتقرير،
 * تقريرا → تقرير; بيان stays بيان, its ب no preposition); the word itself when it names none.
 */
function documentNoun(word: string): string {
  for (let cut = 0; cut <= 4 && word.length - cut >= 3; cut++) {
    if (!DOCUMENT_PREFIX.test(word.slice(0, cut))) continue;
    const stem = word.slice(cut);
    if (DOCUMENT_NOUNS.has(stem)) return stem;
    if (stem.endsWith('ا') && DOCUMENT_NOUNS.has(stem.slice(0, -1))) return stem.slice(0, -1);
  }
  return word;
}

/** How many tokens back a document's earlier mention is looked for, and how far from it its author may be named. */
const DOCUMENT_LOOKBACK = 400;
const AUTHOR_REACH = 4;

/** Participles that name whom the speech is addressed to (وأضاف مخاطبا رئيس الوزراء …). */
const ADDRESSING = new Set(['مخاطبا', 'مخاطبة', 'متوجها', 'متوجهة', 'موجها', 'موجهة'].map(normalize));

/** How far into its clause a definite title may stand to be its subject (وبات النائب، ثم قال الوزير). */
const TITLE_SUBJECT_POSITION = 1;

/** How many words after an unnamed source's head word may still describe it (مصدر عسكري مالي رفيع). */
const DESCRIPTION_WORDS = 3;

/** Words for the one beside a speaker, after و (وقال كازنوف ونظيرته البريطانية …). */
const COUNTERPARTS = new Set(['نظيره', 'نظيرته', 'نظيراه', 'زميله', 'زميلته', 'رفيقه', 'رفيقته', 'شريكه', 'شريكته', 'مساعده', 'مساعدته'].map(normalize));

/** How far after its cue a channel may be named, past a long title (the speech ends the search sooner). */
const CHANNEL_REACH = 40;

/** Verbs whose object is the one told (وأبلغ مكتب الحاكم وكالة فرانس برس أن، أخبرت الشرطة صحيفة …). */
const TELLING_VERBS = new Set(['أبلغ', 'أبلغت', 'يبلغ', 'تبلغ', 'أخبر', 'أخبرت', 'يخبر', 'تخبر'].map(normalize));

/** Source words opening a sentence before a paper's name (وبحسب «رويترز»، ووفقا لـ…). */
const SOURCE_WORDS = new Set(['بحسب', 'وبحسب', 'حسب', 'وحسب', 'وفقا', 'ووفقا', 'وفق', 'ووفق', 'طبقا', 'وطبقا'].map(normalize));

/** Words before a channel's name, or one word before it (في بيان تلقته وكالة …، لصحيفة …). */
const CHANNEL_WORDS = new Set(['عبر', 'مع', 'الى', 'إلى', 'تلقته', 'تلقتها', 'نشرتها', 'نشرته', 'بثتها', 'بثته', 'أوردتها', 'أوردته',
  'اتصلت', 'أجرتها', 'أجرته', 'نقلتها', 'نقلته', 'وزعتها', 'وزعته'].map(normalize));

/** صحيفة، لوكالة، والقناة: a word that says the name after it is a paper, agency or broadcaster. */
function isMediaHead(word: Token): boolean {
  return MEDIA_HEADS.has(word.norm.replace(/^[لوب]/, '').replace(/^ال/, ''));
}

/** How many words after a spokesperson the body he speaks for may be named. */
const OFFICIAL_TO_BODY = 4;

/** Words that tie a spokesperson to his body (متحدث باسم الوزارة، الناطق بلسان …، متحدث في …). */
const OF_BODY = new Set(['باسم', 'بلسان', 'في', 'من', 'لدى'].map(normalize));

/** Words that take one of several (أحد مسؤولي الأمن، إحدى الناشطات، بعض المسؤولين). */
const PARTITIVES = new Set(['أحد', 'إحدى', 'بعض'].map(normalize));

/** Definite words for an official that refer back to the person speaking (المسؤول الإيراني). */
const GENERIC_OFFICIALS = new Set(['المسؤول', 'المسؤولة'].map(normalize));

/** Relative pronouns: the verb after one belongs to a relative clause. */
const RELATIVE_PRONOUNS = new Set(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللواتي', 'اللاتي'].map(normalize));

/** Title heads of those who speak for a body (a named one is the speaker herself). */
const SPOKESPERSONS = new Set(['المتحدث', 'متحدث', 'المتحدثة', 'متحدثة', 'الناطق', 'ناطق', 'الناطقة', 'ناطقة'].map(normalize));

/** How many mentions of persons with roles back a title used as subject looks for the one who holds it, */
const TITLE_LOOKBACK = 200;
/** and, failing that, on (a headline's title is named in the first paragraphs below it). */
const TITLE_LOOKAHEAD = 40;

/**
 * Title phrases resolved to the person the text gave that role (الرئيس الروسي → بوتين): the most
 * recently mentioned person, within TITLE_LOOKBACK mentions of persons with roles, whose role starts with the phrase;
 * failing that, the next one named with it (a headline's title, named in the text below).
 */
class TitleResolver {
  private readonly rolesOf = new Map<Entity, string[][]>();
  /**
   * Mentions of persons with roles, in text order, by what a title phrase must share with a role
   * to match it: its head alone (a one-word title, or one with a nationality after the head), or
   * its head and second word. Each look-up reads only the persons that may match.
   */
  private readonly byHead = new Map<string, MentionRef[]>();
  private readonly byHeadAndSecond = new Map<string, MentionRef[]>();

  constructor(entities: Entity[], mentions: MentionIndex) {
    for (const entity of entities) {
      if (entity.type !== 'person' || entity.roles.length === 0) continue;
      const roles = entity.roles.map((role) => tokenize(role).filter((t) => t.kind !== 'punct').map(headNorm)).filter((words) => words.length > 0);
      if (roles.length) this.rolesOf.set(entity, roles);
    }
    const push = (index: Map<string, MentionRef[]>, key: string, ref: MentionRef): void => {
      const list = index.get(key);
      if (!list) index.set(key, [ref]);
      else if (list[list.length - 1] !== ref) list.push(ref);
    };
    for (const ref of mentions.mentions) {
      for (const role of this.rolesOf.get(ref.entity) ?? []) {
        push(this.byHead, bareHead(role[0]), ref);
        if (role.length > 1) push(this.byHeadAndSecond, `${bareHead(role[0])} ${role[1]}`, ref);
      }
    }
  }

  /** The mentions whose entity may hold the title: see byHead. */
  private candidates(words: string[]): MentionRef[] {
    const head = bareHead(words[0]);
    if (words.length === 1 || isNationalityAdjective(words[1])) return this.byHead.get(head) ?? [];
    // باسمه for باسم: the second word may carry a pronoun.
    const second = words[1];
    const bases = [second, ...PRONOUN_SUFFIXES.filter((p) => second.endsWith(p)).map((p) => second.slice(0, -p.length))];
    const lists = bases.map((b) => this.byHeadAndSecond.get(`${head} ${b}`)).filter((l): l is MentionRef[] => l !== undefined);
    return lists.length <= 1 ? lists[0] ?? [] : lists.flat().sort((x, y) => x.firstToken - y.firstToken);
  }

  /**
   * The most recent person whose role is the phrase, else whose role starts like it (head and
   * the next word: سفير خادم الحرمين الشريفين → سفير خادم الحرمين في القاهرة) with no nationality
   * that contradicts it (وزير الخارجية الأمريكي is not وزير الخارجية السعودي); else the next
   * person the text gives the whole title.
   */
  resolve(phrase: Token[], beforeToken: number): Entity | null {
    if (this.rolesOf.size === 0 || phrase.length === 0) return null;
    const words = phrase.map(headNorm);
    // وطبقا لوزير التعليم، وبوزير الخارجية: the title's head read past its preposition.
    const head = titleHeadAt(phrase[0]);
    if (head && head.length < phrase[0].text.length && !words[0].startsWith('ال')) words[0] = normalize(head);
    const list = this.candidates(words);
    if (list.length === 0) return null;
    const before = countBefore(list.length, (j) => list[j].firstToken < beforeToken);
    const back = this.holder(words, (n) => list[before - 1 - n]?.entity, TITLE_LOOKBACK);
    const found = back.full ?? back.qualified ?? back.partial;
    if (found) return found;
    // أعلن رئيس الوزراء الماليزي أن …، named only further on (a headline above all): the holder the
    // text names later, by the whole title (or the whole role and a nationality).
    const ahead = this.holder(words, (n) => list[before + n]?.entity, TITLE_LOOKAHEAD);
    return ahead.full ?? ahead.qualified;
  }

  /**
   * Among the entities `at(0)`, `at(1)`, … (`reach` mentions): the first whose role is the
   * phrase, the first whose role is the phrase's start and the rest a nationality (qualified),
   * and the first whose role starts like it (partial).
   */
  private holder(words: string[], at: (n: number) => Entity | undefined, reach: number): { full: Entity | null; qualified: Entity | null; partial: Entity | null } {
    const seen = new Set<Entity>();
    let qualified: Entity | null = null;
    let partial: Entity | null = null;
    for (let n = 0, entity = at(0); entity && n < reach; entity = at(++n)) {
      if (seen.has(entity)) continue;
      seen.add(entity);
      for (const role of this.rolesOf.get(entity)!) {
        const match = roleMatch(words, role);
        if (match === 'full') return { full: entity, qualified, partial };
        if (match === 'qualified') qualified ??= entity;
        if (match === 'partial') partial ??= entity;
      }
    }
    return { full: null, qualified, partial };
  }
}

/** How a title phrase's words compare with a role's words (both read past proclitics). */
function roleMatch(words: string[], role: string[]): 'full' | 'qualified' | 'partial' | null {
  if (bareHead(role[0]) !== bareHead(words[0])) return null;
  let k = 1;
  while (k < words.length && k < role.length && sameWord(words[k], role[k])) k++;
  if (k === words.length) return 'full';
  // وزير العدل اللبناني for the role وزير العدل: the whole role, and whose it is.
  if (k === role.length && words.slice(k).every(isNationalityAdjective)) return 'qualified';
  // الرئيس القبرصي for رئيس جمهورية قبرص: the head, and the same country by its adjective.
  if (k === 1 && words.length > 1 && words.slice(1).every((w) => role.slice(1).some((r) => isAdjectiveOf(w, r)))) return 'qualified';
  if (k < 2) return null;
  const [w, r] = [words[k], role[k]];
  return r !== undefined && isNationalityAdjective(w) && isNationalityAdjective(r) ? null : 'partial';
}

/** A word read past a proclitic و/ف/ب/ل, so والرئيس and الرئيس compare equal. */
function headNorm(token: Token): string {
  const n = token.norm;
  if (n.startsWith('لل')) return 'ا' + n.slice(1);
  return /^[وفبل]ال/.test(n) ? n.slice(1) : n;
}

/** Heads a body's name may open with, whose gender its verbs agree with. */
const ORGANIZATION_HEADS = new Set([...ORG_HEADS, ...BODY_HEADS, ...MEDIA_HEADS, ...NAME_HEADS, ...STATE_BODY_HEADS].map((w) => bareHead(normalize(w))));

/**
 * A body's grammatical gender from its head word: حزب and مجلس take وقال, شركة and القوات take
 * وقالت. A name without a known head (رويترز، إينوك) says nothing.
 */
function headGender(name: string): Gender | undefined {
  const head = bareHead(normalize(name.split(' ')[0]));
  if (!ORGANIZATION_HEADS.has(head)) return undefined;
  return head.endsWith('ه') || head.endsWith('ات') ? 'f' : 'm';
}

/** The head without its article: الوزير refers back to a role written وزير الاقتصاد. */
function bareHead(word: string): string {
  return word.startsWith('ال') ? word.slice(2) : word;
}

/** Pronoun suffixes on a noun (باسمه، باسمها، باسمهم، باسمهما), longest first. */
const PRONOUN_SUFFIXES = ['هما', 'هم', 'ها', 'ه'];

/** باسمه matches باسم: a pronoun suffix refers back to what the role names. */
function sameWord(phraseWord: string, roleWord: string): boolean {
  if (phraseWord === roleWord) return true;
  const suffix = phraseWord.startsWith(roleWord) ? phraseWord.slice(roleWord.length) : '';
  return PRONOUN_SUFFIXES.includes(suffix);
}

