import type { CitedCase } from '../model/case.js';
import type { DateMention } from '../model/date.js';
import type { Person } from '../model/entities.js';
import type { DocumentText } from '../text/document-text.js';
import type { CountryMention } from '../entities/countries.js';

export interface CaseInputs {
  readonly people: readonly Person[];
  readonly countries: readonly CountryMention[];
  readonly dates: readonly DateMention[];
  readonly documentDate: DateMention | null;
}

/** Cases of named people pursued by a state: notices, extradition requests, arrests. */
export function findCases(doc: DocumentText, inputs: CaseInputs): CitedCase[] {
  void doc;
  void inputs;
  return [];
}
