import type { Letter } from '../model/letter.js';
import type { Organization, Person } from '../model/entities.js';
import type { DocumentText } from '../text/document-text.js';
import type { DocumentStructure } from '../structure/types.js';

/** Every named real person, once, with all mentions merged. */
export function findPeople(doc: DocumentText, structure: DocumentStructure, letters: readonly Letter[], organizations: readonly Organization[]): Person[] {
  void doc;
  void structure;
  void letters;
  void organizations;
  return [];
}
