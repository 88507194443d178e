/**
 * Lists under a heading that names organisations ("Organizations",
 * "Organisational signatories", "Signed by the following organisations:"):
 * every entry there is an organisation, whatever shape its name has
 * ("Framasoft", "Dot HQ"). One pass over the lines marks the lines of such a
 * list: from the heading to a heading for individuals, or to a line of prose.
 */
import type { DocumentText } from '../text/document-text.js';
import { GIVEN_WORDS } from '../lexicons/given-names.js';
import { LEADING_HEADS, TRAILING_HEADS } from '../lexicons/org-heads.js';
import { isOrgWord, wordKind } from '../nlp/lexicon.js';

/** A heading (bullets, emphasis, a count and a colon taken off) that announces a list of organisations. */
const ORG_HEADING = /^(?:(?:signatory|signing|endorsing|supporting|participating|member) )?organi[sz]ations?(?:al)?(?: (?:signatories|signers|signatures|endorsements|endorsers|supporters|list))?$|^(?:signed|endorsed|supported) by (?:the following )?organi[sz]ations$/iu;

/** A heading over a statement's signers ("Signed,", "Signatories:", "Endorsed by:"): its bullet items without a comma are organisations. */
const SIGNED_HEADING = /^(?:signed|co-signed|signed by|co-signed by|endorsed by|supported by|signatories|signatures|list of signatories|the signatories)$/iu;

/** A bullet item: a dash, a bullet or a star, then the entry. */
const BULLET = /^[-–•*▪◦·] ?(?=\S)/u;

/** A heading that announces a list of people. */
const PERSON_HEADING = /^(?:(?:individual|personal)(?: (?:signatories|signers|signatures|endorsements|endorsers|supporters))?|individuals|people|persons|signatories|experts|academics|parliamentarians|legislators)$/iu;

/** The words of a short line without bullets, emphasis, a count in brackets or a colon. */
function headingWords(line: string): string {
  let a = 0;
  let b = line.length;
  while (a < b && '#*-–• \t'.includes(line[a]!)) a++;
  while (b > a && '*:, \t'.includes(line[b - 1]!)) b--;
  // every heading the patterns know opens with one of these letters: other lines need no more work
  if (a >= b || !HEADING_INITIALS.has(line[a]!.toLowerCase())) return '';
  let core = line.slice(a, b);
  const bracket = core.lastIndexOf(' (');
  if (bracket > 0 && core.endsWith(')') && /^\d+$/u.test(core.slice(bracket + 2, -1))) core = core.slice(0, bracket);
  return ODD_SPACING.test(core) ? core.split(/\s+/u).join(' ') : core;
}

/** The first letters of the organisation, signer and person headings (ORG_HEADING, SIGNED_HEADING, PERSON_HEADING); a long s folds to s. */
const HEADING_INITIALS = new Set(['s', 'e', 'p', 'm', 'o', 'c', 'l', 't', 'i', 'a', 'ſ']);

/** Spacing other than single spaces between words (a split and join would change it). */
const ODD_SPACING = /[^\S ]| {2}|^ | $/u;

const CACHE = new WeakMap<object, Uint8Array>();

/**
 * For each line, 1 when it stands in a list of organisations, 2 when it is a
 * bullet item under a heading over signers that names no person plainly.
 */
export function organisationListLines(doc: DocumentText): Uint8Array {
  let marks = CACHE.get(doc);
  if (marks) return marks;
  marks = new Uint8Array(doc.lines.length);
  let inList = false;
  let signed: number[] | null = null;
  // 1 after a table's header row with an organisation column first, 2 after its rule
  let table = 0;
  for (const line of doc.lines) {
    const t = line.trimmed;
    const heading = t.length <= 80 ? headingWords(t) : '';
    if (heading && ORG_HEADING.test(heading)) {
      inList = true;
      continue;
    }
    if (heading && SIGNED_HEADING.test(heading)) {
      closeSigned(marks, signed);
      signed = inList ? null : [];
      continue;
    }
    // a table whose first column is headed "Organisation": every row's first cell is one
    if (t.startsWith('|')) {
      const first = firstCell(t);
      if (table === 0 && ORG_COLUMN.test(first)) table = 1;
      else if (table === 1 && TABLE_RULE.test(t)) table = 2;
      else if (table === 2 && first && !TABLE_RULE.test(t)) marks[line.index] = 3;
      else table = 0;
      if (table) continue;
    } else table = 0;
    if (signed && !line.blank) {
      const bullet = BULLET.exec(t);
      if (!bullet) signed = closeSigned(marks, signed);
      else if (signedEntry(t.slice(bullet[0].length))) signed.push(line.index);
      // one entry that reads as a person's ("Name (Affiliation)", "Jane Doe") makes it a list of people
      else signed = null;
    }
    if (inList && (t.length > 160 || (heading && PERSON_HEADING.test(heading)))) inList = false;
    if (inList && !line.blank) marks[line.index] = 1;
  }
  closeSigned(marks, signed);
  CACHE.set(doc, marks);
  return marks;
}

/** A table's header cell over organisations ("Organisation", "Organization name", "Signatory organisations"). */
const ORG_COLUMN = /^(?:signatory |signing |member )?organi[sz]ations?(?: name)?$/iu;

/** A table's rule row: "|---|:---:|". */
const TABLE_RULE = /^\|[ \t]*:?-{3,}/u;

/** The first cell of a table row, trimmed, emphasis off. */
function firstCell(row: string): string {
  const cell = cellSpan(row);
  if (!cell) return '';
  let a = cell.start;
  let b = cell.end;
  while (a < b && row[a] === '*') a++;
  while (b > a && row[b - 1] === '*') b--;
  return row.slice(a, b);
}

/** The span of a table row's first cell's content, trimmed. */
function cellSpan(row: string): { start: number; end: number } | null {
  const close = row.indexOf('|', 1);
  if (close < 0) return null;
  let a = 1;
  let b = close;
  while (a < b && (row[a] === ' ' || row[a] === '\t')) a++;
  while (b > a && (row[b - 1] === ' ' || row[b - 1] === '\t')) b--;
  return b > a ? { start: a, end: b } : null;
}

/** The index of the line that holds a normalised offset. */
export function lineAt(doc: DocumentText, offset: number): number {
  let lo = 0;
  let hi = doc.lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.lines[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * True when a party's entry stands in a list of organisations, unless its
 * name is plainly a person's: a known given name and one or two more words,
 * none an organisation word ("Espen Gottschal (Norway)").
 */
export function inOrganisationList(doc: DocumentText, offset: number, name: string): boolean {
  if (organisationListLines(doc)[lineAt(doc, offset)] === 0) return false;
  return !isPlainPersonName(name);
}

/** Marks the bullet items of a list under a heading over signers, once the whole list has read as organisations. */
function closeSigned(marks: Uint8Array, signed: readonly number[] | null): null {
  if (signed) for (const i of signed) marks[i] = 2;
  return null;
}

/** A bullet entry that reads as an organisation's name: short, no comma or bracketed aside, capitalised, no plain person's name. */
function signedEntry(entry: string): boolean {
  if (entry.length > 100 || /[,;(]/u.test(entry) || !/^[\p{Lu}\d]/u.test(entry)) return false;
  const words = entry.split(/\s+/u).filter(Boolean);
  return words.length <= 10 && !isPlainPersonName(entry) && !(GIVEN_WORDS.has(words[0]!) || wordKind(words[0]!) === 'given');
}

/** The bullet items under a heading over signers that are organisations: their lines' spans without the bullet. */
export function signedOrganisations(doc: DocumentText): { start: number; end: number }[] {
  const marks = organisationListLines(doc);
  const out: { start: number; end: number }[] = [];
  for (const line of doc.lines) {
    if (marks[line.index] === 3) {
      const cell = cellSpan(line.trimmed);
      if (cell) out.push({ start: line.trimStart + cell.start, end: line.trimStart + cell.end });
      continue;
    }
    if (marks[line.index] !== 2) continue;
    const bullet = BULLET.exec(line.trimmed);
    const start = line.trimStart + (bullet ? bullet[0].length : 0);
    let end = line.trimEnd;
    while (end > start && '.;'.includes(doc.text[end - 1]!)) end--;
    if (end > start) out.push({ start, end });
  }
  return out;
}

function isPlainPersonName(name: string): boolean {
  const words = name.split(/\s+/u).filter(Boolean);
  if (words.length < 2 || words.length > 3) return false;
  const first = words[0]!;
  if (!GIVEN_WORDS.has(first) && wordKind(first) !== 'given') return false;
  return words.every((w) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(w) && !TRAILING_HEADS.has(w) && !LEADING_HEADS.has(w) && !isOrgWord(w));
}
