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

const WORD_RE = /[\p{Lu}][\p{L}'-]*/gu;
const fold = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
const tokensOf = (name: string): string[] => fold(name).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

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
  const nameTokens = people.map((_, i) => new Set([...toks[canon[i]!]!, ...people[canon[i]!]!.name.split(/\s+/).map(fold)]));
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
  const words = [...text.matchAll(WORD_RE)];
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    const key = fold(w[0].replace(/'s?$/, ''));
    const set = owners.get(key);
    if (!set) continue;
    // a surname two people share ("Hoshur" for Adil and Gulnar Hoshur) is the one named in full most recently
    const person = set.size === 1 ? [...set][0]! : latestNamed(set, w.index);
    if (person === null) continue;
    const start = w.index;
    let end = start + w[0].replace(/'s?$/, '').length;
    if (covered(start, end)) continue;
    // inside a longer capitalised run that is not this person's name: not a mention
    const own = nameTokens[person]!;
    const prev = words[k - 1];
    // "Mr Varga", "President Isa": a form of address or an office may stand before a short form
    if (prev && /^[ ]$/.test(text.slice(prev.index + prev[0].length, start)) && !own.has(fold(prev[0])) && !isNotName(prev[0])) continue;
    // the rest of the name: "Nathan" + "Law", "Ted" + "Hui"
    let j = k + 1;
    for (; j < words.length; j++) {
      const n = words[j]!;
      const bare = n[0].replace(/'s?$/, '');
      if (!/^[ -]$/.test(text.slice(end, n.index)) || !own.has(fold(bare)) || covered(n.index, n.index + bare.length)) break;
      end = n.index + bare.length;
      if (bare.length !== n[0].length) {
        j++;
        break;
      }
    }
    const next = words[j];
    if (next && j === k + 1 && /^[ ]$/.test(text.slice(end, next.index)) && !own.has(fold(next[0].replace(/'s?$/, '')))) continue;
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
