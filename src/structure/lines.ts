/**
 * What a line looks like, for the structure stage: prose or a list entry, a
 * date on its own, a labelled field ("Subject:", "To:", "cc:"), a heading.
 * Shapes only; values (dates, countries) come from the recognisers.
 */
import { findDates } from '../entities/dates.js';
import type { DateMention } from '../model/date.js';
import type { Mention } from '../model/span.js';
import type { Line } from '../text/segment.js';
import { isReleaseLabel } from '../lexicons/letter-parts.js';

// Patterns of the functions below, compiled once (a bundler may rebuild a pattern with \p{…} at every call otherwise).
/** A capital letter. */
const CAPITAL = /\p{Lu}/u;
/** Capital letters, counted by match. */
const CAPITALS = /\p{Lu}/gu;
/** A word in lower case inside the line. */
const LOWER_WORD = /\s\p{Ll}{2,}\s/u;
/** Words in lower case, counted by match. */
const LOWER_WORDS = /(?:^|\s)\p{Ll}[\p{Ll}’']+/gu;

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WEEKDAY = '(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?,?';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
/** A line that is only a date: "15 November 2021", "May 20, 2021", "2021-03-23", "Wednesday, Dec. 12, 2007", "15/11/2021". */
const DATE_LINE = new RegExp(
  `^(?:(?:Date|Dated|Da)\\s*:\\s*)?(?:${WEEKDAY}\\s+)?(?:(?:the\\s+)?${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+\\d{4}|${MONTH}\\s+${DAY},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}|${MONTH}\\s+\\d{4})\\.?$`,
  'iu',
);

/** A place before the date of a dated line: "Geneva / Oslo, ", "Lyon and Quito, ", "Brussels, ", "Almaty | ", "Washington, D.C., ". */
const PLACE_WORD = "\\p{Lu}[\\p{L}.'’-]*";
const PLACE = `${PLACE_WORD}(?: ${PLACE_WORD}){0,2}`;
const PLACE_PREFIX = new RegExp(`^${PLACE}(?:(?: ?[/&] ?|, ?| and )${PLACE}){0,2}(?:,| ?[|–—]| -)\\s*`, 'u');

function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** True when the line holds a date and nothing else, or a place and a date ("Brussels, 8 April 2031", "Almaty | 20 February 2031"). */
export function isDateLine(s: string): boolean {
  const t = s.trim();
  // every date written in full holds a digit
  if (t.length > 64 || !hasDigit(t)) return false;
  if (t.length <= 48 && DATE_LINE.test(t)) return true;
  const m = PLACE_PREFIX.exec(t);
  if (!m || m[0].length >= t.length) return false;
  const rest = t.slice(m[0].length);
  return rest.length <= 48 && DATE_LINE.test(rest) && !/^(?:Date|Dated|Da)\b/iu.test(rest);
}

/**
 * True when line `i` is a release label ("MEDIA RELEASE", "For immediate
 * release"). "Office of …" is a label only when it opens its block: inside an
 * address block ("Prime Minister …" / "Office of the Prime Minister") it is
 * a line of the address.
 */
export function isReleaseLabelAt(lines: readonly Line[], i: number): boolean {
  // the headline and the kind ask about the same top lines: answers are kept for the document's lines
  let known = RELEASE_LABEL_AT.get(lines);
  if (!known) {
    known = new Int8Array(lines.length);
    RELEASE_LABEL_AT.set(lines, known);
  }
  if (known[i] === 0) known[i] = releaseLabelAt(lines, i) ? 1 : 2;
  return known[i] === 1;
}

/** Answers of isReleaseLabelAt by line: 0 not asked yet, 1 a label, 2 not a label. */
const RELEASE_LABEL_AT = new WeakMap<readonly Line[], Int8Array>();

function releaseLabelAt(lines: readonly Line[], i: number): boolean {
  const s = ocrCaps(lines[i]!.trimmed);
  if (!isReleaseLabel(s)) return false;
  if (!/^(?:\*\*)?(?:From the )?Office of\b/iu.test(s)) return true;
  return i === 0 || lines[i - 1]!.blank;
}

/** A lower-case letter other than "l" (which OCR reads for a capital I). */
const LOWER_BUT_L = /[^\P{Ll}l]/u;

/** Characters OCR reads for letters in words set in capitals: "MEDlA", "F0R", "0F". */
const OCR_WORD = /[\p{Lu}0l][\p{Lu}0l'’.&-]*/gu;

/**
 * A line set in capitals with the OCR confusions of scanned releases undone
 * ("AUSTRALlAN AlD F0R CAMB0DlAN" → "AUSTRALIAN AID FOR CAMBODIAN"). Lines
 * with other lower-case letters are returned unchanged; numbers stay.
 */
export function ocrCaps(s: string): string {
  if (LOWER_BUT_L.test(s) || !/[0l]/u.test(s)) return s;
  if ((s.match(CAPITALS)?.length ?? 0) < 4) return s;
  return s.replace(OCR_WORD, (w) => (CAPITAL.test(w) ? w.replace(/0/gu, 'O').replace(/l/gu, 'I') : w));
}

/** The date a line names, as a mention over the document text, with its value when the date recogniser gives one. */
export function dateOnLine(line: Line): DateMention | null {
  const found = findDates(line.trimmed);
  const first = found[0];
  if (first) {
    return { ...first, span: { start: line.trimStart + first.span.start, end: line.trimStart + first.span.end }, text: first.text };
  }
  return null;
}

/** "Subject: …", "Re: …", "RE: …", "Subj.: …", "Objet : …", "Betreff: …". */
const SUBJECT = /^(?:\*\*)?(?:Subject|Subj\.?|Re|RE|Ref|Regarding|Objet|Betreff|Asunto|Oggetto)\s*:\s*/u;
/** "To: …", "To the attention of …", "Attn: …", "For the attention of …". */
const TO = /^(?:\*\*)?(?:To\s*:|To the attention of\b|For the attention of\b|Attn\.?\s*:|Attention\s*:|Addressed to\s*:?)\s*/iu;
/** "cc: …", "Copy: …", "Copies to: …", "CC …". */
const CC = /^(?:cc|c\.c\.|bcc|copy|copies|copy to|copies to|with copy to|cc to)\s*:\s*/iu;

/** The value of a labelled subject line, as a mention, or null. */
export function subjectOf(line: Line): Mention | null {
  const m = SUBJECT.exec(line.trimmed);
  if (!m) return null;
  const start = line.trimStart + m[0].length;
  const value = line.trimmed.slice(m[0].length).replace(/\*\*$/u, '').trim();
  if (!value) return null;
  return { text: value, span: { start, end: start + value.length } };
}

export function isToLine(s: string): boolean {
  return TO.test(s);
}

export function isCcLine(s: string): boolean {
  return CC.test(s);
}

/** Words of a line. */
function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = s.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** True when the line reads as running prose: a sentence or more, not a list entry. */
export function isProse(s: string): boolean {
  const n = wordCount(s);
  if (n >= 25) return true;
  if (n >= 10 && /[.!?:"”’]$/u.test(s) && LOWER_WORD.test(s)) {
    // a signature line can be long: "Name, Professor of X, University of Y" has few lower-case words
    const lower = (s.match(LOWER_WORDS) ?? []).length;
    return lower >= n * 0.45;
  }
  return false;
}

/** True when the line opens with a bracket note: "[The text of the letter follows below]". */
export function isBracketNote(s: string): boolean {
  return /^\[[^\]]*\]?$/u.test(s) || /^\[.*\]$/u.test(s);
}

/** A count of words, exported for the anatomy. */
export function countWords(s: string): number {
  return wordCount(s);
}
