/**
 * Merges organisation candidates into one entry per body: candidates that
 * share a form (name, acronym, short form) or a lexicon entry are one body;
 * a name that differs from another only by a demonym before it ("Communist
 * Party", "Chinese Communist Party") is a short form of it. The name recorded
 * is the longest form the text uses; the other forms are aliases; an acronym
 * used alone later in the text is a mention of its body.
 */
import { ownCopy } from '../text/own-copy.js';
import type { Organization } from '../model/entities.js';
import type { Mention } from '../model/span.js';
import { ocrText, type Token } from '../entities/tokens.js';
import { isDemonym } from '../entities/demonyms.js';

export interface OrgCandidate {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly rule: 'known' | 'acronym' | 'head' | 'party';
  /** Index of the lexicon body it names. */
  readonly known?: number;
  /** Another form the same place gives (an acronym, a form with a demonym). */
  readonly alias?: string;
  readonly aliasStart?: number;
  readonly aliasEnd?: number;
  /** A party that is an organisation: its span is its own entry. */
  readonly entry?: boolean;
}

/** The key two forms of one name share: case, "the", spacing and apostrophes folded. */
const KEYS = new Map<string, string>();

export function orgKey(form: string): string {
  let key = KEYS.get(form);
  if (key === undefined) {
    const own = ownCopy(form);
    key = foldKey(own);
    if (KEYS.size > 5000) KEYS.clear();
    KEYS.set(own, key);
  }
  return key;
}

function foldKey(form: string): string {
  return foldAsciiKey(form) ?? foldAnyKey(form);
}

const isSpaceCode = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);
const isKeyCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 38 || c === 43 || c === 39;

/**
 * `foldAnyKey` for a form in ASCII, by code: lower case, a backquote as an
 * apostrophe, "the" and its spacing off the front, every other run of
 * characters one space, none at the ends. Null for any other character.
 */
function foldAsciiKey(form: string): string | null {
  const n = form.length;
  for (let k = 0; k < n; k++) if (form.charCodeAt(k) >= 128) return null;
  let k = 0;
  if (n > 3 && (form.charCodeAt(0) | 32) === 116 && (form.charCodeAt(1) | 32) === 104 && (form.charCodeAt(2) | 32) === 101 && isSpaceCode(form.charCodeAt(3))) {
    k = 4;
    while (k < n && isSpaceCode(form.charCodeAt(k))) k++;
  }
  let out = '';
  let gap = false;
  for (; k < n; k++) {
    let c = form.charCodeAt(k);
    if (c >= 65 && c <= 90) c += 32;
    else if (c === 96) c = 39;
    if (!isKeyCode(c)) {
      gap = true;
      continue;
    }
    if (gap && out) out += ' ';
    gap = false;
    out += String.fromCharCode(c);
  }
  return out;
}

function foldAnyKey(form: string): string {
  return form
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’`]/gu, "'")
    .replace(/^the\s+/u, '')
    .replace(/[^\p{L}\p{N}&+']+/gu, ' ')
    .trim();
}

/** The longest name, in characters, that a containment test looks back for. */
const MAX_NAME = 400;

const ACRONYMS = new Map<string, boolean>();

function isAcronym(form: string): boolean {
  let yes = ACRONYMS.get(form);
  if (yes === undefined) {
    yes = acronymShape(form);
    if (ACRONYMS.size > 5000) ACRONYMS.clear();
    ACRONYMS.set(ownCopy(form), yes);
  }
  return yes;
}

function acronymShape(form: string): boolean {
  const letters = form.replace(/[^\p{L}]/gu, '');
  return !form.includes(' ') && letters.length > 0 && letters.replace(/[^\p{Lu}]/gu, '').length >= Math.max(2, letters.length / 2);
}

export function resolveOrganizations(text: string, tokens: readonly Token[], all: readonly OrgCandidate[]): Organization[] {
  // a lexicon body inside a longer name is part of that name ("Department of Justice and Police")
  const scanned = all.filter((o) => o.rule === 'acronym' || o.rule === 'head').sort((a, b) => a.start - b.start);
  // names are short (a few hundred characters at most): look back from the candidate's start only that far
  const inLonger = (c: OrgCandidate) => {
    let lo = 0;
    let hi = scanned.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (scanned[mid]!.start <= c.start) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo - 1; k >= 0 && scanned[k]!.start >= c.start - MAX_NAME; k--) {
      const o = scanned[k]!;
      if (c.end <= o.end && o.end - o.start > c.end - c.start) return true;
    }
    return false;
  };
  const candidates = all.filter((c) => c.rule !== 'known' || !inLonger(c));
  const parent: number[] = candidates.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const byKey = new Map<string, number>();
  const byBody = new Map<number, number>();
  candidates.forEach((c, i) => {
    for (const form of [c.text, c.alias]) {
      if (!form) continue;
      const key = orgKey(form);
      if (!key) continue;
      const seen = byKey.get(key);
      if (seen === undefined) byKey.set(key, i);
      else union(seen, i);
    }
    if (c.known !== undefined) {
      const seen = byBody.get(c.known);
      if (seen === undefined) byBody.set(c.known, i);
      else union(seen, i);
    }
  });
  // two names that end at the same place are forms of one name ("Samuelson-Glushko Canadian … Clinic")
  // (only a long form an acronym defines and a head phrase: a body named inside another's name stays apart)
  const byEnd = new Map<number, number[]>();
  candidates.forEach((c, i) => {
    if (c.rule !== 'acronym' && c.rule !== 'head') return;
    const list = byEnd.get(c.end) ?? [];
    for (const j of list) if (candidates[j]!.rule !== c.rule) union(j, i);
    list.push(i);
    byEnd.set(c.end, list);
  });
  // a name found inside a signing organisation's entry, at its start or its end, is that organisation
  // ("Centro de Ensino e Pesquisa em Inovação" in "Centro de Ensino e Pesquisa em Inovação (CEPI), FGV Direito SP")
  const entries = candidates
    .map((c, i) => [c, i] as const)
    .filter(([c]) => c.entry)
    .sort((a, b) => a[0].start - b[0].start);
  if (entries.length) {
    candidates.forEach((c, i) => {
      if (c.rule !== 'acronym' && c.rule !== 'head') return;
      // the last entry that starts at or before the candidate (entries are lines: they do not nest)
      let lo = 0;
      let hi = entries.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (entries[mid]![0].start <= c.start) lo = mid;
        else hi = mid - 1;
      }
      const [e, j] = entries[lo]!;
      if (c.start >= e.start && c.end <= e.end && (c.start === e.start || c.end === e.end)) union(i, j);
    });
  }
  // an organisation a party acts for, cut short at a comma inside its name, is the name the scans found from the same start
  // ("Bureau of Democracy" for "Bureau of Democracy, Human Rights, and Labor")
  const scannedAt = new Map<number, number>();
  candidates.forEach((c, i) => {
    if (c.rule !== 'acronym' && c.rule !== 'head') return;
    const seen = scannedAt.get(c.start);
    if (seen === undefined || candidates[seen]!.end < c.end) scannedAt.set(c.start, i);
  });
  candidates.forEach((c, i) => {
    if (c.rule !== 'party' || c.entry) return;
    const j = scannedAt.get(c.start);
    if (j !== undefined && candidates[j]!.end > c.end && text[c.end] === ',') union(i, j);
  });
  // "Council for TRIPS" and "TRIPS Council"; "WTO TRIPS Council" and "TRIPS Council"
  const variants = new Map<string, number>();
  candidates.forEach((c, i) => {
    for (const key of variantKeys(c.text)) {
      const seen = byKey.get(key) ?? variants.get(key);
      if (seen !== undefined) union(seen, i);
      else variants.set(key, i);
    }
  });
  // "Communist Party" is a short form of "Chinese Communist Party"
  // (a key is words joined by single spaces)
  for (const [key, i] of byKey) {
    const space = key.indexOf(' ');
    if (space < 0 || key.indexOf(' ', space + 1) < 0 || !isDemonym(key.slice(0, space))) continue;
    const short = byKey.get(key.slice(space + 1));
    if (short !== undefined) union(i, short);
  }

  // "Congress" and "Congress of the United States": a head alone is the one name the text opens with it and "of"
  const ofForms = new Map<string, number[]>();
  for (const [key, i] of byKey) {
    // three words or more, "of" the second
    const space = key.indexOf(' ');
    if (space < 0 || !key.startsWith('of ', space + 1)) continue;
    const head = key.slice(0, space);
    const list = ofForms.get(head) ?? [];
    list.push(i);
    ofForms.set(head, list);
  }
  for (const [head, list] of ofForms) {
    const short = byKey.get(head);
    if (short !== undefined && list.length === 1) union(short, list[0]!);
  }

  // an acronym used alone whose letters are the initials of a name in the text: "OSI" and "Open Source Initiative"
  const byInitials = new Map<string, number>();
  candidates.forEach((c, i) => {
    const init = initialsOf(c.text);
    if (init.length >= 2 && !byInitials.has(init)) byInitials.set(init, i);
  });
  candidates.forEach((c, i) => {
    if (!isAcronym(c.text) || c.alias) return;
    const j = byInitials.get(c.text.replace(/[^\p{Lu}]/gu, ''));
    if (j !== undefined && j !== i) union(i, j);
  });

  const groups = new Map<number, number[]>();
  candidates.forEach((_, i) => {
    const r = find(i);
    const g = groups.get(r) ?? [];
    g.push(i);
    groups.set(r, g);
  });

  const result: { org: Organization; first: number }[] = [];
  for (const members of groups.values()) {
    const forms = new Map<string, string>();
    const primary = new Set<string>();
    const mentions: Mention[] = [];
    for (const i of members) {
      const c = candidates[i]!;
      primary.add(orgKey(ocrText(c.text)));
      for (const written of [c.text, c.alias]) {
        if (!written) continue;
        const form = ocrText(written);
        const key = orgKey(form);
        // of two spellings of one form, the one not in capitals throughout
        const had = forms.get(key);
        if (key && (had === undefined || (had === had.toUpperCase() && form !== form.toUpperCase()))) forms.set(key, form);
      }
      mentions.push({ text: text.slice(c.start, c.end), span: { start: c.start, end: c.end } });
      if (c.alias && c.aliasStart !== undefined && c.aliasEnd !== undefined) mentions.push({ text: text.slice(c.aliasStart, c.aliasEnd), span: { start: c.aliasStart, end: c.aliasEnd } });
    }
    const all = [...forms.values()];
    // the name is the longest form a rule gave as a name (not as an alias), spelled out if the text spells it out
    const named = all.filter((f) => primary.has(orgKey(f)));
    const full = named.filter((f) => !isAcronym(f));
    const wordCount = (f: string) => f.split(' ').length;
    // a form written in capitals throughout (a headline, a sign-off) names the body only when no other form does
    const shouted = (f: string) => f.includes(' ') && f === f.toUpperCase();
    const pool = full.length ? full : named.length ? named : all;
    const calm = pool.filter((f) => !shouted(f));
    let name = '';
    let nameWords = -1;
    for (const f of calm.length ? calm : pool) {
      const n = wordCount(f);
      if (n > nameWords || (n === nameWords && f.length > name.length)) {
        name = f;
        nameWords = n;
      }
    }
    const nameKey = orgKey(name);
    const aliases = all.filter((f) => orgKey(f) !== nameKey);
    let first = Infinity;
    for (const i of members) first = Math.min(first, candidates[i]!.start);
    result.push({ org: { name, aliases, mentions }, first });
  }

  // acronyms used alone are mentions of their body
  const byAcronym = new Map<string, Organization>();
  for (const { org } of result) for (const a of [org.name, ...org.aliases]) if (isAcronym(a)) byAcronym.set(a, org);
  if (byAcronym.size) {
    const inMention = cover(result.flatMap(({ org }) => org.mentions.map((m) => m.span)));
    for (const t of tokens) {
      const org = byAcronym.get(t.text);
      if (!org) continue;
      if (inMention(t)) continue;
      org.mentions.push({ text: t.text, span: { start: t.start, end: t.end } });
    }
  }

  // an acronym the text uses without defining it, whose letters are the initials of a name found: "FSF" for "Free Software Foundation"
  const byInit = new Map<string, Organization | null>();
  for (const { org } of result) {
    const init = initialsOf(org.name);
    if (init.length >= 3) byInit.set(init, byInit.has(init) ? null : org);
  }
  if (byInit.size) {
    const inMention = cover(result.flatMap(({ org }) => org.mentions.map((m) => m.span)));
    for (const t of tokens) {
      if (t.shape !== 'caps' || t.text.length < 3) continue;
      const org = byInit.get(t.text);
      if (!org || inMention(t)) continue;
      if (!org.aliases.includes(t.text)) org.aliases.push(t.text);
      org.mentions.push({ text: t.text, span: { start: t.start, end: t.end } });
    }
  }

  result.sort((a, b) => a.first - b.first);
  const out: Organization[] = [];
  for (const { org } of result) {
    const seen = new Set<number>();
    const mentions = org.mentions
      .filter((m) => (seen.has(m.span.start) ? false : (seen.add(m.span.start), true)))
      .sort((a, b) => a.span.start - b.span.start);
    // names as a reader writes them: one space between words, whatever the layout had
    const oneSpace = (n: string) => n.replace(/\s+/gu, ' ');
    const name = oneSpace(org.name);
    const aliases = [...new Set(org.aliases.map(oneSpace))].filter((a) => a !== name);
    out.push({ name, aliases, mentions });
  }
  return out;
}

/** For tokens visited in order: is the token inside one of the spans? (one pointer over the sorted spans) */
function cover(spans: readonly { start: number; end: number }[]): (t: { start: number; end: number }) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let k = 0;
  return (t) => {
    while (k < sorted.length && sorted[k]!.start + MAX_NAME < t.start) k++;
    for (let j = k; j < sorted.length && sorted[j]!.start <= t.start; j++) if (t.end <= sorted[j]!.end) return true;
    return false;
  };
}

/** Other keys a name is known by: the head moved after its object, a leading acronym dropped. */
function variantKeys(form: string): string[] {
  const out: string[] = [];
  const words = form.split(/\s+/u);
  if (words.length === 3 && /^(?:for|of|on)$/u.test(words[1]!)) out.push(orgKey(`${words[2]} ${words[0]}`));
  if (words.length >= 3 && isAcronym(words[0]!)) out.push(orgKey(words.slice(1).join(' ')));
  return out;
}

/** The capitals that open the capitalised words of a name: "Open Source Initiative" → "OSI". */
const INITIALS = new Map<string, string>();

function initialsOf(name: string): string {
  let init = INITIALS.get(name);
  if (init === undefined) {
    const own = ownCopy(name);
    init = computeInitials(own);
    if (INITIALS.size > 5000) INITIALS.clear();
    INITIALS.set(own, init);
  }
  return init;
}

function computeInitials(name: string): string {
  const words = name.split(/[\s/-]+/u).filter((w) => /^\p{Lu}/u.test(w));
  if (words.length < 2 || words.length !== name.split(/\s+/u).filter((w) => !/^(?:of|for|the|and|on|in|de|&)$/iu.test(w)).length) return '';
  return words.map((w) => w[0]!).join('');
}
