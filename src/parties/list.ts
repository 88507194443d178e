/**
 * Lists of parties: the lines of a signature block or an address block cut
 * into entries, each read by the party grammar. Layouts: one entry a line;
 * numbered and bulleted lists; an entry wrapped over lines ("Senator X" then
 * "(Australia)"); a name with its title on the next line; a prefix shared by
 * a list ("Sens. A (D-WA), B (D-WI)"); multi-line address blocks ("His
 * Excellency" / name / office / street); group headings skipped.
 */
import type { Party } from '../model/party.js';
import { resolveCountry } from '../entities/countries.js';
import { CITIES } from '../lexicons/cities.js';
import { COUNTRIES } from '../lexicons/countries.js';
import { isPlacePhrase } from '../nlp/lexicon.js';
import { canonicalHonorific, matchHonorificAt } from '../lexicons/honorifics.js';
import { isSignatureGroupHeading, isSignOff, isTableHeader } from '../lexicons/letter-parts.js';
import { isOrganisationWord, isRoleHead, isRoleModifier } from '../lexicons/offices.js';
import type { Line } from '../text/segment.js';
import { countRunsUpTo } from '../text/spaces.js';
import { countryOf, looksLikeOrganisation, looksLikePersonName, readParty } from './entry.js';
import type { CountryRef } from '../model/country.js';
import { isAllCapsWord, isCapitalised, splitTopLevel, stripEnd, trimPiece, words, type Piece } from './text.js';

// Patterns of the functions below, compiled once (a bundler may rebuild a pattern with \p{…} at every call otherwise).
/** Runs of characters other than letters and digits (replace resets the global pattern). */
const NOT_LETTERS_OR_DIGITS = /[^\p{L}\p{N}]+/gu;
/** A lower-case first letter. */
const LOWER_FIRST = /^\p{Ll}/u;

/** Plural honorifics that a list shares: "Sens. A, B and C", "Reps. D and E". */
const SHARED_PREFIX = /^(Sens\.?|Senators|Reps\.?|Representatives|Drs\.?|Doctors|Profs\.?|Professors|MEPs|MPs|Messrs\.?|Councillors|Cllrs\.?)\s+(?=\p{Lu})/u;
const SHARED_HONORIFIC: Readonly<Record<string, string>> = {
  sens: 'Senator', senators: 'Senator', reps: 'Representative', representatives: 'Representative', drs: 'Dr', doctors: 'Dr', profs: 'Prof',
  professors: 'Professor', meps: 'MEP', mps: 'MP', messrs: 'Mr', councillors: 'Councillor', cllrs: 'Cllr',
};

function lineAsPiece(l: Line): Piece {
  return { text: l.trimmed, start: l.trimStart, end: l.trimEnd };
}

/** True when a line holds only a bracket: "(Australia)", the tail of a wrapped entry. */
function isBracketOnly(s: string): boolean {
  return /^\([^()]{1,60}\)[.,;]?$/u.test(s);
}

/**
 * True when a line holds only a role ("Ranking Member.", "United States
 * Senator", "Chair, Open Wires Institute"): the title under a signature. A
 * line that goes on with a personal name ("Senator Maria Cantwell") is an
 * entry of its own.
 */
function isRoleOnly(s: string): boolean {
  const bare = stripEnd(s, '.,;');
  // more than ten words: no title line (counted before the words are cut)
  if (countRunsUpTo(bare, 11) > 10) return false;
  const w = words(bare).map((x) => stripEnd(x, ',;:'));
  if (w.length === 0 || w.length > 10) return false;
  let head = -1;
  for (let i = 0; i < w.length; i++) if (isRoleHead(w[i]!)) { head = i; break; }
  if (head < 0) return false;
  // words before the office: qualifiers, a state ("United States", "U.S."), "of the"
  const before = w.slice(0, head);
  if (!before.every((x) => isRoleModifier(x) || /^(?:United|States|U\.S\.?|US|State|of|the|and|Former|European|National)$/u.test(x))) return false;
  // "Representative Daniel Okafor, …", "Senator the Hon. Graham Pike": a name right after the office
  const after = w.slice(head + 1).filter((x) => !/^(?:the|Hon\.?|Dr\.?|Mr\.?|Ms\.?|Mrs\.?)$/iu.test(x));
  if (after.length >= 2 && head === 0 && isCapitalised(after[0]!) && isCapitalised(after[1]!) && looksLikePersonName(`${after[0]} ${after[1]}`) && !looksLikeOrganisation(after.join(' '))) return false;
  const rest = w.slice(head + 1).filter((x) => !isRoleHead(x) && !isRoleModifier(x));
  if (rest.length === 0) return true;
  const tail = rest.join(' ').replace(/\([^()]*\)/gu, ' ').trim();
  if (!tail) return true;
  if (/^(?:of|for|on|at|to|in)$/u.test(rest[0]!)) return true;
  return !(looksLikePersonName(tail) && !looksLikeOrganisation(tail));
}

/** Splits "Sens. A (D-WA), B (D-WI), John Kerry, (D-MA)" into its entries with the shared honorific. */
function splitShared(piece: Piece): { entries: Piece[]; honorific: string } | null {
  const m = SHARED_PREFIX.exec(piece.text);
  if (!m) return null;
  const key = m[1]!.toLowerCase().replace(/\.$/u, '');
  const honorific = SHARED_HONORIFIC[key] ?? canonicalHonorific(m[1]!) ?? m[1]!;
  const body = trimPiece({ text: piece.text.slice(m[0].length), start: piece.start + m[0].length, end: piece.end });
  const parts: Piece[] = [];
  for (const seg of splitTopLevel(body, ',')) {
    for (let part of splitTopLevel(seg, ' and ')) {
      // "…, and Peter Young": the Oxford comma leaves "and" at the front
      if (/^(?:and|&) /u.test(part.text)) part = trimPiece({ text: part.text.replace(/^(?:and|&) /u, ''), start: part.start + part.text.indexOf(' ') + 1, end: part.end });
      // "John Kerry, (D-MA)": a bracket alone belongs to the entry before it
      if (/^\(/u.test(part.text) && parts.length > 0) {
        const prev = parts[parts.length - 1]!;
        parts[parts.length - 1] = { text: `${prev.text} ${part.text}`, start: prev.start, end: part.end };
      } else parts.push(part);
    }
  }
  return { entries: parts, honorific };
}

/** A signature heading with the list on the same line, a note in brackets allowed ("Signed (affiliations for identification only): …"). */
export const INLINE_LABEL = /^(?:Signed(?: by)?|Signatories|Signatures|Endorsed by|Co-signed by|Supported by)(?: ?\([^()]{1,80}\))?\s*:\s*(?=\S)/iu;

export interface ListOptions {
  /** The document text, for each party's evidence. */
  readonly text: string;
  /** Address blocks group lines into one party a block unless each line is a full entry. */
  readonly mode: 'signatures' | 'addressees';
}

/** Reads the parties listed on the given lines, in document order, a repeated name once. */
export function readPartyList(lines: readonly Line[], options: ListOptions): Party[] {
  // a table with a header row ("Name | Position | Institution | Country"): each row one entry, its cells read in order
  const table = lines.some((l) => !l.blank && isTableHeader(l.trimmed));
  const joined = options.mode === 'signatures' && !table ? joinWrappedParagraphs(lines, options.text) : lines;
  const groups = (table ? [lines as Line[]] : splitColumns(joined)).flatMap((column) => groupEntries(column, options.mode, table));
  const bySection = new Map<number, Entry[]>();
  for (const g of groups) {
    const list = bySection.get(g.section);
    if (list) list.push(g);
    else bySection.set(g.section, [g]);
  }
  const sections = new Map<number, boolean>();
  for (const [sec, entries] of bySection) sections.set(sec, options.mode === 'signatures' && prefersOrganisations(entries));
  const out: Party[] = [];
  const seen = new Set<string>();
  for (const g of groups) {
    const preferOrganization = sections.get(g.section) ?? false;
    const shared = splitShared(g.head);
    const inline = shared ? null : splitInlineList(g.head);
    const pieces = shared ? shared.entries : inline;
    const entries = pieces ? pieces.map((e) => ({ section: g.section, head: e, extra: [] as Piece[], span: { start: e.start, end: e.end } })) : [g];
    for (const e of entries) {
      const party = readParty(e.head, {
        sharedHonorific: shared?.honorific ?? null,
        preferOrganization,
        groupCountry: g.country ?? null,
        extra: e.extra,
        span: e.span,
      });
      if (!party) continue;
      const key = party.name.toLowerCase().replace(NOT_LETTERS_OR_DIGITS, ' ').trim();
      if (!key || seen.has(key)) continue;
      seen.add(key);
      out.push({ ...party, text: options.text.slice(party.span.start, party.span.end) });
    }
  }
  return out;
}

/**
 * A list of signers pasted as one running paragraph and wrapped over lines
 * ("Dr A, Lecturer, University of X," / "Australia; B, …"): the lines of a
 * run are joined into one line when the run holds semicolons and a line
 * breaks inside an entry (its next line opens with no name). Offsets stay
 * those of the text: line breaks read as spaces.
 */
function joinWrappedParagraphs(lines: readonly Line[], text: string): readonly Line[] {
  const out: Line[] = [];
  let run: Line[] = [];
  const flush = () => {
    if (run.length >= 2 && wrapsEntries(run)) {
      const a = run[0]!;
      const b = run[run.length - 1]!;
      const t = text.slice(a.trimStart, b.trimEnd).replace(/\s/gu, ' ');
      out.push({ index: a.index, start: a.start, end: b.end, text: t, trimStart: a.trimStart, trimEnd: b.trimEnd, trimmed: t, blank: false });
    } else out.push(...run);
    run = [];
  };
  for (const l of lines) {
    if (l.blank) {
      flush();
      out.push(l);
    } else run.push(l);
  }
  flush();
  return out;
}

function wrapsEntries(run: readonly Line[]): boolean {
  let semis = 0;
  for (const l of run) semis += l.trimmed.split(';').length - 1;
  if (semis < 2) return false;
  for (let k = 1; k < run.length; k++) {
    if (/;$/u.test(run[k - 1]!.trimmed)) continue;
    const first = run[k]!.trimmed.split(/[,;]/u)[0]!.trim();
    if (/[,-]$/u.test(run[k - 1]!.trimmed) || LOWER_FIRST.test(first) || !looksLikePersonName(first.replace(/^(?:Dr|Prof|Mr|Ms|Mrs|Sir|Dame)\.?\s+/u, ''))) return true;
  }
  return false;
}

interface Entry {
  section: number;
  head: Piece;
  extra: Piece[];
  span: { start: number; end: number };
  /** The country of the heading the entry is listed under. */
  country?: CountryRef | null;
}

/** A line that is only a country's name ("SPAIN", "Germany:"), as a heading of a list, or null. */
function countryHeading(s: string): CountryRef | null {
  const t = stripEnd(s.trim(), ':').trim();
  if (!t || countRunsUpTo(t, 4) > 3 || /[,()\d]/u.test(t) || !isCapitalised(t)) return null;
  const c = countryOf(t);
  if (!c || c.code === 'EU') return null;
  // the country's own name (or a short form of it), not a city or an organisation
  const f = t.toLowerCase();
  const n = c.name.toLowerCase();
  if (words(t).some((w) => isRoleHead(w) || isRoleModifier(w) || isOrganisationWord(w))) return null;
  return n === f || n.startsWith(f) || f.startsWith(n) || /^[A-Z.]{2,5}$/u.test(t) ? c : null;
}

/** Cuts lines into entries: one a line, with wrapped tails and titles joined to the entry above. */
function groupEntries(lines: readonly Line[], mode: ListOptions['mode'], table = false): Entry[] {
  const out: Entry[] = [];
  // the rows of a table are entries of their own, never blocks of lines
  if (mode === 'addressees' || (!table && isBlockSignatures(lines))) return groupAddressBlocks(lines);
  let last: Entry | null = null;
  let lastLine = -10;
  let section = 0;
  let groupCountry: CountryRef | null = null;
  for (const l of lines) {
    if (l.blank) continue;
    const s = l.trimmed;
    if (isSignatureGroupHeading(s) || isSignOff(s) || /^\[.*\]$/u.test(s) || isTableHeader(s)) {
      if (isSignatureGroupHeading(s)) section++;
      last = null;
      continue;
    }
    // "SPAIN", "Germany:": a country heading groups the entries beneath it and gives them their country
    const heading = countryHeading(s);
    // in capitals anywhere; in mixed case only as a heading apart from the entry above ("Germany" after a blank line)
    if (heading && (isAllCapsWord(s.replace(/[\s:]/gu, '')) || s.endsWith(':') || l.index - lastLine > 1)) {
      section++;
      groupCountry = heading;
      last = null;
      continue;
    }
    let piece = lineAsPiece(l);
    // "Signed by: A, B and C": the label goes, the list stays
    const label = INLINE_LABEL.exec(piece.text);
    if (label) piece = trimPiece({ text: piece.text.slice(label[0].length), start: piece.start + label[0].length, end: piece.end });
    if (last && (isBracketOnly(s) || (isRoleOnly(s) && l.index - lastLine <= 1 && last.extra.length < 3))) {
      if (isBracketOnly(s)) last.head = { text: `${last.head.text} ${s}`, start: last.head.start, end: piece.end };
      else last.extra.push(piece);
      last.span = { start: last.span.start, end: piece.end };
      lastLine = l.index;
      continue;
    }
    last = { section, head: piece, extra: [], span: { start: piece.start, end: piece.end }, country: groupCountry };
    lastLine = l.index;
    out.push(last);
  }
  return out;
}

/** A line that addresses a party in prose: "To His Excellency …", "and to Mr. …". */
const TO_PROSE = /^(?:and\s+)?to\s+\p{Lu}/iu;

/** A post code before or after a place ("CH-1211 Geneva 10", "1049 Brussels", "Geneva 1211"), a street with its number. */
const POSTCODE_LINE = /^(?:[A-Z]{1,3}-)?\d{4,6}\s+\p{Lu}|^\p{Lu}[\p{L} .'-]{1,40}\s\d{4,6}$|^(?:Rue|Avenue|Av\.|Boulevard|Bd|Place|Via|Calle|Strasse|Straße|Chaussée|Quai|Rua|Plaza|Piazza)\s|^\d{1,5}\s\p{Lu}[\p{L}' -]{2,40}\s(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Drive|Place|Square|Way)\b/u;

/** Capitals and other cities, as a place line of an address block may name them. */
const CITY_NAMES = new Set([...Object.keys(CITIES), ...COUNTRIES.flatMap((c) => c.capitals)]);

/**
 * True when a line of an address block is its address: a post code line, a
 * street, a city alone or "City, Country" ("Addis Ababa, Ethiopia",
 * "Brussels").
 */
export function isAddressLine(s: string): boolean {
  const t = stripEnd(s.trim(), '.,;');
  if (!t || t.length > 60) return false;
  if (POSTCODE_LINE.test(t)) return true;
  if (/\d/u.test(t) || looksLikeOrganisation(t)) return false;
  const parts = t.split(',').map((x) => x.trim()).filter((x) => x.length > 0);
  if (parts.length === 0 || parts.length > 3) return false;
  return parts.every((x) => CITY_NAMES.has(x) || (isCapitalised(x) && words(x).length <= 3 && isPlacePhrase(x)) || (words(x).length <= 3 && isCapitalised(x) && resolveCountry(x) !== null && !matchHonorificAt(x, 0) && !words(x).some((w) => isRoleHead(w) || isRoleModifier(w) || isOrganisationWord(w))));
}

/** "To: Name" → "Name". */
function stripTo(p: Piece): Piece {
  const m = /^(?:To the attention of|For the attention of|Attention|Attn|(?:and\s+)?To)\s*:?\s+/iu.exec(p.text);
  return m ? trimPiece({ text: p.text.slice(m[0].length), start: p.start + m[0].length, end: p.end }) : p;
}

/**
 * Address blocks: runs of lines separated by blank lines. A run whose lines
 * each hold a full entry ("Name, Role (Country)") gives one party a line;
 * otherwise the run is one party: an honorific line, the name line, then its
 * office, organisation and street lines.
 */
function groupAddressBlocks(lines: readonly Line[]): Entry[] {
  const runs: Line[][] = [];
  let cur: Line[] = [];
  let prevTo = false;
  for (const l of lines) {
    // a label alone on its line ("To:") opens the block without being part of it
    if (!l.blank && /^(?:To|Attn|Attention|Addressees?)\s*:?$/iu.test(l.trimmed)) continue;
    // "To His Excellency A, President …" / "and to Mr. B, Minister …": each line a party
    const toLine = !l.blank && TO_PROSE.test(l.trimmed);
    if (toLine && cur.length > 0 && (prevTo || /^and\b/iu.test(l.trimmed))) {
      runs.push(cur);
      cur = [];
    }
    if (!l.blank) prevTo = toLine;
    if (l.blank) {
      if (cur.length) runs.push(cur);
      cur = [];
    } else cur.push(l);
  }
  if (cur.length) runs.push(cur);
  const out: Entry[] = [];
  let groupCountry: CountryRef | null = null;
  for (let run of runs) {
    // "SPAIN" alone between blocks: a heading that gives the blocks under it their country
    const heading = run.length === 1 ? countryHeading(run[0]!.trimmed) : null;
    if (heading && isAllCapsWord(run[0]!.trimmed.replace(/[\s:]/gu, ''))) {
      groupCountry = heading;
      continue;
    }
    // a street, a post code, a city or "City, Country" tells where the party above is; it never opens a party
    while (run.length > 0 && isAddressLine(run[0]!.trimmed)) run = run.slice(1);
    if (run.length === 0) continue;
    // "Palais des Nations" / "CH-1211 Geneva 10": a building over its post code, with no person, office or organisation
    if (run.some((l) => isAddressLine(l.trimmed)) && !run.some((l) => matchHonorificAt(l.trimmed, 0) !== null || isRoleOnly(l.trimmed) || looksLikeOrganisation(l.trimmed))) continue;
    const full = run.filter((l) => /,|\(/u.test(l.trimmed) && looksLikePersonName(words(stripTo(lineAsPiece(l)).text.split(/[,(]/u)[0]!).filter((w) => !/^(?:Hon|Rt|Minister|Commissioner|Mr|Ms|Dr)\.?$/u.test(w)).join(' ')));
    if (run.length >= 2 && full.length >= Math.ceil(run.length * 0.6)) {
      for (const l of run) out.push({ section: 0, head: stripTo(lineAsPiece(l)), extra: [], span: { start: l.trimStart, end: l.trimEnd }, country: groupCountry });
      continue;
    }
    // a city alone closing the block ("Vientiane") is where the party is, never its organisation
    while (run.length > 1 && CITY_NAMES.has(stripEnd(run[run.length - 1]!.trimmed, '.,;'))) run = run.slice(0, -1);
    // one party: join a leading honorific line ("His Excellency") with the name line
    let i = 0;
    let head = stripTo(lineAsPiece(run[0]!));
    if (run.length > 1 && words(head.text).length <= 4 && canonicalHonorific(head.text.replace(/[.,]$/u, '')) !== null) {
      const next = lineAsPiece(run[1]!);
      head = { text: `${head.text} ${next.text}`, start: head.start, end: next.end };
      i = 1;
    }
    const extra = run.slice(i + 1).map(lineAsPiece);
    // a run of organisations, one a line, without people: one party a line
    if (run.length >= 2 && run.every((l) => looksLikeOrganisation(l.trimmed)) && !run.some((l) => /^(?:To\b|Attn)/iu.test(l.trimmed))) {
      for (const l of run) out.push({ section: 0, head: stripTo(lineAsPiece(l)), extra: [], span: { start: l.trimStart, end: l.trimEnd }, country: groupCountry });
      continue;
    }
    const lastLine = run[run.length - 1]!;
    out.push({ section: 0, head, extra, span: { start: head.start, end: lastLine.trimEnd }, country: groupCountry });
  }
  return out;
}

/** True when most entries of a list name organisations (a coalition letter). */
function prefersOrganisations(groups: readonly Entry[]): boolean {
  if (groups.length < 3) return false;
  let orgs = 0;
  let people = 0;
  for (const g of groups) {
    const first = g.head.text.replace(/^(?:\d{1,4}[.)]|[-*•–])\s+/u, '').split(/[,(/]/u)[0]!.trim();
    if (looksLikeOrganisation(first)) orgs++;
    else if (/,/u.test(g.head.text) && looksLikePersonName(first)) people++;
  }
  return orgs >= groups.length * 0.35 && orgs > people;
}

/**
 * Several entries on one line: "Jane Doe, Director, X; John Roe, Chair, Y"
 * (semicolons between entries), or a run of names or organisations separated
 * by commas with none of them a role ("Access Now, ARTICLE 19, Free Press and
 * Internews"). Null when the line is one entry.
 */
function splitInlineList(piece: Piece): Piece[] | null {
  // (a split needs its separator: without a semicolon the line is one piece; without two commas, two at most)
  const bySemicolon = piece.text.includes(';') ? splitTopLevel(piece, ';') : [];
  if (bySemicolon.length >= 3 || (bySemicolon.length === 2 && bySemicolon.every((p) => p.text.includes(',')))) return bySemicolon;
  const comma = piece.text.indexOf(',');
  if (comma < 0 || piece.text.indexOf(',', comma + 1) < 0) return null;
  const byComma = splitTopLevel(piece, ',');
  if (byComma.length < 3) return null;
  const parts: Piece[] = [];
  for (const seg of byComma) for (const part of splitTopLevel(seg, ' and ')) parts.push(part);
  if (parts.length < 4 || parts.some((p) => isRoleOnly(p.text))) return null;
  // "Dr. A B, Postdoctoral Researcher, Department of X, Y University": one person with the fields that place them
  const firstBare = parts[0]!.text.replace(/^(?:\d{1,4}[.)]|[-*•–])\s+/u, '');
  const personFirst = (matchHonorificAt(firstBare, 0) !== null || looksLikePersonName(firstBare)) && !looksLikeOrganisation(firstBare);
  if (personFirst && parts.slice(1).some((p) => looksLikeOrganisation(p.text))) return null;
  const named = parts.filter((p) => looksLikeOrganisation(p.text) || (looksLikePersonName(p.text) && words(p.text).length >= 2));
  // five parts or more: most of them names; four: all of them
  return named.length >= parts.length * (parts.length >= 5 ? 0.7 : 1) ? parts : null;
}

/**
 * Signatures written as blocks (name, then office and organisation lines,
 * blocks apart by blank lines): most blocks open with a personal name and go
 * on with lines that are not names.
 */
function isBlockSignatures(lines: readonly Line[]): boolean {
  const runs: Line[][] = [];
  let cur: Line[] = [];
  for (const l of lines) {
    if (l.blank) {
      if (cur.length) runs.push(cur);
      cur = [];
    } else cur.push(l);
  }
  if (cur.length) runs.push(cur);
  const multi = runs.filter((r) => r.length >= 2 && r.length <= 5);
  if (runs.length === 0 || multi.length < runs.length * 0.6) return false;
  const personal = (s: string) => {
    const t = s.replace(/^(?:(?:Dr|Prof|Mr|Ms|Mrs|Sir|Dame|Rev|Hon)\.?\s+)+/u, '');
    return looksLikePersonName(t) && !looksLikeOrganisation(t) && !/,/u.test(t);
  };
  const shaped = multi.filter((r) => personal(r[0]!.trimmed) && r.slice(1).every((l) => !personal(l.trimmed) || isRoleOnly(l.trimmed)));
  return shaped.length >= multi.length * 0.6;
}

/** A gap of three spaces or more between two cells of a line. */
const COLUMN_GAP = /\S( {3,}|\t+)(?=\S)/gu;

/**
 * Signatures set side by side ("Peter Ostrander      Ruth Marlowe" above
 * "United States Senator      United States Senator"): when most lines hold
 * cells apart by wide gaps, each column is read on its own, left first.
 */
function splitColumns(lines: readonly Line[]): Line[][] {
  const filled = lines.filter((l) => !l.blank);
  const gapped = filled.filter((l) => { COLUMN_GAP.lastIndex = 0; return COLUMN_GAP.test(l.trimmed); });
  if (filled.length < 2 || gapped.length < filled.length * 0.6) return [lines as Line[]];
  const columns: Line[][] = [];
  for (const l of lines) {
    if (l.blank) {
      for (const c of columns) c.push(l);
      continue;
    }
    const cells: { from: number; to: number }[] = [];
    let from = 0;
    COLUMN_GAP.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = COLUMN_GAP.exec(l.trimmed)) !== null) {
      cells.push({ from, to: m.index + 1 });
      from = m.index + 1 + m[1]!.length;
    }
    cells.push({ from, to: l.trimmed.length });
    // more than four cells is a table of another kind: the line stays whole
    if (cells.length > 4) cells.splice(0, cells.length, { from: 0, to: l.trimmed.length });
    cells.forEach((c, k) => {
      while (columns.length <= k) columns.push(lines.filter((x) => x.blank && x.index < l.index).map((x) => x));
      const text = l.trimmed.slice(c.from, c.to);
      columns[k]!.push({ ...l, trimStart: l.trimStart + c.from, trimEnd: l.trimStart + c.to, trimmed: text, text });
    });
  }
  return columns;
}
