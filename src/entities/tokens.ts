/**
 * Word tokens of the normalised text, in one linear pass, for the name and
 * organisation scanners. A token is a run of letters (with inner apostrophes,
 * hyphens and digits: "O'Neal", "Duncan-Smith", "DiEM25"), an "&" or "+"
 * joining organisation words, or a lone punctuation mark that breaks runs.
 * Each word knows its shape: Capitalised, ALL-CAPS, an initial ("J."), or
 * lower-case.
 */

export type Shape = 'cap' | 'caps' | 'initial' | 'lower' | 'num' | 'other';

export interface Token {
  /** Offsets into doc.text (a trailing full stop of an initial or abbreviation excluded). */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly shape: Shape;
  /** A full stop follows the word directly ("Sen.", "J."). */
  readonly dot: boolean;
  /** What separates this token from the next one: ' ' (spaces only), '\n', or a punctuation string. */
  readonly gap: string;
  /** A possessive "'s" ends the word: the token's text and end exclude it. */
  readonly possessive: boolean;
}

// Letters with inner apostrophes, hyphens and digits; the first character is a letter.
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’‐-][\p{L}\p{M}\p{N}]+)*/guy;

function shapeOf(word: string): Shape {
  const first = word[0]!;
  if (/\p{N}/u.test(first)) return 'num';
  const upper = first !== first.toLowerCase();
  if (!upper) return first !== first.toUpperCase() ? 'lower' : 'other';
  if (word.length === 1) return 'initial';
  const letters = word.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && letters === letters.toUpperCase()) return 'caps';
  return 'cap';
}

/** Tokens of `text.slice(start, end)`. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  let i = start;
  let pendingGapStart = -1;
  const pushGap = (to: number) => {
    if (out.length && pendingGapStart >= 0) {
      const last = out[out.length - 1]!;
      (last as { gap: string }).gap = text.slice(pendingGapStart, to);
    }
  };
  while (i < end) {
    const c = text[i]!;
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (m && m.index === i && /[\p{L}\p{M}\p{N}]/u.test(c)) {
      let word = m[0];
      let wEnd = i + word.length;
      if (wEnd > end) {
        word = word.slice(0, end - i);
        wEnd = end;
      }
      pushGap(i);
      let possessive = false;
      const tail = word.slice(-2);
      if (word.length > 3 && (tail === "'s" || tail === '’s')) {
        word = word.slice(0, -2);
        wEnd -= 2;
        possessive = true;
      }
      const dot = text[wEnd + (possessive ? 2 : 0)] === '.';
      out.push({ start: i, end: wEnd, text: word, shape: shapeOf(word), dot, gap: '', possessive });
      i = wEnd + (possessive ? 2 : 0);
      pendingGapStart = i;
      continue;
    }
    if (c === '&' || c === '+') {
      pushGap(i);
      out.push({ start: i, end: i + 1, text: c, shape: 'other', dot: false, gap: '', possessive: false });
      i++;
      pendingGapStart = i;
      continue;
    }
    if (pendingGapStart < 0) pendingGapStart = i;
    i++;
  }
  pushGap(end);
  return out;
}

/** True when the gap between two tokens is plain spacing on one line. */
export function isSpaceGap(gap: string): boolean {
  return gap.length > 0 && gap.length <= 3 && /^[ \t]+$/u.test(gap);
}

/** True when the gap is a full stop (of an initial or abbreviation) then spacing. */
export function isDotSpaceGap(gap: string): boolean {
  return /^\.[ \t]{1,2}$/u.test(gap) || gap === '.';
}
