/**
 * Word tokens of the normalised text, in one linear pass, for the name and
 * organisation scanners. A token is a run of letters (with inner apostrophes,
 * hyphens and digits: "O'Neal", "Duncan-Smith", "DiEM25"), an "&" or "+"
 * joining organisation words, or a lone punctuation mark that breaks runs.
 * Each word knows its shape: Capitalised, ALL-CAPS, an initial ("J."), or
 * lower-case.
 */

import { LEADING_HEADS, TRAILING_HEADS } from '../lexicons/org-heads.js';

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

// Letters with inner apostrophes, hyphens and digits.
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’‐-][\p{L}\p{M}\p{N}]+)*/guy;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** True when the character at `i` can start a word (ASCII checked by code, the rest by a one-character test). */
function startsWord(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD_CHAR.test(text[i]!);
}

function shapeOf(word: string): Shape {
  const first = word[0]!;
  const lower = first.toLowerCase();
  const upper = first.toUpperCase();
  if (lower === upper) return first >= '0' && first <= '9' ? 'num' : /\p{N}/u.test(first) ? 'num' : 'other';
  if (first === lower) return 'lower';
  if (word.length === 1) return 'initial';
  // capitals throughout (two letters or more) or only the first
  let letters = 0;
  let capitals = 0;
  for (let k = 0; k < word.length; k++) {
    const ch = word[k]!;
    const l = ch.toLowerCase();
    const u = ch.toUpperCase();
    if (l === u) continue;
    letters++;
    if (ch === u) capitals++;
  }
  return letters >= 2 && capitals === letters ? 'caps' : 'cap';
}

/**
 * A word as a reader sees it through common OCR confusions: a zero among
 * letters is the letter O ("0peration", "UNBR0", "F0R"), a lower-case l that
 * opens a word before a consonant is a capital I ("lnternational",
 * "lmmigration"), and a lower-case l among capitals is a capital I ("MEDlA",
 * "AUSTRALlAN"). Only the token's text changes; its span stays on the input.
 */
export function ocrWord(word: string): string {
  // "rn" read for "m" in a head word of an organisation's name ("Departrnent", "Cornmittee")
  if (word.includes('rn')) {
    const head = RN_HEADS.get(word);
    if (head !== undefined) return head;
  }
  if (!word.includes('0') && !word.includes('l')) return word;
  let out = '';
  let changed = false;
  const n = word.length;
  let upper = 0;
  let lower = 0;
  for (let k = 0; k < n; k++) {
    const ch = word[k]!;
    if (ch === 'l') continue;
    if (ch !== ch.toLowerCase()) upper++;
    else if (ch !== ch.toUpperCase()) lower++;
  }
  for (let k = 0; k < n; k++) {
    const ch = word[k]!;
    const prev = k > 0 ? word[k - 1]! : '';
    const next = k + 1 < n ? word[k + 1]! : '';
    let fixed = ch;
    if (ch === '0' && !isDigit(prev) && !isDigit(next) && (isLetter(prev) || isLetter(next)) && upper + lower > 0) fixed = 'O';
    else if (ch === 'l' && k === 0 && n > 2 && CONSONANT_AFTER_I.test(next)) fixed = 'I';
    else if (ch === 'l' && k > 0 && lower === 0 && upper >= 2 && !isLowerLetter(next)) fixed = 'I';
    if (fixed !== ch) changed = true;
    out += fixed;
  }
  return changed ? out : word;
}

/**
 * Every spelling that reading "rn" as "m" turns into a head word: the head
 * with some of its m's written "rn" ("Cornmittee" → "Committee"). Built once,
 * so a word with "rn" ("government") needs one look-up, not a replace.
 */
const RN_HEADS = new Map<string, string>();
for (const head of [...TRAILING_HEADS, ...LEADING_HEADS]) {
  const ms: number[] = [];
  for (let k = 0; k < head.length; k++) if (head[k] === 'm') ms.push(k);
  // each non-empty subset of the m's written as "rn"
  for (let subset = 1; subset < 1 << ms.length; subset++) {
    let spelled = '';
    let from = 0;
    ms.forEach((at, bit) => {
      if (!(subset & (1 << bit))) return;
      spelled += `${head.slice(from, at)}rn`;
      from = at + 1;
    });
    spelled += head.slice(from);
    if (spelled.replace(/rn/gu, 'm') === head && !RN_HEADS.has(spelled)) RN_HEADS.set(spelled, head);
  }
}

const OCR_SUSPECT = /[0l]|rn/u;

/** A name with its words read through `ocrWord` ("lnternational Committee" → "International Committee"). */
export function ocrText(s: string): string {
  if (!OCR_SUSPECT.test(s) || !anyWordMayRead(s)) return s;
  return s.replace(/[\p{L}\p{N}]+/gu, ocrWord);
}

/** True unless every word of `s` is plain ASCII that `ocrWord` leaves as it is (a character beyond ASCII: true). */
function anyWordMayRead(s: string): boolean {
  let k = 0;
  while (k < s.length) {
    const c = s.charCodeAt(k);
    if (c >= 128) return true;
    if (!isAsciiWordCode(c)) {
      k++;
      continue;
    }
    let e = k + 1;
    while (e < s.length && isAsciiWordCode(s.charCodeAt(e))) e++;
    if (mayReadOtherwise(s, k, e)) return true;
    k = e;
  }
  return false;
}

/** Letters that follow a word-initial I but never a word-initial l in English ("ln…", "lm…", "lr…"). */
const CONSONANT_AFTER_I = /^[bcdfghjkmnpqrstvwxz]$/u;

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

function isLetter(c: string): boolean {
  return c !== '' && c.toLowerCase() !== c.toUpperCase();
}

function isLowerLetter(c: string): boolean {
  return isLetter(c) && c === c.toLowerCase();
}

/**
 * True when `ocrWord` may read the word otherwise: a character beyond ASCII,
 * a zero, "rn", or an "l" that opens the word or stands among no other
 * lower-case letter. Most words are none of these and skip `ocrWord`.
 */
function mayReadOtherwise(word: string, from = 0, to = word.length): boolean {
  let sawL = false;
  let lower = false;
  for (let k = from; k < to; k++) {
    const c = word.charCodeAt(k);
    if (c >= 128 || c === 48) return true;
    if (c === 108) sawL = true;
    else if (c >= 97 && c <= 122) {
      lower = true;
      if (c === 114 && k + 1 < to && word.charCodeAt(k + 1) === 110 && RN_HEADS.has(word.slice(from, to))) return true;
    }
  }
  return sawL && (!lower || word.charCodeAt(from) === 108);
}

/** `shapeOf` for a word of ASCII letters and digits by code; other words go to `shapeOf`. */
function shapeOfWord(word: string): Shape {
  const first = word.charCodeAt(0);
  if (first >= 128) return shapeOf(word);
  if (first >= 48 && first <= 57) return 'num';
  if (first >= 97 && first <= 122) return 'lower';
  if (!(first >= 65 && first <= 90)) return shapeOf(word);
  if (word.length === 1) return 'initial';
  let letters = 0;
  let capitals = 0;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c >= 128) return shapeOf(word);
    if (c >= 65 && c <= 90) {
      letters++;
      capitals++;
    } else if (c >= 97 && c <= 122) letters++;
  }
  return letters >= 2 && capitals === letters ? 'caps' : 'cap';
}

function isAsciiWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * The end of the word that starts at `i` (as WORD matches it). ASCII letters
 * and digits are read by code; a word with any other character is left to WORD.
 */
function wordEnd(text: string, i: number): number {
  let j = i;
  const n = text.length;
  for (;;) {
    while (j < n && isAsciiWordCode(text.charCodeAt(j))) j++;
    const c = j < n ? text.charCodeAt(j) : -1;
    if (c === 39 || c === 45) {
      // an inner apostrophe or hyphen joins the next run of word characters
      const d = j + 1 < n ? text.charCodeAt(j + 1) : -1;
      if (isAsciiWordCode(d)) {
        j += 2;
        continue;
      }
      if (d < 128) return j;
    } else if (c < 128) return j;
    // a character beyond ASCII: the regex decides
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    return m ? i + m[0].length : -1;
  }
}

const SHAPES: readonly Shape[] = ['cap', 'caps', 'initial', 'lower', 'num', 'other'];
const SHAPE_CODE: Readonly<Record<Shape, number>> = { cap: 0, caps: 1, initial: 2, lower: 3, num: 4, other: 5 };
const DOT = 8;
const POSSESSIVE = 16;

/**
 * A token, made once its gap is known: one class, so every token has one
 * shape of object and the recognisers' reads of its fields stay fast.
 */
class WordToken implements Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly shape: Shape;
  readonly dot: boolean;
  readonly gap: string;
  readonly possessive: boolean;

  constructor(start: number, end: number, text: string, bits: number, gap: string) {
    this.start = start;
    this.end = end;
    this.text = text;
    this.shape = SHAPES[bits & 7]!;
    this.dot = (bits & DOT) !== 0;
    this.gap = gap;
    this.possessive = (bits & POSSESSIVE) !== 0;
  }
}

/** A word as tokens show it: its text read through `ocrWord`, and its shape's code. */
interface WordForm {
  readonly text: string;
  readonly shape: number;
}

function wordFormOf(word: string): WordForm {
  const text = mayReadOtherwise(word) ? ocrWord(word) : word;
  return { text, shape: SHAPE_CODE[shapeOfWord(text)] };
}

/**
 * Inputs this long have their words' forms shared within the call: one string
 * per distinct word (in a short text, words repeat too little to pay for the map).
 */
const SHARE_WORDS_FROM = 50_000;

/** Tokens of `text.slice(start, end)`. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  const forms = end - start >= SHARE_WORDS_FROM ? new Map<string, WordForm>() : null;
  // the token before, written out once the gap after it is known
  let pStart = -1;
  let pEnd = 0;
  let pText = '';
  let pBits = 0;
  let i = start;
  let gapStart = -1;
  while (i < end) {
    let wEnd = startsWord(text, i) ? wordEnd(text, i) : -1;
    let tText: string;
    let tBits: number;
    if (wEnd > i) {
      if (wEnd > end) wEnd = end;
      let word = text.slice(i, wEnd);
      let possessive = false;
      if (word.length > 3 && word.charCodeAt(word.length - 1) === 115 && (word[word.length - 2] === "'" || word[word.length - 2] === '’')) {
        word = word.slice(0, -2);
        wEnd -= 2;
        possessive = true;
      }
      if (forms) {
        let form = forms.get(word);
        if (form === undefined) {
          form = wordFormOf(word);
          forms.set(word, form);
        }
        tText = form.text;
        tBits = form.shape;
      } else {
        tText = mayReadOtherwise(word) ? ocrWord(word) : word;
        tBits = SHAPE_CODE[shapeOfWord(tText)];
      }
      const after = wEnd + (possessive ? 2 : 0);
      tBits |= (text.charCodeAt(after) === 46 ? DOT : 0) | (possessive ? POSSESSIVE : 0);
      if (pStart >= 0) out.push(new WordToken(pStart, pEnd, pText, pBits, text.slice(gapStart, i)));
      pStart = i;
      pEnd = wEnd;
      i = after;
    } else {
      const c = text[i];
      if (c !== '&' && c !== '+') {
        if (gapStart < 0) gapStart = i;
        i++;
        continue;
      }
      tText = c;
      tBits = SHAPE_CODE.other;
      if (pStart >= 0) out.push(new WordToken(pStart, pEnd, pText, pBits, text.slice(gapStart, i)));
      pStart = i;
      pEnd = i + 1;
      i++;
    }
    pText = tText;
    pBits = tBits;
    gapStart = i;
  }
  if (pStart >= 0) out.push(new WordToken(pStart, pEnd, pText, pBits, text.slice(gapStart, end)));
  return out;
}

const CACHE = new WeakMap<object, Token[]>();

/** The tokens of a whole document, cut once and shared by the recognisers that read them. */
export function tokensOf(doc: { readonly text: string }): Token[] {
  let tokens = CACHE.get(doc);
  if (!tokens) {
    tokens = tokenize(doc.text);
    CACHE.set(doc, tokens);
  }
  return tokens;
}

/**
 * Lets go of a document's tokens once the last recogniser that reads them has
 * run (they take several times the text's size); asked for again, they are cut again.
 */
export function releaseTokens(doc: { readonly text: string }): void {
  CACHE.delete(doc);
}

/** True when the gap between two tokens is plain spacing on one line. */
export function isSpaceGap(gap: string): boolean {
  if (gap.length === 1) return gap === ' ' || gap === '\t';
  return gap.length > 0 && gap.length <= 3 && /^[ \t]+$/u.test(gap);
}

/** True when the gap is a full stop (of an initial or abbreviation) then spacing. */
export function isDotSpaceGap(gap: string): boolean {
  return /^\.[ \t]{1,2}$/u.test(gap) || gap === '.';
}
