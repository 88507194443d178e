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
import { COUNT_NOUNS, MONTHS, WEEKDAYS, WEEKDAY_NAMES } from '../lexicons/months.js';

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
const WD = `(${WEEKDAY_NAMES.flatMap((w) => [w, w.toUpperCase()]).join('|')})(?![\\p{L}])`;
const ORD = '(?:st|nd|rd|th)?';
const DAY = `(\\d{1,2})${ORD}(?![\\p{L}\\d])`;
const YEAR = '(\\d{4})(?![\\d])';
const TO = '\\s{0,3}(?:-|to|until|till|through|and|&)\\s{0,3}';
const B = '(?<![\\p{L}\\p{N}])';
/** "this year" after a date without its year: "23rd - 25th of November this year". */
const YEAR_PHRASE = '(?:\\s{1,3}(this|last|next)\\s{1,3}year)?';

const re = (s: string): RegExp => new RegExp(s, 'gu');

/** 23rd - 25th of November (2021) */
const DMY_RANGE = re(`${B}${DAY}${TO}${DAY}(?:\\s{1,3}of)?\\s{1,3}${MON}(?:,?\\s{1,3}${YEAR}|${YEAR_PHRASE})`);
/** 30 November - 2 December 2021 */
const DMY_SPAN = re(`${B}${DAY}(?:\\s{1,3}of)?\\s{1,3}${MON}${TO}${DAY}(?:\\s{1,3}of)?\\s{1,3}${MON},?\\s{1,3}${YEAR}`);
/** 15 November 2021, 15th of November, 15 Nov. 2021 */
const DMY = re(`${B}${DAY}(?:\\s{1,3}of)?\\s{1,3}${MON}(?:,?\\s{1,3}${YEAR}|${YEAR_PHRASE})`);
/** July 19-20, 2021 */
const MDY_RANGE = re(`${B}${MON}\\s{1,3}${DAY}${TO}${DAY}(?:,?\\s{1,3}${YEAR}|${YEAR_PHRASE})`);
/** July 30 - August 2, 2021 */
const MDY_SPAN = re(`${B}${MON}\\s{1,3}${DAY}${TO}${MON}\\s{1,3}${DAY},?\\s{1,3}${YEAR}`);
/** November 15, 2021; November 15 */
const MDY = re(`${B}${MON}\\s{1,3}${DAY}(?:,?\\s{1,3}${YEAR}|${YEAR_PHRASE})`);
/** November 2021, Nov. 2021, November of 2021 */
const MY = re(`${B}${MON},?(?:\\s{1,3}of)?\\s{1,3}${YEAR}`);
/** July - September 2021 */
const MY_RANGE = re(`${B}${MON}${TO}${MON},?\\s{1,3}${YEAR}`);
/** 2021-11-15, 2021/11/15 */
const ISO = re(`${B}(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?![\\d])`);
/** 15/11/2021, 15.11.21, 11-15-2021 */
const NUMERIC = re(`${B}(?<![.,/-])(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d]|[./-]\\d)`);
/** 2014-2017, 2014-17, 2014 to 2017 */
const YEAR_RANGE = re(`${B}(?<![.,/$€£#-])(1[6-9]\\d\\d|20\\d\\d)\\s{0,2}(?:-|/|to|until|till|through)\\s{0,2}(1[6-9]\\d\\d|20\\d\\d|\\d\\d)(?![\\d%]|[.,/-]\\d)`);
/** between 2014 and 2017, from 2014 to 2017 */
const YEAR_BETWEEN = re(`${B}(?:between|from)\\s{1,3}(1[6-9]\\d\\d|20\\d\\d)\\s{1,3}(?:and|to|until|till)\\s{1,3}(1[6-9]\\d\\d|20\\d\\d)(?![\\d])`);
/** 2021, (2016), 1998's */
const BARE_YEAR = re(`${B}(?<![.,/$€£#:]|\\d[ ,.-])(1[6-9]\\d\\d|20\\d\\d)(?![\\d%]|[,:/-]\\d|\\.\\d(?!\\d?\\s\\p{Lu})| ?\\d)`);
/** in July, since March, early December; "in July this year" */
const MONTH_ALONE = re(`${B}(?:in|during|since|until|till|by|from|of|early|late|mid|end of|beginning of|this|last|next|before|after|on)(?:\\s{1,3}|-)${MON}(?!\\s{0,3}\\d)(?:\\s{1,3}(this|last|next)\\s{1,3}year)?`);
/** yesterday, today, tomorrow */
const DEICTIC = re(`${B}(yesterday|today|tomorrow|Yesterday|Today|Tomorrow)(?![\\p{L}])`);
/** last year, this month, next year, later this month, earlier this year, the previous year */
const REL_UNIT = re(`${B}(?:(?:later|earlier)\\s{1,3})?(last|this|next|previous|past|coming|Last|This|Next)\\s{1,3}(year|month|week)(?![\\p{L}])`);
/** three years ago (today), two months ago */
const AGO = new RegExp(`${B}(\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\\s{1,3}(year|month|week|day)s?\\s{1,3}ago(?:\\s{1,3}(today))?`, 'giu');
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50,
};
/** Thursday, last Friday, next Monday */
const REL_WEEKDAY = re(`${B}(?:(last|this|next|on|On|Last|This|Next|coming|past)\\s{1,3})?${WD}`);

// ---------- candidates ----------

type Relative =
  | { kind: 'month-day'; m: number; d: number; m2?: number; d2?: number; shift?: number }
  | { kind: 'ago'; unit: 'year' | 'month' | 'week' | 'day'; n: number; today: boolean }
  | { kind: 'month'; m: number; which?: 'this' | 'last' | 'next' }
  | { kind: 'deictic'; offset: number }
  | { kind: 'unit'; unit: 'year' | 'month' | 'week'; shift: number }
  | { kind: 'weekday'; day: number; which: 'nearest' | 'last' | 'next' | 'this' };

interface Candidate {
  start: number;
  end: number;
  value?: string;
  rel?: Relative;
}

const monthOf = (w: string | undefined): number => MONTHS[(w ?? '').toLowerCase()] ?? 0;
const shiftOf = (w: string | undefined): number | undefined => (w === 'last' ? -1 : w === 'next' ? 1 : w === 'this' ? 0 : undefined);

function dayRange(a: Day, b: Day): string | undefined {
  if (!valid(a.y, a.m, a.d) || !valid(b.y, b.m, b.d)) return undefined;
  const oa = ordinal(a);
  const ob = ordinal(b);
  if (ob < oa) return undefined;
  return oa === ob ? dayValue(a) : `${dayValue(a)}/${dayValue(b)}`;
}

function collect(text: string, order: 'dmy' | 'mdy'): Candidate[] {
  const out: Candidate[] = [];
  // A hit with neither value nor relative reading (30 February 2021) still holds its span, so no shorter reading of it counts.
  const add = (m: RegExpMatchArray, value?: string, rel?: Relative): void => {
    out.push({ start: m.index!, end: m.index! + m[0].length, value, rel });
  };
  for (const m of text.matchAll(DMY_RANGE)) {
    const [d1, d2, mo, y] = [Number(m[1]), Number(m[2]), monthOf(m[3]), m[4]];
    if (y) add(m, dayRange({ y: Number(y), m: mo, d: d1 }, { y: Number(y), m: mo, d: d2 }));
    else if (d1 >= 1 && d2 <= 31 && d1 < d2) add(m, undefined, { kind: 'month-day', m: mo, d: d1, m2: mo, d2, shift: shiftOf(m[5]) });
  }
  for (const m of text.matchAll(DMY_SPAN)) {
    const y = Number(m[5]);
    add(m, dayRange({ y, m: monthOf(m[2]), d: Number(m[1]) }, { y, m: monthOf(m[4]), d: Number(m[3]) }));
  }
  for (const m of text.matchAll(DMY)) {
    const [d, mo, y] = [Number(m[1]), monthOf(m[2]), m[3]];
    if (y) add(m, valid(Number(y), mo, d) ? dayValue({ y: Number(y), m: mo, d }) : undefined);
    else if (d >= 1 && d <= 31) add(m, undefined, { kind: 'month-day', m: mo, d, shift: shiftOf(m[4]) });
  }
  for (const m of text.matchAll(MDY_RANGE)) {
    const [mo, d1, d2, y] = [monthOf(m[1]), Number(m[2]), Number(m[3]), m[4]];
    if (y) add(m, dayRange({ y: Number(y), m: mo, d: d1 }, { y: Number(y), m: mo, d: d2 }));
    else if (d1 >= 1 && d2 <= 31 && d1 < d2) add(m, undefined, { kind: 'month-day', m: mo, d: d1, m2: mo, d2, shift: shiftOf(m[5]) });
  }
  for (const m of text.matchAll(MDY_SPAN)) {
    const y = Number(m[5]);
    add(m, dayRange({ y, m: monthOf(m[1]), d: Number(m[2]) }, { y, m: monthOf(m[3]), d: Number(m[4]) }));
  }
  for (const m of text.matchAll(MDY)) {
    const [mo, d, y] = [monthOf(m[1]), Number(m[2]), m[3]];
    if (y) add(m, valid(Number(y), mo, d) ? dayValue({ y: Number(y), m: mo, d }) : undefined);
    else if (d >= 1 && d <= 31) add(m, undefined, { kind: 'month-day', m: mo, d, shift: shiftOf(m[4]) });
  }
  for (const m of text.matchAll(MY)) {
    const y = Number(m[2]);
    if (y >= 1000) add(m, monthValue(y, monthOf(m[1])));
  }
  for (const m of text.matchAll(MY_RANGE)) {
    const y = Number(m[3]);
    const a = monthOf(m[1]);
    const b = monthOf(m[2]);
    if (a < b) add(m, `${monthValue(y, a)}/${monthValue(y, b)}`);
  }
  for (const m of text.matchAll(ISO)) {
    const [y, mo, d] = [Number(m[1]), Number(m[3]), Number(m[4])];
    if (valid(y, mo, d)) add(m, dayValue({ y, m: mo, d }));
  }
  for (const m of text.matchAll(NUMERIC)) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const y = fullYear(m[4]!);
    if (m[4]!.length === 2 && m[2] === '-') continue; // 12-10-21 is too often a reference number
    let d = order === 'mdy' ? b : a;
    let mo = order === 'mdy' ? a : b;
    if (mo > 12 && d <= 12) [d, mo] = [mo, d];
    if (valid(y, mo, d)) add(m, dayValue({ y, m: mo, d }));
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
  for (const m of text.matchAll(MONTH_ALONE)) {
    const mo = monthOf(m[1]);
    if (!mo) continue;
    if (m[1] === 'May' || m[1] === 'March') {
      // "May" and "March" are also a verb and a noun: only with a preposition that takes a time.
      if (!/^(?:in|during|since|until|till|by|early|late|mid|end of|beginning of|last|next|this)\b/i.test(m[0])) continue;
    }
    const which = m[2] as 'this' | 'last' | 'next' | undefined;
    // The span is the month (and its year phrase), not the preposition.
    const at = m.index! + m[0].indexOf(m[1]!);
    out.push({ start: at, end: m.index! + m[0].length, rel: { kind: 'month', m: mo, which } });
  }
  for (const m of text.matchAll(DEICTIC)) {
    const w = m[1]!.toLowerCase();
    add(m, undefined, { kind: 'deictic', offset: w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0 });
  }
  for (const m of text.matchAll(AGO)) {
    const w = m[1]!.toLowerCase();
    const n = NUMBER_WORDS[w] ?? Number(w);
    if (n > 0) add(m, undefined, { kind: 'ago', unit: m[2]!.toLowerCase() as 'year' | 'month' | 'week' | 'day', n, today: !!m[3] });
  }
  for (const m of text.matchAll(REL_UNIT)) {
    // "in the next year", "over the past month": a stretch of time, not a date.
    if (/\bthe\s{1,3}$/i.test(text.slice(Math.max(0, m.index! - 5), m.index!))) continue;
    const w = m[1]!.toLowerCase();
    const shift = w === 'last' || w === 'previous' || w === 'past' ? -1 : w === 'next' || w === 'coming' ? 1 : 0;
    add(m, undefined, { kind: 'unit', unit: m[2] as 'year' | 'month' | 'week', shift });
  }
  for (const m of text.matchAll(REL_WEEKDAY)) {
    const w = (m[1] ?? '').toLowerCase();
    const which = w === 'last' || w === 'past' ? 'last' : w === 'next' || w === 'coming' ? 'next' : w === 'this' ? 'this' : 'nearest';
    const day = WEEKDAYS[m[2]!.toLowerCase()]!;
    // A weekday that heads a written date ("Monday, 15 November 2021") is part of it.
    const at = w === 'on' ? m.index! + m[0].indexOf(m[2]!) : m.index!;
    out.push({ start: at, end: m.index! + m[0].length, rel: { kind: 'weekday', day, which } });
  }
  return out;
}

/** A four-digit number followed by a count noun ("2000 people") or a unit. */
function isCount(text: string, end: number): boolean {
  const after = /^ {1,2}([a-z]+)/.exec(text.slice(end, end + 24));
  return !!after && COUNT_NOUNS.has(after[1]!);
}

/** Settles overlapping candidates: the longest wins, then the earliest. */
function settle(cands: Candidate[]): Candidate[] {
  const sorted = [...cands].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: Candidate[] = [];
  const used: [number, number][] = [];
  for (const c of sorted) {
    if (used.some(([s, e]) => c.start < e && s < c.end)) continue;
    used.push([c.start, c.end]);
    taken.push(c);
  }
  return taken.sort((a, b) => a.start - b.start);
}

// ---------- resolving relative mentions ----------

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

function resolve(rel: Relative, ref: Day): string | undefined {
  switch (rel.kind) {
    case 'month-day': {
      const y = rel.shift !== undefined ? ref.y + rel.shift : nearestYear(ref, rel.m, rel.d);
      if (rel.m2 !== undefined && rel.d2 !== undefined) return dayRange({ y, m: rel.m, d: rel.d }, { y, m: rel.m2, d: rel.d2 });
      return valid(y, rel.m, rel.d) ? dayValue({ y, m: rel.m, d: rel.d }) : undefined;
    }
    case 'month': {
      if (rel.which === 'this') return monthValue(ref.y, rel.m);
      if (rel.which === 'last') return monthValue(ref.y - 1, rel.m);
      if (rel.which === 'next') return monthValue(ref.y + 1, rel.m);
      return monthValue(nearestYear(ref, rel.m, 15), rel.m);
    }
    case 'ago': {
      if (rel.unit === 'year') return rel.today ? shiftYears(ref, -rel.n) : String(ref.y - rel.n);
      if (rel.unit === 'month') {
        const t = ref.m - 1 - rel.n;
        return monthValue(ref.y + Math.floor(t / 12), ((t % 12) + 12) % 12 + 1);
      }
      return dayValue(addDays(ref, -(rel.unit === 'week' ? 7 : 1) * rel.n));
    }
    case 'deictic':
      return dayValue(addDays(ref, rel.offset));
    case 'unit': {
      if (rel.unit === 'year') return String(ref.y + rel.shift);
      if (rel.unit === 'month') {
        const t = ref.m - 1 + rel.shift;
        const y = ref.y + Math.floor(t / 12);
        return monthValue(y, ((t % 12) + 12) % 12 + 1);
      }
      return dayValue(addDays(ref, 7 * rel.shift));
    }
    case 'weekday': {
      const wd = weekday(ref);
      const back = (wd - rel.day + 7) % 7; // days back to the last one on or before ref
      const ahead = (rel.day - wd + 7) % 7; // days on to the next one on or after ref
      let n: number;
      if (rel.which === 'last') n = -(back || 7);
      else if (rel.which === 'next') n = ahead || 7;
      else if (rel.which === 'this') n = rel.day - wd;
      else n = ahead < back ? ahead : -back;
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

/** Date mentions of a string: absolute ones always, relative ones when `ref` is known. Each value once, first mention. */
export function scanDates(text: string, order: 'dmy' | 'mdy', ref: Day | null): DateMention[] {
  const out: DateMention[] = [];
  const seen = new Set<string>();
  const settled = settle(collect(text, order));
  for (const [k, c] of settled.entries()) {
    // A weekday that heads a written date ("Friday, August 17, 2012") is part of it.
    const next = settled[k + 1];
    if (c.rel?.kind === 'weekday' && next && next.rel?.kind !== 'weekday' && /^,?\s{1,3}$/.test(text.slice(c.end, next.start))) continue;
    let value = c.value;
    let relative = false;
    if (!value && c.rel && ref) {
      value = resolve(c.rel, ref);
      relative = true;
    }
    if (!value || seen.has(value)) continue;
    seen.add(value);
    const mention: DateMention = { value, text: text.slice(c.start, c.end), span: { start: c.start, end: c.end } };
    out.push(relative ? { ...mention, relative: true } : mention);
  }
  return out;
}

/** Every date mention in a string, normalised. */
export function findDates(text: string, options: FindDatesOptions = {}): DateMention[] {
  if (typeof text !== 'string' || !text) return [];
  const order = normOrder(options.dateOrder) ?? 'dmy';
  return scanDates(text, order, toDay(options.referenceDate));
}

/** How a document writes its numeric dates: month first when one of them shows it, or its written dates are American. */
export function documentDateOrder(doc: DocumentText): 'dmy' | 'mdy' {
  const given = normOrder(doc.options.dateOrder);
  if (given) return given;
  let dmy = 0;
  let mdy = 0;
  for (const m of doc.text.matchAll(NUMERIC)) {
    if (Number(m[1]) > 12) dmy++;
    else if (Number(m[3]) > 12) mdy++;
  }
  if (dmy || mdy) return mdy > dmy ? 'mdy' : 'dmy';
  let written = 0;
  for (const m of doc.text.matchAll(MDY)) if (m[3]) written++;
  for (const m of doc.text.matchAll(DMY)) if (m[3]) written--;
  return written > 0 ? 'mdy' : 'dmy';
}

/** Every date mention in the document, before the document date is known (relative ones only with a reference date). */
export function findDateMentions(doc: DocumentText): DateMention[] {
  return outsideAddresses(doc.text, scanDates(doc.text, documentDateOrder(doc), toDay(doc.options.referenceDate)));
}

/** Drops mentions inside web and email addresses ("…/foia-1776-response.pdf"). */
export function outsideAddresses(text: string, mentions: DateMention[]): DateMention[] {
  const addresses = scanContacts(text).filter((c) => c.type !== 'phone');
  if (!addresses.length) return mentions;
  return mentions.filter((m) => !addresses.some((a) => m.span.start < a.span.end && a.span.start < m.span.end));
}
