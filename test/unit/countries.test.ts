import { describe, expect, test } from 'vitest';
import { resolveCountry } from '../../src/entities/countries.js';
import { scanCountries } from '../../src/entities/countries.js';
import { parse } from '../../src/index.js';

describe('resolveCountry', () => {
  test.for<[string, string]>([
    ['Australia', 'AU'], // short name
    ['United Kingdom', 'GB'], // short name of GB
    ['UK', 'GB'], // the common code alias
    ['U.S.', 'US'], // dotted short form
    ['United States of America', 'US'], // official name
    ['European Parliament', 'EU'], // an EU institution stands for the Union
    ['European Union', 'EU'],
    ['Spanish', 'ES'], // demonym
    ['PRC', 'CN'], // short form of the official name
    ['P.R. China', 'CN'],
    ['DPRK', 'KP'],
    ['Hong Kong', 'HK'], // its own code
    ['Taiwan', 'TW'],
    ['Korea, Republic of', 'KR'], // inverted tabular form
    ['Congo, Dem. Rep.', 'CD'], // abbreviated inverted form
    ["Côte d'Ivoire", 'CI'], // diacritics and apostrophe
    ['Cote d Ivoire', 'CI'], // folded
    ['the Netherlands', 'NL'], // leading article
    ['German Bundestag', 'DE'], // a demonym before a state institution
    ['DE', 'DE'], // an upper-case ISO code as the whole phrase
    ['Guam (US)', 'GU'], // a qualifier in brackets
    ['Territory of Christmas Island', 'CX'], // a generic head before the name
    ['Antiguan, Barbudan', 'AG'], // demonyms of one country listed together
    ['Botsuana', 'BW'], // a near spelling
    ["CÃ´te d'Ivoire", 'CI'], // UTF-8 read as Latin-1
    ['Peoples Republic of China', 'CN'], // a lost apostrophe
  ])('%s -> %s', ([input, code]) => {
    expect(resolveCountry(input)?.code).toBe(code);
  });
});

describe('resolveCountry negatives', () => {
  test.for<[string]>([
    ['New Jersey'], // a US state named after Jersey
    ['Mexico City'], // a city, not the state
    ['Georgia (US state)'],
    ['Zealand'], // a Danish island, not New Zealand
    ['Belgium and Luxembourg'], // two countries are not one
    ['Uyghur'], // a people without a state
    ['Tibetan'],
    [''],
    ['Papua'], // a truncation is not a misspelling
    ['Norfolk'], // an English county
    ['Senator'], // an office, not a near spelling of a country
    ['Belgium, Luxembourg'], // a list of two countries
  ])('%s -> null', ([input]) => {
    expect(resolveCountry(input)).toBeNull();
  });
});

describe('scanCountries', () => {
  test.for<[string, string, string]>([
    ['The Chinese government denied it.', 'CN', 'Chinese'], // demonym before a state word
    ['Beijing said the claims were false.', 'CN', 'Beijing'], // a capital that acts
    ['He fled to the U.S. in 2019.', 'US', 'U.S.'],
    ['US SENATORS URGE RELEASE', 'US', 'US'], // a headline in capitals
    ['Free Uyghur Netherlands signed.', 'NL', 'Netherlands'], // a country inside an organisation name
    ['The Italian Senate voted.', 'IT', 'Italian'],
    ['King Abdullah of Jordan spoke.', 'JO', 'Jordan'], // after "of", the country
    ['pressure from governments in Beijing, Moscow and elsewhere', 'RU', 'Moscow'], // capitals listed after "governments in"
    ['pressure from governments in Beijing, Moscow and elsewhere', 'CN', 'Beijing'],
    ["the People's Republic of China", 'CN', "People's Republic of China"], // longest form wins
    ['Taiwanese and Chinese dissidents abroad', 'TW', 'Taiwanese'], // nationals named by their state
    ['David Hansson / Danish programmer', 'DK', 'Danish'], // a demonym attached to a person
    ['Americans for Democracy', 'US', 'Americans'], // a plural demonym
    ['the United States, and Australian governments', 'AU', 'Australian'],
    // A scanner's "l" for a capital "I": the evidence stays as written.
    ['The lranian authorities denied it.', 'IR', 'lranian'], // a leading l before lower case
    ['He was deported to lran in May.', 'IR', 'lran'],
    ['arrested by lndonesian police', 'ID', 'lndonesian'],
    ['a visit to lndia and Nepal', 'IN', 'lndia'],
    ['The lsraeli government replied.', 'IL', 'lsraeli'],
    ['He returned to lraq.', 'IQ', 'lraq'],
    ['The ltalian Senate voted.', 'IT', 'ltalian'],
    ['lrish ministers met.', 'IE', 'lrish'],
    ['He flew to lceland.', 'IS', 'lceland'],
    ['THE AUSTRALlAN COUNCIL', 'AU', 'AUSTRALlAN'], // an l among capitals
    ['MINISTER FOR FOREIGN AFFAlRS OF lRAN', 'IR', 'lRAN'],
    // A scanner's "rn" for "m".
    ['27 Carnbodian nationals arrived', 'KH', 'Carnbodian'],
    ['He was returned to Yernen.', 'YE', 'Yernen'],
    ['refugees from Sornalia', 'SO', 'Sornalia'],
    ['the Gerrnan government', 'DE', 'Gerrnan'],
  ])('%s', ([text, code, surface]) => {
    const found = scanCountries(text);
    expect(found.map((m) => [m.code, m.text])).toContainEqual([code, surface]);
    for (const m of found) expect(text.slice(m.span.start, m.span.end)).toBe(m.text);
  });
});

describe('scanCountries negatives', () => {
  test.for<[string]>([
    ['She lives in New Jersey.'], // a state, not Jersey
    ['They met in Mexico City.'], // a city
    ['Jordan Peterson spoke.'], // a personal name
    ['Michael Jordan spoke.'], // a surname
    ['Chinese characters and Chinese food'], // a script and a cuisine
    ['The text is in French.'], // a language
    ['They borrowed English words.'], // the language
    ['University of Georgia'], // a US state
    ['LET US KNOW.'], // the pronoun in capitals
    ['JOIN US FOR A VIGIL'],
    ['the Uyghur community'], // a people without a state
    ['fine china and a turkey'], // common nouns
    ['They visited Beijing last year.'], // a capital as a place
    ['The land is large and lush.'], // words that open with l are left alone
    ['lately, lions and lilies'],
    ['ALL LEADERS CALL'], // capitals with no l in them are left alone
    ['Western governments and modern states'], // an "rn" that makes no country stays as written
    ['Return to Bern and Lucerne'], // real words and cities with "rn"
  ])('%s', ([text]) => {
    expect(scanCountries(text)).toEqual([]);
  });
});

describe('scanCountries on hostile input', () => {
  // Each must return without throwing, and in time that grows with the input, not its square.
  test.for<[string, string]>([
    ['demonym lists', 'Chinese, '.repeat(20_000)],
    ['apostrophes', "'a ".repeat(30_000)],
    ['spaced digits', '1 '.repeat(50_000)],
    ['one long word', 'a'.repeat(100_000)],
    ['scanner misreadings', 'lran Carnbodian AUSTRALlAN '.repeat(5_000)], // every word repaired
    ['a long word of l', 'l'.repeat(100_000)],
  ])('%s', ([, input]) => {
    const t = performance.now();
    expect(() => scanCountries(input)).not.toThrow();
    expect(performance.now() - t).toBeLessThan(3000);
  });
});

describe('countries of a document', () => {
  // Each country once; a US state is not the country when its line speaks of the US.
  test.for<[string, string[]]>([
    ['The U.S. Senate wrote.\n\nJane Roe, Coordinator of Example Watch, Georgia', ['US', 'GE']], // the country, even in a US text
    ['The U.S. Senate wrote.\n\nJohn Roe, Atlanta, Georgia', ['US']], // the US state
    ['Qazaq Exiles Forum and the Chinese government', ['KZ', 'CN']], // a transliterated demonym inside a name
  ])('%s', ([input, codes]) => {
    expect(parse(input).countries.map((c) => c.code).sort()).toEqual([...codes].sort());
  });
});
