import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findCases, type CaseInputs } from '../../src/cases/cases.js';
import { notAPerson } from '../../src/cases/non-persons.js';
import { findTriggers } from '../../src/cases/triggers.js';
import type { CountryMention } from '../../src/entities/countries.js';
import type { CitedCase } from '../../src/model/case.js';
import { CitedCase as CitedCaseSchema } from '../../src/model/case.js';
import { makeDocumentText, type DocumentText } from '../../src/text/document-text.js';
import { normalise } from '../../src/text/normalise.js';
import { segment } from '../../src/text/segment.js';

// All people, organisations and events below are fictional.

interface Given {
  /** People the people stage would list (every exact occurrence is a mention). */
  people?: string[];
  /** Country mentions: [as written, ISO code, how it is named (default 'name')]. */
  countries?: ([string, string] | [string, string, CountryMention['how']])[];
  /** Resolved dates: [as written, value, resolved from a relative form]. */
  dates?: ([string, string] | [string, string, boolean])[];
}

function docOf(text: string): DocumentText {
  const norm = normalise(text);
  const { lines, blocks } = segment(norm.text);
  return makeDocumentText(norm, lines, blocks, { source: null, referenceDate: null, dateOrder: null, maxLength: 1_000_000 });
}

function occurrences(text: string, needle: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = new RegExp(`(?<![\\p{L}])${needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
  for (const m of text.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

function inputsOf(doc: DocumentText, given: Given): CaseInputs {
  const t = doc.text;
  return {
    people: (given.people ?? []).map((name) => ({ name, mentions: occurrences(t, name).map((span) => ({ text: name, span })) })),
    countries: (given.countries ?? []).flatMap(([text, code, how = 'name']) =>
      occurrences(t, text).map((span): CountryMention => ({ code, how, text, span })),
    ),
    dates: (given.dates ?? []).flatMap(([text, value, relative]) => occurrences(t, text).map((span) => ({ value, text, span, ...(relative ? { relative } : {}) }))),
    documentDate: null,
  };
}

function casesOf(text: string, given: Given = {}): CitedCase[] {
  const doc = docOf(text);
  return findCases(doc, inputsOf(doc, given));
}

/** The scorer's view of a case: subject, mechanism, requesting state, events as "type CC", status. */
function summary(c: CitedCase) {
  return {
    subject: c.subject,
    mechanism: c.mechanism,
    requestingState: c.requestingState?.code ?? null,
    events: c.events.map((e) => `${e.type} ${e.country?.code ?? '-'}`).sort(),
    status: c.status,
  };
}

const COUNTRIES: [string, string][] = [
  ['Turkey', 'TR'], ['Turkish', 'TR'], ['Serbia', 'RS'], ['Russia', 'RU'], ['Russian', 'RU'], ['Vietnamese', 'VN'], ['Thai', 'TH'],
  ['Bahrain', 'BH'], ['Canada', 'CA'], ['Egypt', 'EG'], ['Spain', 'ES'], ['Iran', 'IR'], ['Kenya', 'KE'], ['Belarusian', 'BY'],
  ['Nicaragua', 'NI'], ['Jordan', 'JO'], ['Tajikistan', 'TJ'], ['Chinese', 'CN'], ['PRC', 'CN'], ['Morocco', 'MA'], ['Italian', 'IT'],
  ['United States', 'US'], ['Sweden', 'SE'], ['UK', 'GB'], ['Georgia', 'GE'], ['Germany', 'DE'], ['Uzbekistan', 'UZ'], ['Ecuador', 'EC'],
  ['Serbian', 'RS'], ['Kyrgyzstan', 'KG'], ['Kazakh', 'KZ'], ['China', 'CN'], ['Iranian', 'IR'],
];

describe('findCases: one row per phrasing', () => {
  test.for([
    // a notice named with its issuing state as agent, an arrest abroad with "in X"
    ['Activist Mara Velkova was arrested in Serbia on the basis of a Red Notice issued by Turkey.', ['Mara Velkova'],
      { subject: 'Mara Velkova', mechanism: 'red-notice', requestingState: 'TR', events: ['arrested RS', 'issued TR'], status: 'active' }],
    // a demonym before the notice, a deletion in a relative clause, "before it was deleted"
    ['Journalist Tomas Reyes, who was subject to a Russian Red Notice for nearly ten years before it was deleted in 2019, spoke today.', ['Tomas Reyes'],
      { subject: 'Tomas Reyes', mechanism: 'red-notice', requestingState: 'RU', events: ['deleted -', 'issued RU'], status: 'deleted' }],
    // the notice is the object: "its red notice against X"
    ['Interpol cancelled its red notice against Leyla Orhan, which had been requested by Turkey.', ['Leyla Orhan'],
      { subject: 'Leyla Orhan', mechanism: 'red-notice', requestingState: 'TR', events: ['deleted -', 'issued TR'], status: 'deleted' }],
    // a passive agent gives the country of the detention, which is the pursuing state at home
    ['Blogger Anan Sukprasert was detained by the Vietnamese police on 3 May 2022.', ['Anan Sukprasert'],
      { subject: 'Anan Sukprasert', mechanism: 'arrest', requestingState: 'VN', events: ['detained VN'], status: 'unknown' }],
    // an active agent before the verb; the countries that describe the person do not count
    ['Thai authorities at the airport detained Karim Haddad, a Bahrain-born footballer residing in Canada.', ['Karim Haddad'],
      { subject: 'Karim Haddad', mechanism: 'arrest', requestingState: 'TH', events: ['detained TH'], status: 'unknown' }],
    // a state requesting the extradition as the subject of the verb
    ['Egypt has requested the extradition of dissident Omar Saleh.', ['Omar Saleh'],
      { subject: 'Omar Saleh', mechanism: 'extradition-request', requestingState: 'EG', events: [], status: 'active' }],
    // "extradited from X to Y": the handing-over state and the requesting state
    ['Ahmed Nour was extradited from Serbia to Bahrain in 2021.', ['Ahmed Nour'],
      { subject: 'Ahmed Nour', mechanism: 'extradition-request', requestingState: 'BH', events: ['extradited RS'], status: 'unknown' }],
    // "wanted by the X government": pursuit at home, no event
    ['Dissident Ilya Marin is wanted by the Belarusian government.', ['Ilya Marin'],
      { subject: 'Ilya Marin', mechanism: 'arrest', requestingState: 'BY', events: [], status: 'active' }],
    // a charge and a prison sentence in one clause; "in prison" after a term is not a detention
    ['Ana Ruiz was charged with sedition and sentenced to five years in prison in Nicaragua.', ['Ana Ruiz'],
      { subject: 'Ana Ruiz', mechanism: 'arrest', requestingState: 'NI', events: ['charged NI', 'sentenced NI'], status: 'unknown' }],
    // a release makes the status released
    ['Pavel Sokolov was arrested in Georgia in March and released on bail in May.', ['Pavel Sokolov'],
      { subject: 'Pavel Sokolov', mechanism: 'arrest', requestingState: 'GE', events: ['arrested GE', 'released GE'], status: 'released' }],
    // a possessive subject: "X's arrest in Y"
    ["Ahmed Nour's arrest in Kenya drew protests.", ['Ahmed Nour'],
      { subject: 'Ahmed Nour', mechanism: 'arrest', requestingState: 'KE', events: ['arrested KE'], status: 'unknown' }],
    // "at X's request" on an arrest abroad: X asked for the person, an extradition request
    ['Farid Aziz was arrested in Spain at Egypt\'s request.', ['Farid Aziz'],
      { subject: 'Farid Aziz', mechanism: 'extradition-request', requestingState: 'EG', events: ['arrested ES'], status: 'active' }],
    // ongoing detention: "remains in detention" makes the case active
    ['Lina Farouk remains in detention in Jordan.', ['Lina Farouk'],
      { subject: 'Lina Farouk', mechanism: 'arrest', requestingState: 'JO', events: ['detained JO'], status: 'active' }],
    // a diffusion: circulated by a state, so no "issued" event
    ['Rustam Nazarov was detained in Germany on a diffusion circulated by Tajikistan.', ['Rustam Nazarov'],
      { subject: 'Rustam Nazarov', mechanism: 'diffusion', requestingState: 'TJ', events: ['detained DE'], status: 'active' }],
    // a hypothetical extradition alone: a case of mechanism other with the destination as pursuer, and no event
    ['Lena Park could face extradition to the United States.', ['Lena Park'],
      { subject: 'Lena Park', mechanism: 'other', requestingState: 'US', events: [], status: 'active' }],
    // a call for a release: the person is held, no event
    ['We call for the release of journalist Dara Quinn.', ['Dara Quinn'],
      { subject: 'Dara Quinn', mechanism: 'arrest', requestingState: null, events: [], status: 'active' }],
    // a list name of a notice and a state with a possessive
    ["Kemal Aydin was placed on Russia's international wanted list in 2019.", ['Kemal Aydin'],
      { subject: 'Kemal Aydin', mechanism: 'arrest', requestingState: 'RU', events: [], status: 'active' }],
    // a state requesting the extradition of a person named with a possessive
    ["Turkish authorities requested Kemal Aydin's extradition.", ['Kemal Aydin'],
      { subject: 'Kemal Aydin', mechanism: 'extradition-request', requestingState: 'TR', events: [], status: 'active' }],
    // house arrest is a detention; "has been" makes it ongoing
    ['Sevara Latipova has been under house arrest in Uzbekistan since March.', ['Sevara Latipova'],
      { subject: 'Sevara Latipova', mechanism: 'arrest', requestingState: 'UZ', events: ['detained UZ'], status: 'active' }],
    // a city gives the country of an arrest
    ['Kemal Aydin was arrested at Istanbul airport.', ['Kemal Aydin'],
      { subject: 'Kemal Aydin', mechanism: 'arrest', requestingState: 'TR', events: ['arrested TR'], status: 'unknown' }],
    // an active agent gives the handing-over state of an extradition; "to X" the pursuer
    ['Serbian authorities extradited activist Ahmed Nour to Bahrain on Thursday.', ['Ahmed Nour'],
      { subject: 'Ahmed Nour', mechanism: 'extradition-request', requestingState: 'BH', events: ['extradited RS'], status: 'unknown' }],
    // a duration between the verb and the place does not hide the place
    ['Aigul Serikova was held for three months in Kyrgyzstan on a Kazakh extradition request.', ['Aigul Serikova'],
      { subject: 'Aigul Serikova', mechanism: 'extradition-request', requestingState: 'KZ', events: ['detained KG'], status: 'active' }],
    // a passive instrument: "a Red Notice was issued against X by Y"
    ['In 2019 a Red Notice was issued against Selim Ardan by Turkey.', ['Selim Ardan'],
      { subject: 'Selim Ardan', mechanism: 'red-notice', requestingState: 'TR', events: ['issued TR'], status: 'active' }],
    // "whose" ties the notice to the name before it
    ['Aziz Karimov, whose Red Notice was cancelled by Interpol in 2021, spoke.', ['Aziz Karimov'],
      { subject: 'Aziz Karimov', mechanism: 'red-notice', requestingState: null, events: ['deleted -', 'issued -'], status: 'deleted' }],
    // a deportation with no "from" hands the person over from where they were arrested
    ['Guo Ming, arrested in Bangkok on 3 May 2023 and deported to China a week later.', ['Guo Ming'],
      { subject: 'Guo Ming', mechanism: 'arrest', requestingState: 'CN', events: ['arrested TH', 'deported TH'], status: 'unknown' }],
    // a request for an arrest is no arrest: the court refused it and the person was released
    ["Omar Lind was detained in Germany on 2 April. A court refused the prosecutor's request for his arrest and he was released.", ['Omar Lind'],
      { subject: 'Omar Lind', mechanism: 'arrest', requestingState: 'DE', events: ['detained DE', 'released DE'], status: 'released' }],
    // a demand ("we ask that he be released or charged") is no event; the detention goes on
    ['Police in Uzbekistan detained Sanjar Tursunov on Monday. We ask that he be released or charged promptly.', ['Sanjar Tursunov'],
      { subject: 'Sanjar Tursunov', mechanism: 'arrest', requestingState: 'UZ', events: ['detained UZ'], status: 'active' }],
    // "has been held" is a detention that goes on
    ['Ana Ruiz has been held at a prison in Nicaragua for nearly three months.', ['Ana Ruiz'],
      { subject: 'Ana Ruiz', mechanism: 'arrest', requestingState: 'NI', events: ['detained NI'], status: 'active' }],
    // "asked X and Y for the arrest and extradition of Z": the asking state requests; the arrest is asked for, not done
    ['The Government of Nicaragua has asked Canada and Spain for the arrest and extradition of the journalist Ana Ruiz, who was briefly detained in Madrid.', ['Ana Ruiz'],
      { subject: 'Ana Ruiz', mechanism: 'extradition-request', requestingState: 'NI', events: ['detained ES'], status: 'active' }],
    // a capital acts for its state; "asked X to extradite him" is a request by the state that asks
    ['Kemal Aydin was stopped at Dubai International Airport. Ankara has formally asked the United States to extradite him.', ['Kemal Aydin'],
      { subject: 'Kemal Aydin', mechanism: 'extradition-request', requestingState: 'TR', events: ['detained AE'], status: 'active' }],
    // "Hanoi had filed an extradition request for him": a capital as the subject of the request, a pronoun as its object
    ['Thai police arrested Ana Ruiz in Bangkok. Hanoi had filed an extradition request for her.', ['Ana Ruiz'],
      { subject: 'Ana Ruiz', mechanism: 'extradition-request', requestingState: 'VN', events: ['arrested TH'], status: 'active' }],
    // taken from home by the police: a detention
    ['Ilya Marin, a Belarusian blogger, was taken from his home by police in Minsk on Friday.', ['Ilya Marin'],
      { subject: 'Ilya Marin', mechanism: 'arrest', requestingState: 'BY', events: ['detained BY'], status: 'unknown' }],
    // an apposition whose participle is the trigger: "X, an IRPT member deported from A to B"
    ['The case recalls that of Davron Ismoilov, an IRPT member deported from Turkey to Tajikistan in 2023.', ['Davron Ismoilov'],
      { subject: 'Davron Ismoilov', mechanism: 'other', requestingState: 'TJ', events: ['deported TR'], status: 'unknown' }],
    // a name governed inside an apposition ("editor of Y") is not the subject: the person before it is
    ['Ales Kazlou, editor of Nasha Slova, was detained in Russia on 1 March.', ['Ales Kazlou', 'Nasha Slova'],
      { subject: 'Ales Kazlou', mechanism: 'arrest', requestingState: 'RU', events: ['detained RU'], status: 'unknown' }],
    // an occupation the people stage left at the front of a name is no part of the subject
    ['Rwandan poet Jean Mugisha has been held in Kenya for three months.', ['poet Jean Mugisha'],
      { subject: 'Jean Mugisha', mechanism: 'arrest', requestingState: 'KE', events: ['detained KE'], status: 'active' }],
    // a relative clause naming places between the subject and its verb; custody after a deportation keeps the case running
    ['Reza Tavakoli, an asylum seeker who spent six years in Kenya, was deported from Kenya to Iran and taken into custody by Iranian security officers.', ['Reza Tavakoli'],
      { subject: 'Reza Tavakoli', mechanism: 'arrest', requestingState: 'IR', events: ['deported KE', 'detained IR'], status: 'active' }],
    // a demonym right before custody names the state that holds
    ['Omar Lind has spent two years in Turkish custody.', ['Omar Lind'],
      { subject: 'Omar Lind', mechanism: 'arrest', requestingState: 'TR', events: ['detained TR'], status: 'active' }],
    // a person described by an office with a facility word in it is still a person
    ['Omar Lind, a police officer, was arrested in Kenya.', ['Omar Lind'],
      { subject: 'Omar Lind', mechanism: 'arrest', requestingState: 'KE', events: ['arrested KE'], status: 'unknown' }],
    // "faces charges of": a charge brought, not a prospect
    ['Jean Mugisha, held in Kenya since May, faces charges of spreading rumours.', ['Jean Mugisha'],
      { subject: 'Jean Mugisha', mechanism: 'arrest', requestingState: 'KE', events: ['charged KE', 'detained KE'], status: 'active' }],
    // wanted by one state and detained in another: the pursuit crossed a border, an extradition request
    ['Farhod Rasulov, who is wanted in Tajikistan, was detained by Kazakh police.', ['Farhod Rasulov'],
      { subject: 'Farhod Rasulov', mechanism: 'extradition-request', requestingState: 'TJ', events: ['detained KZ'], status: 'active' }],
    // a notice named before its subject: "<notice> issued at the request of X against NAME"
    ['The Foundation welcomes the deletion of the Red Notice issued at the request of Jordan against Dr Omar Haddad.', ['Omar Haddad'],
      { subject: 'Omar Haddad', mechanism: 'red-notice', requestingState: 'JO', events: ['deleted -', 'issued JO'], status: 'deleted' }],
    // a nominal arrest with its date inside and the subject after "of" and several descriptors
    ['We condemn the arrest on 2 June 2025 of the Serbian investigative journalist Mara Tollen.', ['Mara Tollen'],
      { subject: 'Mara Tollen', mechanism: 'arrest', requestingState: 'RS', events: ['arrested RS'], status: 'unknown' }],
    // a court's order to hold the person is a detention that goes on
    ['Mara Tollen was arrested in Kenya. On Monday the court ordered that she be held.', ['Mara Tollen'],
      { subject: 'Mara Tollen', mechanism: 'arrest', requestingState: 'KE', events: ['arrested KE', 'detained KE'], status: 'active' }],
    // charges judged by a court are no charging; the detention stays
    ['Nora Quist was detained in Spain; the court found that the charges against her were politically motivated.', ['Nora Quist'],
      { subject: 'Nora Quist', mechanism: 'arrest', requestingState: 'ES', events: ['detained ES'], status: 'unknown' }],
    // the charges brought are a charging
    ['Nora Quist was detained in Spain. The charges against her include fraud.', ['Nora Quist'],
      { subject: 'Nora Quist', mechanism: 'arrest', requestingState: 'ES', events: ['charged ES', 'detained ES'], status: 'unknown' }],
    // the agent of a passive, cleared of any part in the arrest, is no subject; "her arrest" goes back to the case subject
    ['Mara Tollen was arrested in Kenya. The arrest was criticised by the regional governor, Paul Okoth, who is not accused of any involvement in her arrest.', ['Mara Tollen', 'Paul Okoth'],
      { subject: 'Mara Tollen', mechanism: 'arrest', requestingState: 'KE', events: ['arrested KE'], status: 'unknown' }],
    // a law's name where a subject would go is no person: "the blogger was charged ... under the X Act" stays with the blogger
    ['The blogger Omar Lind was detained in Kenya on Sunday. Police said the blogger was charged under the Computer Crimes Act.', ['Omar Lind'],
      { subject: 'Omar Lind', mechanism: 'arrest', requestingState: 'KE', events: ['charged KE', 'detained KE'], status: 'unknown' }],
    // taken away from home by officers, the person named between the verb and "from his home": a detention at the place named
    ['Plain-clothes officers took Mr Tomas Reyes from his home in Kyrgyzstan.', ['Tomas Reyes'],
      { subject: 'Tomas Reyes', mechanism: 'arrest', requestingState: 'KG', events: ['detained KG'], status: 'unknown' }],
    // a border crossing from the gazetteer places the arrest; the requesting state named later in the clause does not
    ['Lena Varga was arrested at the Kelebija border crossing on the basis of an Interpol Red Notice requested by Turkey.', ['Lena Varga'],
      { subject: 'Lena Varga', mechanism: 'red-notice', requestingState: 'TR', events: ['arrested RS', 'issued TR'], status: 'active' }],
    // a gazetteer place that starts a person's name does not place the event
    ['Tompa Novak was arrested in Turkey.', ['Tompa Novak'],
      { subject: 'Tompa Novak', mechanism: 'arrest', requestingState: 'TR', events: ['arrested TR'], status: 'unknown' }],
    // the people stage missed the name: a capitalised run where the subject belongs
    ['Police in Uzbekistan arrested blogger Sanjar Tursunov on Monday.', [],
      { subject: 'Sanjar Tursunov', mechanism: 'arrest', requestingState: 'UZ', events: ['arrested UZ'], status: 'unknown' }],
  ] as const)('%s', ([text, people, expected]) => {
    const cases = casesOf(text, { people: [...people], countries: COUNTRIES });
    expect(cases.map(summary)).toEqual([{ ...expected, events: [...expected.events].sort() }]);
  });
});

describe('findCases: across sentences', () => {
  test('a pronoun refers back to the last person named; the arrest gets the requesting state from a later request', () => {
    const text = 'Omar Haddad fled to Canada in 2015. He was arrested in Spain in 2023 at Egypt\'s request.';
    expect(casesOf(text, { people: ['Omar Haddad'], countries: COUNTRIES }).map(summary)).toEqual([
      { subject: 'Omar Haddad', mechanism: 'extradition-request', requestingState: 'EG', events: ['arrested ES'], status: 'active' },
    ]);
  });

  test('a coordinated list shares the trigger; "They" refers back to the group', () => {
    const text = 'We seek the release of Sara Lind and Jon Berg. They were detained by the Iranian police on 2 May.';
    const cases = casesOf(text, { people: ['Sara Lind', 'Jon Berg'], countries: [['Iranian', 'IR']], dates: [['2 May', '2024-05-02']] });
    expect(cases.map(summary)).toEqual(
      ['Sara Lind', 'Jon Berg'].map((subject) => ({ subject, mechanism: 'arrest', requestingState: 'IR', events: ['detained IR'], status: 'active' })),
    );
    expect(cases[0]!.events[0]!.date?.value).toBe('2024-05-02');
  });

  test('"both of whom are wanted by" covers the two names before it', () => {
    const text = 'Signatories include Wen Hao and Lu Mei, both of whom are wanted by the Chinese government.';
    expect(casesOf(text, { people: ['Wen Hao', 'Lu Mei'], countries: COUNTRIES }).map((c) => [c.subject, c.requestingState?.code])).toEqual([
      ['Wen Hao', 'CN'],
      ['Lu Mei', 'CN'],
    ]);
  });

  test('the same person in a letter and in the release around it is one case, under the fullest name', () => {
    const text = [
      'Uyghur activist Arslan Turdi was arrested in Morocco following a since-deleted Red Notice filed by the PRC.',
      '',
      'Dear Ministers,',
      '',
      'Turdi, who was arrested in Morocco in July this year, still faces extradition.',
    ].join('\n');
    const cases = casesOf(text, { people: ['Arslan Turdi'], countries: COUNTRIES, dates: [['July this year', '2021-07']] });
    expect(cases.map(summary)).toEqual([
      { subject: 'Arslan Turdi', mechanism: 'red-notice', requestingState: 'CN', events: ['arrested MA', 'deleted -', 'issued CN'], status: 'deleted' },
    ]);
    expect(cases[0]!.events.find((e) => e.type === 'arrested')?.date?.value).toBe('2021-07');
  });

  test('a short name in the people list and its full form are one subject', () => {
    const text = 'Nadia Karimova Selim was detained in Turkey. Nadia Karimova remains in detention.';
    expect(casesOf(text, { people: ['Nadia Karimova Selim', 'Nadia Karimova'], countries: COUNTRIES }).map((c) => c.subject)).toEqual(['Nadia Karimova Selim']);
  });

  test('"the notice was deleted" refers to the last notice named', () => {
    const text = 'Ruslan Tagirov was detained in Spain on a Red Notice issued by Russia. The notice was deleted in 2020.';
    expect(casesOf(text, { people: ['Ruslan Tagirov'], countries: COUNTRIES }).map(summary)).toEqual([
      { subject: 'Ruslan Tagirov', mechanism: 'red-notice', requestingState: 'RU', events: ['deleted -', 'detained ES', 'issued RU'], status: 'deleted' },
    ]);
  });

  test('a pronoun after a speaker refers to the case subject, and a negated charge is no event', () => {
    const text = 'Wei Lan was arrested in Dubai at China\'s request. Her lawyer, Ramesh Iyer, said she was detained without a warrant and had not been charged.';
    expect(casesOf(text, { people: ['Wei Lan', 'Ramesh Iyer'], countries: COUNTRIES }).map(summary)).toEqual([
      { subject: 'Wei Lan', mechanism: 'extradition-request', requestingState: 'CN', events: ['arrested AE', 'detained AE'], status: 'active' },
    ]);
  });

  test('a quoted charge between two triggers keeps them in one clause', () => {
    const text = 'Layla Haddad was arrested in Iran. She was charged with "propaganda against the state" and sentenced to six years in prison.';
    expect(casesOf(text, { people: ['Layla Haddad'], countries: COUNTRIES }).map(summary)[0]?.events).toEqual(['arrested IR', 'charged IR', 'sentenced IR']);
  });

  test('a case placed nowhere takes the one pursuing state the other cases share', () => {
    const text = 'Layla Haddad was arrested in Iran in June. Her husband, Karim Nasser, was also arrested but was released on bail.';
    expect(casesOf(text, { people: ['Layla Haddad', 'Karim Nasser'], countries: COUNTRIES }).map(summary)).toEqual([
      { subject: 'Layla Haddad', mechanism: 'arrest', requestingState: 'IR', events: ['arrested IR'], status: 'unknown' },
      { subject: 'Karim Nasser', mechanism: 'arrest', requestingState: 'IR', events: ['arrested IR', 'released IR'], status: 'released' },
    ]);
  });

  test('a release after an arrest on a notice makes the case released', () => {
    const text = 'Kadyr Musaev remains subject to an Interpol Red Notice requested by Kyrgyzstan. He was detained in Poland and released the same day.';
    expect(casesOf(text, { people: ['Kadyr Musaev'], countries: [...COUNTRIES, ['Poland', 'PL']] }).map((c) => c.status)).toEqual(['released']);
  });

  test('a name the people stage missed joins the name before it in a plural subject', () => {
    const text = 'We seek the release of two citizens, Anna Pratt and Leo Marsh, who have been detained in Zambia since February.';
    expect(casesOf(text, { people: ['Anna Pratt'], countries: [['Zambia', 'ZM']] }).map(summary)).toEqual(
      ['Anna Pratt', 'Leo Marsh'].map((subject) => ({ subject, mechanism: 'arrest', requestingState: 'ZM', events: ['detained ZM'], status: 'active' })),
    );
  });

  test('a line break inside a paragraph does not cut the subject from its notice', () => {
    const text = 'Mr Tariq Hamdan, a dual citizen, is the subject of an\nInterpol red notice issued in 2007 at the request of Bahrain.';
    expect(casesOf(text, { people: ['Tariq Hamdan'], countries: COUNTRIES }).map(summary)).toEqual([
      { subject: 'Tariq Hamdan', mechanism: 'red-notice', requestingState: 'BH', events: ['issued BH'], status: 'active' },
    ]);
  });

  test('a pronoun inside the trigger and quotation marks around a diffusion: "sought his return through a "diffusion""', () => {
    const text = 'Police in Dubai detained Ilham Sadik in January. His brother, Omar Sadik, said Chinese officials had sought his return through a "diffusion" circulated via Interpol.';
    const cases = casesOf(text, { people: ['Ilham Sadik', 'Omar Sadik'], countries: [...COUNTRIES, ['Dubai', 'AE']] });
    expect(cases.map((c) => [c.subject, c.mechanism, c.requestingState?.code])).toEqual([['Ilham Sadik', 'diffusion', 'CN']]);
  });

  test('a described subject is given to the person named next', () => {
    const text = 'A Uyghur student detained in Egypt since January was deported to China on Thursday. Ahmet Kurban, 24, was picked up by police in Cairo on 9 January.';
    expect(casesOf(text, { people: ['Ahmet Kurban'], countries: [...COUNTRIES, ['Cairo', 'EG']] }).map(summary)).toEqual([
      { subject: 'Ahmet Kurban', mechanism: 'arrest', requestingState: 'CN', events: ['deported EG', 'detained EG'], status: 'active' },
    ]);
  });

  test('a place followed by the name of its airport still places the event', () => {
    const text = 'Hussain Saleh was detained at Belgrade Nikola Tesla Airport under an Interpol Red Notice issued at Bahrain\'s request.';
    expect(casesOf(text, { people: ['Hussain Saleh', 'Nikola Tesla'], countries: COUNTRIES }).map(summary)).toEqual([
      { subject: 'Hussain Saleh', mechanism: 'red-notice', requestingState: 'BH', events: ['detained RS', 'issued BH'], status: 'active' },
    ]);
  });

  test('"arrested ... and remains in custody" is one event; a detention told in its own words is another', () => {
    const custody = 'Tomas Varn was arrested in Serbia on 4 May and remains in custody.';
    expect(casesOf(custody, { people: ['Tomas Varn'], countries: COUNTRIES }).map(summary)[0]?.events).toEqual(['arrested RS']);
    const detained = 'Tomas Varn was arrested in Serbia on 4 May. He has been detained since.';
    expect(casesOf(detained, { people: ['Tomas Varn'], countries: COUNTRIES }).map(summary)[0]?.events).toEqual(['arrested RS', 'detained RS']);
  });

  test('a surname two people share is the one named in full most recently', () => {
    const text = 'Prosecutors weigh the extradition of Adil Hoshur. Hoshur was detained in Turkey on 28 February. His wife, Gulnar Hoshur, was not arrested.';
    expect(casesOf(text, { people: ['Adil Hoshur', 'Gulnar Hoshur'], countries: COUNTRIES }).map(summary)).toEqual([
      { subject: 'Adil Hoshur', mechanism: 'extradition-request', requestingState: null, events: ['detained TR'], status: 'active' },
    ]);
  });

  test('a trigger inside parentheses belongs to the name before them, not the next entry', () => {
    const text = 'We act for Yusuf Kadir (detained in Turkey on a Chinese Red Notice), Tajik lawyer Parviz Nazar and others.';
    expect(casesOf(text, { people: ['Yusuf Kadir', 'Parviz Nazar'], countries: [...COUNTRIES, ['Tajik', 'TJ']] }).map((c) => [c.subject, c.mechanism])).toEqual([
      ['Yusuf Kadir', 'red-notice'],
    ]);
  });

  test('a release from prison places the detention it ends', () => {
    const text = 'Lina Haque was released from prison in Dhaka last month after three years in detention.';
    expect(casesOf(text, { people: ['Lina Haque'], countries: [] }).map(summary)).toEqual([
      { subject: 'Lina Haque', mechanism: 'arrest', requestingState: 'BD', events: ['detained BD', 'released BD'], status: 'released' },
    ]);
  });

  test('a notice whose state the text does not name is pursued by the state the person is described by', () => {
    const text = 'Belarusian blogger Anna Sokal, whose diffusion was withdrawn in 2023, spoke at the hearing.';
    expect(casesOf(text, { people: ['Anna Sokal'], countries: [['Belarusian', 'BY', 'demonym']] }).map((c) => [c.subject, c.mechanism, c.requestingState?.code, c.status])).toEqual([
      ['Anna Sokal', 'diffusion', 'BY', 'deleted'],
    ]);
  });

  test('an unstated arrest country is the pursuing state; a second mention of a detention merges', () => {
    const text = 'Thai authorities detained Karim Haddad on Tuesday. His detention stems from an Interpol Red Notice issued at the request of Bahrain on the basis of a 2014 conviction. He was arrested in November 2012.';
    const cases = casesOf(text, { people: ['Karim Haddad'], countries: [['Thai', 'TH'], ['Bahrain', 'BH']], dates: [['2014', '2014'], ['November 2012', '2012-11']] });
    expect(cases.map(summary)).toEqual([
      { subject: 'Karim Haddad', mechanism: 'red-notice', requestingState: 'BH', events: ['arrested BH', 'detained TH', 'issued BH', 'sentenced BH'].sort(), status: 'active' },
    ]);
    const sentenced = cases[0]!.events.find((e) => e.type === 'sentenced');
    expect(sentenced?.date?.value).toBe('2014');
  });
});

describe('findCases: duration and evidence', () => {
  test.for([
    // "for nearly N years" after the notice
    ['Dilshat Emin, himself subject to an Interpol Red Notice by the PRC government for nearly two decades, spoke.', 'nearly two decades'],
    // "remained in place for" after the notice
    ['Dilshat Emin was arrested following a Red Notice issued by the PRC, one which remained in place for almost 20 years.', 'almost 20 years'],
    // "N years in detention" before the detention, in a headline
    ['2 years in detention: activist Dilshat Emin must be released', '2 years'],
  ] as const)('%s → %s', ([text, duration]) => {
    const [c] = casesOf(text, { people: ['Dilshat Emin'], countries: COUNTRIES });
    expect(c?.duration?.text).toBe(duration);
  });

  test('a date right before the verb of its clause dates the event', () => {
    const text = 'The Hamburg court on Tuesday ordered the release of Rojin Avci.';
    const [c] = casesOf(text, { people: ['Rojin Avci'], dates: [['Tuesday', '2025-07-01']] });
    expect(c?.events.map((e) => [e.type, e.date?.value])).toEqual([['released', '2025-07-01']]);
  });

  test('every mention is evidence: its text is the slice of the text at its span', () => {
    const text = 'Activist Mara Velkova was arrested in Serbia on the basis of a Red Notice issued by Turkey in May 2020.';
    const doc = docOf(text);
    const [c] = findCases(doc, inputsOf(doc, { people: ['Mara Velkova'], countries: COUNTRIES, dates: [['May 2020', '2020-05']] }));
    expect(c).toBeDefined();
    expect(() => CitedCaseSchema.parse(c)).not.toThrow();
    for (const m of [...c!.mentions, ...c!.events.flatMap((e) => e.mentions ?? [])]) expect(doc.text.slice(m.span.start, m.span.end)).toBe(m.text);
    expect(c!.requestingState?.mentions?.[0]?.text).toBe('Turkey');
  });
});

describe('findCases: where and when each event happened', () => {
  test.for([
    // a notice after the object of an arrest shares its subject; the arrest's date does not date the notice
    ['Austrian police arrested Ruslan Dudayev in Vienna on Monday under an Interpol Red Notice issued by Russia.', ['Ruslan Dudayev'], [['Monday', '2025-05-12']],
      ['arrested AT 2025-05-12', 'issued RU -']],
    // a date inside a description ("living in Vilnius since 2019") does not date the detention after it
    ['Lukas Varga, a Belarusian journalist living in Vilnius since 2019, was briefly detained at Warsaw Chopin Airport.', ['Lukas Varga'], [['2019', '2019']],
      ['detained PL -']],
    // the date that opens the sentence dates its event, past a description holding another date
    ['On 2 April 2025, Lukas Varga, who has lived in Vilnius since 2019, was detained in Poland.', ['Lukas Varga'], [['2 April 2025', '2025-04-02'], ['2019', '2019']],
      ['detained PL 2025-04-02']],
    // "held until <date>, when he was released": the date ends the holding and dates the release, not the detention
    ['Omar Lind was detained in Spain in August 2023 and held until 29 August 2023, when he was released.', ['Omar Lind'], [['August 2023', '2023-08'], ['29 August 2023', '2023-08-29']],
      ['detained ES 2023-08', 'released ES 2023-08-29']],
    ['Omar Lind was detained in Spain on 2 May 2023.', ['Omar Lind'], [['2 May 2023', '2023-05-02']],
      ['detained ES 2023-05-02']],
    // a notice named before its subject, and "the notice was deleted" in the next sentence carries the deletion's date
    ['The Foundation welcomes the deletion of the Red Notice issued at the request of Jordan against Dr Omar Haddad. The notice was deleted on 17 April 2025.', ['Omar Haddad'], [['17 April 2025', '2025-04-17']],
      ['deleted - 2025-04-17', 'issued JO -']],
    // "The notice dates from 2017": the notice named before is dated in the next sentence
    ['Lena Varga was arrested in Germany on the basis of a Red Notice requested by Serbia. The notice dates from 2017.', ['Lena Varga'], [['2017', '2017']],
      ['arrested DE -', 'issued RS 2017']],
    // a date stated outright beats one resolved from "last August" for the same event
    ['Kamal Farouki was arrested in Dubai last August. On August 14, 2023, Kamal Farouki was arrested in Dubai.', ['Kamal Farouki'], [['last August', '2025-08', true], ['August 14, 2023', '2023-08-14']],
      ['arrested AE 2023-08-14']],
    // a diffusion whose circulation is dated: an issued event; the quotation mark around it does not cut the clause
    ['Elnur Mammadli was stopped at Dubai International Airport. Officials cited an Interpol "diffusion" circulated by Azerbaijan\'s Interior Ministry last year.', ['Elnur Mammadli'], [['last year', '2024', true]],
      ['detained AE -', 'issued AZ 2024']],
    // the state of the instrument does not place the event; a court named by its city places the release, and the release the detention
    ['Farhod Rasulov was detained on 27 October on a Tajik extradition request. An Almaty court released him on 28 October.', ['Farhod Rasulov'], [['27 October', '2025-10-27'], ['28 October', '2025-10-28']],
      ['detained KZ 2025-10-27', 'released KZ 2025-10-28']],
    // a detention on a foreign request placed nowhere is not in the requesting state
    ['Farhod Rasulov was detained on a Tajik extradition request.', ['Farhod Rasulov'], [],
      ['detained - -']],
    // an arrest told after the deportation still places it, when it is not in the destination
    ['Y Minh Kbuor was deported to Vietnam on Monday. He had been arrested in Bangkok on Sunday.', ['Y Minh Kbuor'], [],
      ['arrested TH -', 'deported TH -']],
    // a date past an apposition that holds another trigger dates the verb before the apposition
    ['Kazakh police detained Farhod Rasulov, an activist wanted by Tajikistan, on 27 October.', ['Farhod Rasulov'], [['27 October', '2025-10-27']],
      ['detained KZ 2025-10-27']],
    // a date after the second trigger with no apposition is the second trigger's
    ['Farhod Rasulov was detained in Kazakhstan and released on 28 October.', ['Farhod Rasulov'], [['28 October', '2025-10-28']],
      ['detained KZ -', 'released KZ 2025-10-28']],
    // deported to a state and taken into custody there: the custody does not place the deportation
    ['Reza Tavakoli was deported to Iran and taken into custody by Iranian security officers.', ['Reza Tavakoli'], [],
      ['deported - -', 'detained IR -']],
  ] as const)('%s', ([text, people, dates, events]) => {
    const cases = casesOf(text, { people: [...people], countries: [...COUNTRIES, ['Azerbaijan', 'AZ'], ['Poland', 'PL'], ['Iranian', 'IR', 'demonym'], ['Austrian', 'AT', 'demonym'], ['Belarusian', 'BY', 'demonym'], ['Tajik', 'TJ', 'demonym'], ['Vietnam', 'VN'], ['Kazakhstan', 'KZ']], dates: dates.map((d) => [...d] as [string, string]) });
    expect(cases.map((c) => c.events.map((e) => `${e.type} ${e.country?.code ?? '-'} ${e.date?.value ?? '-'}`).sort())).toEqual([[...events].sort()]);
  });

  test('a case placed nowhere, in a document that names one state only, is in that state', () => {
    const text = 'The Rwandan poet is in prison. Mr Jean Mugisha has been held at Mageragere Prison for three months.';
    expect(casesOf(text, { people: ['Jean Mugisha'], countries: [['Rwandan', 'RW', 'demonym']] }).map((c) => [c.requestingState?.code, c.events.map((e) => e.country?.code)])).toEqual([['RW', ['RW']]]);
    // two states named: no guess
    const two = 'The Rwandan poet wrote from Kenya. Mr Jean Mugisha has been held at Mageragere Prison for three months.';
    expect(casesOf(two, { people: ['Jean Mugisha'], countries: [['Rwandan', 'RW', 'demonym'], ['Kenya', 'KE']] }).map((c) => c.requestingState)).toEqual([null]);
  });

  test('a domestic arrest placed nowhere is in the state the person is described by', () => {
    const text = 'We are concerned about Dawit Bekele, an Ethiopian historian who was taken from his home by federal police.';
    expect(casesOf(text, { people: ['Dawit Bekele'], countries: [['Ethiopian', 'ET', 'demonym']] }).map(summary)).toEqual([
      { subject: 'Dawit Bekele', mechanism: 'arrest', requestingState: 'ET', events: ['detained ET'], status: 'unknown' },
    ]);
  });
});

describe('findCases: negatives', () => {
  test.for([
    // the system, not one person's notice
    ['Mara Velkova called on member states to reform the INTERPOL Red Notice system.', ['Mara Velkova']],
    // a notice with no person
    ['A Red Notice is a request to law enforcement worldwide to locate and provisionally arrest a person pending extradition.', []],
    // a person merely named
    ['Ben Okafor met the minister of Kenya in Geneva.', ['Ben Okafor']],
    // reported speech: the speaker is not the subject
    ['Mira Chen said the arrests of five people were unlawful.', ['Mira Chen']],
    // a risk, not an arrest
    ['The report by Jon Ekberg describes the risk of arrest and detention faced by dissidents.', ['Jon Ekberg']],
    // "release" of a report, "released" a statement
    ["Hu Wei's election bid coincides with the release of a new report.", ['Hu Wei']],
    ['The Foundation released a statement by Karen Holt on Monday.', ['Karen Holt']],
    // an idiom with "held in"
    ['Tom Reed was held in high regard by his colleagues.', ['Tom Reed']],
    // a condition and a future: no case
    ['If Maria Lopez is arrested, we will protest.', ['Maria Lopez']],
    // a notice abused by a state, with no person
    ['The government of Turkey has repeatedly abused the INTERPOL Red Notice to persecute dissidents in exile.', []],
    // a possessive belongs to the noun after it
    ["Edison Vale shares David Kaye's concern.", ['Edison Vale', 'David Kaye']],
    // a press release, not a person freed
    ['In a press release, Karen Holt welcomed the report.', ['Karen Holt']],
    // "held by", "held at": a seat or a meeting, and what follows is not a detainee
    ['The seat held by Senator Alan Brook is vacant.', ['Alan Brook']],
    ['A meeting was held at the office of Alan Brook.', ['Alan Brook']],
    // a "person" whose name is a country's is not a subject
    ['We ask about a lawful resident of the United States, who has been detained since May.', ['United States']],
    // released from hospital; a film released, its director named in an inserted phrase
    ['Omar Lind was released from hospital on Monday.', ['Omar Lind']],
    ['The film, directed by Omar Lind, was released in 2019.', ['Omar Lind']],
    // an organisation where a guessed name would go
    ['Police detained Human Rights Watch staff in Cairo.', []],
    // a task, not an offence; a membership, not a country
    ['Nora Quist was charged with leading the review.', ['Nora Quist']],
    ['Nora Quist was expelled from the ruling party in 2019.', ['Nora Quist']],
    // "stopped at" somewhere that is no border or airport
    ['The march led by Nora Quist stopped at the town hall.', ['Nora Quist']],
    // a request for something else; a wish about the future
    ['Nora Quist asked the minister for the release of the annual report.', ['Nora Quist']],
    // places, outlets and photo credits named like people are no subjects
    ['Protesters were detained outside Mageragere Prison.', ['Mageragere Prison']],
    ['Refugees are held in the Port Hedland detention centre.', []],
    ['The outlet Nasha Dumka reported that people were detained in Minsk.', ['Nasha Dumka']],
    ['Dan Oan, a Facebook page, was blocked after the arrests.', ['Dan Oan']],
    ['Activists were taken to Padinska Skela, the detention unit of the district prison, where they are held.', ['Padinska Skela']],
    ['Relatives call for the release of detained activists.\nPhoto: Pieter de Groot', ['Pieter de Groot']],
    // "took" without a person taken from home: a part taken, a file taken from an office
    ['Tomas Reyes took part in the debate from his home in Kyrgyzstan.', ['Tomas Reyes']],
    ['Police took documents from his office after Tomas Reyes left.', ['Tomas Reyes']],
    // a notice of another kind, or with nobody named before it
    ['Lena Varga said the public notice was issued in May by the council.', ['Lena Varga']],
    ['The notice dates from 2017.', []],
    // a court dismissing the charges is no charging
    ['The court dismissed the charges against Nora Quist.', ['Nora Quist']],
    // an event held somewhere, and "be held" with no order to hold a person
    ['The hearing of Nora Quist will be held in Madrid.', ['Nora Quist']],
    ['We demand that those who harassed Nora Quist be held accountable.', ['Nora Quist']],
    // charges that could come are no charge
    ['Nora Quist could face charges of sedition.', ['Nora Quist']],
    // a conviction as a belief
    ["It is Alan Brook's deep conviction that rights matter.", ['Alan Brook']],
  ] as const)('%s', ([text, people]) => {
    expect(casesOf(text, { people: [...people], countries: COUNTRIES })).toEqual([]);
  });

  test('a hypothetical extradition, deportation or detention makes no event', () => {
    const text = 'Hasan Ali could still face extradition to Turkey, where he is likely to be a victim of arbitrary detention. We fear he will be deported.';
    const cases = casesOf(text, { people: ['Hasan Ali'], countries: COUNTRIES });
    expect(cases.map(summary)).toEqual([{ subject: 'Hasan Ali', mechanism: 'other', requestingState: 'TR', events: [], status: 'active' }]);
  });
});

describe('notAPerson: names that stand where a subject would', () => {
  test.for([
    // a dateline: the place that opens its line before the date
    ['NORTHVALE, 3 July 2025 - Police detained Omar Lind.', 'NORTHVALE', true],
    ['Northvale (Reuters), July 3 - Police detained Omar Lind.', 'Northvale', true],
    // places joined by "and" are never one person's name
    ['NORTHVALE and SOUTHPORT, 3 July 2025 - Police detained Omar Lind.', 'NORTHVALE and SOUTHPORT', true],
    // a law's name
    ['The blogger was charged under the Computer Crimes Act.', 'Computer Crimes', true],
    // negatives: a person opening a line, with an age or an office after the comma; a person before a lower-case "act"
    ['Omar Lind, aged 45, was detained in Spain.', 'Omar Lind', false],
    ['Omar Lind, a journalist, was detained on 3 July.', 'Omar Lind', false],
    ['We ask Omar Lind to act now.', 'Omar Lind', false],
  ] as const)('%s', ([text, name, expected]) => {
    const start = text.indexOf(name);
    expect(notAPerson(text, start, start + name.length)).toBe(expected);
  });
});

describe('findTriggers: fact or prospect', () => {
  const triggerOf = (text: string) => {
    const doc = docOf(text);
    return doc.sentences().flatMap((s) => findTriggers(doc.text, s));
  };
  test.for([
    // [sentence, trigger text, hypothetical, ongoing, why]
    ['We ask that he be released.', 'released', true, false, 'a mandative subjunctive: a demand'],
    ['We know that he will be released on Monday.', 'released', true, false, 'a future, not a demand, still no fact'],
    ['He has been held in Evin since May.', 'been held', false, true, 'the perfect of "held" inside the trigger'],
    ['They asked Spain for the arrest of X.', 'arrest', true, false, 'asked for: a request'],
    ["The court refused the prosecutor's request for his arrest.", 'arrest', true, false, 'a request for an arrest'],
    ['Police arrested X in May.', 'arrested', false, false, 'a fact with no request verb'],
    ['X was arrested in Morocco.', 'arrested', false, false, 'a past fact'],
    ['X could face extradition.', 'extradition', true, false, 'a modal'],
    ['X is at continued risk of extradition.', 'extradition', true, false, '"risk" is nearer the trigger than "continued"'],
    ['X must be released.', 'released', true, false, 'a call'],
    ['We urge the government to release X.', 'release', true, false, '"to" before a base form'],
    ['He was targeted for arrest.', 'arrest', true, false, '"for" before a noun: a purpose'],
    ['They continue to be detained.', 'detained', false, true, '"continue to be" is a fact that goes on'],
    ['X remains in detention.', 'detention', false, true, 'ongoing'],
    ['X, detained since 2017, wrote to us.', 'detained', false, true, '"since" a date: still held'],
    ['X had not been charged.', 'charged', true, false, 'negated: no event'],
    ['We call on Interpol to delete the notice.', 'delete', true, false, 'a call to delete'],
    ['Since his release in May, X has spoken out.', 'release', false, false, 'a real release, after the fact'],
    ['We call for the release of X.', 'release', true, false, 'a release called for'],
  ] as const)('%s', ([text, word, hypothetical, ongoing]) => {
    const t = triggerOf(text).find((x) => x.text === word);
    expect(t).toBeDefined();
    expect([t!.hypothetical, t!.ongoing]).toEqual([hypothetical, ongoing]);
  });

  test.for([
    ['Interpol must reform the Red Notice system.', 'the system'],
    ['China made its Red Notices public.', 'a plural: notices in general'],
    ['The summit was held in Geneva.', '"held in" a place without a person is still a trigger, but "held in high regard" is not', 'held in high regard'],
  ] as const)('no notice trigger: %s (%s)', ([text]) => {
    expect(triggerOf(text).filter((t) => t.kind === 'notice')).toEqual([]);
  });
});

describe('findCases: robustness', () => {
  test('never throws on arbitrary text and returns schema-valid cases', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => {
        const text = `Mara Velkova was arrested. ${s} Red Notice for Mara Velkova ${s}`;
        const cases = casesOf(text, { people: ['Mara Velkova'], countries: COUNTRIES });
        for (const c of cases) CitedCaseSchema.parse(c);
      }),
      { numRuns: 200 },
    );
  });

  test('cost grows linearly: a long document of trigger sentences stays fast', () => {
    const sentence = 'Activist Mara Velkova was arrested in Serbia on the basis of a Red Notice issued by Turkey, and she remains in detention. ';
    const time = (n: number) => {
      const text = sentence.repeat(n);
      const t0 = performance.now();
      casesOf(text, { people: ['Mara Velkova'], countries: COUNTRIES });
      return performance.now() - t0;
    };
    time(50);
    const small = time(200);
    const large = time(1600);
    expect(large).toBeLessThan(Math.max(small, 5) * 8 * 3);
  });
});

describe('fixtures: fictional documents with gold cases, through the whole pipeline', async () => {
  const { readdirSync, readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { parse } = await import('../../src/index.js');
  const { FIXTURES } = await import('../helpers.js');
  const names = readdirSync(FIXTURES).filter((f) => /^cases-.*\.txt$/.test(f)).map((f) => f.slice(0, -4));
  test.for(names)('%s', (name) => {
    const text = readFileSync(join(FIXTURES, `${name}.txt`), 'utf8');
    const gold = JSON.parse(readFileSync(join(FIXTURES, `${name}.gold.json`), 'utf8')) as {
      cases: { subject: string; mechanism: string; requestingState: string | null; events: { type: string; country: string | null }[]; status: string }[];
    };
    const doc = parse(text, { source: name });
    const got = doc.cases.map(summary);
    const want = gold.cases.map((c) => ({
      subject: c.subject,
      mechanism: c.mechanism,
      requestingState: c.requestingState,
      events: c.events.map((e) => `${e.type} ${e.country ?? '-'}`).sort(),
      status: c.status,
    }));
    expect(got).toEqual(want);
    // every mention is the slice of the input at its span
    for (const c of doc.cases) for (const m of c.mentions) expect(text.slice(m.span.start, m.span.end)).toBe(m.text);
  });
});

// Each trigger pattern runs only near one of its words; these sit at the edges of that window.
describe('findTriggers: where the patterns are tried', () => {
  const triggersOf = (text: string) => {
    const doc = docOf(text);
    return doc.sentences().flatMap((s) => findTriggers(doc.text, s).map((t) => t.text));
  };
  test.for([
    ['He was re-arrested and taken  into custody.', ['re-arrested', 'taken  into custody']],
    ['An international Interpol notice named him.', ['international Interpol notice']],
    ['She sits in an Ecuadorian prison.', ['in an Ecuadorian prison']],
    ['Officers took him from his home.', ['took']],
    ['The notice was issued in 2019 and later revoked.', ['notice', 'revoked']],
    ['It was held in high regard, (detained) later.', ['detained']],
    ['Freedom of the press was the theme.', []],
  ] as const)('%s', ([text, expected]) => {
    expect(triggersOf(text)).toEqual(expected);
  });

  test('a long s is read as "s", as the case-insensitive patterns read it', () => {
    expect(triggersOf('He was arrested and ſentenced.')).toEqual(['arrested', 'ſentenced']);
  });
});
