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
  readonly exotic: boolean;
}

const LOWERED = new WeakMap<DocumentText, Lowered>();

function lowered(doc: DocumentText): Lowered {
  let l = LOWERED.get(doc);
  if (!l) {
    l = { lower: doc.text.toLowerCase(), exotic: doc.text.includes('\u017f') };
    LOWERED.set(doc, l);
  }
  return l;
}

/** False only when no case of any of the (lower-case) words occurs in the document's text. */
export function mayHold(doc: DocumentText, ...words: readonly string[]): boolean {
  const { lower, exotic } = lowered(doc);
  return exotic || words.some((w) => lower.includes(w));
}
