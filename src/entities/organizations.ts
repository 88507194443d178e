import type { Letter } from '../model/letter.js';
import type { Organization } from '../model/entities.js';
import type { DocumentText } from '../text/document-text.js';
import type { DocumentStructure } from '../structure/types.js';

/** Every named organisation, once, with its aliases. */
export function findOrganizations(doc: DocumentText, structure: DocumentStructure, letters: readonly Letter[]): Organization[] {
  void doc;
  void structure;
  void letters;
  return [];
}
