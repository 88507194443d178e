/**
 * Date words of English: month names and their abbreviations (month number
 * 1-12), weekday names (0 = Sunday, as `Date.getUTCDay`), and the ordinal
 * suffixes written after a day number.
 */

export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1,
  february: 2, feb: 2, febr: 2,
  march: 3, mar: 3,
  april: 4, apr: 4,
  may: 5,
  june: 6, jun: 6,
  july: 7, jul: 7,
  august: 8, aug: 8,
  september: 9, sep: 9, sept: 9,
  october: 10, oct: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
  // a scanner's "rn" for "m" in the months that hold an m
  septernber: 9, novernber: 11, decernber: 12,
};

export const WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0, sun: 0,
  monday: 1, mon: 1,
  tuesday: 2, tue: 2, tues: 2,
  wednesday: 3, wed: 3,
  thursday: 4, thu: 4, thur: 4, thurs: 4,
  friday: 5, fri: 5,
  saturday: 6, sat: 6,
};

/** Full weekday names: the abbreviations are too ambiguous in prose ("Sat", "Wed"). */
export const WEEKDAY_NAMES: readonly string[] = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Written after a day number: 1st, 2nd, 3rd, 4th. */
export const ORDINAL_SUFFIXES: readonly string[] = ['st', 'nd', 'rd', 'th'];

/** Words that name a unit of time in relative mentions ("last year", "this month"). */
export const RELATIVE_UNITS: readonly string[] = ['year', 'month', 'week'];

/**
 * Words that make a four-digit number a count or a clock time, not a year
 * ("2000 people", "1500 signatures", "2000 GMT"). Checked on the word that
 * follows the number.
 */
export const COUNT_NOUNS: ReadonlySet<string> = new Set([
  'people', 'persons', 'signatures', 'signatories', 'members', 'cases', 'dollars', 'euros', 'pounds', 'yen', 'times', 'words', 'pages',
  'km', 'kilometres', 'kilometers', 'miles', 'metres', 'meters', 'feet', 'hours', 'minutes', 'days', 'weeks', 'months', 'years',
  'students', 'workers', 'individuals', 'organisations', 'organizations', 'groups', 'users', 'children', 'women', 'men', 'deaths',
  'prisoners', 'detainees', 'refugees', 'migrants', 'notices', 'requests', 'votes', 'units', 'copies', 'tonnes', 'tons', 'calls',
  // clock times: "at 2000 GMT"
  'gmt', 'utc', 'bst', 'cet', 'cest', 'est', 'edt', 'pst', 'pdt', 'hrs', 'h', 'local',
]);

/** Ordinal words for days of the month ("the twenty-fourth of May"), 1-31. */
export const ORDINAL_DAYS: Readonly<Record<string, number>> = (() => {
  const units = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
  const teens = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
  const out: Record<string, number> = {};
  units.forEach((w, i) => (out[w] = i + 1));
  teens.forEach((w, i) => (out[w] = i + 10));
  out.twentieth = 20;
  units.forEach((w, i) => (out[`twenty-${w}`] = 21 + i));
  out.thirtieth = 30;
  out['thirty-first'] = 31;
  return out;
})();

/** Counts written as words in relative mentions ("two weeks ago", "in a couple of days"). */
export const COUNT_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, 'a few': 3, few: 3, 'a couple of': 2, 'couple of': 2, several: 3,
};

/** Units of relative mentions and their synonyms ("qtr", "fortnight"). */
export const TIME_UNITS: Readonly<Record<string, 'day' | 'week' | 'month' | 'quarter' | 'year' | 'fortnight'>> = {
  day: 'day', days: 'day', week: 'week', weeks: 'week', wk: 'week', wks: 'week', fortnight: 'fortnight', fortnights: 'fortnight',
  month: 'month', months: 'month', mon: 'month', mo: 'month', mos: 'month', quarter: 'quarter', quarters: 'quarter', qtr: 'quarter', qtrs: 'quarter',
  year: 'year', years: 'year', yr: 'year', yrs: 'year', y: 'year', w: 'week', d: 'day',
};

/** Parts of a day: they leave the date as it is ("this morning" is today). */
export const DAY_PARTS: readonly string[] = ['morning', 'afternoon', 'evening', 'night'];

/**
 * Head words of names that open with a date ("26 July Street", "the 25 January Revolution", "6 October Bridge"),
 * beside the organisation heads: a date without its year followed by capitalised words ending in one is a name.
 */
export const DATE_NAME_HEADS: ReadonlySet<string> = new Set([
  'Street', 'Square', 'Avenue', 'Road', 'Bridge', 'City', 'Stadium', 'Boulevard', 'Park', 'Airport', 'Station', 'Prison',
  'Revolution', 'Uprising', 'Massacre', 'Memorial', 'Museum', 'Prize', 'Award', 'Declaration', 'Agreement', 'Accords', 'Manifesto',
]);
