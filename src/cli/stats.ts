/**
 * `undersigned stats`: a summary of a corpus. Each document is reduced to a
 * small summary (in a worker when there are several); the main thread adds
 * the summaries up, so memory grows with the number of distinct names, not
 * with the number of documents.
 */
import { isHonorific } from '../lexicons/honorifics.js';
import { isPostNominal } from '../lexicons/post-nominals.js';
import type { CampaignDocument } from '../model/document.js';

/** What one document contributes to the summary. */
export interface DocumentSummary {
  kind: string;
  year: string | null;
  /** Each signatory once per document: merge key, name as written, country code. */
  signatories: { key: string; name: string; country: string | null }[];
  /** Each organisation once per document. */
  organizations: { key: string; name: string }[];
  cases: { state: string | null; mechanism: string }[];
}

const DASHES = /[-‐‑‒–—―]/gu;
const MARKS = /\p{M}/gu;
const PUNCTUATION = /[.'’‘"“”()]/gu;
const SPACES = /\s+/u;

/**
 * The key under which names are merged across documents: honorifics before
 * the name and post-nominals after it dropped, hyphens read as spaces,
 * diacritics, full stops and case folded. "Sir Iain Duncan Smith" and "Iain
 * Duncan-Smith MP" share the key "iain duncan smith".
 */
export function nameKey(name: string): string {
  const words = name.replace(DASHES, ' ').replace(/,/gu, ' ').trim().split(SPACES).filter(Boolean);
  let start = 0;
  let end = words.length;
  for (let changed = true; changed && end - start > 1; ) {
    changed = false;
    for (const n of [3, 2, 1]) {
      if (end - start - n >= 1 && isHonorific(words.slice(start, start + n).join(' '))) {
        start += n;
        changed = true;
        break;
      }
    }
  }
  while (end - start > 1 && isPostNominal(words[end - 1]!)) end--;
  return fold(words.slice(start, end).join(' '));
}

/** Case, diacritics and punctuation folded: the key of an organisation's name. */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(MARKS, '').replace(PUNCTUATION, '').replace(DASHES, ' ').toLowerCase().split(SPACES).filter(Boolean).join(' ');
}

/** Reduces one document to what the summary counts. */
export function summarise(doc: CampaignDocument): DocumentSummary {
  const signatories = new Map<string, DocumentSummary['signatories'][number]>();
  const organizations = new Map<string, string>();
  for (const letter of doc.letters) {
    for (const s of letter.signatories) {
      if (s.kind === 'organization') {
        const key = fold(s.name);
        if (key && !organizations.has(key)) organizations.set(key, s.name);
        continue;
      }
      const key = nameKey(s.name);
      if (key && !signatories.has(key)) signatories.set(key, { key, name: s.name, country: s.country?.code ?? null });
      if (s.organization) {
        const org = fold(s.organization);
        if (org && !organizations.has(org)) organizations.set(org, s.organization);
      }
    }
  }
  for (const o of doc.organizations) {
    const key = fold(o.name);
    if (key && !organizations.has(key)) organizations.set(key, o.name);
  }
  return {
    kind: doc.kind,
    year: doc.date ? doc.date.value.slice(0, 4) : null,
    signatories: [...signatories.values()],
    organizations: [...organizations].map(([key, name]) => ({ key, name })),
    cases: doc.cases.map((c) => ({ state: c.requestingState?.code ?? null, mechanism: c.mechanism })),
  };
}

interface Named {
  count: number;
  forms: Map<string, number>;
}

/** Adds document summaries up. */
export class CorpusStats {
  documents = 0;
  failed = 0;
  private readonly kinds = new Map<string, number>();
  private readonly years = new Map<string, number>();
  private readonly countries = new Map<string, number>();
  private readonly people = new Map<string, Named>();
  private readonly orgs = new Map<string, Named>();
  private readonly cases = new Map<string, number>();

  add(summary: DocumentSummary): void {
    this.documents++;
    bump(this.kinds, summary.kind);
    bump(this.years, summary.year ?? 'unknown');
    for (const s of summary.signatories) {
      bump(this.countries, s.country ?? 'unknown');
      named(this.people, s.key, s.name);
    }
    for (const o of summary.organizations) named(this.orgs, o.key, o.name);
    for (const c of summary.cases) bump(this.cases, `${c.state ?? 'unknown'}\t${c.mechanism}`);
  }

  addFailure(): void {
    this.failed++;
  }

  /** The summary as plain data, most frequent first (ties by name). */
  toJSON(top = 20): StatsReport {
    return {
      documents: this.documents,
      failed: this.failed,
      byKind: counts(this.kinds, 'kind'),
      byYear: counts(this.years, 'year').sort((a, b) => (a.year < b.year ? -1 : a.year > b.year ? 1 : 0)),
      signatoriesByCountry: counts(this.countries, 'country'),
      topSignatories: topNamed(this.people, top),
      topOrganizations: topNamed(this.orgs, top),
      casesByStateAndMechanism: [...this.cases]
        .map(([k, count]) => {
          const [state, mechanism] = k.split('\t') as [string, string];
          return { requestingState: state, mechanism, count };
        })
        .sort((a, b) => b.count - a.count || a.requestingState.localeCompare(b.requestingState) || a.mechanism.localeCompare(b.mechanism)),
    };
  }
}

export interface StatsReport {
  documents: number;
  failed: number;
  byKind: { kind: string; count: number }[];
  byYear: { year: string; count: number }[];
  signatoriesByCountry: { country: string; count: number }[];
  topSignatories: { name: string; documents: number; forms: string[] }[];
  topOrganizations: { name: string; documents: number; forms: string[] }[];
  casesByStateAndMechanism: { requestingState: string; mechanism: string; count: number }[];
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function named(map: Map<string, Named>, key: string, form: string): void {
  let entry = map.get(key);
  if (!entry) map.set(key, (entry = { count: 0, forms: new Map() }));
  entry.count++;
  if (entry.forms.size < 8 || entry.forms.has(form)) bump(entry.forms, form);
}

function counts<K extends string>(map: Map<string, number>, label: K): ({ count: number } & Record<K, string>)[] {
  return [...map]
    .map(([key, count]) => ({ [label]: key, count }) as { count: number } & Record<K, string>)
    .sort((a, b) => b.count - a.count || (a[label] < b[label] ? -1 : 1));
}

function topNamed(map: Map<string, Named>, top: number): { name: string; documents: number; forms: string[] }[] {
  return [...map.values()]
    .map((e) => {
      const forms = [...e.forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([f]) => f);
      return { name: forms[0]!, documents: e.count, forms };
    })
    .sort((a, b) => b.documents - a.documents || (a.name < b.name ? -1 : 1))
    .slice(0, top);
}

/** The summary as text tables for a terminal. */
export function renderStats(report: StatsReport): string {
  const out: string[] = [];
  out.push(`${report.documents} documents${report.failed ? `, ${report.failed} failed` : ''}`);
  const section = (title: string, head: string[], rows: (string | number)[][]): void => {
    out.push('', title);
    if (rows.length === 0) {
      out.push('  (none)');
      return;
    }
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
    const line = (cells: (string | number)[]): string =>
      `  ${cells.map((c, i) => (typeof c === 'number' ? String(c).padStart(widths[i]!) : String(c).padEnd(widths[i]!))).join('  ')}`.trimEnd();
    out.push(line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line));
  };
  section('Documents by kind', ['kind', 'documents'], report.byKind.map((r) => [r.kind, r.count]));
  section('Documents by year', ['year', 'documents'], report.byYear.map((r) => [r.year, r.count]));
  section('Signatories by country', ['country', 'signatories'], report.signatoriesByCountry.map((r) => [r.country, r.count]));
  section('Most frequent signatories', ['name', 'documents', 'also written'], report.topSignatories.map((r) => [r.name, r.documents, r.forms.slice(1, 4).join('; ')]));
  section('Most frequent organisations', ['name', 'documents', 'also written'], report.topOrganizations.map((r) => [r.name, r.documents, r.forms.slice(1, 4).join('; ')]));
  section('Cases by requesting state and mechanism', ['state', 'mechanism', 'cases'], report.casesByStateAndMechanism.map((r) => [r.requestingState, r.mechanism, r.count]));
  return `${out.join('\n')}\n`;
}
