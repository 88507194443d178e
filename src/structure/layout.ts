/**
 * The layout of each letter a document carries. A letter is anchored on its
 * closing ("Sincerely,", "Signed", "Signatories") and, when it has one, its
 * salutation. Before the salutation lie its head: address block ("To:",
 * "To the attention of …", one party a line or a block a party), cc block,
 * date, subject. After the closing: a collective sign-off, then the
 * signatures, until an end mark, notes, a new letter or prose.
 */
import { bareLine, isClosing, isContactHeading, isEndMark, isGenreLabel, isNotesHeading, isReleaseLabel, isSalutation, isSignatureGroupHeading, isSignatureHeading, isSignOff, isTableHeader } from '../lexicons/letter-parts.js';
import type { Mention } from '../model/span.js';
import type { DocumentText } from '../text/document-text.js';
import type { Line } from '../text/segment.js';
import { countWords, dateOnLine, isBracketNote, isCcLine, isDateLine, isProse, isToLine, subjectOf } from './lines.js';
import type { LetterLayout } from './types.js';
import { INLINE_LABEL } from '../parties/list.js';

/** A mention of a whole trimmed line. */
function lineMention(l: Line): Mention {
  return { text: l.trimmed, span: { start: l.trimStart, end: l.trimEnd } };
}

/** True when the line could open or continue a list of names (not prose, not a note). */
function isEntryLike(s: string): boolean {
  return !isProse(s) && !isBracketNote(s) && !isEndMark(s);
}

/** Lines that end a letter's head when scanning back from its salutation. */
function endsHead(s: string): boolean {
  return (
    isProse(s) || isBracketNote(s) || isEndMark(s) || isGenreLabel(s) || (isReleaseLabel(s) && !/^(?:From the )?Office of\b/iu.test(s)) || isNotesHeading(s) || isClosing(s) ||
    /@|https?:|www\./u.test(s) || (/^[-*•–]\s/u.test(s) && countWords(s) >= 8) || isContactHeading(s) ||
    // a short sentence before the letter ("Read the letter below.")
    (countWords(s) >= 3 && /[.!]$/u.test(s) && (s.match(/\s\p{Ll}{2,}/gu)?.length ?? 0) >= 2 && !isDateLine(s))
  );
}

/** A short line ending with a comma between prose and a list of names: an unlisted closing ("With urgency,"). */
function isLooseClosing(lines: readonly Line[], i: number): boolean {
  const s = lines[i]!.trimmed;
  if (!/^[\p{L}][\p{L} ’'-]{1,40},$/u.test(s) || countWords(s) > 4 || isSalutation(s)) return false;
  let p = i - 1;
  while (p >= 0 && lines[p]!.blank) p--;
  let n = i + 1;
  while (n < lines.length && lines[n]!.blank) n++;
  return p >= 0 && isProse(lines[p]!.trimmed) && n < lines.length && !isProse(lines[n]!.trimmed);
}

/** Signature block: lines after the closing, until something that is not a list of names. */
function readSignatures(lines: readonly Line[], from: number): { signOff: Mention | null; lines: number[]; cc: number[]; end: number } {
  const sig: number[] = [];
  const cc: number[] = [];
  let signOff: Mention | null = null;
  let end = from - 1;
  let inCc = false;
  let skipped = 0;
  for (let i = from; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.blank) {
      inCc = false;
      continue;
    }
    const s = l.trimmed;
    if (isEndMark(s) || isNotesHeading(s) || isContactHeading(s) || isSalutation(s) || isToLine(s) || subjectOf(l) || isDateLine(s) || /^\[\d{1,3}\]/u.test(s)) break;
    if (/^(?:https?:\/\/|www\.)\S+$|^[^\s@]+@\S+$/u.test(s)) break;
    // "Contact for this letter: …", "Contacts: …": a contact line after the list ends it
    if (/^(?:Contacts?|For (?:more|further) information)\b/iu.test(s) && (/[@:]|\+?\d[\d ()-]{6,}/u.test(s))) break;
    // a note in brackets after the list ("(Affiliations are listed for identification purposes only.)")
    if (sig.length > 0 && /^\(.*\)\.?$/u.test(s) && countWords(s) >= 4 && (s.match(/\s\p{Ll}{2,}/gu)?.length ?? 0) >= 2) break;
    // a footer about the signatures ("Signatures collected by … Add your name at https://…")
    if (/https?:\/\/|www\./u.test(s) && countWords(s) >= 5) break;
    if (isCcLine(s)) {
      inCc = true;
      cc.push(i);
      end = i;
      continue;
    }
    if (INLINE_LABEL.test(s)) {
      sig.push(i);
      end = i;
      continue;
    }
    if (inCc) {
      cc.push(i);
      end = i;
      continue;
    }
    if (sig.length === 0 && !signOff && isSignOff(s)) {
      signOff = lineMention(l);
      end = i;
      continue;
    }
    if (sig.length === 0 && !signOff && isAllCapsPhrase(s) && countWords(s) >= 3 && /\b(?:OF|THE|AND|MEMBERS|SIGNATORIES)\b/u.test(s)) {
      signOff = lineMention(l);
      end = i;
      continue;
    }
    if (isClosing(s) || isSignatureHeading(s) || isSignatureGroupHeading(s)) {
      end = i;
      continue;
    }
    if (isProse(s) && !startsLikeEntry(s)) {
      // a prose line after signatures ends them; one before them (a count of signers) is passed over
      if (sig.length > 0) break;
      if (++skipped > 2) break;
      continue;
    }
    sig.push(i);
    end = i;
  }
  return { signOff, lines: sig, cc, end };
}

function isAllCapsPhrase(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length >= 6 && letters === letters.toUpperCase();
}

/** Finds the letters of a document. `titleLine` is never part of a letter's head. */
export function findLetterLayouts(doc: DocumentText, titleLine: number | null): LetterLayout[] {
  const lines = doc.lines;
  const n = lines.length;
  const closings: number[] = [];
  const salutations: number[] = [];
  const inline = new Set<number>();
  for (let i = 0; i < n; i++) {
    const l = lines[i]!;
    if (l.blank) continue;
    const s = l.trimmed;
    if (isSalutation(s)) salutations.push(i);
    else if (countWords(s) <= 6 && (isClosing(s) || isSignatureHeading(s) || isLooseClosing(lines, i))) closings.push(i);
    // the header row of a table of signatures ("Name | Position | Institution | Country") opens them like a heading
    else if (isTableHeader(s) && (closings.length === 0 || closings[closings.length - 1]! < i - 2)) closings.push(i);
    else if (INLINE_LABEL.test(s)) {
      // "Signed by: A, B and C": a closing whose signatures share its line
      closings.push(i);
      inline.add(i);
    }
  }
  const letters: LetterLayout[] = [];
  let prevEnd = -1;
  let si = 0;
  for (const c of closings) {
    if (c <= prevEnd) continue;
    // the last salutation after the previous letter and before this closing (one pointer over the list)
    while (si < salutations.length && salutations[si]! <= prevEnd) si++;
    let sal = -1;
    while (si < salutations.length && salutations[si]! < c) sal = salutations[si++]!;
    const sig = readSignatures(lines, inline.has(c) ? c : c + 1);
    if (sig.lines.length === 0) continue;
    const headFrom = Math.max(prevEnd + 1, titleLine === null ? 0 : titleLine + 1);
    const head = sal >= 0 ? readHead(lines, sal, headFrom) : readHeadWithoutSalutation(lines, headFrom, c);
    let subject = head.subject;
    // an unlabelled subject in capitals just after the salutation ("OPEN LETTER: …")
    if (!subject && sal >= 0) {
      let k = sal + 1;
      while (k < c && lines[k]!.blank) k++;
      const t = lines[k]?.trimmed ?? '';
      if (k < c && isAllCapsPhrase(t) && countWords(t) <= 16 && !isProse(t)) subject = lineMention(lines[k]!);
    }
    const bodyStart = sal >= 0 ? sal + 1 : head.bodyStart;
    let bodyEnd = c - 1;
    for (let k = bodyStart; k < c; k++) if (isNotesHeading(lines[k]!.trimmed)) { bodyEnd = k - 1; break; }
    while (bodyEnd > bodyStart && lines[bodyEnd]!.blank) bodyEnd--;
    let bs = bodyStart;
    while (bs < bodyEnd && lines[bs]!.blank) bs++;
    // the letter starts at its head, its salutation or its body, and never after its closing
    const startLine = Math.min(head.start >= 0 ? head.start : sal >= 0 ? sal : bs, c);
    const endLine = Math.max(sig.end, c);
    letters.push({
      span: { start: lines[startLine]!.trimStart, end: lines[endLine]!.trimEnd },
      addresseeLines: head.addressees,
      ccLines: [...head.cc, ...sig.cc],
      date: head.date,
      subject,
      salutation: sal >= 0 ? lineMention(lines[sal]!) : null,
      body: bs <= bodyEnd ? { start: lines[bs]!.trimStart, end: lines[bodyEnd]!.trimEnd } : null,
      closing: (isSignatureHeading(lines[c]!.trimmed) && !isClosing(lines[c]!.trimmed)) || isTableHeader(lines[c]!.trimmed) ? null : closingMention(lines[c]!),
      signOff: sig.signOff,
      signatureLines: sig.lines,
    });
    prevEnd = endLine;
  }
  // A salutation after the last letter with no closing of its own: the letter runs to the end of its body
  const lastSal = salutations.length > 0 ? salutations[salutations.length - 1]! : -1;
  if (lastSal > prevEnd) {
    const open = readOpenLetter(lines, lastSal, Math.max(prevEnd + 1, titleLine === null ? 0 : titleLine + 1));
    if (open) letters.push(open);
  }
  return letters;
}

/** A letter with a salutation and a body but no closing: its signatures are the name lines after its last paragraph. */
function readOpenLetter(lines: readonly Line[], sal: number, from: number): LetterLayout | null {
  let lastProse = -1;
  for (let i = sal + 1; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.blank) continue;
    const s = l.trimmed;
    if (isEndMark(s) || isNotesHeading(s) || isContactHeading(s) || isSalutation(s)) break;
    if (isProse(s) || isSentence(s)) lastProse = i;
  }
  if (lastProse < 0) return null;
  const sig = readSignatures(lines, lastProse + 1);
  const head = readHead(lines, sal, from);
  const startLine = head.start >= 0 ? head.start : sal;
  let bs = sal + 1;
  while (bs < lastProse && lines[bs]!.blank) bs++;
  const endLine = Math.max(lastProse, sig.lines.length > 0 ? sig.end : lastProse);
  return {
    span: { start: lines[startLine]!.trimStart, end: lines[endLine]!.trimEnd },
    addresseeLines: head.addressees,
    ccLines: [...head.cc, ...sig.cc],
    date: head.date,
    subject: head.subject,
    salutation: lineMention(lines[sal]!),
    body: { start: lines[bs]!.trimStart, end: lines[lastProse]!.trimEnd },
    closing: null,
    signOff: sig.signOff,
    signatureLines: sig.lines,
  };
}

/** A short sentence closing a body ("We call on you to act without delay."): words in lower case, a full stop. */
function isSentence(s: string): boolean {
  const n = countWords(s);
  return n >= 5 && /[.!?]$/u.test(s) && (s.match(/\s\p{Ll}{2,}/gu)?.length ?? 0) >= n * 0.5;
}

function closingMention(l: Line): Mention | null {
  const bare = bareLine(l.trimmed);
  if (/^sign(?:ed|atures|atories)\b/iu.test(bare)) return null;
  return lineMention(l);
}


interface Head {
  start: number;
  addressees: number[];
  cc: number[];
  date: LetterLayout['date'];
  subject: Mention | null;
  bodyStart: number;
}

/** Scans back from the salutation: date, subject, cc block, address block. */
function readHead(lines: readonly Line[], sal: number, from: number): Head {
  const taken: number[] = [];
  let i = sal - 1;
  for (; i >= from; i--) {
    const l = lines[i]!;
    if (l.blank) continue;
    if (endsHead(l.trimmed) && !isDateLine(l.trimmed) && !subjectOf(l) && !isToLine(l.trimmed)) break;
    taken.push(i);
  }
  taken.reverse();
  const head: Head = { start: taken[0] ?? -1, addressees: [], cc: [], date: null, subject: null, bodyStart: sal + 1 };
  let inCc = false;
  let prev = -2;
  for (const k of taken) {
    const l = lines[k]!;
    const s = l.trimmed;
    if (k > prev + 1) inCc = false;
    prev = k;
    if (isDateLine(s)) {
      head.date ??= dateOnLine(l) ?? { value: '', text: s, span: { start: l.trimStart, end: l.trimEnd } };
      continue;
    }
    const subj = subjectOf(l);
    if (subj) {
      head.subject ??= subj;
      continue;
    }
    if (isCcLine(s)) {
      inCc = true;
      head.cc.push(k);
      continue;
    }
    if (inCc) {
      head.cc.push(k);
      continue;
    }
    head.addressees.push(k);
  }
  // Lines before the letter's date are its letterhead when address lines follow the date ("United States Senate"),
  // or when they close on the sender's street or post code and no addressee follows ("… / Washington, DC 20515").
  if (head.date) {
    const dateLine = taken.find((k) => isDateLine(lines[k]!.trimmed));
    if (dateLine !== undefined && head.addressees.some((k) => k > dateLine)) head.addressees = head.addressees.filter((k) => k > dateLine);
    else if (dateLine !== undefined) {
      const before = head.addressees.filter((k) => k < dateLine);
      const last = before[before.length - 1];
      if (last !== undefined && LETTERHEAD_END.test(lines[last]!.trimmed) && !before.some((k) => /^(?:To\b|Attn|Attention)/iu.test(lines[k]!.trimmed))) {
        head.addressees = head.addressees.filter((k) => k > dateLine);
      }
    }
  }
  // A salutation to no one in particular ("Dear Colleague", "To whom it may concern") addresses the reader: the lines above it are the sender's
  if (GENERIC_SALUTATION.test(lines[sal]!.trimmed)) head.addressees = [];
  // The line just before the salutation, when it reads as a phrase and not a party, is an unlabelled subject.
  if (!head.subject && head.addressees.length > 0) {
    const lastK = head.addressees[head.addressees.length - 1]!;
    const s = lines[lastK]!.trimmed;
    const blankBefore = lastK > 0 && lines[lastK - 1]!.blank;
    const lower = (s.match(/(?:^|\s)\p{Ll}{2,}/gu) ?? []).length;
    if (blankBefore && countWords(s) >= 6 && lower >= 3 && !/^(?:To\b|Attn)/iu.test(s) && !/,\s*\p{Lu}/u.test(s.split(' ').slice(0, 4).join(' '))) {
      head.subject = lineMention(lines[lastK]!);
      head.addressees.pop();
    }
  }
  // Dates with no value from the recogniser are dropped: the letter date is a value.
  if (head.date && !head.date.value) head.date = null;
  return head;
}

/** The last line of a letterhead: a street or a post code ("Washington, DC 20515", "75008 Paris", "12 Harbour Street"). */
const LETTERHEAD_END = /\b(?:[A-Z]{2} \d{5}(?:-\d{4})?|\d{4,6} \p{Lu}\p{L}+|\p{Lu}\p{L}+,? \d{4,6})$|^\d{1,5},? \p{Lu}[\p{L}' -]{2,40} (?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Square)$/u;

/** A salutation to whoever reads the letter, naming no addressee. */
const GENERIC_SALUTATION = /^(?:Dear\s+)?(?:Colleagues?|Friends?|All|Sir\s*(?:\/|or)\s*Madam|Madam\s*(?:\/|or)\s*Sir)\s*[,:!]?$|^To whom it may concern\b/iu;

/** A line addressing a party in prose: "To His Excellency …", "and to Mr. …", "To the Honourable …". */
const TO_PARTY = /^(?:and\s+)?to\s+(?:His|Her|Their|the Hon|H\.E|Mr|Ms|Mrs|Dr|Prof|Madam|Sir|Dame)\b/iu;

/** A letter without a salutation: its head is the date and subject lines before the first prose. */
function readHeadWithoutSalutation(lines: readonly Line[], from: number, closing: number): Head {
  const head: Head = { start: -1, addressees: [], cc: [], date: null, subject: null, bodyStart: from };
  let seen = 0;
  let firstProse = -1;
  for (let i = from; i < closing && seen < 6; i++) {
    const l = lines[i]!;
    if (l.blank) continue;
    seen++;
    if (isDateLine(l.trimmed)) {
      head.date ??= dateOnLine(l);
      if (head.start < 0) head.start = i;
      continue;
    }
    const subj = subjectOf(l);
    if (subj) {
      head.subject ??= subj;
      if (head.start < 0) head.start = i;
      continue;
    }
    // "To His Excellency A, President of …" / "and to Mr. B, Minister …": addressees named without a salutation
    if (firstProse < 0 && (isToLine(l.trimmed) || TO_PARTY.test(l.trimmed)) && !isProse(l.trimmed)) {
      head.addressees.push(i);
      if (head.start < 0) head.start = i;
      continue;
    }
    if (isProse(l.trimmed) || isEntryLike(l.trimmed)) {
      if (firstProse < 0) firstProse = i;
      // a dated note before the letter ("Update (…): …") does not end the search for its date
      if (head.date) break;
    }
  }
  if (firstProse >= 0) {
    head.bodyStart = firstProse;
    if (head.start < 0 || head.start > firstProse) head.start = firstProse;
  }
  return head;
}

/** A line that opens like a list entry: a marker, a shared prefix ("Sens."), or a name followed by a comma, bracket or slash. */
function startsLikeEntry(s: string): boolean {
  const t = s.replace(/^(?:\d{1,4}[.)]|[-*•–])\s+/u, '');
  if (/^(?:Sens?\.|Senators|Reps?\.|Representatives|MEPs|MPs)\s/u.test(t)) return true;
  return /^(?:(?:\p{Lu}[\p{L}.'’-]*|van|von|de|der|den|da|di|du|del|la|le|bin|al|el)\s){0,5}\p{Lu}[\p{L}.'’-]*\s?(?:,|\(|\/|[–—-]\s)/u.test(t);
}
