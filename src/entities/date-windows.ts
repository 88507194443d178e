/**
 * Running a bounded pattern only where it can match: in windows around the
 * hits of a cheap anchor pattern that every one of its matches contains (a
 * month's name for "15 November 2021"), instead of over the whole text.
 *
 * The matches are exactly those of a scan over the whole text:
 * - a window runs from `BEFORE` characters before a hit to `REACH` after it,
 *   widened to open after an ASCII character that is neither a letter nor a
 *   digit, so the pattern's opening lookbehind sees there what it sees in the
 *   whole text; overlapping windows are merged;
 * - every match of the whole text holds an anchor hit at most `BEFORE` past
 *   its start, so it starts inside a window, at least `REACH` before its end;
 * - a pattern reads less than `REACH` characters past where it starts (its
 *   longest match and lookahead), so from such a start the window's text
 *   reads as the whole text does; matches that start later may be cut short
 *   by the window's end, and are dropped (no match of the whole text starts
 *   there, unless the window ends with the text);
 * - between windows no match can start, so a scan window by window meets the
 *   matches in the same order, none overlapping.
 *
 * The anchors are looser than the patterns (any case, no boundary before),
 * so they may find more than the patterns need, never less.
 */

/** How far before its anchor a match may start (the longest pattern needs 49). */
const BEFORE = 64;
/** How far past its start a pattern may read (the longest needs about 90). */
const REACH = 160;

/** Whether a window may open after this character: ASCII, neither letter nor digit. */
function opensAfter(c: number): boolean {
  return c < 128 && !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122));
}

/** Whether a UTF-16 code unit is an ASCII letter. */
function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Windows around hits at the given offsets (ascending), as flat pairs [start, end, start, end, …]. */
export function windowsAt(text: string, hits: readonly number[]): number[] {
  const out: number[] = [];
  for (const at of hits) {
    const prevEnd = out.length ? out[out.length - 1]! : 0;
    let start = Math.max(0, at - BEFORE);
    while (start > prevEnd && !opensAfter(text.charCodeAt(start - 1))) start--;
    const end = Math.min(text.length, at + REACH);
    if (out.length && start <= prevEnd) out[out.length - 1] = Math.max(prevEnd, end);
    else out.push(start, end);
  }
  return out;
}

/** Windows around the hits of `anchor` (global); hits for which `skip` holds are left out. */
export function windowsAround(text: string, anchor: RegExp, skip?: (hit: string) => boolean): number[] {
  const hits: number[] = [];
  anchor.lastIndex = 0;
  for (let m = anchor.exec(text); m; m = anchor.exec(text)) if (!skip?.(m[0])) hits.push(m.index);
  return windowsAt(text, hits);
}

/**
 * A text in lower case with its offsets unchanged, to find anchor words with `indexOf`; null when lower-casing
 * moves them ("İ" becomes two characters). "ſ" is read as the "s" it matches in a pattern without case.
 */
export function lowerOf(text: string): string | null {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return null;
  return lower.includes('\u017f') ? lower.replaceAll('\u017f', 's') : lower;
}

/** Words that anchor a family of patterns, found in any case: as patterns over the lower case and over the text. */
export interface AnchorWords {
  readonly inLower: RegExp;
  readonly inText: RegExp;
  /** A word that does not count when written just so ("may", the verb). */
  readonly not?: string;
}

/**
 * Anchor words (in lower case): `words` anywhere, `closedWords` only where no letter follows them (the patterns want
 * none there). A scan of the lower case (same offsets) without case folding is the cheaper of the two.
 */
export function anchorWords(words: readonly string[], closedWords: readonly string[] = [], not?: string): AnchorWords {
  const parts: string[] = [];
  if (closedWords.length) parts.push(`(?:${closedWords.join('|')})(?![a-z])`);
  if (words.length) parts.push(`(?:${words.join('|')})`);
  const source = parts.join('|');
  return { inLower: new RegExp(source, 'g'), inText: new RegExp(source, 'giu'), not };
}

/**
 * Where the anchor words stand in text, ascending; `lower` is `lowerOf(text)`. The hits are runs of letters, so none
 * runs across the start of a match (a letter never stands just before one); a word a hit hides starts inside it.
 */
export function hitsOfWords(text: string, lower: string | null, anchor: AnchorWords): number[] {
  const hits: number[] = [];
  const re = lower === null ? anchor.inText : anchor.inLower;
  const subject = lower ?? text;
  re.lastIndex = 0;
  for (let m = re.exec(subject); m; m = re.exec(subject)) {
    if (anchor.not !== undefined && m[0] === anchor.not && text.startsWith(anchor.not, m.index)) continue;
    hits.push(m.index);
  }
  return hits;
}

/** Windows around the anchor words in text. */
export function windowsOfWords(text: string, lower: string | null, anchor: AnchorWords): number[] {
  return windowsAt(text, hitsOfWords(text, lower, anchor));
}

/**
 * The matches of a sticky pattern `re` that opens with an anchor word (after a lookbehind that wants no letter before
 * it), tried only at the anchor hits: as a scan of the whole text finds them, since a match can start nowhere else
 * (a word a hit hides has a letter just before it). Each try reads the whole text, so lookarounds see what they see.
 */
export function matchesAt(text: string, re: RegExp, hits: readonly number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let free = 0;
  for (const at of hits) {
    if (at < free) continue;
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) continue;
    out.push(m);
    free = at + Math.max(1, m[0].length);
  }
  re.lastIndex = 0;
  return out;
}

/** Windows around the digits 0 and 1 beside a letter, or beside a character that may be one (any but ASCII). */
export function windowsOfLetterDigits(text: string): number[] {
  const maybeLetter = (c: number): boolean => isAsciiLetter(c) || c >= 128;
  const hits: number[] = [];
  for (const d of ['0', '1']) {
    for (let at = text.indexOf(d); at >= 0; at = text.indexOf(d, at + 1)) {
      if ((at > 0 && maybeLetter(text.charCodeAt(at - 1))) || maybeLetter(text.charCodeAt(at + 1))) hits.push(at);
    }
  }
  return windowsAt(text, hits.sort((a, b) => a - b));
}

/** The matches of `re` (global, every match holding an anchor of `windows`) in text, as a scan of the whole text finds them; `index` is in the whole text. */
export function matchesIn(text: string, re: RegExp, windows: readonly number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (let k = 0; k < windows.length; k += 2) {
    const start = windows[k]!;
    const end = windows[k + 1]!;
    const part = start === 0 && end === text.length ? text : text.slice(start, end);
    // Past this start a match may be cut short by the window's end (unless the window ends with the text).
    const last = end === text.length ? Infinity : end - REACH - start;
    re.lastIndex = 0;
    for (let m = re.exec(part); m; m = re.exec(part)) {
      if (m.index > last) break;
      if (!m[0]) re.lastIndex++;
      m.index += start;
      out.push(m);
    }
  }
  re.lastIndex = 0; // as `matchAll` elsewhere starts from it
  return out;
}
