import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from '../src/index.js';
import type { Party } from '../src/model/party.js';
import type { Gold, GoldParty } from '../scripts/eval-lib.js';
import { FIXTURES } from './helpers.js';

/** The fixtures of the document-anatomy and party layouts, each with a gold file beside it. */
const LAYOUTS = [
  'party-lines',
  'party-numbered',
  'party-bulleted',
  'press-release-two-letters',
  'senate-shared-prefix',
  'coalition-organisations',
  'caps-scripts-slash',
  'letter-un-mechanism',
  'letter-country-groups',
  'letter-scholars-affiliations',
] as const;

const read = (name: string) => readFileSync(join(FIXTURES, `${name}.txt`), 'utf8');
const gold = (name: string) => JSON.parse(readFileSync(join(FIXTURES, `${name}.gold.json`), 'utf8')) as Gold;

/** A party as the gold records it. */
function asGold(p: Party): GoldParty {
  return { name: p.name, honorifics: p.honorifics, postNominals: p.postNominals, role: p.role, organization: p.organization, country: p.country?.code ?? null };
}

/** What the structure and party stages produce, without the recognisers' lists. */
function layoutOf(name: string) {
  const doc = parse(read(name), { source: name });
  return { kind: doc.kind, title: doc.title, anatomy: doc.anatomy, letters: doc.letters };
}

describe('golden outputs of the layout fixtures', () => {
  test.for(LAYOUTS)('%s', async (name) => {
    await expect(JSON.stringify(layoutOf(name), null, 2) + '\n').toMatchFileSnapshot(join(FIXTURES, '__golden__', `${name}.json`));
  });
});

describe('layout fixtures agree with their gold', () => {
  test.for(LAYOUTS)('%s', (name) => {
    const g = gold(name);
    const doc = parse(read(name), { source: name });
    expect(doc.kind).toBe(g.kind);
    expect(doc.title).toBe(g.title);
    expect(doc.letters).toHaveLength(g.letters.length);
    doc.letters.forEach((l, i) => {
      const gl = g.letters[i]!;
      expect([l.date?.value ?? null, l.subject, l.salutation]).toEqual([gl.date, gl.subject, gl.salutation]);
      expect(l.addressees.map(asGold)).toEqual(gl.addressees);
      expect(l.signatories.map(asGold)).toEqual(gl.signatories);
    });
  });
});

describe('invariance', () => {
  test('the same list one a line, numbered and bulleted parses the same', () => {
    const parties = (name: string) => parse(read(name)).letters.flatMap((l) => l.signatories.map(asGold));
    const lines = parties('party-lines');
    expect(lines.length).toBeGreaterThan(5);
    expect(parties('party-numbered')).toEqual(lines);
    expect(parties('party-bulleted')).toEqual(lines);
  });

  test('every party span is its evidence in the input', () => {
    for (const name of LAYOUTS) {
      const input = read(name);
      for (const l of parse(input).letters) for (const p of [...l.addressees, ...l.signatories, ...(l.cc ?? [])]) expect(input.slice(p.span.start, p.span.end)).toBe(p.text);
    }
  });
});
