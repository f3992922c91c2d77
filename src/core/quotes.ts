/**
 * Quotations: direct ones inside quotation marks, and indirect (reported) speech introduced by a
 * cue (قال إن …، أشار إلى أن …، بحسب …). Works one paragraph at a time, in time linear in the
 * paragraph: marks are paired with a bounded stack, never with a backtracking pattern, and a quote
 * left open never runs past its paragraph.
 */
import { countBefore } from './bisect';
import { complementizerWithin, Cue, cueAt, isColon, isComma, isComplementizer, isSentenceEnd, opensComplement } from './cues';
import { normalize } from './text';
import { PREPOSITIONS } from './lexicon';
import { PROCLITIC_LETTERS, Token } from './tokenize';
import { Quote, QuoteFlag } from './types';

type MarkFamily = 'guillemet' | 'curly' | 'straight';
type MarkShape = 'open' | 'close' | 'neutral';

const MARKS: Record<string, [MarkFamily, MarkShape]> = {
  '«': ['guillemet', 'open'], '»': ['guillemet', 'close'],
  '“': ['curly', 'open'], '„': ['curly', 'open'], '‟': ['curly', 'open'], '”': ['curly', 'close'],
  '"': ['straight', 'neutral'], '＂': ['straight', 'neutral'],
};

/** Deeper nesting than this is treated as text: it bounds the work per mark. */
const MAX_NESTING = 16;
/** How many words after a cue its complementizer, colon or quotation may come (punctuation is free). */
const CUE_REACH = 32;
/** Longest reported clause, in tokens (quotations stepped over count once): bounds the work per cue. */
const MAX_CLAUSE = 150;
/** How many tokens a cue's scan may read at most, parentheses included. */
const MAX_CUE_SCAN = 64;
/** Marks that open or close a parenthesis; a dash does both, in turn. */
const PARENTHESES = new Set(['(', ')', '-', '–', '—']);
/** Quoted spans this short are names or scare quotes unless speech is attributed around them. */
const SHORT_QUOTE_WORDS = 3;

/** Nouns after which a short quoted span is the name of the thing (شركة «لوكويل»). */
const NAMING_NOUNS = new Set([
  'شركة', 'صحيفة', 'وكالة', 'مجموعة', 'حزب', 'حركة', 'عملية', 'مجلة', 'قناة', 'موقع', 'برنامج', 'منظمة', 'مشروع',
  'تطبيق', 'كتاب', 'فيلم', 'رواية', 'مسلسل', 'أغنية', 'جمعية', 'تنظيم', 'ميليشيا', 'جماعة', 'مبادرة', 'خطة', 'قانون',
  'منصة', 'شبكة', 'مؤسسة', 'فندق', 'سفينة', 'حملة', 'مناورة', 'مناورات', 'صاروخ', 'طائرة', 'مركز', 'معهد', 'بنك',
  'وسم', 'هاشتاغ', 'كتلة', 'ائتلاف', 'جبهة', 'تيار', 'تحالف', 'نادي', 'فريق', 'مهرجان', 'مؤتمر', 'جائزة', 'مسرحية', 'ألبوم',
  'كليب', 'صفحة', 'حساب', 'مدونة', 'مصنع', 'مطعم', 'مبنى', 'برج', 'سلسلة', 'مسلسلات', 'أفلام', 'شركات', 'حركتا',
  'مجلس', 'مسابقة', 'بطولة', 'منتدى', 'معرض', 'دورية', 'نشرة', 'إذاعة', 'تلفزيون', 'دار',
  'معركة', 'معارك', 'عمليات', 'غزوة', 'حي', 'منطقة', 'مدينة', 'قرية', 'بلدة', 'محافظة', 'شارع', 'جريدة', 'مجلات', 'صحف',
].map(normalize));

/** فإن (and فإنه، فإنها) opens what a fronted source vouches for. */
const FA_INNA = new Set(['فان', 'فانه', 'فانها', 'فانهم']);

/** Words that announce a name or a title of any length (برنامج بعنوان "…"، أطلقوا عليه اسم "…"). */
const TITLE_MARKERS = new Set(['اسم', 'باسم', 'بعنوان', 'عنوان', 'لقب', 'تدعى', 'يدعى', 'المسمى', 'المسماة', 'تسمية', 'شعار',
  'يسمى', 'تسمى', 'سمي', 'سميت', 'يسمونه', 'يسمونها', 'سموه', 'سموها', 'يعرف', 'تعرف', 'المعروف', 'المعروفة', 'يطلق', 'أطلق',
  'أطلقوا', 'يلقب', 'الملقب', 'الملقبة', 'وسم', 'هاشتاغ', 'هاشتاق'].map(normalize));

/** Words that start a new clause after a comma, ending what a reported clause says. */
const CLAUSE_BREAKS = new Set(['لكن', 'ولكن', 'لكنه', 'لكنها', 'لكنهم', 'بينما', 'فيما', 'وسط', 'وذلك', 'غير', 'إذ', 'اذ']);

/** A contrast and its أن with the subject's pronoun, which may open a new clause of speech (إلا أنه أشار). */
const CONTRASTS = new Set(['إلا', 'بيد'].map(normalize));
const CONTRAST_PRONOUNS = new Set(['أنه', 'أنها', 'أنهم', 'أنهما'].map(normalize));

/** Words that may stand between a comma and the speech verb of a new clause. */
const SPEECH_ADVERBS = new Set(['كما', 'حيث', 'وحيث', 'ثم'].map(normalize));

/** Coordinated verbs of demand that end a reported clause (… وطالب ببناء …، ودعا إلى …). */
const DEMANDS = new Set(['وطالب', 'وطالبت', 'وطالبوا', 'ودعا', 'ودعت', 'ودعوا', 'وناشد', 'وناشدت'].map(normalize));

interface DirectQuote {
  /** Token indices of the opening and closing marks (close = paragraph end when unclosed). */
  open: number;
  close: number;
  /** First token of the content (after the opening mark; the paragraph start for a continuation). */
  first: number;
  start: number;
  end: number;
  flags: QuoteFlag[];
  cue: Cue | null;
  /** A quoted name that is the subject of a cue (قال "القاضي": …), not what was said. */
  subject?: boolean;
}

/** Marks paired in a paragraph: outermost quotations, and the ones nested inside them. */
interface PairedMarks {
  outer: DirectQuote[];
  nested: DirectQuote[];
}

interface IndirectQuote {
  start: number;
  end: number;
  /** Null for a headline's speech (كيري: …), whose speaker stands before the colon. */
  cue: Cue | null;
}

/**
 * Find the quotations of tokens[from, to) (whole paragraphs) and append them, in text order, to
 * `into`; quote ids continue the numbering already there. Speakers are left null (see speakers.ts);
 * each quote's `cue` is the cue that introduced it, if any. Never throws.
 */
export function findQuotes(text: string, tokens: Token[], from = 0, to = tokens.length, into: Quote[] = []): Quote[] {
  let a = from;
  while (a < to) {
    let b = a + 1;
    while (b < to && tokens[b].paragraph === tokens[a].paragraph) b++;
    quoteParagraph(text, tokens, a, b, into);
    a = b;
  }
  return into;
}

function quoteParagraph(text: string, tokens: Token[], a: number, b: number, into: Quote[]): void {
  const previous = into.length ? into[into.length - 1] : null;
  const previousParagraphStart = a > 0 ? tokens[tokens[a - 1].paragraph].start : tokens[a].start;
  const followsQuote = previous !== null && previous.start >= previousParagraphStart;
  const continuesQuote = followsQuote && previous.kind === 'direct' && (previous.flags ?? []).includes('unclosed');
  // The previous paragraph ended on a direct quotation («…».): its speaker may go on talking here.
  const endsOnQuote = followsQuote && previous.kind === 'direct' && !/[\p{L}\p{N}]/u.test(text.slice(previous.end, a > 0 ? tokens[a - 1].end : 0));
  const { outer: directs, nested } = pairMarks(text, tokens, a, b, continuesQuote);
  // closeOf[k - a]: for an opening mark, the token index of its closing mark; else 0.
  const closeOf = new Int32Array(b - a);
  for (const d of directs) closeOf[d.open - a] = d.close;
  const directAt = new Map<number, DirectQuote>();
  for (const d of directs) directAt.set(d.open, d);
  const sentenceStart = sentenceStarts(tokens, a, b, closeOf);

  const indirects: IndirectQuote[] = [];
  const cues = findCues(tokens, a, b, closeOf);
  const sentencesWithVerbCue = new Set<number>();
  for (const cue of cues) if (cue.kind !== 'source') sentencesWithVerbCue.add(sentenceStart[cue.first - a]);

  // Sentences whose speech a cue already reported: a source there (…، حسبما نقلت الصحيفة) only
  // tells where the report came from.
  const reported = new Set<number>();
  for (const cue of cues) {
    const sentence = sentenceStart[cue.first - a];
    // وفي تصريحات نشرتها وكالة …، قال ناطق … إن: the statement frames the verb's speech, which is its own.
    if (cue.kind === 'source' && IN_PREPOSITION.test(tokens[cue.first].norm) && sentencesWithVerbCue.has(sentence)) continue;
    // وبحسب رويترز، فقد ذكرت إينوك أنها …: so does a source set off by a comma before the verb.
    if (cue.kind === 'source' && verbAfterComma(tokens, cues, cue, sentenceStart, a)) continue;
    const fromSource = cue.kind === 'source' || isBackwardManner(tokens, cue);
    if (fromSource && reported.has(sentence) && !isSentenceHead(tokens, sentence, cue.first)) continue;
    const content = fromSource
      ? sourceContent(tokens, a, b, cue, sentence, closeOf)
      : speechContent(tokens, a, b, cue, closeOf, directAt);
    if (content === 'direct') reported.add(sentence);
    if (!content || content === 'direct') continue;
    reported.add(sentence);
    const [first, last, inside] = content;
    const innerDirects = directsWithin(directs, first, last);
    for (const d of innerDirects) d.cue ??= cue;
    if (hasWordsOutside(tokens, first, last, innerDirects)) {
      const start = inside === undefined ? contentStart(tokens[first]) : tokens[first].start + inside;
      const end = tokens[last].end;
      // ورد الوزير بأن …، على حد تعبيره: two cues, one reported clause (the latest one found).
      const latest = indirects[indirects.length - 1];
      // أضاف أن العربي أبلغ المبعوث أن …: a speech verb inside reported speech reports its own.
      const nested = latest !== undefined && latest.start < tokens[cue.first].start && end <= latest.end;
      if (!latest || latest.end <= start || end <= latest.start || nested) indirects.push({ start, end, cue });
    }
  }

  // كيري: مصر دفعت ثمنا باهظا…: a headline (or a subhead) gives what its speaker said after a colon.
  const headline = indirects.length === 0 ? headlineSpeech(tokens, a, b, closeOf, cues) : null;
  if (headline && hasWordsOutside(tokens, headline[0], headline[1], directsWithin(directs, headline[0], headline[1]))) {
    indirects.push({ start: tokens[headline[0]].start, end: tokens[headline[1]].end, cue: null });
  }

  for (const d of directs) d.cue ??= cueAfter(tokens, d.close + 1, b);

  // Where the last quotation kept in this paragraph ends.
  let lastKeptEnd: number | null = null;
  // Whether a quotation lies inside reported speech: directs and indirects are both in text order
  // (a headline's may come last), so one sorted copy and a pointer answer it in one sweep.
  const reportedSpans = [...indirects].sort((x, y) => x.start - y.start);
  let reportedAt = 0;
  let reportedEnd = -1;
  const inReported = (d: DirectQuote): boolean => {
    for (; reportedAt < reportedSpans.length && reportedSpans[reportedAt].start <= d.start; reportedAt++) {
      reportedEnd = Math.max(reportedEnd, reportedSpans[reportedAt].end);
    }
    return reportedEnd >= d.end;
  };

  const found: Quote[] = [];
  for (const d of directs) {
    if (!hasWordsOutside(tokens, d.first, d.close - 1, [])) continue; // “.”: nothing was said
    // Speech is attributed around it: the previous paragraph ending on a quotation that goes on in
    // this one's first sentence, a quotation a few words before, a speech verb in its sentence, or reported speech it is part of.
    const withSpeech = (lastKeptEnd !== null && isShortGap(tokens, lastKeptEnd, d.open)) || inReported(d);
    const spoken = withSpeech || (endsOnQuote && lastKeptEnd === null && sentenceStart[d.open - a] === a) || sentencesWithVerbCue.has(sentenceStart[d.open - a]);
    if (d.subject || isQuotedName(tokens, d, a, spoken, withSpeech)) continue;
    found.push(makeQuote(text, tokens, 'direct', d.start, d.end, d.cue, d.flags));
    lastKeptEnd = d.close + 1;
  }
  // A quotation inside a quotation is someone else's speech only when a cue introduces it there
  // (قال لي مسؤول: "…"); otherwise it is a term the speaker quotes («دبلوماسية البندول»).
  for (const d of nested) {
    const cue = cueBefore(tokens, d.open, a);
    if (cue && hasWordsOutside(tokens, d.first, d.close - 1, [])) found.push(makeQuote(text, tokens, 'direct', d.start, d.end, cue, d.flags));
  }
  for (const q of indirects) found.push(makeQuote(text, tokens, 'indirect', q.start, q.end, q.cue, []));
  found.sort((x, y) => x.start - y.start || y.end - x.end);
  for (const q of found) {
    q.id = `q${into.length + 1}`;
    into.push(q);
  }
}

function makeQuote(text: string, tokens: Token[], kind: Quote['kind'], start: number, end: number, cue: Cue | null, flags: QuoteFlag[]): Quote {
  const quote: Quote = {
    id: '',
    kind,
    start,
    end,
    text: text.slice(start, end),
    speaker: null,
    cue: cue ? { start: tokens[cue.first].start, end: tokens[cue.end - 1].end, text: text.slice(tokens[cue.first].start, tokens[cue.end - 1].end) } : null,
  };
  if (flags.length) quote.flags = flags;
  return quote;
}

// ---- Direct quotations: pairing the marks --------------------------------------------------

interface OpenMark {
  token: number;
  family: MarkFamily;
  reversed: boolean;
}

/**
 * Pair the marks of paragraph tokens[a, b). `continuesQuote`: the previous paragraph ended inside
 * a quotation, so a closing mark with nothing open here ends its continuation (from the start).
 */
function pairMarks(text: string, tokens: Token[], a: number, b: number, continuesQuote: boolean): PairedMarks {
  const quotes: DirectQuote[] = [];
  const nested: DirectQuote[] = [];
  const stack: OpenMark[] = [];
  const emit = (opener: OpenMark, close: number, flags: QuoteFlag[], into = quotes): void => {
    if (opener.reversed) flags.unshift('reversed-mark');
    const endOffset = close < b ? tokens[close].start : tokens[b - 1].end;
    const [start, end] = trimSpan(text, tokens[opener.token].end, endOffset);
    into.push({ open: opener.token, close, first: opener.token + 1, start, end, flags, cue: null });
  };
  for (let k = a; k < b; k++) {
    const token = tokens[k];
    if (token.kind !== 'punct') continue;
    const mark = MARKS[token.text];
    if (!mark) continue;
    const [family, shape] = mark;
    const canOpen = opensWord(text, token.end);
    const canClose = closesWord(text, token.start);
    const flanked = canOpen !== canClose;
    const role = flanked ? (canOpen ? 'open' : 'close')
      : shape === 'open' ? (closesAfterSpace(text, token, stack, family) ? 'close' : 'open')
        : shape === 'close' ? 'close'
          : stack.length && stack[stack.length - 1].family === 'straight' ? 'close' : 'open';
    if (role === 'close') {
      let at = stack.length - 1;
      while (at >= 0 && stack[at].family !== family) at--;
      if (at >= 0) {
        const opener = stack[at];
        stack.length = at;
        emit(opener, k, [], at === 0 ? quotes : nested);
        continue;
      }
      if (stack.length) {
        const opener = stack.pop() as OpenMark;
        if (stack.length === 0) emit(opener, k, ['mismatched-marks']);
        continue;
      }
      if (continuesQuote && quotes.length === 0 && flanked) {
        const [start, end] = trimSpan(text, tokens[a].start, token.start);
        quotes.push({ open: a, close: k, first: a, start, end, flags: [], cue: null });
        continue;
      }
      // A closing mark with nothing open: when nothing says it closes a word, it opens (”…”); so does
      // a straight mark right after a colon, however it is spaced (وقال الرئيس :" إنه أمر بشع …).
      if (k + 1 >= b || (flanked && !(family === 'straight' && k > a && isColon(tokens[k - 1])))) continue;
    }
    if (stack.length < MAX_NESTING) stack.push({ token: k, family, reversed: shape === 'close' });
  }
  if (stack.length) emit(stack[0], b, ['unclosed']);
  return { outer: quotes, nested };
}

/**
 * An opening mark written with a space on both sides after a word, while a mark of its family is
 * open, closes it: «داعش « من جهة، عملية « السهم الذهبي « التي (42 of 43 such marks in the news
 * corpus close; after a colon, « إن …» opens).
 */
function closesAfterSpace(text: string, token: Token, stack: OpenMark[], family: MarkFamily): boolean {
  if (!stack.length || stack[stack.length - 1].family !== family) return false;
  if (!isBlank(text.charCodeAt(token.start - 1)) || !isBlank(text.charCodeAt(token.end))) return false;
  let at = token.start - 1;
  while (at > 0 && isBlank(text.charCodeAt(at))) at--;
  return isWordChar(text[at]);
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/** The mark is followed by a word (or another opening mark): it can open. */
function opensWord(text: string, at: number): boolean {
  const ch = text[at];
  return isWordChar(ch) || ch === '(' || ch === '«' || ch === '“' || ch === '„';
}

/** The mark follows a word or sentence punctuation (ستعرف.”): it can close. */
function closesWord(text: string, at: number): boolean {
  const ch = text[at - 1];
  if (ch === undefined) return false;
  // و”سوف: a lone proclitic letter before the mark belongs to the quote, like a space.
  if (PROCLITIC_LETTERS.includes(ch) && !isWordChar(text[at - 2])) return false;
  return isWordChar(ch) || '.،,!?؟;؛:)…»”'.includes(ch);
}

/** Is this token a quotation mark (of any style)? */
export function isQuoteMark(token: Token): boolean {
  return token.kind === 'punct' && MARKS[token.text] !== undefined;
}

/** Whitespace and invisible controls trimmed from both ends of [start, end). */
function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  return [start, end];
}

function isBlank(code: number): boolean {
  return code <= 32 || code === 0xa0 || (code >= 0x200b && code <= 0x200f) || (code >= 0x202a && code <= 0x202e)
    || (code >= 0x2066 && code <= 0x2069) || code === 0x061c || code === 0xfeff || code === 0x2028 || code === 0x2029;
}

// ---- Sentences and cues --------------------------------------------------------------------

/** For each token of the paragraph, the index of the first token of its sentence (quotes skipped). */
function sentenceStarts(tokens: Token[], a: number, b: number, closeOf: Int32Array): Int32Array {
  const starts = new Int32Array(b - a);
  let start = a;
  for (let k = a; k < b; k++) {
    const close = closeOf[k - a];
    if (close) {
      for (let j = k; j <= close && j < b; j++) starts[j - a] = start;
      k = close;
      continue;
    }
    starts[k - a] = start;
    if (isSentenceEnd(tokens[k])) start = k + 1;
  }
  return starts;
}

/** Cues outside direct quotations (a cue quoted inside someone's words is their speech, not ours). */
function findCues(tokens: Token[], a: number, b: number, closeOf: Int32Array): Cue[] {
  const cues: Cue[] = [];
  for (let k = a; k < b; k++) {
    if (closeOf[k - a]) {
      k = closeOf[k - a];
      continue;
    }
    const cue = cueAt(tokens, k, b);
    if (cue) {
      cues.push(cue);
      k = cue.end - 1;
    }
  }
  return cues;
}

/**
 * Whether the source cue heads its sentence and a speech verb opens the clause after the comma
 * that closes the source (بحسب رويترز، فقد ذكرت …). Not a source after what it vouches for (…، بحسب
 * بلقيس نفسها، التي أكدت أن), nor one whose content follows (وبحسب باريس، فإن … التي ترى أن).
 */
function verbAfterComma(tokens: Token[], cues: Cue[], source: Cue, sentenceStart: Int32Array, a: number): boolean {
  const sentence = sentenceStart[source.first - a];
  if (!isSentenceHead(tokens, sentence, source.first)) return false;
  // The comma closes the source itself: a few words on, with no فإن or إن/أن opening its content before.
  let comma = source.end;
  for (let words = 0; comma < tokens.length && sentenceStart[comma - a] === sentence && !isComma(tokens[comma]); comma++) {
    if (FA_INNA.has(tokens[comma].norm) || isComplementizer(tokens, comma)) return false;
    if (tokens[comma].kind !== 'punct' && ++words > SOURCE_PHRASE_WORDS) return false;
  }
  if (comma >= tokens.length || sentenceStart[comma - a] !== sentence) return false;
  let first = comma + 1;
  if (first < tokens.length && CLAUSE_PARTICLES.has(tokens[first].norm)) first++;
  const verb = cues.find((c) => c.first === first && c.kind === 'verb');
  if (!verb) return false;
  // وبحسب بيان المنظمة، أكدت التزامها …: a verb with no إن/أن nor colon after it reports nothing of its own here.
  // A semicolon may stand where a comma would (قال زعيم الأغلبية …؛ أمس الثلاثاء، إن).
  for (let k = verb.end; k < tokens.length && k < verb.end + VERB_TO_SPEECH && tokens[k].paragraph === tokens[verb.first].paragraph; k++) {
    if (isComplementizer(tokens, k) || isColon(tokens[k]) || MARKS[tokens[k].text]) return true;
    if (isSentenceEnd(tokens[k]) && tokens[k].text !== '؛') return false;
  }
  return false;
}

/** Most words of a fronted source phrase before its comma (وبحسب بيان المنظمة الصحفي الذي تسلمت "الوطن" نسخة منه،). */
const SOURCE_PHRASE_WORDS = 10;

/** How many tokens after that verb its إن/أن or colon may come (فقد ذكرت إينوك في بيان أمس أنها). */
const VERB_TO_SPEECH = 40;

/** Particles that may open the clause after a fronted source (فقد ذكرت، وقد أعلن). */
const CLAUSE_PARTICLES = new Set(['فقد', 'وقد', 'قد'].map(normalize));

/** في, or وفي and ففي opening a sentence: the source cue of a statement (في بيان، وفي تصريحات). */
const IN_PREPOSITION = /^[وف]?في$/;

/** على حد قوله: the manner phrase comes after what was said. */
function isBackwardManner(tokens: Token[], cue: Cue): boolean {
  return cue.kind === 'manner' && tokens[cue.first].norm === 'علي';
}

/** First and last tokens of reported content, and where it starts inside the first when a preposition is written on it (بالإفراج). */
type Content = [first: number, last: number, inside?: number];

/**
 * What a speech verb, participle or بالقول reports: [first, last] tokens after its complementizer
 * to the end of the clause. A colon or quotation mark instead means direct speech: the quote that
 * follows takes the cue ('direct'); unmarked speech after a colon runs to the end of the sentence.
 */
function speechContent(tokens: Token[], a: number, b: number, cue: Cue, closeOf: Int32Array, directAt: Map<number, DirectQuote>): Content | 'direct' | null {
  // Words inside a parenthesis (وتقول هيرمان - التي اشتهرت … - إنها …) do not count; the scan
  // itself stays bounded.
  let words = 0;
  let parenthesis = false;
  for (let k = cue.end; k < b && words < CUE_REACH && k < cue.end + MAX_CUE_SCAN; k++) {
    const token = tokens[k];
    if (token.kind === 'punct' && PARENTHESES.has(token.text)) parenthesis = token.text === '(' || (token.text !== ')' && !parenthesis);
    if (token.kind !== 'punct' && !parenthesis) words++;
    const direct = directAt.get(k);
    // وقال لـ«الشرق الأوسط» إن …: a short quotation whom the speech is addressed to is a name.
    if (direct && (isNamedByNoun(tokens, direct, a) || isAddressee(tokens, direct, a))) {
      k = direct.close;
      continue;
    }
    // قال "القاضي": …، ذكرت "إينوك" في بيان أنها …: a short quotation before the speech is its speaker's name.
    // ونقلت "رويترز" عن فضل حسن أن …: a short quotation a relay verb passes on from عن is the relayer's name.
    if (direct && cue.kind === 'relay' && isRelayer(tokens, direct, b)) {
      k = direct.close;
      continue;
    }
    if (direct && isQuotedSubject(tokens, direct, cue, a, b, closeOf)) {
      direct.subject = true;
      k = direct.close;
      continue;
    }
    if (direct) {
      direct.cue ??= cue;
      return 'direct';
    }
    // أعلن مصدر عسكري عن سقوط …، مشددا على عدم …: the noun phrase after the verb's preposition;
    // طالب بالإفراج: after the preposition written on its first word.
    if (opensComplement(tokens, k, cue.complement)) {
      // ولكنها لم تعلن عن هويته: what a denied verb takes is not what was said (but لم يعلن سوى عن: only that).
      if (isDenied(tokens, cue.first) && !tokens.slice(cue.end, k).some((t) => EXCEPTIVES.has(t.norm))) return null;
      if (!cue.complement!.includes(token.norm)) return [k, clauseEnd(tokens, k, b, closeOf), 1];
      if (k + 1 < b && tokens[k + 1].kind === 'arabic' && !isComplementizer(tokens, k + 1)) return [k + 1, clauseEnd(tokens, k + 1, b, closeOf)];
      // وأعلن عن “مبادرة إيرانية معدلة” لحل الأزمة: a quotation that only opens the complement is part of it.
      // Not a name spoken to, with the speech after it (مشيرا إلى "الوطن" حول قراءته، إلى أن), nor the label a verb of describing gives (وصفه بـ«المتخصص في الفشل»).
      const opening = k + 1 < b ? directAt.get(k + 1) : undefined;
      if (opening && !speechAfter(tokens, opening.close + 1, b, cue) && !isNamedByNoun(tokens, opening, a) && !LABELLING_VERBS.has(stripConnective(tokens[cue.first].norm))) {
        const end = complementEnd(tokens, opening.close + 1, clauseEnd(tokens, k + 1, b, closeOf), b);
        if (end > opening.close && hasWordsOutside(tokens, opening.close + 1, end, []) && fewQuotations(k + 1, end, closeOf, a)) return [k + 1, end];
      }
    }
    if (isComplementizer(tokens, k)) {
      const first = isBareComplementizer(token) ? k + 1 : k;
      if (first >= b) return null;
      return [first, clauseEnd(tokens, first, b, closeOf)];
    }
    if (isColon(token)) {
      if (k + 1 >= b) return null;
      const next = directAt.get(k + 1);
      if (next) {
        next.cue ??= cue;
        return 'direct';
      }
      return [k + 1, clauseEnd(tokens, k + 1, b, closeOf)];
    }
    if (isSentenceEnd(token)) return null;
    const next = k > cue.end ? cueAt(tokens, k, b) : null;
    if (introducesSpeech(next)) return null;
    // أكدت فرنسا في إعلان مشترك أن …: the statement the speech was made in, not a second cue.
    if (next?.kind === 'source' && token.norm === 'في') k = next.end - 1;
  }
  return null;
}

/**
 * The last token of a complement from `from` to `end`, cut before the next cue (…، داعيا إلى;
 * مبشرة بـ) or a circumstantial participle after a comma (…، معبرا عن تعازيه، متمنيا), and the comma before it.
 */
function complementEnd(tokens: Token[], from: number, end: number, b: number): number {
  for (let k = from; k <= end; k++) {
    const next = tokens[k].kind === 'arabic' ? cueAt(tokens, k, b) : null;
    const circumstantial = k > from && isComma(tokens[k - 1]) && CIRCUMSTANTIAL_PARTICIPLE.test(tokens[k].norm);
    if (!introducesSpeech(next) && !circumstantial) continue;
    let last = k - 1;
    while (last >= from && tokens[last].kind === 'punct' && !MARKS[tokens[last].text]) last--;
    return last;
  }
  return end;
}

/** An indefinite accusative participle (معبرا، متمنيا): the manner of the main verb, not its complement. */
const CIRCUMSTANTIAL_PARTICIPLE = /^م\S{2,}ا$/;

/** Most quotations a reported complement holds: more make a list of quoted names (بـ«صنع المدينة» إقامة «معامل المنورة» و«مركز …» و«حدائق …»). */
const MAX_COMPLEMENT_QUOTES = 3;

function fewQuotations(first: number, last: number, closeOf: Int32Array, a: number): boolean {
  let quotations = 0;
  for (let k = first; k <= last; k++) {
    const close = closeOf[k - a];
    if (!close) continue;
    if (++quotations > MAX_COMPLEMENT_QUOTES) return false;
    k = close;
  }
  return true;
}

/** Whether إن/أن or the cue's own preposition opens speech within a few words from token k, in the sentence (لـ"الوطن"، إلى ضرورة …). */
function speechAfter(tokens: Token[], k: number, b: number, cue: Cue): boolean {
  for (let words = 0; k < b && words <= SUBJECT_TO_SPEECH + 2; k++) {
    if (isComplementizer(tokens, k) || opensComplement(tokens, k, cue.complement)) return true;
    // …، معبرا عن تعازيه: another cue's speech.
    if (isSentenceEnd(tokens[k]) || (tokens[k].kind === 'arabic' && introducesSpeech(cueAt(tokens, k, b)))) return false;
    if (isComma(tokens[k - 1]) && CIRCUMSTANTIAL_PARTICIPLE.test(tokens[k].norm)) return false;
    if (tokens[k].kind !== 'punct') words++;
  }
  return false;
}

/** Particles that deny the verb after them (لم تعلن، لا ترى، لن يقول). */
const NEGATIONS = new Set(['لم', 'ولم', 'فلم', 'لا', 'ولا', 'فلا', 'لن', 'ولن', 'فلن'].map(normalize));

/** Words after a denied verb that make it say only what follows (لم يعلن سوى عن، لا يذكر إلا). */
const EXCEPTIVES = new Set(['سوى', 'الا', 'إلا'].map(normalize));

/** Whether the verb at token k is denied by the word before it, in its paragraph. */
export function isDenied(tokens: Token[], k: number): boolean {
  return k > 0 && tokens[k - 1].paragraph === tokens[k].paragraph && NEGATIONS.has(tokens[k - 1].norm);
}

/** Verbs whose quoted complement is the label they give or the thing they unveil, not speech going on past it (وصفه بـ«…»، اتهمه بـ«…»). */
const LABELLING_VERBS = new Set(['وصف', 'وصفت', 'يصف', 'تصف', 'اتهم', 'اتهمت', 'يتهم', 'تتهم', 'نعت', 'نعتت', 'ينعت', 'تنعت',
  // كشف عن «خطة كبرى»، كشفت عن "كاميرا تحاكي الواقع": what is unveiled, named in quotes.
  'كشف', 'كشفت', 'يكشف', 'تكشف'].map(normalize));

/** How many words after a short quotation the colon or complementizer of its cue may come. */
const SUBJECT_TO_SPEECH = 4;

/**
 * A short quotation right after a cue whose speech starts after it: the quoted words are who
 * speaks, as Saudi papers quote names. The speech follows within a few words after a colon or
 * إن/أن («قال "القاضي": …»، «قال "بايلي جيفورد" و"سيتانتا" إن …», other quoted names stepped
 * over), or is the next quotation when the name stands right after the verb («قال "بادي" "…"»;
 * but عن “حصيلة غير نهائية” من “خمسة قتلى” is two pieces of what was said).
 */
function isQuotedSubject(tokens: Token[], d: DirectQuote, cue: Cue, a: number, b: number, closeOf: Int32Array): boolean {
  let words = 0;
  for (let k = d.first; k < d.close; k++) if (tokens[k].kind !== 'punct' && ++words > SHORT_QUOTE_WORDS) return false;
  if (words === 0) return false;
  const rightAfterCue = !hasWordsOutside(tokens, cue.end, d.open - 1, []);
  for (let k = d.close + 1, after = 0; k < b && after <= SUBJECT_TO_SPEECH; k++) {
    const token = tokens[k];
    if (isColon(token) || isComplementizer(tokens, k)) return true;
    if (closeOf[k - a] > 0) {
      if (rightAfterCue && after === 0) return true;
      k = closeOf[k - a];
      continue;
    }
    // اتهمه بـ"الانحياز"، وقال: … — the colon is another cue's.
    if (isSentenceEnd(token) || MARKS[token.text] || introducesSpeech(cueAt(tokens, k, b))) return false;
    if (token.kind !== 'punct') after++;
  }
  return false;
}

/** A cue that starts speech of its own (في بيان، بالقول only qualify the speech already begun). */
function introducesSpeech(cue: Cue | null): boolean {
  return cue !== null && (cue.kind === 'verb' || cue.kind === 'participle' || cue.kind === 'impersonal');
}

/**
 * What a source (بحسب X، وفقا لـ X) vouches for. At the head of its sentence it covers what follows
 * the source (after فإن or the next comma); elsewhere, the clause before it.
 */
function sourceContent(tokens: Token[], a: number, b: number, cue: Cue, sentence: number, closeOf: Int32Array): [number, number] | null {
  if (isSentenceHead(tokens, sentence, cue.first)) {
    // The source's own apposition may hold commas: فإن, when it comes, opens the content.
    let afterComma = -1;
    for (let k = cue.end, words = 0; k < b && words < CUE_REACH; k++) {
      const token = tokens[k];
      if (closeOf[k - a]) {
        k = closeOf[k - a];
        continue;
      }
      if (isSentenceEnd(token)) break;
      if (token.kind !== 'punct') words++;
      if (FA_INNA.has(token.norm)) {
        const first = token.norm === 'فان' ? k + 1 : k;
        return first < b ? [first, clauseEnd(tokens, first, b, closeOf)] : null;
      }
      if (afterComma < 0 && isComma(token)) afterComma = k + 1;
    }
    return afterComma > 0 && afterComma < b ? [afterComma, clauseEnd(tokens, afterComma, b, closeOf)] : null;
  }
  // Backward: from the sentence start to just before the cue (and its comma).
  let last = cue.first - 1;
  while (last >= sentence && (isComma(tokens[last]) || tokens[last].kind === 'punct' && !MARKS[tokens[last].text])) last--;
  let first = Math.max(sentence, cue.first - MAX_CLAUSE);
  while (first <= last && tokens[first].kind === 'punct' && !MARKS[tokens[first].text]) first++;
  if (last - first < 2) return null;
  return [first, last];
}

function isSentenceHead(tokens: Token[], sentence: number, k: number): boolean {
  for (let j = sentence; j < k; j++) if (tokens[j].kind !== 'punct') return false;
  return true;
}

/** أن/إن alone (and بأن، فإن): the content starts after it; with a pronoun (إنه) it starts on it. */
function isBareComplementizer(token: Token): boolean {
  return token.norm === 'ان' || token.norm === 'بان' || token.norm === 'وان' || token.norm === 'فان';
}

function contentStart(token: Token): number {
  // بأنه، وأنه: the proclitic is not part of what was said.
  return /^[وبف]ان/.test(token.norm) ? token.start + 1 : token.start;
}

/**
 * The last token of the clause that starts at `first`: up to the end of the sentence, a comma
 * before a new clause or cue, or a new cue verb (وأضاف). Quotations are stepped over whole.
 */
function clauseEnd(tokens: Token[], first: number, b: number, closeOf: Int32Array): number {
  const a = b - closeOf.length;
  let last = first;
  for (let k = first; k < b && k < first + MAX_CLAUSE; k++) {
    const close = closeOf[k - a];
    if (close) {
      last = Math.min(close, b - 1);
      k = close;
      continue;
    }
    const token = tokens[k];
    if (isSentenceEnd(token)) break;
    if (isComma(token) && k + 1 < b && startsNewClause(tokens, k + 1, b)) break;
    if (DEMANDS.has(token.norm)) break;
    // … من اليمن لكنه أضاف أن …: a new speech verb after لكن or بينما starts new speech, comma or not.
    if (k > first && CLAUSE_BREAKS.has(token.norm) && k + 1 < b && cueAt(tokens, k + 1, b)?.kind === 'verb') break;
    if (k > first && token.kind === 'arabic' && !isComma(tokens[k - 1]) && cueAt(tokens, k, b)?.kind === 'verb' && tokens[k].norm.startsWith('و')) break;
    // … لمحاربة داعش مشيرا الى ان …: a participle with its complementizer starts new speech, comma or not.
    if (k > first && token.kind === 'arabic' && cueAt(tokens, k, b)?.kind === 'participle' && complementizerWithin(tokens, k + 1, b, PARTICIPLE_WINDOW)) break;
    if (token.kind !== 'punct' || MARKS[token.text]) last = k;
  }
  return last;
}

/** How many tokens after a participle without a comma before it its أن may stand, for it to start new speech (مشيرا الى ان). */
const PARTICIPLE_WINDOW = 3;

function startsNewClause(tokens: Token[], k: number, b: number): boolean {
  const token = tokens[k];
  if (CLAUSE_BREAKS.has(token.norm)) return true;
  if (token.norm === 'في' && k + 1 < b && tokens[k + 1].norm === 'حين') return true;
  // …، إلا أنه أشار إلى أن، بيد أنها أكدت: a new speech verb after a contrast with its pronoun.
  if (CONTRASTS.has(token.norm) && k + 2 < b && CONTRAST_PRONOUNS.has(tokens[k + 1].norm)) return cueAt(tokens, k + 2, b)?.kind === 'verb';
  // …، حيث أكد إبراهيم أنه، كما قال: a new speech verb after an adverb of its own.
  const next = SPEECH_ADVERBS.has(token.norm) && k + 1 < b ? k + 1 : k;
  const cue = cueAt(tokens, next, b);
  return cue !== null && cue.kind !== 'manner';
}

/** The quotations opening within tokens [first, last] (directs are in text order). */
function directsWithin(directs: DirectQuote[], first: number, last: number): DirectQuote[] {
  const within: DirectQuote[] = [];
  for (let i = countBefore(directs.length, (j) => directs[j].open < first); i < directs.length && directs[i].open <= last; i++) within.push(directs[i]);
  return within;
}

/** Does [first, last] hold words outside the given quotations (is it more than a direct quote)? */
function hasWordsOutside(tokens: Token[], first: number, last: number, inner: DirectQuote[]): boolean {
  let k = first;
  for (const d of inner) {
    for (; k < d.open; k++) if (tokens[k].kind !== 'punct') return true;
    k = d.close + 1;
  }
  for (; k <= last; k++) if (tokens[k].kind !== 'punct') return true;
  return false;
}

/**
 * A cue right after a closing mark: “…”، كما قال X / “…”، بحسب X. Not one that opens speech of its
 * own (“…”، وقال: «…»): a coordinated وقال, or a cue followed by its colon, أن or quotation.
 */
function cueAfter(tokens: Token[], k: number, b: number): Cue | null {
  while (k < b && tokens[k].kind === 'punct' && !MARKS[tokens[k].text] && !isSentenceEnd(tokens[k])) k++;
  if (k < b && (tokens[k].norm === 'كما' || tokens[k].norm === 'وكما')) k++;
  if (k >= b) return null;
  const cue = cueAt(tokens, k, b);
  if (!cue || cue.kind === 'participle') return null;
  if (cue.kind === 'verb' && tokens[k].norm.startsWith('و')) return null;
  for (let j = cue.end, words = 0; j < b && words < CUE_REACH; j++) {
    const token = tokens[j];
    if (isSentenceEnd(token) || cueAt(tokens, j, b)) break;
    if (isColon(token) || MARKS[token.text] || isComplementizer(tokens, j)) return null;
    if (token.kind !== 'punct') words++;
  }
  return cue;
}

/** A speech verb just before a nested quotation, inside the quotation that holds it. */
function cueBefore(tokens: Token[], open: number, a: number): Cue | null {
  for (let k = open - 1, words = 0; k >= a && words < 8; k--) {
    const token = tokens[k];
    if (MARKS[token.text] || isSentenceEnd(token)) return null;
    if (token.kind === 'punct') continue;
    words++;
    const cue = cueAt(tokens, k, open);
    if (cue && introducesSpeech(cue)) return cue;
  }
  return null;
}

/** Prepositions a quoted complement may follow, written apart or as بـ/لـ before the mark. */
const PREPOSITION_WORDS = new Set([...PREPOSITIONS, ...['بـ', 'لـ', 'ب', 'ل'].map(normalize)]);

/** Prepositions of calls and demands, whose quoted complement is what was called for (دعا …، يوم الاثنين، إلى "…"). */
const CALL_PREPOSITIONS = new Set(['إلى', 'الى', 'بـ', 'ب'].map(normalize));

/** Nouns of what someone said, which a quotation after them in the sentence gives (تصريحات الرئيس … «…»). */
const SPEECH_NOUNS = new Set(['تصريح', 'تصريحات', 'تصريحه', 'تصريحها', 'تصريحاته', 'تصريحاتها', 'قوله', 'قولها', 'كلمته', 'كلمتها',
  'دعوته', 'دعوتها', 'تحذيره', 'تحذيرها', 'تأكيده', 'تأكيدها', 'وصفه', 'وصفها', 'تعهده', 'تعهدها'].flatMap((w) => [w, 'و' + w, 'ب' + w, 'ل' + w]).map(normalize));
/** How many words before a quotation a speech noun may stand. */
const SPEECH_NOUN_REACH = 16;

function speechNounBefore(tokens: Token[], open: number, a: number): boolean {
  for (let k = open - 1, words = 0; k >= a && words < SPEECH_NOUN_REACH; k--) {
    if (isSentenceEnd(tokens[k])) return false;
    if (tokens[k].kind === 'punct') continue;
    words++;
    if (SPEECH_NOUNS.has(tokens[k].norm) || SPEECH_NOUNS.has(tokens[k].norm.replace(/^ال/, ''))) return true;
  }
  return false;
}

/** Whether token k is a word of the same paragraph as token a (a quotation's neighbour). */
function isWordAt(tokens: Token[], k: number, a: number): boolean {
  return k >= a && k < tokens.length && tokens[k].paragraph === tokens[a].paragraph && tokens[k].kind !== 'punct';
}

/**
 * A short quoted span is a name, a title or a scare quote — not a quotation — unless speech is
 * attributed around it: a cue of its own, or `spoken` (a quotation a few words before, the same
 * speaker going on, or a speech verb in its sentence).
 * Right after a naming noun (شركة «لوكويل») it is a name whatever surrounds it.
 */
function isQuotedName(tokens: Token[], d: DirectQuote, a: number, spoken: boolean, withSpeech: boolean): boolean {
  const words = quotedWords(tokens, d, NAME_WORDS);
  // برنامج بعنوان "…": a title, however long.
  if (d.open > a && TITLE_MARKERS.has(tokens[d.open - 1].norm)) return true;
  // تجمع «اشكول» بصاروخين، وطفله "احمد-4سنوات" في …: a phrase the sentence runs through on both
  // sides, with no cue nor speech around it, is a term or a name, however long (bounding it at
  // eight words kept two more non-speech quotations on the fixed part); but after a preposition in a
  // sentence that reports speech (قال إن … عن «…» أمس), or after إلى/بـ of a call (دعا الحزب إلى
  // «رفع …» فورا), it is what was said.
  const before = d.open > a ? tokens[d.open - 1].norm : '';
  const complement = (spoken && PREPOSITION_WORDS.has(before)) || CALL_PREPOSITIONS.has(before);
  if (d.cue === null && !withSpeech && !complement && !speechNounBefore(tokens, d.open, a) &&
      isWordAt(tokens, d.open - 1, a) && isWordAt(tokens, d.close + 1, a)) return true;
  // مشروع «ينبع الصناعية المدينة الذكية»، مع «شركة بيانات الأولى لخدمات الشبكات»: a noun that names
  // the kind of thing right before the mark, or a body's head word opening the quotation, makes it a
  // name however many words it has, up to a long name's.
  if (!withSpeech && words <= NAME_WORDS &&
      ((d.open > a && namesKindInConstruct(tokens[d.open - 1].norm)) || NAMING_NOUNS.has(tokens[d.first].norm))) return true;
  if (words > SHORT_QUOTE_WORDS) return false;
  // A single quoted word is a term (the scare quotes of «الجني»، «العبقري») unless a cue gives it
  // (أجاب «لا») or it is part of reported speech; a speech verb elsewhere in its sentence is not enough.
  if (words === 1 && d.cue === null && !withSpeech) return true;
  return isNamedByNoun(tokens, d, a) || (d.cue === null && !spoken);
}

/** Most words of a quoted name after the noun that names its kind (مشروع «…»). */
const NAME_WORDS = 7;

/** An indefinite noun of a kind of name in construct with the quotation (مشروع «…»، وجائزة «…»; not من المنطقة «…», which is speech as often). */
function namesKindInConstruct(norm: string): boolean {
  const bare = withoutConnective(norm);
  return !bare.startsWith('ال') && NAMING_NOUNS.has(bare);
}

/** The words inside a quotation, counted up to one past `most`. */
function quotedWords(tokens: Token[], d: DirectQuote, most: number): number {
  let words = 0;
  for (let k = d.first; k < d.close && words <= most; k++) if (tokens[k].kind !== 'punct') words++;
  return words;
}

/** Most words before a headline's colon: who speaks (كيري، وزير الدفاع العراقي، قطان لرؤساء تحرير الصحف المصرية). */
const HEADLINE_SPEAKER_WORDS = 7;
/** Most words of a headline. */
const HEADLINE_WORDS = 30;
/** Fewest words a headline's speech has (a byline's name has two). */
const HEADLINE_SPEECH_WORDS = 3;
/** Words that open a byline, a credit or a link line, not a speaker. */
const BYLINE_WORDS = new Set(['كتب', 'كتبت', 'بقلم', 'إعداد', 'اعداد', 'متابعة', 'تصوير', 'حوار', 'ترجمة', 'تقرير', 'تحرير', 'رابط', 'المصدر']
  .map(normalize));

/**
 * The speech of a headline or subhead «X: …» (a paragraph of a short line): [first, last]
 * tokens after the colon, when before it stand a few words and no cue (ماليزيا تعلن: is read
 * as the cue's) nor sentence end. Whether X can speak (a dateline, العراق:, cannot) is for the
 * speakers to say, who know the names.
 */
function headlineSpeech(tokens: Token[], a: number, b: number, closeOf: Int32Array, cues: Cue[]): [number, number] | null {
  let words = 0;
  for (let k = a; k < b; k++) if (tokens[k].kind !== 'punct' && ++words > HEADLINE_WORDS) return null;
  let before = 0;
  let arabicBefore = false;
  for (let k = a; k < b; k++) {
    const token = tokens[k];
    if (closeOf[k - a]) {
      // "القاضي": … — a quoted name may be who speaks.
      before++;
      arabicBefore = true;
      k = closeOf[k - a];
      continue;
    }
    if (isSentenceEnd(token)) return null;
    if (isColon(token)) {
      // 15:37 is a time, not a speaker.
      if (!arabicBefore || cues.some((cue) => cue.first < k)) return null;
      let last = b - 1;
      while (last > k && tokens[last].kind === 'punct' && !MARKS[tokens[last].text]) last--;
      let said = 0;
      for (let j = k + 1; j <= last; j++) if (tokens[j].kind !== 'punct') said++;
      return said >= HEADLINE_SPEECH_WORDS ? [k + 1, last] : null;
    }
    // كتب: محمود صبري — a byline; رابط الخبر: … — a link line.
    if (before === 0 && BYLINE_WORDS.has(token.norm)) return null;
    arabicBefore ||= token.kind === 'arabic';
    if (token.kind !== 'punct' && ++before > HEADLINE_SPEAKER_WORDS) return null;
  }
  return null;
}

/** Most words between two quotations for the second to go on with the first one's speech («…» و«…»). */
const FOLLOW_GAP = 6;
/** Tokens between them, punctuation included, past which the gap is long whatever it holds. */
const FOLLOW_GAP_TOKENS = 24;

/** Whether tokens [from, to) hold at most FOLLOW_GAP words and no sentence end (read at most FOLLOW_GAP_TOKENS tokens). */
function isShortGap(tokens: Token[], from: number, to: number): boolean {
  if (to - from > FOLLOW_GAP_TOKENS) return false;
  let words = 0;
  for (let k = from; k < to; k++) {
    if (isSentenceEnd(tokens[k])) return false;
    if (tokens[k].kind !== 'punct' && ++words > FOLLOW_GAP) return false;
  }
  return true;
}

/** Prepositions (and a lone tatweel, لـ «…») before a short quotation that names an addressee. */
const ADDRESSEE_PREPOSITIONS = new Set(['ل', 'لـ', 'ـ', 'الى', 'عبر', 'مع'].map(normalize));

function isAddressee(tokens: Token[], d: DirectQuote, a: number): boolean {
  if (d.open <= a) return false;
  const before = tokens[d.open - 1];
  const words = hasWordsOutside(tokens, d.first, Math.min(d.close - 1, d.first + SHORT_QUOTE_WORDS + 1), []);
  return words && d.close - d.first <= SHORT_QUOTE_WORDS && (ADDRESSEE_PREPOSITIONS.has(before.norm) || before.text === 'ـ');
}

const FROM = normalize('عن');

function isRelayer(tokens: Token[], d: DirectQuote, b: number): boolean {
  return d.close + 1 < b && tokens[d.close + 1].norm === FROM && d.close - d.first <= SHORT_QUOTE_WORDS && hasWordsOutside(tokens, d.first, d.close - 1, []);
}

function isNamedByNoun(tokens: Token[], d: DirectQuote, a: number): boolean {
  if (d.open <= a) return false;
  if (NAMING_NOUNS.has(stripConnective(tokens[d.open - 1].norm))) return true;
  // ما يسمى في نجران "عرائش العنب"، سميت بـ«عملية النهروان»: the naming verb may stand a few words before.
  for (let k = d.open - 1, words = 0; k >= a && words < NAMING_REACH; k--) {
    const token = tokens[k];
    if (isSentenceEnd(token) || MARKS[token.text]) return false;
    if (token.kind === 'punct') continue;
    // متحدث باسم مفوضية اللاجئين "…": باسم names what follows it right away, else it means "for".
    const marker = words === 0 || token.norm !== ON_BEHALF_OF;
    if (marker && (TITLE_MARKERS.has(token.norm) || TITLE_MARKERS.has(token.norm.replace(/^[وف](?=..)/, '')))) return true;
    words++;
  }
  return false;
}

const ON_BEHALF_OF = normalize('باسم');

/** How many words before a quotation a naming verb may stand (ما يسمى في نجران "…"). */
const NAMING_REACH = 3;

function stripConnective(norm: string): string {
  const bare = withoutConnective(norm);
  return bare.startsWith('ال') ? bare.slice(2) : bare;
}

/** A word without the one connective or preposition letter written on it (وجائزة → جائزة، بالمشروع → المشروع). */
function withoutConnective(norm: string): string {
  return /^[وفبل]/.test(norm) && norm.length > 3 ? norm.slice(1) : norm;
}
