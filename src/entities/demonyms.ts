/**
 * Demonyms and country names for the name scanners: compromise's lexicon
 * joined with the country lexicon (lexicons/countries.ts), which knows
 * demonyms compromise lacks ("Turkish", "Bahraini").
 */
import { COUNTRIES } from '../lexicons/countries.js';
import { isDemonym as lexiconDemonym, tagsOf } from '../nlp/lexicon.js';

const DEMONYMS = new Set<string>();
const NAMES = new Set<string>();
for (const c of COUNTRIES) {
  for (const d of c.demonyms) DEMONYMS.add(d.toLowerCase());
  for (const n of [c.name, ...c.official, ...c.other]) NAMES.add(n.toLowerCase());
}

/** True when the word designates a state's people or government ("Chinese", "Turkish"). */
export function isDemonym(word: string): boolean {
  return DEMONYMS.has(word.toLowerCase()) || lexiconDemonym(word);
}

/** True when the words name a country ("Morocco", "Hong Kong"). */
export function isCountryName(words: string): boolean {
  return NAMES.has(words.toLowerCase()) || tagsOf(words).includes('Country');
}
