/**
 * The output formats of `undersigned parse`: JSON Lines, JSON, and CSV tables
 * with one row per item. Each document is formatted on its own (in a worker
 * when there are several), so the main thread only writes strings.
 */
import { stringify } from 'csv-stringify/sync';
import type { CampaignDocument } from '../model/document.js';
import type { Party } from '../model/party.js';
import type { ErrorRecord } from './read.js';

export const FORMATS = ['jsonl', 'json', 'csv'] as const;
export type OutputFormat = (typeof FORMATS)[number];

export const TABLES = ['signatories', 'addressees', 'people', 'organizations', 'countries', 'dates', 'cases'] as const;
export type Table = (typeof TABLES)[number];

type Cell = string | number | boolean | null;

/** Every table starts with the document's source and date, and ends with the error of a failed input. */
const LEAD = ['source', 'document_date'];
const TAIL = ['error_code', 'error_message'];

const PARTY_COLUMNS = ['letter', 'name', 'kind', 'honorifics', 'post_nominals', 'role', 'organization', 'country_code', 'country', 'political_party', 'text', 'start', 'end'];

const COLUMNS: Record<Table, string[]> = {
  signatories: PARTY_COLUMNS,
  addressees: PARTY_COLUMNS,
  people: ['name', 'mentions', 'first_text', 'start', 'end'],
  organizations: ['name', 'aliases', 'mentions', 'first_text', 'start', 'end'],
  countries: ['code', 'name', 'mentions'],
  dates: ['value', 'text', 'relative', 'start', 'end'],
  cases: ['subject', 'mechanism', 'requesting_state_code', 'requesting_state', 'status', 'events', 'mentions', 'first_text', 'start', 'end'],
};

/** The column names of a table, in order. */
export function csvColumns(table: Table): string[] {
  return [...LEAD, ...COLUMNS[table], ...TAIL];
}

const join = (values: readonly string[] | undefined): string => (values ?? []).join('; ');

function partyRows(doc: CampaignDocument, which: 'signatories' | 'addressees'): Cell[][] {
  const rows: Cell[][] = [];
  doc.letters.forEach((letter, i) => {
    for (const p of letter[which] as Party[]) {
      rows.push([i + 1, p.name, p.kind, join(p.honorifics), join(p.postNominals), p.role, p.organization, p.country?.code ?? null, p.country?.name ?? null, p.politicalParty ?? null, p.text, p.span.start, p.span.end]);
    }
  });
  return rows;
}

function itemRows(doc: CampaignDocument, table: Table): Cell[][] {
  switch (table) {
    case 'signatories':
    case 'addressees':
      return partyRows(doc, table);
    case 'people':
      return doc.people.map((p) => [p.name, p.mentions.length, p.mentions[0]?.text ?? null, p.mentions[0]?.span.start ?? null, p.mentions[0]?.span.end ?? null]);
    case 'organizations':
      return doc.organizations.map((o) => [o.name, join(o.aliases), o.mentions.length, o.mentions[0]?.text ?? null, o.mentions[0]?.span.start ?? null, o.mentions[0]?.span.end ?? null]);
    case 'countries':
      return doc.countries.map((c) => [c.code, c.name, c.mentions?.length ?? 0]);
    case 'dates':
      return doc.dates.map((d) => [d.value, d.text, d.relative ?? false, d.span.start, d.span.end]);
    case 'cases':
      return doc.cases.map((c) => [
        c.subject,
        c.mechanism,
        c.requestingState?.code ?? null,
        c.requestingState?.name ?? null,
        c.status,
        c.events.map((e) => [e.type, e.country?.code, e.date?.value].filter(Boolean).join(' ')).join('; '),
        c.mentions.length,
        c.mentions[0]?.text ?? null,
        c.mentions[0]?.span.start ?? null,
        c.mentions[0]?.span.end ?? null,
      ]);
  }
}

/**
 * CSV rows for one result, without the header. A failed input is one row with
 * its error; a document with no items in the table has no rows. Cells that a
 * spreadsheet would run as a formula (starting with =, +, -, @) are escaped.
 */
export function csvRows(result: CampaignDocument | ErrorRecord, table: Table): string {
  const width = COLUMNS[table].length;
  let rows: Cell[][];
  if ('error' in result) rows = [[result.source, null, ...new Array<Cell>(width).fill(null), result.error.code, result.error.message]];
  else {
    const lead: Cell[] = [result.source, result.date?.value ?? null];
    rows = itemRows(result, table).map((row) => [...lead, ...row, null, null]);
  }
  return rows.length === 0 ? '' : stringify(rows, { escape_formulas: true, cast: { boolean: (b) => (b ? 'true' : 'false') } });
}

/** The CSV header line of a table. */
export function csvHeader(table: Table): string {
  return stringify([csvColumns(table)]);
}

/** One result as the text the format writes for it (JSON Lines: with its newline). */
export function formatResult(result: CampaignDocument | ErrorRecord, format: OutputFormat, table: Table | undefined): string {
  if (format === 'csv') return csvRows(result, table ?? 'signatories');
  const json = JSON.stringify(result);
  return format === 'jsonl' ? `${json}\n` : json;
}
