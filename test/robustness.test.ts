/**
 * Robustness: every adversarial input of bench/adversarial.mjs (the same
 * table the benchmark times at full size) parses, here at a size that keeps
 * the suite fast, into a document that validates and whose every span is the
 * evidence it claims. The time each takes is the benchmark's business.
 */
import { describe, expect, test } from 'vitest';
import { ADVERSARIAL } from '../bench/adversarial.mjs';
import { CampaignDocument, parse } from '../src/index.js';
import { sentences, MAX_PIECE } from '../src/text/sentences.js';
import { evidence, spans } from './helpers.js';

/** Checks the promises of the model on one parse. */
function checkDocument(input: string, doc: CampaignDocument): void {
  const valid = CampaignDocument.safeParse(doc);
  expect(valid.success, valid.success ? '' : JSON.stringify(valid.error.issues.slice(0, 3))).toBe(true);
  for (const s of spans(doc)) {
    expect(s.start, s.path).toBeGreaterThanOrEqual(0);
    expect(s.end, s.path).toBeGreaterThanOrEqual(s.start);
    expect(s.end, s.path).toBeLessThanOrEqual(input.length);
  }
  for (const e of evidence(doc)) expect(input.slice(e.span.start, e.span.end), e.path).toBe(e.text);
}

describe('adversarial inputs parse into valid documents', () => {
  test.for(ADVERSARIAL.map((a) => [a.name, a] as const))('%s', ([, a]) => {
    const input = a.make(a.testSize);
    const doc = parse(input, { source: a.name });
    checkDocument(input, doc);
    // The parser did not give up: no internal error on any of these.
    expect(doc.diagnostics.filter((d) => d.code === 'internal.error')).toEqual([]);
  });
});

describe('edge inputs', () => {
  test.for([
    // [name, input, why]
    ['empty', '', 'nothing to read'],
    ['spaces', ' \t \n\n  \n', 'only white space'],
    ['bom', '\ufeff', 'a byte-order mark alone'],
    ['crs', '\r\r\r\n\r', 'only line breaks of every kind'],
    ['entity', '&amp;&#0;&#x110000;&bogus;&', 'entities, broken and out of range'],
    ['pair at end', 'Dear Ms Roe,\n\ud83d\ude00', 'a surrogate pair ending the input'],
    ['half pair at end', 'Signed,\nAlder Fern\ud83d', 'a high surrogate ending the input'],
    ['hyphen at end', 'inter-', 'a hyphen with no next line'],
    ['hyphen then break at end', 'inter-\n', 'a hyphen and a line break with no next word'],
    ['page numbers only', Array.from({ length: 40 }, (_, i) => String(i + 1)).join('\n\n\n\n\n\n\n\n\n\n\n'), 'a document that is all page numbers'],
  ] as const)('%s (%s)', ([, input]) => {
    checkDocument(input, parse(input));
  });

  test('past maxLength: a diagnostic, no work', () => {
    const doc = parse('Dear Minister, we write.', { maxLength: 5 });
    expect(doc.diagnostics.map((d) => d.code)).toEqual(['input.too-long']);
    checkDocument('Dear Minister, we write.', doc);
  });

  test.for([
    // [value, why]
    [null, 'null'],
    [undefined, 'undefined'],
    [42, 'a number'],
    [{ toString: () => 'x' }, 'an object'],
  ] as const)('a non-string argument is a TypeError: %s', ([value]) => {
    expect(() => parse(value as unknown as string)).toThrow(TypeError);
  });
});

describe('sentences are cut from bounded pieces', () => {
  test.for([
    // [name, why, text]
    ['no spaces', 'a hard cut where there is no space', 'a'.repeat(3 * MAX_PIECE + 17)],
    ['dots', 'punctuation runs: pieces still bounded', '. '.repeat(2 * MAX_PIECE)],
    ['words', 'a long unpunctuated sentence is cut at spaces', 'word '.repeat(MAX_PIECE)],
  ] as const)('%s (%s)', ([, , text]) => {
    const cut = sentences(text);
    for (const s of cut) {
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_PIECE);
      expect(text.slice(s.start, s.end)).toBe(s.text);
    }
    for (let i = 1; i < cut.length; i++) expect(cut[i]!.start).toBeGreaterThanOrEqual(cut[i - 1]!.end);
  });

  test('a long sentence is cut at a space, not inside a word', () => {
    const text = 'word '.repeat(MAX_PIECE);
    for (const s of sentences(text)) expect(s.text.trim().split(' ').every((w) => w === 'word')).toBe(true);
  });
});
