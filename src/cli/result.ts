/**
 * What the command line produces for one input, whether it was parsed in a
 * worker, in the main thread, or never read at all.
 */
import type { CampaignDocument } from '../model/document.js';
import { formatResult, type OutputFormat, type Table } from './format.js';
import type { ErrorRecord, FileError } from './read.js';
import { summarise, type DocumentSummary } from './stats.js';

/** What to produce for each document: formatted output, a stats summary, or the document itself. */
export type TaskOutput = { format: OutputFormat; table?: Table } | { format: 'stats' } | { format: 'document' };

export interface TaskResult {
  source: string;
  /** The input could not be read: `error` says why, and the output holds an error record. */
  error?: FileError;
  /** The formatted output (jsonl, json, csv). */
  chunk?: string;
  summary?: DocumentSummary;
  document?: CampaignDocument | ErrorRecord;
}

/** The result of an input that never reached the parser (a path that could not be listed). */
export function errorResult(source: string, error: FileError, output: TaskOutput): TaskResult {
  return shape({ source, error }, output);
}

/** A parsed document or an error record, in the shape the output asks for. */
export function shape(result: CampaignDocument | ErrorRecord, output: TaskOutput): TaskResult {
  const source = result.source ?? '';
  const error = 'error' in result ? result.error : undefined;
  const out: TaskResult = { source };
  if (error) out.error = error;
  if (output.format === 'stats') {
    if (!error) out.summary = summarise(result as CampaignDocument);
  } else if (output.format === 'document') out.document = result;
  else out.chunk = formatResult(result, output.format, 'table' in output ? output.table : undefined);
  return out;
}
