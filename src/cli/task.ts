/**
 * One unit of work of the command line: read a file (or take a text), parse
 * it, and format the result. The same function runs in a worker thread and,
 * for small runs, in the main thread.
 */
import type { CampaignDocument } from '../model/document.js';
import type { Diagnostic } from '../model/entities.js';
import type { ParseOptions } from '../model/options.js';
import { parse } from '../parse.js';
import { readDocument, type ErrorRecord } from './read.js';
import { shape, type TaskOutput, type TaskResult } from './result.js';

export type { TaskOutput, TaskResult } from './result.js';

export interface Task {
  source: string;
  /** A file to read (the worker reads it: paths cross threads, not big strings). */
  path?: string;
  /** Or the text itself (`--input jsonl`, stdin). */
  text?: string;
  options: ParseOptions;
  output: TaskOutput;
  /** What decoding the text noticed (its encoding), added to the document's diagnostics. */
  diagnostics?: Diagnostic[];
  /** Larger files are refused rather than read. */
  maxBytes?: number;
}

/** Reads, parses and formats one input. Never throws. */
export function runTask(task: Task): TaskResult {
  const { source } = task;
  let result: CampaignDocument | ErrorRecord;
  try {
    if (task.path !== undefined) {
      const read = readDocument(task.path, task.maxBytes);
      if (read.ok) {
        result = parse(read.text, { ...task.options, source });
        if (read.diagnostics.length) result.diagnostics = [...read.diagnostics, ...result.diagnostics];
      } else result = { source, error: read.error };
    } else if (typeof task.text === 'string') {
      result = parse(task.text, { ...task.options, source });
      if (task.diagnostics?.length) result.diagnostics = [...task.diagnostics, ...result.diagnostics];
    } else result = { source, error: { code: 'input.no-text', message: 'the input has no text' } };
  } catch (error) {
    result = { source, error: { code: 'internal.error', message: error instanceof Error ? error.message : String(error) } };
  }
  return shape(result, task.output);
}

