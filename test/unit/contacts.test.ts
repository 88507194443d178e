import { describe, expect, test } from 'vitest';
import { scanContacts } from '../../src/entities/contacts.js';

describe('scanContacts', () => {
  test.for<[string, string, string]>([
    ['Contact jane@example.org.', 'email', 'jane@example.org'], // no trailing full stop
    ['Write to Jane.Doe@Example.ORG today', 'email', 'jane.doe@example.org'], // lower-cased
    ['mailto:press@example.net', 'email', 'press@example.net'], // scheme dropped
    ['jane [at] example [dot] org', 'email', 'jane@example.org'], // spelled out against scrapers
    ['press (at) example.org', 'email', 'press@example.org'], // only the at sign spelled out
    ['Tel: +44 7700 900123', 'phone', '+447700900123'], // country prefix kept
    ['Phone: 02 6285 1816;', 'phone', '0262851816'], // national trunk prefix
    ['P: (08) 9335 7477 | M: 0400 000 000', 'phone', '0893357477'], // area code in brackets
    ['call 202-555-0143 now', 'phone', '2025550143'], // North American grouping
    ['Mobile 0411 868\n174', 'phone', '0411868174'], // a number broken across a line end
    ['at <https://example.org/en> on', 'url', 'https://example.org/en'], // angle brackets
    ['See https://example.org/a_(b).', 'url', 'https://example.org/a_(b)'], // balanced bracket kept, full stop dropped
    ['Website: http//www.example.org.au', 'url', 'http//www.example.org.au'], // a broken scheme as written
    ['visit www.example.com/post/x', 'url', 'www.example.com/post/x'],
    ['More at example.global or twitter.com/@example.', 'url', 'example.global'], // a bare domain after "at"
    ['More at example.global or twitter.com/@example.', 'url', 'twitter.com/@example'], // a path makes a bare domain an address
    ['Follow @example_org on Twitter', 'url', '@example_org'], // a handle
    ['Tel:+44 20 7946 0000', 'phone', '+442079460000'], // a label glued to the number
    ['call 1-800-555-0199', 'phone', '18005550199'], // a North American toll-free number
    // A scanner's letters for digits: the number as meant, the evidence as written.
    ['Ph: (O3) 9654 22lO', 'phone', '0396542210'], // O for 0, l for 1
    ['Fax (02) 6273 4l44', 'phone', '0262734144'],
    ['Tel: +6l 2 6277 7500', 'phone', '+61262777500'],
    ['Phone: O2 6285 l8l6', 'phone', '0262851816'],
  ])('%s', ([text, type, value]) => {
    const found = scanContacts(text);
    expect(found.map((c) => [c.type, c.value])).toContainEqual([type, value]);
    for (const c of found) expect(text.slice(c.span.start, c.span.end)).toBe(c.text);
  });
});

describe('scanContacts negatives', () => {
  test.for<[string]>([
    ['Between 2010-2015 beds rose'], // a year range is not a phone
    ['On 15/11/2021 and 2021-11-15'], // dates are not phones
    ['10 000 people'], // a count
    ['1. example.org'], // a bare domain as a list entry names an organisation
    ['the X.org Foundation'], // an organisation's name
    ['e.g. the U.S. and i.e.'], // initials
    ['It grew 1.2% to 3.45 million'], // decimals
    ['at 1915 hours'], // a time
    ['He went to China.It was late.'], // a missing space, not a domain
    ['Io lo Il oO ll OO lI'], // lookalike letters with no digit among them stay letters
    ['Room l2 on floor O4'], // too few digits for a phone once read
  ])('%s', ([text]) => {
    expect(scanContacts(text)).toEqual([]);
  });
});

describe('scanContacts on hostile input', () => {
  // Each must return without throwing, and in time that grows with the input, not its square.
  test.for<[string, string]>([
    ['emails', 'x@y.'.repeat(20_000)],
    ['plus signs', '+1 '.repeat(30_000)],
    ['brackets', '(0'.repeat(50_000)],
    ['dots', 'a.'.repeat(50_000)],
    ['a long address', `http://${'a'.repeat(100_000)}`],
  ])('%s', ([, input]) => {
    const t = performance.now();
    expect(() => scanContacts(input)).not.toThrow();
    expect(performance.now() - t).toBeLessThan(3000);
  });
});
