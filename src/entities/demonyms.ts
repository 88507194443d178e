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
  let yes = DEMONYM_ANSWERS.get(word);
  if (yes === undefined) {
    yes = DEMONYMS.has(word.toLowerCase()) || lexiconDemonym(word);
    remember(DEMONYM_ANSWERS, word, yes);
  }
  return yes;
}

/** True when the words name a country ("Morocco", "Hong Kong"). */
export function isCountryName(words: string): boolean {
  let yes = COUNTRY_ANSWERS.get(words);
  if (yes === undefined) {
    yes = NAMES.has(words.toLowerCase()) || tagsOf(words).includes('Country');
    remember(COUNTRY_ANSWERS, words, yes);
  }
  return yes;
}

/** Answers by word: the scanners ask about the same words again and again (bounded). */
const DEMONYM_ANSWERS = new Map<string, boolean>();
const COUNTRY_ANSWERS = new Map<string, boolean>();

/** Only short words are remembered: a longer string cut from a document may share that document's memory and keep it alive. */
function remember(answers: Map<string, boolean>, key: string, yes: boolean): void {
  if (key.length > 12) return;
  if (answers.size >= 20_000) answers.clear();
  answers.set(key, yes);
}
