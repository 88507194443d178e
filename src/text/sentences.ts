/**
 * Sentences with their offsets, cut by one linear scan.
 *
 * A sentence ends at a full stop, question mark, exclamation mark or
 * ellipsis (with any closing quotes and brackets after it) that is followed by
 * white space and a character that can start a sentence: not a lower-case
 * letter, and not a digit after a numbering abbreviation ("No. 5"). A full
 * stop does not end a sentence after a title abbreviation ("Dr.", "Sen.":
 * src/lexicons/abbreviations.ts), a single capital initial ("J. Roe") or an
 * initialism with inner stops ("U.S.", "e.g."), nor after a list number at
 * the start of a line ("12. Harbour Trust"). A footnote mark after the end
 * ("students.[1] Black") stays with its sentence. These are the rules
 * parse-english (retext-english) applies, without building its syntax tree:
 * the scan costs a few nanoseconds a character where the tree cost about
 * 0.2 ms a kilobyte, and a tenth of the whole parse.
 *
 * Blocks longer than MAX_PIECE are first cut at a space or line break, so no
 * sentence is longer than MAX_PIECE: the tools that read sentences get
 * bounded pieces whatever the input.
 */
import { NUMBERED_ABBREVIATIONS, TITLE_ABBREVIATIONS } from '../lexicons/abbreviations.js';

export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The longest piece cut into sentences at once, and so the longest sentence. */
export const MAX_PIECE = 4000;

/** The longest word looked at as a possible abbreviation. */
const MAX_ABBREVIATION = 12;

const LOWER = /^\p{Ll}$/u;
const LETTER = /^\p{L}$/u;
const UPPER = /^\p{Lu}$/u;

/** Sentences of `text.slice(start, end)`, with offsets into `text`. */
export function sentences(text: string, start = 0, end = text.length): Sentence[] {
  const out: Sentence[] = [];
  let at = start;
  while (at < end) {
    let stop = Math.min(end, at + MAX_PIECE);
    if (stop < end) {
      // Cut at the last space or line break of the piece's second half; the
      // scan stays inside the piece (a search from the end of the piece back
      // to the start of the text would make the loop quadratic on text
      // without spaces).
      const floor = at + MAX_PIECE / 2;
      let cut = stop;
      while (cut > floor) {
        const c = text.charCodeAt(cut);
        if (c === 32 || c === 10) break;
        cut--;
      }
      if (cut > floor) stop = cut;
    }
    split(text, at, stop, out);
    at = stop;
  }
  return out;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

/** . ! ? and the ellipsis. */
function isTerminal(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

/** Closing quotes and brackets that stay with the sentence they close. */
function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 41 || c === 93 || c === 125 || c === 0x201d || c === 0x2019 || c === 0xbb;
}

function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(text[i]!);
}

function split(text: string, start: number, end: number, out: Sentence[]): void {
  const push = (from: number, to: number): void => {
    while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
    if (to > from) out.push({ start: from, end: to, text: text.slice(from, to) });
  };
  let s = start;
  while (s < end && isSpace(text.charCodeAt(s))) s++;
  let i = s;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (!isTerminal(c)) {
      i++;
      continue;
    }
    // The run of terminals and closers.
    let j = i + 1;
    while (j < end) {
      const d = text.charCodeAt(j);
      if (isTerminal(d) || isCloser(d)) j++;
      else break;
    }
    j = afterFootnoteMark(text, j, end);
    if (j < end && !isSpace(text.charCodeAt(j))) {
      i = j; // "3.5", "U.S.A", "e.g.,": inside a word
      continue;
    }
    let k = j;
    while (k < end && isSpace(text.charCodeAt(k))) k++;
    if (k >= end) break; // the rest is the last sentence
    if (!endsHere(text, i, j, k)) {
      i = j;
      continue;
    }
    push(s, j);
    s = k;
    i = k;
  }
  push(s, end);
}

/** After a footnote mark right behind a sentence's end ("students.[1] Black"), or `j` itself. */
function afterFootnoteMark(text: string, j: number, end: number): number {
  if (text.charCodeAt(j) !== 91) return j;
  let k = j + 1;
  while (k < end && k - j <= 3 && text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57) k++;
  return k > j + 1 && text.charCodeAt(k) === 93 ? k + 1 : j;
}

/** True when the stop at i closes a list number at the start of a line ("12. Harbour Trust"). */
function isEnumerator(text: string, i: number): boolean {
  let d = i;
  while (d > 0 && i - d < 3 && text.charCodeAt(d - 1) >= 48 && text.charCodeAt(d - 1) <= 57) d--;
  if (d === i) return false;
  while (d > 0 && (text.charCodeAt(d - 1) === 32 || text.charCodeAt(d - 1) === 9)) d--;
  return d === 0 || text.charCodeAt(d - 1) === 10;
}

/**
 * Whether the terminal run text[i, j) ends a sentence, the next sentence
 * starting at k.
 */
function endsHere(text: string, i: number, j: number, k: number): boolean {
  const next = text.charCodeAt(k);
  if (next >= 97 && next <= 122) return false;
  if (next >= 128 && LOWER.test(text[k]!)) return false;
  if (text.charCodeAt(i) !== 46 || j !== i + 1) return true; // ?, !, …, or a stop with a closer
  // The word before a single full stop.
  let w = i;
  while (w > 0 && i - w <= MAX_ABBREVIATION && (isLetterAt(text, w - 1) || text.charCodeAt(w - 1) === 46)) w--;
  if (w === i) return !isEnumerator(text, i);
  if (i - w > MAX_ABBREVIATION) return true;
  const word = text.slice(w, i);
  if (word.includes('.')) return false; // an initialism: U.S., e.g., Ph.D.
  if (word.length === 1 && UPPER.test(word)) return false; // an initial: J. Roe
  const lower = word.toLowerCase();
  if (TITLE_ABBREVIATIONS.has(lower)) return false;
  if (next >= 48 && next <= 57 && NUMBERED_ABBREVIATIONS.has(lower)) return false;
  return true;
}
