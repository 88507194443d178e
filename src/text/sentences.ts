/**
 * Sentences with their offsets, cut by retext-english (parse-english) on
 * bounded pieces of text: parse-english is super-linear on one large input,
 * so a block longer than MAX_PIECE is cut at a space first. The cost of a
 * document is therefore linear in its length.
 */
import type { Root, Sentence as NlcstSentence } from 'nlcst';
import { ParseEnglish } from 'parse-english';

export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The longest piece given to the sentence parser at once. */
export const MAX_PIECE = 4000;

const parser = new ParseEnglish();

/** Sentences of `text.slice(start, end)`, with offsets into `text`. */
export function sentences(text: string, start = 0, end = text.length): Sentence[] {
  const out: Sentence[] = [];
  let at = start;
  while (at < end) {
    let stop = Math.min(end, at + MAX_PIECE);
    if (stop < end) {
      // Cut at the last space or line break of the piece's second half; the
      // scan stays inside the piece (lastIndexOf would run back to the start
      // of a text without spaces, making the whole loop quadratic).
      const floor = at + MAX_PIECE / 2;
      let cut = stop;
      while (cut > floor) {
        const c = text.charCodeAt(cut);
        if (c === 32 || c === 10) break;
        cut--;
      }
      if (cut > floor) stop = cut;
    }
    piece(text, at, stop, out);
    at = stop;
  }
  return out;
}

function piece(text: string, start: number, end: number, out: Sentence[]): void {
  const slice = text.slice(start, end);
  let tree: Root;
  try {
    tree = parser.parse(slice);
  } catch {
    out.push({ start, end, text: slice });
    return;
  }
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const node of paragraph.children) {
      if (node.type !== 'SentenceNode') continue;
      const s = node as NlcstSentence;
      const from = s.position?.start.offset;
      const to = s.position?.end.offset;
      if (from === undefined || to === undefined) continue;
      out.push({ start: start + from, end: start + to, text: slice.slice(from, to) });
    }
  }
}
