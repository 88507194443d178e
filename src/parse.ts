import { SCHEMA_VERSION, type CampaignDocument } from './model/document.js';
import type { ParseOptions } from './model/options.js';
import { runPipeline } from './pipeline.js';
import type { ResolvedOptions } from './text/document-text.js';

/** The default `maxLength`: 20 million characters. */
export const DEFAULT_MAX_LENGTH = 20_000_000;

/**
 * Reads a campaign document and returns its typed model.
 *
 * Pure, synchronous and deterministic. It never throws on a string: what it
 * cannot read becomes a diagnostic. A non-string argument is a TypeError.
 *
 * @example
 * const doc = parse(text, { source: 'letter.txt' });
 * for (const letter of doc.letters) for (const s of letter.signatories) console.log(s.name, s.country?.code);
 */
export function parse(text: string, options: ParseOptions = {}): CampaignDocument {
  if (typeof text !== 'string') throw new TypeError(`parse expects a string, got ${text === null ? 'null' : typeof text}`);
  const resolved = resolveOptions(options ?? {});
  if (text.length > resolved.maxLength) {
    return emptyDocument(resolved, {
      code: 'input.too-long',
      message: `the input has ${text.length} characters, more than maxLength (${resolved.maxLength}); it was not read`,
      span: { start: 0, end: text.length },
    });
  }
  try {
    return runPipeline(text, resolved);
  } catch (error) {
    return emptyDocument(resolved, {
      code: 'internal.error',
      message: `the parser failed on this input: ${error instanceof Error ? error.message : String(error)}`,
    });
  }
}

function resolveOptions(options: ParseOptions): ResolvedOptions {
  let referenceDate: string | null = null;
  const ref = options.referenceDate;
  if (ref instanceof Date && !Number.isNaN(ref.getTime())) referenceDate = ref.toISOString().slice(0, 10);
  else if (typeof ref === 'string' && /^\d{4}-\d{2}-\d{2}/.test(ref)) referenceDate = ref.slice(0, 10);
  return {
    source: typeof options.source === 'string' ? options.source : null,
    referenceDate,
    dateOrder: options.dateOrder === 'mdy' || options.dateOrder === 'dmy' ? options.dateOrder : null,
    maxLength: typeof options.maxLength === 'number' && options.maxLength > 0 ? options.maxLength : DEFAULT_MAX_LENGTH,
  };
}

function emptyDocument(options: ResolvedOptions, diagnostic: CampaignDocument['diagnostics'][number]): CampaignDocument {
  return {
    schemaVersion: SCHEMA_VERSION,
    source: options.source,
    kind: 'unknown',
    title: null,
    date: null,
    anatomy: { embargo: null, headline: null, dateline: null, body: null, notes: null, contactsBlock: null, endMarks: [] },
    letters: [],
    people: [],
    organizations: [],
    countries: [],
    dates: [],
    cases: [],
    contacts: [],
    quotes: [],
    diagnostics: [diagnostic],
  };
}
