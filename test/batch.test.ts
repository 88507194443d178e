// The batch API: parseMany (core) and parseFile/parseFiles (undersigned/node),
// from the sources; then the BUILT package from ESM and from CommonJS, as a
// user imports it (built here only when missing; CI builds before testing).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse, parseMany, type BatchInput } from '../src/index.js';
import { FileReadError, parseFile, parseFiles } from '../src/node.js';
import { FIXTURES } from './helpers.js';

const ROOT = join(import.meta.dirname, '..');
const FIX = join(FIXTURES, 'cli');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'undersigned-batch-'));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Sign\xe9: Jos\xe9\n', 'latin1'));
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3]));
  symlinkSync(join(dir, 'gone.txt'), join(dir, 'dangling.txt'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe('parseMany', () => {
  test.for([
    // strings have no source; { text, source } give theirs
    { why: 'strings', inputs: ['a', 'b'] as BatchInput[], sources: [null, null] },
    { why: 'objects', inputs: [{ text: 'a', source: 'one' }, { text: 'b', source: 'two' }], sources: ['one', 'two'] },
    { why: 'mixed', inputs: ['a', { text: 'b', source: 'two' }, { text: 'c' }], sources: [null, 'two', null] },
    { why: 'empty', inputs: [], sources: [] },
  ])('$why, in order', async ({ inputs, sources }) => {
    const docs = await collect(parseMany(inputs));
    expect(docs.map((d) => d.source)).toEqual(sources);
  });

  test('an async iterable, and the same documents as parse', async () => {
    const texts = ['Dear Minister,\n\nRelease her.\n', 'Brussels, 12 March 2024 - A statement.\n'];
    async function* source() {
      for (const text of texts) yield { text, source: 's' };
    }
    const docs = await collect(parseMany(source(), { dateOrder: 'dmy' }));
    expect(docs).toEqual(texts.map((t) => parse(t, { source: 's', dateOrder: 'dmy' })));
  });

  test('an abort signal stops between documents', async () => {
    const controller = new AbortController();
    const seen: (string | null)[] = [];
    await expect(async () => {
      for await (const d of parseMany(['a', 'b', 'c'].map((t) => ({ text: t, source: t })), { signal: controller.signal })) {
        seen.push(d.source);
        controller.abort();
      }
    }).rejects.toThrow();
    expect(seen).toEqual(['a']);
  });

  test.for([
    // not a string nor { text: string }: a TypeError, as with parse
    { why: 'null', input: null },
    { why: 'a number', input: 3 },
    { why: 'no text', input: { source: 'x' } },
  ])('negative: $why', async ({ input }) => {
    await expect(collect(parseMany([input as unknown as BatchInput]))).rejects.toThrow(TypeError);
  });
});

describe('parseFile and parseFiles (from the sources: in this thread)', () => {
  test('parseFile: the path is the source; Latin-1 is decoded with a diagnostic', async () => {
    const doc = await parseFile(join(dir, 'latin1.txt'));
    expect(doc.source).toBe(join(dir, 'latin1.txt'));
    expect(doc.diagnostics.map((d) => d.code)).toContain('input.encoding');
  });

  test.for([
    // what cannot be read throws a FileReadError with a stable code
    { file: 'missing.txt', code: 'file.not-found' },
    { file: 'binary.txt', code: 'file.binary' },
    { file: 'dangling.txt', code: 'file.dangling-link' },
    { file: '.', code: 'file.is-directory' },
  ])('parseFile throws on $file ($code)', async ({ file, code }) => {
    await expect(parseFile(join(dir, file))).rejects.toMatchObject({ name: 'FileReadError', code });
    await expect(parseFile(join(dir, file))).rejects.toBeInstanceOf(FileReadError);
  });

  test('parseFiles: one result per path, in order, error records for the unreadable', async () => {
    const paths = [join(FIX, 'press-release.txt'), join(dir, 'binary.txt'), join(FIX, 'open-letter.md'), join(dir, 'missing.txt')];
    const results = await collect(parseFiles(paths, { jobs: 2 }));
    expect(results.map((r) => r.source)).toEqual(paths);
    expect(results.map((r) => ('error' in r ? r.error.code : 'ok'))).toEqual(['ok', 'file.binary', 'ok', 'file.not-found']);
  });
});

describe('the built package', () => {
  beforeAll(() => {
    const ready = () => ['index.js', 'index.cjs', 'node.js', 'node.cjs', 'retext.js', 'worker.js'].every((f) => existsSync(join(ROOT, 'dist', f)));
    if (!ready()) spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' });
    if (!ready()) throw new Error('npm run build did not produce dist/');
  });

  const node = (args: string[]) => spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });

  test.for([
    // the examples import the package by its name, as users do
    { why: 'ESM import (and parseFiles on worker threads)', script: 'examples/esm.mjs', lines: 5 },
    { why: 'CommonJS require', script: 'examples/cjs.cjs', lines: 2 },
    { why: 'the retext plugin', script: 'examples/retext.mjs', lines: 1 },
  ])('$why', ({ script, lines }) => {
    const r = node([script]);
    expect(r.status, r.stderr).toBe(0);
    const out = r.stdout.split('\n').filter(Boolean);
    expect(out.length).toBeGreaterThanOrEqual(lines);
    JSON.parse(out[0]!);
  });

  test.for([
    // every entry resolves under both module systems
    { why: 'require undersigned', code: "const m = require('undersigned'); if (typeof m.parse !== 'function' || typeof m.parseMany !== 'function') process.exit(1)" },
    { why: 'require undersigned/node', code: "const m = require('undersigned/node'); if (typeof m.parseFiles !== 'function') process.exit(1)" },
    { why: 'require undersigned/retext', code: "const m = require('undersigned/retext'); if (typeof m.retextUndersigned !== 'function') process.exit(1)" },
  ])('$why', ({ code }) => {
    const r = node(['-e', code]);
    expect(r.status, r.stderr).toBe(0);
  });

  test('parseFiles from CommonJS runs on the worker threads', () => {
    const code = `const { parseFiles } = require('undersigned/node');
(async () => { const out = []; for await (const r of parseFiles(${JSON.stringify([join(FIX, 'open-letter.md'), join(dir, 'binary.txt'), join(FIX, 'press-release.txt')])}, { jobs: 2 })) out.push('error' in r ? r.error.code : 'ok'); console.log(out.join(',')); })();`;
    const r = node(['-e', code]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe('ok,file.binary,ok');
  });
});
