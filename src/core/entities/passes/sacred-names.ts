/**
 * God's name and His praise are no entity (الله عز، لله الحمد، تعالى، يارسول الله): the tagger
 * takes them for a person or a body. الله ends a compound name the tagger cut in two: it goes on
 * with the name before it (رامي الحمد + الله، ذبيح + الله مجاهد، حزب + الله). A name that runs
 * into a prayer or a praise ends before it (ابن باز + رحمه الله، سعد + الله عز وجل).
 */
import { BEFORE_ALLAH_IN_NAMES, opensSacredPhrase, sacredFormulaInside } from '../../lexicon/sacred';
import { MENTIONS_PER_STEP, MentionSet } from '../mention-set';

export function* dropSacredNames(doc: MentionSet): Generator<void> {
  const tokens = doc.tokens;
  for (let k = 0, known = doc.mentions.length; k < known; k++) {
    if (k % MENTIONS_PER_STEP === 0) yield;
    const m = doc.mentions[k];
    if (!m || tokens[m.firstToken].kind !== 'arabic') continue;
    const formula = sacredFormulaInside(tokens, m.firstToken, m.endToken);
    if (formula > 0) {
      // أبي هريرة -رضي الله عنه: the dash before the prayer is not the name's.
      let end = formula;
      while (end > m.firstToken + 1 && tokens[end - 1].kind === 'punct') end--;
      doc.replace(k, { ...m, end: tokens[end - 1].end, endToken: end });
      continue;
    }
    if (!opensSacredPhrase(tokens, m.firstToken)) continue;
    const before = m.firstToken - 1;
    const joins = tokens[m.firstToken].norm === 'الله' && before >= 0 && tokens[before].paragraph === tokens[m.firstToken].paragraph &&
      BEFORE_ALLAH_IN_NAMES.has(tokens[before].norm);
    const owner = joins ? doc.ownerIndex(before) : -1;
    const previous = owner >= 0 ? doc.mentions[owner] : null;
    doc.replace(k, null);
    if (previous?.type === 'person' && m.endToken - m.firstToken === 1 && previous.endToken === m.firstToken) {
      doc.replace(owner, { ...previous, end: m.end, endToken: m.endToken });
    } else if (joins && owner < 0) {
      doc.add({ ...m, start: tokens[before].start, firstToken: before });
    }
  }
}
