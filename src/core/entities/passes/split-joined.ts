/**
 * Joined names: the tagger runs side-by-side names into one person mention where no word or mark
 * parts them («ويدعم الرئيس الحالي أوباما هيلاري كلينتون»، a line of tags «منصور البلوي مونتاري
 * نايف هزازي»). Where the text names each part on its own elsewhere, the mention is those names.
 */
import { wordKey } from '../cluster';
import { MAX_NAME_WORDS, MENTIONS_PER_STEP, MentionSet } from '../mention-set';

/**
 * A person mention of three words or more is cut into the names it is made of when every piece
 * is named alone elsewhere (another person mention, or the family name that ends one) and at
 * least one piece is a full name of two words or more seen elsewhere: «أوباما» + «هيلاري كلينتون».
 * A name whose whole form is found elsewhere too stays as it is.
 */
export function* splitJoinedNames(doc: MentionSet): Generator<void> {
  // How many person mentions have each form (by spelling-tolerant keys); which words end one.
  const formCount = new Map<string, number>();
  const familyNames = new Set<string>();
  for (let k = 0; k < doc.mentions.length; k++) {
    if (k % MENTIONS_PER_STEP === 0) yield;
    const m = doc.mentions[k];
    if (!m || m.type !== 'person') continue;
    const keys = doc.words(m).map(wordKey);
    const form = keys.join(' ');
    formCount.set(form, (formCount.get(form) ?? 0) + 1);
    if (keys.length > 1) familyNames.add(keys[keys.length - 1]);
  }
  const count = doc.mentions.length;
  for (let k = 0; k < count; k++) {
    if (k % MENTIONS_PER_STEP === 0) yield;
    const m = doc.mentions[k];
    const length = m ? m.endToken - m.firstToken : 0;
    if (!m || m.type !== 'person' || length < 3 || length > 2 * MAX_NAME_WORDS) continue;
    const keys = doc.words(m).map(wordKey);
    if ((formCount.get(keys.join(' ')) ?? 0) > 1) continue;
    const cuts = pieces(keys, (from, to) => {
      const form = keys.slice(from, to).join(' ');
      if (to - from > 1) return (formCount.get(form) ?? 0) > 0 ? 'full' : null;
      return (formCount.get(form) ?? 0) > 0 || familyNames.has(form) ? 'part' : null;
    });
    if (!cuts) continue;
    doc.replace(k, null);
    for (let p = 0; p < cuts.length - 1; p++) {
      const firstToken = m.firstToken + cuts[p];
      const endToken = m.firstToken + cuts[p + 1];
      const start = p === 0 ? m.start : doc.tokens[firstToken].start;
      doc.add({ start, end: doc.tokens[endToken - 1].end, type: 'person', firstToken, endToken });
    }
  }
}

/**
 * The word offsets [0, …, words.length] that cut `keys` into two or more pieces each of which
 * `named` accepts, at least one of them a full name; null when there is none. Pieces are short
 * (at most MAX_NAME_WORDS), so the search is linear in the words.
 */
function pieces(keys: string[], named: (from: number, to: number) => 'full' | 'part' | null): number[] | null {
  // best[i]: a cut of keys[0, i) as [offsets, has a full name], preferring fewer pieces.
  const best: ([number[], boolean] | null)[] = [[[0], false]];
  for (let to = 1; to <= keys.length; to++) {
    best[to] = null;
    for (let from = Math.max(0, to - MAX_NAME_WORDS); from < to; from++) {
      const before = best[from];
      const kind = before && !(from === 0 && to === keys.length) ? named(from, to) : null;
      if (!before || !kind) continue;
      const candidate: [number[], boolean] = [[...before[0], to], before[1] || kind === 'full'];
      const current = best[to];
      if (!current || candidate[0].length < current[0].length || (candidate[0].length === current[0].length && candidate[1] && !current[1])) best[to] = candidate;
    }
  }
  const whole = best[keys.length];
  return whole && whole[1] ? whole[0] : null;
}
