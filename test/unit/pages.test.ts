import { describe, expect, test } from 'vitest';
import { normalise } from '../../src/text/normalise.js';
import { findPageFurniture } from '../../src/text/pages.js';

/** A page of `n` numbered prose lines (fictional text). */
const page = (p: number, n = 14): string[] => Array.from({ length: n }, (_, i) => `Line ${i + 1} of the report on page ${p}, about the Harbour Trust.`);

/** The dropped lines of a document, as text. */
const dropped = (lines: string[]): string[] => {
  const text = lines.join('\n');
  return findPageFurniture(text).map((f) => text.slice(f.start, f.end).trim());
};

describe('page furniture', () => {
  test.for([
    // [lines, what is dropped, why]
    [[...page(1), 'Page 1 of 3', ...page(2), 'Page 2 of 3', ...page(3)], ['Page 1 of 3', 'Page 2 of 3'], '"Page N of M" is always a page number'],
    [[...page(1), '- 1 -', ...page(2)], ['- 1 -'], 'a number between dashes'],
    [[...page(1), '1', ...page(2), '2', ...page(3)], ['1', '2'], 'bare numbers counting up, a page apart'],
    [[...page(1), '3 of 7', ...page(2)], ['3 of 7'], '"N of M"'],
    [
      ['ACME WATCH REPORT 2031', ...page(1), 'Page 1', 'ACME WATCH REPORT 2031', ...page(2), 'Page 2', 'ACME WATCH REPORT 2031', ...page(3)],
      ['Page 1', 'ACME WATCH REPORT 2031', 'Page 2', 'ACME WATCH REPORT 2031'],
      'a running header beside the page numbers: its repeats go, the first stays',
    ],
    [
      [...page(1), 'Confidential draft\f', ...page(2), 'Confidential draft\f', ...page(3), 'Confidential draft'],
      ['Confidential draft', 'Confidential draft'],
      'a running footer before form feeds',
    ],
  ] as const)('%#: %s', ([lines, expected]) => {
    expect(dropped([...lines])).toEqual([...expected]);
  });

  test.for([
    // [lines, why nothing is dropped]
    [['Jane Roe', 'Professor', 'Ann Poe', 'Professor', 'Bo Doe', 'Professor', ...page(1)], 'a role repeated in a signatory list is not a header'],
    [[...page(1), '1', 'First point.', '2', 'Second point.', '3', ...page(2)], 'a dense numbered list is not page numbers'],
    [[...page(1), '12', ...page(2)], 'one bare number alone'],
    [[...page(1), 'Sincerely,', ...page(2), 'Sincerely,', ...page(3), 'Sincerely,'], 'a repeated closing with no page break near it'],
    [[...page(1), '2021', ...page(2), '2022'], 'years on their own lines, a page apart and counting up, are headings, not page numbers'],
    [['Page 1 of 3', 'Short.'], 'a document too short to have pages'],
  ] as const)('keeps %#: %s', ([lines]) => {
    expect(dropped([...lines])).toEqual([]);
  });

  test('the text after dropping maps back to the original', () => {
    const input = [...page(1), 'Page 1 of 2', ...page(2)].join('\n');
    const norm = normalise(input);
    expect(norm.text).not.toContain('Page 1 of 2');
    expect(norm.changes['page-number']).toBe(1);
    const at = norm.text.indexOf('Line 1 of the report on page 2');
    expect(input.slice(norm.originalStart(at), norm.originalEnd(at + 3))).toBe('Line');
  });
});
