#!/usr/bin/env node
/**
 * The `undersigned` command: `parse`, `stats` and `schema`.
 *
 * stdout carries only data; messages, errors and the progress bar go to
 * stderr. Exit status: 0 when every input was parsed, 1 when any failed (or
 * the output could not be written), 2 for a usage error, 130 when interrupted.
 */
import { openSync } from 'node:fs';
import { createWriteStream } from 'node:fs';
import { availableParallelism } from 'node:os';
import { createInterface } from 'node:readline';
import type { Writable } from 'node:stream';
import { cac } from 'cac';
import type { ParseOptions } from '../model/options.js';
import { runEntries, type Entry } from './engine.js';
import { csvHeader, FORMATS, TABLES, type OutputFormat, type Table } from './format.js';
import { expandInputs, type InputEntry } from './inputs.js';
import { decodeBytes } from './read.js';
import type { TaskOutput, TaskResult } from './result.js';
import type { Task } from './task.js';

const VERSION = '0.1.0';
const DEFAULT_EXTENSIONS = ['txt', 'md'];

/** A usage error: exit status 2. */
class UsageError extends Error {}

/** A run that cannot start or go on (its output cannot be opened): exit status 1. */
class FatalError extends Error {}

interface CommonFlags {
  jobs?: number | string;
  ext?: string | string[];
  progress?: boolean;
  referenceDate?: string;
  dateOrder?: string;
  maxLength?: number | string;
  '--'?: string[];
}

interface ParseFlags extends CommonFlags {
  format?: string;
  table?: string;
  output?: string;
  input?: string;
}

interface StatsFlags extends CommonFlags {
  json?: boolean;
  top?: number | string;
}

// ---------------------------------------------------------------- process state

let interrupted = false;
let finishing: (() => Promise<void>) | null = null;
let progress: Progress | null = null;

function say(message: string): void {
  if (progress) progress.log(message);
  else process.stderr.write(`${message}\n`);
}

function onSigint(): void {
  if (interrupted) process.exit(130);
  interrupted = true;
  const done = finishing ? finishing() : Promise.resolve();
  void done.finally(() => {
    progress?.stop();
    process.stderr.write('undersigned: interrupted; every record written so far is complete\n');
    process.exit(130);
  });
}

// ---------------------------------------------------------------- output

/** Where records go: stdout or --output, with backpressure and clear failures. */
class Output {
  private failed = false;
  constructor(
    private readonly stream: Writable,
    private readonly name: string,
  ) {
    stream.on('error', (error: NodeJS.ErrnoException) => this.fail(error));
  }

  private fail(error: NodeJS.ErrnoException): void {
    if (this.failed) return;
    this.failed = true;
    progress?.stop();
    // The reader went away (`| head`): not an error of ours.
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') process.exit(interrupted ? 130 : 0);
    const why = error.code === 'ENOSPC' ? 'the disk is full' : error.code === 'EBADF' ? 'the output is closed' : error.message;
    process.stderr.write(`undersigned: cannot write to ${this.name}: ${why}\n`);
    process.exit(1);
  }

  write(chunk: string): Promise<void> | undefined {
    if (chunk === '' || this.failed) return undefined;
    try {
      if (this.stream.write(chunk)) return undefined;
    } catch (error) {
      this.fail(error as NodeJS.ErrnoException);
      return undefined;
    }
    return new Promise((resolve) => this.stream.once('drain', resolve));
  }

  end(): Promise<void> {
    if (this.stream === process.stdout) return Promise.resolve();
    return new Promise((resolve) => this.stream.end(resolve));
  }
}

function openOutput(path: string | undefined): Output {
  if (!path || path === '-') return new Output(process.stdout, 'stdout');
  let fd: number;
  try {
    fd = openSync(path, 'w');
  } catch (error) {
    throw new FatalError(`cannot open the output file ${path}: ${(error as Error).message}`);
  }
  return new Output(createWriteStream(path, { fd }), path);
}

// ---------------------------------------------------------------- progress

interface Progress {
  tick(): void;
  log(message: string): void;
  stop(): void;
}

async function startProgress(enabled: boolean | undefined, inputs: readonly string[], extensions: string[]): Promise<Progress | null> {
  if (enabled === false || !process.stderr.isTTY || process.env.CI) return null;
  const { default: cliProgress } = await import('cli-progress');
  const started = Date.now();
  const bars = new cliProgress.MultiBar(
    {
      format: ' {bar} {value}/{total} files | {rate} docs/s | {eta_formatted} left',
      hideCursor: true,
      clearOnComplete: true,
      stream: process.stderr,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  const bar = bars.create(0, 0, { rate: '0' });
  let total = 0;
  let done = 0;
  // Count the inputs in the background: the bar's total grows as they are found.
  void (async () => {
    for await (const _ of countable(inputs, extensions)) {
      total++;
      if (total % 50 === 0) bar.setTotal(total);
    }
    bar.setTotal(total);
  })().catch(() => undefined);
  return {
    tick: () => {
      done++;
      if (done > total) bar.setTotal((total = done));
      const seconds = (Date.now() - started) / 1000;
      bar.update(done, { rate: seconds > 0 ? (done / seconds).toFixed(1) : '0' });
    },
    log: (message) => bars.log(`${message}\n`),
    stop: () => bars.stop(),
  };
}

async function* countable(inputs: readonly string[], extensions: string[]): AsyncGenerator<unknown> {
  for (const input of inputs) {
    if (input === '-') yield input;
    else yield* expandInputs([input], { extensions });
  }
}

// ---------------------------------------------------------------- inputs

function readStdin(): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (c: Buffer) => chunks.push(c));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks)));
    process.stdin.on('error', reject);
  });
}

async function stdinEntry(base: Omit<Task, 'source'>): Promise<Entry> {
  const source = '-';
  let bytes: Buffer;
  try {
    bytes = await readStdin();
  } catch (error) {
    return { source, error: { code: 'file.read-error', message: `cannot read stdin: ${(error as Error).message}` } };
  }
  const decoded = decodeBytes(bytes);
  if (!decoded) return { source, error: { code: 'file.binary', message: 'stdin looks like binary data, not text' } };
  const entry: Task = { ...base, source, text: decoded.text };
  if (bytes.length === 0) decoded.diagnostics.push({ code: 'input.empty', message: 'stdin is empty' });
  if (decoded.diagnostics.length) entry.diagnostics = decoded.diagnostics;
  return entry;
}

async function* fileEntries(inputs: readonly string[], extensions: string[], base: Omit<Task, 'source'>): AsyncGenerator<Entry> {
  for (const input of inputs) {
    if (input === '-') {
      yield await stdinEntry(base);
      continue;
    }
    for await (const entry of expandInputs([input], { extensions }) as AsyncGenerator<InputEntry>) {
      yield 'error' in entry ? entry : { ...base, source: entry.source, path: entry.path };
    }
  }
}

/** `--input jsonl`: one `{ "source", "text" }` object a line on stdin. */
async function* jsonlEntries(base: Omit<Task, 'source'>): AsyncGenerator<Entry> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      yield { source: `stdin:${n}`, error: { code: 'input.invalid-json', message: `line ${n} is not JSON: ${(error as Error).message}` } };
      continue;
    }
    const record = value as { source?: unknown; id?: unknown; text?: unknown; referenceDate?: unknown };
    const source = typeof record?.source === 'string' ? record.source : typeof record?.id === 'string' || typeof record?.id === 'number' ? String(record.id) : `stdin:${n}`;
    if (!record || typeof record !== 'object' || typeof record.text !== 'string') {
      yield { source, error: { code: 'input.invalid-record', message: `line ${n} has no "text" string` } };
      continue;
    }
    const options: ParseOptions = { ...base.options };
    if (typeof record.referenceDate === 'string') options.referenceDate = record.referenceDate;
    yield { ...base, options, source, text: record.text };
  }
}

// ---------------------------------------------------------------- flags

function intFlag(value: unknown, name: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name} takes a whole number of at least ${min}, not ${JSON.stringify(value)}`);
  return n;
}

function parseOptionsFrom(flags: CommonFlags): ParseOptions {
  const options: ParseOptions = {};
  if (flags.referenceDate !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(String(flags.referenceDate))) throw new UsageError(`--reference-date takes a date such as 2021-11-15, not ${JSON.stringify(flags.referenceDate)}`);
    options.referenceDate = String(flags.referenceDate);
  }
  if (flags.dateOrder !== undefined) {
    if (flags.dateOrder !== 'dmy' && flags.dateOrder !== 'mdy') throw new UsageError('--date-order takes dmy or mdy');
    options.dateOrder = flags.dateOrder;
  }
  const maxLength = intFlag(flags.maxLength, 'max-length', 1);
  if (maxLength !== undefined) options.maxLength = maxLength;
  return options;
}

/** Files larger than four bytes a character of maxLength are refused unread. */
function maxBytesFor(options: ParseOptions): number {
  return 4 * (options.maxLength ?? 20_000_000);
}

function extensionsFrom(flags: CommonFlags): string[] {
  if (flags.ext === undefined) return DEFAULT_EXTENSIONS;
  const list = (Array.isArray(flags.ext) ? flags.ext : [flags.ext]).flatMap((e) => String(e).split(','));
  const clean = list.map((e) => e.trim().replace(/^\./, '')).filter(Boolean);
  if (clean.length === 0) throw new UsageError('--ext takes a list of extensions such as txt,md');
  return clean;
}

function inputsFrom(args: readonly string[], flags: CommonFlags): string[] {
  const inputs = [...args.map(String), ...(flags['--'] ?? []).map(String)];
  if (inputs.length === 0) {
    if (process.stdin.isTTY) throw new UsageError('no input: name files, folders or globs, or pipe a document to stdin');
    inputs.push('-');
  }
  if (inputs.filter((i) => i === '-').length > 1) throw new UsageError('stdin (-) can be read only once');
  return inputs;
}

function workerUrl(): URL {
  return new URL('./worker.js', import.meta.url);
}

// ---------------------------------------------------------------- commands

async function parseCommand(args: string[], flags: ParseFlags): Promise<number> {
  const format = (flags.format ?? 'jsonl') as OutputFormat;
  if (!FORMATS.includes(format)) throw new UsageError(`--format takes ${FORMATS.join(', ')}, not ${JSON.stringify(flags.format)}`);
  let table: Table | undefined;
  if (flags.table !== undefined) {
    if (format !== 'csv') throw new UsageError('--table goes with --format csv');
    if (!TABLES.includes(flags.table as Table)) throw new UsageError(`--table takes ${TABLES.join(', ')}, not ${JSON.stringify(flags.table)}`);
    table = flags.table as Table;
  } else if (format === 'csv') table = 'signatories';
  const inputMode = flags.input ?? 'text';
  if (inputMode !== 'text' && inputMode !== 'jsonl') throw new UsageError(`--input takes text or jsonl, not ${JSON.stringify(flags.input)}`);
  const jobs = intFlag(flags.jobs, 'jobs', 1) ?? availableParallelism();
  const options = parseOptionsFrom(flags);
  const extensions = extensionsFrom(flags);
  let inputs: string[] = [];
  if (inputMode === 'jsonl') {
    if (args.length > 0) throw new UsageError('--input jsonl reads stdin only; do not name inputs');
  } else inputs = inputsFrom(args, flags);

  const output: TaskOutput = table ? { format, table } : { format };
  const base = { options, output, maxBytes: maxBytesFor(options) };
  const out = openOutput(flags.output);
  const entries = inputMode === 'jsonl' ? jsonlEntries(base) : fileEntries(inputs, extensions, base);
  if (inputMode === 'text') progress = await startProgress(flags.progress, inputs, extensions);

  let written = 0;
  let failed = 0;
  let opened = false;
  const close = async (): Promise<void> => {
    if (format === 'json') await out.write(opened ? '\n]\n' : '[]\n');
    await out.end();
  };
  finishing = close;
  if (format === 'csv') await out.write(csvHeader(table!));
  const results = runEntries(entries, { jobs, workerUrl: workerUrl(), output, peek: inputMode === 'text', stop: () => interrupted });
  for await (const result of results as AsyncGenerator<TaskResult>) {
    if (interrupted) break;
    if (result.error) {
      failed++;
      say(`undersigned: ${result.source}: ${result.error.message} (${result.error.code})`);
    }
    let chunk = result.chunk ?? '';
    if (format === 'json') {
      chunk = `${opened ? ',\n' : '[\n'}${chunk}`;
      opened = true;
    }
    const pending = out.write(chunk);
    if (pending) await pending;
    written++;
    progress?.tick();
  }
  if (interrupted) return new Promise<number>(() => undefined); // the SIGINT handler ends the process
  finishing = null;
  await close();
  progress?.stop();
  progress = null;
  if (written === 0 && inputMode === 'text') say('undersigned: no input files found');
  return failed > 0 ? 1 : 0;
}

async function statsCommand(args: string[], flags: StatsFlags): Promise<number> {
  const jobs = intFlag(flags.jobs, 'jobs', 1) ?? availableParallelism();
  const top = intFlag(flags.top, 'top', 1) ?? 20;
  const options = parseOptionsFrom(flags);
  const extensions = extensionsFrom(flags);
  const inputs = inputsFrom(args, flags);
  const output: TaskOutput = { format: 'stats' };
  const { CorpusStats, renderStats } = await import('./stats.js');
  const stats = new CorpusStats();
  progress = await startProgress(flags.progress, inputs, extensions);
  const entries = fileEntries(inputs, extensions, { options, output, maxBytes: maxBytesFor(options) });
  for await (const result of runEntries(entries, { jobs, workerUrl: workerUrl(), output, peek: true, stop: () => interrupted })) {
    if (interrupted) break;
    if (result.error) {
      stats.addFailure();
      say(`undersigned: ${result.source}: ${result.error.message} (${result.error.code})`);
    } else if (result.summary) stats.add(result.summary);
    progress?.tick();
  }
  progress?.stop();
  progress = null;
  if (interrupted) return new Promise<number>(() => undefined);
  const report = stats.toJSON(top);
  const out = new Output(process.stdout, 'stdout');
  await out.write(flags.json ? `${JSON.stringify(report, null, 2)}\n` : renderStats(report));
  return stats.failed > 0 ? 1 : 0;
}

async function schemaCommand(): Promise<number> {
  const [{ z }, { CampaignDocument }] = await Promise.all([import('zod'), import('../model/document.js')]);
  const schema = z.toJSONSchema(CampaignDocument, { target: 'draft-2020-12', io: 'output' });
  const out = new Output(process.stdout, 'stdout');
  await out.write(`${JSON.stringify(schema, null, 2)}\n`);
  return 0;
}

// ---------------------------------------------------------------- the command line

function commonOptions<T extends { option: (name: string, description: string, config?: { default?: unknown }) => T }>(command: T): T {
  return command
    .option('-j, --jobs <n>', 'worker threads (default: the number of cores)')
    .option('--ext <list>', 'extensions a folder walk reads, comma-separated (default: txt,md)')
    .option('--no-progress', 'no progress bar (it is drawn on stderr only when stderr is a terminal and CI is unset)')
    .option('--reference-date <date>', 'resolve relative dates against this date when a document has none (2021-11-15)')
    .option('--date-order <order>', 'read 03/04/2021 day first (dmy, the default) or month first (mdy)')
    .option('--max-length <n>', 'documents longer than this many characters are not read (default 20000000)');
}

export function buildCli(): ReturnType<typeof cac> {
  const cli = cac('undersigned');
  commonOptions(
    cli
      .command('parse [...inputs]', 'Read campaign documents and write their model: one JSON object a document')
      .option('-f, --format <format>', 'jsonl (default), json or csv')
      .option('-t, --table <table>', `with --format csv: ${TABLES.join(', ')} (default: signatories)`)
      .option('-o, --output <file>', 'write to this file instead of stdout')
      .option('--input <mode>', 'text (default): inputs are files, folders, globs or - for stdin; jsonl: read { "source", "text" } lines from stdin'),
  )
    .example('  undersigned parse letters/ > letters.jsonl')
    .example("  undersigned parse 'corpus/**/*.txt' --jobs 4 -o corpus.jsonl")
    .example('  undersigned parse release.txt --format csv --table signatories')
    .example('  cat letter.txt | undersigned parse -')
    .example('  undersigned parse --input jsonl < shard.jsonl > shard.out.jsonl')
    .action((inputs: string[], flags: ParseFlags) => parseCommand(inputs, flags));
  commonOptions(
    cli
      .command('stats [...inputs]', 'Summarise a corpus: kinds, years, countries, most frequent signatories and organisations, cases')
      .option('--json', 'JSON instead of tables')
      .option('--top <n>', 'how many signatories and organisations to list (default 20)'),
  )
    .example('  undersigned stats corpus/')
    .example('  undersigned stats corpus/ --json > stats.json')
    .action((inputs: string[], flags: StatsFlags) => statsCommand(inputs, flags));
  cli
    .command('schema', 'Print the JSON Schema of the documents parse writes')
    .example('  undersigned schema > campaign-document.schema.json')
    .action(() => schemaCommand());
  cli.help();
  cli.version(VERSION);
  return cli;
}

/** cac drops a lone `-` (stdin): it goes through as this token and is turned back. */
const STDIN_TOKEN = '\u0000stdin';

async function main(argv: string[]): Promise<number> {
  const cli = buildCli();
  try {
    cli.parse(
      argv.map((a, i) => (i >= 2 && a === '-' ? STDIN_TOKEN : a)),
      { run: false },
    );
    const back = (a: unknown): unknown => (a === STDIN_TOKEN ? '-' : a);
    cli.args = cli.args.map((a) => back(a) as string);
    for (const [key, value] of Object.entries(cli.options)) cli.options[key] = Array.isArray(value) ? value.map(back) : back(value);
    if (cli.options.help || cli.options.version) return 0;
    if (!cli.matchedCommand) {
      if (cli.args.length > 0) throw new UsageError(`unknown command ${JSON.stringify(cli.args[0])}`);
      cli.outputHelp();
      return 2;
    }
    return (await cli.runMatchedCommand()) as number;
  } catch (error) {
    if (error instanceof UsageError || (error instanceof Error && error.name === 'CACError')) {
      process.stderr.write(`undersigned: ${error.message}\nRun \`undersigned --help\` for usage.\n`);
      return 2;
    }
    if (error instanceof FatalError) {
      process.stderr.write(`undersigned: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

process.on('SIGINT', onSigint);
process.on('SIGTERM', onSigint);
main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    progress?.stop();
    process.stderr.write(`undersigned: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
