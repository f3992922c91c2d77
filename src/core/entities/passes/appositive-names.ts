/**
 * A name set off by commas right after a title phrase is the title holder's (وقالت نائبة المتحدث
 * باسم الحكومة الألمانية، كريستيانه فيرتس، إن …؛ نائب البرلمان الألماني، ألكسندر نوي، المنتمي …).
 * The tagger often types such a foreign name by the body just before it; the apposition says it
 * is a person. Names the lexicons list (a country, a body) are left as they are.
 */
import { isComma } from '../../cues';
import { isLexiconName, isNationalityAdjective } from '../../lexicon';
import { MAX_DESCRIBED_NAME, MentionSet, TOKENS_PER_STEP } from '../mention-set';
import { isNameWord } from './titled-names';

/** Most words from the title to the comma: the title and its complement (المتحدث باسم الحكومة الألمانية). */
const MAX_TITLE_PHRASE = 6;

export function* addAppositiveNames(doc: MentionSet): Generator<void> {
  const tokens = doc.tokens;
  let uses: Map<string, number> | null = null;
  for (let c = 1; c < tokens.length; c++) {
    if (c % TOKENS_PER_STEP === 0) yield;
    if (!isComma(tokens[c]) || !titlePhraseBefore(doc, c)) continue;
    const first = c + 1;
    let end = first;
    while (end < tokens.length && end - first <= MAX_DESCRIBED_NAME && tokens[end].kind === 'arabic' && tokens[end].paragraph === tokens[c].paragraph) end++;
    const words = end - first;
    if (words < 2 || words > MAX_DESCRIBED_NAME || end >= tokens.length || !isComma(tokens[end])) continue;
    uses ??= yield* wordUses(doc);
    if (!isAppositiveName(doc, first, end, uses)) continue;
    doc.add({ start: tokens[first].start, end: tokens[end - 1].end, type: 'person', firstToken: first, endToken: end });
    c = end;
  }
}

/** Whether the words before the comma at c are a title with its complement and nothing else: no name, no other punctuation. */
function titlePhraseBefore(doc: MentionSet, c: number): boolean {
  const tokens = doc.tokens;
  for (let k = c - 1; k >= 0 && c - k <= MAX_TITLE_PHRASE; k--) {
    if (tokens[k].kind !== 'arabic' || tokens[k].paragraph !== tokens[c].paragraph) return false;
    if (doc.ownerOf(k)?.type === 'person') return false;
    // رئيسة تمريض، مشرفة تمريض، …: a title after a comma is one of a list, and so is what follows it.
    if (doc.isTitleAt(k)) return k === 0 || !isComma(tokens[k - 1]);
  }
  return false;
}

/**
 * Whether tokens [first, end) may be a person's name: one mention the tagger typed otherwise over
 * exactly these words and no name the lexicons list, or free words that may each be a name's
 * (titled-names.ts), one of them a known name word or the last used again in the article (وأضافت
 * فيرتس); none definite, a nationality or a title.
 */
function isAppositiveName(doc: MentionSet, first: number, end: number, uses: ReadonlyMap<string, number>): boolean {
  for (let k = first; k < end; k++) {
    const norm = doc.tokens[k].norm;
    if (norm.startsWith('ال') || isNationalityAdjective(norm) || doc.isTitleAt(k)) return false;
  }
  const owner = doc.ownerOf(first);
  if (owner) return owner.type !== 'person' && owner.firstToken === first && owner.endToken === end && !owner.byHead && !isLexiconName(doc.words(owner).join(' '));
  let known = false;
  for (let k = first; k < end; k++) {
    if (!isNameWord(doc, k, k === first)) return false;
    known ||= doc.isPersonNameWord(doc.tokens[k].norm);
  }
  return known || (uses.get(doc.tokens[end - 1].norm) ?? 0) > 1;
}

/** How often each word occurs in the text. */
function* wordUses(doc: MentionSet): Generator<void, Map<string, number>> {
  const uses = new Map<string, number>();
  for (let k = 0; k < doc.tokens.length; k++) {
    if (k % TOKENS_PER_STEP === 0) yield;
    uses.set(doc.tokens[k].norm, (uses.get(doc.tokens[k].norm) ?? 0) + 1);
  }
  return uses;
}
