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
    ['inter-\nnational', 'international', 'a word hyphenated across a line end is joined'],
    ['inter-\r\n   national law', 'international law', 'across CRLF and an indent'],
    ['co\u2010\noperation', 'cooperation', 'a Unicode hyphen at the line end'],
    ['inter\u00ad\nnational', 'international', 'a soft hyphen at the line end'],
    ['Zürich-\nbüro', 'Zürichbüro', 'non-ASCII lower-case halves'],
    ['it\u00e2\u20ac\u2122s', "it's", 'mojibake of a curly apostrophe (UTF-8 read as Windows-1252)'],
    ['\u00e2\u20ac\u0153Free\u00e2\u20ac\u009d', '"Free"', 'mojibake of curly double quotes, one closing byte read as Latin-1'],
    ['G\u00c3\u00a9rald', 'Gérald', 'mojibake of é'],
    ['Bilotait\u00c4\u2014', 'Bilotaitė', 'mojibake of a Latin Extended-A letter'],
    ['a\u00c2\u00a0b', 'a b', 'mojibake of a no-break space'],
    ['2020\u00e2\u20ac\u201c21', '2020-21', 'mojibake of an en dash'],
  ] as const)('%s → %s (%s)', ([input, expected]) => {
    expect(normalise(input).text).toBe(expected);
  });

  test.for([
    // [input, why the hyphen and the line break stay]
    ['Jean-\nPierre', 'the next half is capitalised: a name, not a broken word'],
    ['2020-\n2021', 'digits, not letters'],
    ['Ministry -\nnotes', 'a dash after a space is punctuation'],
    ['word-\n\nnext', 'a blank line between: a paragraph break'],
    ['well-known', 'no line break: an ordinary compound'],
    ['- item\n- item', 'list bullets'],
    ['SÃO PAULO', 'a Portuguese capital Ã before a letter'],
    ['Âge du bronze', 'a lead letter before an ordinary letter'],
    ['prêt-à-porter', 'â before a letter'],
    ['CAFÉ©', 'É is not a lead this repairs (its sequences would be rare letters)'],
  ] as const)('keeps %j (%s)', ([input]) => {
    const norm = normalise(input);
    expect(norm.text).toBe(input);
    expect(norm.changes['line-end-hyphen']).toBeUndefined();
    expect(norm.changes['mojibake']).toBeUndefined();
  });

  test('a joined word maps back over the hyphen and the line break', () => {
    const input = 'the inter-\nnational order';
    const norm = normalise(input);
    const at = norm.text.indexOf('international');
    const span = toOriginal(norm, at, at + 'international'.length);
    expect(input.slice(span.start, span.end)).toBe('inter-\nnational');
    expect(norm.changes['line-end-hyphen']).toBe(1);
  });

  test('clean text is returned as is', () => {
    const input = 'Dear Minister,\nWe write.';
    const norm = normalise(input);
    expect(norm.text).toBe(input);
    expect(toOriginal(norm, 5, 13)).toEqual({ start: 5, end: 13 });
    expect(toOriginal(norm, input.length, input.length)).toEqual({ start: input.length, end: input.length });
  });

  test('the lazily built maps agree with toOriginal', () => {
    const input = '\ufeffA&amp;B\r\nC\u200bD \ud83d\ude00 inter-\nnational';
    const norm = normalise(input);
    for (let i = 0; i < norm.text.length; i++) {
      expect(norm.startMap[i]).toBe(norm.originalStart(i));
      expect(norm.endMap[i]).toBe(norm.originalEnd(i));
    }
    expect(norm.startMap[norm.text.length]).toBe(input.length);
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
