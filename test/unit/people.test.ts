import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findOrganizations } from '../../src/entities/organizations.js';
import { findPeople } from '../../src/entities/people.js';
import type { Letter } from '../../src/model/letter.js';
import { isShortForm, nameWords } from '../../src/resolve/people.js';
import { CORPUS, HAS_SHARED } from '../helpers.js';
import { docOf, NO_STRUCTURE } from './entity-doc.js';

function people(text: string, letters: Letter[] = []) {
  const doc = docOf(text);
  const orgs = findOrganizations(doc, NO_STRUCTURE, letters);
  return findPeople(doc, NO_STRUCTURE, letters, orgs);
}
const names = (text: string) => people(text).map((p) => p.name);

describe('findPeople: names in prose', () => {
  test.for([
    // [text, expected names, why]
    ['The report was written by Jane Whitfield last year.', ['Jane Whitfield'], 'a plain given name and surname'],
    ['Uyghur activist Dolkun Tursun was arrested.', ['Dolkun Tursun'], 'a name the lexicon does not know, after a group noun'],
    ['Republican Sen. Ben Harlow also sent a letter.', ['Ben Harlow'], 'party word and abbreviated title cut off'],
    ['a letter to Secretary of State Antony Brinkley and Attorney General Merrick Galland', ['Antony Brinkley', 'Merrick Galland'], 'offices before names'],
    ['German Green Reinhard Bütterfeld MEP, Chair of the delegation', ['Reinhard Bütterfeld'], 'demonym, party and post-nominal off; diacritics kept'],
    ['Hon Karen Andrewson MP, Minister for Home Affairs (Australia)', ['Karen Andrewson'], 'honorific and post-nominal off'],
    ['Tom van der Leek MP (Netherlands)', ['Tom van der Leek'], 'particles inside a name'],
    ["Simon O'Connell MP (New Zealand)", ["Simon O'Connell"], 'an apostrophe inside a surname'],
    ['Rt Hon Sir Iain Duncan-Smythe MP (United Kingdom)', ['Iain Duncan-Smythe'], 'a hyphenated surname after stacked honorifics'],
    ['Reverend Dr. William J. Barber II / Repairers of the Breach', ['William J. Barber II'], 'an initial and a generational suffix'],
    ['MEP Manon AUBERT', ['Manon AUBERT'], 'a surname in capitals after a given name'],
    ['Dear Prime Minister Stefan Lindqvist,', ['Stefan Lindqvist'], 'greeting and office before the name'],
    ['Ferdinand Grappenhaus II, Minister of Justice', ['Ferdinand Grappenhaus II'], 'a generational suffix stays'],
    ['N. Ramanan / Chairman of a publishing group', ['N. Ramanan'], 'an initial opening the name'],
    ['Damian Greenwood and Nathan Law spoke.', ['Damian Greenwood', 'Nathan Law'], 'a surname that is also a common word, after a given name'],
    ['The statement was read out at the meeting by its chair, Mr Jonathan\nFairweather, on Tuesday.', ['Jonathan Fairweather'], 'a name broken by the line end of hard-wrapped prose'],
    ['Jane\nWhitfield', [], 'short lines are a list, not a wrapped name'],
    ['President-elect Jane Whitfield and Vice-Chair Tom Harlow met.', ['Jane Whitfield', 'Tom Harlow'], 'hyphenated offices before names'],
    ['The writer Faraz Qadeer Sheikh was detained. His cousin, Omar Khan, said so.', ['Faraz Qadeer Sheikh', 'Omar Khan'], 'a form of address after a given name that ends the name is a family name'],
    ['His Excellency Sheikh Khalid bin Ali replied.', ['Khalid bin Ali'], 'the same word before a name stays a form of address'],
    ['The Day of Jane Whitfield and a photograph of Dolkun Tursun.', ['Jane Whitfield', 'Dolkun Tursun'], 'a given name after a link word, or a link word in prose, keeps the person'],
  ] as const)('%s', ([text, expected]) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('findPeople: lone words and merging', () => {
  test.for([
    // [text, expected names, why]
    ['Support from President Bidwell was expected.', ['Bidwell'], 'a lone surname a title introduces'],
    ['The Bidwell administration did not respond.', ['Bidwell'], 'a surname before "administration"'],
    ['Idris Hasanov was arrested. Hasanov could face extradition.', ['Idris Hasanov'], 'a later surname merges'],
    ['Nathan Law Kwun-chung spoke. Later Nathan Law said more.', ['Nathan Law Kwun-chung'], 'a short form merges into the fullest form'],
    ['Ola Metodius Binar is held. Ola Binar is a developer.', ['Ola Metodius Binar'], 'a middle name missing in the short form'],
    ['Pope Franciscus met Sen. Jane Roe.', ['Franciscus', 'Jane Roe'], 'a lone name after a religious title'],
  ] as const)('%s', ([text, expected]) => {
    expect(names(text)).toEqual(expected);
  });

  test('a family name written first is a later mention of the full name', () => {
    const [hu] = people('Hu Binzhen is a candidate. The bid of Hu was opposed.');
    expect(hu?.name).toBe('Hu Binzhen');
    expect(hu?.mentions.map((m) => m.text)).toEqual(['Hu Binzhen', 'Hu']);
  });

  test('mentions are spans of the normalised text', () => {
    const text = 'We thank Jane Whitfield. Whitfield agreed.';
    const [p] = people(text);
    for (const m of p!.mentions) expect(text.slice(m.span.start, m.span.end)).toBe(m.text);
    expect(p!.mentions).toHaveLength(2);
  });

  test('a signatory is a person in the form of its own entry', () => {
    const text = 'Sir Iain Duncan Smith spoke.\n\nRt Hon Sir Iain Duncan-Smith MP (United Kingdom)';
    const start = text.indexOf('Rt Hon');
    const letter: Letter = {
      span: { start: 0, end: text.length }, date: null, subject: null, salutation: null, closing: null, addressees: [],
      signatories: [{ name: 'Iain Duncan-Smith', kind: 'person', honorifics: ['Rt Hon', 'Sir'], postNominals: ['MP'], role: null, organization: null, country: null, span: { start, end: text.length }, text: text.slice(start) }],
    };
    const found = people(text, [letter]);
    expect(found.map((p) => p.name)).toEqual(['Iain Duncan-Smith']);
    expect(found[0]!.mentions).toHaveLength(2);
  });
});

describe('findPeople: entries under an organisations heading', () => {
  const text = 'Signed,\n\nJane Whitfield\n\nOrganizations\n\n1. Framasoft\n1. Dot HQ\n1. Maria Lindqvist (Norway)';
  const party = (name: string) => {
    const start = text.indexOf(name);
    return { name, kind: 'person' as const, honorifics: [], postNominals: [], role: null, organization: null, country: null, span: { start, end: start + name.length }, text: name };
  };
  const letter: Letter = {
    span: { start: 0, end: text.length }, date: null, subject: null, salutation: null, closing: null, addressees: [],
    signatories: ['Jane Whitfield', 'Framasoft', 'Dot HQ', 'Maria Lindqvist'].map(party),
  };
  test('are organisations, unless the name is plainly a person\'s', () => {
    expect(people(text, [letter]).map((p) => p.name)).toEqual(['Jane Whitfield', 'Maria Lindqvist']);
  });
});

describe('findPeople: not people', () => {
  test.for([
    // [text, why nothing is a person]
    ['Dear Ministers,', 'a greeting and a group noun'],
    ['To the attention of Interpol Member States', 'an organisation and a group noun'],
    ['The President said so on Thursday 15 November.', 'an office alone, a weekday and a month'],
    ['Hong Kong Democracy Council and Safeguard Defenders', 'organisations'],
    ['They met in Hong Kong and Los Angeles.', 'places of two words'],
    ['Operation Fox Hunt and the Red Notice system', 'an operation and an instrument'],
    ['Executive Committee of the General Assembly', 'bodies spoken of without a name'],
    ['PARLIAMENTARIANS AND ACTIVISTS RAISE GLOBAL ALARM', 'a headline in capitals'],
    ['Sincerely, Concerned citizens', 'a closing'],
    ['Home Office\n2 Marsham Street\nLondon SW1P 4DF', 'an address'],
    ['See https://example.org/John-Smith for more.', 'words inside a URL are not names... or are capitalised words of a link'],
    ['She was charged under the Protection of Online Harms Act last year.', 'the words of a law\'s name before "Act"'],
    ['He is editor of the independent outlet El Faro Norteño in Tegucigalpa.', 'a medium\'s name after its article'],
    ['It was published by El Faro Norteño last year.', 'words after an article in another language'],
    ['They marked the Festival of Involuntary Disappearances and the Prevention of Electronic Crimes.', 'the rest of a name after a link word, no given name in it'],
    ['the Freedonian Preservation of Public Order Ordinance', 'the words of an ordinance\'s name'],
  ] as const)('%s', ([text]) => {
    expect(names(text)).toEqual([]);
  });
});

describe('findPeople: places, facilities, media and scanned pages', () => {
  test.for([
    // [text, expected names, why]
    ['Mr Gareth\n\nPennycroft said so.', ['Gareth Pennycroft'], 'a scanned page breaks a name after a title and a given name'],
    ['Air Chief Marshal Sidhan\n\nSavetchai met him.', ['Sidhan Savetchai'], 'a rank and a name broken across a blank line'],
    ['Mr Gareth\n\nThe minister said.', ['Gareth'], 'a blank line before a sentence does not join'],
    ['Mr Gareth\n\n\n\nPennycroft', ['Gareth'], 'more than one blank line parts the words'],
    ['The Lukavenko regime jailed him.', ['Lukavenko'], 'a surname before "regime"'],
    ['His wife Leyla was also held.', ['Leyla'], 'a given name after a kinship noun'],
    ['He met Jane Whitfield at Freedonia Central Airport.', ['Jane Whitfield'], 'a person beside a facility'],
    ['MEDlA RELEASE\n\nJane Whitfield said.', ['Jane Whitfield'], 'OCR capitals in a header are no name'],
    ['Media contact: Gail Pruwitt (06) 277 7860', ['Gail Pruwitt'], 'a given name that is also a common word'],
  ] as const)('%s', ([text, expected]) => {
    expect(names(text)).toEqual(expected);
  });

  test.for([
    // [text, why nothing is a person]
    ['He was held in Port Hedvale for a year.', 'a place word opens the name'],
    ['He was flown out of Belgrade Nikola Teslin Airport.', 'the name of an airport'],
    ['He is held in Mageravo Prison.', 'the name of a prison'],
    ['He landed at King Khaled International Airport.', 'a title before the name of an airport'],
    ['Secretariat: 200, quai Charles de Gaullet, Lyon', 'a street word in lower case before the name'],
    ['He was sent to Padinska Skelova detention unit.', 'a place before "detention"'],
    ['The office is at Rue de la Loiret 12.', 'a street'],
    ['He stayed at Harbor Boulevard.', 'a street word in the run'],
    ['Costa Rican officials said so.', "a people's name of two words"],
    ['A Facebook page "Dan Oanh" posted it.', 'a page named in quotation marks'],
    ['He is a correspondent for "Nasha Dumkova" in Minsk.', 'an outlet named in quotation marks'],
    ['The Swedish government replied.', 'a demonym before "government"'],
    ['MlNISTER F0R IMMIGRATI0N', 'OCR capitals'],
  ] as const)('%s', ([text]) => {
    expect(names(text)).toEqual([]);
  });

  test.for([
    // [party name, kept as a person, why]
    ['Postdoctoral Researcher', false, 'an occupation in a signature list'],
    ['PhD Candidate', false, 'a degree and an occupation'],
    ['Brussels', false, 'a place'],
    ['Addis Ababa', false, 'a place of two words'],
    ['Senator for Freedonia', false, 'an office and its remit'],
    ['Jane Whitfield', true, 'a name'],
    ['Tom Counsel', true, 'a given name before an office word is a surname'],
  ] as const)('party %s', ([name, kept]) => {
    const text = `Signed,\n\n${name}`;
    const start = text.indexOf(name);
    const letter: Letter = {
      span: { start: 0, end: text.length }, date: null, subject: null, salutation: null, closing: null, addressees: [],
      signatories: [{ name, kind: 'person', honorifics: [], postNominals: [], role: null, organization: null, country: null, span: { start, end: text.length }, text: name }],
    };
    expect(people(text, [letter]).map((p) => p.name).includes(name)).toBe(kept);
  });
});

describe('name helpers', () => {
  test.for([
    // [short, long, expected, why]
    ['Nathan Law', 'Nathan Law Kwun-chung', true, 'a prefix'],
    ['Ola Bini', 'Ola Metodius Bini', true, 'first and last shared'],
    ['Iain Duncan Smith', 'Iain Duncan-Smith', true, 'hyphen folded'],
    ['Ted Hui', 'Nathan Law', false, 'different people'],
    ['Law Kwun', 'Nathan Law Kwun-chung', false, 'neither first nor last word shared'],
    ['Kwun Nathan', 'Nathan Law Kwun', false, 'words out of order'],
  ] as const)('%s ⊂ %s', ([a, b, expected]) => {
    expect(isShortForm(nameWords(a), nameWords(b))).toBe(expected);
  });
});

describe.skipIf(!HAS_SHARED)('findPeople and findOrganizations on the shared corpus', () => {
  const files = HAS_SHARED ? readdirSync(CORPUS).filter((f) => f.endsWith('.txt')) : [];
  test.for(files)('%s: each person once, no person that is also an organisation, mentions are the text', (file) => {
    const doc = docOf(readFileSync(join(CORPUS, file), 'utf8'));
    const orgs = findOrganizations(doc, NO_STRUCTURE, []);
    const found = findPeople(doc, NO_STRUCTURE, [], orgs);
    const folded = found.map((p) => nameWords(p.name).join(' '));
    expect(new Set(folded).size).toBe(folded.length);
    const orgNames = new Set(orgs.flatMap((o) => [o.name, ...o.aliases]).map((n) => n.toLowerCase()));
    for (const p of found) {
      expect(orgNames.has(p.name.toLowerCase())).toBe(false);
      for (const m of p.mentions) expect(doc.text.slice(m.span.start, m.span.end)).toBe(m.text);
    }
    for (const o of orgs) for (const m of o.mentions) expect(doc.text.slice(m.span.start, m.span.end)).toBe(m.text);
  });
});
