/**
 * The project's own evaluation: compares `parse` output with gold files
 * (NAME.gold.json, in the form of ../shared/corpus/ANNOTATION.md) and counts
 * true positives, false positives and false negatives per field, and
 * agreement per party attribute. Used by `npm run eval` (scripts/eval.ts).
 *
 * Matching rules (its own, kept simple and strict enough to be useful):
 *
 * - Names (signatories, addressees, people, case subjects) are compared by a
 *   key: diacritics removed (NFKD), lower case, every run of characters that
 *   are not letters or digits a single space. Two names match when their keys
 *   are equal or, failing that, when every word of the shorter key is a word
 *   of the longer one and they share at least two words ("Alejandro
 *   Mayorkas" and "Alejandro Nicholas Mayorkas"). Matching is one to one:
 *   exact keys first, then word containment, in document order.
 * - Parties are matched per document over all its letters together, so a
 *   party found in the wrong letter of the right document still counts.
 * - Organisations match when their name keys are equal, or the key of one's
 *   name equals the key of one of the other's aliases (the gold says
 *   "Inter-Parliamentary Alliance on China", alias "IPAC"; either found
 *   counts).
 * - Countries: ISO codes, as sets. Dates: normalised values, as sets.
 * - Contacts (one field, and per type): e-mails lower-cased; phones as their
 *   digits with a leading + when there is one; URLs lower-cased, without
 *   scheme, "www.", a trailing slash or full stop.
 * - Cases: by subject name, as above.
 * - Party attributes are scored on matched parties only: honorifics and
 *   post-nominals as sets of canonical forms (full stops dropped, lower case,
 *   "Hon", "Honourable", "The Honorable" all "hon"; "Rt Hon", "Right
 *   Honourable" "rt hon"), role and organisation by key (null equals null),
 *   country by code. "name exact" is the share of matched parties whose name
 *   equals the gold name exactly.
 */
import type { CampaignDocument } from '../src/index.js';

export interface GoldParty {
  name: string;
  honorifics: string[];
  postNominals: string[];
  role: string | null;
  organization: string | null;
  country: string | null;
}
export interface GoldLetter {
  date: string | null;
  subject: string | null;
  salutation: string | null;
  addressees: GoldParty[];
  signatories: GoldParty[];
}
export interface GoldCase {
  subject: string;
  mechanism: string;
  requestingState: string | null;
  status: string;
}
export interface Gold {
  id: string;
  kind: string;
  title: string | null;
  date: string | null;
  letters: GoldLetter[];
  people: string[];
  organizations: { name: string; aliases: string[] }[];
  countries: string[];
  dates: string[];
  cases: GoldCase[];
  contacts: { emails: string[]; phones: string[]; urls: string[] };
}

export const FIELDS = ['signatories', 'addressees', 'people', 'organizations', 'countries', 'dates', 'cases', 'contacts', 'contacts.emails', 'contacts.phones', 'contacts.urls'] as const;
export type Field = (typeof FIELDS)[number];
export const ATTRIBUTES = ['name exact', 'honorifics', 'postNominals', 'role', 'organization', 'country'] as const;
export type Attribute = (typeof ATTRIBUTES)[number];

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  /** What was missed and what was extra, for --verbose. */
  missed: string[];
  extra: string[];
}
export interface Agreement {
  right: number;
  total: number;
  wrong: string[];
}
export interface DocumentScore {
  id: string;
  fields: Record<Field, Counts>;
  /** Per party list ("signatories", "addressees") and attribute. */
  attributes: Record<string, Agreement>;
  kind: boolean;
  date: boolean;
  letters: boolean;
}

const LETTERS_OR_DIGITS = /[^\p{L}\p{N}]+/gu;
const MARKS = /\p{M}/gu;

/** The comparison key of a name: no diacritics, lower case, words split on anything else. */
export function nameKey(name: string): string {
  return name.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(LETTERS_OR_DIGITS, ' ').trim();
}

/** True when two name keys denote the same name under the rules above (exact is tested separately). */
export function wordsContain(a: string, b: string): boolean {
  const wa = a.split(' ');
  const wb = b.split(' ');
  const [short, long] = wa.length <= wb.length ? [wa, new Set(wb)] : [wb, new Set(wa)];
  return short.length >= 2 && short.every((w) => long.has(w));
}

/**
 * One-to-one matching of gold items to predicted items: exact keys first,
 * then `loose` (when given), each in order. Returns pairs of indices and the
 * indices left over on each side.
 */
export function matchByKey<G, P>(gold: readonly G[], pred: readonly P[], goldKeys: (g: G) => string[], predKeys: (p: P) => string[], loose?: (g: string, p: string) => boolean) {
  const pairs: [number, number][] = [];
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const pk = pred.map(predKeys);
  const gk = gold.map(goldKeys);
  const pass = (same: (g: string, p: string) => boolean): void => {
    for (let i = 0; i < gold.length; i++) {
      if (usedG.has(i)) continue;
      for (let j = 0; j < pred.length; j++) {
        if (usedP.has(j)) continue;
        if (gk[i]!.some((g) => pk[j]!.some((p) => g !== '' && same(g, p)))) {
          pairs.push([i, j]);
          usedG.add(i);
          usedP.add(j);
          break;
        }
      }
    }
  };
  pass((g, p) => g === p);
  if (loose) pass(loose);
  return {
    pairs,
    goldLeft: gold.map((_, i) => i).filter((i) => !usedG.has(i)),
    predLeft: pred.map((_, j) => j).filter((j) => !usedP.has(j)),
  };
}

function counts<G, P>(gold: readonly G[], pred: readonly P[], goldKeys: (g: G) => string[], predKeys: (p: P) => string[], label: { gold: (g: G) => string; pred: (p: P) => string }, loose?: (g: string, p: string) => boolean): Counts {
  const m = matchByKey(gold, pred, goldKeys, predKeys, loose);
  return {
    tp: m.pairs.length,
    fp: m.predLeft.length,
    fn: m.goldLeft.length,
    missed: m.goldLeft.map((i) => label.gold(gold[i]!)),
    extra: m.predLeft.map((j) => label.pred(pred[j]!)),
  };
}

/** Distinct values, in order. */
const distinct = <T>(xs: readonly T[]): T[] => [...new Set(xs)];

/** Canonical honorific or post-nominal. */
export function canonicalTitle(title: string): string {
  const t = title.toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ').trim();
  if (t === 'honourable' || t === 'honorable' || t === 'the honorable' || t === 'the honourable' || t === 'the hon') return 'hon';
  if (t === 'right honourable' || t === 'the right honourable' || t === 'the rt hon' || t === 'right hon') return 'rt hon';
  return t;
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean => {
  const x = distinct(a.map(canonicalTitle)).sort();
  const y = distinct(b.map(canonicalTitle)).sort();
  return x.length === y.length && x.every((v, i) => v === y[i]);
};
const keyOrNull = (s: string | null | undefined): string | null => (s ? nameKey(s) : null);

export function normaliseEmail(s: string): string {
  return s.trim().toLowerCase();
}
export function normalisePhone(s: string): string {
  const digits = s.replace(/\D/g, '');
  return s.trim().startsWith('+') ? `+${digits}` : digits;
}
export function normaliseUrl(s: string): string {
  return s
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/^www\./, '')
    .replace(/[./]+$/, '');
}

type PredParty = CampaignDocument['letters'][number]['signatories'][number];

function partyFields(gold: GoldParty[], pred: PredParty[], list: string, attributes: Record<string, Agreement>): Counts {
  const m = matchByKey(gold, pred, (g) => [nameKey(g.name)], (p) => [nameKey(p.name)], wordsContain);
  const agree = (attr: Attribute, ok: boolean, what: string): void => {
    const a = (attributes[`${list}.${attr}`] ??= { right: 0, total: 0, wrong: [] });
    a.total++;
    if (ok) a.right++;
    else a.wrong.push(what);
  };
  for (const [i, j] of m.pairs) {
    const g = gold[i]!;
    const p = pred[j]!;
    agree('name exact', g.name === p.name, `${JSON.stringify(p.name)} for ${JSON.stringify(g.name)}`);
    agree('honorifics', sameSet(g.honorifics, p.honorifics), `${g.name}: ${JSON.stringify(p.honorifics)} for ${JSON.stringify(g.honorifics)}`);
    agree('postNominals', sameSet(g.postNominals, p.postNominals), `${g.name}: ${JSON.stringify(p.postNominals)} for ${JSON.stringify(g.postNominals)}`);
    agree('role', keyOrNull(g.role) === keyOrNull(p.role), `${g.name}: ${JSON.stringify(p.role)} for ${JSON.stringify(g.role)}`);
    agree('organization', keyOrNull(g.organization) === keyOrNull(p.organization), `${g.name}: ${JSON.stringify(p.organization)} for ${JSON.stringify(g.organization)}`);
    agree('country', (g.country ?? null) === (p.country?.code ?? null), `${g.name}: ${JSON.stringify(p.country?.code ?? null)} for ${JSON.stringify(g.country)}`);
  }
  return { tp: m.pairs.length, fp: m.predLeft.length, fn: m.goldLeft.length, missed: m.goldLeft.map((i) => gold[i]!.name), extra: m.predLeft.map((j) => pred[j]!.name) };
}

/** Dedupes parties of a document by name key, as the gold records a name once per list. */
function uniqueParties<T extends { name: string }>(parties: T[]): T[] {
  const seen = new Set<string>();
  return parties.filter((p) => {
    const k = nameKey(p.name);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function scoreDocument(gold: Gold, doc: CampaignDocument): DocumentScore {
  const attributes: Record<string, Agreement> = {};
  const goldSign = uniqueParties(gold.letters.flatMap((l) => l.signatories));
  const goldAddr = uniqueParties(gold.letters.flatMap((l) => l.addressees));
  const predSign = uniqueParties(doc.letters.flatMap((l) => l.signatories));
  const predAddr = uniqueParties(doc.letters.flatMap((l) => l.addressees));
  const text = (s: string) => s;
  const set = (g: string[], p: string[]): Counts => counts(distinct(g), distinct(p), (x) => [x], (x) => [x], { gold: text, pred: text });

  const emails = set(gold.contacts.emails.map(normaliseEmail), doc.contacts.filter((c) => c.type === 'email').map((c) => normaliseEmail(c.value)));
  const phones = set(gold.contacts.phones.map(normalisePhone), doc.contacts.filter((c) => c.type === 'phone').map((c) => normalisePhone(c.value)));
  const urls = set(gold.contacts.urls.map(normaliseUrl), doc.contacts.filter((c) => c.type === 'url').map((c) => normaliseUrl(c.value)));
  const fields: Record<Field, Counts> = {
    signatories: partyFields(goldSign, predSign, 'signatories', attributes),
    addressees: partyFields(goldAddr, predAddr, 'addressees', attributes),
    people: counts(distinct(gold.people), distinct(doc.people.map((p) => p.name)), (g) => [nameKey(g)], (p) => [nameKey(p)], { gold: text, pred: text }, wordsContain),
    organizations: counts(
      gold.organizations,
      doc.organizations,
      (g) => [g.name, ...g.aliases].map(nameKey),
      (p) => [p.name, ...p.aliases].map(nameKey),
      { gold: (g) => g.name, pred: (p) => p.name },
    ),
    countries: set(gold.countries, doc.countries.map((c) => c.code)),
    dates: set(gold.dates, doc.dates.map((d) => d.value).filter((v): v is string => typeof v === 'string')),
    cases: counts(gold.cases, doc.cases, (g) => [nameKey(g.subject)], (p) => [nameKey(p.subject)], { gold: (g) => g.subject, pred: (p) => p.subject }, wordsContain),
    contacts: sum([emails, phones, urls]),
    'contacts.emails': emails,
    'contacts.phones': phones,
    'contacts.urls': urls,
  };
  return {
    id: gold.id,
    fields,
    attributes,
    kind: gold.kind === doc.kind,
    date: (gold.date ?? null) === (doc.date?.value ?? null),
    letters: gold.letters.length === doc.letters.length,
  };
}

export function sum(cs: readonly Counts[]): Counts {
  return cs.reduce<Counts>((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn, missed: [...a.missed, ...c.missed], extra: [...a.extra, ...c.extra] }), { tp: 0, fp: 0, fn: 0, missed: [], extra: [] });
}

/** Precision, recall and F1; a field with nothing to find and nothing found scores 1. */
export function prf(c: Pick<Counts, 'tp' | 'fp' | 'fn'>): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp === 0 ? (c.fn === 0 ? 1 : 0) : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? (c.fp === 0 ? 1 : 0) : c.tp / (c.tp + c.fn);
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f1 };
}
