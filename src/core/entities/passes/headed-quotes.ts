/**
 * Names quoted after their head: «وبحسب منظمة «يش دين» الحقوقية»، «شركة "دراجون أويل"». The head
 * says what the quoted words are, whether or not the tagger knew them; the head alone is no name.
 */
import { isQuoteMark } from '../../quotes';
import { ORG_HEADS } from '../../lexicon';
import { DESCRIPTIVE_HEADS } from '../../lexicon/heads';
import { MentionSet, TOKENS_PER_STEP } from '../mention-set';

/** Most words of a quoted name after its head. */
const MAX_HEADED_NAME_WORDS = 4;

const HEADS = new Set([...ORG_HEADS, ...DESCRIPTIVE_HEADS]);

export function* addHeadedQuotedNames(doc: MentionSet): Generator<void> {
  const tokens = doc.tokens;
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (i % TOKENS_PER_STEP === 0) yield;
    if (!isQuoteMark(tokens[i + 1]) || tokens[i + 1].paragraph !== tokens[i].paragraph) continue;
    const head = tokens[i];
    // A bare head names what follows (منظمة «يش دين»); after a definite one (فرق المنظمة "تعمل …")
    // the quotation is anything.
    if (head.kind !== 'arabic' || !doc.splits(i).some((r) => HEADS.has(r.stem) && !r.stem.startsWith('ال'))) continue;
    const first = i + 2;
    let close = first;
    while (close < tokens.length && close - first < MAX_HEADED_NAME_WORDS && tokens[close].paragraph === head.paragraph &&
           tokens[close].kind !== 'punct') close++;
    if (close === first || close >= tokens.length || !isQuoteMark(tokens[close])) continue;
    // A person the tagger found there is a person (حركة «فتح» is not one; «محمد علي» after جمعية may be).
    const inside = doc.ownerOf(first);
    if (inside?.type === 'person' || !doc.covers(first, close)) continue;
    // The head alone, which the tagger sometimes takes for the name, is none.
    const own = doc.ownerOf(i);
    if (own && own.firstToken === i && own.endToken === i + 1) doc.replace(doc.ownerIndex(i), null);
    doc.add({ start: tokens[first].start, end: tokens[close - 1].end, type: 'organization', firstToken: first, endToken: close, byHead: true });
    i = close;
  }
}
