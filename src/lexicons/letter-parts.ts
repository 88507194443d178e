/**
 * The parts of a letter and of a press release that are written in set
 * phrases: complimentary closings, salutations, headings that open a list of
 * signatures, collective sign-offs, end marks and the labels of the anatomy
 * (embargo, notes to editors, contacts). Each list is plain data; the
 * matchers below compile them once.
 */

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

const fold = (s: string) => s.toLowerCase().replace(/\s+/gu, ' ').trim();
const CLOSING_SET = new Set(CLOSINGS.map(fold));
const SIGNATURE_HEADING_SET = new Set(SIGNATURE_HEADINGS.map(fold));
/** A signing cue followed by a short note in brackets. */
const SIGNATURE_NOTE = /^([a-z][a-z -]{1,30})\([^()]{1,80}\)$/u;
const GROUP_HEADING_SET = new Set(SIGNATURE_GROUP_HEADINGS.map(fold));
const NOTES_SET = new Set(NOTES_HEADINGS.map(fold));
const CONTACT_SET = new Set(CONTACT_HEADINGS.map(fold));
const END_MARK_SET = new Set(END_MARKS.map(fold));
const SALUTATION_LIST = SALUTATION_OPENERS.map(fold).sort((a, b) => b.length - a.length);
const SIGN_OFF_LIST = SIGN_OFF_OPENERS.map(fold);
const RELEASE_LIST = RELEASE_LABELS.map(fold);
const GENRE_SET = new Set(GENRE_LABELS.map(fold));
const COLUMN_SET = new Set(TABLE_COLUMNS.map(fold));

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

/** True when the line is a complimentary closing ("Yours sincerely,"). */
export function isClosing(line: string): boolean {
  return CLOSING_SET.has(fold(bareLine(line)));
}

/** True when the line is a heading that opens a list of signatures. */
export function isSignatureHeading(line: string): boolean {
  const b = fold(bareLine(line));
  if (SIGNATURE_HEADING_SET.has(b)) return true;
  // a heading with a note in brackets: "Signed (affiliations for identification only):"
  const m = SIGNATURE_NOTE.exec(b);
  return m !== null && SIGNATURE_HEADING_SET.has(m[1]!.trim());
}

/** True when the line is a heading that groups signatures ("Organizations"). */
export function isSignatureGroupHeading(line: string): boolean {
  return GROUP_HEADING_SET.has(fold(bareLine(line)));
}

/** True when the line opens the notes ("Notes to editors:"). */
export function isNotesHeading(line: string): boolean {
  return NOTES_SET.has(fold(bareLine(line)));
}

/** True when the line opens a contacts block ("Media contact:"), alone or with the contact after a colon. */
export function isContactHeading(line: string): boolean {
  const b = fold(bareLine(line));
  if (CONTACT_SET.has(b)) return true;
  const colon = b.indexOf(':');
  return colon > 0 && CONTACT_SET.has(b.slice(0, colon).trim());
}

/** True when the line is an end mark ("ENDS", "-30-", "###", "LETTER ENDS"). */
export function isEndMark(line: string): boolean {
  const t = fold(line);
  return END_MARK_SET.has(t) || END_MARK_SET.has(fold(bareLine(line)));
}

/** True when the line is a salutation ("Dear Ministers,", "Your Excellencies,"). */
export function isSalutation(line: string): boolean {
  const t = line.trim();
  if (t.length > 140) return false;
  const f = fold(t);
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
  const f = fold(bareLine(line));
  return SIGN_OFF_LIST.some((o) => f === o || f.startsWith(`${o} `));
}

/** True when the line is a release label or letterhead line ("Media Release", "EMBARGOED UNTIL …"). */
export function isReleaseLabel(line: string): boolean {
  const f = fold(bareLine(line));
  return RELEASE_LIST.some((o) => f === o || f.startsWith(`${o} `) || f.startsWith(`${o}:`));
}

/** True when the line is only a genre label ("JOINT STATEMENT", "Open Letter"). */
export function isGenreLabel(line: string): boolean {
  return GENRE_SET.has(fold(bareLine(line)));
}

/** True when the line is the header row of a table of signatures: two cells or more, each a column name. */
export function isTableHeader(line: string): boolean {
  const cells = line.split(/\t| {2,}|\|/u).map((c) => fold(bareLine(c))).filter((c) => c.length > 0);
  return cells.length >= 2 && cells.every((c) => COLUMN_SET.has(c));
}
