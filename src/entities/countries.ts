import type { CountryRef } from '../model/country.js';
import type { Mention } from '../model/span.js';
import type { DocumentText } from '../text/document-text.js';

/** One place where the text names a country, and how it was named. */
export interface CountryMention extends Mention {
  readonly code: string;
  readonly how: 'name' | 'official-name' | 'short-form' | 'demonym' | 'capital' | 'code';
}

/** Every country mention in the document. */
export function findCountryMentions(doc: DocumentText): CountryMention[] {
  void doc;
  return [];
}

/** The country a phrase names ("the UK", "Germany", "Spanish"), or null. */
export function resolveCountry(text: string): CountryRef | null {
  void text;
  return null;
}
