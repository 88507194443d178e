import type { DocumentText } from '../text/document-text.js';
import type { DocumentStructure } from './types.js';

/** Reads the document's kind, headline, embargo, dateline, notes and letters. */
export function readStructure(doc: DocumentText): DocumentStructure {
  void doc;
  return {
    kind: 'unknown',
    title: null,
    anatomy: { embargo: null, headline: null, dateline: null, body: null, notes: null, contactsBlock: null, endMarks: [] },
    letters: [],
  };
}
