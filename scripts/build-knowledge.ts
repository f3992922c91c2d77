/**
 * Builds the compact name lexicons the extension ships (data/knowledge/*.json) from the
 * knowledge files beside the project (../shared/data/knowledge, or ARABIC_ANNOTATOR_SHARED):
 *   - person-name-tokens.json: Wikidata person-name tokens (CC0), each Arabic token normalised
 *     as the tagger reads words, with its most used Latin spelling and how many names use it;
 *   - world-cities.json: world cities with Arabic names (CC BY 4.0), normalised, with and
 *     without a leading administrative word (ولاية قندهار → قندهار).
 * The output is committed: a clean clone needs no ../shared to build or test. Deterministic.
 *
 *   npm run knowledge
 */
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { normalize, stripBom } from '../src/core/text';
import { sharedDataPath } from './ner-eval';

const OUT = join(__dirname, '..', '..', 'data', 'knowledge');

/** Administrative words some city names start with, which the bare name goes without. */
const ADMINISTRATIVE_WORDS = ['ولاية', 'محافظة', 'مقاطعة', 'إقليم', 'مدينة', 'منطقة', 'بلدية'].map(normalize);

/** A token's Latin spelling is given when at least this many names use it, */
const MIN_SPELLING_USES = 2;
/** and this share of the names using the token. */
const USUAL_SPELLING_SHARE = 0.6;

/** Arabic letters only (a token or city name with digits or Latin in it is left out). */
const ARABIC_WORDS = /^[\u0621-\u064A]+( [\u0621-\u064A]+)*$/;

function personNameTokens(file: string): [string, string, number][] {
  const byToken = new Map<string, { count: number; latin: Map<string, number> }>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [latin, letters, count] = line.split('\t');
    if (!latin || !letters || !count) continue;
    const token = normalize(letters.replace(/ /g, ''));
    if (!ARABIC_WORDS.test(token) || token.length < 2) continue;
    let entry = byToken.get(token);
    if (!entry) byToken.set(token, (entry = { count: 0, latin: new Map() }));
    entry.count += Number(count);
    entry.latin.set(latin, (entry.latin.get(latin) ?? 0) + Number(count));
  }
  return [...byToken].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([token, { count, latin }]) => {
    // The spelling most names use, kept only when it is clearly the usual one (بوتين is as
    // often Botín as Putin in the data: no spelling beats a wrong one in a hover card).
    const [[spelling, uses], second] = [...latin].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : 1));
    const usual = uses >= MIN_SPELLING_USES && uses >= USUAL_SPELLING_SHARE * count && (!second || uses >= 2 * second[1]);
    return [token, usual ? spelling[0].toUpperCase() + spelling.slice(1) : '', count];
  });
}

/** Splits one CSV line of quoted and bare fields. */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') field += line[++i];
    else if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) {
      fields.push(field);
      field = '';
    } else field += c;
  }
  fields.push(field);
  return fields;
}

function worldCities(file: string): [string, string, number][] {
  const byName = new Map<string, [string, number]>();
  const lines = stripBom(readFileSync(file, 'utf8')).split(/\r?\n/).slice(1);
  for (const line of lines) {
    const [, , arabic, english, population] = csvFields(line);
    if (!arabic || !english) continue;
    const name = normalize(arabic.trim().replace(/\s+/g, ' '));
    if (!ARABIC_WORDS.test(name)) continue;
    const words = name.split(' ');
    const bare = words.length > 1 && ADMINISTRATIVE_WORDS.includes(words[0]) ? words.slice(1).join(' ') : name;
    for (const form of new Set([name, bare])) {
      const known = byName.get(form);
      const people = Number(population) || 0;
      if (!known || known[1] < people) byName.set(form, [english, people]);
    }
  }
  return [...byName].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, [english, people]]) => [name, english, people]);
}

function main(): void {
  const tokens = personNameTokens(sharedDataPath('knowledge', 'wikidata-person-name-tokens-ar.tsv'));
  writeFileSync(join(OUT, 'person-name-tokens.json'), JSON.stringify({
    source: 'Merhav and Ash, "Design Challenges in Named Entity Transliteration", COLING 2018: Wikidata person-name tokens ' +
      '(github.com/steveash/NETransliteration-COLING2018, data/wd_arabic.normalized.aligned.tokens, commit 5d5f59e5)',
    license: 'CC0-1.0',
    format: '[normalised Arabic token, its usual Latin spelling or "" when names disagree, how many Wikidata names use the token]',
    tokens,
  }) + '\n');
  const cities = worldCities(sharedDataPath('knowledge', 'world-cities-ar.csv'));
  writeFileSync(join(OUT, 'world-cities.json'), JSON.stringify({
    source: 'jamsshhayd/world-cities-translations (Data/world-cities.csv, commit 4f746ebc), built from Wikidata and GeoNames',
    license: 'CC-BY-4.0',
    format: '[normalised Arabic name, English name, population]',
    cities,
  }) + '\n');
  console.log(`${tokens.length} person-name tokens, ${cities.length} city names → ${OUT}`);
}

main();
