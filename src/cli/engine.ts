/**
 * Runs tasks in input order, on a pool of worker threads or, for small runs,
 * in this thread. At most a few tasks per thread are in flight and results
 * leave through a bounded reorder buffer, so memory stays flat however many
 * inputs there are. The parser is loaded only where it runs: a pooled run
 * never loads it in the main thread.
 */
import { orderedMap } from './ordered.js';
import type { FileError } from './read.js';
import { errorResult, type TaskOutput, type TaskResult } from './result.js';
import type { Task } from './task.js';

/** A task, or an input that already failed (it only needs its error record). */
export type Entry = Task | { source: string; error: FileError };

export interface EngineOptions {
  /** Worker threads; 1 runs in this thread. */
  jobs: number;
  /** The built worker (`dist/worker.js`); null runs in this thread. */
  workerUrl: URL | null;
  output: TaskOutput;
  /** Tasks in flight per thread (default 8): the size of the reorder buffer. */
  perThread?: number;
  /** Look ahead at the first `jobs` entries: a single one runs in this thread, a few on as many threads (not for live streams). */
  peek?: boolean;
  /** Checked between results: true ends the run early. */
  stop?: () => boolean;
}

/** A pool as far as the engine uses it. */
interface Pool {
  run(task: Task): Promise<TaskResult>;
  destroy(): Promise<void>;
}

/** Runs every entry and yields one result per entry, in order. Never throws for one input. */
export async function* runEntries(entries: AsyncIterable<Entry>, options: EngineOptions): AsyncGenerator<TaskResult> {
  let source: AsyncIterable<Entry> = entries;
  let jobs = options.jobs;
  let single = jobs <= 1 || options.workerUrl === null;
  if (!single && options.peek) {
    // Look ahead at most `jobs` entries: one runs here, and fewer than `jobs`
    // need no more threads than entries (each thread loads the parser).
    const it = entries[Symbol.asyncIterator]();
    const head: Entry[] = [];
    for (let i = 0; i < jobs; i++) {
      const next = await it.next();
      if (next.done) break;
      head.push(next.value);
    }
    const tasks = head.filter((e) => !('error' in e)).length;
    if (head.length < jobs) jobs = Math.max(1, tasks);
    if (jobs <= 1) single = true;
    source = prepend(head, it);
  }
  if (single) {
    const { runTask } = await import('./task.js');
    for await (const entry of source) {
      if (options.stop?.()) return;
      yield 'error' in entry ? errorResult(entry.source, entry.error, options.output) : runTask(entry);
      // Let signals (Ctrl-C) and stream events through between two documents.
      await new Promise((resolve) => setImmediate(resolve));
    }
    return;
  }
  const pool = await startPool(options.workerUrl!, jobs);
  try {
    const run = (entry: Entry): Promise<TaskResult> =>
      'error' in entry
        ? Promise.resolve(errorResult(entry.source, entry.error, options.output))
        : pool.run(entry).catch((error: unknown) =>
            errorResult(entry.source, { code: 'internal.worker-failed', message: `the worker failed on this input: ${error instanceof Error ? error.message : String(error)}` }, options.output),
          );
    yield* orderedMap(source, run, jobs * (options.perThread ?? 8), options.stop);
  } finally {
    await pool.destroy().catch(() => undefined);
  }
}

async function startPool(workerUrl: URL, jobs: number): Promise<Pool> {
  const { Tinypool } = await import('tinypool');
  return new Tinypool({ filename: workerUrl.href, minThreads: jobs, maxThreads: jobs, isolateWorkers: false, idleTimeout: 60_000 }) as Pool;
}

async function* prepend<T>(head: T[], rest: AsyncIterator<T>): AsyncGenerator<T> {
  yield* head;
  for (;;) {
    const next = await rest.next();
    if (next.done) return;
    yield next.value;
  }
}
