/**
 * Where people are named, in text order: the mentions the people stage found,
 * plus short forms it may have left out ("Hasan" for Idris Hasan, "AlAraibi"),
 * read in one pass over the capitalised words of the text. Each short form
 * must belong to one person only and must not sit inside a longer capitalised
 * run ("Security Law" is not Nathan Law).
 *
 * People whose names are a short form of another's ("Nathan Law" and
 * "Nathan Law Kwun-chung") are one person here: the fullest name wins.
 */

import { isNotName } from '../lexicons/not-names.js';

export interface PersonMention {
  readonly start: number;
  readonly end: number;
  /** Index of the canonical person (after short forms are merged). */
  readonly person: number;
}

export interface PeopleIndex {
  /** The fullest name of each canonical person. */
  readonly names: readonly string[];
  /** Every mention, sorted by start. */
  readonly mentions: readonly PersonMention[];
  /** Mentions that start in [from, to). */
  within(from: number, to: number): PersonMention[];
  /** The last mention that ends at or before `at`. */
  lastBefore(at: number): PersonMention | undefined;
  /** A person the people stage did not list, named at [start, end): the index of a known person it shortens, or a new one. */
  adopt(name: string, start: number, end: number): number;
}

const UPPER = /\p{Lu}/u;
const LETTER = /\p{L}/u;

/**
 * The capitalised words of a text, what /[\p{Lu}][\p{L}'-]* /gu matches, as start and end offsets in
 * one flat array; read code point by code point without building a match per word.
 */
function capitalisedWords(text: string): number[] {
  const out: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.codePointAt(i)!;
    const size = c > 0xffff ? 2 : 1;
    if (!isUpper(c)) {
      i += size;
      continue;
    }
    const start = i;
    i += size;
    while (i < n) {
      const d = text.codePointAt(i)!;
      if (d !== 39 && d !== 45 && !isLetter(d)) break;
      i += d > 0xffff ? 2 : 1;
    }
    out.push(start, i);
  }
  return out;
}

function isUpper(c: number): boolean {
  return c < 128 ? c >= 65 && c <= 90 : UPPER.test(String.fromCodePoint(c));
}

function isLetter(c: number): boolean {
  return c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : LETTER.test(String.fromCodePoint(c));
}

/** True when text.slice(start, end) is plain ASCII. */
function isAscii(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) >= 128) return false;
  return true;
}

/** A length as a bit: 1 << length, lengths from 31 on sharing the top bit. */
const lengthBit = (length: number): number => 1 << Math.min(length, 31);

/** The end of a word without a possessive "'s" or "'". */
function bareEnd(text: string, start: number, end: number): number {
  if (end > start && text.charCodeAt(end - 1) === 39) return end - 1;
  if (end - 1 > start && text.charCodeAt(end - 1) === 115 && text.charCodeAt(end - 2) === 39) return end - 2;
  return end;
}

/** True when text.slice(from, to) is one character of `chars`. */
function oneOf(text: string, from: number, to: number, chars: string): boolean {
  return to - from === 1 && chars.includes(text[from]!);
}
const MARKS = /\p{M}/gu;
const NON_ASCII = /[^\x00-\x7f]/;
/** Lower case without accents; plain ASCII (most words) needs no decomposition. */
const fold = (s: string): string => (NON_ASCII.test(s) ? s.normalize('NFKD').replace(MARKS, '').toLowerCase() : s.toLowerCase());
/** The folded words of a name: runs of letters and digits (of ASCII ones, read without a pattern, when the name is plain ASCII). */
const tokensOf = (name: string): string[] => (NON_ASCII.test(name) ? fold(name).split(/[^\p{L}\p{N}]+/u).filter(Boolean) : asciiTokens(name.toLowerCase()));

function asciiTokens(lower: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 0;
    const alnum = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (alnum && start < 0) start = i;
    else if (!alnum && start >= 0) {
      out.push(lower.slice(start, i));
      start = -1;
    }
  }
  return out;
}

/** Short forms that are ordinary words too often to stand for a person alone. */
const COMMON_SHORT = new Set(['law', 'may', 'will', 'new', 'long', 'young', 'king', 'page', 'price', 'white', 'black', 'green', 'brown', 'rich', 'hope', 'grant']);

export function indexPeople(text: string, people: readonly { name: string; mentions: readonly { span: { start: number; end: number } }[] }[]): PeopleIndex {
  // canonical person of each input person: the fullest name containing its tokens
  const toks = people.map((p) => tokensOf(p.name));
  const canon = people.map((_, i) => i);
  const byToken = new Map<string, number[]>();
  toks.forEach((t, i) => {
    for (const w of new Set(t)) {
      const list = byToken.get(w);
      if (list) list.push(i);
      else byToken.set(w, [i]);
    }
  });
  for (let i = 0; i < people.length; i++) {
    const ti = toks[i]!;
    if (ti.length < 2) continue;
    for (const j of byToken.get(ti[0]!) ?? []) {
      const tj = toks[j]!;
      if (j !== i && tj.length > ti.length && tj.length > toks[canon[i]!]!.length && ti.every((t) => tj.includes(t))) canon[i] = j;
    }
  }
  for (let i = 0; i < canon.length; i++) {
    let c = canon[i]!;
    for (let guard = 0; canon[c] !== c && guard < 8; guard++) c = canon[c]!;
    canon[i] = c;
  }
  const names = people.map((p, i) => people[canon[i]!]!.name ?? p.name);
  const adopted = new Map<string, number>();

  const mentions: PersonMention[] = [];
  for (let i = 0; i < people.length; i++) {
    for (const m of people[i]!.mentions) mentions.push({ start: m.span.start, end: m.span.end, person: canon[i]! });
  }

  // short forms: a first or last name that belongs to one canonical person only
  const owners = new Map<string, Set<number>>();
  const add = (key: string, person: number) => {
    if (key.length < 3 || COMMON_SHORT.has(key)) return;
    let set = owners.get(key);
    if (!set) owners.set(key, (set = new Set()));
    set.add(person);
  };
  for (let i = 0; i < people.length; i++) {
    const t = toks[i]!;
    if (t.length < 2) continue;
    const words = people[i]!.name.split(/\s+/).filter(Boolean);
    add(fold(words[words.length - 1]!), canon[i]!);
    add(fold(words[0]!), canon[i]!);
    if (words.length >= 3) add(fold(words[words.length - 2]!), canon[i]!);
  }
  // the words of each person's name, for the few people a short form is met for
  const nameTokenSets: Set<string>[] = [];
  const nameTokensOf = (i: number): Set<string> =>
    (nameTokenSets[i] ??= new Set([...toks[canon[i]!]!, ...people[canon[i]!]!.name.split(/\s+/).map(fold)]));
  // a cheap test before a word is folded: the lengths (a bit each, 31 for any longer) of the short forms, by ASCII first letter
  const lengthsByInitial = new Uint32Array(128);
  for (const key of owners.keys()) {
    const initial = key.charCodeAt(0);
    if (initial < 128) lengthsByInitial[initial]! |= lengthBit(key.length);
  }
  mentions.sort((a, b) => a.start - b.start);
  const covered = (s: number, e: number): boolean => {
    let lo = 0;
    let hi = mentions.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const m = mentions[mid]!;
      if (m.end <= s) lo = mid + 1;
      else if (m.start >= e) hi = mid - 1;
      else return true;
    }
    return false;
  };
  const latestNamed = (owners: ReadonlySet<number>, at: number): number | null => {
    let lo = 0;
    let hi = mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (mentions[mid]!.start < at) lo = mid + 1;
      else hi = mid;
    }
    // a bounded walk back keeps the cost linear
    for (let i = lo - 1; i >= 0 && i >= lo - 200; i--) if (owners.has(mentions[i]!.person)) return mentions[i]!.person;
    return null;
  };
  const extra: PersonMention[] = [];
  const words = capitalisedWords(text);
  const count = words.length / 2;
  const startOf = (k: number): number => words[2 * k]!;
  const endOf = (k: number): number => words[2 * k + 1]!;
  for (let k = 0; k < count; k++) {
    const start = startOf(k);
    let end = bareEnd(text, start, endOf(k));
    // an upper-case ASCII letter folds to its lower case (| 32), and an ASCII word keeps its length
    const initial = text.charCodeAt(start);
    if (initial < 128) {
      const lengths = lengthsByInitial[initial | 32]!;
      if (!lengths || (!(lengths & lengthBit(end - start)) && isAscii(text, start, end))) continue;
    }
    const set = owners.get(fold(text.slice(start, end)));
    if (!set) continue;
    // a surname two people share ("Hoshur" for Adil and Gulnar Hoshur) is the one named in full most recently
    const person = set.size === 1 ? set.values().next().value! : latestNamed(set, start);
    if (person === null) continue;
    if (covered(start, end)) continue;
    // inside a longer capitalised run that is not this person's name: not a mention
    const own = nameTokensOf(person);
    // "Mr Varga", "President Isa": a form of address or an office may stand before a short form
    if (k > 0 && oneOf(text, endOf(k - 1), start, ' ')) {
      const prev = text.slice(startOf(k - 1), endOf(k - 1));
      if (!own.has(fold(prev)) && !isNotName(prev)) continue;
    }
    // the rest of the name: "Nathan" + "Law", "Ted" + "Hui"
    let j = k + 1;
    for (; j < count; j++) {
      const nStart = startOf(j);
      const bare = bareEnd(text, nStart, endOf(j));
      if (!oneOf(text, end, nStart, ' -') || !own.has(fold(text.slice(nStart, bare))) || covered(nStart, bare)) break;
      end = bare;
      if (bare !== endOf(j)) {
        j++;
        break;
      }
    }
    if (j < count && j === k + 1 && oneOf(text, end, startOf(j), ' ') && !own.has(fold(text.slice(startOf(j), bareEnd(text, startOf(j), endOf(j)))))) continue;
    k = j - 1;
    extra.push({ start, end, person });
  }
  const all = [...mentions, ...extra].sort((a, b) => a.start - b.start || b.end - a.end);

  return {
    names,
    mentions: all,
    within(from, to) {
      let lo = 0;
      let hi = all.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (all[mid]!.start < from) lo = mid + 1;
        else hi = mid;
      }
      const out: PersonMention[] = [];
      for (let i = lo; i < all.length && all[i]!.start < to; i++) out.push(all[i]!);
      return out;
    },
    adopt(name, start, end) {
      const t = tokensOf(name);
      let person = adopted.get(t.join(' '));
      if (person === undefined) {
        // a short form of a listed person ("Ana Ruiz" for "Ana María Ruiz")
        person = (byToken.get(t[0]!) ?? []).map((i) => canon[i]!).find((i) => t.every((w) => toks[i]!.includes(w)));
      }
      if (person === undefined) {
        person = (names as string[]).push(name) - 1;
        toks.push(t);
        canon.push(person);
        adopted.set(t.join(' '), person);
      }
      const m = { start, end, person };
      let i = all.length;
      while (i > 0 && all[i - 1]!.start > start) i--;
      all.splice(i, 0, m);
      return person;
    },
    lastBefore(at) {
      let lo = 0;
      let hi = all.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (all[mid]!.start < at) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo - 1; i >= 0 && i >= lo - 4; i--) if (all[i]!.end <= at) return all[i];
      return undefined;
    },
  };
}
