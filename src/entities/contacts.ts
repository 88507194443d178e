/**
 * Press contacts: email addresses (also written "name [at] org [dot] org"),
 * phone numbers, web addresses (with or without a scheme) and social handles.
 *
 * Emails and addresses are found by linear patterns, tried only where a match
 * can start (next to an at sign, at the start of a run of host characters that
 * holds a dot); phone numbers by a forward scan over digit groups that never
 * goes back, so the whole pass is linear in the text. Each value is reported
 * once, at its first mention.
 */
import type { Contact } from '../model/entities.js';
import type { DocumentText } from '../text/document-text.js';
import { COUNTRY_BY_CODE } from '../lexicons/countries.js';
import { PHONE_CUES, URL_CUES, isTopLevelDomain } from '../lexicons/contact-words.js';
import { readOcrDigits } from './ocr.js';

const COUNTRY_CODES: ReadonlySet<string> = new Set(COUNTRY_BY_CODE.keys());

const EMAIL = /(?<![\p{L}\p{N}._%+-])(mailto:)?([A-Za-z0-9][\w.%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/uy;
const EMAIL_SPELLED = /(?<![\p{L}\p{N}._%+-])([A-Za-z0-9][\w.%+-]*) ?[[(]at[\])] ?([A-Za-z0-9-]+(?:(?: ?[[(]dot[\])] ?|\.)[A-Za-z0-9-]+)+)/iuy;
const URL_SCHEME = /(?<![\p{L}\p{N}])(?:https?:?\/\/|ftp:\/\/)[^\s<>"]+/giu;
const URL_WWW = /(?<![\p{L}\p{N}./@:])www\.[^\s<>"]+/giu;
const URL_BARE = /(?<![\p{L}\p{N}.@/_%+-])[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.([A-Za-z]{2,24})(?![\p{L}\p{N}@_-])(\/[^\s<>"]*)?/uy;
const HANDLE = /(?<![\p{L}\p{N}._%+/@-])@[A-Za-z0-9_]{2,30}(?![\p{L}\p{N}_@-]|\.[A-Za-z])/uy;

/** "[at]", "(at)": where a spelled-out address has its at sign. */
const SPELLED_AT = /[[(]at[\])]/gi;
const WWW = /www\./i;

/*
 * The sticky patterns above are tried only where a match can start, in increasing order and never
 * inside the last match: the matches are those a global scan of the whole text would give.
 */

/** The match of sticky `re` at `at`, or null. */
function matchAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** A character of the part of an address before the at sign, [\w.%+-] (with "ſ" and "K", which a case-insensitive \w takes). */
function isLocalChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 37 || c === 43 || c === 45 || c === 0x17f || c === 0x212a;
}

/** Tries sticky `re` at each start in [from, to), left to right: the first match, or null. */
function firstMatchIn(re: RegExp, text: string, from: number, to: number): RegExpExecArray | null {
  for (let q = Math.max(0, from); q < to; q++) {
    const m = matchAt(re, text, q);
    if (m) return m;
  }
  return null;
}

/** Email addresses: a match holds one at sign and starts at the run of address characters before it, or at a "mailto:" before that. */
function emailMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let done = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    if (at < done) continue;
    let run = at;
    while (run > 0 && isLocalChar(text.charCodeAt(run - 1))) run--;
    const m = firstMatchIn(EMAIL, text, Math.max(done, run - 'mailto:'.length), at);
    if (m) {
      out.push(m);
      done = m.index + m[0].length;
    }
  }
  return out;
}

/** Spelled-out addresses ("jane [at] example [dot] org"): the part before "[at]" ends right before it or one space before. */
function spelledEmailMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let done = 0;
  SPELLED_AT.lastIndex = 0;
  for (let a = SPELLED_AT.exec(text); a; a = SPELLED_AT.exec(text)) {
    if (a.index < done) continue;
    const end = text[a.index - 1] === ' ' ? a.index - 1 : a.index;
    let run = end;
    while (run > 0 && isLocalChar(text.charCodeAt(run - 1))) run--;
    const m = firstMatchIn(EMAIL_SPELLED, text, Math.max(done, run), end);
    if (m) {
      out.push(m);
      done = m.index + m[0].length;
      SPELLED_AT.lastIndex = Math.max(SPELLED_AT.lastIndex, done);
    }
  }
  return out;
}

const isHostChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 45;
const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/**
 * Bare domains: the host is a run of [A-Za-z0-9.-] that holds a dot before a letter, and a match can
 * start only where such a run starts (inside it, the character before is one the pattern refuses).
 */
function bareUrlMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let done = 0;
  let runEnd = 0;
  for (let dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', Math.max(dot + 1, runEnd))) {
    let start = dot;
    while (start > runEnd && isHostChar(text.charCodeAt(start - 1))) start--;
    let end = dot;
    let letterAfterDot = false;
    while (end < text.length && isHostChar(text.charCodeAt(end))) {
      if (text.charCodeAt(end) === 46 && isAsciiLetter(text.charCodeAt(end + 1))) letterAfterDot = true;
      end++;
    }
    runEnd = end;
    if (!letterAfterDot || start < done) continue;
    const m = matchAt(URL_BARE, text, start);
    if (m) {
      out.push(m);
      done = m.index + m[0].length;
    }
  }
  return out;
}

/** Handles: a match starts at its at sign. */
function handleMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let done = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    if (at < done) continue;
    const m = matchAt(HANDLE, text, at);
    if (m) {
      out.push(m);
      done = m.index + m[0].length;
    }
  }
  return out;
}

interface Found {
  type: Contact['type'];
  value: string;
  start: number;
  end: number;
}

/** Trailing punctuation that closes a sentence, not an address; a ")" only when unbalanced. */
function trimUrl(s: string): string {
  let out = s;
  for (;;) {
    const last = out[out.length - 1];
    if (!last) return out;
    if ('.,;:!?\'"]}>*'.includes(last)) out = out.slice(0, -1);
    else if (last === ')' && (out.match(/\(/g)?.length ?? 0) < (out.match(/\)/g)?.length ?? 0)) out = out.slice(0, -1);
    else return out;
  }
}

/** The word before an offset on the same line, lower case, without a trailing colon. */
const LETTER = /\p{L}/u;
function wordBefore(text: string, at: number): string {
  let e = at;
  const floor = Math.max(0, at - 5);
  while (e > floor && !LETTER.test(text[e - 1]!) && text[e - 1] !== '\n') e--;
  let s = e;
  while (s > 0 && s > e - 24 && LETTER.test(text[s - 1]!)) s--;
  return text.slice(s, e).toLowerCase();
}

const DATE_SHAPE = /^(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}([./-])\d{1,2}\1\d{2,4})$/;
const YEAR_RANGE_SHAPE = /^(?:1[6-9]|20)\d\d ?- ?(?:1[6-9]|20)\d\d$/;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

const NEXT_DIGIT = /[0-9]/g;
/** A digit next to a letter a scanner may have read for one: only then can the scanner's digits differ from the text. */
const DIGIT_BY_LOOKALIKE = /[0-9][lIOo]|[lIOo][0-9]/;

/** Phone numbers: digit groups joined by spaces, dots, dashes or brackets. */
function findPhones(text: string, taken: (s: number, e: number) => boolean, out: Found[]): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    // a number starts at a digit or at a "+" or "(" right before one: go to the next digit
    NEXT_DIGIT.lastIndex = i;
    if (!NEXT_DIGIT.test(text)) break;
    i = Math.max(i, NEXT_DIGIT.lastIndex - 2);
    const c = text.charCodeAt(i);
    const startsHere = (c === 43 /* + */ && isDigit(text.charCodeAt(i + 1))) || (c === 40 /* ( */ && isDigit(text.charCodeAt(i + 1))) || isDigit(c);
    // Not inside a word, a number or an address; "Tel:+44" is fine.
    if (!startsHere || (i > 0 && /[\p{L}\p{N}./@_-]/u.test(text[i - 1]!)) || (text[i - 1] === ':' && c !== 43)) {
      i++;
      continue;
    }
    const start = i;
    let j = i;
    let digits = 0;
    let end = i;
    if (text[j] === '+') j++;
    for (;;) {
      // An optional bracketed group: "(02)", "(0)".
      let bracket = false;
      if (text[j] === '(' && isDigit(text.charCodeAt(j + 1))) {
        bracket = true;
        j++;
      }
      const g = j;
      while (j < n && isDigit(text.charCodeAt(j)) && j - g < 15) j++;
      if (j === g) break;
      digits += j - g;
      if (bracket) {
        if (text[j] !== ')') break;
        j++;
      }
      end = j;
      if (digits > 15) break;
      // A separator: up to two of space, dot, dash; a line end only inside an unfinished number.
      let k = j;
      let seps = 0;
      while (k < n && seps < 3 && (text[k] === ' ' || text[k] === '-' || text[k] === '.')) {
        k++;
        seps++;
      }
      if (text[k] === '\n' && digits < 8) {
        k++;
        while (k < n && text[k] === ' ' && k - j < 6) k++;
      }
      if (k < n && (isDigit(text.charCodeAt(k)) || (text[k] === '(' && isDigit(text.charCodeAt(k + 1))))) j = k;
      else break;
    }
    const raw = text.slice(start, end);
    if (isPhone(raw, digits, wordBefore(text, start)) && !taken(start, end)) {
      const d = raw.replace(/\D/g, '');
      out.push({ type: 'phone', value: raw.startsWith('+') ? `+${d}` : d, start, end });
    }
    i = Math.max(end, i + 1);
  }
}

function isPhone(raw: string, digits: number, cue: string): boolean {
  if (digits < 8 || digits > 15) return false;
  if (DATE_SHAPE.test(raw) || YEAR_RANGE_SHAPE.test(raw)) return false;
  if (/\d\.\d{1,2}$/.test(raw) && !/\s/.test(raw)) return false; // a decimal
  if (raw.startsWith('+') || raw.startsWith('(')) return true;
  const grouped = /[ .()-]/.test(raw);
  if (raw.startsWith('0')) return grouped || (digits >= 9 && digits <= 11);
  if (/^(?:1[-. ])?\d{3}[-. ]\d{3}[-. ]\d{4}$/.test(raw)) return true;
  return PHONE_CUES.has(cue) && grouped && cue !== 'on';
}

/** Email addresses, phone numbers, URLs and social handles. */
export function findContacts(doc: DocumentText): Contact[] {
  return scanContacts(doc.text);
}

/** The last texts read and their contacts: the dates stage and the contacts stage read the same text. */
const recent: { text: string; contacts: readonly Contact[] }[] = [];
const RECENT = 2;

/** Contacts in a string, in text order, each value once. */
export function scanContacts(text: string): Contact[] {
  let hit = recent.find((r) => r.text === text);
  if (!hit) {
    hit = { text, contacts: readContacts(text) };
    recent.unshift(hit);
    if (recent.length > RECENT) recent.pop();
  }
  // fresh objects: a caller may keep or change what it gets
  return hit.contacts.map((c) => ({ ...c, span: { ...c.span } }));
}

function readContacts(text: string): Contact[] {
  const found: Found[] = [];
  const used = new Uint8Array(text.length + 1);
  const taken = (s: number, e: number): boolean => {
    for (let i = s; i < e; i++) if (used[i]) return true;
    return false;
  };
  const add = (f: Found): void => {
    if (taken(f.start, f.end)) return;
    used.fill(1, f.start, f.end);
    found.push(f);
  };

  for (const m of emailMatches(text)) {
    const start = m.index + (m[1]?.length ?? 0);
    add({ type: 'email', value: m[2]!.toLowerCase(), start, end: start + m[2]!.length });
  }
  for (const m of spelledEmailMatches(text)) {
    const domain = m[2]!.replace(/ ?[[(]dot[\])] ?/gi, '.');
    add({ type: 'email', value: `${m[1]}@${domain}`.toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  for (const re of [URL_SCHEME, URL_WWW]) {
    if (re === URL_SCHEME ? !text.includes('//') : !WWW.test(text)) continue;
    for (const m of text.matchAll(re)) {
      const url = trimUrl(m[0]);
      if (url.length < 5 || !/[\p{L}\p{N}]\.[\p{L}]/u.test(url)) continue;
      add({ type: 'url', value: url, start: m.index, end: m.index + url.length });
    }
  }
  for (const m of bareUrlMatches(text)) {
    // Domains are written in lower case: "China.It" is two sentences without a space.
    const tld = m[1]!;
    if (tld !== tld.toLowerCase() || !isTopLevelDomain(tld, COUNTRY_CODES)) continue;
    const url = trimUrl(m[0]);
    const host = url.split('/')[0]!;
    // A bare domain counts with a path, or after a word that points to it ("visit ipac.global").
    const hasPath = url.length > host.length + 1;
    if (!hasPath && !URL_CUES.has(wordBefore(text, m.index))) continue;
    if (/^(?:[A-Za-z]\.)+[A-Za-z]{1,2}$/.test(host)) continue; // initials: "U.S", "e.g"
    add({ type: 'url', value: url, start: m.index, end: m.index + url.length });
  }
  for (const m of handleMatches(text)) {
    if (/^@\d+$/.test(m[0])) continue;
    add({ type: 'url', value: m[0], start: m.index, end: m.index + m[0].length });
  }
  // Phone digits as a scanner meant them: "(O3) 9654 22lO" (same length, so spans hold).
  findPhones(DIGIT_BY_LOOKALIKE.test(text) ? readOcrDigits(text) : text, taken, found);

  const seen = new Set<string>();
  const out: Contact[] = [];
  for (const f of found.sort((a, b) => a.start - b.start)) {
    const key = `${f.type} ${f.type === 'url' ? f.value.toLowerCase() : f.value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ type: f.type, value: f.value, span: { start: f.start, end: f.end }, text: text.slice(f.start, f.end) });
  }
  return out;
}
