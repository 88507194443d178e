/**
 * Cheap tests before a case-insensitive regular expression runs over a whole
 * document: a pattern of ASCII words can match only where the lower-cased
 * text holds one of its words. The lower-cased text is made once a document.
 * A long s ("ſ") matches "s" under the `iu` flags without lower-casing to it:
 * a text that holds one is always searched.
 */
import type { DocumentText } from '../text/document-text.js';

interface Lowered {
  readonly lower: string;
  /** A long s, or a character whose lower case is longer (offsets of the lower case would not be the text's). */
  readonly exotic: boolean;
}

const LOWERED = new WeakMap<DocumentText, Lowered>();

function lowered(doc: DocumentText): Lowered {
  let l = LOWERED.get(doc);
  if (!l) {
    const lower = doc.text.toLowerCase();
    l = { lower, exotic: doc.text.includes('\u017f') || lower.length !== doc.text.length };
    LOWERED.set(doc, l);
  }
  return l;
}

/** False only when no case of any of the (lower-case) words occurs in the document's text. */
export function mayHold(doc: DocumentText, ...words: readonly string[]): boolean {
  const { lower, exotic } = lowered(doc);
  return exotic || words.some((w) => lower.includes(w));
}

/**
 * `re.test(doc.text)` for a pattern (not global) whose every match holds one
 * of the (lower-case) words and stays on one line (no spaces but " " in it):
 * the pattern is tried only on the lines that hold one of the words.
 */
export function testOnLinesWith(doc: DocumentText, re: RegExp, ...words: readonly string[]): boolean {
  const { lower, exotic } = lowered(doc);
  if (exotic) return re.test(doc.text);
  const lines = doc.lines;
  const tried = new Set<number>();
  for (const w of words) {
    for (let at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + 1)) {
      const i = lineAt(lines, at);
      if (tried.has(i)) continue;
      tried.add(i);
      if (re.test(lines[i]!.text)) return true;
    }
  }
  return false;
}

/** The index of the line that holds an offset. */
function lineAt(lines: DocumentText['lines'], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
