import type { Person, Quote } from '../model/entities.js';
import type { DocumentText } from '../text/document-text.js';

/** Direct quotations and their attributed speakers. */
export function findQuotes(doc: DocumentText, people: readonly Person[]): Quote[] {
  void doc;
  void people;
  return [];
}
