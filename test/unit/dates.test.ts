import { describe, expect, test } from 'vitest';
import { findDates } from '../../src/entities/dates.js';

const REF = '2021-11-15';

describe('findDates', () => {
  test.for<[string, string]>([
    ['15 November 2021', '2021-11-15'], // day month year
    ['November 15, 2021', '2021-11-15'], // US order
    ['15th of November 2021', '2021-11-15'], // ordinal with "of"
    ['15/11/2021', '2021-11-15'], // numeric, day first by default
    ['2021-11-15', '2021-11-15'], // ISO
    ['November 2021', '2021-11'], // month and year
    ['in 2018 the law', '2018'], // bare year
    ['23rd - 25th of November', '2021-11-23/2021-11-25'], // range without a year, resolved
    ['July 19-20, 2021', '2021-07-19/2021-07-20'], // US range
    ['2014-2017', '2014/2017'], // year range
    ['between 2014 and 2017', '2014/2017'],
    ['later this month', '2021-11'], // relative month
    ['last year', '2020'],
    ['yesterday', '2021-11-14'],
    ['in July this year', '2021-07'],
    ['on Thursday', '2021-11-18'], // nearest Thursday to Monday 15th
  ])('%s -> %s', ([input, value]) => {
    const found = findDates(input, { referenceDate: REF });
    expect(found[0]?.value).toBe(value);
    expect(input.slice(found[0]!.span.start, found[0]!.span.end)).toBe(found[0]!.text);
  });

  test('month first when asked', () => {
    expect(findDates('03/04/2021', { dateOrder: 'mdy' })[0]?.value).toBe('2021-03-04');
    expect(findDates('03/04/2021')[0]?.value).toBe('2021-04-03');
  });
});

describe('findDates negatives', () => {
  test.for<[string]>([
    ['2000 people signed'], // a count, not a year
    ['call 1800 123 456'], // phone digits
    ['later this month'], // relative without a reference date
    ['We may ask'], // "may" the verb
    ['30 February 2021'], // no such day
    ['page 12'],
  ])('%s', ([input]) => {
    expect(findDates(input)).toEqual([]);
  });
});
