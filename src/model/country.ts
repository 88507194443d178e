import { z } from 'zod';
import { Mention } from './span.js';

/** A country by its ISO 3166-1 alpha-2 code, or "EU" for the European Union. */
export const CountryRef = z
  .object({
    code: z.string().regex(/^[A-Z]{2}$/),
    name: z.string(),
    mentions: z.array(Mention).optional(),
  })
  .meta({ id: 'CountryRef', description: 'A country: ISO 3166-1 alpha-2 code (or "EU"), its English short name, and where the text names it.' });
export type CountryRef = z.infer<typeof CountryRef>;
