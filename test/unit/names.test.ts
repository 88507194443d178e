import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseName } from '../../src/entities/names.js';
import { HAS_SHARED, SHARED } from '../helpers.js';

const EMPTY = { honorifics: [], given: '', middle: '', family: '', postNominals: [], nickname: '' };

describe('parseName', () => {
  test.for([
    // [input, expected parts, why]
    ['Jane Doe', { given: 'Jane', family: 'Doe' }, 'given and family'],
    ['John A. Kenneth Doe', { given: 'John', middle: 'A. Kenneth', family: 'Doe' }, 'middle names'],
    ['Rt Hon Sir Iain Duncan Smith MP', { honorifics: ['Rt Hon', 'Sir'], given: 'Iain', middle: 'Duncan', family: 'Smith', postNominals: ['MP'] }, 'stacked honorifics, a title of two words kept whole (as in Party.honorifics), and a post-nominal'],
    ['Dr. Jane Doe', { honorifics: ['Dr'], given: 'Jane', family: 'Doe' }, 'an honorific without its full stop'],
    ['Doe, Jane', { given: 'Jane', family: 'Doe' }, '"Last, First"'],
    ['Doe, Jane M.', { given: 'Jane', middle: 'M.', family: 'Doe' }, '"Last, First Middle"'],
    ['John Smith, Jr., PhD', { given: 'John', family: 'Smith', postNominals: ['Jr.', 'PhD'] }, 'suffixes after commas'],
    ['Kenneth Clarke QC MP', { given: 'Kenneth', family: 'Clarke', postNominals: ['QC', 'MP'] }, 'two post-nominals'],
    ['Tom van der Lee', { given: 'Tom', family: 'van der Lee' }, 'particles open the family name'],
    ['Juan Velasquez y Garcia III', { given: 'Juan', family: 'Velasquez y Garcia', postNominals: ['III'] }, 'a conjunction inside the family name'],
    ['Robert "Bob" Jones', { given: 'Robert', family: 'Jones', nickname: 'Bob' }, 'a nickname in quotes'],
    ['Robert (Bob) Jones', { given: 'Robert', family: 'Jones', nickname: 'Bob' }, 'a nickname in brackets'],
    ['Sir Gerald', { honorifics: ['Sir'], given: 'Gerald' }, 'after Sir a lone name is a given name'],
    ['Rev Andrews', { honorifics: ['Rev'], family: 'Andrews' }, 'after other titles a lone name is a family name'],
    ['Secretary of State Hillary Clinton', { honorifics: ['Secretary', 'of', 'State'], given: 'Hillary', family: 'Clinton' }, 'a chained title'],
    ['E.T. Smith', { given: 'E.', middle: 'T.', family: 'Smith' }, 'run-together initials'],
    ['Манон Обри', { given: 'Манон', family: 'Обри' }, 'Cyrillic'],
  ] as const)('%s', ([input, expected]) => {
    expect(parseName(input)).toEqual({ ...EMPTY, ...expected });
  });

  test.for([
    // [input, why]
    ['', 'empty'],
    ['   ', 'spaces'],
    ['(((', 'unclosed brackets'],
    ['"', 'a lone quote'],
    [',,,', 'commas only'],
  ] as const)('odd input %j gives no parts (%s)', ([input]) => {
    const p = parseName(input);
    expect(p.given + p.family + p.middle).toBe('');
  });

  test('never throws, and is linear on long input', () => {
    const long = 'A ('.repeat(20_000);
    const t0 = performance.now();
    expect(() => parseName(long)).not.toThrow();
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(() => parseName(undefined as unknown as string)).not.toThrow();
  });
});

const PEERS = join(SHARED, 'peers', 'names.jsonl');

describe.skipIf(!HAS_SHARED || !existsSync(PEERS))('parseName against python-nameparser cases', () => {
  test('agrees on at least 85% of them', () => {
    const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\./g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    const pieces = (s: string) => fold(s).split(' ').filter(Boolean).sort().join(' ');
    let all = 0;
    let pass = 0;
    for (const line of readFileSync(PEERS, 'utf8').split('\n')) {
      if (!line) continue;
      const c = JSON.parse(line) as { input: string; expect: Record<string, string>; peer: string };
      if (c.peer !== 'python-nameparser') continue;
      const got = parseName(c.input);
      const mine: Record<string, string> = {
        title: got.honorifics.join(' '), first: got.given, middle: got.middle, last: got.family, suffix: got.postNominals.join(' '), nickname: got.nickname,
      };
      all++;
      if (Object.entries(c.expect).every(([k, v]) => (k === 'suffix' || k === 'title' ? pieces(mine[k] ?? '') === pieces(v) : fold(mine[k] ?? '') === fold(v)))) pass++;
    }
    expect(all).toBeGreaterThan(100);
    expect(pass / all).toBeGreaterThanOrEqual(0.85);
  });
});
