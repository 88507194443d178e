/**
 * Small text helpers of the party grammar: top-level splitting outside
 * brackets, trimming with offsets, word shapes. All linear.
 */
import { splitOnSpaces } from '../text/spaces.js';

// Patterns of the functions below, compiled once (a bundler may rebuild a pattern with \p{…} at every call otherwise).
/** A capital first letter. */
const UPPER_FIRST = /^\p{Lu}/u;
/** Characters other than letters (replace resets the global pattern). */
const NOT_LETTERS = /[^\p{L}]/gu;

/** A piece of an entry with its offsets in the document text. */
export interface Piece {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}


/** Trims spaces and the given characters from both ends, keeping offsets. */
export function trimPiece(p: Piece, chars = ' \t'): Piece {
  let a = 0;
  let b = p.text.length;
  while (a < b && chars.includes(p.text[a]!)) a++;
  while (b > a && chars.includes(p.text[b - 1]!)) b--;
  return { text: p.text.slice(a, b), start: p.start + a, end: p.start + b };
}

/** Splits at a separator that stands outside brackets. */
export function splitTopLevel(p: Piece, sep: string): Piece[] {
  const out: Piece[] = [];
  let depth = 0;
  let from = 0;
  const t = p.text;
  const first = sep.charCodeAt(0);
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x28 || c === 0x5b || c === 0x7b) depth++; // ( [ {
    else if (c === 0x29 || c === 0x5d || c === 0x7d) depth = Math.max(0, depth - 1); // ) ] }
    else if (depth === 0 && c === first && t.startsWith(sep, i)) {
      out.push(trimPiece({ text: t.slice(from, i), start: p.start + from, end: p.start + i }));
      from = i + sep.length;
      i = from - 1;
    }
  }
  out.push(trimPiece({ text: t.slice(from), start: p.start + from, end: p.start + t.length }));
  return out.filter((x) => x.text.length > 0);
}

/** The bracket group that closes the piece, "Name (Country)" → ["Name", "Country"], or null. */
export function trailingBracket(p: Piece): { before: Piece; inner: Piece } | null {
  const t = p.text;
  if (!t.endsWith(')')) return null;
  let depth = 0;
  for (let i = t.length - 1; i >= 0; i--) {
    const c = t[i]!;
    if (c === ')') depth++;
    else if (c === '(') {
      depth--;
      if (depth === 0) {
        if (i === 0) return null;
        return {
          before: trimPiece({ text: t.slice(0, i), start: p.start, end: p.start + i }, ' \t,'),
          inner: trimPiece({ text: t.slice(i + 1, t.length - 1), start: p.start + i + 1, end: p.start + t.length - 1 }),
        };
      }
    }
  }
  return null;
}

/** Words of a phrase (split on spaces). */
export function words(s: string): string[] {
  return splitOnSpaces(s);
}

/** True when the word is written in capitals ("AUBRY", "MÜLLER"), two letters or more. */
export function isAllCapsWord(w: string): boolean {
  // ASCII words are read by their character codes; others by their letters
  let letters = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 0x80) return capitalsOnly(w);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
  }
  return letters >= 2;
}

/** Two letters or more, all of them capitals. */
function capitalsOnly(w: string): boolean {
  const letters = w.replace(NOT_LETTERS, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** True when the word starts with a capital letter. */
export function isCapitalised(w: string): boolean {
  return UPPER_FIRST.test(w);
}

/** True when the phrase reads as an acronym ("APC", "DNP+", "AY+", "GUE/NGL"). */
export function isAcronym(s: string): boolean {
  if (s.length > 14 || s.includes(' ')) return false;
  return isAllCapsWord(s);
}

/** The string without the given characters at its end (no regular expression: linear). */
export function stripEnd(s: string, chars: string): string {
  let b = s.length;
  while (b > 0 && chars.includes(s[b - 1]!)) b--;
  return s.slice(0, b);
}
