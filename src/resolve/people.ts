/**
 * Merges person candidates into one person each. Two forms are one person
 * when the shorter one's words all stand in the longer one and they share
 * the first or the last word ("Nathan Law" … "Nathan Law Kwun-chung", "Ola
 * Bini" … "Ola Metodius Bini"). The name recorded is the form the person's
 * own entry gives (a signatory, an addressee), else the fullest form in the
 * text. A lone surname ("Hasan", "Sasse") or a lone family name written
 * first ("Hu") is a further mention of the one person it belongs to.
 */
import { ownCopy } from '../text/own-copy.js';
import type { Person } from '../model/entities.js';
import type { Mention } from '../model/span.js';
import { ocrText, type Token } from '../entities/tokens.js';
import { HYPOCORISMS } from '../lexicons/given-names.js';

export interface PersonCandidate {
  /** The name as written, without honorifics and post-nominals. */
  readonly name: string;
  /** Where it is written in doc.text. */
  readonly start: number;
  readonly end: number;
  /** party: a signatory's or addressee's own entry; prose: a name in running text; title: a lone word a title introduces. */
  readonly source: 'party' | 'prose' | 'title';
}

/** The words of a name, folded: case, accents, full stops and hyphens ignored. */
const WORDS = new Map<string, string[]>();

export function nameWords(name: string): string[] {
  let words = WORDS.get(name);
  if (!words) {
    const own = ownCopy(name);
    words = foldWords(own);
    if (WORDS.size > 20000) WORDS.clear();
    WORDS.set(own, words);
  }
  return words;
}

function foldWords(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’`]/gu, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean);
}

/** True when `small` is a short form of `big`: every word within it, and the first or last word shared. */
export function isShortForm(small: readonly string[], big: readonly string[]): boolean {
  if (!small.length || small.length > big.length) return false;
  let at = 0;
  for (let i = 0; i < small.length; i++) {
    const w = small[i]!;
    // the first word may be a familiar form of the other's ("Chuck" for "Charles")
    const k = i === 0 && at === 0 && sameGiven(w, big[0]!) ? 0 : big.indexOf(w, at);
    if (k < 0) return false;
    at = k + 1;
  }
  return sameGiven(small[0]!, big[0]!) || small[small.length - 1] === big[big.length - 1];
}

function sameGiven(a: string, b: string): boolean {
  return a === b || (HYPOCORISMS.get(a)?.includes(b) ?? false) || (HYPOCORISMS.get(b)?.includes(a) ?? false);
}

interface Group {
  name: string;
  words: string[];
  party: boolean;
  mentions: Mention[];
  first: number;
}

export function resolvePeople(
  text: string,
  tokens: readonly Token[],
  candidates: readonly PersonCandidate[],
  orgSpans: readonly { start: number; end: number }[],
  orgNames: ReadonlySet<string>,
): Person[] {
  const overlapsOrg = overlapTest(orgSpans);
  const usable = candidates.filter((c) => !orgNames.has(c.name.toLowerCase()) && (c.source === 'party' || !overlapsOrg(c)));
  // longest forms first, a party's own form before a form from the prose
  const order = usable
    .map((c, i) => ({ c, i, words: nameWords(c.name) }))
    .filter((x) => x.words.length > 0)
    .sort((a, b) => b.words.length - a.words.length || (a.c.source === 'party' ? -1 : 0) - (b.c.source === 'party' ? -1 : 0) || a.i - b.i);
  const groups: Group[] = [];
  // groups by their first and last words (and the formal forms of a familiar first word), to find matches without a full scan
  const byWord = new Map<string, Group[]>();
  const index = (g: Group) => {
    const keys = new Set([g.words[0]!, g.words[g.words.length - 1]!]);
    for (const k of keys) {
      const list = byWord.get(k) ?? [];
      list.push(g);
      byWord.set(k, list);
    }
  };
  const pending: typeof order = [];
  for (const x of order) {
    const mention: Mention = { text: text.slice(x.c.start, x.c.end), span: { start: x.c.start, end: x.c.end } };
    const single = x.words.length === 1;
    const near = new Set<Group>();
    for (const k of [x.words[0]!, x.words[x.words.length - 1]!, ...(HYPOCORISMS.get(x.words[0]!) ?? [])]) for (const g of byWord.get(k) ?? []) near.add(g);
    const matches = [...near].filter((g) => (single ? g.words.length > 1 && (g.words[g.words.length - 1] === x.words[0] || g.words[0] === x.words[0]) : isShortForm(x.words, g.words)) || sameWords(g.words, x.words));
    if (matches.length === 1 || (matches.length > 1 && !single)) {
      const g = matches[0]!;
      g.mentions.push(mention);
      g.first = Math.min(g.first, x.c.start);
      // a party's own form wins over a longer form from the prose
      if (x.c.source === 'party' && !g.party) {
        g.name = x.c.name;
        g.party = true;
      }
      continue;
    }
    if (matches.length > 1) continue;
    if (single) {
      pending.push(x);
      continue;
    }
    const g: Group = { name: x.c.name, words: x.words, party: x.c.source === 'party', mentions: [mention], first: x.c.start };
    groups.push(g);
    index(g);
  }
  // lone words a title introduced, that no fuller name claims: "Biden"
  // (the first group with the same words, found by its words joined: no scan over the groups per word)
  const byWords = new Map<string, Group>();
  const keep = (g: Group) => {
    const key = g.words.join(' ');
    if (!byWords.has(key)) byWords.set(key, g);
  };
  if (pending.length) for (const g of groups) keep(g);
  for (const x of pending) {
    const g = byWords.get(x.words.join(' '));
    const mention: Mention = { text: text.slice(x.c.start, x.c.end), span: { start: x.c.start, end: x.c.end } };
    if (g) g.mentions.push(mention);
    else {
      const fresh: Group = { name: x.c.name, words: x.words, party: false, mentions: [mention], first: x.c.start };
      groups.push(fresh);
      keep(fresh);
    }
  }
  addSurnameMentions(text, tokens, groups, orgSpans);
  groups.sort((a, b) => a.first - b.first);
  return groups.map((g) => {
    const seen = new Set<number>();
    const mentions = g.mentions.filter((m) => (seen.has(m.span.start) ? false : (seen.add(m.span.start), true))).sort((a, b) => a.span.start - b.span.start);
    // the name as a reader writes it: one space between words, whatever the layout had
    return { name: ocrText(g.name).replace(/\s+/gu, ' '), mentions };
  });
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((w, i) => w === b[i]);
}

/** A capitalised word alone that is the last (or, for a name written family-first, the first) word of one person only. */
function addSurnameMentions(text: string, tokens: readonly Token[], groups: Group[], orgSpans: readonly { start: number; end: number }[]): void {
  const owners = new Map<string, Group | null>();
  const claim = (w: string, g: Group) => owners.set(w, owners.has(w) && owners.get(w) !== g ? null : g);
  for (const g of groups) {
    if (g.words.length < 2) continue;
    claim(g.words[g.words.length - 1]!, g);
    claim(g.words[0]!, g);
  }
  const covered = groups.flatMap((g) => g.mentions.map((m) => m.span));
  const inMention = cover(covered);
  const inOrg = cover(orgSpans);
  for (const t of tokens) {
    if (t.shape !== 'cap' && t.shape !== 'caps') continue;
    if (!owners.size) break;
    // a cheap look first: most words are no one's name (a word of ASCII letters and apostrophes is one only as it stands)
    const plain = isPlainWord(t.text);
    if (plain && !owners.has(t.text.toLowerCase())) continue;
    const parts = nameWords(t.text);
    // a hyphenated surname is one word of the text and two of the name: "Al-Mansour" for "Karim al-Mansour"
    const word = parts.length > 1 ? parts[parts.length - 1]! : (parts[0] ?? '');
    const g = owners.get(word);
    if (!g) continue;
    if (parts.length > 1 && parts.join(' ') !== g.words.slice(-parts.length).join(' ')) continue;
    if (inMention(t) || inOrg(t)) continue;
    // a given name alone is a mention only for a name written family-first, where the first word is the family name
    if (g.words[0] === word && g.words[g.words.length - 1] !== word && !familyFirst(g)) continue;
    g.mentions.push({ text: text.slice(t.start, t.end), span: { start: t.start, end: t.end } });
  }
}

/** True for a word of ASCII letters and apostrophes only (its lower case is all of /[a-z']/). */
function isPlainWord(w: string): boolean {
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c === 39) continue;
    const lower = c | 32;
    if (!(lower >= 97 && lower <= 122)) return false;
  }
  return true;
}

/** The longest span, in characters, an overlap test looks back for (names and entries are short). */
const MAX_SPAN = 400;

/** Does a span overlap one of the spans? A binary search, then a look back over the few spans that could reach it. */
function overlapTest(spans: readonly { start: number; end: number }[]): (c: { start: number; end: number }) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  return (c) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.start < c.end) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo - 1; k >= 0 && sorted[k]!.start >= c.start - MAX_SPAN; k--) if (sorted[k]!.end > c.start) return true;
    return false;
  };
}

/** For tokens visited in order: is the token inside one of the spans? */
function cover(spans: readonly { start: number; end: number }[]): (t: { start: number; end: number }) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let k = 0;
  return (t) => {
    while (k < sorted.length && sorted[k]!.start + MAX_SPAN < t.start) k++;
    for (let j = k; j < sorted.length && sorted[j]!.start <= t.start; j++) if (t.end <= sorted[j]!.end) return true;
    return false;
  };
}

/** A two-word name whose first word is short and whose second is not a known given name reads family-first ("Hu Binchen"). */
function familyFirst(g: Group): boolean {
  return g.words.length === 2 && g.words[0]!.length <= 4 && g.words[1]!.length >= 4;
}
