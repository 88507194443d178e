/**
 * What the structure stage finds: the document's kind and anatomy, and the
 * layout of each letter it carries, as line ranges for the parties stage.
 * Offsets are in normalised-text coordinates.
 */
import type { DateMention } from '../model/date.js';
import type { Anatomy, DocumentKind } from '../model/document.js';
import type { Mention, Span } from '../model/span.js';

export interface LetterLayout {
  readonly span: Span;
  /** Lines (indexes) of the address block: one party an entry. */
  readonly addresseeLines: readonly number[];
  /** Lines of a cc / Copy block. */
  readonly ccLines: readonly number[];
  /** The letter's date, with its value from the date recogniser. */
  readonly date: DateMention | null;
  readonly subject: Mention | null;
  readonly salutation: Mention | null;
  readonly body: Span | null;
  readonly closing: Mention | null;
  readonly signOff: Mention | null;
  /** Lines of the signature block. */
  readonly signatureLines: readonly number[];
}

export interface DocumentStructure {
  readonly kind: DocumentKind;
  readonly title: Mention | null;
  readonly anatomy: Anatomy;
  readonly letters: readonly LetterLayout[];
}
