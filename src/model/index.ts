export { Span, Mention } from './span.js';
export { CountryRef } from './country.js';
export { DateMention, DateValue } from './date.js';
export { Party } from './party.js';
export { Letter } from './letter.js';
export { Person, Organization, Contact, Quote, Diagnostic } from './entities.js';
export { CitedCase, CaseEvent, Mechanism, CaseEventType, CaseStatus } from './case.js';
export { CampaignDocument, DocumentKind, Anatomy, Embargo, SCHEMA_VERSION } from './document.js';
