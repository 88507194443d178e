/**
 * Spaces as the `\s` of a regular expression reads them, tested on character
 * codes: for loops that split or fold short strings without a regex.
 */

/** True for the characters `\s` matches. */
export function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The runs of characters between spaces: what `s.split(/\s+/u)` gives, empty pieces left out. */
export function splitOnSpaces(s: string): string[] {
  const out: string[] = [];
  let from = -1;
  for (let i = 0; i < s.length; i++) {
    if (isSpaceCode(s.charCodeAt(i))) {
      if (from >= 0) out.push(s.slice(from, i));
      from = -1;
    } else if (from < 0) from = i;
  }
  if (from >= 0) out.push(s.slice(from));
  return out;
}

/** How many runs of characters between spaces `s` holds, counted up to `limit` (a count above it is `limit`). */
export function countRunsUpTo(s: string, limit: number): number {
  let n = 0;
  let inRun = false;
  for (let i = 0; i < s.length && n < limit; i++) {
    const space = isSpaceCode(s.charCodeAt(i));
    if (!space && !inRun) n++;
    inRun = !space;
  }
  return n;
}
