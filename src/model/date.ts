import { z } from 'zod';
import { Span } from './span.js';

/**
 * A date mention. `value` is a day (2021-11-15), a month (2021-11), a year (2021),
 * or a range of two of those joined by a slash (2021-11-23/2021-11-25, 2014/2017).
 */
export const DateValue = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?(?:\/\d{4}(?:-\d{2}(?:-\d{2})?)?)?$/);

export const DateMention = z
  .object({
    value: DateValue,
    text: z.string(),
    span: Span,
    relative: z.boolean().optional().describe('true when the mention was resolved against the document date or a reference date'),
  })
  .meta({ id: 'DateMention', description: 'A date mention and its normalised value.' });
export type DateMention = z.infer<typeof DateMention>;
