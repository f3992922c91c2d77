/**
 * Paragraph-level mention tagging: the sequence model proposes typed token spans; proclitics
 * are cut off the first word of each span.
 */
import { cliticReadings, Token } from '../tokenize';
import { EntityType } from '../types';
import { cueAt, isColon, isComma, isComplementizer, isUnnamedSource } from '../cues';
import { titleHeadAt } from '../roles';
import {
  ALL_PLACE_NAMES, COMPOUND_NAME_ENDINGS, GIVEN_NAMES, LEADING_PARTICLES, LINKING_PARTICLES, MEDIAL_PARTICLES, ORGANIZATION_NAMES,
  PERSON_TITLES, REGNAL_ORDINALS, isDefinite, isLexiconNameWord,
} from '../lexicon';
import { MAX_NAME_WORDS } from './mention-set';
import { taggerModel, TaggerModel } from './model';
import { maxMarginals, spanMargin, TAG_COUNT, TAGS, tagSpans, viterbi } from './sequence';

/** One mention found in one paragraph, before document-level grouping. */
export interface MentionCandidate {
  /** Offsets into the text (proclitics already excluded). */
  start: number;
  end: number;
  type: EntityType;
  /** Index of the first and one past the last token the mention covers. */
  firstToken: number;
  endToken: number;
  /**
   * Only when asked for (tagMentions' `withMargins`): the tagger's margin for the span it tagged
   * (sequence.ts spanMargin), the smallest one's for a name made of several; absent on a name
   * the tagger left untagged.
   */
  margin?: number;
}

const TYPE_OF_TAG: Record<string, EntityType | undefined> = { PERS: 'person', LOC: 'place', ORG: 'organization' };

/** Scratch buffers reused across paragraphs (tagging is synchronous, one paragraph at a time). */
let emissionBuffer = new Float32Array(0);
let tagBuffer = new Uint8Array(0);
let marginalBuffer = new Float64Array(0);

/** With `withMargins`, each mention the tagger tagged carries its margin (a backward pass more). */
export function tagMentions(tokens: Token[], from: number, to: number, withMargins = false): MentionCandidate[] {
  const model = taggerModel();
  const n = to - from;
  if (n <= 0) return [];
  if (tagBuffer.length < n) {
    tagBuffer = new Uint8Array(2 * n);
    emissionBuffer = new Float32Array(2 * n * TAG_COUNT);
  }
  const emissions = emissionBuffer;
  model.emissions(tokens, from, to, emissions);
  const tags = tagBuffer;
  viterbi(emissions, model.transitions, n, tags);
  const candidates: MentionCandidate[] = [];
  const spans = tagSpans(tags, n);
  // A paragraph with no name the tagger tagged needs no margins.
  if (withMargins && spans.some(([, , tag]) => TYPE_OF_TAG[tag])) {
    if (marginalBuffer.length < n * TAG_COUNT) marginalBuffer = new Float64Array(2 * n * TAG_COUNT);
    maxMarginals(emissions, model.transitions, n, marginalBuffer);
  }
  const marginOf = (k: number): number => spanMargin(marginalBuffer, n, spans[k][0], spans[k][1], spans[k][2]);
  for (let k = 0; k < spans.length; k++) {
    const [first, , tag] = spans[k];
    let end = spans[k][1];
    const type = TYPE_OF_TAG[tag];
    if (!type) continue;
    let margin = withMargins ? marginOf(k) : undefined;
    // A person name the tagger cut in two (ليف | إيريك إيسلي) is one, unless the second part
    // is conjoined (بوتين | وكيم); so is one it broke at a short syllable it took for و + a word
    // (بارك | وون | جون): a rare word of three letters or fewer is a transliterated name part.
    while (type === 'person' && k + 1 < spans.length && spans[k + 1][2] === tag &&
           ((spans[k + 1][0] === end && !tokens[from + end].norm.startsWith('و')) ||
            (spans[k + 1][0] === end + 1 && isNameSyllable(tokens[from + end], model)))) {
      end = spans[++k][1];
      if (margin !== undefined) margin = Math.min(margin, marginOf(k));
    }
    // A lone given name goes on with a rare word after it: a family name the tagger never saw (لويس + ساها).
    if (type === 'person' && end - first === 1 && from + end < to && GIVEN_NAMES.has(tokens[from + first].norm) &&
        (k + 1 >= spans.length || spans[k + 1][0] > end) && isUnseenNameWord(tokens[from + end], model)) {
      end++;
    }
    const [nameFirst, nameEnd] = type === 'person' ? completePersonName(tokens, from, to, from + first, from + end, tags, model) : [from + first, from + end];
    for (const [firstToken, endToken] of nameParts(tokens, nameFirst, nameEnd, type, model)) {
      // No name is this long: the tagger ran on over a run of name words (محمد بن سلمان محمد بن …).
      if (endToken - firstToken > MAX_NAME_WORDS) continue;
      const candidate: MentionCandidate = { start: nameStart(tokens[firstToken], model), end: tokens[endToken - 1].end, type, firstToken, endToken };
      if (margin !== undefined) candidate.margin = margin;
      candidates.push(candidate);
    }
  }
  for (const candidate of speakerSubjects(tokens, from, to, tags, model)) candidates.push(candidate);
  candidates.sort((a, b) => a.firstToken - b.firstToken);
  return candidates;
}

/**
 * A person's name the tagger stopped short of, made whole with the untagged words around it
 * that the name's own structure calls for: the word after a linking particle (علي بن أبي +
 * طالب), a regnal ordinal (الحسن + الثاني), the second half of a compound name (جمال + الدين),
 * a leading particle before it (أبا + هريرة), and the name before a medial one (سهل + بن حنيف).
 */
function completePersonName(tokens: Token[], from: number, to: number, first: number, end: number, tags: Uint8Array, model: TaggerModel): [number, number] {
  const free = (i: number): boolean => i >= from && i < to && tags[i - from] === 0 && tokens[i].kind === 'arabic';
  // Bounded, so that a run of linking particles and names cannot make a name of a paragraph.
  while (end - first < MAX_NAME_WORDS) {
    if (free(end) && continuesName(tokens, end)) end++;
    // حمد بن خليفة + آل ثاني: a medial particle and the name after it.
    else if (free(end) && free(end + 1) && (MEDIAL_PARTICLES.has(tokens[end].norm) || tokens[end].norm === 'ال')) end += 2;
    // كيم جونغ + - إيل: a hyphenated syllable of an East Asian name.
    else if (end + 1 < to && tokens[end].text === '-' && tags[end - from] === 0 && free(end + 1) && isNameSyllable(tokens[end + 1], model)) end += 2;
    else break;
  }
  if (free(first - 1) && LEADING_PARTICLES.has(tokens[first - 1].norm)) first--;
  else if (free(first - 1) && MEDIAL_PARTICLES.has(tokens[first].norm) && !PERSON_TITLES.has(tokens[first - 1].norm) &&
           !model.commonWords.has(tokens[first - 1].norm)) first--;
  return [first, end];
}

/**
 * Whether token k is a word a person's name before it calls for: after a linking particle (علي
 * بن أبي + طالب), a regnal ordinal (الحسن + الثاني), the second half of a compound name (جمال + الدين).
 */
function continuesName(tokens: Token[], k: number): boolean {
  return LINKING_PARTICLES.has(tokens[k - 1].norm) || REGNAL_ORDINALS.has(tokens[k].norm) || COMPOUND_NAME_ENDINGS.has(tokens[k].norm);
}

/**
 * Endings of nouns that report things as often as people do (مفوضية، اتفاقيتين، موقعون); the
 * article, unless on a nisba family name (البدري).
 */
function looksLikeNoun(norm: string): boolean {
  return /(ه|ة|ين|ون)$/.test(norm) || (isDefinite(norm) && !norm.endsWith('ي'));
}

/**
 * Names the tagger left out right after a reporting verb (وقال كوبل، وأضاف راوول): its subject,
 * when that is one or two words the model has not seen and no unnamed source (مسؤولون).
 */
function speakerSubjects(tokens: Token[], from: number, to: number, tags: Uint8Array, model: TaggerModel): MentionCandidate[] {
  const found: MentionCandidate[] = [];
  // A speech verb's subject the tagger called MISC (وقالت كولوتا "…": ANERcorp's MISC are events,
  // languages, products, which say nothing) is as untagged.
  const named = (k: number): boolean => tags[k - from] !== 0 && !TAGS[tags[k - from]].endsWith('MISC');
  for (let i = from + 1; i < to; i++) {
    if (named(i)) continue;
    // The cue first: few words follow a reporting verb, and the cue lexicon is small enough to
    // look up faster than the model's frequent words.
    const cue = cueAt(tokens, i - 1, to);
    if (!cue || cue.kind !== 'verb' || cue.end !== i) continue;
    // وأوضح مخرج العمل فطيس بقنه أن: a title and its complement are no name; the name follows them,
    // and then what was said (a complementizer, a comma or a colon).
    const name = titleComplementEnd(tokens, i, to, tags, from);
    if (name > i) {
      const end = unseenNameEnd(tokens, name, to, tags, from, model);
      if (end > name && end < to && (isComplementizer(tokens, end) || isComma(tokens[end]) || isColon(tokens[end]))) {
        found.push({ start: tokens[name].start, end: tokens[end - 1].end, type: 'person', firstToken: name, endToken: end });
      }
      continue;
    }
    if (!isUnseenNameWord(tokens[i], model) || isUnnamedSource(tokens[i]) || looksLikeNoun(tokens[i].norm)) continue;
    let end = i + 1;
    if (end < to && !named(end) && isUnseenNameWord(tokens[end], model)) end++;
    // ذبيح + الله مجاهد: the second half of a compound name the tagger took for a name's start
    // joins the name the tagger found after it.
    else if (end < to && tags[end - from] !== 0 && COMPOUND_NAME_ENDINGS.has(tokens[end].norm)) {
      end++;
      while (end < to && TAGS[tags[end - from]].startsWith('I-')) end++;
    }
    found.push({ start: tokens[i].start, end: tokens[end - 1].end, type: 'person', firstToken: i, endToken: end });
  }
  return found;
}

/** One past a title head at token i and its definite complement (مخرج العمل، رئيس اللجنة), untagged; else i. */
function titleComplementEnd(tokens: Token[], i: number, to: number, tags: Uint8Array, from: number): number {
  if (!titleHeadAt(tokens[i])) return i;
  let j = i + 1;
  while (j < to && j < i + 3 && tags[j - from] === 0 && tokens[j].kind === 'arabic' && isDefinite(tokens[j].norm)) j++;
  return j > i + 1 ? j : i;
}

/**
 * One past one or two untagged words at token k that may be a name nobody saw (فطيس بقنه), or k.
 * After a title a first letter و/ف/ب/ل is the name's own unless the rest is a word training knows,
 * and a last ه no noun's (بقنه): the complementizer after them is the evidence.
 */
function unseenNameEnd(tokens: Token[], k: number, to: number, tags: Uint8Array, from: number, model: TaggerModel): number {
  const nameWord = (t: Token): boolean => isUnseenNameWord(t, model) ||
    (t.kind === 'arabic' && t.norm.length >= 4 && !model.isFrequent(t.norm) && !model.isFrequent(t.norm.slice(1)));
  let end = k;
  while (end < to && end < k + 2 && tags[end - from] === 0 && nameWord(tokens[end]) && !isUnnamedSource(tokens[end])) end++;
  return end;
}

/** A word that may be a family name nobody saw: Arabic, rare, with no conjunction or preposition before it. */
function isUnseenNameWord(t: Token, model: TaggerModel): boolean {
  return t.kind === 'arabic' && t.norm.length >= 3 && !model.isFrequent(t.norm) && !/^[وفبل]/.test(t.norm);
}

/** A short word the model has not seen often, with no article: a syllable of a transliterated name (وون، دو). */
function isNameSyllable(t: Token, model: TaggerModel): boolean {
  return t.kind === 'arabic' && t.norm.length <= 3 && !model.isFrequent(t.norm) && !t.norm.startsWith('ال');
}

/**
 * The names inside one tagged span: punctuation and common words the tagger ran over at the
 * edges are left out (a person's name keeps no common word at either end), and a span is cut
 * before a conjoined known name (بوتين وكيم → بوتين | كيم).
 */
function nameParts(tokens: Token[], first: number, end: number, type: EntityType, model: TaggerModel): [number, number][] {
  // A lone tatweel (ـ) is a word with no letters: punctuation for this purpose.
  // Common: a word training knows as no name, unless a lexicon lists it as one.
  const isCommon = (t: Token): boolean => t.kind === 'punct' || t.norm === '' ||
    (model.isSeenOutsideNames(t.norm) && !isLexiconNameWord(t.norm));
  // A common word ends a person's name only where the name calls for it (علي بن أبي + طالب، الحسن + الثاني).
  const calledFor = (k: number): boolean => type === 'person' && k > first && tokens[k].kind === 'arabic' && continuesName(tokens, k);
  const trailingCommon = (k: number): boolean => isCommon(tokens[k]) && (type === 'person' || !isDefinite(tokens[k].norm)) && !calledFor(k);
  // Nor does a person's name start with a noun that has a pronoun on it (وزير + دفاعه + سيرغي شويغو).
  const possessed = (t: Token): boolean => t.kind === 'arabic' && t.norm.length >= 4 && /[^ة]ه$/.test(t.text) && !isKnownNameWord(t.norm, model);
  while (first < end && (isCommon(tokens[first]) || (type === 'person' && end - first > 1 && possessed(tokens[first])))) first++;
  while (end > first && trailingCommon(end - 1)) end--;
  if (first === end) return [];
  if (type !== 'person') end = knownNameEnd(tokens, first, end);
  // Only a person's name is cut before any known name; other names only before a lexicon one
  // (الاتحاد الروسي | وكوريا الشمالية), as theirs may go on with و (للتربية والعلوم).
  const startsName = (word: string): boolean => (type === 'person' ? isKnownNameWord(word, model) : isLexiconNameWord(word));
  const parts: [number, number][] = [];
  let from = first;
  for (let i = first + 1; i < end; i++) {
    const t = tokens[i];
    if (t.norm.startsWith('و') && t.norm.length > 3 && startsName(t.norm.slice(1)) && !isLexiconNameWord(t.norm)) {
      parts.push([from, i]);
      from = i;
    }
  }
  parts.push([from, end]);
  return parts;
}

const isLexiconName = (name: string): boolean => ORGANIZATION_NAMES.has(name) || ALL_PLACE_NAMES.has(name);

/**
 * The end of a span in which a known name of two words or more runs on into a word that is no
 * definite adjective or ل-genitive (وكالة فرانس برس + مو): the known name, complete, ends there.
 * Only the names of at most MAX_NAME_WORDS words before each word are tried, each joined once:
 * bounded work per word however long the span.
 */
function knownNameEnd(tokens: Token[], first: number, end: number): number {
  for (let k = first + 2; k < end; k++) {
    const next = tokens[k].norm;
    if (isDefinite(next) || (next.startsWith('ل') && next.length >= 4)) continue;
    // The words after the name's first word, grown backwards from tokens[k - 1].
    let rest = tokens[k - 1].norm;
    for (let from = k - 2; from >= first && from >= k - MAX_NAME_WORDS; from--) {
      if (cliticReadings(tokens[from]).some((r) => isLexiconName(r.stem + ' ' + rest))) return k;
      rest = tokens[from].norm + ' ' + rest;
    }
  }
  return end;
}

/** A word the lexicons know, or one seen inside a name in training. */
export function isKnownNameWord(word: string, model: TaggerModel): boolean {
  return isLexiconNameWord(word) || model.nameWords.has(word);
}

/**
 * Where the name in a mention's first word starts. A word the lexicons know stays whole
 * (واشنطن، بيونغ، وكالة); otherwise a proclitic is cut before the article (والكرملين، للأمم)
 * or before a known name (وبوتين → بوتين). The document-level rules cut more on evidence
 * from the rest of the text (passes/tagger-mentions.ts).
 */
export function nameStart(token: Token, model: TaggerModel = taggerModel()): number {
  const splits = cliticReadings(token).filter((s) => !s.prefix.endsWith('ال'));
  if (splits.length === 1 || isLexiconNameWord(token.norm)) return token.start;
  // ك (like) rarely stands before a name, while names start with it (كلاوس is not ك + لاوس).
  for (const s of splits.slice(1)) if (isDefinite(s.stem) || (s.prefix !== 'ك' && isLexiconNameWord(s.stem))) return token.start + s.offset;
  // Training words keep their proclitics (ANERcorp writes وعباس), so a known stem wins over a known whole.
  for (const s of splits.slice(1)) if (s.stem.length >= 3 && model.nameWords.has(s.stem)) return token.start + s.offset;
  return token.start;
}

/**
 * The tagger over a whole tokenized text, paragraph by paragraph as analyzeSteps runs it: for
 * evaluating the tagger and the grouping apart from the rest of the pipeline.
 */
export function tagParagraphs(tokens: Token[]): MentionCandidate[] {
  const candidates: MentionCandidate[] = [];
  let first = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i === tokens.length || tokens[i].paragraph !== tokens[first].paragraph) {
      for (const candidate of tagMentions(tokens, first, i)) candidates.push(candidate);
      first = i;
    }
  }
  return candidates;
}
