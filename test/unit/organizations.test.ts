import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findOrganizations } from '../../src/entities/organizations.js';
import { findPeople } from '../../src/entities/people.js';
import type { Letter } from '../../src/model/letter.js';
import type { Party } from '../../src/model/party.js';
import { FIXTURES } from '../helpers.js';
import { docOf, NO_STRUCTURE } from './entity-doc.js';

const orgs = (text: string, letters: Letter[] = []) => findOrganizations(docOf(text), NO_STRUCTURE, letters);
const names = (text: string) => orgs(text).map((o) => o.name);

describe('findOrganizations: names', () => {
  test.for([
    // [text, expected names, why]
    ['Legislators from the Inter-Parliamentary Alliance on Freedonia (IPAF) wrote.', ['Inter-Parliamentary Alliance on Freedonia'], 'an acronym defined in the text'],
    ['He works at the Ministry of Public Works in the capital.', ['Ministry of Public Works'], 'a leading head with "of"'],
    ['the Department of Justice and Police (Switzerland)', ['Department of Justice and Police'], 'a leading head; "and" joins a last word'],
    ['A report by the Hong Kong Liberty Council was published.', ['Hong Kong Liberty Council'], 'a trailing head with places inside the name'],
    ['Dolkun was on his way to the Italian Senate.', ['Italian Senate'], 'a demonym before a state institution'],
    ['A spokesperson for the Freedonian Foreign Ministry said', ['Freedonian Foreign Ministry'], 'demonym and generic word before a head (unknown demonym kept as a word)'],
    ['The letter went to Interpol. INTERPOL said no.', ['Interpol'], 'a known body in two spellings is one'],
    ['a former New York Police Department officer', ['New York Police Department'], 'of two heads in a row the last ends the name'],
    ['Group of the Greens/European Free Alliance', ['Group of the Greens/European Free Alliance'], 'a slash inside a name'],
    ['Article 19 and Amnesty International echoed this.', ['Article 19', 'Amnesty International'], 'known bodies, one with a number'],
    ['the Association for Plant Breeding for the Benefit of Society (APBREBES)', ['Association for Plant Breeding for the Benefit of Society'], 'connectors "for the" inside a name'],
    ['the Liberal, National and Labor Parties agreed', ['Liberal Party', 'National Party', 'Labor Party'], 'a plural head shared by a list'],
    ["coordinated by the People's Water Alliance, a coalition", ["People's Water Alliance"], 'a possessive group noun inside a name'],
    ['members including Club de Lisboa and others', ['Club de Lisboa'], 'a leading head with a foreign link word'],
    ['She is a columnist for the Northern Valley Mirror in Ruritania.', ['Northern Valley Mirror'], 'a newspaper named for a mirror'],
    ['the leader of the Riverside Baptist Fellowship was detained', ['Riverside Baptist Fellowship'], 'a fellowship of a church'],
    ["The Eastbrook Magistrate's Court refused bail.", ["Eastbrook Magistrate's Court"], 'a possessive inside a court\'s name'],
    ['the Human Rights Council adopted a resolution', ['Human Rights Council'], 'a UN body named without its prefix'],
    ['He wrote to the Committee on Forced or Compulsory Labour last week.', ['Committee on Forced or Compulsory Labour'], '"or" between two words of the object'],
    ['Amnesty International or Human Rights Watch may reply.', ['Amnesty International', 'Human Rights Watch'], '"or" between two names keeps them apart'],
    ['She studied at SOAS University of London.', ['SOAS University of London'], 'an acronym glued to the head is part of the name'],
    ['The NGO Network of Rights said so.', ['Network of Rights'], 'an acronym for a kind of body is not'],
    ['A cable from the Freedonian Embassy Asmara said so.', ['Freedonian Embassy Asmara'], 'a mission named with its city'],
    ['The Freedonian Embassy on Monday said so.', ['Freedonian Embassy'], 'a word after a mission that is no city'],
    ['She studied at Université Lumière Lyon 2 in France.', ['Université Lumière Lyon 2'], 'a Romance head opens the name; a number ends it'],
    ['He taught at the Universidad Andina de Quito for years.', ['Universidad Andina de Quito'], 'a Romance head, a word and a place after "de"'],
    ['He is editor of the independent outlet El Faro Norteño in Tegucigalpa.', ['El Faro Norteño'], 'a name in apposition after a word for a medium, its article kept'],
    ['The newspaper Gazeta Wolna reported it.', ['Gazeta Wolna'], 'a newspaper named after the noun'],
    ['She is a correspondent for the Tarvik Independent in the capital.', ['Tarvik Independent'], "a writer's medium after 'for the', with no head word"],
    ['He was editor of the Middle East desk and a writer for the Jane Doe show.', [], 'a region, or a person, after a writer and "of the"'],
    ['The outlet said on Monday that the newspaper Le refused.', [], 'no name after the noun: a calendar word, an article alone'],
    ['Hartley, Okafor Press Minister on Detained Pastor\nSenators Jane Hartley and Peter Okafor wrote.', [], 'a surname from the body and a verb in a headline'],
    ['Peter Okafor founded Okafor Press. Lagos Free Press agreed.', ['Okafor Press', 'Lagos Free Press'], 'the same pair after a verb of making is a name'],
    ['A Member of Congress wrote to the Congress of Freedonia.', ['Congress of Freedonia'], 'a body alone is a short form of the one "X of Y" the text gives'],
    ["In 2023 Portugal's Relação Nortenha rejected the request.", ['Relação Nortenha'], "a body in another language after a country's possessive, a verb of judging after it"],
    ["Turkey's Yavuzhan ordered it; France's Marine Le Pen refused; Spain's Audiencia Nacional met.", [], 'one word, words a lexicon knows, or no verb of judging'],
    ["The Commission for the Control of INTERPOL's Files said so.", ["Commission for the Control of INTERPOL's Files", 'INTERPOL'], 'a body named inside another body\'s name'],
    ['The UN Human Rights Committee said so.', ['UN Human Rights Committee'], 'an acronym that opens a known form is that form\'s, not a body of its own'],
    ['The Court ruled. The Court of Appeal and the Court of Review disagreed.', ['Court of Appeal', 'Court of Review'], 'two "X of Y" leave a head alone with neither'],
    ['Professor of History, University of Freedonia, Springfield\n', ['University of Freedonia, Springfield'], 'a campus after a university at the end of an entry'],
    ['former staff of the US Senate Appropriations Committee', ['US Senate Appropriations Committee'], 'the last of two heads in one name ends it'],
    ['Member of the International Committee of the Freedonian Association of Jurists', ['Freedonian Association of Jurists'], 'an organ of a body is not a name of its own'],
    ['Senator Jane Roe   Freedonia Greens Deputy Leader', ['Freedonia Greens'], 'a column gap of three spaces separates names'],
    ['She joined Veterans for Freedonia and Lawyers Without Borders.', ['Veterans for Freedonia', 'Lawyers Without Borders'], 'a group of people named for a cause'],
    ['Former parliamentarian for the Civic Forum & Pirate Party', ['Civic Forum', 'Pirate Party'], '"&" after a complete name starts a second one'],
    ['MEP Anna CORVINI Group of the Freedonian Left', ['Group of the Freedonian Left'], 'a person named before a group is not part of its name'],
    ['Deputy to the Dáil (TD)', ['Dáil'], 'a legislature named by its own word'],
    ['the Raoul Wallenberg Centre for Human Rights praised it', ['Raoul Wallenberg Centre for Human Rights'], "a person's name inside an organisation's name"],
    ['Read the Washington Post article.', ['Washington Post'], 'a verb and "the" before a name are not part of it'],
    ['The UN Human Rights Committee met.', ['UN Human Rights Committee'], 'a lexicon form that opens with an acronym'],
    ['the Committee and the Freedonia Committee against Torture (FCAT)', ['Freedonia Committee against Torture'], 'the nearest words that spell the acronym'],
  ] as const)('%s', ([text, expected]) => {
    expect(names(text)).toEqual(expected);
  });

  test.for([
    // [text, name, aliases, why]
    ['the Inter-Parliamentary Alliance on Freedonia (IPAF). IPAF said', 'Inter-Parliamentary Alliance on Freedonia', ['IPAF'], 'acronym as alias'],
    ['IMMI (International Modern Media Institute)', 'International Modern Media Institute', ['IMMI'], 'acronym first, long form in brackets'],
    ['the Chinese Communist Party. The Communist Party denied it', 'Chinese Communist Party', ['Communist Party'], 'a short form without the demonym'],
    ['the WTO TRIPS Council and the Council for TRIPS', 'WTO TRIPS Council', ['Council for TRIPS'], 'head after and before its object'],
    ['the Chinese Ministry of Public Works said', 'Ministry of Public Works', ['Chinese Ministry of Public Works'], 'the demonym names the state, not the body'],
    ['MEMBERS OF THE INTER-PARLIAMENTARY ALLIANCE ON CHINA\n\nThe Inter-Parliamentary Alliance on China (IPAC) said', 'Inter-Parliamentary Alliance on China', ['IPAC'], 'a form in capitals throughout gives way to the same form in mixed case'],
    ['Director of the Open Freedonia Initiative; OFI General Manager', 'Open Freedonia Initiative', ['OFI'], 'an acronym alone whose letters are the initials of a name'],
  ] as const)('%s', ([text, name, aliases]) => {
    const found = orgs(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.name).toBe(name);
    expect(found[0]!.aliases).toEqual(aliases);
  });

  test('mentions are spans of the normalised text, acronyms alone included', () => {
    const text = 'The Freedonia Democracy Council (FDC) met. Later the FDC spoke.';
    const [o] = orgs(text);
    expect(o!.mentions.map((m) => m.text)).toEqual(['Freedonia Democracy Council', 'FDC', 'FDC']);
    for (const m of o!.mentions) expect(text.slice(m.span.start, m.span.end)).toBe(m.text);
  });

  test('organisation signatories and the organisations parties act for', () => {
    const text = 'Sincerely,\n\nBolo Bhi\n\nJane Doe, Director, Freedonia Rights Watch';
    const party = (name: string, kind: Party['kind'], organization: string | null, entry: string): Party => {
      const start = text.indexOf(entry);
      return { name, kind, honorifics: [], postNominals: [], role: null, organization, country: null, span: { start, end: start + entry.length }, text: entry };
    };
    const letter: Letter = {
      span: { start: 0, end: text.length }, date: null, subject: null, salutation: null, closing: null, addressees: [],
      signatories: [party('Bolo Bhi', 'organization', null, 'Bolo Bhi'), party('Jane Doe', 'person', 'Freedonia Rights Watch', 'Jane Doe, Director, Freedonia Rights Watch')],
    };
    expect(orgs(text, [letter]).map((o) => o.name)).toEqual(['Bolo Bhi', 'Freedonia Rights Watch']);
  });

  test('a name found inside a signing organisation\'s entry is that organisation', () => {
    const text = 'Signed,\n\nCentro de Estudos em Liberdade (CEL), Universidade de Freedonia';
    const entry = text.slice(text.indexOf('Centro'));
    const start = text.indexOf('Centro');
    const letter: Letter = {
      span: { start: 0, end: text.length }, date: null, subject: null, salutation: null, closing: null, addressees: [],
      signatories: [{ name: 'Centro de Estudos em Liberdade, Universidade de Freedonia', kind: 'organization', honorifics: [], postNominals: [], role: null, organization: null, country: null, span: { start, end: text.length }, text: entry }],
    };
    const found = orgs(text, [letter]);
    expect(found.map((o) => o.name)).toEqual(['Centro de Estudos em Liberdade, Universidade de Freedonia']);
    expect(found[0]!.aliases).toContain('CEL');
  });
});

describe('findOrganizations: the whole of a long name', () => {
  test.for([
    // [text, expected names, why]
    ['The Bureau of Freedom, Labour Rights, and Trade said so.', ['Bureau of Freedom, Labour Rights, and Trade'], 'a series closed by ", and" inside the object'],
    ["the Commission for the Review of INTERPOL's Files", ["Commission for the Review of INTERPOL's Files"], 'a possessive inside the object, before a capitalised word'],
    ['She studied at the Graduate School of Asian and African Area Studies.', ['Graduate School of Asian and African Area Studies'], '"and" with no name of its own after it'],
    ['He left the University of Freedonia and Monash University.', ['University of Freedonia', 'Monash University'], '"and" before a second name with its own head'],
    ['The Office of the Prime Minister replied.', ['Office of the Prime Minister'], 'an office after "the" is part of the name'],
    ['The Office of the High Commissioner for Freedonian Affairs spoke.', ['Office of the High Commissioner for Freedonian Affairs'], 'an office after "the", then the name goes on'],
    ['The African Union Commission met.', ['African Union Commission'], 'an organ named after a known body'],
    ['The lnternational Committee of the Red Cross helped.', ['International Committee of the Red Cross'], 'OCR: l for I opening a word'],
    ['the Department of lmmigration', ['Department of Immigration'], 'OCR: l for I in the object'],
    ['the Departrnent of Refugee Affairs', ['Department of Refugee Affairs'], 'OCR: rn for m in a head word'],
    ['The Cornmittee on Freedonia met Bernard Hornby.', ['Committee on Freedonia'], 'OCR: rn only where it makes a head word ("Bernard" stays)'],
    ['the Freedonia Regional Court on Tuesday ruled', ['Freedonia Regional Court'], 'a weekday after "on" dates the sentence'],
    ['the Freedonia Police on January 9', ['Freedonia Police'], 'a month after "on" dates the sentence'],
    ['Members of Group 24 were held.', ['Group 24'], 'a number completes a head'],
    ['thanks to the team at Red Notice Watch', ['Red Notice Watch'], 'a watchdog named by generic words'],
  ] as const)('%s', ([text, expected]) => {
    expect(names(text)).toEqual(expected);
  });

  test.for([
    // [text, expected names, why]
    ['the Ministry of Justice, Amnesty International and Human Rights Watch', ['Ministry of Justice', 'Amnesty International', 'Human Rights Watch'], 'a list of bodies is no series inside one name'],
    ['the Office of the Prime Minister Abiy Tessema', ['Office of the Prime Minister'], "an office's holder after it is no part of the name"],
    ['the IPAF Secretariat', ['IPAF Secretariat'], 'a head after an acronym that is no known body stays a head phrase'],
    ['the Freedonia Council 2024 session', ['Freedonia Council'], 'a year is no part of a name'],
  ] as const)('%s', ([text, expected]) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('findOrganizations: a party\'s organisation cut at a comma', () => {
  test.for([
    // [organisation the party gives, expected names, why]
    ['Bureau of Freedom', ['Bureau of Freedom, Labour Rights, and Trade'], 'cut inside a series: the name the scan found from the same start'],
    ['Freedonia Watch', ['Bureau of Freedom, Labour Rights, and Trade', 'Freedonia Watch'], 'another organisation stays apart'],
  ] as const)('%s', ([organization, expected]) => {
    const text = organization === 'Freedonia Watch'
      ? 'cc: Jane Roe, Assistant Secretary, Bureau of Freedom, Labour Rights, and Trade\n\nTom Harlow, Freedonia Watch'
      : 'cc: Jane Roe, Assistant Secretary, Bureau of Freedom, Labour Rights, and Trade';
    const entry = organization === 'Freedonia Watch' ? 'Tom Harlow, Freedonia Watch' : text.slice(4);
    const start = text.indexOf(entry);
    const name = organization === 'Freedonia Watch' ? 'Tom Harlow' : 'Jane Roe';
    const letter: Letter = {
      span: { start: 0, end: text.length }, date: null, subject: null, salutation: null, closing: null, addressees: [],
      signatories: [{ name, kind: 'person', honorifics: [], postNominals: [], role: null, organization, country: null, span: { start, end: start + entry.length }, text: entry }],
    };
    expect(orgs(text, [letter]).map((o) => o.name)).toEqual(expected);
  });
});

describe('findOrganizations: a headline in title case', () => {
  test.for([
    // [headline, expected names, why]
    ['Senators Urge State Department to Press Freedonia on Abuse of INTERPOL', ['State Department', 'INTERPOL'], 'a clause through two link words is no name'],
    ['Freedonia Rights Council Welcomes Release of Journalist', ['Freedonia Rights Council'], 'a name with its head in a headline stays'],
    ['Senators urge the department to press Freedonia on abuse of the Commission for the Control of Files', ['Commission for the Control of Files'], 'not in title case: names with links stay'],
  ] as const)('%s', ([headline, expected]) => {
    const text = `${headline}\n\nBody text follows here.`;
    const structure = { ...NO_STRUCTURE, title: { text: headline, span: { start: 0, end: headline.length } } };
    expect(findOrganizations(docOf(text), structure, []).map((o) => o.name)).toEqual(expected);
  });
});

describe('findOrganizations: lists headed as organisations', () => {
  test.for([
    // [heading, counts as a list of organisations, why]
    ['Organizations', true, 'the plain heading'],
    ['**Organisational signatories (54):**', true, 'emphasis, a count and a colon'],
    ['Signed by the following organisations:', true, 'a sentence-like heading'],
    ['Individuals', false, 'a list of people'],
    ['Organizations that work on privacy include many NGOs', false, 'prose, not a heading'],
  ] as const)('%s', ([heading, expected]) => {
    const text = `${heading}\n\nFramasoft`;
    const start = text.indexOf('Framasoft');
    const letter: Letter = {
      span: { start: 0, end: text.length }, date: null, subject: null, salutation: null, closing: null, addressees: [],
      signatories: [{ name: 'Framasoft', kind: 'person', honorifics: [], postNominals: [], role: null, organization: null, country: null, span: { start, end: start + 9 }, text: 'Framasoft' }],
    };
    expect(orgs(text, [letter]).map((o) => o.name).includes("Framasoft")).toBe(expected);
  });

  test.for([
    // [table, organisations, why]
    ['| Organisation | Country |\n|---|---|\n| Kurdish Writers Circle Europe | Germany |\n| Oslo Free Speech Trust | Norway |', ['Kurdish Writers Circle Europe', 'Oslo Free Speech Trust'], 'a first column headed "Organisation": every cell is one, whatever its words'],
    ['| **Organization name** | City |\n| :--- | :--- |\n| Framasoft | Lyon |', ['Framasoft'], 'emphasis and alignment marks in the table'],
    ['| Name | Country |\n|---|---|\n| Kurdish Writers Circle Europe | Germany |', [], 'a column headed "Name" is not a list of organisations'],
  ] as const)('%s', ([text, expected]) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('findOrganizations: signers listed, agencies, cities', () => {
  test.for([
    // [text, expected names, why]
    ['We call for his release.\n\nSigned,\n\n- Index on Exiles\n- PEN Beyond Frontiers\n- Civic Guardians Belgrade\n', ['Index on Exiles', 'PEN Beyond Frontiers', 'Civic Guardians Belgrade'], 'bullet items under "Signed," are organisations'],
    ['Signatories:\n\n• Freedonia Watch\n• Open Borders Legal Aid\n', ['Freedonia Watch', 'Open Borders Legal Aid'], 'another heading and bullet'],
    ['ALMATY, March 3 (Wirewatch) - A man was held, a lawyer told Wirewatch.', ['Wirewatch'], 'the agency in a dateline'],
    ['Supported by Human Rights Initiative Belgrade, and others', ['Human Rights Initiative Belgrade'], 'a city that ends an entry ends the name'],
    ['the United Nations Border Relief 0peration (UNBR0) helped', ['United Nations Border Relief Operation'], "an acronym's long form that opens with a known body; OCR zeros"],
  ] as const)('%s', ([text, expected]) => {
    expect(names(text)).toEqual(expected);
  });

  test.for([
    // [text, expected names, why]
    ['Signed,\n\n- Jane Whitfield\n- Freedonia Watch\n- Tom Harlow (Freedonia University)\n', ['Freedonia Watch', 'Freedonia University'], 'a list with people in it is a list of people'],
    ['He said, in a note (Annex) - see below', [], 'a bracket after a comma with no date is no dateline'],
    ['The Freedom Council Paris office said', ['Freedom Council'], 'a city inside a sentence is not part of the name'],
    ['the World Uyghur Congress Berlin\n', ['World Uyghur Congress'], "a known body's name is whole without its office's city"],
  ] as const)('%s', ([text, expected]) => {
    expect(names(text)).toEqual(expected);
  });
});

describe("findOrganizations: a state's bodies and outlets", () => {
  test.for([
    // [text, expected names, why]
    ['The Dutch foreign ministry replied.', ['Dutch foreign ministry'], 'a demonym and a lower-case ministry'],
    ['The UAE interior ministry denied it.', ['UAE interior ministry'], 'a country code and a lower-case ministry'],
    ['The Tajik embassy did not reply.', ['Tajik embassy'], 'a demonym and an embassy'],
    ['The Almavy district court ruled.', ['Almavy district court'], 'a place before a district court'],
    ["The Prosecutor General's Office said.", ["Prosecutor General's Office"], "an office holder's office"],
    ["Spain's National Court ruled.", ['National Court'], "a state's possessive before a capitalised body"],
    ['He is a correspondent for "Nasha Dumkova" in Minsk.', ['Nasha Dumkova'], 'an outlet named in quotation marks'],
    ['The newspaper “Free Voice” closed.', ['Free Voice'], 'curly quotation marks after "newspaper"'],
  ] as const)('%s', ([text, expected]) => {
    expect(names(text)).toEqual(expected);
  });

  test("the state's form is an alias", () => {
    const [o] = orgs("Spain's Supreme Court ruled.");
    expect(o?.name).toBe('Supreme Court');
    expect(o?.aliases).toEqual(["Spain's Supreme Court"]);
  });

  test.for([
    // [text, why]
    ['The Swedish court ruled.', 'a court with no qualifier names no body'],
    ['The Chinese government said so.', 'a government is the state'],
    ['He said "We Will Win" to the crowd.', 'a quotation with no outlet word before it'],
    ['The Freedonian ministry said.', 'a ministry with no portfolio'],
  ] as const)('%s', ([text]) => {
    expect(names(text)).toEqual([]);
  });
});

describe('findOrganizations: prefixes and units', () => {
  test.for([
    // [text, expected names, why]
    ['the Writers at Risk Visa Coalition said', ['Writers at Risk Visa Coalition'], '"at" inside a name before its head'],
    ['the UAE Ministry of Interior said', ['UAE Ministry of Interior'], "a country's code in capitals before a body"],
    ['the Spanish Ministry of the Interior said', ['Ministry of the Interior'], 'a demonym before "Ministry of the …" (the demonym form is an alias)'],
    ['the Permanent Mission of Freedonia to the United Nations Office at Geneva', ['Permanent Mission of Freedonia to the United Nations Office at Geneva'], 'a mission is named for the body it is sent to'],
  ] as const)('%s', ([text, expected]) => {
    expect(names(text)).toEqual(expected);
  });

  test.for([
    // [text, expected names, why]
    ['Jane Doe, Professor, Department of Law, Cardiff University\n', ['Cardiff University'], "a university's department is not recorded apart from it"],
    ['the Department of Law said so', ['Department of Law'], 'a department with no university after it stays'],
    ['Freedonia Exiles Forum Board Member Adil Nurmak (Ukraine)', ['Freedonia Exiles Forum'], 'a head that opens a role ("Board Member") is the role\'s'],
    ['The Freedonia Democracy Council Chair spoke.', ['Freedonia Democracy Council'], 'a role after a name with its one head'],
    ['the Center for Studies in Higher Learning Research and Occasional Paper Series', ['Center for Studies in Higher Learning Research'], 'a publication after "and" is no part of the name'],
    ['the Committee on Freedonian Affairs of the Freedonia Parliament', ['Committee on Freedonian Affairs', 'Freedonia Parliament'], 'a committee is not named for the body after "of the"'],
  ] as const)('%s', ([text, expected]) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('findOrganizations: not organisations', () => {
  test.for([
    // [text, why]
    ['He posted it on Twitter and on Facebook.', 'a platform used as a medium'],
    ['Call +44 20 7946 0000 or WhatsApp +381 64 123 4567.', 'a platform before a phone number'],
    ['The Watch said so.', 'a head alone'],
    ['an extradition request from the Russian Federation', "a state's own name"],
    ['By electing him to the Executive Committee, the General Assembly would', 'organs spoken of without a name of their own'],
    ['the INTERPOL Executive Committee', 'a known body plus generic words: its organ'],
    ['the Income Driven Repayment (IDR) plan', 'an acronym that names a programme, not a body'],
    ['Follow us at twitter.com/FreedoniaCouncil and #FreeDolkun', 'a URL and a hashtag'],
    ['Assistant Professor of Sociology', 'a title, not a body'],
    ['The Fellowship said so.', 'a new head alone'],
    ['the Protection of Online Harms Act', "a law's name"],
    ['Republicans in Congress', 'the known body only'],
  ] as const)('%s', ([text]) => {
    const found = names(text);
    if (text === 'Republicans in Congress') expect(found).toEqual(['Congress']);
    else if (text === 'the INTERPOL Executive Committee') expect(found).toEqual(['INTERPOL']);
    else expect(found).toEqual([]);
  });
});

describe('a whole press release (fixtures/entities-press-release.txt, fictional)', () => {
  const text = readFileSync(join(FIXTURES, 'entities-press-release.txt'), 'utf8');
  const doc = docOf(text);
  const found = findOrganizations(doc, NO_STRUCTURE, []);
  const people = findPeople(doc, NO_STRUCTURE, [], found);

  test('organisations, with the acronym defined in the text as an alias', () => {
    expect(found.map((o) => o.name)).toEqual([
      'Interpol',
      'Global Exile Defence Network',
      'Commission for the Control of Files',
      'Freedonian Ministry of Interior',
      'Reuters',
      'UN Working Group on Arbitrary Detention',
      'Human Rights Watch',
    ]);
    expect(found.find((o) => o.name === 'Global Exile Defence Network')!.aliases).toEqual(['GEDN']);
  });

  test('people: quoted speakers, a lawyer, officials named by title, a photo credit, a press contact', () => {
    expect(people.map((p) => p.name)).toEqual(['Karim al-Mansour', 'Maria Ostrova', 'Tomás Etxeberria', 'Hendrik van Loon', 'Jürgen Stock', 'Anna Lindqvist', "Peter O'Hara"]);
    // "Al-Mansour" opening a sentence and "Ms Ostrova" are further mentions
    expect(people[0]!.mentions.map((m) => m.text)).toContain('Al-Mansour');
    expect(people[1]!.mentions.map((m) => m.text)).toEqual(['Maria Ostrova', 'Ostrova']);
  });
});
