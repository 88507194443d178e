/**
 * Parsing many documents: `parseMany` over an iterable or async iterable of
 * texts, yielding one result per input, in order. Core code: no Node-only
 * imports; for files and worker threads see `undersigned/node`.
 *
 * @module
 */
import type { CampaignDocument } from './model/document.js';
import type { ParseOptions } from './model/options.js';
import { parse } from './parse.js';

/** One input of `parseMany`: a text, or a text with where it came from. */
export type BatchInput = string | { text: string; source?: string | null };

/** Options of `parseMany`: those of `parse`, applied to every input. */
export interface ParseManyOptions extends Omit<ParseOptions, 'source'> {
  /** Stops the run between two documents. */
  signal?: AbortSignal;
}

/**
 * Parses each input in turn and yields its `CampaignDocument`, in input order.
 * An input `{ text, source }` gives its source to its document; a plain string
 * has none. Like `parse`, it never throws on a string; an input that is not a
 * string nor `{ text: string }` is a TypeError.
 *
 * @example
 * for await (const doc of parseMany([{ text, source: 'letter.txt' }])) console.log(doc.source, doc.letters.length);
 */
export async function* parseMany(
  inputs: Iterable<BatchInput> | AsyncIterable<BatchInput>,
  options: ParseManyOptions = {},
): AsyncGenerator<CampaignDocument, void, undefined> {
  const { signal, ...parseOptions } = options ?? {};
  for await (const input of inputs) {
    signal?.throwIfAborted();
    if (typeof input === 'string') yield parse(input, parseOptions);
    else if (input !== null && typeof input === 'object' && typeof input.text === 'string') {
      const source = typeof input.source === 'string' ? input.source : undefined;
      yield parse(input.text, source === undefined ? parseOptions : { ...parseOptions, source });
    } else throw new TypeError(`parseMany expects strings or { text, source } objects, got ${input === null ? 'null' : typeof input}`);
  }
}
