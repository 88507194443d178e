import type { Letter } from '../model/letter.js';
import type { DocumentText } from '../text/document-text.js';
import type { DocumentStructure } from './types.js';

/** Turns each letter layout into a Letter with its addressees and signatories. */
export function readLetters(doc: DocumentText, structure: DocumentStructure): Letter[] {
  void doc;
  void structure;
  return [];
}
