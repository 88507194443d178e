/**
 * Properties of `parse` over generated inputs (fast-check), 2,000 in all:
 * any string returns a document (never a throw), the document validates with
 * the zod schema, every span lies inside the input and its slice is its
 * `text`, and the same input gives the same output.
 *
 * Generators: any Unicode (whole code points), any UTF-16 code unit (lone
 * surrogates included), text salted with control characters, NUL, BOMs,
 * no-break and zero-width spaces, soft hyphens and entities, long lines, and
 * letter-like documents (salutation, prose, closing, signatory lines with
 * honorifics, post-nominals, roles, organisations and bracketed countries)
 * with that noise spliced in. Names and organisations are invented.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CampaignDocument, parse } from '../src/index.js';
import { evidence, spans } from './helpers.js';

/** The promises of the model, checked on one input. */
function holds(input: string): void {
  const doc = parse(input);
  const valid = CampaignDocument.safeParse(doc);
  if (!valid.success) throw new Error(`invalid document: ${JSON.stringify(valid.error.issues.slice(0, 3))}`);
  for (const s of spans(doc)) {
    if (!(s.start >= 0 && s.start <= s.end && s.end <= input.length)) throw new Error(`span outside the input at ${s.path}: ${s.start}-${s.end} of ${input.length}`);
  }
  for (const e of evidence(doc)) {
    const slice = input.slice(e.span.start, e.span.end);
    if (slice !== e.text) throw new Error(`evidence at ${e.path} is ${JSON.stringify(e.text)}, the input has ${JSON.stringify(slice)}`);
  }
  const again = parse(input);
  expect(JSON.stringify(again)).toBe(JSON.stringify(doc));
}

/** Characters that normalisation and the recognisers treat specially. */
const SPECIAL = [
  '\u0000', '\u0001', '\u0007', '\u001b', '\u007f', '\t', '\n', '\r', '\r\n', '\v', '\f', '\u0085', '\u2028', '\u2029',
  '\ufeff', '\u00a0', '\u202f', '\u3000', '\u200b', '\u200d', '\u2060', '\u00ad', '\ufffd',
  '\ud800', '\udfff', '\ud83d\ude00', '\u0301', '&amp;', '&#233;', '&#x1F600;', '&nbsp;', '&bogus;', '&#0;', '&',
  '-\n', '-\r\n', '\u2010\n', '(', ')', '[', ']', '"', "'", '\u201c', '\u201d', '\u2019', '.', ',', ';', ':', '@', '+', '/',
  '\n\n', '\nPage 2 of 9\n', '\n7\n', 'é', 'ß', 'İ', 'ǅ', '中', 'ق', 'ж',
];
const special = fc.constantFrom(...SPECIAL);
/** Any UTF-16 code unit: lone surrogates, controls and private use included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

const GIVEN = ['Alder', 'Birch', 'Cedar', 'Dahlia', 'Ilse', 'Jörg', 'Zoë', 'Łukasz', 'Aigerim', 'Wen', 'Mei-ling', "O'Brien"];
const FAMILY = ['Fern', 'Hazel-Grove', 'Juniper', 'Kestrel', 'Linden', 'Novák', 'Øster', 'van der Maple', 'Oakes', 'Tan Wei-ming', 'MacNettle'];
const HONORIFIC = ['', '', 'Dr ', 'Dr. ', 'Prof. ', 'Senator ', 'Rt Hon ', 'Hon. ', 'Sir ', 'Baroness ', 'Ms ', 'Mr. ', 'Lord (Alder) '];
const POST = ['', '', ' MP', ' MEP', ' MdB', ' OBE', ', PhD', ' QC'];
const ROLE = ['Director', 'Chair', 'Member', 'Minister for Home Affairs', 'Professor of Law', 'Secretary-General', 'Political Secretary'];
const ORG = ['Harbour Trust', 'Coastal Rights Watch', 'Northern Press Union', 'Valley Legal Aid', 'Open Archive Society', 'Ministry of Public Works'];
const PLACE = ['Australia', 'Canada', 'Germany', 'Morocco', 'Japan', 'European Parliament', 'United Kingdom', 'Hong Kong', 'P.R. China', 'Narnia'];

const pick = (list: readonly string[]) => fc.constantFrom(...list);

/** One signatory or addressee line, in one of the shapes lists use. */
const partyLine = fc
  .tuple(pick(HONORIFIC), pick(GIVEN), pick(FAMILY), pick(POST), pick(ROLE), pick(ORG), pick(PLACE), fc.integer({ min: 0, max: 5 }))
  .map(([h, g, f, p, role, org, place, shape]) =>
    [
      `${h}${g} ${f}${p} (${place})`,
      `${h}${g} ${f}${p}, ${role}, ${org}`,
      `${g} ${f}, ${role} of ${org}, based in ${place}`,
      `${h}${g} ${f.toUpperCase()}${p}`,
      `${org}`,
      `${g} ${f} - ${role}, ${org} (${place})`,
    ][shape]!,
  );

const prose = fc
  .array(fc.tuple(pick(GIVEN), pick(FAMILY), pick(ORG), pick(PLACE), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1990, max: 2030 })), { minLength: 1, maxLength: 4 })
  .map((rows) =>
    rows
      .map(([g, f, org, place, day, year]) => `On ${day} March ${year}, ${g} ${f} of the ${org} was detained in ${place} on an Interpol Red Notice requested by ${place}. Contact: press@${org.toLowerCase().replace(/ /g, '')}.org or +44 20 7946 0${day}.`)
      .join(' '),
  );

/** A letter-like document: embargo, headline, salutation, prose, closing, a list of parties. */
const letter = fc
  .tuple(
    fc.boolean(),
    pick(['Dear Ministers,', 'Dear Senator Fern,', 'To whom it may concern:', 'Dear Sir or Madam', '']),
    prose,
    pick(['Sincerely,', 'Yours faithfully,', 'Signed,', 'Signatories:', '']),
    fc.array(partyLine, { maxLength: 30 }),
    pick(['\n', '\r\n', '\r']),
  )
  .map(([embargo, salutation, body, closing, parties, nl]) =>
    [embargo ? 'EMBARGOED UNTIL 00.01 (GMT) MONDAY 15/11/2021' : 'FOR IMMEDIATE RELEASE', '', 'OPEN LETTER ON A CASE', '', salutation, '', body, '', closing, ...parties].join(nl),
  );

/** Splices noise into a text at generated places. */
const salted = (base: fc.Arbitrary<string>) =>
  fc.tuple(base, fc.array(fc.tuple(fc.nat(), fc.oneof(special, codeUnit)), { maxLength: 12 })).map(([text, cuts]) => {
    let out = text;
    for (const [at, piece] of cuts) {
      const i = out.length === 0 ? 0 : at % (out.length + 1);
      out = out.slice(0, i) + piece + out.slice(i);
    }
    return out;
  });

describe('parse holds its promises on any string', () => {
  test('any Unicode (whole code points)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), holds), { numRuns: 400 });
  });

  test('any UTF-16 code units, lone surrogates and controls included', () => {
    fc.assert(fc.property(fc.string({ unit: fc.oneof(codeUnit, special), maxLength: 400 }), holds), { numRuns: 400 });
  });

  test('long lines', () => {
    fc.assert(
      fc.property(
        fc.tuple(fc.string({ unit: fc.oneof(fc.constantFrom('a', 'B', ' ', '.', '(', ')', ','), special), minLength: 1, maxLength: 40 }), fc.integer({ min: 50, max: 400 })),
        ([unit, times]) => holds(unit.repeat(times)),
      ),
      { numRuns: 200 },
    );
  });

  test('letter-like documents with signatory lists', () => {
    fc.assert(fc.property(letter, holds), { numRuns: 500 });
  });

  test('letter-like documents salted with noise', () => {
    fc.assert(fc.property(salted(letter), holds), { numRuns: 500 });
  });
});
