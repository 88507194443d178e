import { z } from 'zod';

/** Options of `parse`. */
export const ParseOptions = z
  .object({
    /** Resolves relative dates when the document has no date of its own: "2021-11-15". */
    referenceDate: z.union([z.string(), z.date()]).optional(),
    /** Where the text came from (a path or URL); copied to the result. */
    source: z.string().optional(),
    /** How to read 03/04/2021 when the document does not show it: day first (default) or month first. */
    dateOrder: z.enum(['dmy', 'mdy']).optional(),
    /** Past this many characters `parse` returns a diagnostic instead of reading the text. */
    maxLength: z.number().int().positive().optional(),
  })
  .meta({ id: 'ParseOptions' });
export type ParseOptions = z.input<typeof ParseOptions>;
