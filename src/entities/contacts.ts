/**
 * Press contacts: email addresses (also written "name [at] org [dot] org"),
 * phone numbers, web addresses (with or without a scheme) and social handles.
 *
 * Emails and addresses are found by linear patterns; phone numbers by a
 * forward scan over digit groups that never goes back, so the whole pass is
 * linear in the text. Each value is reported once, at its first mention.
 */
import type { Contact } from '../model/entities.js';
import type { DocumentText } from '../text/document-text.js';
import { COUNTRY_BY_CODE } from '../lexicons/countries.js';
import { PHONE_CUES, URL_CUES, isTopLevelDomain } from '../lexicons/contact-words.js';
import { readOcrDigits } from './ocr.js';

const COUNTRY_CODES: ReadonlySet<string> = new Set(COUNTRY_BY_CODE.keys());

const EMAIL = /(?<![\p{L}\p{N}._%+-])(mailto:)?([A-Za-z0-9][\w.%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/gu;
const EMAIL_SPELLED = /(?<![\p{L}\p{N}._%+-])([A-Za-z0-9][\w.%+-]*) ?[[(]at[\])] ?([A-Za-z0-9-]+(?:(?: ?[[(]dot[\])] ?|\.)[A-Za-z0-9-]+)+)/giu;
const URL_SCHEME = /(?<![\p{L}\p{N}])(?:https?:?\/\/|ftp:\/\/)[^\s<>"]+/giu;
const URL_WWW = /(?<![\p{L}\p{N}./@:])www\.[^\s<>"]+/giu;
const URL_BARE = /(?<![\p{L}\p{N}.@/_%+-])[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.([A-Za-z]{2,24})(?![\p{L}\p{N}@_-])(\/[^\s<>"]*)?/gu;
const HANDLE = /(?<![\p{L}\p{N}._%+/@-])@[A-Za-z0-9_]{2,30}(?![\p{L}\p{N}_@-]|\.[A-Za-z])/gu;

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

/** Phone numbers: digit groups joined by spaces, dots, dashes or brackets. */
function findPhones(text: string, taken: (s: number, e: number) => boolean, out: Found[]): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
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

/** Contacts in a string, in text order, each value once. */
export function scanContacts(text: string): Contact[] {
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

  for (const m of text.matchAll(EMAIL)) {
    const start = m.index + (m[1]?.length ?? 0);
    add({ type: 'email', value: m[2]!.toLowerCase(), start, end: start + m[2]!.length });
  }
  for (const m of text.matchAll(EMAIL_SPELLED)) {
    const domain = m[2]!.replace(/ ?[[(]dot[\])] ?/gi, '.');
    add({ type: 'email', value: `${m[1]}@${domain}`.toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  for (const re of [URL_SCHEME, URL_WWW]) {
    for (const m of text.matchAll(re)) {
      const url = trimUrl(m[0]);
      if (url.length < 5 || !/[\p{L}\p{N}]\.[\p{L}]/u.test(url)) continue;
      add({ type: 'url', value: url, start: m.index, end: m.index + url.length });
    }
  }
  for (const m of text.matchAll(URL_BARE)) {
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
  for (const m of text.matchAll(HANDLE)) {
    if (/^@\d+$/.test(m[0])) continue;
    add({ type: 'url', value: m[0], start: m.index, end: m.index + m[0].length });
  }
  // Phone digits as a scanner meant them: "(O3) 9654 22lO" (same length, so spans hold).
  findPhones(readOcrDigits(text), taken, found);

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
