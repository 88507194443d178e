/**
 * Dates: a recogniser of absolute and relative date mentions in English.
 *
 * A handful of linear patterns run over the text, each once; every hit is a
 * candidate with its span; overlapping candidates are settled longest first.
 * Relative mentions ("last year", "Thursday", "in July") are kept only when a
 * reference date is known (the document's own date, or the caller's), and are
 * resolved to the nearest matching date, the past winning a tie.
 */
import type { DateMention } from '../model/date.js';
import type { DocumentText } from '../text/document-text.js';
import { scanContacts } from './contacts.js';
import { anchorWords, hitsOfWords, lowerOf, matchesAt, matchesIn, windowsAround, windowsAt, windowsOfLetterDigits, windowsOfWords } from './date-windows.js';
import { readOcrDigits } from './ocr.js';
import { REQUEST_VERBS } from '../lexicons/request-verbs.js';
import { COUNT_NOUNS, COUNT_WORDS, DATE_NAME_HEADS, MONTHS, ORDINAL_DAYS, TIME_UNITS, WEEKDAYS, WEEKDAY_NAMES } from '../lexicons/months.js';
import { HOLIDAYS, type Holiday, type HolidayRule } from '../lexicons/holidays.js';
import { TRAILING_HEADS } from '../lexicons/org-heads.js';

/** Options of `findDates`. */
export interface FindDatesOptions {
  /** Resolves relative mentions ("last year", "Thursday"): "2021-11-15". */
  referenceDate?: string | Date;
  /** How to read 03/04/2021: day first (default) or month first. */
  dateOrder?: 'dmy' | 'mdy';
}

/** A calendar day. */
interface Day {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

// ---------- values ----------

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const dayValue = (x: Day): string => `${pad(x.y, 4)}-${pad(x.m)}-${pad(x.d)}`;
const monthValue = (y: number, m: number): string => `${pad(y, 4)}-${pad(m)}`;

function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}
function valid(y: number, m: number, d: number): boolean {
  return y >= 1000 && y <= 2999 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m);
}
function addDays(x: Day, n: number): Day {
  const t = new Date(Date.UTC(x.y, x.m - 1, x.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}
function shiftYears(x: Day, n: number): string {
  const y = x.y + n;
  return dayValue({ y, m: x.m, d: Math.min(x.d, daysIn(y, x.m)) });
}
const ordinal = (x: Day): number => Date.UTC(x.y, x.m - 1, x.d) / 86400000;
function weekday(x: Day): number {
  return new Date(Date.UTC(x.y, x.m - 1, x.d)).getUTCDay();
}

/** Parses a reference date: "2021-11-15", "2021-11-15T10:00:00", a Date. */
export function toDay(ref: string | Date | null | undefined): Day | null {
  if (ref == null) return null;
  if (ref instanceof Date) {
    if (Number.isNaN(ref.getTime())) return null;
    return { y: ref.getFullYear(), m: ref.getMonth() + 1, d: ref.getDate() };
  }
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(String(ref).trim());
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = m[3] ? Number(m[3]) : 1;
  return valid(y, mo, d) ? { y, m: mo, d } : null;
}

/** A two-digit year: 50-99 in the 1900s, else the 2000s. */
function fullYear(s: string): number {
  const n = Number(s);
  if (s.length > 2) return n;
  return n >= 50 ? 1900 + n : 2000 + n;
}

// ---------- patterns ----------

const monthWords = Object.keys(MONTHS).sort((a, b) => b.length - a.length);
const cap = (w: string): string => w[0]!.toUpperCase() + w.slice(1);
/** Month names as written in prose: "November", "Nov.", "NOVEMBER" (not "may", the verb). */
const MON = `(${monthWords.flatMap((w) => [cap(w), w.toUpperCase()]).join('|')})(?![\\p{L}])\\.?`;
/** Month names in any case, beside a day number ("23rd february"); not "may". */
const monthForms = monthWords.flatMap((w) => (w === 'may' ? [cap(w), w.toUpperCase()] : [cap(w), w.toUpperCase(), w]));
const MONX = `(${monthForms.join('|')})(?![\\p{L}])\\.?`;
const weekdayForms = WEEKDAY_NAMES.flatMap((w) => [w, w.toUpperCase(), w.toLowerCase()]);
const WD = `(${weekdayForms.join('|')})(?![\\p{L}])`;
const ordinalWords = Object.keys(ORDINAL_DAYS).sort((a, b) => b.length - a.length);
/** A day: 15, 15th, or an ordinal word ("twenty-fourth", "Eighth"). */
const ordinalForms = ordinalWords.flatMap((w) => [w, cap(w)]);
const DAY = `(\\d{1,2}(?:st|nd|rd|th)?(?![\\d])|${ordinalForms.join('|')})(?![\\p{L}])`;
/** A day after its month: a number or a lower-case ordinal word ("May eighth"; "May First" is a name). */
const DAYL = `(\\d{1,2}(?:st|nd|rd|th)?(?![\\d])|${ordinalWords.join('|')})(?![\\p{L}])`;
/** A day number glued to a month ("15Sep") or apart. */
const DAYN = `(\\d{1,2})(?:st|nd|rd|th)?(?![\\d])`;
/** A year: four digits, or two after an abbreviated month or a dash ("Aug 96", "21-APR-16", "'96"). */
const YEARX = `('?\\d{4}|'?\\d{2})(?![\\d:])`;
const TO = '\\s{0,3}(?:-|to|until|till|through|and|&)\\s{0,3}';
const B = '(?<![\\p{L}\\p{N}])';
/** "this year" after a date without its year: "23rd - 25th of November this year". */
const YEAR_PHRASE = '(?:\\s{1,3}(?:of\\s{1,3})?(this|last|next)\\s{1,3}year)?';
/** Between a day and its month: "15 November", "15th of November", "10-August", "8/Oct". */
const DM = '(?:\\s{0,3}of\\s{1,3}|\\s{0,3}|[-/])';
/** Between a month and its year: "November 2021", "Nov. 2021", "August-2012", ", 2021". */
const MY_SEP = '(,?\\s{1,3}|[-/])';

const re = (s: string): RegExp => new RegExp(s, 'gu');

/**
 * A lookahead for the characters a match can open with, put first: the engine then tries the boundary and the long
 * alternatives of a day or a month only where one may start (twice as fast in the windows around month names).
 */
const opening = (chars: string): string => `(?=[${chars}])`;
const firstsOf = (forms: readonly string[]): string => [...new Set(forms.map((w) => w[0]!))].join('');
/** A day, as a number or an ordinal word. */
const AT_DAY = opening(`\\d${firstsOf(ordinalForms)}`);
/** A month's name, in any of the forms of MON and MONX. */
const AT_MONTH = opening(firstsOf(monthForms));
const AT_DIGIT = opening('\\d');

/** 23rd - 25th of November (2021), Eighth to eleventh May 2010 */
const DMY_RANGE = re(`${AT_DAY}${B}${DAY}${TO}${DAY}(?:\\s{1,3}of)?\\s{1,3}${MONX}(?:${MY_SEP}${YEARX}|${YEAR_PHRASE})`);
/** 30 November - 2 December 2021 */
const DMY_SPAN = re(`${AT_DAY}${B}${DAY}(?:\\s{1,3}of)?\\s{1,3}${MONX}${TO}${DAY}(?:\\s{1,3}of)?\\s{1,3}${MONX},?\\s{1,3}${YEARX}`);
/** 15 November 2021, 15th of November, 15 Nov. 2021, 10-August-2012, 15Sep */
const DMY = re(`${AT_DIGIT}${B}${DAYN}${DM}${MONX}(?:${MY_SEP}${YEARX}|${YEAR_PHRASE})`);
/** Twenty-fourth of May, the eighth of March 2010 */
const DMY_WORDS = re(`${AT_DAY}${B}${DAY}(?:\\s{1,3}of)?\\s{1,3}${MON}(?:,?\\s{1,3}${YEARX}|${YEAR_PHRASE})`);
/** July 19-20, 2021; May eighth - tenth, 2010 */
const MDY_RANGE = re(`${AT_MONTH}${B}${MONX},?\\s{1,3}${DAYL}${TO}${DAYL}(?:,?\\s{1,3}${YEARX}|${YEAR_PHRASE})`);
/** July 30 - August 2, 2021 */
const MDY_SPAN = re(`${AT_MONTH}${B}${MONX}\\s{1,3}${DAYL}${TO}${MONX}\\s{1,3}${DAYL},?\\s{1,3}${YEARX}`);
/** November 15, 2021; November 15; March, 6th 2016; August-10-2012; May eighth, 2010 */
const MDY = re(`${AT_MONTH}${B}${MONX}(?:,?\\s{1,3}|[-/])${DAYL}(?:(,?\\s{1,3}|[-/])${YEARX}|${YEAR_PHRASE})`);
/** November 2021, Nov. 2021, November of 2021, Sep-2012, Aug 96 */
const MY = re(`${AT_MONTH}${B}${MON}(,?(?:\\s{1,3}of)?\\s{1,3}|[-/])${YEARX}`);
/** 2024 August, 2024-Aug, 2024 AD August */
const YM = re(`${AT_DIGIT}${B}(\\d{4})(?:\\s{1,3}AD)?(?:\\s{1,3}|\\s?[-/]\\s?)${MON}(?!\\s?[-/]?\\s?\\d)`);
/** 2012/Aug/10, 2018 March 18 */
const YMD = re(`${AT_DIGIT}${B}(\\d{4})(?:\\s{1,3}|\\s?[-/]\\s?)${MONX}(?:\\s{1,3}|\\s?[-/]\\s?)(\\d{1,2})(?![\\d])`);
/** July - September 2021 */
const MY_RANGE = re(`${AT_MONTH}${B}${MON}${TO}${MON},?\\s{1,3}(\\d{4})`);
/** 2021-11-15, 2021/11/15, 2014 12 28 */
const ISO = re(`${B}(\\d{4})([-/. ])(\\d{1,2})\\2(\\d{1,2})(?![\\d])`);
/** 15/11/2021, 15.11.21, 11-15-2021, 31 10 1974 */
const NUMERIC = re(`${B}(?<![.,/-])(\\d{1,2})([./ -])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d]|[./-]\\d)`);
/** 09/2012, (04/2016) */
const MONTH_YEAR = re(`${B}(?<![.,/-])(\\d{1,2})/(\\d{4})(?![\\d/])`);
/** on 15/2, by 8/10: a day and month after a word that takes a date */
const DAY_MONTH = re(`${B}(?:on|by|until|till|from|since|before|after|On|By|Until|From|Since|Before|After)\\s{1,3}(\\d{1,2})/(\\d{1,2})(?![\\d/])`);
/** 2014-2017, 2014-17, 2014 to 2017 */
const YEAR_RANGE = re(`${B}(?<![.,/$€£#-])(1[6-9]\\d\\d|20\\d\\d)\\s{0,2}(?:-|/|to|until|till|through)\\s{0,2}(1[6-9]\\d\\d|20\\d\\d|\\d\\d)(?![\\d%]|[.,/-]\\d)`);
/** between 2014 and 2017, from 2014 to 2017 */
const YEAR_BETWEEN = re(`${B}(?:between|from)\\s{1,3}(1[6-9]\\d\\d|20\\d\\d)\\s{1,3}(?:and|to|until|till)\\s{1,3}(1[6-9]\\d\\d|20\\d\\d)(?![\\d])`);
/** 2021, (2016), 1998's */
const BARE_YEAR = re(`${B}(?<![.,/$€£#:]|\\d[ ,.-])(1[6-9]\\d\\d|20\\d\\d)(?![\\p{L}\\d%]|[,:/-]\\d|\\.\\d(?!\\d?\\s\\p{Lu})| ?\\d)`);
/** in July, since March, early December; "in July this year"; from May */
const MONTH_ALONE = re(`${B}(in|In|during|since|Since|until|till|by|from|From|to|of|early|late|mid|end of|beginning of|this past|past|this|last|next|This|Last|Next|before|after|on)(?:\\s{1,3}|-)${MON}(?!\\s{0,3}\\d)(?:\\s{1,3}(?:of\\s{1,3})?(this|last|next)\\s{1,3}year)?`);
const FULL_MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
const FULL_MONTH_END = /(?:January|February|March|April|May|June|July|August|September|October|November|December)\.$/i;
/** Seasons, by their first and last month (the northern year): "last spring" names the year it fell in. Winter spans two years and is left out. */
const SEASONS: Record<string, [number, number]> = { spring: [3, 5], summer: [6, 8], autumn: [9, 11], fall: [9, 11] };
/** last spring, this summer, next autumn */
const SEASON = re(`${B}(last|this|next|Last|This|Next)\\s{1,3}(spring|summer|autumn|fall)(?![\\p{L}])`);
/** the end of the year, the beginning of this month: the current year or month */
const PART_OF = re(`${B}(?:end|start|beginning|middle|rest|remainder|close)\\s{1,3}of\\s{1,3}(?:the|this)\\s{1,3}(year|month)(?![\\p{L}])`);
/** yesterday, today, tomorrow, tonight, this morning, last night */
const DEICTIC = new RegExp(`${opening('ytl')}${B}(yesterday|today|tomorrow|tonight|this\\s{1,3}(?:morning|afternoon|evening)|last\\s{1,3}night)(?![\\p{L}])`, 'giu');
/** last year, this month, next year, later this month, earlier this year, next quarter */
const REL_UNIT = re(`${opening('leLtTnNpc')}${B}(?:(?:later|earlier)\\s{1,3})?(last|this|next|previous|past|coming|Last|This|Next)\\s{0,3}(year|month|week|day|quarter|qtr)(?![\\p{L}])`);
const COUNT = `(\\d{1,3}|${Object.keys(COUNT_WORDS).sort((a, b) => b.length - a.length).join('|')})`;
const COUNT_FIRSTS = `\\d${firstsOf(Object.keys(COUNT_WORDS))}`;
const UNIT = `(${Object.keys(TIME_UNITS).sort((a, b) => b.length - a.length).join('|')})`;
/** three years ago (today), two months ago */
const AGO = new RegExp(`${opening(COUNT_FIRSTS)}${B}${COUNT}\\s{1,3}${UNIT}\\s{1,3}ago(?:\\s{1,3}(today))?`, 'giu');
/** in 5 days, within two weeks, 5 days from now, 2 days later, next 2 weeks, last two weeks */
const OFFSET = new RegExp(`${B}(?:(in|within|after|next|last|past|give it)\\s{1,3})?${COUNT}\\s{0,3}${UNIT}(?:\\s{1,3}(from now|later|hence))?(?![\\p{L}])`, 'giu');
/** +2 months, -3y */
const OFFSET_SIGNED = new RegExp(`(?<![\\p{L}\\p{N}])([+-])(\\d{1,3})\\s{0,2}${UNIT}(?![\\p{L}])`, 'giu');
/** this weekend, next weekend, last weekday */
const WEEKEND = new RegExp(`${B}(last|this|next|coming|past)\\s{1,3}(weekend|weekday)(?![\\p{L}])`, 'giu');
/** 2 days after, the day before: joined to the date that follows */
const OFFSET_BEFORE = new RegExp(`${opening(`t${COUNT_FIRSTS}`)}${B}(?:the|${COUNT})\\s{1,3}${UNIT}\\s{1,3}(before|after)\\s{1,3}`, 'giu');
/** Exact counts of an anchored offset: "two days later" (not "a few days later"). */
const exactCounts = Object.keys(COUNT_WORDS).filter((w) => !/few|several|couple/.test(w));
const ACOUNT = `(\\d{1,2}|${exactCounts.sort((a, b) => b.length - a.length).join('|')})`;
/** two days later, a week later, three months earlier, two days on: from the date told just before */
const ANCHORED_COUNT = new RegExp(`${opening(`\\d${firstsOf(exactCounts)}`)}${B}${ACOUNT}\\s{1,3}(days?|weeks?|fortnights?|months?|years?)\\s{1,3}(later|earlier|afterwards|on)(?![\\p{L}])`, 'giu');
/** the next day, the following year, the same day, the previous month: from the date told just before */
const ANCHORED_NEXT = new RegExp(`${B}the\\s{1,3}(next|following|same|previous|preceding)\\s{1,3}(day|morning|afternoon|evening|night|month|year)(?![\\p{L}])`, 'giu');
/** later that day, earlier that year, that same month, later the same day */
const ANCHORED_THAT = new RegExp(`${B}(?:(?:later|earlier)\\s{1,3}(?:that|the\\s{1,3}same)|that\\s{1,3}same)\\s{1,3}(day|morning|afternoon|evening|night|month|year)(?![\\p{L}])`, 'giu');
/** the following Monday, the next Friday, the previous Sunday: the first such day after (or before) the date told before */
const ANCHORED_WEEKDAY = new RegExp(`${B}the\\s{1,3}(following|next|previous|preceding)\\s{1,3}${WD}`, 'giu');
/** the day after, the year before, closing their clause: from the date told just before */
const ANCHORED_AFTER = new RegExp(`${B}the\\s{1,3}(day|morning|evening|night|month|year)\\s{1,3}(after|before)(?=\\s{0,2}[,.;:)]|$)`, 'giu');
/** How far back the date an anchored offset counts from may stand. */
const ANCHOR_REACH = 600;

/** Friday of next week, Tuesday, next week */
const WEEKDAY_OF_WEEK = new RegExp(`${opening(firstsOf(weekdayForms))}${B}${WD}(?:,?\\s{1,3}|\\s{1,3}of\\s{1,3})(next|last|this)\\s{1,3}week(?![\\p{L}])`, 'giu');
/** Thursday, last Friday, next Monday */
const REL_WEEKDAY = re(`${B}(?:(last|this|next|on|On|Last|This|Next|coming|past)\\s{1,3})?${WD}`);
const holidayNames = HOLIDAYS.flatMap((h) => h.names).sort((a, b) => b.length - a.length);
/** Father's Day, last Mother's Day, Easter Monday 2019 */
const HOLIDAY = new RegExp(`${B}(?:(last|next|this)\\s{1,3})?(${holidayNames.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "[\\u0027\\u2019]?").replace(/ /g, '\\s{1,3}')).join('|')})(?![\\p{L}])(?:,?\\s{1,3}(\\d{4})(?![\\d]))?`, 'giu');

// ---------- anchors: words every match of a family of patterns holds ----------

/** A month's name in any case, not glued to a letter after it: the patterns on MON and MONX ("may" in lower case is the verb, left out by both). */
const MONTH_ANCHOR = anchorWords([], monthWords, 'may');
/** A weekday's name: the patterns on WD. */
const WEEKDAY_ANCHOR = anchorWords(WEEKDAY_NAMES.map((w) => w.toLowerCase()));
/** A word of time: REL_UNIT, PART_OF, DEICTIC, WEEKEND and the anchored offsets. */
const TIME_ANCHOR = anchorWords(['year', 'month', 'week', 'day', 'quarter', 'qtr', 'fortnight', 'morning', 'afternoon', 'evening', 'night', 'tomorrow']);
/** The last word of every named day's name, with no letter after it; or the first of "Hallowe'en". */
const HOLIDAY_ANCHOR = anchorWords(['hallowe'], ['day', 'eve', 'night', 'thanksgiving', 'holiday', 'pentecost', 'gras']);
const AGO_ANCHOR = anchorWords(['ago']);
const SEASON_ANCHOR = anchorWords(['spring', 'summer', 'autumn', 'fall']);
/** Sticky copies of the patterns that open with a month's or a weekday's name, tried only where one stands. */
const AT_HIT = Object.fromEntries(
  Object.entries({ MDY_RANGE, MDY_SPAN, MDY, MY, MY_RANGE, WEEKDAY_OF_WEEK }).map(([k, r]) => [k, new RegExp(r.source, `${r.flags}y`)]),
) as Record<'MDY_RANGE' | 'MDY_SPAN' | 'MDY' | 'MY' | 'MY_RANGE' | 'WEEKDAY_OF_WEEK', RegExp>;

/** "15/2": DAY_MONTH. */
const DAY_SLASH_MONTH = /\d\/\d/g;

// ---------- candidates ----------

/** The tense of the clause around a mention: it places a date without a year before or after the document's. */
type Tense = 'past' | 'future' | null;
type Unit = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'fortnight';
type Relative =
  | { kind: 'month-day'; m: number; d: number; m2?: number; d2?: number; shift?: number; tense?: Tense }
  | { kind: 'ago'; unit: Unit; n: number; today: boolean }
  | { kind: 'offset'; unit: Unit; n: number }
  | { kind: 'month'; m: number; which?: 'this' | 'last' | 'next'; lead?: 'last' | 'next' | 'this' | 'since'; tense?: Tense }
  | { kind: 'season'; first: number; last: number; which: 'last' | 'this' | 'next' }
  | { kind: 'anchored'; unit: Unit; n: number; weekday?: number }
  | { kind: 'deictic'; offset: number }
  | { kind: 'unit'; unit: 'year' | 'month' | 'week' | 'day' | 'quarter'; shift: number }
  | { kind: 'weekday'; day: number; which: 'nearest' | 'last' | 'next' | 'this' | 'past' | 'future' }
  | { kind: 'week-day'; day: number; week: number }
  | { kind: 'weekend'; which: 'last' | 'this' | 'next' }
  | { kind: 'workday'; which: 'last' | 'this' | 'next' }
  | { kind: 'holiday'; holiday: Holiday; which?: 'last' | 'next' | 'this'; year?: number };

interface Candidate {
  start: number;
  end: number;
  value?: string;
  rel?: Relative;
  /** An offset waiting for its anchor ("2 days after" + "tomorrow"). */
  pre?: { unit: Unit; n: number };
}

const monthOf = (w: string | undefined): number => MONTHS[(w ?? '').toLowerCase().replace(/\.$/, '')] ?? 0;
const shiftOf = (w: string | undefined): number | undefined => (w === 'last' ? -1 : w === 'next' ? 1 : w === 'this' ? 0 : undefined);
const dayOf = (w: string | undefined): number => {
  const s = (w ?? '').toLowerCase();
  return ORDINAL_DAYS[s] ?? (Number.parseInt(s, 10) || 0);
};
const countOf = (w: string | undefined): number => {
  const s = (w ?? '').toLowerCase().replace(/\s+/g, ' ');
  return COUNT_WORDS[s] ?? (Number.parseInt(s, 10) || 0);
};
/** A year as written; two digits only after an abbreviated month, a dash or slash, or an apostrophe. */
function yearOf(y: string | undefined, month: string | undefined, sep: string | undefined): number | null {
  if (!y) return null;
  const digits = y.replace("'", '');
  if (digits.length === 4) return Number(digits);
  // "Aug 96", "Sept. 96"; not "May 18" or "June 21", whole names that read as a day after them.
  const bare = (month ?? '').replace('.', '');
  const abbreviated = !!month && bare.length <= 4 && (month.endsWith('.') || !FULL_MONTHS.has(bare.toLowerCase()));
  if (y.startsWith("'") || abbreviated || /[-/]/.test(sep ?? '')) return fullYear(digits);
  return null;
}

function dayRange(a: Day, b: Day): string | undefined {
  if (!valid(a.y, a.m, a.d) || !valid(b.y, b.m, b.d)) return undefined;
  const oa = ordinal(a);
  const ob = ordinal(b);
  if (ob < oa) return undefined;
  return oa === ob ? dayValue(a) : `${dayValue(a)}/${dayValue(b)}`;
}

function collect(text: string, order: 'dmy' | 'mdy', phrase: boolean): Candidate[] {
  const out: Candidate[] = [];
  // Where the patterns built on a month's name, a weekday or a word of time can match (see date-windows.ts).
  const lower = lowerOf(text);
  const monthHits = hitsOfWords(text, lower, MONTH_ANCHOR);
  const months = windowsAt(text, monthHits);
  const weekdayHits = hitsOfWords(text, lower, WEEKDAY_ANCHOR);
  const weekdays = windowsAt(text, weekdayHits);
  const times = windowsOfWords(text, lower, TIME_ANCHOR);
  // A hit with neither value nor relative reading (30 February 2021) still holds its span, so no shorter reading of it counts.
  const add = (m: RegExpMatchArray, value?: string, rel?: Relative): void => {
    out.push({ start: m.index!, end: m.index! + m[0].length, value, rel });
  };
  const dayOrRel = (m: RegExpMatchArray, y: number | null, mo: number, d: number, which?: string): void => {
    if (y !== null) add(m, valid(y, mo, d) ? dayValue({ y, m: mo, d }) : undefined);
    // "April 6 Youth Movement", "the 26 July Movement": a date that opens a name.
    else if (opensName(text, m.index!, m.index! + m[0].length)) add(m);
    else if (d >= 1 && d <= 31 && mo) {
      const tense = phrase ? null : tenseAt(text, m.index!, m.index! + m[0].length);
      add(m, undefined, { kind: 'month-day', m: mo, d, shift: shiftOf(which), tense });
    } else add(m);
  };
  for (const m of matchesIn(text, DMY_RANGE, months)) {
    const [d1, d2, mo] = [dayOf(m[1]), dayOf(m[2]), monthOf(m[3])];
    const y = yearOf(m[5], m[3], m[4]);
    if (y !== null) add(m, dayRange({ y, m: mo, d: d1 }, { y, m: mo, d: d2 }));
    else if (d1 >= 1 && d2 <= 31 && d1 < d2) add(m, undefined, { kind: 'month-day', m: mo, d: d1, m2: mo, d2, shift: shiftOf(m[6]) });
  }
  for (const m of matchesIn(text, DMY_SPAN, months)) {
    const y = yearOf(m[5], m[4], '-');
    if (y !== null) add(m, dayRange({ y, m: monthOf(m[2]), d: dayOf(m[1]) }, { y, m: monthOf(m[4]), d: dayOf(m[3]) }));
  }
  for (const m of matchesIn(text, DMY, months)) {
    if (!phrase && m[2] === m[2]!.toLowerCase() && !m[4]) continue; // "15 march" in lower case needs its year in prose
    dayOrRel(m, yearOf(m[4], m[2], m[3]), monthOf(m[2]), dayOf(m[1]), m[5]);
  }
  for (const m of matchesIn(text, DMY_WORDS, months)) dayOrRel(m, yearOf(m[3], m[2], ' '), monthOf(m[2]), dayOf(m[1]), m[4]);
  for (const m of matchesAt(text, AT_HIT.MDY_RANGE, monthHits)) {
    const [mo, d1, d2] = [monthOf(m[1]), dayOf(m[2]), dayOf(m[3])];
    const y = yearOf(m[4], m[1], ' ');
    if (y !== null) add(m, dayRange({ y, m: mo, d: d1 }, { y, m: mo, d: d2 }));
    else if (d1 >= 1 && d2 <= 31 && d1 < d2) add(m, undefined, { kind: 'month-day', m: mo, d: d1, m2: mo, d2, shift: shiftOf(m[5]) });
  }
  for (const m of matchesAt(text, AT_HIT.MDY_SPAN, monthHits)) {
    const y = yearOf(m[5], m[3], ' ');
    if (y !== null) add(m, dayRange({ y, m: monthOf(m[1]), d: dayOf(m[2]) }, { y, m: monthOf(m[3]), d: dayOf(m[4]) }));
  }
  for (const m of matchesAt(text, AT_HIT.MDY, monthHits)) dayOrRel(m, yearOf(m[4], m[1], m[3]), monthOf(m[1]), dayOf(m[2]), m[5]);
  for (const m of matchesAt(text, AT_HIT.MY, monthHits)) {
    const y = yearOf(m[3], m[1], m[2]);
    if (y !== null) add(m, monthValue(y, monthOf(m[1])));
  }
  for (const m of matchesIn(text, YM, months)) add(m, monthValue(Number(m[1]), monthOf(m[2])));
  for (const m of matchesIn(text, YMD, months)) {
    const [y, mo, d] = [Number(m[1]), monthOf(m[2]), Number(m[3])];
    add(m, valid(y, mo, d) ? dayValue({ y, m: mo, d }) : undefined);
  }
  for (const m of matchesAt(text, AT_HIT.MY_RANGE, monthHits)) {
    const y = Number(m[3]);
    const a = monthOf(m[1]);
    const b = monthOf(m[2]);
    if (a < b) add(m, `${monthValue(y, a)}/${monthValue(y, b)}`);
  }
  for (const m of text.matchAll(ISO)) {
    let [y, mo, d] = [Number(m[1]), Number(m[3]), Number(m[4])];
    if (m[2] === ' ' && (m[3]!.length !== 2 || m[4]!.length !== 2)) continue;
    if (mo > 12 && d <= 12) [mo, d] = [d, mo];
    if (valid(y, mo, d)) add(m, dayValue({ y, m: mo, d }));
  }
  for (const m of text.matchAll(NUMERIC)) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const short = m[4]!.length === 2;
    // 12-10-21 is too often a reference number, 1.1.30 a version: two-digit years only when the date is plain.
    if (short && (m[2] === '.' || m[2] === ' ' || (m[2] === '-' && a <= 12 && b <= 12 && !phrase))) continue;
    if (m[2] === ' ' && (m[1]!.length !== 2 || m[3]!.length !== 2) && !phrase) continue;
    const y = fullYear(m[4]!);
    let d = order === 'mdy' ? b : a;
    let mo = order === 'mdy' ? a : b;
    if (mo > 12 && d <= 12) [d, mo] = [mo, d];
    add(m, valid(y, mo, d) ? dayValue({ y, m: mo, d }) : undefined);
  }
  for (const m of text.matchAll(MONTH_YEAR)) {
    const mo = Number(m[1]);
    if (mo >= 1 && mo <= 12) add(m, monthValue(Number(m[2]), mo));
  }
  for (const m of matchesIn(text, DAY_MONTH, windowsAround(text, DAY_SLASH_MONTH))) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    let d = order === 'mdy' ? b : a;
    let mo = order === 'mdy' ? a : b;
    if (mo > 12 && d <= 12) [d, mo] = [mo, d];
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31) {
      const at = m.index! + m[0].indexOf(m[1]!, m[0].search(/\d/));
      out.push({ start: at, end: m.index! + m[0].length, rel: { kind: 'month-day', m: mo, d } });
    }
  }
  for (const m of text.matchAll(YEAR_BETWEEN)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (b > a) add(m, `${a}/${b}`);
  }
  for (const m of text.matchAll(YEAR_RANGE)) {
    const a = Number(m[1]);
    const bs = m[2]!;
    const b = bs.length === 2 ? Math.floor(a / 100) * 100 + Number(bs) : Number(bs);
    if (b > a && b - a < 100) add(m, `${a}/${b}`);
  }
  for (const m of text.matchAll(BARE_YEAR)) {
    if (isCount(text, m.index! + m[0].length)) continue;
    add(m, m[1]);
  }
  for (const m of matchesIn(text, MONTH_ALONE, months)) {
    const mo = monthOf(m[2]);
    if (!mo) continue;
    const prep = m[1]!.toLowerCase();
    if (m[2] === 'May' || m[2] === 'March') {
      // "May" and "March" are also a verb and a noun: only with a preposition that takes a time.
      if (!/^(?:in|during|since|until|till|by|from|to|early|late|mid|end of|beginning of|last|next|this|past|this past)$/.test(prep)) continue;
    }
    const which = m[3] as 'this' | 'last' | 'next' | undefined;
    // "last August" is the last one before the document's date, "next August" the next one after it; "since August" is past.
    const lead = prep === 'last' || prep === 'past' || prep === 'this past' ? 'last' : prep === 'next' || prep === 'this' ? prep : prep === 'since' ? 'since' : undefined;
    // The span is the month (and its year phrase), not the preposition; "last" and "next" belong to it.
    const at = m.index! + (lead && lead !== 'since' ? 0 : m[0].indexOf(m[2]!));
    const tense = phrase || /^(?:until|till|to)$/.test(prep) ? null : tenseAt(text, m.index!, m.index! + m[0].length);
    // A full stop after a month written in full ends the sentence, not an abbreviation.
    const end = m.index! + m[0].length - (!m[3] && m[0].endsWith('.') && FULL_MONTHS.has(m[2]!.toLowerCase()) ? 1 : 0);
    out.push({ start: at, end, rel: { kind: 'month', m: mo, which, lead, tense } });
  }
  for (const m of matchesIn(text, SEASON, windowsOfWords(text, lower, SEASON_ANCHOR))) {
    const w = m[1]!.toLowerCase() as 'last' | 'this' | 'next';
    const [first, last] = SEASONS[m[2]!.toLowerCase()]!;
    add(m, undefined, { kind: 'season', first, last, which: w });
  }
  for (const m of matchesIn(text, PART_OF, times)) add(m, undefined, { kind: 'unit', unit: m[1] === 'year' ? 'year' : 'month', shift: 0 });
  for (const m of matchesIn(text, DEICTIC, times)) {
    const w = m[1]!.toLowerCase();
    add(m, undefined, { kind: 'deictic', offset: w === 'yesterday' || w.startsWith('last') ? -1 : w === 'tomorrow' ? 1 : 0 });
  }
  for (const m of matchesIn(text, AGO, windowsOfWords(text, lower, AGO_ANCHOR))) {
    const n = countOf(m[1]);
    if (n > 0) add(m, undefined, { kind: 'ago', unit: TIME_UNITS[m[2]!.toLowerCase()]!, n, today: !!m[3] });
  }
  for (const m of matchesIn(text, REL_UNIT, times)) {
    // "in the next year", "over the past month": a stretch of time, not a date.
    if (/\bthe\s{1,3}$/i.test(text.slice(Math.max(0, m.index! - 5), m.index!))) continue;
    const w = m[1]!.toLowerCase();
    const shift = w === 'last' || w === 'previous' || w === 'past' ? -1 : w === 'next' || w === 'coming' ? 1 : 0;
    const u = m[2]!.toLowerCase();
    // "last week" names no day, month or year: in a document it is left out.
    if (!phrase && u !== 'year' && u !== 'month') continue;
    add(m, undefined, { kind: 'unit', unit: u === 'qtr' ? 'quarter' : (u as 'year' | 'month' | 'week' | 'day' | 'quarter'), shift });
  }
  anchored(text, out, times, weekdays);
  if (phrase) {
    // Offsets from now ("in 5 days", "2 weeks later"): in a document they are durations, not dates.
    for (const m of text.matchAll(OFFSET)) {
      const lead = (m[1] ?? '').toLowerCase();
      const tail = (m[4] ?? '').toLowerCase();
      if (!lead && !tail) continue;
      const n = countOf(m[2]);
      const sign = lead === 'last' || lead === 'past' ? -1 : 1;
      if (n > 0) add(m, undefined, { kind: 'offset', unit: TIME_UNITS[m[3]!.toLowerCase()]!, n: sign * n });
    }
    for (const m of text.matchAll(OFFSET_SIGNED)) {
      const n = Number(m[2]) * (m[1] === '-' ? -1 : 1);
      if (n) add(m, undefined, { kind: 'offset', unit: TIME_UNITS[m[3]!.toLowerCase()]!, n });
    }
    for (const m of text.matchAll(OFFSET_BEFORE)) {
      const n = m[1] ? countOf(m[1]) : 1;
      const sign = m[3]!.toLowerCase() === 'before' ? -1 : 1;
      out.push({ start: m.index!, end: m.index! + m[0].length, pre: { unit: TIME_UNITS[m[2]!.toLowerCase()]!, n: sign * n } });
    }
  }
  for (const m of matchesIn(text, WEEKEND, times)) {
    const w = m[1]!.toLowerCase();
    const which = w === 'last' || w === 'past' ? 'last' : w === 'next' ? 'next' : 'this';
    add(m, undefined, { kind: m[2]!.toLowerCase() === 'weekend' ? 'weekend' : 'workday', which });
  }
  for (const m of matchesAt(text, AT_HIT.WEEKDAY_OF_WEEK, weekdayHits)) {
    const w = m[2]!.toLowerCase();
    add(m, undefined, { kind: 'week-day', day: WEEKDAYS[m[1]!.toLowerCase()]!, week: w === 'next' ? 1 : w === 'last' ? -1 : 0 });
  }
  for (const m of matchesIn(text, REL_WEEKDAY, weekdays)) {
    if (m[2] === m[2]!.toLowerCase() && !phrase) continue; // "monday" in lower case only in a short phrase
    const w = (m[1] ?? '').toLowerCase();
    let which: 'nearest' | 'last' | 'next' | 'this' | 'past' | 'future' = w === 'last' || w === 'past' ? 'last' : w === 'next' ? 'next' : w === 'coming' ? 'future' : w === 'this' ? 'this' : 'nearest';
    // "(this) coming Monday" is the first one on from the date; "next Monday" the one in the week after the date's.
    // In a document a bare weekday is the last one on or before its date, unless the sentence speaks of the future.
    if (which === 'nearest' && !phrase) which = speaksOfFuture(text, m.index!, m.index! + m[0].length) || isDeadline(text, m.index! + m[0].indexOf(m[2]!)) ? 'future' : 'past';
    const day = WEEKDAYS[m[2]!.toLowerCase()]!;
    const at = w === 'on' ? m.index! + m[0].indexOf(m[2]!) : m.index!;
    out.push({ start: at, end: m.index! + m[0].length, rel: { kind: 'weekday', day, which } });
  }
  for (const m of matchesIn(text, HOLIDAY, windowsOfWords(text, lower, HOLIDAY_ANCHOR))) {
    const key = m[2]!.toLowerCase().replace(/\s+/g, ' ').replace(/\u2019/g, "'");
    const holiday = HOLIDAYS.find((h) => h.names.some((n) => n.replace(/'/g, '') === key.replace(/'/g, '')));
    if (!holiday) continue;
    if (!phrase && m[2] === key) continue; // in a document, named days are capitalised
    const which = (m[1]?.toLowerCase() as 'last' | 'next' | 'this' | undefined) ?? undefined;
    const year = m[3] ? Number(m[3]) : undefined;
    if (year) add(m, holidayValue(holiday, year, order));
    else add(m, undefined, { kind: 'holiday', holiday, which, year });
  }
  if (phrase) wholePhrase(text, order, out);
  return out;
}

/** Offsets from the date told just before: "two days later", "the following year", "later that month". */
function anchored(text: string, out: Candidate[], times: readonly number[], weekdays: readonly number[]): void {
  const push = (m: RegExpMatchArray, unit: Unit, n: number): void => {
    out.push({ start: m.index!, end: m.index! + m[0].length, rel: { kind: 'anchored', unit, n } });
  };
  const unitOf = (w: string): Unit => (/^(?:day|morning|afternoon|evening|night)$/.test(w) ? 'day' : (TIME_UNITS[w] ?? 'day'));
  for (const m of matchesIn(text, ANCHORED_COUNT, times)) {
    // "Today, two years later": the present, not a date told before.
    if (/\b(?:today|now),?\s{0,2}$/i.test(text.slice(Math.max(0, m.index! - 8), m.index!))) continue;
    const n = countOf(m[1]);
    if (n > 0) push(m, unitOf(m[2]!.toLowerCase()), m[3]!.toLowerCase() === 'earlier' ? -n : n);
  }
  for (const m of matchesIn(text, ANCHORED_NEXT, times)) {
    const w = m[1]!.toLowerCase();
    const before = text.slice(Math.max(0, m.index! - 12), m.index!);
    // "in the next year", "over the following month": a stretch of time ahead, not a date.
    if (w === 'next' && /\b(?:in|over|within|during|for|throughout)\s{1,3}$/i.test(before)) continue;
    if (w === 'following' && /\b(?:over|within|during|for|throughout)\s{1,3}$/i.test(before)) continue;
    push(m, unitOf(m[2]!.toLowerCase()), w === 'same' ? 0 : w === 'previous' || w === 'preceding' ? -1 : 1);
  }
  for (const m of matchesIn(text, ANCHORED_THAT, times)) push(m, unitOf(m[1]!.toLowerCase()), 0);
  for (const m of matchesIn(text, ANCHORED_AFTER, times)) push(m, unitOf(m[1]!.toLowerCase()), m[2]!.toLowerCase() === 'before' ? -1 : 1);
  for (const m of matchesIn(text, ANCHORED_WEEKDAY, weekdays)) {
    const w = m[1]!.toLowerCase();
    const n = w === 'previous' || w === 'preceding' ? -1 : 1;
    out.push({ start: m.index!, end: m.index! + m[0].length, rel: { kind: 'anchored', unit: 'day', n, weekday: WEEKDAYS[m[2]!.toLowerCase()]! } });
  }
}

/** An anchored offset from the value of the date told before it: a day from a day, a month from a day or a month, a year from any. */
function anchoredValue(anchor: string, unit: Unit, n: number, day?: number): string | undefined {
  if (anchor.includes('/')) return undefined; // "the following day" after a range: which end?
  if (day !== undefined) {
    if (anchor.length !== 10) return undefined;
    const a = toDay(anchor)!;
    const wd = weekday(a);
    return dayValue(addDays(a, n > 0 ? (day - wd + 7) % 7 || 7 : -((wd - day + 7) % 7 || 7)));
  }
  if (unit === 'year') return String(Number(anchor.slice(0, 4)) + n);
  if (unit === 'month') return anchor.length >= 7 ? monthValue(...addMonths({ y: Number(anchor.slice(0, 4)), m: Number(anchor.slice(5, 7)), d: 1 }, n)) : undefined;
  if (unit === 'quarter' || anchor.length !== 10) return undefined;
  return dayValue(offsetDayOf(toDay(anchor)!, unit, n));
}

/** Forms read only when they are the whole phrase: "15/2", "15 - 2", "090107". */
function wholePhrase(text: string, order: 'dmy' | 'mdy', out: Candidate[]): void {
  const t = text.trim();
  const at = text.indexOf(t);
  let m = /^(\d{1,2}) ?[/-] ?(\d{1,2})$/.exec(t);
  if (m) {
    let d = order === 'mdy' ? Number(m[2]) : Number(m[1]);
    let mo = order === 'mdy' ? Number(m[1]) : Number(m[2]);
    if (mo > 12 && d <= 12) [d, mo] = [mo, d];
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31) out.push({ start: at, end: at + t.length, rel: { kind: 'month-day', m: mo, d } });
    return;
  }
  const mo = monthOf(t.replace(/\.$/, ''));
  if (mo && /^\p{L}+\.?$/u.test(t)) {
    out.push({ start: at, end: at + t.length, rel: { kind: 'month', m: mo } });
    return;
  }
  m = /^(\d{2})(\d{2})(\d{2}|\d{4})$/.exec(t);
  if (m) {
    const [a, b, y] = [Number(m[1]), Number(m[2]), fullYear(m[3]!)];
    const [d, mo] = order === 'mdy' ? [b, a] : [a, b];
    if (valid(y, mo, d)) out.push({ start: at, end: at + t.length, value: dayValue({ y, m: mo, d }) });
  }
}

/** Words that put a sentence in the future: "will arrive on Friday", "is due to be heard on Monday". */
const FUTURE = /\b(?:will|shall|won't|is due|are due|is scheduled|are scheduled|is set to|are set to|is expected to|are expected to|going to|plans? to|planned|upcoming|to be held|to take place)\b|'ll\b/i;

/** Whether the sentence around text[start, end) speaks of the future. */
function speaksOfFuture(text: string, start: number, end: number): boolean {
  let from = Math.max(0, start - 160);
  const before = text.slice(from, start);
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf('? '), before.lastIndexOf('! '));
  if (stop >= 0) from += stop + 1;
  const after = text.slice(end, end + 80);
  const cut = after.search(/[.!?\n]/);
  return FUTURE.test(text.slice(from, start)) || FUTURE.test(cut >= 0 ? after.slice(0, cut) : after);
}

/** A deadline just before a weekday: "by Friday", "until Monday", "no later than close of business on Friday". */
const DEADLINE_BEFORE = /\b(?:by|until|till|before|no later than|not later than|deadline(?: is)?)\s{1,3}(?:(?:the\s{1,3})?(?:close|end)\s{1,3}of\s{1,3}(?:business|play|day)\s{1,3}|(?:COB|EOD|noon|midday)\s{1,3})?(?:on\s{1,3})?$/i;
/** A request in the sentence: "please", "kindly", "we ask you to", "we urge you to". */
const REQUEST = /\b(?:please|kindly|we (?:ask|urge|invite|request) you)\b/i;

/** The first word of a sentence, after an optional "Please": "Join", "Reply". */
const FIRST_WORD = /^\s*(?:please,?\s{1,3})?(\p{Lu}[\p{Ll}-]*)\b/iu;

/** A setting of a time just before a weekday: "has been scheduled for Thursday", "adjourned the hearing until Monday". */
const SET_FOR = /\b(?:scheduled|rescheduled|set|planned|slated|fixed|adjourned|postponed|deferred|moved|put off)\b[^.!?;\n]{0,40}?\b(?:for|until|till|to)\s{1,3}(?:(?:next|this|the\s{1,3}coming)\s{1,3})?$/i;

/** Verbs in the present tense that put an event on a day: "the Committee meets on Thursday", "the vote is on Monday". */
const PRESENT = /\b(?:is|are|meets?|opens?|begins?|starts?|takes?\s{1,3}place|closes?|ends?|resumes?|convenes?|sits?|expires?|falls?)\b/i;

/** Whether a past-tense word comes in s: a participle after "be", "is", "are" is passive, not past ("are needed"). */
function hasPast(s: string): boolean {
  for (const p of s.matchAll(PAST)) if (!/\b(?:be|is|are|am)\s$/.test(s.slice(Math.max(0, p.index! - 4), p.index!))) return true;
  return false;
}

/**
 * Whether a bare weekday at text[at] is the coming one: a time something is set for, a request ("please", a sentence
 * opened by a request verb), a deadline ("by Friday") not told in the past, or a sentence with no past-tense word.
 */
function isDeadline(text: string, at: number): boolean {
  let from = Math.max(0, at - 160);
  const before = text.slice(from, at);
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf('? '), before.lastIndexOf('! '), before.lastIndexOf('; '));
  if (stop >= 0) from += stop + 1;
  const head = text.slice(from, at);
  const after = text.slice(at, at + 120);
  const cut = after.search(/[.!?;\n]/);
  const tail = cut >= 0 ? after.slice(0, cut) : after;
  if (SET_FOR.test(head.slice(-64))) return true;
  // "please" anywhere in the sentence ("On Friday, please call"); an imperative opening it ("Join us on Friday").
  if (REQUEST.test(head) || REQUEST.test(tail)) return true;
  // "He was held until Friday", "they asked us to reply by Friday": told in the past.
  if (hasPast(head)) return false;
  const first = stop >= 0 || from === 0 ? FIRST_WORD.exec(head) : null;
  if ((first && REQUEST_VERBS.has(first[1]!.toLowerCase())) || DEADLINE_BEFORE.test(head.slice(-48))) return true;
  // "The Committee meets on Thursday": a sentence in the present tense, with nothing in it past.
  // A reporting verb after a comma ("…, the speaker said") does not set the clause's tense.
  const comma = tail.indexOf(',');
  return (PRESENT.test(head) || PRESENT.test(tail)) && !hasPast(comma >= 0 ? tail.slice(0, comma) : tail);
}

/** Up to four capitalised words after a date. */
const CAPITALISED_AFTER = /^ (\p{Lu}[\p{L}'’-]*)(?: (\p{Lu}[\p{L}'’-]*))?(?: (\p{Lu}[\p{L}'’-]*))?(?: (\p{Lu}[\p{L}'’-]*))?/u;
/** A preposition before a date that keeps it a date: "On April 6 Police arrested him". */
const DATE_PREPOSITION = /\b(?:on|since|by|until|till|from|before|after)\s{1,3}$/i;

/** Whether a date without its year at text[start, end) opens an organisation's name: capitalised words after it end in a head word. */
function opensName(text: string, start: number, end: number): boolean {
  const m = CAPITALISED_AFTER.exec(text.slice(end, end + 80));
  if (!m) return false;
  if (DATE_PREPOSITION.test(text.slice(Math.max(0, start - 8), start))) return false;
  return m.slice(1).some((w) => !!w && (TRAILING_HEADS.has(w) || DATE_NAME_HEADS.has(w)));
}

/** Words that put a clause in the past: auxiliaries, "ago", "since", and verbs in the past tense. */
const PAST = /\b(?:was|were|had|did|has been|have been|ago|since|fled|held|left|went|came|took|sent|wrote|met|told|said|began|fell|gave|got|made|saw|spoke|won|lost|\p{Ll}{2,}ed)\b/giu;
const FUTURE_G = new RegExp(FUTURE.source, 'giu');

/** Prepositions before a date that an act looks ahead to. */
const AHEAD_TO = /\b(?:until|till|to|for)\s{1,3}(?:the\s{1,3})?$/i;

/** The tense of the clause around text[start, end): the marker nearest before it, else the first after it, in its sentence. */
function tenseAt(text: string, start: number, end: number): Tense {
  // "postponed until April", "adjourned to 12 April": a time the act looks ahead to, whatever its tense.
  if (AHEAD_TO.test(text.slice(Math.max(0, start - 12), start))) return null;
  let from = Math.max(0, start - 160);
  const before = text.slice(from, start);
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf('? '), before.lastIndexOf('! '), before.lastIndexOf('; '));
  if (stop >= 0) from += stop + 1;
  const head = text.slice(from, start);
  // A participle after "be" is passive, not past: "will be tried".
  const lastAt = (r: RegExp, s: string): number => {
    let at = -1;
    for (const m of s.matchAll(r)) if (!/\bbe\s$/.test(s.slice(Math.max(0, m.index! - 4), m.index!))) at = m.index!;
    return at;
  };
  const past = lastAt(PAST, head);
  const future = lastAt(FUTURE_G, head);
  if (past >= 0 || future >= 0) return future >= 0 && future >= past ? 'future' : 'past';
  const after = text.slice(end, end + 100);
  const cut = after.search(/[.!?;\n]/);
  const tail = cut >= 0 ? after.slice(0, cut) : after;
  const p = tail.search(PAST);
  const f = tail.search(FUTURE);
  if (p < 0 && f < 0) return null;
  return f >= 0 && (p < 0 || f < p) ? 'future' : 'past';
}

/** A four-digit number followed by a count noun ("2000 people") or a unit. */
function isCount(text: string, end: number): boolean {
  const after = /^ {1,2}([a-z]+)/i.exec(text.slice(end, end + 24));
  return !!after && COUNT_NOUNS.has(after[1]!.toLowerCase());
}

/** Settles overlapping candidates: the longest wins, then the one with a reading, then the earliest. Linear: every pattern's hits are bounded in length. */
function settle(cands: Candidate[], length: number): Candidate[] {
  const empty = (c: Candidate): number => (c.value || c.rel || c.pre ? 0 : 1);
  const sorted = [...cands].sort((a, b) => b.end - b.start - (a.end - a.start) || empty(a) - empty(b) || a.start - b.start);
  const taken: Candidate[] = [];
  const used = new Uint8Array(length + 1);
  for (const c of sorted) {
    let free = true;
    for (let i = c.start; i < c.end && free; i++) if (used[i]) free = false;
    if (!free) continue;
    used.fill(1, c.start, c.end);
    taken.push(c);
  }
  return taken.sort((a, b) => a.start - b.start);
}

// ---------- resolving relative mentions ----------

function addMonths(x: Day, n: number): [number, number] {
  const t = x.m - 1 + n;
  return [x.y + Math.floor(t / 12), (((t % 12) + 12) % 12) + 1];
}
function shiftMonthsDay(x: Day, n: number): Day {
  const [y, m] = addMonths(x, n);
  return { y, m, d: Math.min(x.d, daysIn(y, m)) };
}
/** A reference moved by a count of units: a day for days and weeks, a month for months, a year for years. */
function offsetValue(ref: Day, unit: Unit, n: number): string {
  switch (unit) {
    case 'day':
      return dayValue(addDays(ref, n));
    case 'week':
      return dayValue(addDays(ref, 7 * n));
    case 'fortnight':
      return dayValue(addDays(ref, 14 * n));
    case 'month':
      return monthValue(...addMonths(ref, n));
    case 'quarter':
      return dayValue(shiftMonthsDay(ref, 3 * n));
    case 'year':
      return String(ref.y + n);
  }
}
/** A day moved by a count of units, kept as a day ("2 weeks after yesterday"). */
function offsetDayOf(x: Day, unit: Unit, n: number): Day {
  if (unit === 'day') return addDays(x, n);
  if (unit === 'week') return addDays(x, 7 * n);
  if (unit === 'fortnight') return addDays(x, 14 * n);
  if (unit === 'month') return shiftMonthsDay(x, n);
  if (unit === 'quarter') return shiftMonthsDay(x, 3 * n);
  return shiftMonthsDay(x, 12 * n);
}

/** Easter Sunday of a year (the Gregorian computus). */
function easter(y: number): Day {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}
function ruleDay(rule: HolidayRule, y: number): Day | null {
  if (rule.kind === 'fixed') return valid(y, rule.m, rule.d) ? { y, m: rule.m, d: rule.d } : null;
  if (rule.kind === 'easter') return addDays(easter(y), rule.offset);
  if (rule.n > 0) {
    const first = weekday({ y, m: rule.m, d: 1 });
    return { y, m: rule.m, d: 1 + ((rule.weekday - first + 7) % 7) + 7 * (rule.n - 1) };
  }
  const lastDay = daysIn(y, rule.m);
  const last = weekday({ y, m: rule.m, d: lastDay });
  return { y, m: rule.m, d: lastDay - ((last - rule.weekday + 7) % 7) };
}
/** Day-first documents follow the British rule of a named day ("Mother's Day"). */
function holidayValue(h: Holiday, y: number, order: 'dmy' | 'mdy'): string | undefined {
  const day = ruleDay(order === 'dmy' && h.uk ? h.uk : h.rule, y);
  return day ? dayValue(day) : undefined;
}

/** A day without a year in a past clause is the last one on or before the reference; in a future clause, the next one on or after it. */
function tenseYear(ref: Day, m: number, d: number, tense: Tense | undefined): number | null {
  if (!tense) return null;
  if (tense === 'past') return m > ref.m || (m === ref.m && d > ref.d) ? ref.y - 1 : ref.y;
  return m < ref.m || (m === ref.m && d < ref.d) ? ref.y + 1 : ref.y;
}

/** The year that puts month-day nearest the reference, the past winning a tie. */
function nearestYear(ref: Day, m: number, d: number): number {
  let best = ref.y;
  let bestDist = Infinity;
  for (const y of [ref.y - 1, ref.y, ref.y + 1]) {
    const dd = Math.min(d, daysIn(y, m));
    const dist = ordinal({ y, m, d: dd }) - ordinal(ref);
    const abs = Math.abs(dist) + (dist > 0 ? 0.5 : 0);
    if (abs < bestDist) {
      bestDist = abs;
      best = y;
    }
  }
  return best;
}

function resolve(rel: Relative, ref: Day, order: 'dmy' | 'mdy'): string | undefined {
  switch (rel.kind) {
    case 'month-day': {
      const y = rel.shift !== undefined ? ref.y + rel.shift : tenseYear(ref, rel.m, rel.d, rel.tense) ?? nearestYear(ref, rel.m, rel.d);
      if (rel.m2 !== undefined && rel.d2 !== undefined) return dayRange({ y, m: rel.m, d: rel.d }, { y, m: rel.m2, d: rel.d2 });
      return valid(y, rel.m, rel.d) ? dayValue({ y, m: rel.m, d: rel.d }) : undefined;
    }
    case 'month': {
      if (rel.which === 'this') return monthValue(ref.y, rel.m);
      if (rel.which === 'last') return monthValue(ref.y - 1, rel.m);
      if (rel.which === 'next') return monthValue(ref.y + 1, rel.m);
      if (rel.lead === 'last') return monthValue(rel.m < ref.m ? ref.y : ref.y - 1, rel.m);
      if (rel.lead === 'next') return monthValue(rel.m > ref.m ? ref.y : ref.y + 1, rel.m);
      // "since August", or a month in a past clause: the last one on or before the document's month; in a future clause, the next one.
      if (rel.lead === 'since' || (rel.lead !== 'this' && rel.tense === 'past')) return monthValue(rel.m <= ref.m ? ref.y : ref.y - 1, rel.m);
      if (rel.tense === 'future') return monthValue(rel.m >= ref.m ? ref.y : ref.y + 1, rel.m);
      // "this August" in a past clause, when August is still to come: the one gone by.
      if (rel.lead === 'this' && rel.tense === 'past' && rel.m > ref.m) return monthValue(ref.y - 1, rel.m);
      return monthValue(ref.y, rel.m);
    }
    case 'anchored':
      return undefined; // read against the date told before it, in scanDates
    case 'season': {
      if (rel.which === 'last') return String(ref.m > rel.last ? ref.y : ref.y - 1);
      if (rel.which === 'next') return String(ref.m < rel.first ? ref.y : ref.y + 1);
      return String(ref.y);
    }
    case 'ago': {
      if (rel.unit === 'year') return rel.today ? shiftYears(ref, -rel.n) : String(ref.y - rel.n);
      if (rel.unit === 'month') {
        const t = ref.m - 1 - rel.n;
        return monthValue(ref.y + Math.floor(t / 12), ((t % 12) + 12) % 12 + 1);
      }
      return dayValue(addDays(ref, -(rel.unit === 'week' ? 7 : 1) * rel.n));
    }
    case 'offset':
      return offsetValue(ref, rel.unit, rel.n);
    case 'deictic':
      return dayValue(addDays(ref, rel.offset));
    case 'unit': {
      if (rel.unit === 'year') return String(ref.y + rel.shift);
      if (rel.unit === 'month') return monthValue(...addMonths(ref, rel.shift));
      if (rel.unit === 'quarter') return dayValue(shiftMonthsDay(ref, 3 * rel.shift));
      return dayValue(addDays(ref, (rel.unit === 'day' ? 1 : 7) * rel.shift));
    }
    case 'weekend': {
      const wd = weekday(ref);
      const toSaturday = (6 - wd + 7) % 7;
      if (rel.which === 'last') return dayValue(addDays(ref, -(wd || 7))); // the Sunday that ended it
      return dayValue(addDays(ref, toSaturday + (rel.which === 'next' ? 7 : 0)));
    }
    case 'workday': {
      let d = ref;
      const step = rel.which === 'last' ? -1 : 1;
      if (rel.which === 'this' && weekday(d) % 6 !== 0) return dayValue(d);
      do d = addDays(d, step);
      while (weekday(d) % 6 === 0);
      return dayValue(d);
    }
    case 'week-day': {
      // Weeks start on Monday: "Friday of next week".
      const monday = addDays(ref, -((weekday(ref) + 6) % 7));
      return dayValue(addDays(monday, 7 * rel.week + ((rel.day + 6) % 7)));
    }
    case 'holiday': {
      if (rel.year) return holidayValue(rel.holiday, rel.year, order);
      const at = (y: number): string | undefined => holidayValue(rel.holiday, y, order);
      const here = at(ref.y);
      if (!here || !rel.which || rel.which === 'this') return here;
      const today = dayValue(ref);
      if (rel.which === 'last') return here < today ? here : at(ref.y - 1);
      return here > today ? here : at(ref.y + 1);
    }
    case 'weekday': {
      const wd = weekday(ref);
      const back = (wd - rel.day + 7) % 7; // days back to the last one on or before ref
      const ahead = (rel.day - wd + 7) % 7; // days on to the next one on or after ref
      // "this Saturday" is the coming one; "next Monday" is that day in the week after the date's (weeks start on
      // Monday): from a Thursday, the Monday four days on; from a Tuesday, "next Sunday" is the Sunday after the coming one.
      if (rel.which === 'this') return dayValue(addDays(ref, ahead));
      if (rel.which === 'next') return dayValue(addDays(ref, 7 - ((wd + 6) % 7) + ((rel.day + 6) % 7)));
      const n = rel.which === 'last' ? -(back || 7) : rel.which === 'past' ? -back : rel.which === 'future' ? ahead : ahead < back ? ahead : -back;
      return dayValue(addDays(ref, n));
    }
  }
}

// ---------- entry points ----------

function normOrder(o: unknown): 'dmy' | 'mdy' | null {
  if (typeof o !== 'string') return null;
  const l = o.toLowerCase();
  return l === 'mdy' ? 'mdy' : l === 'dmy' ? 'dmy' : null;
}

/** The first and last day of a value ("2021-11" -> 2021-11-01, 2021-11-30), for ranges. */
function bounds(v: string): [string, string] {
  const [a, b = a] = v.split('/') as [string, string?];
  return [a, b!];
}

/** How a range end relates to its start: weekdays and days without a year move forward past the start. */
function forward(v: string, rel: Relative | undefined): string {
  if (!rel) return v;
  if (rel.kind === 'weekday' && v.length === 10) {
    const d = toDay(v)!;
    return dayValue(addDays(d, 7));
  }
  if ((rel.kind === 'month-day' || rel.kind === 'month') && /^\d{4}/.test(v)) return `${Number(v.slice(0, 4)) + 1}${v.slice(4)}`;
  return v;
}

const RANGE_JOIN = /^(?:\s{1,3}(?:morning|afternoon|evening|night))?\s{0,3}(?:-|to|until|till|through|thru)\s{0,3}$/i;

/**
 * The text as a scanner meant it (same length, so spans hold): letters read for digits inside a number
 * ("l7 September l987"), digits read for letters inside a month's name ("0ctober", "Ju1y", "Apri1").
 */
function readOcr(text: string): string {
  const out = readOcrDigits(text);
  // Only a word that holds a letter beside a 0 or a 1 is read again, and no word runs across a window's start (it
  // opens after a character that is neither letter nor digit): the windows around those pairs find every such word.
  const windows = windowsOfLetterDigits(out);
  if (!windows.length) return out;
  let fixed = '';
  let at = 0;
  for (const m of matchesIn(out, OCR_MONTH, windows)) {
    const w = m[0];
    if (!/[01]/.test(w) || !/\p{L}/u.test(w)) continue;
    const read = w.replace(/0/g, (_, i: number) => (i === 0 ? 'O' : 'o')).replace(/1/g, 'l');
    if (!MONTHS[read.toLowerCase()]) continue;
    fixed += out.slice(at, m.index) + read;
    at = m.index + w.length;
  }
  return at ? fixed + out.slice(at) : out;
}
/** A word of letters and the digits 0 and 1 that may be a month's name. */
const OCR_MONTH = /(?<![\p{L}\p{N}])[\p{L}01]{3,9}(?![\p{L}\p{N}])/gu;

/**
 * The settled candidates of the texts read last, one per way of reading: they do not depend on the reference date, so
 * the document read again against its own date (resolveDates) takes them as they are. Candidates are never changed.
 */
const lastRead = new Map<string, { text: string; settled: readonly Candidate[] }>();

function candidatesOf(text: string, order: 'dmy' | 'mdy', phrase: boolean): readonly Candidate[] {
  const key = phrase ? `${order} phrase` : order;
  const last = lastRead.get(key);
  if (last && last.text === text) return last.settled;
  const settled = settle(collect(readOcr(text), order, phrase), text.length);
  lastRead.set(key, { text, settled });
  return settled;
}

/** Date mentions of a string: absolute ones always, relative ones when `ref` is known. Each value once, first mention. */
export function scanDates(text: string, order: 'dmy' | 'mdy', ref: Day | null, phrase = false): DateMention[] {
  const settled = candidatesOf(text, order, phrase);
  interface Read {
    start: number;
    end: number;
    value?: string;
    relative: boolean;
    rel?: Relative;
  }
  const reads: Read[] = [];
  for (const [k, c] of settled.entries()) {
    const next = settled[k + 1];
    // A weekday that heads a written date ("Friday, August 17, 2012") is part of it.
    if (c.rel?.kind === 'weekday' && next && next.rel?.kind !== 'weekday' && !next.pre && /^,?\s{1,3}$/.test(text.slice(c.end, next.start))) continue;
    let value = c.value;
    let relative = false;
    if (!value && c.rel && ref) {
      value = resolve(c.rel, ref, order);
      relative = true;
    }
    reads.push({ start: c.start, end: c.end, value, relative, rel: c.rel });
    // An offset joined to the date after it: "2 days after tomorrow", "the day before yesterday".
    if (c.pre) reads[reads.length - 1]!.value = undefined;
    const prev = settled[k - 1];
    if (prev?.pre && prev.end === c.start && value && value.length === 10) {
      const moved = dayValue(offsetDayOf(toDay(value)!, prev.pre.unit, prev.pre.n));
      reads.pop();
      reads.pop();
      reads.push({ start: prev.start, end: c.end, value: moved, relative, rel: c.rel });
    }
  }
  // Anchored offsets count from the date told just before them; in a short phrase with none, from the reference.
  let previous: Read | null = null;
  for (const r of reads) {
    if (r.rel?.kind === 'anchored') {
      const { unit, n, weekday: day } = r.rel;
      const anchor = previous && r.start - previous.end <= ANCHOR_REACH ? previous.value : undefined;
      r.value = anchor ? anchoredValue(anchor, unit, n, day) : day !== undefined ? undefined : previous || !phrase || !ref ? undefined : n ? offsetValue(ref, unit, n) : dayValue(ref);
      r.relative = !anchor;
    }
    previous = r;
  }
  // Two dates joined by "to" or a dash are one range: "10 August - 12 September", "Monday to Friday".
  const joined: Read[] = [];
  for (const r of reads) {
    const last = joined[joined.length - 1];
    if (last?.value && r.value && RANGE_JOIN.test(text.slice(last.end, r.start))) {
      // "From December to May 2022": the start takes the end's year, or the year before.
      if (last.rel && (last.rel.kind === 'month' || last.rel.kind === 'month-day') && !r.relative && /^\d{4}-\d{2}/.test(r.value)) {
        const endYear = Number(r.value.slice(0, 4));
        const startMonth = last.rel.m;
        const y = startMonth > Number(r.value.slice(5, 7)) ? endYear - 1 : endYear;
        last.value = last.rel.kind === 'month' ? monthValue(y, startMonth) : valid(y, startMonth, last.rel.d) ? dayValue({ y, m: startMonth, d: last.rel.d }) : last.value;
      }
      const [a] = bounds(last.value);
      let [, b] = bounds(r.value);
      if (b < a) b = forward(b, r.rel);
      if (b >= a && a.length === b.length) {
        joined[joined.length - 1] = { start: last.start, end: r.end, value: a === b ? a : `${a}/${b}`, relative: last.relative || r.relative };
        continue;
      }
    }
    joined.push(r);
  }
  const out: DateMention[] = [];
  const seen = new Set<string>();
  for (const r of joined) {
    if (!r.value || seen.has(r.value)) continue;
    seen.add(r.value);
    // A full stop after a month written in full ends the sentence: "arrested on 14 August."
    const stop = text[r.end - 1] === '.' && FULL_MONTH_END.test(text.slice(Math.max(r.start, r.end - 11), r.end)) ? 1 : 0;
    const mention: DateMention = { value: r.value, text: text.slice(r.start, r.end - stop), span: { start: r.start, end: r.end - stop } };
    out.push(r.relative ? { ...mention, relative: true } : mention);
  }
  return out;
}

/** Every date mention in a string, normalised. */
export function findDates(text: string, options: FindDatesOptions = {}): DateMention[] {
  if (typeof text !== 'string' || !text) return [];
  const order = normOrder(options.dateOrder) ?? 'dmy';
  return scanDates(text, order, toDay(options.referenceDate), true);
}

const orderOf = new WeakMap<DocumentText, { text: string; order: 'dmy' | 'mdy' }>();

/** How a document writes its numeric dates: month first when one of them shows it, or its written dates are American. */
export function documentDateOrder(doc: DocumentText): 'dmy' | 'mdy' {
  const given = normOrder(doc.options.dateOrder);
  if (given) return given;
  // Several stages ask for it: it is read once per text.
  const known = orderOf.get(doc);
  if (known && known.text === doc.text) return known.order;
  const order = writtenOrder(doc.text);
  orderOf.set(doc, { text: doc.text, order });
  return order;
}
function writtenOrder(text: string): 'dmy' | 'mdy' {
  let dmy = 0;
  let mdy = 0;
  for (const m of text.matchAll(NUMERIC)) {
    if (Number(m[1]) > 12) dmy++;
    else if (Number(m[3]) > 12) mdy++;
  }
  if (dmy || mdy) return mdy > dmy ? 'mdy' : 'dmy';
  let written = 0;
  const monthHits = hitsOfWords(text, lowerOf(text), MONTH_ANCHOR);
  for (const m of matchesAt(text, AT_HIT.MDY, monthHits)) if (m[3]) written++;
  for (const m of matchesIn(text, DMY, windowsAt(text, monthHits))) if (m[3]) written--;
  return written > 0 ? 'mdy' : 'dmy';
}

/** Every date mention in the document, before the document date is known (relative ones only with a reference date). */
export function findDateMentions(doc: DocumentText): DateMention[] {
  return outsideAddresses(doc.text, scanDates(doc.text, documentDateOrder(doc), toDay(doc.options.referenceDate)));
}

/** The addresses of the text read last (the document is read twice: before and after its date is known). */
let lastContacts: { text: string; found: ReturnType<typeof scanContacts> } | null = null;
function contactsOf(text: string): ReturnType<typeof scanContacts> {
  if (lastContacts?.text !== text) lastContacts = { text, found: scanContacts(text) };
  return lastContacts.found;
}

/** Drops mentions inside web and email addresses and phone numbers ("…/foia-1776-response.pdf", "+1 202 2021"). */
export function outsideAddresses(text: string, mentions: DateMention[]): DateMention[] {
  if (!mentions.length) return mentions;
  const addresses = contactsOf(text);
  if (!addresses.length) return mentions;
  const inside = new Uint8Array(text.length + 1);
  for (const a of addresses) inside.fill(1, a.span.start, a.span.end);
  return mentions.filter((m) => {
    for (let i = m.span.start; i < m.span.end; i++) if (inside[i]) return false;
    return true;
  });
}
