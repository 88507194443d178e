import type { Letter } from '../model/letter.js';
import type { Party } from '../model/party.js';
import { isOfficeHonorific } from '../lexicons/honorifics.js';
import { isRoleHead } from '../lexicons/offices.js';
import { readParty } from '../parties/entry.js';
import { readPartyList } from '../parties/list.js';
import { trimPiece, words } from '../parties/text.js';
import type { DocumentText } from '../text/document-text.js';
import type { Line } from '../text/segment.js';
import type { DocumentStructure, LetterLayout } from './types.js';

// Patterns of the functions below, compiled once (a bundler may rebuild a pattern with \p{…} at every call otherwise).
/** A capital first letter. */
const UPPER_FIRST = /^\p{Lu}/u;

/** Salutation openers stripped before reading the party a salutation names. */
const SALUTATION_OPENER = /^(?:My dear|Dearest|Dear|To)\s+/iu;
/** Salutations that name nobody in particular. */
const GENERIC = /^(?:Sirs?|Madam|Sir or Madam|Sir\/Madam|Colleagues?|Friends?|All|Everyone|Members|Ministers?|Excellenc(?:y|ies)|Commissioners?|Presidents?|Chairs?|Chairman|Chairwoman|Chairperson|Senators?|Representatives?|Secretary|Secretaries|Ambassadors?|Partners?|Supporters?|Editors?|Leaders?|Heads? of (?:State|Government)|(?:Mr|Madam|Madame|Mme) (?:President|Chair|Chairman|Speaker|Secretary|Minister|Commissioner|Ambassador|Prime Minister)|Prime Minister|Governor|Mayor|Speaker|Team|Board|Committee)\b/iu;

/** Turns each letter layout into a Letter with its addressees and signatories. */
export function readLetters(doc: DocumentText, structure: DocumentStructure): Letter[] {
  return structure.letters.map((layout) => readLetter(doc, layout));
}

function readLetter(doc: DocumentText, layout: LetterLayout): Letter {
  const text = doc.text;
  let addressees = readPartyList(withBlanks(doc, layout.addresseeLines), { text, mode: 'addressees' });
  if (addressees.length === 0 && layout.salutation) {
    const p = salutationParty(layout.salutation.text, layout.salutation.span.start);
    if (p) addressees = [{ ...p, text: text.slice(p.span.start, p.span.end) }];
  }
  // blank lines between signatures stay: blocks of name, office and organisation read as one party each
  const signatories = readPartyList(withBlanks(doc, layout.signatureLines), { text, mode: 'signatures' });
  const cc = readCc(doc, layout.ccLines);
  return {
    span: layout.span,
    date: layout.date && layout.date.value ? layout.date : null,
    subject: layout.subject?.text ?? null,
    salutation: layout.salutation?.text ?? null,
    closing: layout.closing ? layout.closing.text.replace(/[,:]$/u, '') : null,
    signOff: layout.signOff?.text ?? null,
    addressees,
    signatories,
    cc,
    parts: {
      subject: layout.subject,
      salutation: layout.salutation,
      closing: layout.closing,
      signOff: layout.signOff,
      body: layout.body,
    },
  };
}

/** The address lines with the blank lines between them, so that blocks stay apart. */
function withBlanks(doc: DocumentText, indexes: readonly number[]): Line[] {
  if (indexes.length === 0) return [];
  const out: Line[] = [];
  const first = indexes[0]!;
  const last = indexes[indexes.length - 1]!;
  const set = new Set(indexes);
  for (let i = first; i <= last; i++) {
    const l = doc.lines[i]!;
    if (set.has(i) || l.blank) out.push(l);
    else out.push({ ...l, blank: true, trimmed: '', text: '' });
  }
  return out;
}

/** The party a salutation names ("Dear Mr. Zuckerberg," → Zuckerberg, Mr), or null for a generic one ("Dear Ministers,"). */
export function salutationParty(salutation: string, start: number): Party | null {
  const m = SALUTATION_OPENER.exec(salutation);
  if (!m) return null;
  // "Dear President, dear Commissioners": several forms of address name nobody in particular
  const body = salutation.slice(m[0].length);
  if (/,\s*dear\b/iu.test(body)) return null;
  const piece = trimPiece({ text: body, start: start + m[0].length, end: start + salutation.length }, ' \t,:;!.');
  if (!piece.text || GENERIC.test(piece.text) && !/\bof\b/u.test(piece.text) && words(piece.text).length <= 3 && !hasNameAfterOffice(piece.text)) return null;
  const p = readParty(piece, {});
  if (!p) return null;
  const w = words(p.name);
  if (w.length === 1 && (isRoleHead(w[0]!) || isOfficeHonorific(w[0]!) || GENERIC.test(w[0]!))) return null;
  if (/^(?:Members|Ministers|Colleagues|Friends|Excellencies)$/iu.test(p.name)) return null;
  return p;
}

/** "President Biden", "Prime Minister Stefan Löfven": an office followed by a name. */
function hasNameAfterOffice(s: string): boolean {
  const w = words(s);
  const last = w[w.length - 1]!;
  return w.length >= 2 && UPPER_FIRST.test(last) && !isRoleHead(last) && !isOfficeHonorific(last) && !GENERIC.test(last);
}

/** Parties of a cc block: "cc: Ambassador A, cc: Ambassador B" on one line, or a block read like an address block. */
function readCc(doc: DocumentText, indexes: readonly number[]): Party[] {
  if (indexes.length === 0) return [];
  const out: Party[] = [];
  const lines = withBlanks(doc, indexes);
  const nonBlank = lines.filter((l) => !l.blank);
  if (nonBlank.length > 1) {
    // "Cc: Ms. Rosa Vidal" / "Permanent Representation of …": the label goes, the block stays together
    const relabelled = lines.map((l) => {
      const m = CC_LABEL.exec(l.trimmed);
      if (!m || l.blank) return l;
      const cut = m[0].length;
      return { ...l, trimStart: l.trimStart + cut, trimmed: l.trimmed.slice(cut) };
    });
    return readPartyList(relabelled, { text: doc.text, mode: 'addressees' });
  }
  for (const l of nonBlank) {
    const cuts: { from: number; to: number }[] = [];
    let open = -1;
    const re = CC_ANY_ALL;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(l.trimmed)) !== null) {
      if (open >= 0) cuts.push({ from: open, to: m.index });
      open = m.index + m[0].length;
      if (m[0].length === 0) re.lastIndex++;
    }
    cuts.push({ from: Math.max(open, 0), to: l.trimmed.length });
    for (const c of cuts) {
      const piece = trimPiece({ text: l.trimmed.slice(c.from, c.to), start: l.trimStart + c.from, end: l.trimStart + c.to }, ' \t,;');
      const p = piece.text ? readParty(piece, {}) : null;
      if (p) out.push({ ...p, text: doc.text.slice(p.span.start, p.span.end) });
    }
  }
  return out;
}

const CC_LABEL = /^(?:cc|c\.c\.|bcc|copy|copies|copy to|copies to|with copy to|cc to)\s*:\s*/iu;
const CC_ANY = /(?:^|,\s*|;\s*)(?:cc|c\.c\.|copy|copies(?: to)?|copy to|with copy to)\s*:\s*/u;
/** CC_ANY for a scan along one line, compiled once. */
const CC_ANY_ALL = new RegExp(CC_ANY.source, 'giu');
