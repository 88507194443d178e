// Builds the DocumentText and an empty structure the entity recognisers read,
// so that their tests do not depend on the structure and party stages.
import type { DocumentStructure } from '../../src/structure/types.js';
import { makeDocumentText, type DocumentText } from '../../src/text/document-text.js';
import { normalise } from '../../src/text/normalise.js';
import { segment } from '../../src/text/segment.js';

export function docOf(input: string): DocumentText {
  const norm = normalise(input);
  const { lines, blocks } = segment(norm.text);
  return makeDocumentText(norm, lines, blocks, { source: null, referenceDate: null, dateOrder: null, maxLength: 1_000_000 });
}

export const NO_STRUCTURE: DocumentStructure = {
  kind: 'unknown',
  title: null,
  anatomy: { embargo: null, headline: null, dateline: null, body: null, notes: null, contactsBlock: null, endMarks: [] },
  letters: [],
};
