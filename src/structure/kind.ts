/**
 * The document's kind, as a careful reader sees it (ANNOTATION.md): a press
 * release that carries letters is still a press release; a letter on its own
 * is a letter; journalism is an article; an organisation's unaddressed
 * statement is a statement.
 */
import type { DocumentKind } from '../model/document.js';
import { stripEnd } from '../parties/text.js';
import { isContactHeading, isEndMark, isGenreLabel } from '../lexicons/letter-parts.js';
import { isReleaseLabelAt, ocrCaps } from './lines.js';
import type { DocumentText } from '../text/document-text.js';
import type { LetterLayout } from './types.js';
import { mayHold, testOnLinesWith } from './prefilter.js';

/** Phrases in which a document presents a letter it carries: the voice of a release about the letter. */
const PRESENTS_LETTER = /\b(?:the following letter|(?:text|copy|full text) of the (?:\w+ ){0,3}letter (?:follows|is below|below)|letter (?:\w+ ){0,6}follows(?: here| below)?|letter is (?:below|attached|reproduced))\b/iu;
/** Markers of a press release in its text. */
const RELEASE_TEXT = /\b(?:notes? (?:to|for) editors|for immediate release|reporters and editors|embargoed)\b/iu;
/** Press contacts named in the text: a weak marker (articles print them too). */
const PRESS_QUERIES = /\b(?:press|media) (?:queries|enquiries|inquiries)\b/iu;
/** A joint or public statement: signed by organisations, addressed to no one. */
export const STATEMENT_TITLE = /^(?:\*\*)?(?:Joint|Public|NGO|Civil society|Common) statement\b/iu;
/** The operative opening of a motion or resolution: "That this House …". */
const MOTION = /^(?:That this (?:House|Parliament|Chamber|Assembly|Council|Senate|Conference)|(?:Be it )?Resolved,? that)\b/mu;
/** A quote introduced on its own line, as releases do: "Jane Doe, Director, said:". */
const QUOTE_INTRO_ALL = /\b(?:said|says|added|commented|stated):[ \t]*$/gmu;
/** Markers of a published article: comment boxes, bylines, sharing prompts. */
const ARTICLE_TEXT = /\b(?:View original post|Please enter your (?:comment|name)|Leave a (?:comment|reply)|Share this article|Sign up for our newsletter|Read more:|Related articles?|Staff Writer|Reporter\s*\||Updated \d{1,2}:\d{2})/iu;
/** Reporting verbs of journalism. */
const REPORTING = /\b(?:said|told|according to|reported)\b/giu;

/** A dateline: "Lyon:", "LONDON —", "Washington, D.C. –" opening a line of prose. */
export const DATELINE = /^(\p{Lu}[\p{L}.'’-]*(?:[ ,]{1,2}\p{Lu}[\p{L}.'’-]*){0,3}(?:,? \(?\p{Lu}[\p{L}.]*\)?)?)\s*(?::|—|–|-{1,2})\s+\S/u;
const DATELINE_SEPARATOR = /[:—–-]/u;
const NOT_PLACE = /^(?:Subject|Re|To|Cc|Note|Notes|Update|Contact|Email|E-mail|Phone|Tel|Fax|Website|Web|Date|From|Da|Signed|Source|Photo|Credit|Media|Press|Open Letter|Letter|Statement|Warning|Summary|Background|Editor|Editors|Correction|Quote|Q|A|Mobile|Ends|Embargo|Embargoed|Attn|Attention|Dear|Title|Headline|Author|By|Signatories|Signatures|Organizations|Organisations|Global|Regional|National|Endnotes|Important|Breaking)$/iu;

/** The place of a dateline on a line, or null. */
export function datelinePlace(s: string): string | null {
  // forty characters of prose after a place, a separator and a space: a shorter line, or one with no separator, has no dateline
  if (s.length < 44 || !DATELINE_SEPARATOR.test(s)) return null;
  const m = DATELINE.exec(s);
  if (!m) return null;
  const place = m[1]!.trim();
  if (NOT_PLACE.test(place) || /\d/u.test(place)) return null;
  // the rest must be running prose, not a list of names ("Sponsors: A; B; C")
  if (s.length - m[0].length < 40) return null;
  if ((s.slice(m[0].length).match(/(?:^|\s)\p{Ll}{2,}/gu)?.length ?? 0) < 2) return null;
  return place;
}

/** A headline that calls the document a letter: "Open Letter to …", "An open letter: …", "Joint letter on …". */
const OPEN_LETTER_TITLE = /^(?:\*\*)?(?:An? )?(?:Open|Joint|Coalition) letter\b/iu;

/** The first `n` non-blank lines, trimmed. */
function firstLines(lines: DocumentText['lines'], n: number): string[] {
  const out: string[] = [];
  for (const l of lines) {
    if (out.length >= n) break;
    if (!l.blank) out.push(l.trimmed);
  }
  return out;
}

export interface KindEvidence {
  readonly letters: readonly LetterLayout[];
  /** Index of the first line of the first letter, or -1. */
  readonly firstLetterLine: number;
  /** The title line index, or null. */
  readonly titleLine: number | null;
}

/** A byline or a reporter's credit: "By Lena Vogt", "Posted by Rachel Ong, Higher Education Correspondent". */
const BYLINE = /^(?:By|Posted by|Written by|Words by|Reporting by)\s+\p{Lu}|\b(?:Correspondent|Staff [Ww]riter|Staff [Rr]eporter|Contributing [Ww]riter)\b/u;
/** An outlet named in a dateline: "Almaty, 20 November 2024 (Steppe Observer) —", "(Reuters) -". */
const OUTLET_DATELINE = /^[\p{Lu}][^()\n]{0,60}\(\p{Lu}[\p{L}.&' ]{1,40}\)\s*[—–-]/u;

/** PRESENTS_LETTER over the text: each of its phrases says "letter" on one line. */
function presentsLetter(doc: DocumentText): boolean {
  return testOnLinesWith(doc, PRESENTS_LETTER, 'letter');
}

/** Quotes introduced on their own line: QUOTE_INTRO_ALL counted where its verbs occur with their colon. */
function countQuoteIntros(text: string): number {
  // the verbs are looked for before the colons only (a document has few)
  let any = false;
  for (let i = text.indexOf(':'); i >= 0 && !any; i = text.indexOf(':', i + 1)) any = QUOTE_VERBS.some((v) => text.startsWith(v, i - v.length));
  return any ? (text.match(QUOTE_INTRO_ALL)?.length ?? 0) : 0;
}

const QUOTE_VERBS = ['said', 'says', 'added', 'commented', 'stated'];

/** A word of every phrase of ARTICLE_TEXT. */
function mayHoldArticleText(doc: DocumentText): boolean {
  return mayHold(doc, 'view original post', 'please enter your', 'leave a ', 'share this article', 'sign up for our newsletter', 'read more:', 'related article', 'staff writer', 'reporter', 'updated ');
}

export function readKind(doc: DocumentText, ev: KindEvidence): DocumentKind {
  const lines = doc.lines;
  const text = doc.text;
  // 1. strong markers of a press release (each pattern searched only when the text holds one of its words)
  let strong = testOnLinesWith(doc, RELEASE_TEXT, 'editors', 'immediate release', 'embargoed') || presentsLetter(doc);
  // weak ones count in twos (a media contact, a quote set on its own line); a dateline counts alone when nothing says journalism
  let weak = countQuoteIntros(text) + (testOnLinesWith(doc, PRESS_QUERIES, 'queries', 'nquiries') ? 1 : 0);
  let dateline = false;
  let byline = false;
  let seen = 0;
  for (const l of lines) {
    if (l.blank) continue;
    const s = l.trimmed;
    seen++;
    if (seen <= 20 && isReleaseLabelAt(lines, l.index)) strong = true;
    if (isEndMark(s) && !/letter/iu.test(s)) strong = true;
    if (isContactHeading(s) && !/^contacts?$/iu.test(stripEnd(s, ': \t'))) weak++;
    if (seen <= 12 && datelinePlace(s)) dateline = true;
    if (seen <= 8 && s.length < 160 && (BYLINE.test(s) || OUTLET_DATELINE.test(s))) byline = true;
  }
  // a joint statement of organisations that addresses no one is a statement, whatever its release apparatus
  const title = ev.titleLine !== null ? (lines[ev.titleLine]?.trimmed ?? '') : '';
  // the genre named by a label line above the headline ("JOINT STATEMENT") or by the headline itself
  const heads = [title, ...firstLines(lines, 4).filter((s) => isGenreLabel(ocrCaps(s)))];
  if (heads.some((s) => STATEMENT_TITLE.test(s)) && ev.letters.every((l) => !l.salutation && l.addresseeLines.length === 0)) return 'statement';
  if (strong) return 'press-release';
  // a motion or resolution ("That this House …") addresses no one and is no release: a statement
  if (ev.letters.length === 0 && (text.includes('That this ') || text.includes('Resolved')) && MOTION.test(text)) return 'statement';
  // "An Open Letter to …", "OPEN LETTER: …": a letter on its own, whatever else it says about itself
  if (ev.letters.length > 0 && heads.some((s) => OPEN_LETTER_TITLE.test(s)) && !presentsLetter(doc)) return 'letter';
  // 2. journalism: a byline, an outlet in the dateline, or reported speech with no voice of its own
  // counted only when a branch below reads them (a document with letters never does)
  let counts: { reporting: number; we: number } | null = null;
  const reportingCounts = () => (counts ??= { reporting: text.match(REPORTING)?.length ?? 0, we: text.match(/\b(?:we|our|us)\b/giu)?.length ?? 0 });
  if (ev.letters.length === 0) {
    if (mayHoldArticleText(doc) && ARTICLE_TEXT.test(text)) return 'article';
    if (byline && !strong) return 'article';
    const { reporting, we } = reportingCounts();
    if (reporting >= 2 && reporting > we * 2 && !(weak >= 2)) return 'article';
  }
  // 3. weak markers
  const release = weak >= 2 || (dateline && !byline);
  if (ev.letters.length > 0) {
    if (release) return 'press-release';
    // prose before the first letter that presents it (beyond its title and a line or two of links)
    let prose = 0;
    for (let i = 0; i < ev.firstLetterLine && i < lines.length; i++) {
      const l = lines[i]!;
      if (l.blank || i === ev.titleLine) continue;
      if (l.trimmed.length > 80 && /\b(?:letter|signatories|signed)\b/iu.test(l.trimmed) && /\b(?:sent|wrote|writes|signed|published|released|delivered)\b/iu.test(l.trimmed)) prose++;
    }
    return prose > 0 ? 'press-release' : 'letter';
  }
  if (release) return 'press-release';
  const { reporting, we } = reportingCounts();
  if (reporting >= 4 && reporting > we) return 'article';
  // reported speech with no voice of its own and no call to action: journalism
  if (reporting >= 1 && we === 0 && !/\b(?:calls? on|calls? for|urges?|demands?|condemns?|welcomes?)\b/iu.test(text)) return 'article';
  return 'statement';
}
