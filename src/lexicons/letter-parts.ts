/**
 * The parts of a letter and of a press release that are written in set
 * phrases: complimentary closings, salutations, headings that open a list of
 * signatures, collective sign-offs, end marks and the labels of the anatomy
 * (embargo, notes to editors, contacts). Each list is plain data; the
 * matchers below compile them once.
 */
import { isSpaceCode } from '../text/spaces.js';

/** Complimentary closings, without their trailing comma. */
export const CLOSINGS: readonly string[] = [
  'Sincerely', 'Sincerely yours', 'Yours sincerely', 'Yours faithfully', 'Faithfully', 'Faithfully yours', 'Yours truly', 'Very truly yours', 'Truly yours',
  'Respectfully', 'Respectfully yours', 'Yours respectfully', 'Most respectfully', 'Regards', 'Best regards', 'Kind regards', 'Warm regards', 'Warmest regards',
  'With kind regards', 'With best regards', 'With regards', 'Best wishes', 'With best wishes', 'With respect', 'With great respect', 'Cordially',
  'Yours cordially', 'In solidarity', 'With solidarity', 'With urgency', 'With thanks', 'Many thanks', 'Thank you', 'Thanking you', 'Yours',
  'Yours ever', 'Sincerely and respectfully', 'Signed', 'Signed by', 'Signed on behalf of', 'Signatures', 'Signatories', 'Signatories:',
  'List of signatories', 'The signatories', 'Co-signed by', 'Cosigned by', 'Endorsed by', 'Endorsements', 'Undersigned', 'The undersigned',
  'Initial signatories', 'Signers', 'Initial signers', 'Supported by', 'Hochachtungsvoll', 'Mit freundlichen Grüßen', 'Atentamente', 'Cordialement',
  'Veuillez agréer', 'Distinti saluti', 'Met vriendelijke groet',
];

/** Headings that open a list of signatures (they also close the letter when no closing is written). */
export const SIGNATURE_HEADINGS: readonly string[] = [
  'Signed', 'Signed by', 'Signatures', 'Signatories', 'List of signatories', 'The signatories', 'Co-signed by', 'Cosigned by', 'Endorsed by',
  'Endorsements', 'Undersigned', 'The undersigned', 'Initial signatories', 'Signers', 'Initial signers', 'Supported by',
];

/** Headings inside a list of signatures that group it ("Organizations", "Global", "Individuals"). */
export const SIGNATURE_GROUP_HEADINGS: readonly string[] = [
  'Organizations', 'Organisations', 'Organizational signatories', 'Organisational signatories', 'Individuals', 'Individual signatories', 'Individual signers',
  'Global', 'International', 'Regional', 'National', 'Local', 'Academics', 'Scholars', 'Parliamentarians', 'Members of Parliament', 'Experts',
  'Civil society organisations', 'Civil society organizations', 'Civil society', 'Networks', 'Companies', 'Businesses', 'Additional signatories',
  'Additional signers', 'Subsequent signers', 'Further signatories', 'Personal capacity', 'In a personal capacity', 'NGOs',
];

/** Openers of a salutation line ("Dear Ministers,", "Your Excellencies,"). */
export const SALUTATION_OPENERS: readonly string[] = [
  'Dear', 'My dear', 'Dearest', 'Your Excellency', 'Your Excellencies', 'Excellency', 'Excellencies', 'To whom it may concern', 'Honourable',
  'Honorable', 'Respected', 'Esteemed', 'Hello', 'Hi', 'Greetings', 'Sehr geehrte', 'Sehr geehrter', 'Estimado', 'Estimada', 'Estimados',
  'Monsieur', 'Madame', 'Mesdames', 'Gentlemen', 'Ladies and gentlemen', 'Sir', 'Madam', 'Dear Sir or Madam', 'Dear Sir/Madam',
];

/** Collective sign-offs: a line naming the signers as a body, not a signatory. */
export const SIGN_OFF_OPENERS: readonly string[] = [
  'Members of', 'The members of', 'On behalf of', 'Concerned citizens', 'Concerned', 'The undersigned', 'Undersigned', 'Your constituents',
  'The signatories', 'All the signatories', 'Signatory organisations', 'Signatory organizations', 'The organisations below', 'The organizations below',
];

/** End marks of a press release or of a letter it carries. */
export const END_MARKS: readonly string[] = ['ENDS', 'END', '-ENDS-', '- ENDS -', '-END-', '-30-', '- 30 -', '###', '# # #', 'LETTER ENDS', '[ENDS]', '[END]', 'Ends', '***'];

/** Headings that open the notes of a press release. */
export const NOTES_HEADINGS: readonly string[] = [
  'Notes', 'Notes to editors', 'Notes to editor', 'Note to editors', 'Note to editor', 'Notes for editors', 'Editor\'s note', 'Editors\' notes',
  'Editors notes', 'Background', 'About', 'For editors', 'Endnotes', 'Footnotes', 'References', 'Sources',
];

/** Headings and labels that open a press contact block. */
export const CONTACT_HEADINGS: readonly string[] = [
  'Contact', 'Contacts', 'Media contact', 'Media contacts', 'Press contact', 'Press contacts', 'For more information', 'For further information',
  'For media enquiries', 'For media inquiries', 'Media enquiries', 'Media inquiries', 'Press enquiries', 'Press inquiries', 'For press queries',
  'For interviews', 'Further information',
];

/** Labels of a press release's letterhead and release type: a line that opens with one is not a headline. */
export const RELEASE_LABELS: readonly string[] = [
  'Media release', 'Media statement', 'Press release', 'Press statement', 'News release', 'Joint press release', 'Media advisory',
  'Media alert', 'For immediate release', 'Immediate release', 'For release', 'Embargoed', 'Embargo', 'Under embargo', 'Not for publication',
  'From the Minister', 'From the Office of', 'Office of', 'Statement by', 'Statement from', 'Communiqué', 'Communique', 'Press notice', 'FOR IMMEDIATE RELEASE',
];

/** Genre labels: a line that is only one of these names the kind of the document, never its headline. */
export const GENRE_LABELS: readonly string[] = [
  'Joint statement', 'Public statement', 'NGO statement', 'Civil society statement', 'Common statement', 'Statement', 'Joint letter', 'Open letter',
  'Joint open letter', 'Coalition letter', 'Letter', 'News', 'Press release', 'Media release', 'News release', 'Joint press release',
];

/** Column names of a table of signatures ("Name | Position | Institution | Country"): a row of these is its header. */
export const TABLE_COLUMNS: readonly string[] = [
  'Name', 'Names', 'Full name', 'Signatory', 'Signatories', 'Position', 'Title', 'Role', 'Function', 'Institution', 'Organisation', 'Organization',
  'Affiliation', 'Affiliations', 'Institution/Organisation', 'Institution/Organization', 'Organisation/Institution', 'Organization/Institution',
  'Country', 'Countries', 'Country of residence', 'City', 'Location', 'Nationality', 'Department', 'Faculty', 'No', 'No.', '#', 'Signature',
];

/** Lower case, spaces collapsed, trimmed. */
function fold(s: string): string {
  const lower = s.toLowerCase();
  // the common case: single spaces inside the phrase only, nothing to collapse
  let space = true;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (!isSpaceCode(c)) space = false;
    else if (c !== 32 || space) return lower.replace(/\s+/gu, ' ').trim();
    else space = true;
  }
  return space && lower.length > 0 ? lower.trim() : lower;
}


/**
 * True when fold(s) is longer than `max` characters, told without folding:
 * lower-casing never shortens a string, so the characters other than spaces
 * and one space for each gap between them bound the folded length from
 * below. Reads at most about `max` characters, so a long line of prose is
 * turned away as cheaply as a short one.
 */
function foldsLongerThan(s: string, max: number): boolean {
  return foldedReach(s, max) >= 0;
}

/** The index of the character at which fold(s) grows longer than `max` characters (counted as foldsLongerThan does), or -1. */
function foldedReach(s: string, max: number): number {
  let n = 0;
  let gap = false;
  for (let i = 0; i < s.length; i++) {
    if (isSpaceCode(s.charCodeAt(i))) {
      if (n > 0) gap = true;
      continue;
    }
    n += gap ? 2 : 1;
    gap = false;
    if (n > max) return i;
  }
  return -1;
}

/**
 * The head of fold(s): a prefix of it longer than `n` characters, or all of
 * it when it is no longer. Only the head of a long line is folded. Lower case
 * is the same character by character except for a capital sigma (its form
 * depends on what follows), so a head holding one is folded with the line.
 */
function foldHead(s: string, n: number): string {
  let count = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isSpaceCode(c)) continue;
    if (++count > n) {
      // never cut a surrogate pair in two
      const head = s.slice(0, c >= 0xd800 && c <= 0xdbff ? i + 2 : i + 1);
      return head.includes('\u03a3') ? fold(s) : fold(head);
    }
  }
  return fold(s);
}

const longest = (list: Iterable<string>) => Math.max(0, ...[...list].map((x) => x.length));

const CLOSING_SET = new Set(CLOSINGS.map(fold));
const SIGNATURE_HEADING_SET = new Set(SIGNATURE_HEADINGS.map(fold));
/** A signing cue followed by a short note in brackets. */
const SIGNATURE_NOTE = /^([a-z][a-z -]{1,30})\([^()]{1,80}\)$/u;
/** The longest line SIGNATURE_NOTE can match. */
const SIGNATURE_NOTE_MAX = 31 + 82;
const GROUP_HEADING_SET = new Set(SIGNATURE_GROUP_HEADINGS.map(fold));
const NOTES_SET = new Set(NOTES_HEADINGS.map(fold));
const CONTACT_SET = new Set(CONTACT_HEADINGS.map(fold));
const END_MARK_SET = new Set(END_MARKS.map(fold));
const SALUTATION_LIST = SALUTATION_OPENERS.map(fold).sort((a, b) => b.length - a.length);
const SIGN_OFF_LIST = SIGN_OFF_OPENERS.map(fold);
const RELEASE_LIST = RELEASE_LABELS.map(fold);
const GENRE_SET = new Set(GENRE_LABELS.map(fold));
const COLUMN_SET = new Set(TABLE_COLUMNS.map(fold));
// The longest phrase of each list: a line that folds longer is none of them.
const CLOSING_MAX = longest(CLOSING_SET);
const SIGNATURE_HEADING_SET_MAX = longest(SIGNATURE_HEADING_SET);
const SIGNATURE_HEADING_MAX = Math.max(SIGNATURE_HEADING_SET_MAX, SIGNATURE_NOTE_MAX);
const GROUP_HEADING_MAX = longest(GROUP_HEADING_SET);
const NOTES_MAX = longest(NOTES_SET);
const CONTACT_MAX = longest(CONTACT_SET);
const END_MARK_MAX = longest(END_MARK_SET);
const GENRE_MAX = longest(GENRE_SET);
const COLUMN_MAX = longest(COLUMN_SET);
// How much of a line's head decides an opener: the longest opener and the character after it.
const SALUTATION_HEAD = longest(SALUTATION_LIST) + 1;
/** The first letters of the openers: a line that folds to another first letter opens none of them. */
const initials = (list: readonly string[]) => new Set(list.map((x) => x.charAt(0)));
const SALUTATION_INITIALS = initials(SALUTATION_LIST);
const SIGN_OFF_INITIALS = initials(SIGN_OFF_LIST);
const RELEASE_INITIALS = initials(RELEASE_LIST);
/** The first character of fold(s), for a string that opens with no space: lower case may spell one character with two. */
const foldedInitial = (s: string) => s.charAt(0).toLowerCase().charAt(0);
const SIGN_OFF_HEAD = longest(SIGN_OFF_LIST) + 1;
const RELEASE_HEAD = longest(RELEASE_LIST) + 1;

/** A line stripped of markdown emphasis, list bullets and a trailing comma, colon or full stop. */
export function bareLine(line: string): string {
  let s = line.trim();
  let a = 0;
  let b = s.length;
  while (a < b && (s[a] === '*' || s[a] === '_' || s[a] === '#' || s[a] === '[' || s[a] === ' ')) a++;
  while (b > a && (s[b - 1] === '*' || s[b - 1] === '_' || s[b - 1] === ',' || s[b - 1] === ':' || s[b - 1] === '.' || s[b - 1] === ']' || s[b - 1] === ' ')) b--;
  s = s.slice(a, b);
  return s;
}

/** fold(bareLine(line)) when it can be one of a list's phrases (`max` characters at most), else null. */
function bareFolded(line: string, max: number): string | null {
  const bare = bareLine(line);
  return foldsLongerThan(bare, max) ? null : fold(bare);
}

/** True when the line is a complimentary closing ("Yours sincerely,"). */
export function isClosing(line: string): boolean {
  const b = bareFolded(line, CLOSING_MAX);
  return b !== null && CLOSING_SET.has(b);
}

/** True when the line is a heading that opens a list of signatures. */
export function isSignatureHeading(line: string): boolean {
  const bare = bareLine(line);
  // longer than any heading: only a heading with its note in brackets, which closes the line
  if (foldsLongerThan(bare, SIGNATURE_HEADING_SET_MAX) && !bare.trimEnd().endsWith(')')) return false;
  if (foldsLongerThan(bare, SIGNATURE_HEADING_MAX)) return false;
  const b = fold(bare);
  if (SIGNATURE_HEADING_SET.has(b)) return true;
  // a heading with a note in brackets: "Signed (affiliations for identification only):"
  if (!b.endsWith(')')) return false;
  const m = SIGNATURE_NOTE.exec(b);
  return m !== null && SIGNATURE_HEADING_SET.has(m[1]!.trim());
}

/** True when the line is a heading that groups signatures ("Organizations"). */
export function isSignatureGroupHeading(line: string): boolean {
  const b = bareFolded(line, GROUP_HEADING_MAX);
  return b !== null && GROUP_HEADING_SET.has(b);
}

/** True when the line opens the notes ("Notes to editors:"). */
export function isNotesHeading(line: string): boolean {
  const b = bareFolded(line, NOTES_MAX);
  return b !== null && NOTES_SET.has(b);
}

/** True when the line opens a contacts block ("Media contact:"), alone or with the contact after a colon. */
export function isContactHeading(line: string): boolean {
  const bare = bareLine(line);
  const reach = foldedReach(bare, CONTACT_MAX);
  if (reach >= 0) {
    // too long to be a heading alone: a heading only when what comes before its first colon is one,
    // so the colon stands no further than where the heading would grow too long
    let colon = -1;
    for (let i = 0; i <= reach && colon < 0; i++) if (bare.charCodeAt(i) === 58) colon = i;
    if (colon <= 0) return false;
    const head = bare.slice(0, colon);
    return !foldsLongerThan(head, CONTACT_MAX) && CONTACT_SET.has(fold(head));
  }
  const b = fold(bare);
  if (CONTACT_SET.has(b)) return true;
  const colon = b.indexOf(':');
  return colon > 0 && CONTACT_SET.has(b.slice(0, colon).trim());
}

/** True when the line is an end mark ("ENDS", "-30-", "###", "LETTER ENDS"). */
export function isEndMark(line: string): boolean {
  // the bare line folds no longer than the line: when it is too long, so is the line
  if (foldsLongerThan(bareLine(line), END_MARK_MAX)) return false;
  const t = fold(line);
  return END_MARK_SET.has(t) || END_MARK_SET.has(fold(bareLine(line)));
}

/** True when the line is a salutation ("Dear Ministers,", "Your Excellencies,"). */
export function isSalutation(line: string): boolean {
  const t = line.trim();
  if (t.length > 140 || !SALUTATION_INITIALS.has(foldedInitial(t))) return false;
  const f = foldHead(t, SALUTATION_HEAD);
  for (const opener of SALUTATION_LIST) {
    if (!f.startsWith(opener)) continue;
    const next = f[opener.length];
    if (next !== undefined && next !== ' ' && next !== ',' && next !== ':' && next !== '!') continue;
    // "Dear" opens a salutation; other openers need the line to end as one.
    if (opener === 'dear' || opener === 'my dear' || opener === 'dearest') return t.length < 140 && !/[.?]$/u.test(t);
    return /[,:!]$/u.test(t);
  }
  return false;
}

/** True when the line is a collective sign-off ("MEMBERS OF THE …", "Concerned citizens"). */
export function isSignOff(line: string): boolean {
  const bare = bareLine(line);
  if (!SIGN_OFF_INITIALS.has(foldedInitial(bare.trimStart()))) return false;
  const f = foldHead(bare, SIGN_OFF_HEAD);
  return SIGN_OFF_LIST.some((o) => f === o || (f.startsWith(o) && f[o.length] === ' '));
}

/** True when the line is a release label or letterhead line ("Media Release", "EMBARGOED UNTIL …"). */
export function isReleaseLabel(line: string): boolean {
  const bare = bareLine(line);
  if (!RELEASE_INITIALS.has(foldedInitial(bare.trimStart()))) return false;
  const f = foldHead(bare, RELEASE_HEAD);
  return RELEASE_LIST.some((o) => f === o || (f.startsWith(o) && (f[o.length] === ' ' || f[o.length] === ':')));
}

/** True when the line is only a genre label ("JOINT STATEMENT", "Open Letter"). */
export function isGenreLabel(line: string): boolean {
  const b = bareFolded(line, GENRE_MAX);
  return b !== null && GENRE_SET.has(b);
}

/** Cells of a table row: apart by tabs, wide gaps or bars. */
const CELL_GAP = /\t| {2,}|\|/u;

/** True when the line is the header row of a table of signatures: two cells or more, each a column name. */
export function isTableHeader(line: string): boolean {
  // one cell only: no row of a table
  if (!CELL_GAP.test(line)) return false;
  let cells = 0;
  for (const cell of line.split(CELL_GAP)) {
    const c = bareFolded(cell, COLUMN_MAX);
    if (c === null) return false;
    if (c.length === 0) continue;
    if (!COLUMN_SET.has(c)) return false;
    cells++;
  }
  return cells >= 2;
}
