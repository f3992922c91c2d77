/**
 * World cities (data/knowledge, CC BY 4.0) and regions (lexicon ADMINISTRATIVE_REGIONS) the tagger
 * left, where the text places them: after a
 * locative word or a place head (في كاليه، إلى القطيف، منطقة عسير) or before a nationality adjective
 * or a direction (كاليه الفرنسية، كاليه شمال فرنسا). Many city names are ordinary words too (تل،
 * مساكن، حجة، الشقة), so the gazetteer alone is no evidence; found once, the name is then looked for
 * everywhere by the recurring pass.
 */
import { ADMINISTRATIVE_REGIONS, isDefinite, isNationalityAdjective, PLACE_HEADS, wordSet } from '../../lexicon';
import { isHeadWord } from '../../lexicon/heads';
import { isTownName, personNameUses, worldCityPopulations } from '../../lexicon/knowledge';
import { byFirstWord, FormsByFirstWord, MentionSet, TOKENS_PER_STEP } from '../mention-set';

/** Words after which a name is a place: prepositions of place and motion (not من, as often partitive: عدد من زوار). */
const LOCATIVES = wordSet(['في', 'إلى', 'الى', 'نحو', 'قرب', 'بقرب', 'داخل', 'خارج', 'عبر', 'أنحاء', 'حتى', 'بمدينة', 'بمنطقة', 'بمحافظة']);

/** Directions after a name that place it (كاليه شمال فرنسا). */
const DIRECTIONS = wordSet(['شمال', 'جنوب', 'شرق', 'غرب', 'شمالي', 'جنوبي', 'شرقي', 'غربي', 'وسط']);

let citiesByFirst: FormsByFirstWord | undefined;

/** The gazetteer by first word, built on first use. */
function cities(): FormsByFirstWord {
  if (citiesByFirst) return citiesByFirst;
  // Hamlets are left out: news names a town it has more reason to place.
  const named = [...worldCityPopulations().keys()].filter(isTownName);
  citiesByFirst = byFirstWord([...named, ...ADMINISTRATIVE_REGIONS].map((name) => ({ words: name.split(' '), type: 'place' as const })));
  return citiesByFirst;
}

const DEMONSTRATIVES = wordSet(['هذا', 'هذه', 'ذلك', 'تلك', 'هؤلاء', 'أولئك']);

/** A nationality adjective in the feminine, as a city takes it (كاليه الفرنسية; not الكرم العربي). */
function isFeminineAdjective(norm: string): boolean {
  return norm.endsWith('يه') && isNationalityAdjective(norm);
}

/** Whether the words around tokens [i, end) place the name there; `conjoined`: read with a lone و before it. */
function placedByContext(doc: MentionSet, i: number, end: number, conjoined: boolean): boolean {
  const tokens = doc.tokens;
  const paragraph = tokens[i].paragraph;
  const after = end < tokens.length && tokens[end].paragraph === paragraph ? tokens[end] : null;
  // A name, a definite noun or a demonstrative right after it makes it a noun in construct
  // (بورصة لندن، في قمرة القيادة، إلى التهاب هذه الأوتار), not a city; a city's adjective is feminine.
  if (after && (!doc.isFree(end) || DEMONSTRATIVES.has(after.norm) || (isDefinite(after.norm) && !isFeminineAdjective(after.norm)))) return false;
  if (after && (isFeminineAdjective(after.norm) || DIRECTIONS.has(after.norm))) return true;
  if (i === 0 || tokens[i - 1].paragraph !== paragraph) return false;
  // في تعز وأبين ولحج: a name conjoined by و alone (not ولوزان read as و + ل + وزان) right after a place is one too.
  if (conjoined && doc.ownerOf(i - 1)?.type === 'place') return true;
  return doc.splits(i - 1).some((r) => LOCATIVES.has(r.stem) || PLACE_HEADS.has(r.stem));
}

export function* addPlacedCities(doc: MentionSet): Generator<void> {
  const byFirst = cities();
  const model = doc.model;
  for (let i = 0; i < doc.tokens.length; i++) {
    if (i % TOKENS_PER_STEP === 0) yield;
    if (doc.tokens[i].kind !== 'arabic' || !doc.isFree(i)) continue;
    for (const split of doc.splits(i)) {
      const options = byFirst.get(split.stem);
      if (!options) continue;
      const form = options.find(({ words }) => doc.matchAt(i, words) === doc.tokens[i].start + split.offset && doc.covers(i, i + words.length));
      if (!form) continue;
      const end = i + form.words.length;
      // A lone word training knows outside names, or that people's names use, needs more than a gazetteer.
      const word = form.words[0];
      if (form.words.length === 1 && (model.isSeenOutsideNames(word) || model.commonWords.has(word) || personNameUses(word) > 0 || isHeadWord(word))) continue;
      if (!placedByContext(doc, i, end, split.prefix === 'و')) continue;
      doc.add({ start: doc.tokens[i].start + split.offset, end: doc.tokens[end - 1].end, type: 'place', firstToken: i, endToken: end });
      break;
    }
  }
}
