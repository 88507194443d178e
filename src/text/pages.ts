/**
 * Page furniture left in text copied from PDFs: lines that are only a page
 * number ("3", "Page 3 of 7", "- 3 -") and running headers or footers (the
 * same short line repeated at every page break). One linear pass over the
 * lines of the original input finds them; `normalise` drops them, so no later
 * stage reads a page number as a signatory or a header as a heading.
 *
 * The rules are cautious, because a signatory list repeats short lines too
 * ("Professor", "United Kingdom"):
 * - a line with the word page ("Page 3", "Page 3 of 7", "p. 3") or "3 of 7"
 *   or a number between dashes ("- 3 -") is always a page number;
 * - a bare number (up to three digits) is a page number only when the document has at least two
 *   of them counting up by one ("3" … "4"), at least MIN_PAGE_GAP lines apart
 *   (a numbered list is denser);
 * - a header is a short line (4 to 100 characters, with a letter) that occurs
 *   at least three times, every two occurrences at least MIN_PAGE_GAP lines
 *   apart, and that stands next to a page number or a form feed at least
 *   twice. Its first occurrence is kept (it may be the title); the repeats go.
 */

export type FurnitureKind = 'page-number' | 'page-header';

/** A range of the original input to drop: a whole line with its line break. */
export interface Furniture {
  readonly start: number;
  readonly end: number;
  readonly kind: FurnitureKind;
}

/** The fewest lines between two page breaks. */
const MIN_PAGE_GAP = 10;
/** How far (in lines) a header may stand from its page number. */
const NEAR = 3;

/** A line break: the newline characters `normalise` reads as "\n" (CRLF is two, handled below). */
const BREAK = /[\n\v\f\r\u0085\u2028\u2029]/g;
/** "Page 3", "Page 3 of 7", "p. 3", "pg 3", "3 of 7", "- 3 -" (on a trimmed line). */
const PAGE_MARK = /^(?:(?:page|pg\.?|p\.)\s?\d{1,4}(?:\s(?:of|\/)\s?\d{1,4})?|\d{1,4}\s(?:of|\/)\s\d{1,4}|[-\u2013\u2014]\s?\d{1,4}\s?[-\u2013\u2014])$/i;
/** A bare page number: up to three digits, so that a year on its own line is never one. */
const BARE_NUMBER = /^\d{1,3}$/;
const LETTER = /\p{L}/u;

/** The lines of a text as offsets: no strings are kept. */
interface Lines {
  readonly count: number;
  /** Start of line k. */
  readonly start: number[];
  /** End of its content (before the break). */
  readonly contentEnd: number[];
  /** End of the line including its break. */
  readonly end: number[];
  /** Lines followed by a form feed. */
  readonly formFeedAfter: Uint8Array;
}

export function findPageFurniture(original: string): Furniture[] {
  const lines = splitLines(original);
  const count = lines.count;
  if (count < MIN_PAGE_GAP + 2) return [];
  /** The trimmed text of a short line, or '' for a long one (only short lines can be furniture). */
  const short = (k: number, max: number): string => {
    const from = lines.start[k]!;
    const to = lines.contentEnd[k]!;
    return to - from <= max ? original.slice(from, to).trim() : '';
  };
  const isMark = new Uint8Array(count);
  const bare: number[] = [];
  for (let k = 0; k < count; k++) {
    const t = short(k, 24);
    if (t.length === 0 || t.length > 16) continue;
    if (PAGE_MARK.test(t)) isMark[k] = 1;
    else if (BARE_NUMBER.test(t)) bare.push(k);
  }
  // Bare numbers counting up by one, far enough apart, are page numbers.
  for (let a = 0; a + 1 < bare.length; a++) {
    const k = bare[a]!;
    const next = bare[a + 1]!;
    if (Number(short(next, 24)) === Number(short(k, 24)) + 1 && next - k >= MIN_PAGE_GAP) {
      isMark[k] = 1;
      isMark[next] = 1;
    }
  }
  const out: Furniture[] = [];
  for (let k = 0; k < count; k++) if (isMark[k]) out.push({ start: lines.start[k]!, end: lines.end[k]!, kind: 'page-number' });

  // Running headers: repeated short lines, far apart, beside page breaks.
  // A page break: a page number, or a form feed before or after the line.
  const pageBreak = new Uint8Array(count);
  let breaks = 0;
  for (let k = 0; k < count; k++) {
    if (isMark[k] || lines.formFeedAfter[k] || (k > 0 && lines.formFeedAfter[k - 1])) {
      pageBreak[k] = 1;
      breaks++;
    }
  }
  if (breaks < 2) return out;
  const near = new Uint8Array(count);
  for (let k = 0; k < count; k++) {
    if (!pageBreak[k]) continue;
    for (let j = Math.max(0, k - NEAR); j <= Math.min(count - 1, k + NEAR); j++) near[j] = 1;
  }
  // Only lines beside a page break can be headers: those are the candidates,
  // then every occurrence of a candidate is found in one more pass.
  const candidates = new Set<string>();
  for (let k = 0; k < count; k++) {
    if (!near[k] || isMark[k]) continue;
    const t = short(k, 140);
    if (t.length >= 4 && t.length <= 100 && LETTER.test(t)) candidates.add(t);
  }
  if (candidates.size === 0) return out;
  const occurrences = new Map<string, number[]>();
  for (let k = 0; k < count; k++) {
    if (isMark[k]) continue;
    const t = short(k, 140);
    if (t.length < 4 || !candidates.has(t)) continue;
    const list = occurrences.get(t);
    if (list) list.push(k);
    else occurrences.set(t, [k]);
  }
  for (const at of occurrences.values()) {
    if (at.length < 3) continue;
    let farApart = true;
    for (let a = 1; a < at.length && farApart; a++) if (at[a]! - at[a - 1]! < MIN_PAGE_GAP) farApart = false;
    if (!farApart) continue;
    let beside = 0;
    for (const k of at) if (near[k]) beside++;
    if (beside < 2) continue;
    for (let a = 1; a < at.length; a++) out.push({ start: lines.start[at[a]!]!, end: lines.end[at[a]!]!, kind: 'page-header' });
  }
  out.sort((x, y) => x.start - y.start);
  return out;
}

function splitLines(original: string): Lines {
  const start: number[] = [];
  const contentEnd: number[] = [];
  const end: number[] = [];
  const formFeeds: number[] = [];
  let from = 0;
  BREAK.lastIndex = 0;
  for (;;) {
    const m = BREAK.exec(original);
    if (!m) break;
    let to = m.index + 1;
    if (m[0] === '\r' && original.charCodeAt(to) === 10) to++;
    BREAK.lastIndex = to;
    if (m[0] === '\f') formFeeds.push(start.length);
    start.push(from);
    contentEnd.push(m.index);
    end.push(to);
    from = to;
  }
  if (from < original.length) {
    start.push(from);
    contentEnd.push(original.length);
    end.push(original.length);
  }
  const formFeedAfter = new Uint8Array(start.length);
  for (const k of formFeeds) formFeedAfter[k] = 1;
  return { count: start.length, start, contentEnd, end, formFeedAfter };
}
