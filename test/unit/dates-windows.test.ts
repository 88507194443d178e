import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { anchorWords, hitsOfWords, lowerOf, matchesAt, matchesIn, windowsAround, windowsOfLetterDigits, windowsOfWords } from '../../src/entities/date-windows.js';
import { findDates } from '../../src/entities/dates.js';

/** A pattern of the recogniser's shape: a boundary, a day, a month's name, a year. */
const DAY_MONTH = /(?<![\p{L}\p{N}])(\d{1,2})(?:st|th)?\s{0,3}(?:of\s{1,3})?(Jan|January|Sept|September|May)(?![\p{L}])\.?(?:,?\s{1,3}(\d{4}))?/gu;
/** A pattern that opens with a month's name: "January 15". */
const MONTH_DAY = /(?<![\p{L}\p{N}])(Jan|January|JANUARY|jan|Sept|September|May)(?![\p{L}])\.?,?\s{1,3}(\d{1,2})(?!\d)/gu;
const MONTH_DAY_AT = new RegExp(MONTH_DAY.source, 'guy');
const MONTHS = anchorWords([], ['january', 'september', 'sept', 'jan', 'may'], 'may');

const pieces = ['1', '15', '3rd', '21st', 'of', ' ', '  ', '\n', ',', '.', '-', 'Jan', 'January', 'JANUARY', 'jan', 'Sept', 'September', 'may', 'May', 'Mayday', '2021', 'x', 'İ', 'ſ', 'é', '0', 'l'];
const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 400 }).map((a) => a.join(''));
const spans = (ms: Iterable<RegExpMatchArray>): string[] => [...ms].map((m) => `${m.index}:${m[0]}`);

describe('windows around anchors', () => {
  test('a scan in the windows finds what a scan of the whole text finds', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const whole = spans(text.matchAll(DAY_MONTH));
        expect(spans(matchesIn(text, DAY_MONTH, windowsOfWords(text, lowerOf(text), MONTHS)))).toEqual(whole);
        expect(spans(matchesIn(text, DAY_MONTH, windowsOfWords(text, null, MONTHS)))).toEqual(whole);
        expect(spans(matchesIn(text, DAY_MONTH, windowsAround(text, MONTHS.inText)))).toEqual(whole);
      }),
      { numRuns: 300 },
    );
  });

  test('a pattern that opens with an anchor word, tried only at the hits, finds what a scan of the whole text finds', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const whole = spans(text.matchAll(MONTH_DAY));
        expect(spans(matchesAt(text, MONTH_DAY_AT, hitsOfWords(text, lowerOf(text), MONTHS)))).toEqual(whole);
        expect(spans(matchesAt(text, MONTH_DAY_AT, hitsOfWords(text, null, MONTHS)))).toEqual(whole);
      }),
      { numRuns: 300 },
    );
  });

  test('the pattern is left ready for a scan of the whole text', () => {
    const text = `${'15 January 2021 '.repeat(40)}`;
    matchesIn(text, DAY_MONTH, windowsOfWords(text, lowerOf(text), MONTHS));
    expect(DAY_MONTH.lastIndex).toBe(0);
  });

  test('lower case keeps offsets, or is refused', () => {
    expect(lowerOf('On ſunday')).toBe('on sunday');
    expect(lowerOf('İstanbul')).toBeNull();
  });

  test('0s and 1s beside a letter open windows; those inside numbers do not', () => {
    expect(windowsOfLetterDigits('in 2021 and 1990')).toEqual([]);
    expect(windowsOfLetterDigits('0ctober')).toEqual([0, 7]);
  });
});

describe('findDates reads the same whatever the script around it', () => {
  test.for<[string, string]>([
    ['İ 15 November 2021', '2021-11-15'],
    ['15 November 2021 İ', '2021-11-15'],
    ['İstanbul, Ju1y 4, 2019', '2019-07-04'],
  ])('%s', ([text, value]) => {
    expect(findDates(text)[0]?.value).toBe(value);
  });
});
