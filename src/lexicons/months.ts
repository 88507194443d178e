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
 * Nouns that make a four-digit number a count, not a year ("2000 people",
 * "1500 signatures"). Checked on the word that follows the number.
 */
export const COUNT_NOUNS: ReadonlySet<string> = new Set([
  'people', 'persons', 'signatures', 'signatories', 'members', 'cases', 'dollars', 'euros', 'pounds', 'yen', 'times', 'words', 'pages',
  'km', 'kilometres', 'kilometers', 'miles', 'metres', 'meters', 'feet', 'hours', 'minutes', 'days', 'weeks', 'months', 'years',
  'students', 'workers', 'individuals', 'organisations', 'organizations', 'groups', 'users', 'children', 'women', 'men', 'deaths',
  'prisoners', 'detainees', 'refugees', 'migrants', 'notices', 'requests', 'votes', 'units', 'copies', 'tonnes', 'tons', 'calls',
]);
