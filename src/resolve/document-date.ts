/**
 * The document's own date, and relative date mentions resolved against it.
 *
 * The document date comes, in this order, from the embargo line, the
 * dateline, a line at the top that holds nothing but a date (with a weekday,
 * a label such as "Date:" or a place), a paragraph that opens with a date and
 * a dash, a date line that closes the document, or the date of a letter that
 * is the whole document. A date line that follows a paragraph announcing a
 * letter ("the following letter") is that letter's date, not the document's;
 * a date labelled as an update, an event or a deadline is not the document's.
 *
 * Relative mentions are resolved against the document date; inside a letter
 * of a document without one, against the letter's date; else against the
 * caller's reference date; else they are left out.
 */
import type { DateMention } from '../model/date.js';
import type { Letter } from '../model/letter.js';
import type { DocumentText } from '../text/document-text.js';
import type { DocumentStructure } from '../structure/types.js';
import { documentDateOrder, outsideAddresses, scanDates, toDay } from '../entities/dates.js';

/** How far into the document its own date may stand. */
const TOP_LINES = 40;
const TOP_CHARS = 4000;

/** A line that introduces the embargo. */
const EMBARGO = /^\W{0,3}(?:embargo|under embargo|not for (?:publication|release) (?:before|until))/i;
/** What may stand beside a date on a date line: labels, weekdays, a short reference, a place. */
const DATE_LINE_LABEL = /^(?:(?:press|media|news) (?:release|statement)|statement|date[d:]?|da:|issued|published|posted|released|for (?:immediate )?release|on|as of)\b/i;
/** Labels of a date that is not the document's: an update, an event, a deadline, a life, a source consulted. */
const OTHER_DATE = /\b(?:updated?|revised|amended|deadline|due|event|meeting|hearing|session|trial|verdict|born|died|expires?|until|closing|submitted|received|accessed|retrieved|last modified)\b/i;
/** A paragraph before a date line announcing that a letter's text follows. */
const LETTER_FOLLOWS = /\b(?:following|below|attached|full|enclosed)\s(?:joint\s|open\s)?letter\b|\btext of the letter\b|\bletter (?:follows|is below|reads)\b/i;

/** What follows the date of a dateline: a dash or colon, after the source in brackets or not. */
const DATELINE_TAIL = /^(?:\([^()\n]{1,60}\)\s?)?[-:|–—]\s/;
/** A publication label just before the date, anywhere on a byline; the first one found wins ("Published … | Updated …"). */
const PUBLISHED = /\b(?:published|posted|issued|released|dated|updated|last updated)(?:\son)?\s?:?$/i;
/** The author after a byline's date: "Posted on 14 May 2025 by Jane Doe". */
const BY_AUTHOR = /^by\s\p{Lu}[^\n]{0,60}$/u;
/** A clock time after a date: ", 09:12 GMT", "at 5pm". */
const TIME_TAIL = /^,?\s?(?:at\s)?\d{1,2}(?:[:.]\d{2})?\s?(?:[ap]\.?m\.?)?(?:\s?\(?[A-Z]{2,4}\)?)?$/i;

/** What may follow the date of a byline after a bar or a dot: "| 3 min read", "· Opinion". */
const BYLINE_TAIL = /^[|·•]\s?[^.!?\n]{1,40}$/u;

const isDay = (v: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(v);
const isDayOrMonth = (v: string): boolean => /^\d{4}-\d{2}(?:-\d{2})?$/.test(v);

/** The document's own date: embargo, dateline, or the letter's date. */
export function resolveDocumentDate(doc: DocumentText, structure: DocumentStructure, letters: readonly Letter[], dates: readonly DateMention[]): DateMention | null {
  const anatomy = structure?.anatomy;
  const embargo = anatomy?.embargo?.date;
  if (embargo && isDayOrMonth(embargo.value)) return embargo;
  if (anatomy?.dateline) {
    const found = scanDates(anatomy.dateline.text, documentDateOrder(doc), null).find((d) => isDayOrMonth(d.value));
    if (found) {
      const at = anatomy.dateline.span.start;
      return { value: found.value, text: found.text, span: { start: at + found.span.start, end: at + found.span.end } };
    }
  }
  const top = topDate(doc, dates);
  if (top) return top;
  const bottom = bottomDate(doc);
  if (bottom) return bottom;
  if (structure?.kind === 'letter' && letters.length === 1 && letters[0]!.date && isDayOrMonth(letters[0]!.date.value)) return letters[0]!.date;
  return null;
}

/**
 * A letter that is the whole document is dated by the document's date line when its own layout holds none
 * (a dateline with its place above it, a date line under its signatures): that line is the letter's own date.
 * A letter carried by a release or an article keeps no date of its own.
 */
export function dateStandaloneLetter(structure: DocumentStructure, letters: readonly Letter[], date: DateMention | null): Letter[] {
  const only = letters[0];
  if (!date || !only || letters.length !== 1 || only.date || structure?.kind !== 'letter' || !isDay(date.value)) return [...letters];
  return [{ ...only, date: { value: date.value, text: date.text, span: date.span } }];
}

/** A date that stands at the top of the document as its date. */
function topDate(doc: DocumentText, dates: readonly DateMention[]): DateMention | null {
  const lines = doc.lines;
  const limit = Math.min(TOP_CHARS, doc.text.length);
  let lineIndex = 0;
  let prose = '';
  for (const d of dates) {
    if (d.span.start >= limit) break;
    // A document's date is written out with its year: never an offset such as "two days later".
    if (d.relative || !isDayOrMonth(d.value) || !/\d/.test(d.text)) continue;
    while (lineIndex < lines.length && lines[lineIndex]!.end < d.span.start) {
      const l = lines[lineIndex]!;
      if (l.trimmed.length > 60) prose += ` ${l.trimmed}`;
      lineIndex++;
    }
    if (lineIndex >= TOP_LINES) break;
    const line = lines[lineIndex];
    if (!line) break;
    // The date may run onto the next line ("Embargoed until 7 May\n1998").
    const from = line.trimStart;
    const lastLine = lines.find((l) => l.end >= d.span.end) ?? line;
    const before = doc.text.slice(from, d.span.start).trim();
    const after = doc.text.slice(d.span.end, lastLine.trimEnd).trim();
    if (EMBARGO.test(before)) return d;
    if (LETTER_FOLLOWS.test(prose)) continue;
    if (isDateLine(before, after)) return d;
    // A paragraph that opens with its date, after a place or not, before its source or not:
    // "29 November 2018 - On Tuesday ...", "LONDON, 15 November 2021 - ", "Almaty, 20 November 2024 (Agency) - ".
    if (DATELINE_TAIL.test(after) && isDay(d.value) && (!before || isDateLine(before, ''))) return d;
    // A byline: "By Jane Doe | Published 14 May 2023, 09:12 GMT".
    if (PUBLISHED.test(before) && before.length <= 100 && (!after || TIME_TAIL.test(after) || BY_AUTHOR.test(after))) return d;
  }
  return null;
}

function trimEndOf(s: string, chars: string): string {
  let e = s.length;
  while (e > 0 && chars.includes(s[e - 1]!)) e--;
  return s.slice(0, e);
}

/** How many lines at the end of a document may hold its date ("Geneva, 15 November 2021"). */
const BOTTOM_LINES = 6;

/** A line at the very end that holds nothing but a date, a place and a label. */
function bottomDate(doc: DocumentText): DateMention | null {
  const order = documentDateOrder(doc);
  let seen = 0;
  let tailIsClosing = true; // only short closing lines (a name, a place) below
  for (let i = doc.lines.length - 1; i >= 0 && seen < BOTTOM_LINES; i--) {
    const line = doc.lines[i]!;
    if (line.blank) continue;
    seen++;
    const closing = line.trimmed.length <= 40 && !/[:,;]$/.test(line.trimmed) && !/^dear\b/i.test(line.trimmed);
    if (line.trimmed.length > 80 || !tailIsClosing) {
      tailIsClosing &&= closing;
      continue;
    }
    if (LETTER_FOLLOWS.test(doc.text.slice(Math.max(0, line.start - 2000), line.start))) return null;
    const found = scanDates(line.trimmed, order, null).filter((d) => isDay(d.value));
    if (found.length !== 1) {
      tailIsClosing &&= closing;
      continue;
    }
    const d = found[0]!;
    const before = line.trimmed.slice(0, d.span.start).trim();
    const after = line.trimmed.slice(d.span.end).trim();
    if (!isDateLine(before, after)) {
      tailIsClosing &&= closing;
      continue;
    }
    const at = line.trimStart;
    return { value: d.value, text: d.text, span: { start: at + d.span.start, end: at + d.span.end } };
  }
  return null;
}

function isDateLine(before: string, after: string): boolean {
  if (after && !/^[\s.,;:)\]|–—-]*$/.test(after) && !TIME_TAIL.test(after) && !BYLINE_TAIL.test(after) && !placesAfter(after)) return false;
  if (OTHER_DATE.test(before)) return false;
  let rest = before
    .replace(/^[\s|•·–—-]+/, '')
    .replace(DATE_LINE_LABEL, '')
    .replace(/^[\s|•·:–—-]+/, '')
    .replace(/\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b,?/i, '')
    .replace(/^[\s,.:(\-[–—|/]+/, '');
  rest = trimEndOf(rest, ' \t\n,.:(-[|/–—');
  if (!rest) return true;
  // A short reference ("c\q.", "no. 6/98") or a place ("Lyon,", "GENEVA, Switzerland -").
  if (rest.length <= 6) return true;
  return rest.length <= 70 && isPlaces(rest);
}

/** Places after the date: "14 May 2025, Geneva", "14 May 2025 – Geneva / Oslo". */
function placesAfter(after: string): boolean {
  const m = /^[,|–—-]\s?([^\n]{1,70})$/u.exec(after) ?? /^\(([^()\n]{1,40})\)$/u.exec(after);
  return !!m && isPlaces(trimEndOf(m[1]!, ' .,:;–—-'));
}

/** A word of a place name: "Geneva", "NEW", "St.", "Al-Khobar", "N'Djamena". */
const PLACE_WORD = /^\p{Lu}[\p{L}.'’-]*$/u;
/** Small words inside a place name: "Rio de Janeiro", "Stratford-upon-Avon", "Frankfurt am Main". */
const PLACE_PARTICLE = /^(?:de|del|da|do|dos|das|di|du|des|la|le|las|los|el|al|es|of|on|upon|am|an|der|den|van|von|the|y|sur|en)$/u;
/** An outlet or a source in brackets on a dateline: "(Example News)", "(AFP)". */
const OUTLET = /\([^()\n]{1,50}\)/gu;

/**
 * Places as a dateline writes them: one place or several joined by "/", "|", "and", "&" or a dash,
 * a country after a comma, an outlet in brackets: "Geneva / Oslo", "Almaty", "GENEVA, Switzerland",
 * "New York - Geneva", "Brussels (Example News)".
 */
function isPlaces(s: string): boolean {
  const pieces = s.replace(OUTLET, ' ').split(/\s?[/|,–—&]\s?|\s-\s|\sand\s/u);
  let places = 0;
  for (const raw of pieces) {
    const piece = raw.trim();
    if (!piece) continue;
    const words = piece.split(/\s+/u);
    if (words.length > 4 || !PLACE_WORD.test(words[0]!)) return false;
    for (const w of words.slice(1)) if (!PLACE_WORD.test(w) && !PLACE_PARTICLE.test(w)) return false;
    if (++places > 4) return false;
  }
  return places > 0;
}

/** Resolves relative mentions against the document date (or a letter's date, or the reference date) and merges the rest. */
export function resolveDates(mentions: readonly DateMention[], documentDate: DateMention | null, doc: DocumentText, letters: readonly Letter[] = []): DateMention[] {
  const order = documentDateOrder(doc);
  const ref = toDay(documentDate?.value.length === 10 ? documentDate.value : null);
  const fallback = toDay(doc.options.referenceDate);
  const out: DateMention[] = [];
  const seen = new Set<string>();
  const push = (d: DateMention): void => {
    if (seen.has(d.value)) return;
    seen.add(d.value);
    out.push(d);
  };
  if (documentDate) push({ value: documentDate.value, text: documentDate.text, span: documentDate.span });
  // Each stretch of text is read against its own reference: a letter's date inside the letter.
  const stretches: { start: number; end: number; ref: ReturnType<typeof toDay> }[] = [];
  let at = 0;
  for (const l of [...letters].sort((a, b) => a.span.start - b.span.start)) {
    const letterRef = ref ?? toDay(l.date && l.date.value.length === 10 ? l.date.value : null) ?? fallback;
    if (l.span.start > at) stretches.push({ start: at, end: l.span.start, ref: ref ?? fallback });
    stretches.push({ start: Math.max(at, l.span.start), end: l.span.end, ref: letterRef });
    at = Math.max(at, l.span.end);
  }
  if (at < doc.text.length) stretches.push({ start: at, end: doc.text.length, ref: ref ?? fallback });
  const found: DateMention[] = [];
  for (const s of stretches) {
    if (s.end <= s.start) continue;
    if (!s.ref) {
      for (const m of mentions) if (m.span.start >= s.start && m.span.end <= s.end && !m.relative) found.push(m);
      continue;
    }
    const slice = doc.text.slice(s.start, s.end);
    for (const m of outsideAddresses(slice, scanDates(slice, order, s.ref))) found.push({ ...m, span: { start: m.span.start + s.start, end: m.span.end + s.start } });
  }
  // Mentions outside every stretch (none, unless letters overlap oddly) keep their first reading.
  found.sort((a, b) => a.span.start - b.span.start);
  for (const m of found) push(m);
  for (const m of mentions) if (!m.relative) push(m);
  return out;
}
