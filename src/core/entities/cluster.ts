/**
 * Mentions into entities: grouped by a spelling-tolerant key (ديمتري/دميتري) and type; a short
 * form joins the full name it stands for (كيم → كيم جونغ أون، ريا نوفوستي → وكالة ريا نوفوستي),
 * a lone mention of another type joins the name's usual one, and a lone family name the tagger typed
 * a place or a body joins the one person whose name it ends (ظريف → محمد جواد ظريف).
 */
import { withArticleAfterLam, withoutFormatCharacters } from '../text';
import { ADMINISTRATIVE_REGIONS, isLexiconName, isLexiconNameWord } from '../lexicon';
import { isTownName } from '../lexicon/knowledge';
import { isHeadWord } from '../lexicon/heads';
import { Entity, Span } from '../types';
import { Mention, MENTIONS_PER_STEP, MentionSet, NamedType } from './mention-set';

/** Words an organization's name must share with a longer one it begins to be the same organization. */
const MIN_SHARED_ORG_PREFIX = 3;

/** Consonant skeletons shorter than this are too ambiguous to group spellings by. */
const MIN_SKELETON = 3;

/**
 * A spelling-tolerant key for a word: long vowels dropped after the first letter and غ and ج
 * (both write g) as one, so ديمتري/دميتري → دمتر and بيونغ/بيونج → بنج; short words keep
 * their normalised spelling, and ابن is بن (محمد بن سلمان … ابن سلمان).
 */
export function wordKey(word: string): string {
  if (word === '' || word === 'بن') return word;
  if (word === 'ابن') return 'بن';
  let skeleton = word[0];
  for (let i = 1; i < word.length; i++) {
    const c = word[i];
    if (c !== 'ا' && c !== 'و' && c !== 'ي') skeleton += c === 'غ' ? 'ج' : c;
  }
  return skeleton.length >= MIN_SKELETON ? skeleton : word;
}

interface Cluster {
  keys: string[];
  /** A person's keys without the «بن X» links (حمد القاضي for حمد بن عبدالله القاضي), for multi-word names. */
  shortKeys: string[];
  mentions: Mention[];
  /** Votes for the type, weighted by mention length in words. */
  votes: Map<NamedType, number>;
}

/** The document's entities, in the order of their first mentions, each with its mentions in text order. */
export function* buildEntities(doc: MentionSet): Generator<void, Entity[]> {
  const mentions = doc.mentions.filter((m): m is Mention => m !== null);
  // Names recur: key each distinct word once.
  const keys = new Map<string, string>();
  const keyOfWord = (word: string): string => {
    let k = keys.get(word);
    if (k === undefined) keys.set(word, (k = wordKey(word)));
    return k;
  };
  const keyed: { m: Mention; keys: string[] }[] = [];
  for (const m of mentions) {
    keyed.push({ m, keys: doc.words(m).map(keyOfWord) });
    if (keyed.length % MENTIONS_PER_STEP === 0) yield;
  }
  // شركة «إينوك» once and «إينوك» tagged a person eight times: the head says what the name is.
  // Not a name people bear, though (نادي حمد، شركة محمد).
  const typeByHead = new Map<string, NamedType>();
  for (const { m, keys } of keyed) if (m.byHead && !doc.words(m).some((w) => doc.isPersonNameWord(w))) typeByHead.set(keys.join(' '), m.type);
  if (typeByHead.size) for (const { m, keys } of keyed) m.type = typeByHead.get(keys.join(' ')) ?? m.type;
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster>();
  /** Multi-word clusters by each word key in their name, to find the full name of a short form. */
  const byWord = new Map<string, Cluster[]>();
  // Longer names first, so that a short form can join the full name wherever it occurs.
  keyed.sort((a, b) => b.keys.length - a.keys.length || a.m.start - b.m.start);
  yield;
  for (let n = 0; n < keyed.length; n++) {
    if (n % MENTIONS_PER_STEP === MENTIONS_PER_STEP - 1) yield;
    const { m, keys } = keyed[n];
    // Clusters by name and type: a name the text uses for two kinds of thing (a city and its
    // club) is two entities; see absorbLoneTypeSlips for a lone mention of another type.
    const key = keys.join(' ') + '|' + m.type;
    const candidates = byWord.get(keys[0]) ?? [];
    let cluster = byKey.get(key) ?? fullNameOf(candidates, keys, m.type);
    if (!cluster && (cluster = familyNameOf(candidates, keys, m, doc))) m.type = 'person';
    if (!cluster) {
      cluster = { keys, shortKeys: keys.length > 1 ? withoutLineage(keys) : keys, mentions: [], votes: new Map() };
      clusters.push(cluster);
      byKey.set(key, cluster);
      if (keys.length > 1) {
        for (const k of new Set(keys)) {
          const list = byWord.get(k);
          if (list) list.push(cluster);
          else byWord.set(k, [cluster]);
        }
      }
    }
    cluster.mentions.push(m);
    cluster.votes.set(m.type, (cluster.votes.get(m.type) ?? 0) + keys.length);
  }
  const entities = absorbLoneTypeSlips(clusters);
  yield;
  for (const c of entities) c.mentions.sort((a, b) => a.start - b.start);
  entities.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  yield;
  return entities.map((c, n): Entity => {
    const spans: Span[] = c.mentions.map((m) => ({ start: m.start, end: m.end, text: doc.text.slice(m.start, m.end) }));
    const fullest = c.mentions.reduce((best, m) => (fuller(m, best, doc.text) ? m : best));
    const type = majorityType(c.votes);
    const written = withoutFormatCharacters(doc.text.slice(fullest.start, fullest.end));
    const name = restoresArticle(fullest, type, doc) ? withArticleAfterLam(written) : written;
    return { id: `e${n + 1}`, type, name, roles: [], mentions: spans };
  });
}

/**
 * Whether mention m names its entity better than `best`: more words, then one whose article is
 * written whole (الدفاع المدني, not لدفاع المدني from للدفاع المدني), then more letters.
 */
function fuller(m: Mention, best: Mention, text: string): boolean {
  const words = (x: Mention): number => x.endToken - x.firstToken;
  if (words(m) !== words(best)) return words(m) > words(best);
  if (afterLam(m, text) !== afterLam(best, text)) return afterLam(best, text);
  return m.end - m.start > best.end - best.start;
}

/**
 * للأمم المتحدة alone: the name is written with its article's alif (الأمم المتحدة), which the
 * preposition took — unless the word after the first lam is one of its own (للجنة is ل + لجنة,
 * لليبيا ل + ليبيا), and never for a person (للافروف is ل + لافروف).
 */
function restoresArticle(m: Mention, type: NamedType, doc: MentionSet): boolean {
  if (type === 'person' || !afterLam(m, doc.text)) return false;
  const word = doc.tokens[m.firstToken].norm.slice(1);
  return !isHeadWord(word) && !isLexiconNameWord(word) && !doc.model.isSeenOutsideNames(word);
}

/** A mention that starts on the second lam of لل, the article's alif dropped after the preposition. */
function afterLam(m: Mention, text: string): boolean {
  return text[m.start] === 'ل' && text[m.start - 1] === 'ل';
}

/**
 * The cluster whose full name a short form stands for, the most mentioned one when several
 * fit: a person's name contains it as a run of words (كيم in كيم جونغ أون); an organization's
 * name is it after a head (ريا نوفوستي in وكالة ريا نوفوستي; a single word must be tagged as an
 * organization for that), or is it, when long, with definite adjectives after (وكالة الأنباء
 * المركزية الكورية + الشمالية).
 */
function fullNameOf(candidates: Cluster[], keys: string[], type: NamedType): Cluster | undefined {
  let best: Cluster | undefined;
  for (const c of candidates) {
    if (c.keys.length <= keys.length) continue;
    const fullType = majorityType(c.votes);
    const fits = fullType === 'person'
      ? type === 'person' && (hasRun(c.keys, keys) || (keys.length > 1 && hasRun(c.shortKeys, keys)))
      : fullType === 'organization' && (
        ((keys.length > 1 || type === 'organization') && c.keys.length === keys.length + 1 && hasRunAt(c.keys, keys, 1)) ||
        (keys.length >= MIN_SHARED_ORG_PREFIX && hasRunAt(c.keys, keys, 0) && allDefiniteFrom(c.keys, keys.length)));
    if (fits && (!best || c.mentions.length > best.mentions.length)) best = c;
  }
  return best;
}

/**
 * The one person whose full name ends with this lone word, when the tagger typed the word a place
 * or an organization (ظريف: … after محمد جواد ظريف; بيسكوف in في تصريحات بيسكوف): a family name
 * the text gives a person is that person, unless the word is a place or body the lexicons know or a
 * town of the gazetteer (السويد beside عبدالله السويد، عسير). Training's types for the word are no guide:
 * it met كنيدي only in places' names.
 */
function familyNameOf(candidates: Cluster[], keys: string[], m: Mention, doc: MentionSet): Cluster | undefined {
  if (keys.length !== 1 || m.type === 'person') return undefined;
  let person: Cluster | undefined;
  for (const c of candidates) {
    if (c.keys.length < 2 || c.keys[c.keys.length - 1] !== keys[0] || majorityType(c.votes) !== 'person') continue;
    // وكاد دينامو: a name the tagger ran on from a common word lends its type to nothing.
    if (!doc.isPersonNameWord(doc.words(c.mentions[0])[0])) continue;
    if (person) return undefined;
    person = c;
  }
  if (!person) return undefined;
  const word = doc.words(m)[0];
  const placeOrBody = isLexiconName(word) || ADMINISTRATIVE_REGIONS.has(word) || isTownName(word);
  // اليوم ends a name the tagger ran on (… اليوم): a word training met outside names is no family name to go by.
  return placeOrBody || doc.model.isSeenOutsideNames(word) ? undefined : person;
}

/** A person's name without its «بن X» links: حمد بن عبدالله القاضي is حمد القاضي for short. */
function withoutLineage(keys: string[]): string[] {
  const kept: string[] = [];
  for (let n = 0; n < keys.length; n++) {
    if ((keys[n] === 'بن' || keys[n] === 'بنت') && n > 0 && n + 1 < keys.length) n++;
    else kept.push(keys[n]);
  }
  return kept;
}

/** Whether `run` stands in `keys` from index `at` on. (Every mention is checked against many names: no closures.) */
function hasRunAt(keys: string[], run: string[], at: number): boolean {
  if (at + run.length > keys.length) return false;
  for (let n = 0; n < run.length; n++) if (keys[at + n] !== run[n]) return false;
  return true;
}

function hasRun(keys: string[], run: string[]): boolean {
  for (let at = 0; at + run.length <= keys.length; at++) if (hasRunAt(keys, run, at)) return true;
  return false;
}

function allDefiniteFrom(keys: string[], from: number): boolean {
  for (let n = from; n < keys.length; n++) if (!keys[n].startsWith('ال')) return false;
  return true;
}

/** Fewest mentions that make a name's other type an entity of its own rather than a tagger slip. */
const MIN_MENTIONS_OF_OTHER_TYPE = 2;

/**
 * The clusters with each cluster of fewer than MIN_MENTIONS_OF_OTHER_TYPE mentions merged into
 * the largest cluster of the same name and another type (واشنطن once tagged an organization
 * among seven places is one place).
 */
function absorbLoneTypeSlips(clusters: Cluster[]): Cluster[] {
  const byName = new Map<string, Cluster[]>();
  for (const c of clusters) {
    const name = c.keys.join(' ');
    const same = byName.get(name);
    if (same) same.push(c);
    else byName.set(name, [c]);
  }
  const absorbed = new Set<Cluster>();
  for (const same of byName.values()) {
    if (same.length < 2) continue;
    const largest = same.reduce((a, b) => (b.mentions.length > a.mentions.length ? b : a));
    for (const c of same) {
      if (c === largest || c.mentions.length >= MIN_MENTIONS_OF_OTHER_TYPE) continue;
      for (const mention of c.mentions) largest.mentions.push(mention);
      for (const [type, votes] of c.votes) largest.votes.set(type, (largest.votes.get(type) ?? 0) + votes);
      absorbed.add(c);
    }
  }
  return clusters.filter((c) => !absorbed.has(c));
}

/** The type with the most votes, the first counted on a tie. */
export function majorityType(votes: Map<NamedType, number>): NamedType {
  let best: NamedType = 'person';
  let bestVotes = -1;
  for (const [type, count] of votes) {
    if (count > bestVotes) {
      best = type;
      bestVotes = count;
    }
  }
  return best;
}
