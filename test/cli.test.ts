// The command line, spawned as users run it: the BUILT `dist/cli.js` (built
// here only when missing; CI builds before testing), on the fixtures and on a
// temporary folder with bad files mixed in. Plus the pure pieces it is made
// of: decoding, CSV rows, the merge key of names.
import { spawnSync, spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { csvColumns, csvRows, TABLES, type Table } from '../src/cli/format.js';
import { decodeBytes } from '../src/cli/read.js';
import { CorpusStats, nameKey, type DocumentSummary } from '../src/cli/stats.js';
import { CampaignDocument, SCHEMA_VERSION } from '../src/index.js';
import { CORPUS, FIXTURES, HAS_SHARED } from './helpers.js';

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const FIX = join(FIXTURES, 'cli');

function ensureBuilt(): void {
  const ready = () => ['cli.js', 'worker.js', 'index.js', 'index.cjs', 'node.js', 'node.cjs', 'retext.js'].every((f) => existsSync(join(ROOT, 'dist', f)));
  if (ready()) return;
  const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' });
  if (!ready()) throw new Error(`npm run build failed:\n${build.stdout}\n${build.stderr}`);
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], input?: string | Buffer, env: Record<string, string> = {}): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, input, encoding: 'utf8', env: { ...process.env, CI: '1', ...env }, maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const lines = (s: string): string[] => s.split('\n').filter((l) => l !== '');
const records = (s: string): Record<string, unknown>[] => lines(s).map((l) => JSON.parse(l) as Record<string, unknown>);

/** A minimal RFC 4180 reader, to check the CSV the command writes. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\n') row.push(cell), rows.push(row), (row = []), (cell = '');
    else cell += c;
  }
  if (cell !== '' || row.length) row.push(cell), rows.push(row);
  return rows;
}

let bad: string;
let scratch: string;
const BAD_ORDER = ['a-good.txt', 'b-empty.txt', 'c-binary.txt', 'd-latin1.txt', 'e-utf16.txt', 'f-dangling.txt', 'sub/g-inner.md'];

beforeAll(() => {
  ensureBuilt();
  bad = mkdtempSync(join(tmpdir(), 'undersigned-cli-'));
  scratch = mkdtempSync(join(tmpdir(), 'undersigned-cli-out-'));
  writeFileSync(join(bad, 'a-good.txt'), readFileSync(join(FIX, 'open-letter.md')));
  writeFileSync(join(bad, 'b-empty.txt'), '');
  writeFileSync(join(bad, 'c-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]));
  writeFileSync(join(bad, 'd-latin1.txt'), Buffer.from('Dear Ms M\xfcller,\n\nSign\xe9: Jos\xe9 Nu\xf1ez\n', 'latin1'));
  writeFileSync(join(bad, 'e-utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Dear Minister,\n\nRelease her.\n', 'utf16le')]));
  symlinkSync(join(bad, 'does-not-exist.txt'), join(bad, 'f-dangling.txt'));
  writeFileSync(join(bad, 'h-ignored.pdf'), '%PDF-1.4');
  mkdirSync(join(bad, 'sub'));
  writeFileSync(join(bad, 'sub', 'g-inner.md'), 'Dear Minister,\n');
  symlinkSync(bad, join(bad, 'sub', 'loop')); // a link loop: must not hang or repeat files
  mkdirSync(join(bad, 'node_modules'));
  writeFileSync(join(bad, 'node_modules', 'skipped.txt'), 'never read');
});

afterAll(() => {
  for (const dir of [bad, scratch]) if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('parse: formats on the fixtures', () => {
  test('jsonl (the default): one valid document a line, in path order, exit 0', () => {
    const r = run(['parse', FIX, '--jobs', '2']);
    expect(r.code, r.stderr).toBe(0);
    const docs = records(r.stdout);
    expect(docs.map((d) => d.source)).toEqual([join(FIX, 'open-letter.md'), join(FIX, 'press-release.txt')]);
    for (const d of docs) {
      expect(CampaignDocument.safeParse(d).success).toBe(true);
      expect(d.schemaVersion).toBe(SCHEMA_VERSION);
    }
  });

  test('json: one array holding every document', () => {
    const r = run(['parse', FIX, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const docs = JSON.parse(r.stdout) as unknown[];
    expect(docs).toHaveLength(2);
  });

  test.for(TABLES.map((table) => ({ table })))('csv --table $table: the header, then rows as wide as it', ({ table }) => {
    const r = run(['parse', FIX, '--format', 'csv', '--table', table]);
    expect(r.code, r.stderr).toBe(0);
    const rows = readCsv(r.stdout);
    expect(rows[0]).toEqual(csvColumns(table));
    for (const row of rows.slice(1)) expect(row).toHaveLength(rows[0]!.length);
  });

  test.runIf(HAS_SHARED)('csv --table signatories on the seed press release: a header, then one row per signatory of the model', () => {
    const seed = join(CORPUS, 'seed-ipac-interpol-2021.txt');
    const csv = run(['parse', seed, '--format', 'csv', '--table', 'signatories']);
    expect(csv.code, csv.stderr).toBe(0);
    const [doc] = records(run(['parse', seed]).stdout) as unknown as CampaignDocument[];
    const signatories = doc!.letters.flatMap((l) => l.signatories);
    const rows = readCsv(csv.stdout);
    expect(rows[0]).toEqual(csvColumns('signatories'));
    expect(rows.slice(1).map((r) => r[3])).toEqual(signatories.map((s) => s.name));
    expect(signatories.length).toBeGreaterThan(0);
  });

  test('--output FILE writes there and nothing on stdout', () => {
    const out = join(scratch, 'out.jsonl');
    const r = run(['parse', join(FIX, 'press-release.txt'), '--output', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(records(readFileSync(out, 'utf8'))).toHaveLength(1);
  });

  test('--jobs 1 and --jobs 2 write the same bytes', () => {
    const one = run(['parse', FIX, bad, '--jobs', '1']);
    const two = run(['parse', FIX, bad, '--jobs', '2']);
    expect(two.stdout).toBe(one.stdout);
    expect(two.code).toBe(one.code);
  });
});

describe('parse: bad files mixed in', () => {
  test('one line per file in a stable order, error records for the unreadable, exit 1', () => {
    const r = run(['parse', bad, '--jobs', '2']);
    expect(r.code).toBe(1);
    const out = records(r.stdout);
    expect(out.map((o) => o.source)).toEqual(BAD_ORDER.map((f) => join(bad, f)));
    const errors = Object.fromEntries(out.filter((o) => 'error' in o).map((o) => [String(o.source).slice(bad.length + 1), (o.error as { code: string }).code]));
    expect(errors).toEqual({ 'c-binary.txt': 'file.binary', 'f-dangling.txt': 'file.dangling-link' });
    // Each error record is also a line on stderr.
    expect(lines(r.stderr).filter((l) => l.startsWith('undersigned: '))).toHaveLength(2);
  });

  test.for([
    // text that is not UTF-8 is decoded, with a diagnostic saying how
    { file: 'd-latin1.txt', code: 'input.encoding' },
    { file: 'e-utf16.txt', code: 'input.encoding' },
    // an empty file is a document with nothing in it, not a failure
    { file: 'b-empty.txt', code: 'input.empty' },
  ])('$file parses with diagnostic $code', ({ file, code }) => {
    const r = run(['parse', join(bad, file)]);
    expect(r.code, r.stderr).toBe(0);
    const [doc] = records(r.stdout) as { diagnostics: { code: string }[] }[];
    expect(doc!.diagnostics.map((d) => d.code)).toContain(code);
  });

  test('a missing file is an error record and exit 1, and the run goes on', () => {
    const r = run(['parse', join(bad, 'nope.txt'), join(FIX, 'open-letter.md')]);
    expect(r.code).toBe(1);
    const out = records(r.stdout);
    expect(out[0]).toEqual({ source: join(bad, 'nope.txt'), error: { code: 'file.not-found', message: expect.any(String) } });
    expect(out[1]!.schemaVersion).toBe(SCHEMA_VERSION);
  });

  test('--ext changes what a folder walk reads', () => {
    const r = run(['parse', bad, '--ext', 'pdf']);
    expect(records(r.stdout).map((o) => o.source)).toEqual([join(bad, 'h-ignored.pdf')]);
  });

  test('a glob expands to the matching files, sorted', () => {
    const r = run(['parse', `${FIX}/*.md`]);
    expect(r.code, r.stderr).toBe(0);
    expect(records(r.stdout).map((o) => o.source)).toEqual([join(FIX, 'open-letter.md')]);
  });

  test('csv: an unreadable file is a row with its error', () => {
    const r = run(['parse', join(bad, 'c-binary.txt'), '--format', 'csv', '--table', 'people']);
    expect(r.code).toBe(1);
    const rows = readCsv(r.stdout);
    const header = rows[0]!;
    expect(rows[1]![header.indexOf('error_code')]).toBe('file.binary');
  });
});

describe('parse: stdin', () => {
  test.for([
    { why: '- reads stdin', args: ['parse', '-'] },
    { why: 'no input and a pipe reads stdin', args: ['parse'] },
    { why: '-o - is stdout', args: ['parse', '-', '-o', '-'] },
    { why: 'after --, - is still stdin', args: ['parse', '--', '-'] },
  ])('$why', ({ args }) => {
    const r = run(args, 'Dear Minister,\n\nRelease her.\n');
    expect(r.code, r.stderr).toBe(0);
    expect(records(r.stdout).map((o) => o.source)).toEqual(['-']);
  });

  test('- among files is read in its place', () => {
    const file = join(FIX, 'open-letter.md');
    const r = run(['parse', file, '-', file, '--jobs', '2'], 'Dear Minister,\n');
    expect(r.code, r.stderr).toBe(0);
    expect(records(r.stdout).map((o) => o.source)).toEqual([file, '-', file]);
  });

  test('--input jsonl: one result a line, in order, bad lines as error records', () => {
    const input = ['{"source":"one","text":"Dear Minister,\\n"}', 'not json', '{"source":"three"}', '', '{"id":4,"text":"x"}'].join('\n');
    for (const jobs of ['1', '2']) {
      const r = run(['parse', '--input', 'jsonl', '--jobs', jobs], input);
      expect(r.code).toBe(1);
      const out = records(r.stdout);
      expect(out.map((o) => o.source)).toEqual(['one', 'stdin:2', 'three', '4']);
      expect(out.map((o) => (o.error as { code?: string } | undefined)?.code ?? null)).toEqual([null, 'input.invalid-json', 'input.invalid-record', null]);
    }
  });

  test('--input jsonl answers each line before the next arrives (a streaming step)', async () => {
    const child = spawn(process.execPath, [CLI, 'parse', '--input', 'jsonl'], { cwd: ROOT, env: { ...process.env, CI: '1' } });
    const got: string[] = [];
    let buffer = '';
    const firstLine = new Promise<void>((resolve) => {
      child.stdout.on('data', (d: Buffer) => {
        buffer += d.toString();
        if (buffer.includes('\n')) resolve();
      });
    });
    child.stdin.write('{"source":"first","text":"Dear Minister,\\n"}\n');
    await firstLine; // stdin is still open: the result came out without waiting for the end
    got.push(...lines(buffer));
    child.stdin.end('{"source":"second","text":"x"}\n');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(got.map((l) => (JSON.parse(l) as { source: string }).source)).toEqual(['first']);
    expect(lines(buffer).map((l) => (JSON.parse(l) as { source: string }).source)).toEqual(['first', 'second']);
  });
});

describe('exit codes and usage', () => {
  test.for([
    // usage errors: exit 2 with a message on stderr and nothing on stdout
    { args: ['parse', '--format', 'xml', 'x.txt'], code: 2 },
    { args: ['parse', '--format', 'csv', '--table', 'nope', 'x.txt'], code: 2 },
    { args: ['parse', '--table', 'people', 'x.txt'], code: 2 },
    { args: ['parse', '--jobs', '0', 'x.txt'], code: 2 },
    { args: ['parse', '--bogus', 'x.txt'], code: 2 },
    { args: ['parse', '--reference-date', 'yesterday', 'x.txt'], code: 2 },
    { args: ['parse', '-', '-'], code: 2 },
    { args: ['frobnicate'], code: 2 },
    { args: [], code: 2 },
    // help and version are not errors
    { args: ['--help'], code: 0 },
    { args: ['parse', '--help'], code: 0 },
    { args: ['stats', '--help'], code: 0 },
    { args: ['--version'], code: 0 },
  ])('undersigned $args → $code', ({ args, code }) => {
    const r = run(args, '');
    expect(r.code, r.stderr).toBe(code);
    if (code === 2 && args.length) expect(r.stderr).toMatch(/^undersigned: /);
  });

  test('help shows examples', () => {
    expect(run(['parse', '--help']).stdout).toMatch(/Examples:[\s\S]*--input jsonl/);
  });

  test('| head -1 ends cleanly: no error, the reader gets one whole line', () => {
    const many = join(scratch, 'many');
    mkdirSync(many, { recursive: true });
    const text = readFileSync(join(FIX, 'press-release.txt'));
    for (let i = 0; i < 300; i++) writeFileSync(join(many, `${String(i).padStart(4, '0')}.txt`), text);
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${CLI}" parse "${many}" --jobs 2 | head -1; echo "status=\${PIPESTATUS[0]}" >&2`], { encoding: 'utf8', env: { ...process.env, CI: '1' } });
    expect(lines(r.stdout)).toHaveLength(1);
    JSON.parse(lines(r.stdout)[0]!);
    expect(r.stderr.trim()).toBe('status=0');
  });

  test.for([
    // a file stream written asynchronously, several workers
    { why: '--output, --jobs 2', jobs: '2', viaStdout: false },
    // stdout to a file is written synchronously, in this thread: the signal must still get through
    { why: 'stdout, --jobs 1', jobs: '1', viaStdout: true },
  ])('an interrupt (SIGINT) stops early, leaves only whole records, exit 130 ($why)', async ({ jobs, viaStdout }) => {
    const many = join(scratch, 'many-int');
    if (!existsSync(many)) {
      mkdirSync(many, { recursive: true });
      const text = readFileSync(join(FIX, 'press-release.txt'));
      for (let i = 0; i < 2000; i++) writeFileSync(join(many, `${String(i).padStart(4, '0')}.txt`), text);
    }
    const out = join(scratch, `interrupted-${jobs}.jsonl`);
    const fd = openSync(out, 'w');
    const args = [CLI, 'parse', many, '--jobs', jobs, ...(viaStdout ? [] : ['--output', out])];
    const child = spawn(process.execPath, args, { env: { ...process.env, CI: '1' }, stdio: ['ignore', viaStdout ? fd : 'ignore', 'pipe'] });
    closeSync(fd);
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    // Wait for the first records, then interrupt.
    for (let waited = 0; waited < 30_000 && statSync(out).size === 0; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    child.kill('SIGINT');
    const code = await closed;
    const written = lines(readFileSync(out, 'utf8'));
    expect(code).toBe(130);
    expect(stderr).toMatch(/interrupted/);
    expect(written.length).toBeGreaterThan(0);
    expect(written.length).toBeLessThan(2000);
    expect(readFileSync(out, 'utf8').endsWith('\n')).toBe(true);
    for (const line of written) JSON.parse(line);
  });
});

describe('stats and schema', () => {
  test('stats --json counts documents and failures', () => {
    const r = run(['stats', bad, FIX, '--json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { documents: number; failed: number; byKind: { count: number }[] };
    expect(report.documents).toBe(7);
    expect(report.failed).toBe(2);
    expect(report.byKind.reduce((n, k) => n + k.count, 0)).toBe(7);
  });

  test('stats prints tables', () => {
    const r = run(['stats', FIX]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^2 documents\n/);
    expect(r.stdout).toContain('Most frequent signatories');
  });

  test('schema prints the JSON Schema of CampaignDocument', () => {
    const r = run(['schema']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout) as { $defs: Record<string, unknown> };
    expect(Object.keys(schema.$defs)).toContain('CampaignDocument');
  });
});

describe('decoding bytes', () => {
  test.for([
    // plain UTF-8, with a byte-order mark kept for the parser to report
    { why: 'utf-8', bytes: Buffer.from('Müller', 'utf8'), text: 'Müller', diagnostic: false },
    { why: 'utf-8 with BOM', bytes: Buffer.from('\ufeffMüller', 'utf8'), text: '\ufeffMüller', diagnostic: false },
    // not valid UTF-8: read as Windows-1252, where 0x93/0x94 are curly quotes
    { why: 'latin-1', bytes: Buffer.from([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72]), text: 'Müller', diagnostic: true },
    { why: 'windows-1252 quotes', bytes: Buffer.from([0x93, 0x68, 0x69, 0x94]), text: '“hi”', diagnostic: true },
    // UTF-16 by its byte-order mark, either byte order
    { why: 'utf-16le BOM', bytes: Buffer.from([0xff, 0xfe, 0x68, 0, 0x69, 0]), text: 'hi', diagnostic: true },
    { why: 'utf-16be BOM', bytes: Buffer.from([0xfe, 0xff, 0, 0x68, 0, 0x69]), text: 'hi', diagnostic: true },
    // UTF-16 without a BOM: a NUL in every other byte
    { why: 'utf-16le, no BOM', bytes: Buffer.from('Dear Minister', 'utf16le'), text: 'Dear Minister', diagnostic: true },
  ])('$why', ({ bytes, text, diagnostic }) => {
    const decoded = decodeBytes(bytes);
    expect(decoded?.text).toBe(text);
    expect(decoded!.diagnostics.length > 0).toBe(diagnostic);
  });

  test.for([
    // binary data is refused, not parsed
    { why: 'a NUL byte', bytes: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x08]) },
    { why: 'mostly control bytes', bytes: Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 0x41, 0x42]) },
  ])('binary: $why', ({ bytes }) => {
    expect(decodeBytes(bytes)).toBeNull();
  });
});

describe('CSV rows', () => {
  const party = (name: string, extra: Partial<Record<string, unknown>> = {}) => ({
    name,
    kind: 'person' as const,
    honorifics: ['Dr'],
    postNominals: ['MEP'],
    role: null,
    organization: null,
    country: { code: 'DE', name: 'Germany' },
    span: { start: 0, end: name.length },
    text: name,
    ...extra,
  });
  const doc = (signatories: ReturnType<typeof party>[]): CampaignDocument => ({
    schemaVersion: SCHEMA_VERSION,
    source: 'doc.txt',
    kind: 'letter',
    title: null,
    date: { value: '2024-03-12', text: '12 March 2024', span: { start: 0, end: 13 } },
    anatomy: { embargo: null, headline: null, dateline: null, body: null, notes: null, contactsBlock: null, endMarks: [] },
    letters: [{ span: { start: 0, end: 1 }, date: null, subject: null, salutation: null, closing: null, addressees: [], signatories }],
    people: [],
    organizations: [],
    countries: [],
    dates: [],
    cases: [],
    contacts: [],
    quotes: [],
    diagnostics: [],
  });

  test.for([
    // cells a spreadsheet would run as a formula are escaped with a leading quote
    { why: '=', name: '=SUM(A1)', cell: "'=SUM(A1)" },
    { why: '+', name: '+44 20', cell: "'+44 20" },
    { why: '-', name: '-1', cell: "'-1" },
    { why: '@', name: '@handle', cell: "'@handle" },
  ])('escapes a cell starting with $why', ({ name, cell }) => {
    const rows = readCsv(csvRows(doc([party(name)]), 'signatories'));
    expect(rows[0]![csvColumns('signatories').indexOf('name')]).toBe(cell);
  });

  test.for([
    // ordinary names, commas and quotes are written as they are (quoted where CSV needs it)
    { why: 'plain', name: 'Maren Holt' },
    { why: 'comma', name: 'Holt, Maren' },
    { why: 'quote', name: 'Maren "MH" Holt' },
    { why: 'hyphen inside', name: 'Duncan-Smith' },
  ])('leaves $why alone', ({ name }) => {
    const rows = readCsv(csvRows(doc([party(name)]), 'signatories'));
    const header = csvColumns('signatories');
    expect(rows[0]![header.indexOf('name')]).toBe(name);
    expect(rows[0]![header.indexOf('source')]).toBe('doc.txt');
    expect(rows[0]![header.indexOf('document_date')]).toBe('2024-03-12');
    expect(rows[0]![header.indexOf('country_code')]).toBe('DE');
  });

  test('one row per signatory, none for an empty table', () => {
    const d = doc([party('A One'), party('B Two')]);
    expect(readCsv(csvRows(d, 'signatories'))).toHaveLength(2);
    for (const table of TABLES.filter((t): t is Exclude<Table, 'signatories'> => t !== 'signatories')) expect(csvRows(d, table)).toBe('');
  });
});

describe('names merged across documents', () => {
  test.for([
    // honorifics before and post-nominals after the name are dropped; hyphens read as spaces
    ['Sir Iain Duncan Smith', 'Iain Duncan-Smith MP'],
    ['Dr. Maren Holt', 'Maren Holt MEP'],
    ['The Rt Hon Jane Doe MP', 'jane doe'],
    // diacritics and case are folded
    ['José Núñez', 'JOSE NUNEZ'],
    ['Senator Lucia Ferro', 'Lucia Ferro'],
  ])('%s = %s', ([a, b]) => {
    expect(nameKey(a!)).toBe(nameKey(b!));
  });

  test.for([
    // different people stay apart
    ['Iain Duncan Smith', 'Iain Smith'],
    ['Maren Holt', 'Marek Holt'],
    // a name that is only an honorific-like word is kept, not emptied
    ['King', 'Queen'],
  ])('%s ≠ %s', ([a, b]) => {
    expect(nameKey(a!)).not.toBe(nameKey(b!));
    expect(nameKey(a!)).not.toBe('');
  });
});

describe('corpus summary', () => {
  const summary = (names: string[], extra: Partial<DocumentSummary> = {}): DocumentSummary => ({
    kind: 'letter',
    year: '2021',
    signatories: names.map((name) => ({ key: nameKey(name), name, country: 'GB' })),
    organizations: [],
    cases: [],
    ...extra,
  });

  test('a person written two ways in two documents counts once, under the commoner form', () => {
    const stats = new CorpusStats();
    stats.add(summary(['Sir Iain Duncan Smith']));
    stats.add(summary(['Iain Duncan-Smith MP', 'Jane Roe']));
    stats.add(summary(['Iain Duncan-Smith MP'], { kind: 'press-release', year: null }));
    const report = stats.toJSON();
    expect(report.topSignatories[0]).toEqual({ name: 'Iain Duncan-Smith MP', documents: 3, forms: ['Iain Duncan-Smith MP', 'Sir Iain Duncan Smith'] });
    expect(report.topSignatories[1]).toMatchObject({ name: 'Jane Roe', documents: 1 });
    expect(report.byKind).toEqual([{ kind: 'letter', count: 2 }, { kind: 'press-release', count: 1 }]);
    expect(report.byYear).toEqual([{ year: '2021', count: 2 }, { year: 'unknown', count: 1 }]);
    expect(report.signatoriesByCountry).toEqual([{ country: 'GB', count: 4 }]);
  });

  test('cases by requesting state and mechanism', () => {
    const stats = new CorpusStats();
    stats.add(summary([], { cases: [{ state: 'CN', mechanism: 'red-notice' }, { state: 'CN', mechanism: 'red-notice' }, { state: null, mechanism: 'arrest' }] }));
    expect(stats.toJSON().casesByStateAndMechanism).toEqual([
      { requestingState: 'CN', mechanism: 'red-notice', count: 2 },
      { requestingState: 'unknown', mechanism: 'arrest', count: 1 },
    ]);
  });
});
