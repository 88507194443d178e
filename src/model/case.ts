import { z } from 'zod';
import { CountryRef } from './country.js';
import { DateMention } from './date.js';
import { Mention } from './span.js';

export const Mechanism = z.enum(['red-notice', 'diffusion', 'extradition-request', 'arrest', 'other']);
export type Mechanism = z.infer<typeof Mechanism>;

export const CaseEventType = z.enum(['issued', 'arrested', 'detained', 'charged', 'sentenced', 'extradited', 'deported', 'deleted', 'released']);
export type CaseEventType = z.infer<typeof CaseEventType>;

export const CaseStatus = z.enum(['active', 'deleted', 'released', 'unknown']);
export type CaseStatus = z.infer<typeof CaseStatus>;

export const CaseEvent = z
  .object({
    type: CaseEventType,
    country: CountryRef.nullable(),
    date: DateMention.nullable(),
    mentions: z.array(Mention).optional(),
  })
  .meta({ id: 'CaseEvent' });
export type CaseEvent = z.infer<typeof CaseEvent>;

/** A named person whose pursuit the text cites. */
export const CitedCase = z
  .object({
    subject: z.string(),
    mechanism: Mechanism,
    requestingState: CountryRef.nullable(),
    events: z.array(CaseEvent),
    status: CaseStatus,
    duration: Mention.nullable().optional().describe('how long the notice or detention lasted, as stated ("nearly 20 years")'),
    mentions: z.array(Mention),
  })
  .meta({ id: 'CitedCase', description: 'A person whose pursuit the text cites: notice, extradition request, arrest.' });
export type CitedCase = z.infer<typeof CitedCase>;
