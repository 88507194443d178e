/**
 * Abbreviations written with a full stop that does not end a sentence: the
 * sentence splitter (src/text/sentences.ts) reads "Dr. Fern" or "Sen. Hale"
 * as one sentence. Lower-case keys; the splitter compares the word before the
 * stop in lower case.
 *
 * TITLES always go on ("Mr." is never the end of a sentence). NUMBERED go
 * on only before a number ("No. 5", "Jan. 12", "Art. 3"), because "No",
 * "Jan" and "Sun" also end sentences as words or names. Initialisms with
 * inner stops ("U.S.", "e.g.") and single capital initials ("J. Roe") are
 * handled by the splitter itself.
 */

/** Titles, honorifics and ranks written before a name, and company and Latin abbreviations that go on. */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  // forms of address and academic titles
  'mr', 'mrs', 'ms', 'mx', 'messrs', 'mme', 'mlle', 'dr', 'drs', 'prof', 'profs', 'rev', 'revd', 'fr', 'hon', 'rt', 'esq',
  // offices and ranks
  'sen', 'sens', 'rep', 'reps', 'gov', 'pres', 'amb', 'cllr', 'supt', 'insp', 'det', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'adm', 'sgt', 'cpl', 'pvt', 'st', 'mt', 'ft',
  // generational suffixes inside a name
  'jr', 'sr',
  // company forms (as parse-english reads them)
  'inc', 'ltd', 'corp', 'bros',
  // Latin and reference words that go on
  'vs', 'viz', 'cf', 'approx', 'ca', 'al',
]);

/** Abbreviations that go on only before a number: numbering words, months, weekdays. */
export const NUMBERED_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'no', 'nos', 'nr', 'vol', 'vols', 'art', 'arts', 'fig', 'figs', 'p', 'pp', 'para', 'paras', 'ch', 'sec', 'tel', 'ext',
  'jan', 'feb', 'febr', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
]);
