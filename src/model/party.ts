import { z } from 'zod';
import { CountryRef } from './country.js';
import { Span } from './span.js';

/** A signatory or an addressee of a letter: a person or an organisation. */
export const Party = z
  .object({
    name: z.string().describe('the name without honorifics and post-nominals'),
    kind: z.enum(['person', 'organization']),
    honorifics: z.array(z.string()).describe('forms of address, without trailing full stops'),
    postNominals: z.array(z.string()),
    role: z.string().nullable().describe('the office or position'),
    organization: z.string().nullable().describe('the organisation the party acts for'),
    country: CountryRef.nullable().describe('the country the entry attaches to the party'),
    politicalParty: z.string().nullable().optional().describe('a party tag such as "D-WA" or "(Labour)"'),
    description: z.string().nullable().optional().describe('the rest of the entry that is neither role nor organisation'),
    span: Span,
    text: z.string(),
  })
  .meta({ id: 'Party', description: 'A signatory or addressee, read from its own entry.' });
export type Party = z.infer<typeof Party>;
