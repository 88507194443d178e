/**
 * Names that stand where a case subject would but are no person: a place
 * named by a facility noun ("Padinska Skela detention unit", "Mageragere
 * Prison"), an outlet or a page ("the outlet Nasha Dumka", "Dan Oan, a
 * Facebook page"), a name in a photo credit ("Photo: Pieter de Groot"), or a
 * name after a locative preposition ("held at Port Hedland"), a law's name
 * ("the Computer Crimes Act"), a dateline ("GENEVA, 3 July 2025 -"), places
 * joined by "and". Read only
 * around the mention, so the cost is constant per name.
 */
import { MONTHS } from '../lexicons/months.js';
import { CREDIT_LABELS, FACILITY_NOUNS, LAW_NOUNS, MEDIA_NOUNS } from '../lexicons/case-vocabulary.js';

const words = (xs: readonly string[]): string => xs.map((x) => x.replace(/ /g, '\\s+')).join('|');
const FACILITY_LAST = new RegExp(`(?:^|\\s)(?:${words(FACILITY_NOUNS)})$`, 'i');
const FACILITY_NEXT = new RegExp(`^\\s+(?:(?:detention|remand|pre-trial|immigration|transit|deportation|migrant|temporary)\\s+)?(?:${words(FACILITY_NOUNS)})\\b`, 'i');
/** "the Computer Crimes Act": a name before a law's head noun (capitalised, as a law's title is). */
const LAW_NEXT = new RegExp(`^\\s+(?:${LAW_NOUNS.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|')})\\b`);
const JOINED = /\s(?:and|&)\s/i;
const MONTH_WORDS = Object.keys(MONTHS).filter((m) => m.length >= 3).join('|');
const DATELINE_AFTER = new RegExp(`^\\s*(?:\\([^)\\n]{1,30}\\)\\s*)?,\\s*(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTH_WORDS})\\b|(?:${MONTH_WORDS})\\.?\\s+\\d{1,2}\\b)`, 'i');
const MEDIA_BEFORE = new RegExp(`\\b(?:${words(MEDIA_NOUNS)})\\s+(?:"\\s*)?$`, 'i');
const MEDIA_APPOSITION = new RegExp(`^"?\\s*,\\s+(?:an?|the)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:${words(MEDIA_NOUNS)}|${words(FACILITY_NOUNS)})(?=\\s*[,.;:)]|\\s+(?:of|in|at|on|near|where|which|that|run|based)\\b)`, 'iu');
const CREDIT = `(?:${words(CREDIT_LABELS)})(?:\\s+by\\s+|\\s*[:\\-–—/|]\\s*)(?:[\\p{L}'.-]+\\s+){0,2}$`;
/** "Photo: X" opening its line, "(Photo by X)" anywhere, "© X". */
const CREDIT_LINE = new RegExp(`^\\s*${CREDIT}`, 'iu');
const CREDIT_INLINE = new RegExp(`(?:\\(\\s*${CREDIT})|(?:(?:©|\\(c\\))\\s*(?:[\\p{L}'.-]+\\s+){0,2}$)`, 'iu');
const LOCATIVE_BEFORE = /\b(?:in|at|into|near|inside|outside)\s+(?:the\s+)?$/i;

/** True when the name at [start, end) of `text` is a place, an outlet, a page or a photo credit, not a person. */
export function notAPerson(text: string, start: number, end: number, locative = false): boolean {
  const name = text.slice(start, end);
  // one person's name never joins two with "and" ("Lyon and Caracas")
  if (FACILITY_LAST.test(name) || JOINED.test(name)) return true;
  const after = text.slice(end, end + 60);
  if (FACILITY_NEXT.test(after) || MEDIA_APPOSITION.test(after) || LAW_NEXT.test(after)) return true;
  const lineStart = lineStartNear(text, start);
  // a dateline: the place that opens a line before its date ("GENEVA, 3 July 2025 -")
  if (start - lineStart <= 2 && DATELINE_AFTER.test(after)) return true;
  const before = text.slice(Math.max(lineStart, start - 40), start);
  if (MEDIA_BEFORE.test(before) || CREDIT_INLINE.test(before)) return true;
  if (start - lineStart <= 40 && CREDIT_LINE.test(text.slice(lineStart, start))) return true;
  return locative && LOCATIVE_BEFORE.test(before);
}

/** How far back a line start is looked for: the rules above only need the last 40 characters. */
const LINE_LOOKBACK = 80;

/**
 * The start of the line that holds `at`, looked for at most LINE_LOOKBACK
 * characters back (an unbounded search is quadratic on one long line); further
 * back, a position past the look-back, which no rule above treats as near.
 */
function lineStartNear(text: string, at: number): number {
  const stop = Math.max(0, at - LINE_LOOKBACK);
  for (let i = at - 1; i >= stop; i--) if (text.charCodeAt(i) === 10) return i + 1;
  return stop === 0 ? 0 : stop - 1;
}
