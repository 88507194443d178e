import { describe, expect, test } from 'vitest';
import { canonicalTitle, matchByKey, nameKey, normalisePhone, normaliseUrl, prf, wordsContain } from '../scripts/eval-lib.js';

describe('evaluation matching rules', () => {
  test.for([
    // [a, b, same?, why]
    ['Gérald Darmanin', 'Gerald Darmanin', true, 'diacritics do not count'],
    ['Iain Duncan-Smith', 'iain duncan smith', true, 'case and hyphens do not count'],
    ['Alejandro Mayorkas', 'Alejandro Nicholas Mayorkas', true, 'a middle name may be missing'],
    ['Nathan Law', 'Nathan Law Kwun-chung', true, 'a shorter form of the same name'],
    ['Mayorkas', 'Alejandro Mayorkas', false, 'one word is too little to match'],
    ['Karen Andrews', 'Kevin Andrews', false, 'a different given name'],
    ['Marco Rubio', 'Marco Mendicino', false, 'a shared given name only'],
  ] as const)('%s ~ %s: %s (%s)', ([a, b, same]) => {
    const ka = nameKey(a);
    const kb = nameKey(b);
    expect(ka === kb || wordsContain(ka, kb)).toBe(same);
  });

  test.for([
    // [title, canonical, why]
    ['Hon.', 'hon', 'a trailing full stop'],
    ['The Honorable', 'hon', 'the US form'],
    ['Honourable', 'hon', 'the spelled-out form'],
    ['Rt Hon', 'rt hon', 'a different title from Hon'],
    ['Right Honourable', 'rt hon', 'spelled out'],
    ['M.P.', 'mp', 'dots in a post-nominal'],
  ] as const)('%s → %s (%s)', ([title, canonical]) => {
    expect(canonicalTitle(title)).toBe(canonical);
  });

  test.for([
    // [input, normalised, why]
    ['+44 (0)20 7946-0000', '+4402079460000', 'digits with the leading plus'],
    ['(202) 555-0100', '2025550100', 'no plus when the text has none'],
  ] as const)('phone %s → %s (%s)', ([input, out]) => {
    expect(normalisePhone(input)).toBe(out);
  });

  test.for([
    ['https://www.Example.org/path/', 'example.org/path', 'scheme, www and trailing slash dropped'],
    ['example.org.', 'example.org', 'a trailing full stop is punctuation'],
  ] as const)('url %s → %s (%s)', ([input, out]) => {
    expect(normaliseUrl(input)).toBe(out);
  });

  test('matching is one to one, exact keys before word containment', () => {
    const gold = ['Ana Lobo', 'Ana Maria Lobo'];
    const pred = ['Ana Maria Lobo', 'Ana Lobo'];
    const m = matchByKey(gold, pred, (g) => [nameKey(g)], (p) => [nameKey(p)], wordsContain);
    expect(m.pairs).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  test.for([
    // [tp, fp, fn, p, r, why]
    [3, 1, 0, 0.75, 1, 'one extra'],
    [0, 0, 0, 1, 1, 'nothing to find, nothing found'],
    [0, 2, 0, 0, 0, 'nothing to find, something found'],
    [0, 0, 2, 0, 0, 'nothing found'],
  ] as const)('prf %i/%i/%i', ([tp, fp, fn, p, r]) => {
    const x = prf({ tp, fp, fn });
    expect(x.p).toBe(p);
    expect(x.r).toBe(r);
  });
});
