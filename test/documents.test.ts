import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { FIELDS, prf, scoreDocument, sum, type Gold } from '../scripts/eval-lib.js';
import { parse } from '../src/index.js';
import { FIXTURES } from './helpers.js';

// fixtures/documents/ holds whole documents written for the project (fictional
// people and organisations) in the genres the parser is for: Senate and
// ministerial releases carrying letters, releases with scanner noise,
// coalition letters, open letters with long signatory lists in varied
// layouts, joint statements and news reports on Red Notice, extradition and
// detention cases. Each has a gold annotation. This test scores the parser on
// all of them with the project's own evaluation (scripts/eval-lib.ts) and
// holds each field to a floor a little under what it reaches, so that a
// change that helps one layout and breaks others is seen.
const FOLDER = join(FIXTURES, 'documents');
const names = readdirSync(FOLDER).filter((f) => f.endsWith('.gold.json')).map((f) => f.slice(0, -'.gold.json'.length)).sort();

const FLOORS: Partial<Record<(typeof FIELDS)[number], number>> = {
  signatories: 0.95,
  addressees: 0.9,
  people: 0.95,
  organizations: 0.85,
  countries: 0.97,
  dates: 0.95,
  cases: 0.9,
  contacts: 0.97,
};

describe('whole documents against their gold', () => {
  const scores = names.map((name) => {
    const gold = JSON.parse(readFileSync(join(FOLDER, `${name}.gold.json`), 'utf8')) as Gold;
    const doc = parse(readFileSync(join(FOLDER, `${name}.txt`), 'utf8'), { source: name });
    return scoreDocument(gold, doc);
  });

  test('there are documents to score', () => {
    expect(names.length).toBeGreaterThanOrEqual(20);
  });

  test.for(Object.entries(FLOORS))('%s F1 stays at or above %d', ([field, floor]) => {
    const counts = sum(scores.map((s) => s.fields[field as (typeof FIELDS)[number]]));
    expect(prf(counts).f1).toBeGreaterThanOrEqual(floor);
  });
});
