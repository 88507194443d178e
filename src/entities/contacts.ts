import type { Contact } from '../model/entities.js';
import type { DocumentText } from '../text/document-text.js';

/** Email addresses, phone numbers, URLs and social handles. */
export function findContacts(doc: DocumentText): Contact[] {
  void doc;
  return [];
}
