/**
 * The pipeline, in order. Each stage is a pure function of what the stages
 * before it produced:
 *
 *   normalise  the input cleaned (line endings, spaces, quotes, entities) with
 *              a map back to original offsets: every later stage reads clean text
 *   segment    lines and blocks in one pass; sentences later, on demand
 *   structure  the anatomy (embargo, headline, dateline, notes, end marks) and
 *              the layout of each letter: needs lines and blocks only
 *   parties    each letter's addressees and signatories from its layout
 *   recognise  dates, countries, contacts, organisations, people, quotes:
 *              they read the anatomy to know a list from prose
 *   resolve    the document date, relative dates, countries merged with the
 *              parties' countries, cases gathered across sentences
 *   assemble   spans mapped back to the original input; checked by zod
 */
import { findCases } from './cases/cases.js';
import { findContacts } from './entities/contacts.js';
import { findCountryMentions } from './entities/countries.js';
import { findDateMentions } from './entities/dates.js';
import { findOrganizations } from './entities/organizations.js';
import { findPeople } from './entities/people.js';
import { findQuotes } from './entities/quotes.js';
import { mapToOriginal } from './assemble.js';
import { SCHEMA_VERSION, type CampaignDocument } from './model/document.js';
import { mergeCountries } from './resolve/countries.js';
import { dateStandaloneLetter, resolveDates, resolveDocumentDate } from './resolve/document-date.js';
import { readStructure } from './structure/anatomy.js';
import { readLetters } from './structure/letters.js';
import { makeDocumentText, type ResolvedOptions } from './text/document-text.js';
import { normalise } from './text/normalise.js';
import { segment } from './text/segment.js';

export function runPipeline(input: string, options: ResolvedOptions): CampaignDocument {
  const norm = normalise(input);
  const { lines, blocks } = segment(norm.text);
  const doc = makeDocumentText(norm, lines, blocks, options);

  const structure = readStructure(doc);
  const letters = readLetters(doc, structure);

  const dateMentions = findDateMentions(doc);
  const countryMentions = findCountryMentions(doc);
  const contacts = findContacts(doc);
  const organizations = findOrganizations(doc, structure, letters);
  const people = findPeople(doc, structure, letters, organizations);
  const quotes = findQuotes(doc, people);

  const date = resolveDocumentDate(doc, structure, letters, dateMentions);
  const dates = resolveDates(dateMentions, date, doc, letters);
  const countries = mergeCountries(countryMentions, letters);
  const cases = findCases(doc, { people, countries: countryMentions, dates, documentDate: date });

  const result: CampaignDocument = {
    schemaVersion: SCHEMA_VERSION,
    source: options.source,
    kind: structure.kind,
    title: structure.title?.text ?? null,
    date,
    anatomy: structure.anatomy,
    letters: dateStandaloneLetter(structure, letters, date),
    people,
    organizations,
    countries,
    dates,
    cases,
    contacts,
    quotes,
    diagnostics: [...normalisationDiagnostics(norm.changes), ...doc.diagnostics],
  };
  return mapToOriginal(result, norm);
}

const CHANGE_MESSAGES: Record<string, string> = {
  bom: 'a byte-order mark was ignored',
  crlf: 'CRLF line endings were read as newlines',
  cr: 'lone carriage returns were read as newlines',
  'no-break-space': 'no-break and other wide spaces were read as spaces',
  'zero-width': 'zero-width characters were ignored',
  'soft-hyphen': 'soft hyphens were ignored',
  'html-entity': 'HTML entities were decoded',
  control: 'control characters were read as spaces',
  nul: 'NUL characters were read as spaces',
  'lone-surrogate': 'lone surrogates (broken UTF-16) were read as U+FFFD',
  'line-end-hyphen': 'words hyphenated across a line end were joined',
  'page-number': 'lines that are only a page number were ignored',
  'page-header': 'running page headers or footers repeated at page breaks were ignored',
  mojibake: 'mojibake (UTF-8 read as Windows-1252, as in "â€™") was repaired',
};

function normalisationDiagnostics(changes: Readonly<Record<string, number>>) {
  return Object.entries(changes).map(([kind, n]) => ({
    code: `input.${kind}`,
    message: `${CHANGE_MESSAGES[kind] ?? kind} (${n})`,
  }));
}
