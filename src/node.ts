/**
 * Node-only helpers: files and a worker pool.
 *
 * `parseFile` reads one file whatever its encoding (UTF-8, UTF-16 with a
 * byte-order mark, Latin-1 / Windows-1252) and parses it; `parseFiles` parses
 * many on worker threads and yields the results in input order, with an error
 * record for each file that could not be read.
 *
 * @module
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { runEntries, type Entry } from './cli/engine.js';
import { decodeBytes, readDocument, type ErrorRecord, type FileError } from './cli/read.js';
import type { CampaignDocument } from './model/document.js';
import type { ParseOptions } from './model/options.js';
import { parse } from './parse.js';

export { decodeBytes, type ErrorRecord, type FileError };

/** Thrown by `parseFile` when the file cannot be read; `code` is one of the `file.*` codes. */
export class FileReadError extends Error {
  override readonly name = 'FileReadError';
  constructor(
    readonly path: string,
    readonly code: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
  }
}

/**
 * Reads a file and parses it. The document's `source` is the path unless
 * `options.source` says otherwise; how the bytes were decoded, when they were
 * not UTF-8, is added to its diagnostics (`input.encoding`).
 *
 * @throws FileReadError when the file is missing, unreadable, binary or a directory.
 * @example
 * const doc = await parseFile('letters/2021-04-23.txt');
 */
export async function parseFile(path: string, options: ParseOptions = {}): Promise<CampaignDocument> {
  const read = readDocument(path);
  if (!read.ok) throw new FileReadError(path, read.error.code, read.error.message);
  const doc = parse(read.text, { ...options, source: options.source ?? path });
  if (read.diagnostics.length) doc.diagnostics = [...read.diagnostics, ...doc.diagnostics];
  return doc;
}

/** Options of `parseFiles`: those of `parse`, and how many worker threads. */
export interface ParseFilesOptions extends Omit<ParseOptions, 'source'> {
  /** Worker threads (default: the number of cores). 1 parses in this thread. */
  jobs?: number;
}

/**
 * Parses many files on a pool of worker threads (each worker reads its files
 * itself) and yields one result per path, in the order of the paths: the
 * document, or `{ source, error }` when the file could not be read. At most a
 * few files per thread are in flight, so memory stays flat however many paths
 * there are. Stopping the iteration (`break`) stops the pool.
 *
 * @example
 * for await (const result of parseFiles(paths, { jobs: 4 })) {
 *   if ('error' in result) console.error(result.source, result.error.code);
 *   else console.log(result.source, result.letters.length);
 * }
 */
export async function* parseFiles(
  paths: Iterable<string> | AsyncIterable<string>,
  options: ParseFilesOptions = {},
): AsyncGenerator<CampaignDocument | ErrorRecord, void, undefined> {
  const { jobs, ...parseOptions } = options ?? {};
  const threads = jobs === undefined ? availableParallelism() : Math.max(1, Math.floor(jobs));
  const output = { format: 'document' } as const;
  async function* entries(): AsyncGenerator<Entry> {
    for await (const path of paths) yield { source: String(path), path: String(path), options: parseOptions, output };
  }
  for await (const result of runEntries(entries(), { jobs: threads, workerUrl: threads > 1 ? builtWorker() : null, output, peek: true })) {
    yield result.document ?? { source: result.source, error: result.error ?? { code: 'internal.error', message: 'no result' } };
  }
}

/** The built worker beside this file (`dist/worker.js`), or null when running from the sources. */
function builtWorker(): URL | null {
  const url = new URL('./worker.js', import.meta.url);
  return existsSync(url) ? url : null;
}
