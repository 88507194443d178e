import { z } from 'zod';
import { Mention, Span } from './span.js';

/** A real person the text names, once, with every mention merged. */
export const Person = z
  .object({
    name: z.string(),
    mentions: z.array(Mention),
  })
  .meta({ id: 'Person', description: 'A named person, all mentions merged.' });
export type Person = z.infer<typeof Person>;

/** A named organisation, once, with its aliases (acronyms, short forms). */
export const Organization = z
  .object({
    name: z.string(),
    aliases: z.array(z.string()),
    mentions: z.array(Mention),
  })
  .meta({ id: 'Organization', description: 'A named organisation, aliases merged.' });
export type Organization = z.infer<typeof Organization>;

/** A press contact: an email address, a phone number, or a URL or social handle. */
export const Contact = z
  .object({
    type: z.enum(['email', 'phone', 'url']),
    value: z.string(),
    span: Span,
    text: z.string(),
  })
  .meta({ id: 'Contact', description: 'An email address, phone number or URL.' });
export type Contact = z.infer<typeof Contact>;

/** A direct quotation and the speaker the text attributes it to. */
export const Quote = z
  .object({
    text: z.string(),
    speaker: z.string().nullable(),
    span: Span,
  })
  .meta({ id: 'Quote', description: 'A direct quotation with its speaker, where the text attributes one.' });
export type Quote = z.infer<typeof Quote>;

/** What the parser saw but could not read. `code` is stable. */
export const Diagnostic = z
  .object({
    code: z.string(),
    message: z.string(),
    span: Span.optional(),
  })
  .meta({ id: 'Diagnostic', description: 'Something the parser saw but could not read.' });
export type Diagnostic = z.infer<typeof Diagnostic>;
