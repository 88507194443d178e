import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CampaignDocument, parse } from '../src/index.js';
import { CORPUS, FIXTURES, HAS_SHARED, evidence, spans } from './helpers.js';

function documents(folder: string): string[] {
  try {
    return readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.txt')).sort();
  } catch {
    return [];
  }
}

function checkDocument(input: string, source: string): void {
  const doc = parse(input, { source });
  const checked = CampaignDocument.safeParse(doc);
  expect(checked.success, checked.success ? '' : JSON.stringify(checked.error.issues.slice(0, 3))).toBe(true);
  for (const e of evidence(doc)) {
    expect(e.span.start, e.path).toBeLessThanOrEqual(e.span.end);
    expect(input.slice(e.span.start, e.span.end), e.path).toBe(e.text);
  }
  for (const s of spans(doc)) {
    expect(s.start, s.path).toBeGreaterThanOrEqual(0);
    expect(s.end, s.path).toBeLessThanOrEqual(input.length);
  }
}

const fixtureFiles = documents(FIXTURES);
describe.runIf(fixtureFiles.length > 0)('every fixture parses to a valid model whose spans are its evidence', () => {
  test.for(fixtureFiles)('%s', (file) => {
    checkDocument(readFileSync(join(FIXTURES, file), 'utf8'), file);
  });
});

describe.skipIf(!HAS_SHARED)('every shared-corpus document parses to a valid model whose spans are its evidence', () => {
  test.for(documents(CORPUS))('%s', (file) => {
    checkDocument(readFileSync(join(CORPUS, file), 'utf8'), file);
  });
});

describe('parse', () => {
  test('a non-string is a TypeError', () => {
    expect(() => parse(42 as unknown as string)).toThrow(TypeError);
  });
  test('an input past maxLength is a diagnostic, not work', () => {
    const doc = parse('x'.repeat(100), { maxLength: 10 });
    expect(doc.diagnostics.map((d) => d.code)).toContain('input.too-long');
  });
  test('the empty string is a valid document', () => {
    expect(CampaignDocument.safeParse(parse('')).success).toBe(true);
  });
});
