/**
 * How Arabic news names God and the Prophet when it quotes scripture or a hadith: a divine name
 * with its praise (قال الله تعالى، يقول الله عز وجل، بقوله سبحانه), the praise alone (وقال تعالى),
 * or the Prophet with his blessing (قال رسول الله صلى الله عليه وسلم، قال عليه الصلاة والسلام).
 * Neither is an entity of the article, and the sheikh or writer who cites the verse is not its
 * speaker. Written by hand for this project from ordinary usage (MIT, as the code).
 */
import { normalize } from '../text';
import { Token } from '../tokenize';
import { wordSet } from './index';

/** A cue that says (قال، يقول، قوله، بقوله), after which God or the Prophet may be the speaker. */
export const SAYING = /^[وف]?[بل]?(?:قال|قول|يقول|تقول)/;

/** Most words between a cue and the speech that the reference to God or the Prophet may take. */
export const SACRED_REFERENCE_WORDS = 12;

/** Names of God that are His wherever they stand (الله), and those that are His only before a praise (المولى عز وجل، الحق تبارك وتعالى). */
const DIVINE_NAMES = wordSet(['الله', 'اللّه']);
const DIVINE_NAMES_BEFORE_PRAISE = wordSet(['المولى', 'الحق', 'الرب', 'ربنا', 'الباري', 'الخالق']);

/** Words that praise God after His name or alone (تعالى، سبحانه وتعالى، عز وجل، جل وعلا، تبارك وتعالى، جل جلاله، جل شأنه). */
const DIVINE_PRAISE = wordSet(['تعالى', 'وتعالى', 'سبحانه', 'عز', 'وجل', 'جل', 'وعلا', 'تبارك', 'جلاله', 'شأنه', 'وعز']);
/** Praises that may open a reference on their own (وقال تعالى، قال عز وجل). */
const PRAISE_OPENINGS = wordSet(['تعالى', 'سبحانه', 'عز', 'جل', 'تبارك']);

/** Words that name the Prophet before his blessing (رسول الله، النبي، المصطفى، نبينا محمد، رسولنا الكريم سيدنا محمد). */
const PROPHET_WORDS = wordSet([
  'النبي', 'الرسول', 'رسول', 'يارسول', 'الله', 'المصطفى', 'نبينا', 'رسولنا', 'نبيكم', 'سيدنا', 'الكريم', 'الحبيب', 'محمد', 'الأكرم', 'الأعظم',
  'المختار', 'الهادي', 'البشير', 'نبي', 'الرحمة',
]);

/** The blessing that follows the Prophet's name: صلى الله عليه (وآله) وسلم، عليه الصلاة والسلام، عليه السلام. */
const BLESSINGS: readonly (readonly string[])[] = [
  ['صلى', 'الله', 'عليه', 'وسلم'], ['صلى', 'الله', 'عليه', 'وآله', 'وسلم'], ['صلى', 'الله', 'عليه', 'وعلى', 'آله', 'وسلم'],
  ['عليه', 'الصلاة', 'والسلام'], ['عليه', 'أفضل', 'الصلاة', 'والسلام'], ['عليه', 'السلام'], ['ﷺ'],
].map((words) => words.map(normalize));

/** Most words of a blessing (صلى الله عليه وعلى آله وسلم). */
const BLESSING_WORDS = 6;

/** Most words of the Prophet's name before his blessing (فيقول رسولنا الكريم سيدنا محمد عليه الصلاة والسلام). */
const MAX_PROPHET_WORDS = 5;

/** Tokens the formulas are written with between their words: dashes, tatweel, brackets (النبي - صلى الله عليه وسلم ـ). */
function isFormulaPunctuation(token: Token): boolean {
  return token.norm === '' || /^[-–—ـ()]+$/.test(token.text);
}

/** One past the blessing that starts at token k (punctuation inside it skipped), or -1. */
function blessingEnd(tokens: readonly Token[], k: number, limit: number): number {
  for (const words of BLESSINGS) {
    let j = k;
    let n = 0;
    while (j < limit && n < words.length) {
      if (isFormulaPunctuation(tokens[j]) && n > 0) { j++; continue; }
      if (tokens[j].norm !== words[n]) break;
      j++;
      n++;
    }
    if (n === words.length) return j;
  }
  return -1;
}

/** One past the run of praise words from token k (عز وجل، سبحانه وتعالى), or k. */
function praiseEnd(tokens: readonly Token[], k: number, limit: number): number {
  let j = k;
  while (j < limit && (DIVINE_PRAISE.has(tokens[j].norm) || (j > k && isFormulaPunctuation(tokens[j])))) j++;
  while (j > k && isFormulaPunctuation(tokens[j - 1])) j--;
  return j;
}

/**
 * One past a reference to God or the Prophet that starts at token k (punctuation before it
 * skipped) and ends before `limit`, or -1: الله (تعالى)، تعالى، المولى عز وجل، رسول الله صلى الله
 * عليه وسلم، صلى الله عليه وسلم، عليه السلام. `from` is set to the reference's first word.
 */
export function sacredReferenceAt(tokens: readonly Token[], k: number, before: number): { from: number; end: number } | null {
  const limit = Math.min(before, tokens.length);
  let from = k;
  while (from < limit && isFormulaPunctuation(tokens[from])) from++;
  if (from >= limit) return null;
  const word = tokens[from].norm;
  const blessed = blessingEnd(tokens, from, limit);
  if (blessed > 0) return { from, end: blessed };
  if (PRAISE_OPENINGS.has(word)) return { from, end: praiseEnd(tokens, from, limit) };
  const praised = praiseEnd(tokens, from + 1, limit);
  if (DIVINE_NAMES.has(word) || (DIVINE_NAMES_BEFORE_PRAISE.has(word) && praised > from + 1)) return { from, end: praised };
  if (!PROPHET_WORDS.has(word)) return null;
  for (let j = from + 1; j < limit && j <= from + MAX_PROPHET_WORDS; j++) {
    const end = blessingEnd(tokens, j, limit);
    if (end > 0) return { from, end };
    if (!PROPHET_WORDS.has(tokens[j].norm) && !isFormulaPunctuation(tokens[j])) return null;
  }
  return null;
}

/**
 * The Prophet named with his blessing right before token k (سمعت رسول الله صلى الله عليه وسلم +
 * يقول), or null. Only the Prophet: a praise of God before a verb ends a dead man's name (كان ابن
 * باز رحمه الله تعالى يقول).
 */
export function sacredReferenceBefore(tokens: readonly Token[], k: number): { from: number; end: number } | null {
  let end = k;
  while (end > 0 && isFormulaPunctuation(tokens[end - 1])) end--;
  for (let from = Math.max(0, end - MAX_PROPHET_WORDS - BLESSING_WORDS); from < end; from++) {
    if (!PROPHET_WORDS.has(tokens[from].norm) || DIVINE_NAMES.has(tokens[from].norm)) continue;
    const reference = sacredReferenceAt(tokens, from, end);
    if (reference?.end === end) return reference;
  }
  return null;
}

/**
 * Whether a name that starts at token k is no person's or body's: God's name or His praise (الله
 * عز، لله الحمد، تعالى، عز + وجل; عز + الدين is a name), or the Prophet called upon (يارسول الله).
 */
export function opensSacredPhrase(tokens: readonly Token[], k: number): boolean {
  const word = tokens[k].norm;
  if (word === 'عز') return k + 1 < tokens.length && tokens[k + 1].norm === 'وجل';
  return DIVINE_NAMES.has(word) || word === 'لله' || PRAISE_OPENINGS.has(word) || (word === 'يارسول' && tokens[k + 1]?.norm === 'الله');
}

/** Prayers for the one just named, which end his name (ابن باز رحمه الله، الملك سلمان حفظه الله، أنس رضي الله عنه). */
const PRAYERS_BEFORE_ALLAH = wordSet([
  'رحمه', 'رحمها', 'رحمهما', 'رحمهم', 'يرحمه', 'يرحمها', 'حفظه', 'حفظها', 'يحفظه', 'يحفظها', 'حفظهما', 'رضي', 'أيده', 'أطال', 'طيب', 'غفر',
  'يغفر', 'تغمده', 'يتغمده', 'تقبله', 'وفقه', 'يوفقه', 'سدده', 'رعاه', 'يرعاه', 'نصره', 'أعزه', 'شفاه',
]);

/** After a prayer's الله, the words that end it (رضي الله عنه، رحمه الله تعالى). */
const PRAYER_ENDINGS = wordSet(['عنه', 'عنها', 'عنهما', 'عنهم', 'تعالى', 'ورعاه', 'وأيده']);

/** One past a prayer for the one spoken of at token k (رحمه الله، حفظه الله ورعاه، رضي الله عنه), or -1. */
export function prayerEnd(tokens: readonly Token[], k: number): number {
  if (!PRAYERS_BEFORE_ALLAH.has(tokens[k].norm) || !DIVINE_NAMES.has(tokens[k + 1]?.norm ?? '')) return -1;
  let end = k + 2;
  while (end < tokens.length && PRAYER_ENDINGS.has(tokens[end].norm)) end++;
  return end;
}

/**
 * Where a name from token `first` to `end` runs into a formula about God, the first token of the
 * formula (سعد + الله عز وجل، ابن باز + رحمه الله تعالى), or -1.
 */
export function sacredFormulaInside(tokens: readonly Token[], first: number, end: number): number {
  for (let j = first + 1; j < end; j++) {
    if (prayerEnd(tokens, j) > 0) return j;
    if (DIVINE_NAMES.has(tokens[j].norm) && j + 1 < tokens.length && opensSacredPhrase(tokens, j + 1)) return j;
  }
  return -1;
}

/** Verbs that name a hadith's collector (أخرجه الإمام أحمد، رواه البخاري). */
const NARRATION = wordSet(['أخرجه', 'وأخرجه', 'أخرج', 'رواه', 'ورواه', 'روى', 'وروى']);

/** Whether a name from token k is a hadith's collector: a narration verb before it, or before its title (أخرجه الإمام أحمد). */
export function isCollectorAt(tokens: readonly Token[], k: number, isTitleAt: (i: number) => boolean): boolean {
  const before = k > 0 && isTitleAt(k - 1) ? k - 2 : k - 1;
  return before >= 0 && NARRATION.has(tokens[before].norm);
}

/** Words a compound name puts before الله (عبد الله، ذبيح الله مجاهد، ولي الله سيف، حزب الله): the name goes on with them. */
export const BEFORE_ALLAH_IN_NAMES = wordSet([
  'عبد', 'عبيد', 'ذبيح', 'ولي', 'روح', 'نصر', 'فضل', 'عطا', 'جار', 'الجار', 'حمد', 'الحمد', 'سيف', 'خير', 'هبة', 'ضيف', 'حبيب', 'فتح',
  'جند', 'حزب', 'أنصار', 'عوض', 'حسب', 'رزق', 'جاب', 'كرم', 'فرج', 'حرز', 'عين', 'أمة', 'حكمة', 'نعمة', 'عطاء', 'جاد', 'خلف', 'سعد',
  'جبر', 'مال', 'شكر', 'صنع', 'بركة', 'منة', 'يد',
]);
