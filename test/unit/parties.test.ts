import { describe, expect, test } from 'vitest';
import { readAffiliation, readParty } from '../../src/parties/entry.js';
import { isAddressLine, readPartyList } from '../../src/parties/list.js';
import { segment } from '../../src/text/segment.js';

/** One entry read as a party: the fields the model compares. */
function party(text: string, options: Parameters<typeof readParty>[1] = {}) {
  const p = readParty({ text, start: 0, end: text.length }, options);
  if (!p) return null;
  return {
    name: p.name,
    honorifics: p.honorifics,
    postNominals: p.postNominals,
    role: p.role,
    organization: p.organization,
    country: p.country?.code ?? null,
  };
}

/** A list of lines read as signatures (or addressees). */
function list(text: string, mode: 'signatures' | 'addressees' = 'signatures') {
  const { lines } = segment(text);
  return readPartyList(lines, { text, mode });
}

const E = { honorifics: [], postNominals: [], role: null, organization: null, country: null };

describe('readParty: one entry', () => {
  test.for([
    // [entry, expected, why]
    ['Hon Clara Whitfield MP, Minister for Home Affairs (Australia)', { ...E, name: 'Clara Whitfield', honorifics: ['Hon'], postNominals: ['MP'], role: 'Minister for Home Affairs', country: 'AU' }, 'honorific, post-nominal, role and bracketed country'],
    ['Commissioner Eva Lindqvist, Commissioner for Home Affairs (European Union)', { ...E, name: 'Eva Lindqvist', honorifics: ['Commissioner'], role: 'Commissioner for Home Affairs', country: 'EU' }, 'office before the name is an honorific; European Union is EU'],
    ['Tobias Keller, Head of the Department of Justice (Switzerland)', { ...E, name: 'Tobias Keller', role: 'Head', organization: 'Department of Justice', country: 'CH' }, 'a role "of" an organisation splits'],
    ['Paul Girard, Minister of the Interior (France)', { ...E, name: 'Paul Girard', role: 'Minister of the Interior', country: 'FR' }, 'a portfolio stays in the role'],
    ['Karl Berger, Minister of the Interior, Building and Community (Germany)', { ...E, name: 'Karl Berger', role: 'Minister of the Interior', country: 'DE' }, 'a bracket closing the whole entry gives its country'],
    ['Senator Hugh Barrett (Australia)', { ...E, name: 'Hugh Barrett', honorifics: ['Senator'], country: 'AU' }, 'Senator X (Country)'],
    ['Joanna Pike MP (Canada)', { ...E, name: 'Joanna Pike', postNominals: ['MP'], country: 'CA' }, 'Name MP (Country)'],
    ['Sophie Lenoir MEP (European Parliament)', { ...E, name: 'Sophie Lenoir', postNominals: ['MEP'], country: 'EU' }, '(European Parliament) gives EU'],
    ['Anke Vogel MdB', { ...E, name: 'Anke Vogel', postNominals: ['MdB'], country: 'DE' }, 'MdB implies the Bundestag, so Germany'],
    ['Lord (Edward) Fairbank (United Kingdom)', { ...E, name: 'Edward Fairbank', honorifics: ['Lord'], country: 'GB' }, 'bracketed given name'],
    ['Rt Hon Sir Alan Crewe-Hollis MP (United Kingdom)', { ...E, name: 'Alan Crewe-Hollis', honorifics: ['Rt Hon', 'Sir'], postNominals: ['MP'], country: 'GB' }, 'stacked honorifics'],
    ['Ms. Claire Dutronc (France)', { ...E, name: 'Claire Dutronc', honorifics: ['Ms'], country: 'FR' }, 'an honorific loses its full stop'],
    ['Ines Carvalho, Founder of Open Courts Project, based in the UK', { ...E, name: 'Ines Carvalho', role: 'Founder', organization: 'Open Courts Project', country: 'GB' }, 'based in X gives the country'],
    ['Nadia Rahimi, Political Secretary of Free Voices Network, journalist in exile', { ...E, name: 'Nadia Rahimi', role: 'Political Secretary', organization: 'Free Voices Network' }, 'a description is left out'],
    ['Omar Haddad, Arab Reporters Union President, journalist in exile', { ...E, name: 'Omar Haddad', role: 'President', organization: 'Arab Reporters Union' }, 'Organisation Role'],
    ['Lale Aksoy, World Roma Congress Italy Representative', { ...E, name: 'Lale Aksoy', role: 'Italy Representative', organization: 'World Roma Congress', country: 'IT' }, 'a role naming a state gives the country'],
    ['Tom Weyland, Free Tibet Denmark', { ...E, name: 'Tom Weyland', organization: 'Free Tibet Denmark' }, "a country word inside an NGO's name gives no country"],
    ['Amara Diallo, Professor of Law, University of Lisbon', { ...E, name: 'Amara Diallo', role: 'Professor of Law', organization: 'University of Lisbon' }, 'Role, Organisation'],
    ['Ruth Adeyemi, Assistant Professor of Sociology, University of California, San Diego', { ...E, name: 'Ruth Adeyemi', role: 'Assistant Professor of Sociology', organization: 'University of California, San Diego' }, 'a campus after a comma stays with the organisation'],
    ['Pieter van Dam / Journalist, Netherlands', { ...E, name: 'Pieter van Dam', country: 'NL' }, '"Name / description": an occupation is no role'],
    ['Ada Quist / Executive Director, Open Wires Institute', { ...E, name: 'Ada Quist', role: 'Executive Director', organization: 'Open Wires Institute' }, 'slash list with a role'],
    ['Marek Dvořák / Czech MP and Chair of the Civic Forum Party', { ...E, name: 'Marek Dvořák', postNominals: ['MP'], role: 'Chair', organization: 'Civic Forum Party', country: 'CZ' }, 'a demonym attached to MP'],
    ['MEP Jana NOVÁKOVÁ Group of the Greens/European Free Alliance', { ...E, name: 'Jana NOVÁKOVÁ', postNominals: ['MEP'], organization: 'Group of the Greens/European Free Alliance', country: 'EU' }, 'MEP before the name; a capitalised surname ends the name'],
    ['MEP Luca BERTOLINI, Renew Europe Group Member', { ...E, name: 'Luca BERTOLINI', postNominals: ['MEP'], role: 'Member', organization: 'Renew Europe Group', country: 'EU' }, 'all-caps surname then a comma'],
    ['Ελένη Παπαδάκη, Professor of History, University of Crete', { ...E, name: 'Ελένη Παπαδάκη', role: 'Professor of History', organization: 'University of Crete' }, 'Greek script'],
    ['Алексей Смирнов / Editor, Free Word Magazine', { ...E, name: 'Алексей Смирнов', role: 'Editor', organization: 'Free Word Magazine' }, 'Cyrillic script'],
    ['Asociación Libertad Digital (ALD), Chile', { ...E, name: 'Asociación Libertad Digital', country: 'CL' }, 'Org (ACR), Country: an organisation'],
    ['12. Privacy First Foundation, Netherlands', { ...E, name: 'Privacy First Foundation', country: 'NL' }, 'a numbered organisation'],
    ['- Kenji Watanabe (Japan)', { ...E, name: 'Kenji Watanabe', country: 'JP' }, 'a bulleted entry'],
    ['Ferdinand Grappe II, Minister of Justice and Security (Netherlands)', { ...E, name: 'Ferdinand Grappe II', role: 'Minister of Justice and Security', country: 'NL' }, 'a generational suffix stays in the name'],
    ['The Honorable Maria Castell', { ...E, name: 'Maria Castell', honorifics: ['The Honorable'] }, 'The Honorable keeps its wording'],
  ] as const)('%s', ([text, expected]) => {
    expect(party(text)).toEqual(expected);
  });

  test.for([
    // [entry, shared honorific, politicalParty, why]
    ['Maria Cantwell (D-WA)', 'Senator', 'D-WA', 'a US tag is a party and a state, not a country'],
    ['Jim Dermot (D-WA-07)', 'Representative', 'D-WA-07', 'a district after the state'],
  ] as const)('%s with %s', ([text, honorific, tag]) => {
    const p = readParty({ text, start: 0, end: text.length }, { sharedHonorific: honorific });
    expect(p?.honorifics).toEqual([honorific]);
    expect(p?.politicalParty).toBe(tag);
    expect(p?.country).toBeNull();
  });

  test('Name MP (Party): the bracket is a party tag', () => {
    const p = readParty({ text: 'Rebecca Moyo MP (Labour)', start: 0, end: 24 });
    expect(p?.politicalParty).toBe('Labour');
    expect(p?.organization).toBeNull();
  });

  test.for([
    // [entry, kind, why]
    ['Privacy First Foundation, Netherlands', 'organization', 'an organisation word'],
    ['Kenji Watanabe (Japan)', 'person', 'a personal name'],
    ['Interpol Member States', 'organization', 'a collective addressee'],
  ] as const)('%s is a %s', ([text, kind]) => {
    expect(readParty({ text, start: 0, end: text.length })?.kind).toBe(kind);
  });
});

describe('readParty: not parties', () => {
  test.for([
    // [text, why]
    ['Signatories:', 'a heading ends with a colon'],
    ['Affiliations are listed for identification purposes', 'a sentence'],
    ['Some organisations have published their own statements.', 'a sentence with a verb'],
    ['', 'nothing'],
    ['— — —', 'punctuation only'],
  ] as const)('%s (%s)', ([text]) => {
    expect(readParty({ text, start: 0, end: text.length })).toBeNull();
  });
});

describe('readAffiliation: role and organisation', () => {
  test.for([
    // [phrase, role, organization, why]
    ['Executive Director', 'Executive Director', null, 'a role alone'],
    ['World Uyghur Congress President', 'President', 'World Uyghur Congress', 'organisation before the role'],
    ['Campaign for Uyghurs Executive Director', 'Executive Director', 'Campaign for Uyghurs', 'modifiers stay with the role'],
    ['Chairperson of the National Public Safety Commission', 'Chairperson', 'National Public Safety Commission', 'a commission is an organisation'],
    ['Secretary of Homeland Security', 'Secretary of Homeland Security', null, 'a portfolio'],
    ['President of the Federal Republic of Nigeria', 'President of the Federal Republic of Nigeria', null, 'a state is no organisation'],
    ['Home Secretary', 'Home Secretary', null, 'a portfolio word before the office'],
    ['Comptroller General', 'Comptroller General', null, 'a two-word office'],
    ['Institute Professor (emeritus) MIT', 'Institute Professor (emeritus)', 'MIT', 'a trailing acronym'],
    ['CEO at Fenwick Labs', 'CEO', 'Fenwick Labs', '"at" names an organisation'],
    ['Deputy to the Dáil', 'Deputy to the Dáil', null, '"to" stays in the role'],
  ] as const)('%s', ([phrase, role, org]) => {
    const a = readAffiliation(phrase);
    expect([a.role, a.organization]).toEqual([role, org]);
  });

  test.for([
    // [phrase, why]
    ['Author', 'a bare occupation'],
    ['Human Rights Lawyer', 'an occupation with its field'],
    ['writer and researcher on technology', 'a lower-case description'],
  ] as const)('%s is a description (%s)', ([phrase]) => {
    const a = readAffiliation(phrase);
    expect([a.role, a.organization, a.description]).toEqual([null, null, phrase]);
  });
});

describe('readPartyList: layouts', () => {
  test('a prefix shared by a list gives each member its honorific', () => {
    const got = list('Sens. Dana Holloway (D-OR), Mark Ellison (D-MN) and Peter Young, (R-KS)\nReps. Julia Ortiz (D-CA-12)');
    expect(got.map((p) => [p.name, p.honorifics, p.politicalParty])).toEqual([
      ['Dana Holloway', ['Senator'], 'D-OR'],
      ['Mark Ellison', ['Senator'], 'D-MN'],
      ['Peter Young', ['Senator'], 'R-KS'],
      ['Julia Ortiz', ['Representative'], 'D-CA-12'],
    ]);
  });

  test('an entry wrapped over lines keeps its country', () => {
    const got = list('Senator Margaret Oyelaran-Smith\n\n(Ireland)\n\nJoanna Pike MP (Canada)');
    expect(got.map((p) => [p.name, p.country?.code])).toEqual([
      ['Margaret Oyelaran-Smith', 'IE'],
      ['Joanna Pike', 'CA'],
    ]);
  });

  test('a signature with its title on the next line', () => {
    const got = list('Charles W. Ashdown\nRanking Member.');
    expect(got.map((p) => [p.name, p.role])).toEqual([['Charles W. Ashdown', 'Ranking Member']]);
  });

  test('group headings and a collective sign-off are not signatories', () => {
    const got = list('MEMBERS OF THE PRESS FREEDOM CAUCUS\n\nGlobal\n\n1. Open Network Defenders (OND)\n\nNational\n\n2. Privacy First Foundation, Netherlands');
    expect(got.map((p) => p.name)).toEqual(['Open Network Defenders', 'Privacy First Foundation']);
  });

  test('a name repeated in one list is recorded once', () => {
    expect(list('Kenji Watanabe (Japan)\nKenji Watanabe (Japan)')).toHaveLength(1);
  });

  test('a multi-line address block is one party', () => {
    const got = list('His Excellency\nJoseph Mwale\nPresident of the Republic of Zambia\nState House, Lusaka', 'addressees');
    expect(got.map((p) => [p.name, p.honorifics, p.role, p.country?.code ?? null])).toEqual([
      ['Joseph Mwale', ['His Excellency'], 'President of the Republic of Zambia', 'ZM'],
    ]);
  });

  test('an address block of full entries is one party a line', () => {
    const got = list('Marco Delgado, Minister of Public Safety (Canada)\nLena Brandt, Minister of the Interior (Belgium)', 'addressees');
    expect(got.map((p) => p.name)).toEqual(['Marco Delgado', 'Lena Brandt']);
  });

  test('a party span is its evidence', () => {
    const text = 'Signed\n\nKenji Watanabe (Japan)';
    const [p] = list(text);
    expect(text.slice(p!.span.start, p!.span.end)).toBe(p!.text);
  });
});

describe('readPartyList: more layouts', () => {
  test('a title under each signature in a list without blank lines', () => {
    const got = list('Dana Holloway\nUnited States Senator\nMark Ellison\nUnited States Senator');
    expect(got.map((p) => [p.name, p.role])).toEqual([
      ['Dana Holloway', 'United States Senator'],
      ['Mark Ellison', 'United States Senator'],
    ]);
  });

  test('"Senator X" lines without blank lines stay separate entries', () => {
    const got = list('Senator Hugh Barrett (Australia)\nSenator Alex Antonides (Australia)');
    expect(got.map((p) => p.name)).toEqual(['Hugh Barrett', 'Alex Antonides']);
  });

  test('organisations in one comma-separated run', () => {
    const got = list('Open Wires Institute, Digital Freedom Alliance, Privacy First Foundation, Kettle Labs Inc., Free Voices Network and Northern Media Trust');
    expect(got.map((p) => p.name)).toEqual(['Open Wires Institute', 'Digital Freedom Alliance', 'Privacy First Foundation', 'Kettle Labs Inc.', 'Free Voices Network', 'Northern Media Trust']);
  });

  test('entries separated by semicolons', () => {
    const got = list('Jane Doe, Director, Open Wires Institute; John Roe, Chair, Northern Media Trust; Ada Quist (Norway)');
    expect(got.map((p) => [p.name, p.role, p.country?.code ?? null])).toEqual([
      ['Jane Doe', 'Director', null],
      ['John Roe', 'Chair', null],
      ['Ada Quist', null, 'NO'],
    ]);
  });

  test('columns of a table', () => {
    const text = 'Jane Doe | Open Wires Institute | Norway';
    const [p] = list(text);
    expect([p!.name, p!.organization, p!.country?.code]).toEqual(['Jane Doe', 'Open Wires Institute', 'NO']);
    expect(text.slice(p!.span.start, p!.span.end)).toBe(p!.text);
  });

  test('one entry with five parts is not split', () => {
    const got = list('Ruth Adeyemi, Assistant Professor of Sociology, University of California, San Diego, USA');
    expect(got.map((p) => p.name)).toEqual(['Ruth Adeyemi']);
  });
});

describe('readPartyList: layouts of other documents', () => {
  test('signatures side by side in two columns', () => {
    const got = list('Dana Holloway                          Mark Ellison\nUnited States Senator                  United States Senator');
    expect(got.map((p) => [p.name, p.role])).toEqual([
      ['Dana Holloway', 'United States Senator'],
      ['Mark Ellison', 'United States Senator'],
    ]);
  });

  test('signature blocks of name, office and organisation', () => {
    const got = list('Dr. Ada Quist\nExecutive Director\nOpen Wires Institute, London\n\nOmar Haddad\nDirector of Advocacy\nArab Reporters Union');
    expect(got.map((p) => [p.name, p.role, p.organization, p.country?.code ?? null])).toEqual([
      ['Ada Quist', 'Executive Director', 'Open Wires Institute', null],
      ['Omar Haddad', 'Director of Advocacy', 'Arab Reporters Union', null],
    ]);
  });

  test.for([
    // [entry, name, role, organization, country, why]
    ['Aziz Karimov – Chair, Association of Central Asian Exiles (Germany)', 'Aziz Karimov', 'Chair', 'Association of Central Asian Exiles', 'DE', 'a dash after the name; a country bracket closing a part'],
    ['Exile Journalists Network Coordinator Cem Yıldız (Sweden)', 'Cem Yıldız', 'Coordinator', 'Exile Journalists Network', 'SE', 'organisation and office before the name'],
    ['Lithuanian MP Dovydas Petraitis', 'Dovydas Petraitis', null, null, 'LT', 'a demonym and MP before the name'],
    ['Hon. Marc-André Girard, Member of Parliament, Canada', 'Marc-André Girard', 'Member of Parliament', null, 'CA', '"Member of Parliament" is one office'],
    ['Erik Sandvik, Secretary General of Nordic Helsinki Circle, Norway', 'Erik Sandvik', 'Secretary General', 'Nordic Helsinki Circle', 'NO', 'a two-word office'],
    ['Amara Okafor, Professor, Department of Law, University of Lyon', 'Amara Okafor', 'Professor', 'University of Lyon', null, 'the university over its department'],
    ['Ada Quist, Programme Officer, Asia', 'Ada Quist', 'Programme Officer', null, null, 'a region is a remit, not an organisation'],
    ['Helena Marsh, Director, Open Wires Institute, London', 'Helena Marsh', 'Director', 'Open Wires Institute', null, 'a capital city gives no country'],
  ] as const)('%s', ([text, name, role, org, country]) => {
    const p = readParty({ text, start: 0, end: text.length });
    expect([p?.name, p?.role, p?.organization, p?.country?.code ?? null]).toEqual([name, role, org, country]);
  });

  test('H.E. and an office before the name are honorifics', () => {
    const text = 'H.E. Ambassador Rustam Aliev, Permanent Mission of the Republic of Uzbekistan to the United Nations Office at Geneva';
    const p = readParty({ text, start: 0, end: text.length });
    expect([p?.name, p?.honorifics, p?.country?.code]).toEqual(['Rustam Aliev', ['H.E', 'Ambassador'], 'UZ']);
  });
});

describe('readPartyList: inline lists', () => {
  test('an Oxford comma before the last member of a shared-prefix list', () => {
    const got = list('Sens. Ruth Marlow (D-Ore.), Peter Ostrow (R-Kan.), and Leilani Keal (D-Hawaii)');
    expect(got.map((p) => [p.name, p.honorifics])).toEqual([
      ['Ruth Marlow', ['Senator']],
      ['Peter Ostrow', ['Senator']],
      ['Leilani Keal', ['Senator']],
    ]);
  });

  test('"/s/" before a signature', () => {
    expect(list('/s/ Charles W. Ashdown').map((p) => p.name)).toEqual(['Charles W. Ashdown']);
  });
});

describe('readPartyList: lists of open and coalition letters', () => {
  test.for([
    // [lines, mode, expected [name, kind, role, organization, country], why]
    ['Name | Position | Institution | Country\nDr Ilse Varga-Norden | Senior Lecturer | University of Leiden | Netherlands', 'signatures',
      [['Ilse Varga-Norden', 'person', 'Senior Lecturer', 'University of Leiden', 'NL']], 'a table header row names columns, not a party'],
    ['Dr. Hana Okoro, Postdoctoral Researcher, Department of Geography, Stellenbosch University', 'signatures',
      [['Hana Okoro', 'person', 'Postdoctoral Researcher', 'Stellenbosch University', null]], 'a person with comma-separated affiliations is one entry'],
    ['Tomas Reyes-Fisher, PhD Candidate, Department of Politics, University of Oxford', 'signatures',
      [['Tomas Reyes-Fisher', 'person', null, 'University of Oxford', null]], 'a PhD candidate is described, holds no office'],
    ['SPAIN\nLucia Ortega Prieto, MEP\n\nGERMANY\nKlaus Rehberg, MEP', 'signatures',
      [['Lucia Ortega Prieto', 'person', null, null, 'ES'], ['Klaus Rehberg', 'person', null, null, 'DE']], 'a country heading gives its entries their country before MEP does'],
    ['1. Justice Without Frontiers Foundation (Netherlands)\n2. Northern Lights Legal Aid (Norway)\n3. Alpine Rights Watch (Switzerland)', 'signatures',
      [['Justice Without Frontiers Foundation', 'organization', null, null, 'NL'], ['Northern Lights Legal Aid', 'organization', null, null, 'NO'], ['Alpine Rights Watch', 'organization', null, null, 'CH']],
      'an honorific-like first word of an organisation stays in its name'],
    ['To His Excellency Tomas Arvelo, President of the Republic of Veloria\nand to Mr. Emil Ngabo, Minister of Justice and Attorney General', 'addressees',
      [['Tomas Arvelo', 'person', 'President of the Republic of Veloria', null, null], ['Emil Ngabo', 'person', 'Minister of Justice and Attorney General', null, null]],
      '"To A, …" and "and to B, …" name two addressees'],
    ['Ms Sanna Lindqvist\nHigh Representative of the Union for Foreign Affairs and Security Policy\nVice-President of the European Commission\nRue de la Loi 200\n1049 Brussels', 'addressees',
      [['Sanna Lindqvist', 'person', 'High Representative of the Union for Foreign Affairs and Security Policy', 'European Commission', 'EU']],
      'a multi-word office kept whole; the next line gives the organisation; street and post code are no parties'],
    ['H.E. Tomas Arvelo Quintana\nPrime Minister of the Republic of Veloria\nOffice of the Prime Minister\nPorto Alto', 'addressees',
      [['Tomas Arvelo Quintana', 'person', 'Prime Minister of the Republic of Veloria', 'Office of the Prime Minister', null]], 'H.E. and an office inside an organisation name'],
    ['Hana Mori\nProgramme Officer, Asia\nOpen Borders Legal Aid\n\nLeo Brandt\nDirector\nNorth Sea Rights Centre', 'signatures',
      [['Hana Mori', 'person', 'Programme Officer', 'Open Borders Legal Aid', null], ['Leo Brandt', 'person', 'Director', 'North Sea Rights Centre', null]],
      "a region after the role is its remit: the organisation on the next line is still the signatory's"],
    ['No. | Name | Affiliation | Country\n1 | Dr Ilse Varga | University of Leiden | Netherlands\n2 | Omar Haddad | Jordan University | Jordan', 'signatures',
      [['Ilse Varga', 'person', null, 'University of Leiden', 'NL'], ['Omar Haddad', 'person', null, 'Jordan University', 'JO']], 'a numbering column before the name'],
    ['Name\tInstitution\tCountry\nIlse Varga\tUniversity of Leiden\tNetherlands\nOmar Haddad\tUniversity of Jordan\tJordan', 'signatures',
      [['Ilse Varga', 'person', null, 'University of Leiden', 'NL'], ['Omar Haddad', 'person', null, 'University of Jordan', 'JO']], 'tab-separated rows under a header are entries, not columns or blocks'],
    ['SPAIN\n\nCarmen Ruiz\nMember of the European Parliament\n\nGERMANY\n\nAnna Becker\nMember of the European Parliament', 'signatures',
      [['Carmen Ruiz', 'person', 'Member', 'European Parliament', 'ES'], ['Anna Becker', 'person', 'Member', 'European Parliament', 'DE']], 'country headings between signature blocks'],
    ['Anna Becker, MEP (Greens/EFA, Germany)', 'signatures', [['Anna Becker', 'person', null, 'Greens/EFA', 'DE']], 'a country closing a bracket with a group in it'],
    ['To the President of the Republic of Veloria, His Excellency Tomas Arvelo', 'addressees',
      [['Tomas Arvelo', 'person', 'President of the Republic of Veloria', null, null]], 'the office first, the name after it'],
    ['Senator the Hon. Graham Pike, Senator for Tasmania (Australia)', 'signatures',
      [['Graham Pike', 'person', 'Senator for Tasmania', null, 'AU']], 'an honorific and a name first: not the inverted form'],
    ['Ms. Ana Ruiz\nSpecial Rapporteur\nPalais des Nations\nCH-1211 Geneva 10, Switzerland', 'addressees',
      [['Ana Ruiz', 'person', 'Special Rapporteur', null, 'CH']], 'a post code line closing on a country gives the country'],
  ] as const)('%s', ([text, mode, expected]) => {
    expect(list(text, mode).map((p) => [p.name, p.kind, p.role, p.organization, p.country?.code ?? null])).toEqual(expected);
  });

  test.for([
    // [lines, mode, names that must not appear, why]
    ['Jane Holt, MEP\n\nSPAIN\n\nArt Vela, MEP', 'signatures', ['SPAIN'], 'a country heading is no signatory'],
    ['Germany:\nArt Vela, MEP\nIreland:\nJane Holt, MEP', 'signatures', ['Germany', 'Ireland'], 'country headings with a colon'],
    ['Ms. Ana Ruiz\nSpecial Rapporteur\n\nPalais des Nations\nCH-1211 Geneva 10, Switzerland', 'addressees', ['CH-1211 Geneva 10', 'Palais des Nations'], 'an address run is no addressee'],
    ['Addis Ababa, Ethiopia', 'addressees', ['Addis Ababa'], 'a city and country line is no party'],
    ['Geneva', 'addressees', ['Geneva'], 'a city alone is no party'],
    ['Ms Ana Ruiz\nSpecial Rapporteur\n\nBrussels', 'addressees', ['Brussels'], 'a city the lexicon knows as a place, under the address block'],
    ['Name\tPosition\tCountry\nAnn Lee\tFellow\tKenya', 'signatures', ['Name'], 'a tab-separated header row'],
  ] as const)('no party: %s', ([text, mode, absent]) => {
    const names = list(text, mode).map((p) => p.name);
    for (const a of absent) expect(names).not.toContain(a);
  });

  test.for([
    // [line, address line?, why]
    ['CH-1211 Geneva 10', true, 'a Swiss post code'],
    ['1049 Brussels', true, 'a post code before the city'],
    ['Rue de la Loi 200', true, 'a street'],
    ['Addis Ababa, Ethiopia', true, 'a city and its country'],
    ['Strasbourg', true, 'a city alone'],
    ['United States Senator', false, 'an office naming a state'],
    ['Amnesty International, London', false, 'an organisation and its city'],
    ['Maria Fernandes', false, 'a person'],
  ] as const)('address line %s: %s', ([line, ok]) => {
    expect(isAddressLine(line)).toBe(ok);
  });
});

describe('readPartyList: signers pasted as one running paragraph', () => {
  test.for([
    // [text, names, why]
    ['Dr Marta Quennell, Associate Professor, School of Geography, University of Melbourne, Australia; Tobias Wrenfield, Lecturer, Faculty of Political Science, Chulalongkorn University, Thailand; Paul-Henri Damaret, Emeritus Professor, Université de Lyon, France',
      [['Marta Quennell', 'University of Melbourne', 'AU'], ['Tobias Wrenfield', 'Chulalongkorn University', 'TH'], ['Paul-Henri Damaret', 'Université de Lyon', 'FR']], 'one line, a party a segment; the university over its school or faculty'],
    ['Dr Marta Quennell, Associate Professor, University of Melbourne,\nAustralia; Tobias Wrenfield, Lecturer, Chulalongkorn\nUniversity, Thailand; Paul-Henri Damaret, Emeritus Professor, Université de Lyon, France',
      [['Marta Quennell', 'University of Melbourne', 'AU'], ['Tobias Wrenfield', 'Chulalongkorn University', 'TH'], ['Paul-Henri Damaret', 'Université de Lyon', 'FR']], 'the paragraph wrapped over lines inside its entries'],
    ['Ruth Abel, Director, Open Wires Institute;\nOmar Haddad, Research Fellow, Northern Media Trust;\nIlse Varga, Senior Lecturer, University of Leiden',
      [['Ruth Abel', 'Open Wires Institute', null], ['Omar Haddad', 'Northern Media Trust', null], ['Ilse Varga', 'University of Leiden', null]], 'negative: an entry a line, each closed by a semicolon, stays an entry a line'],
    ['Ruth Abel, Director; Board member\nOmar Haddad, Research Fellow; Trustee\nIlse Varga, Senior Lecturer',
      [['Ruth Abel'], ['Omar Haddad'], ['Ilse Varga']].map((x) => x[0]), 'negative: lines that each open with a name are not joined'],
  ] as const)('%s', ([text, want]) => {
    const got = list(text);
    if (typeof want[0] === 'string') expect(got.map((p) => p.name)).toEqual(want);
    else expect(got.map((p) => [p.name, p.organization, p.country?.code ?? null])).toEqual(want);
  });
});
