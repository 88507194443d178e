import { describe, expect, test } from 'vitest';
import { sentences } from '../../src/text/sentences.js';

const cut = (text: string): string[] => sentences(text).map((s) => s.text);

describe('sentences', () => {
  test.for([
    // [text, sentences, why]
    ['The notice was issued. It was deleted in 2018.', ['The notice was issued.', 'It was deleted in 2018.'], 'a full stop before a capital'],
    ['Was he held? Yes! He was.', ['Was he held?', 'Yes!', 'He was.'], 'question and exclamation marks'],
    ['He said "we will appeal." The court refused.', ['He said "we will appeal."', 'The court refused.'], 'a closing quote stays with its sentence'],
    ['They wrote (see below.) Then they left.', ['They wrote (see below.)', 'Then they left.'], 'a closing bracket stays too'],
    ['It rose 40 percent.[1] Black women are hit hardest.', ['It rose 40 percent.[1]', 'Black women are hit hardest.'], 'a footnote mark stays with the sentence it ends'],
    ['He served 5 years. 12 others were freed.', ['He served 5 years.', '12 others were freed.'], 'a sentence may start with a number'],
    ['It ended... Then silence.', ['It ended...', 'Then silence.'], 'an ellipsis ends a sentence'],
    ['Access to water, power etc. With the outbreak it fell.', ['Access to water, power etc.', 'With the outbreak it fell.'], 'etc. before a capital ends one'],
  ] as const)('%j', ([text, expected]) => {
    expect(cut(text)).toEqual([...expected]);
  });

  test.for([
    // [text, why it is one sentence]
    ['Dr. Alder Fern wrote to Sen. Hale and Mr. Roe.', 'title abbreviations'],
    ['She met J. Roe in the U.S. Capitol.', 'an initial and an initialism'],
    ['See No. 5 and Art. 3 of the treaty, and p. 12.', 'numbering abbreviations before a number'],
    ['It happened on Jan. 12 in Geneva.', 'a month abbreviation before a day'],
    ['The rate was 3.5 percent. and rising', 'a decimal point, and a stop before a lower-case word'],
    ['LDCs (7 beds) vs. World (28 beds)', 'vs.'],
    ['Signatories\n1. Harbour Trust\n2. Coastal Rights Watch\n3. Valley Legal Aid', 'list numbers at the start of lines'],
    ['Sincerely,\nSens. Alder Fern (D-WA), Birch Hale (D-OR)', 'a plural title abbreviation'],
  ] as const)('one sentence: %j (%s)', ([text]) => {
    expect(cut(text)).toEqual([text]);
  });

  test('offsets point into the text, and a range is honoured', () => {
    const text = 'Intro line.\nThe notice was issued. It was deleted.';
    const from = text.indexOf('The');
    const out = sentences(text, from, text.length);
    expect(out.map((s) => s.text)).toEqual(['The notice was issued.', 'It was deleted.']);
    for (const s of out) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
