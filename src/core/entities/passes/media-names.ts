/**
 * The names of papers, agencies and broadcasters that are also ordinary words or places (سبق
 * "preceded", اليوم "today", الرياض, «الشرق الأوسط»): organizations only where the text marks them
 * as a name — in quotation marks or braces (لـ«الشرق الأوسط»، "سبق"), in parentheses after لـ
 * (لـ(المدينة)), or as the byline opening a
 * paragraph before a dash (سبق – الرياض:، عين اليوم – متابعات) or after the reporter's name and a
 * dash (حاتم العميري- سبق- مكة المكرمة:، داليا أبوالعيش – عين اليوم).
 */
import { followsBylineDash, isColon, isDash } from '../../cues';
import { isQuoteMark } from '../../quotes';
import { ALL_PLACE_NAMES, MEDIA_NAMES } from '../../lexicon';
import { MentionSet, TOKENS_PER_STEP } from '../mention-set';

/** Most words of a media name (المصري اليوم، الصحافة الفرنسية). */
const MAX_MEDIA_WORDS = 2;

/** Marks around a name besides the quotation marks ({الشرق الأوسط} in some papers). */
const BRACES = new Set(['{', '}']);

export function* addMarkedMediaNames(doc: MentionSet): Generator<void> {
  const tokens = doc.tokens;
  const isMark = (k: number): boolean => k >= 0 && k < tokens.length && (isQuoteMark(tokens[k]) || BRACES.has(tokens[k].text));
  // قال … لـ(المدينة): a parenthesis after ل written apart marks the paper spoken to.
  const isParenthesisAfterLam = (k: number): boolean => k >= 1 && tokens[k].text === '(' && tokens[k - 1].norm === 'ل';
  for (let i = 0; i < tokens.length; i++) {
    if (i % TOKENS_PER_STEP === 0) yield;
    // Only a word after a mark or opening its paragraph may be one: most words cost one test.
    if (tokens[i].kind !== 'arabic' || (!isMark(i - 1) && !isParenthesisAfterLam(i - 1) && i !== tokens[i].paragraph && !followsBylineDash(tokens, i))) continue;
    for (let words = MAX_MEDIA_WORDS; words >= 1; words--) {
      const end = i + words;
      if (end > tokens.length || tokens[end - 1].paragraph !== tokens[i].paragraph) continue;
      const name: string[] = [];
      for (let k = i; k < end; k++) name.push(tokens[k].norm);
      if (!MEDIA_NAMES.has(name.join(' '))) continue;
      const marked = tokens[i - 1]?.paragraph === tokens[i].paragraph &&
        ((isMark(i - 1) && isMark(end)) || (isParenthesisAfterLam(i - 1) && tokens[end]?.text === ')'));
      const byline = (i === tokens[i].paragraph && end < tokens.length && isDash(tokens[end])) ||
        (followsBylineDash(tokens, i) && (end < tokens.length && isDash(tokens[end]) ||
          // فلان – الرياض: a city there is the dateline; only a paper no place shares ends the byline.
          (!ALL_PLACE_NAMES.has(name.join(' ')) && (end >= tokens.length || tokens[end].paragraph !== tokens[i].paragraph || isColon(tokens[end])))));
      if ((marked || byline) && doc.covers(i, end)) {
        doc.add({ start: tokens[i].start, end: tokens[end - 1].end, type: 'organization', firstToken: i, endToken: end });
        i = end - 1;
        break;
      }
    }
  }
}
