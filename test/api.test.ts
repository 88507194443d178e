import { describe, expect, test } from 'vitest';
import * as main from '../src/index.js';
import * as retext from '../src/retext.js';

// The public surface: an accidental export or removal fails here.
describe('public API', () => {
  test('undersigned', () => {
    expect(Object.keys(main).sort()).toEqual([
      'Anatomy', 'CampaignDocument', 'CaseEvent', 'CaseEventType', 'CaseStatus', 'CitedCase', 'Contact', 'CountryRef',
      'DEFAULT_MAX_LENGTH', 'DateMention', 'DateValue', 'Diagnostic', 'DocumentKind', 'Embargo', 'Letter', 'Mechanism',
      'Mention', 'Organization', 'ParseOptions', 'Party', 'Person', 'Quote', 'SCHEMA_VERSION', 'Span',
      'findDates', 'parse', 'parseMany', 'parseName', 'resolveCountry',
    ]);
  });
  test('undersigned/retext', () => {
    expect(Object.keys(retext).sort()).toEqual(['retextUndersigned']);
  });
  test('the helpers answer in the documented shapes', () => {
    expect(main.resolveCountry('the United Kingdom')).toMatchObject({ code: 'GB' });
    expect(main.findDates('on 15 November 2021').map((d) => d.value)).toEqual(['2021-11-15']);
    expect(main.parseName('Rt Hon Sir Iain Duncan Smith MP')).toMatchObject({ honorifics: ['Rt Hon', 'Sir'], given: 'Iain', postNominals: ['MP'] });
  });
});
