// The unified plugin: the model on file.data.undersigned and each diagnostic
// as a vfile message with its place, rule id and source.
import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { SCHEMA_VERSION } from '../src/index.js';
import { retextUndersigned, type RetextUndersignedOptions } from '../src/retext.js';

async function run(value: string, options?: RetextUndersignedOptions, path?: string): Promise<VFile> {
  const file = new VFile(path === undefined ? { value } : { value, path });
  const processor = unified().use(retextEnglish).use(retextUndersigned, options);
  await processor.run(processor.parse(file), file);
  return file;
}

describe('file.data.undersigned', () => {
  test.for([
    // the file's path is the document's source unless the options give one
    { why: 'path as source', path: 'letters/one.txt', options: undefined, source: 'letters/one.txt' },
    { why: 'options.source wins', path: 'letters/one.txt', options: { source: 'override' }, source: 'override' },
    { why: 'no path, no source', path: undefined, options: undefined, source: null },
  ])('$why', async ({ path, options, source }) => {
    const file = await run('Dear Minister,\n\nRelease her.\n', options, path);
    expect(file.data.undersigned?.schemaVersion).toBe(SCHEMA_VERSION);
    expect(file.data.undersigned?.source).toBe(source);
  });
});

describe('diagnostics as messages', () => {
  test('a diagnostic with a span is placed at its start and end (1-based line and column)', async () => {
    // maxLength below the input's length: parse reports input.too-long over the whole input
    const text = 'line one\nline two\nthird';
    const file = await run(text, { maxLength: 5 });
    const message = file.messages.find((m) => m.ruleId === 'input.too-long');
    expect(message).toBeDefined();
    expect(message!.source).toBe('undersigned');
    expect(message!.fatal).toBe(false);
    expect(message!.place).toEqual({ start: { line: 1, column: 1, offset: 0 }, end: { line: 3, column: 6, offset: text.length } });
    expect(message!.line).toBe(1);
  });

  test('a diagnostic without a span is a message without a place', async () => {
    const file = await run('Dear Minister,\r\n\r\nRelease her.\r\n');
    const message = file.messages.find((m) => m.ruleId === 'input.crlf');
    expect(message).toBeDefined();
    expect(message!.place).toBeUndefined();
    expect(message!.source).toBe('undersigned');
  });

  test('every diagnostic of the document is a message', async () => {
    const file = await run('Dear Minister,\r\n\u00a0Release her.\u200b\r\n');
    expect(file.messages.map((m) => m.ruleId).sort()).toEqual(file.data.undersigned!.diagnostics.map((d) => d.code).sort());
  });
});

describe('options', () => {
  test.for([
    // checked when the plugin is attached
    { why: 'dateOrder not dmy/mdy', options: { dateOrder: 'ymd' } },
    { why: 'maxLength not positive', options: { maxLength: -1 } },
    { why: 'source not a string', options: { source: 3 } },
  ])('invalid: $why', ({ options }) => {
    expect(() => unified().use(retextEnglish).use(retextUndersigned, options as unknown as RetextUndersignedOptions).freeze()).toThrow(TypeError);
  });
});
