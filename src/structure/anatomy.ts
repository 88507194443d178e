/**
 * The document's anatomy: kind, title, embargo line (date, time, zone),
 * headline, dateline, body, notes, contacts block, end marks, and the layout
 * of each letter it carries.
 */
import { findDates } from '../entities/dates.js';
import { matchHonorificAt } from '../lexicons/honorifics.js';
import { isContactHeading, isEndMark, isGenreLabel, isNotesHeading, isSalutation } from '../lexicons/letter-parts.js';
import { looksLikePersonName } from '../parties/entry.js';
import { stripEnd } from '../parties/text.js';
import type { Anatomy, Embargo } from '../model/document.js';
import type { Mention, Span } from '../model/span.js';
import type { DocumentText } from '../text/document-text.js';
import type { Line } from '../text/segment.js';
import { datelinePlace, readKind } from './kind.js';
import { findLetterLayouts } from './layout.js';
import { countWords, dateOnLine, isBracketNote, isDateLine, isProse, isReleaseLabelAt, ocrCaps } from './lines.js';
import type { DocumentStructure } from './types.js';
import { mayHold } from './prefilter.js';

/** Lines of a letterhead or a contact: a street, a post code, a phone, a mail address, a web address. */
const ADDRESS_LINE = /\b\d{4,6}\b|\b(?:Street|St\.|Avenue|Road|Close|Bag|Box|Floor|Suite|Building)\b|@|https?:|www\.|^(?:Phone|Tel|Telephone|Fax|Facsimile|Email|E-mail|Website|Web|Mobile|Mob)\b/iu;

/** Time zones written in embargo lines. */
const ZONE = /\b(?:GMT|UTC|BST|CET|CEST|EET|EEST|WET|WEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AEST|AEDT|ACST|ACDT|AWST|NZST|NZDT|JST|KST|HKT|SGT|IST|MSK)(?:[+-]\d{1,2}(?::?\d{2})?)?\b/u;
const TIME = /\b(?:\d{1,2}[.:]\d{2}(?:\s?[ap]\.?m\.?)?|\d{1,2}\s?[ap]\.?m\.?|noon|midnight)(?![\d/])/iu;

function mention(doc: DocumentText, start: number, end: number): Mention {
  return { text: doc.text.slice(start, end), span: { start, end } };
}

/** The end of an incorporated body's name: "INC.", "Inc", "Ltd", "Limited", "LLC", "e.V.". */
const COMPANY_END = /(?:\b(?:Inc|INC|Incorporated|INCORPORATED|Ltd|LTD|Limited|LIMITED|LLC|Pty|PTY|gGmbH)\.?|\be\.V\.)$/u;
/** Head words that end an organisation's name set in capitals. */
const ORG_END = /\b(?:NETWORK|ASSOCIATION|COUNCIL|COMMITTEE|FOUNDATION|INSTITUTE|CENTRE|CENTER|SOCIETY|FEDERATION|UNION|COALITION|ALLIANCE|FORUM|TRUST|LEAGUE|MOVEMENT|PROJECT|SERVICE|SERVICES|AGENCY|COMMISSION)$/u;

function isAllCaps(s: string): boolean {
  const t = s.replace(/[^\p{L}]/gu, '');
  return t.length >= 4 && t === t.toUpperCase() && t !== t.toLowerCase();
}

/** True when line `i` is the first non-blank line of the document. */
function isFirstLine(lines: readonly Line[], i: number): boolean {
  for (let k = 0; k < i; k++) if (!lines[k]!.blank) return false;
  return true;
}

/** True when a line cannot be a headline: labels, dates, addresses, reference numbers, bracket notes. */
/** The year of a written date ("3 June 2025"): a number that is no post code. */
const YEAR_OF_DATE = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December),? (?:19|20)\d\d\b/gu;

/** Link words a name of a body holds in lower case. */
const FUNCTION_WORDS = /\s(?:of|the|and|for|on|de|du|des|la|le)\b/gu;
/** A line ending on a post code: "Washington, DC 20515", "75008 Paris", "London SW1A 0AA". */
const POSTCODE_END = /^[\p{Lu}][\p{L} .'-]{1,30},? (?:[A-Z]{2} )?\d{5}(?:-\d{4})?$|^(?:[A-Z]{1,3}-)?\d{4,6} \p{Lu}\p{L}+$|^\p{Lu}\p{L}+,? [A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$/u;

function notHeadline(lines: readonly Line[], i: number): boolean {
  // the headline's search asks again about the lines it looks ahead to: answers are kept for the document's lines
  let known = NOT_HEADLINE.get(lines);
  if (!known) {
    known = new Int8Array(lines.length);
    NOT_HEADLINE.set(lines, known);
  }
  if (known[i] === 0) known[i] = lineIsNoHeadline(lines, i) ? 1 : 2;
  return known[i] === 1;
}

/** Answers of notHeadline by line: 0 not asked yet, 1 no headline, 2 may be one. */
const NOT_HEADLINE = new WeakMap<readonly Line[], Int8Array>();

function lineIsNoHeadline(lines: readonly Line[], i: number): boolean {
  const s = ocrCaps(lines[i]!.trimmed);
  if (isReleaseLabelAt(lines, i) || isGenreLabel(s) || isDateLine(s) || isBracketNote(s) || isContactHeading(s) || isEndMark(s) || isSalutation(s)) return true;
  if (ADDRESS_LINE.test(s)) return true;
  const letters = s.replace(/[^\p{L}]/gu, '').length;
  if (countWords(s.replace(/[^\p{L}\s]/gu, ' ')) < 2 || letters < s.replace(/\s/gu, '').length * 0.6) return true;
  if (countWords(s) <= 5 && /\b\d{4}\b/u.test(s)) return true;
  // a letterhead: the name of an incorporated body ("… INC.", "… Ltd"), or an organisation's name in capitals over a date or a release label
  if (COMPANY_END.test(s) && countWords(s) <= 10) return true;
  if (isFirstLine(lines, i) && isAllCaps(s) && countWords(s) <= 10 && ORG_END.test(stripEnd(s, '.,'))) {
    let k = i + 1;
    while (k < lines.length && lines[k]!.blank) k++;
    if (k < lines.length && (isDateLine(lines[k]!.trimmed) || isReleaseLabelAt(lines, k))) return true;
  }
  // a letterhead: a line followed by a street or a post code
  let k = i + 1;
  while (k < lines.length && lines[k]!.blank) k++;
  if (k < lines.length && k - i <= 3 && /^\d+\s\p{L}|\b\d{4,6}\b/u.test(lines[k]!.trimmed.replace(YEAR_OF_DATE, '')) && !isProse(s) && !/\s\p{Ll}/u.test(s)) return true;
  // a letterhead block: names of a body over its street or post code ("Congress of …" / "House of …" / "Washington, DC 20515")
  for (let j = i + 1; j < lines.length && j - i <= 3 && !lines[j]!.blank; j++) {
    const t = lines[j - 1]!.trimmed;
    if (isProse(t) || /\s\p{Ll}/u.test(t.replace(FUNCTION_WORDS, ''))) break;
    if (POSTCODE_END.test(lines[j]!.trimmed)) return true;
  }
  return false;
}

/** The headline: the first line that can be one, joined with the lines it runs on to. Null when the document opens with prose. */
function readTitle(doc: DocumentText): { mention: Mention; text: string; firstLine: number; lastLine: number } | null {
  const lines = doc.lines;
  // a letterhead above a release label ("MINISTER FOR …", "MEDIA RELEASE"): the headline comes after the label
  let from = 0;
  for (let i = 0, n = 0; i < lines.length && n < 12; i++) {
    if (lines[i]!.blank) continue;
    n++;
    if (isReleaseLabelAt(lines, i)) from = i + 1;
  }
  let seen = 0;
  for (let i = from; i < lines.length && seen < 25; i++) {
    const l = lines[i]!;
    if (l.blank) continue;
    seen++;
    // the letter has begun: no headline after its salutation
    if (isSalutation(l.trimmed)) return null;
    if (notHeadline(lines, i)) continue;
    if (isProse(l.trimmed) && countWords(l.trimmed) >= 25 && /[.!?”"]$|\. /u.test(l.trimmed)) return null;
    // a dateline opens prose; "Veloria: Do not extradite …" standing alone, without a full stop, is a headline
    if (datelinePlace(l.trimmed) && (isProse(l.trimmed) || /[.!?"”]$/u.test(l.trimmed))) return null;
    if (opensAddressBlock(lines, i)) return null;
    // an institution or series line over the headline ("House of Commons" / "Early Day Motion 1187" / "DETENTION OF …"):
    // a short name in title case gives way to a headline in capitals within the next lines
    if (!isCapsLine(l.trimmed) && countWords(l.trimmed) <= 5 && !/[.!?:]$/u.test(l.trimmed) && !/\s\p{Ll}{4,}/u.test(l.trimmed.replace(/\b(?:of|the|and|for|on)\b/gu, ''))) {
      const caps = capsHeadlineAfter(lines, i);
      if (caps >= 0) {
        i = caps - 1;
        continue;
      }
    }
    let last = i;
    let joined = l.trimmed;
    const open = () => (joined.match(/\*\*/gu)?.length ?? 0) % 2 === 1;
    for (let guard = 0; guard < 3; guard++) {
      let k = last + 1;
      while (k < lines.length && lines[k]!.blank && k - last <= 3) k++;
      const next = lines[k];
      if (!next || next.blank) break;
      // a headline set in capitals over two lines ("AUSTRALIAN AID FOR CAMBODIAN" / "BORDER CAMPS")
      const capsRun = isCapsLine(joined) && isCapsLine(next.trimmed) && !notHeadline(lines, k) && countWords(joined) + countWords(next.trimmed) <= 16;
      const continues = open() || capsRun || /[,:–—-]$/u.test(joined) || /^\p{Ll}/u.test(next.trimmed);
      if (!continues || isProse(next.trimmed) || countWords(joined) + countWords(next.trimmed) > 45) break;
      joined = `${joined} ${next.trimmed}`;
      last = k;
    }
    const text = ocrCaps(joined).replace(/\*\*|__/gu, '').replace(/^#+\s*/u, '').replace(/\s+/gu, ' ').replace(/[,:]$/u, '').trim();
    if (!text) continue;
    return { mention: mention(doc, l.trimStart, lines[last]!.trimEnd), text, firstLine: i, lastLine: last };
  }
  return null;
}

/** The index of a headline in capitals (four words or more) among the next three lines, or -1. */
function capsHeadlineAfter(lines: readonly Line[], i: number): number {
  for (let k = i + 1, n = 0; k < lines.length && n < 3; k++) {
    const l = lines[k]!;
    if (l.blank) continue;
    n++;
    if (isProse(l.trimmed)) return -1;
    if (isCapsLine(l.trimmed) && countWords(l.trimmed) >= 4 && !notHeadline(lines, k)) return k;
  }
  return -1;
}

/** A line set in capitals (OCR confusions undone), with letters enough to be words. */
function isCapsLine(s: string): boolean {
  const t = ocrCaps(s).replace(/[^\p{L}]/gu, '');
  return t.length >= 4 && t === t.toUpperCase() && t !== t.toLowerCase();
}

function readEmbargo(doc: DocumentText): Embargo | null {
  if (!mayHold(doc, 'embargo')) return null;
  for (const l of doc.lines) {
    if (l.blank || !/\bembargo(?:ed)?\b/iu.test(l.trimmed) || l.trimmed.length > 200) continue;
    const dates = findDates(l.trimmed);
    const d = dates[0];
    const time = TIME.exec(l.trimmed)?.[0] ?? null;
    const zone = ZONE.exec(l.trimmed)?.[0] ?? null;
    return {
      text: l.trimmed,
      span: { start: l.trimStart, end: l.trimEnd },
      date: d ? { ...d, span: { start: l.trimStart + d.span.start, end: l.trimStart + d.span.end } } : null,
      time,
      zone,
    };
  }
  return null;
}

/** Reads the document's kind, headline, embargo, dateline, notes and letters. */
export function readStructure(doc: DocumentText): DocumentStructure {
  const lines = doc.lines;
  const title = readTitle(doc);
  let letters = findLetterLayouts(doc, title ? title.lastLine : null);
  const firstLetterLine = letters.length > 0 ? lineAt(lines, letters[0]!.span.start) : -1;
  const kind0 = readKind(doc, { letters, firstLetterLine, titleLine: title ? title.firstLine : null });
  // a statement's list of signatures is not a letter: it addresses no one (ANNOTATION.md)
  if (kind0 === 'statement') letters = letters.filter((l) => l.salutation !== null || l.addresseeLines.length > 0);
  const kind = kind0;
  // a letter on its own takes the date of a date line above it ("Brussels, 8 April 2031") when its head has none
  if (kind === 'letter' && letters.length === 1 && !letters[0]!.date) {
    const date = dateAbove(lines, firstLetterLine) ?? dateBelow(lines, lineAt(lines, letters[0]!.span.end));
    if (date) letters = [{ ...letters[0]!, date }];
  }

  const endMarks: Mention[] = [];
  let dateline: Mention | null = null;
  let notes: Span | null = null;
  let contactsBlock: Span | null = null;
  let bodyStart = -1;
  let bodyEnd = -1;
  // offsets inside a letter, as sorted spans walked with one pointer (lines come in order)
  let li = 0;
  const inLetter = (offset: number) => {
    while (li < letters.length && letters[li]!.span.end <= offset) li++;
    const lt = letters[li];
    return lt !== undefined && offset >= lt.span.start && offset < lt.span.end;
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.blank) continue;
    const s = l.trimmed;
    if (isEndMark(s)) {
      endMarks.push(mention(doc, l.trimStart, l.trimEnd));
      continue;
    }
    if (!dateline && i <= (title ? title.lastLine + 8 : 12)) {
      const place = datelinePlace(s);
      if (place) dateline = mention(doc, l.trimStart, l.trimStart + s.indexOf(place) + place.length);
    }
    if (!notes && isNotesHeading(s) && !inLetter(l.trimStart)) notes = { start: l.trimStart, end: sectionEnd(lines, i) };
    if (!contactsBlock && isContactHeading(s) && !inLetter(l.trimStart)) contactsBlock = { start: l.trimStart, end: blockEnd(lines, i) };
    if (isProse(s) && !inLetter(l.trimStart) && (!title || i > title.lastLine) && !(notes && l.trimStart >= notes.start && l.trimStart < notes.end)) {
      if (bodyStart < 0) bodyStart = l.trimStart;
      bodyEnd = l.trimEnd;
    }
  }
  const anatomy: Anatomy = {
    embargo: readEmbargo(doc),
    headline: title && kind !== 'letter' ? title.mention : null,
    dateline,
    body: bodyStart >= 0 ? { start: bodyStart, end: bodyEnd } : null,
    notes,
    contactsBlock,
    endMarks,
  };
  // A letter on its own is titled by its subject line when it has one (ANNOTATION.md: "the subject line (letter)").
  const subject = kind === 'letter' ? letters[0]?.subject : null;
  return {
    kind,
    title: subject ? { text: subject.text, span: subject.span } : title ? { text: title.text, span: title.mention.span } : null,
    anatomy,
    letters,
  };
}

/** The first date line among the lines before line `end` (at most a dozen non-blank lines from the top). */
function dateAbove(lines: readonly Line[], end: number) {
  for (let i = 0, seen = 0; i < end && i < lines.length && seen < 12; i++) {
    const l = lines[i]!;
    if (l.blank) continue;
    seen++;
    if (!isDateLine(l.trimmed)) continue;
    const d = dateOnLine(l);
    if (d && d.value) return d;
  }
  return null;
}

/** A date line just under the letter's last line ("Geneva, 14 May 2031" under the signatures), or null. */
function dateBelow(lines: readonly Line[], last: number) {
  let k = last + 1;
  while (k < lines.length && lines[k]!.blank) k++;
  const l = lines[k];
  if (!l || !isDateLine(l.trimmed)) return null;
  const d = dateOnLine(l);
  return d && d.value ? d : null;
}

/** The end of a section that opens on line `i`: the next end mark, blank-separated heading or the end of the text. */
function sectionEnd(lines: readonly Line[], i: number): number {
  let end = lines[i]!.trimEnd;
  for (let k = i + 1; k < lines.length; k++) {
    const l = lines[k]!;
    if (l.blank) continue;
    if (isEndMark(l.trimmed) || isContactHeading(l.trimmed) || isSalutation(l.trimmed)) break;
    // the notes run over list items and short paragraphs; a block of short lines after a blank ends them
    if (lines[k - 1]!.blank && !/^(?:[-*•–]|\d{1,2}[.)])\s/u.test(l.trimmed) && !isProse(l.trimmed)) break;
    end = l.trimEnd;
  }
  return end;
}

function blockEnd(lines: readonly Line[], i: number): number {
  let end = lines[i]!.trimEnd;
  for (let k = i + 1; k < lines.length && !lines[k]!.blank; k++) end = lines[k]!.trimEnd;
  return end;
}

function lineAt(lines: readonly Line[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * True when the line opens a letter's address block: it names a party (an
 * honorific, "To:", a personal name) and a salutation follows within a few
 * lines with no prose between. Such a letter has no headline of its own.
 */
function opensAddressBlock(lines: readonly Line[], i: number): boolean {
  const s = lines[i]!.trimmed;
  // an honorific opens a name line ("The Honorable Marcus Bell"), not a headline that goes on in lower case ("Senator Holt Leads Colleagues in Urging …")
  const nameLine = countWords(s) <= 7 && (s.match(/\s(?:in|on|to|for|with|over|after|as|at|against|about)\s/gu)?.length ?? 0) === 0;
  const party = /^(?:To\b|Attn|For the attention|To the attention)/iu.test(s) || (matchHonorificAt(s, 0) !== null && (nameLine || s.includes(','))) || (looksLikePersonName(s) && countWords(s) <= 4 && !/[:]|\bletter\b/iu.test(s));
  if (!party) return false;
  let seen = 0;
  for (let k = i + 1; k < lines.length && seen < 10; k++) {
    const l = lines[k]!;
    if (l.blank) continue;
    seen++;
    if (isSalutation(l.trimmed)) return true;
    if (isProse(l.trimmed)) return false;
  }
  return false;
}
