/**
 * Segmentation: lines and blocks (runs of non-blank lines). One linear pass.
 * Sentences are cut inside prose blocks by `sentences.ts`, on demand.
 */

export interface Line {
  /** Index of the line in the document. */
  readonly index: number;
  /** Offsets in the normalised text, without the newline. */
  readonly start: number;
  readonly end: number;
  /** The line's text, as in the normalised text. */
  readonly text: string;
  /** Offsets of the line without leading and trailing spaces. */
  readonly trimStart: number;
  readonly trimEnd: number;
  /** The trimmed text. */
  readonly trimmed: string;
  /** True when the line holds nothing but spaces. */
  readonly blank: boolean;
}

export interface Block {
  /** Index of the block in the document. */
  readonly index: number;
  /** Index of its first and last line (inclusive). */
  readonly firstLine: number;
  readonly lastLine: number;
  readonly start: number;
  readonly end: number;
}

export interface Segments {
  readonly lines: readonly Line[];
  readonly blocks: readonly Block[];
}

export function segment(text: string): Segments {
  const lines: Line[] = [];
  let start = 0;
  const n = text.length;
  while (start <= n) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = n;
    let ts = start;
    while (ts < end && isSpace(text.charCodeAt(ts))) ts++;
    let te = end;
    while (te > ts && isSpace(text.charCodeAt(te - 1))) te--;
    lines.push({
      index: lines.length,
      start,
      end,
      text: text.slice(start, end),
      trimStart: ts,
      trimEnd: te,
      trimmed: text.slice(ts, te),
      blank: te === ts,
    });
    if (end === n) break;
    start = end + 1;
  }
  const blocks: Block[] = [];
  let first = -1;
  for (const line of lines) {
    if (!line.blank && first < 0) first = line.index;
    if (line.blank && first >= 0) {
      blocks.push(makeBlock(blocks.length, lines, first, line.index - 1));
      first = -1;
    }
  }
  if (first >= 0) blocks.push(makeBlock(blocks.length, lines, first, lines.length - 1));
  return { lines, blocks };
}

function makeBlock(index: number, lines: Line[], first: number, last: number): Block {
  return { index, firstLine: first, lastLine: last, start: lines[first]!.trimStart, end: lines[last]!.trimEnd };
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9;
}
