import { z } from 'zod';

/** Offsets in UTF-16 code units into the original input: `input.slice(start, end)` is the evidence. */
export const Span = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .meta({ id: 'Span', description: 'UTF-16 offsets into the original input; input.slice(start, end) is the evidence.' });
export type Span = z.infer<typeof Span>;

/** One place in the text where a thing is named. */
export const Mention = z
  .object({
    text: z.string(),
    span: Span,
  })
  .meta({ id: 'Mention', description: 'A place in the input where a value is named.' });
export type Mention = z.infer<typeof Mention>;
