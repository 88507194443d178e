import type { DateMention } from '../model/date.js';
import type { DocumentText } from '../text/document-text.js';

/** Options of `findDates`. */
export interface FindDatesOptions {
  /** Resolves relative mentions ("last year", "Thursday"): "2021-11-15". */
  referenceDate?: string | Date;
  /** How to read 03/04/2021: day first (default) or month first. */
  dateOrder?: 'dmy' | 'mdy';
}

/** Every date mention in a string, normalised. */
export function findDates(text: string, options: FindDatesOptions = {}): DateMention[] {
  void text;
  void options;
  return [];
}

/** Every date mention in the document, before the document date is known. */
export function findDateMentions(doc: DocumentText): DateMention[] {
  void doc;
  return [];
}
