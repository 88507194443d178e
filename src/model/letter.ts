import { z } from 'zod';
import { DateMention } from './date.js';
import { Party } from './party.js';
import { Mention, Span } from './span.js';

/** A letter the document carries: its address block, parts and signatures. */
export const Letter = z
  .object({
    span: Span,
    date: DateMention.nullable(),
    subject: z.string().nullable(),
    salutation: z.string().nullable(),
    closing: z.string().nullable(),
    signOff: z.string().nullable().optional().describe('a collective sign-off such as "MEMBERS OF THE …"; not a signatory'),
    addressees: z.array(Party),
    signatories: z.array(Party),
    cc: z.array(Party).optional().describe('recipients of a copy; not addressees'),
    parts: z
      .object({
        subject: Mention.nullable(),
        salutation: Mention.nullable(),
        closing: Mention.nullable(),
        signOff: Mention.nullable(),
        body: Span.nullable(),
      })
      .optional(),
  })
  .meta({ id: 'Letter', description: 'A letter carried by the document.' });
export type Letter = z.infer<typeof Letter>;
