/**
 * World knowledge the extension ships, built by scripts/build-knowledge.ts into data/knowledge/
 * (sources and licenses in data/knowledge/README.md): Wikidata person-name tokens (CC0) with
 * their Latin spelling, and world city names (CC BY 4.0). Both are already normalised. The
 * lookup tables are made on first use, not when the bundle loads.
 */
import personNameTokens from '../../../data/knowledge/person-name-tokens.json';
import worldCities from '../../../data/knowledge/world-cities.json';
import { normalize } from '../text';
import { GIVEN_NAMES } from './index';

interface NameToken {
  latin: string;
  /** How many Wikidata person names use the token. */
  names: number;
}

let tokens: Map<string, NameToken> | undefined;
let cities: Map<string, number> | undefined;

function nameTokens(): Map<string, NameToken> {
  tokens ??= new Map((personNameTokens.tokens as [string, string, number][]).map(([token, latin, names]) => [token, { latin, names }]));
  return tokens;
}

/** How many Wikidata person names use this normalised word (0 for a word no name uses). */
export function personNameUses(norm: string): number {
  return nameTokens().get(norm)?.names ?? 0;
}

/** Fewest Wikidata names using a word for it to be a given name where no list has it (one use is chance: ميداني). */
export const GIVEN_NAME_USES = 3;

/** A given name: in the hand-written list, or used by at least `minUses` Wikidata person names. */
export function isListedGivenName(norm: string, minUses = GIVEN_NAME_USES): boolean {
  return GIVEN_NAMES.has(norm) || personNameUses(norm) >= minUses;
}

/** The Latin spelling person names usually give this normalised word, if they agree on one. */
export function latinSpelling(norm: string): string | undefined {
  return nameTokens().get(norm)?.latin || undefined;
}

/**
 * A person's name in Latin letters, word by word, when Wikidata names agree on a spelling for
 * every word of it (جون كيري → John Kerry); else undefined: half a name would mislead.
 */
export function latinName(name: string): string | undefined {
  const spellings = name.split(/\s+/).filter(Boolean).map((word) => latinSpelling(normalize(word)));
  return spellings.length > 0 && spellings.every((s) => s !== undefined) ? spellings.join(' ') : undefined;
}

/** Every person-name token with how many names use it, and every city name: what the tagger's features read. */
export function knowledgeWords(): string[] {
  return [...nameTokens()].map(([token, { names }]) => `${token} ${names}`).concat([...cityNames().keys()]);
}

/** World city names with their population. */
function cityNames(): Map<string, number> {
  cities ??= new Map((worldCities.cities as [string, string, number][]).map(([name, , population]) => [name, population]));
  return cities;
}

/** Every world city name, normalised (words space-separated), with its population (0 when unknown). */
export function worldCityPopulations(): ReadonlyMap<string, number> {
  return cityNames();
}

/** Whether a normalised word (or words, space-separated) is the Arabic name of a world city. */
export function isCityName(norm: string): boolean {
  return cityNames().has(norm);
}

/**
 * Fewest people a listed place has to count as a town: the list's hamlets are mostly ordinary
 * words (الشقة, 10 people), and news names a town it has more reason to place.
 */
const MIN_TOWN_POPULATION = 5000;

/** Whether a normalised name is a world city of at least MIN_TOWN_POPULATION people. */
export function isTownName(norm: string): boolean {
  return (cityNames().get(norm) ?? 0) >= MIN_TOWN_POPULATION;
}
