import { z } from 'zod';
import { CitedCase } from './case.js';
import { CountryRef } from './country.js';
import { DateMention } from './date.js';
import { Contact, Diagnostic, Organization, Person, Quote } from './entities.js';
import { Letter } from './letter.js';
import { Mention, Span } from './span.js';

/** The version of this model; it changes when a field changes meaning or shape. */
export const SCHEMA_VERSION = '1.0.0';

export const DocumentKind = z.enum(['press-release', 'letter', 'article', 'statement', 'unknown']);
export type DocumentKind = z.infer<typeof DocumentKind>;

/** An embargo line: its date, time and time zone as written. */
export const Embargo = z
  .object({
    text: z.string(),
    span: Span,
    date: DateMention.nullable(),
    time: z.string().nullable(),
    zone: z.string().nullable(),
  })
  .meta({ id: 'Embargo' });
export type Embargo = z.infer<typeof Embargo>;

/** The parts of the document outside its letters. */
export const Anatomy = z
  .object({
    embargo: Embargo.nullable(),
    headline: Mention.nullable(),
    dateline: Mention.nullable(),
    body: Span.nullable(),
    notes: Span.nullable(),
    contactsBlock: Span.nullable(),
    endMarks: z.array(Mention),
  })
  .meta({ id: 'Anatomy' });
export type Anatomy = z.infer<typeof Anatomy>;

/** What `parse` returns for one document. */
export const CampaignDocument = z
  .object({
    schemaVersion: z.string(),
    source: z.string().nullable(),
    kind: DocumentKind,
    title: z.string().nullable(),
    date: DateMention.nullable(),
    anatomy: Anatomy,
    letters: z.array(Letter),
    people: z.array(Person),
    organizations: z.array(Organization),
    countries: z.array(CountryRef),
    dates: z.array(DateMention),
    cases: z.array(CitedCase),
    contacts: z.array(Contact),
    quotes: z.array(Quote),
    diagnostics: z.array(Diagnostic),
  })
  .meta({ id: 'CampaignDocument', title: 'CampaignDocument', description: 'The typed model of one campaign document.' });
export type CampaignDocument = z.infer<typeof CampaignDocument>;
