import { describe, expect, test } from 'vitest';
import { normalise, toOriginal } from '../../src/text/normalise.js';

describe('normalise', () => {
  test.for([
    // [input, normalised, why]
    ['a\r\nb', 'a\nb', 'CRLF is one newline'],
    ['a\rb', 'a\nb', 'a lone CR is a newline'],
    ['a\u00a0b', 'a b', 'no-break space'],
    ['Inter\u00adnational', 'International', 'soft hyphen dropped'],
    ['\ufeffText', 'Text', 'byte-order mark dropped'],
    ['a\u200bb', 'ab', 'zero-width space dropped'],
    ['\u201cquoted\u201d \u2018x\u2019', '"quoted" \'x\'', 'curly quotes straightened'],
    ['AT&amp;T &#233;t&#xE9;', 'AT&T été', 'HTML entities decoded'],
    ['x\ud800y', 'x\ufffdy', 'lone surrogate'],
    ['a\u0000b', 'a b', 'NUL'],
  ] as const)('%s → %s (%s)', ([input, expected]) => {
    expect(normalise(input).text).toBe(expected);
  });

  test('spans map back to the original slice', () => {
    const input = 'Dear\u00a0Ms\u00a0Smith,\r\nWe &amp; they \u201cwrite\u201d.';
    const norm = normalise(input);
    const at = norm.text.indexOf('Smith');
    const span = toOriginal(norm, at, at + 5);
    expect(input.slice(span.start, span.end)).toBe('Smith');
    const q = norm.text.indexOf('"write"');
    const qs = toOriginal(norm, q, q + 7);
    expect(input.slice(qs.start, qs.end)).toBe('\u201cwrite\u201d');
    const amp = norm.text.indexOf('&');
    const as = toOriginal(norm, amp, amp + 1);
    expect(input.slice(as.start, as.end)).toBe('&amp;');
  });
});
