import { describe, expect, test } from 'vitest';
import { isClosing, isEndMark, isSalutation, isSignatureHeading, isSignOff } from '../../src/lexicons/letter-parts.js';
import { readStructure } from '../../src/structure/anatomy.js';
import { readLetters } from '../../src/structure/letters.js';
import { isDateLine, isProse } from '../../src/structure/lines.js';
import { makeDocumentText } from '../../src/text/document-text.js';
import { normalise } from '../../src/text/normalise.js';
import { segment } from '../../src/text/segment.js';

function read(text: string) {
  const norm = normalise(text);
  const { lines, blocks } = segment(norm.text);
  const doc = makeDocumentText(norm, lines, blocks, { source: null, referenceDate: null, dateOrder: null, maxLength: 1_000_000 });
  const structure = readStructure(doc);
  return { doc, structure, letters: readLetters(doc, structure) };
}

const LETTER = [
  'Open letter on the detention of Lena Marsh',
  '',
  'Dear Minister Okonkwo,',
  '',
  'We, the undersigned, call for the release of the journalist Lena Marsh, who has been held without charge since March 2031.',
  '',
  'Sincerely,',
  '',
  'Tomasz Wierzbicki, Director, Baltic Press Forum',
  'Amara Diallo, Professor of Law, University of Lisbon',
].join('\n');

describe('letter parts', () => {
  test.for([
    // [line, salutation?, closing?, why]
    ['Dear Ministers,', true, false, 'a plural salutation'],
    ['Your Excellencies,', true, false, 'a form of address as salutation'],
    ['Dear Mr. President:', true, false, 'a US salutation with a colon'],
    ['Yours sincerely,', false, true, 'a closing'],
    ['Signed', false, true, 'a heading that opens the signatures'],
    ['With kind regards,', false, true, 'a longer closing'],
    ['Sir Alan Crewe MP (United Kingdom)', false, false, 'a signatory line opening with an honorific is no salutation'],
    ['Dear friends of the earth have long argued that this must change.', false, false, 'a sentence is no salutation'],
  ] as const)('%s', ([line, sal, closing]) => {
    expect([isSalutation(line), isClosing(line)]).toEqual([sal, closing]);
  });

  test.for([
    // [line, end mark?, why]
    ['ENDS', true, 'press release end'],
    ['-30-', true, 'newsroom end'],
    ['###', true, 'US end mark'],
    ['LETTER ENDS', true, 'end of a carried letter'],
    ['The campaign ends next week.', false, 'the word in a sentence'],
  ] as const)('%s end mark: %s', ([line, ok]) => {
    expect(isEndMark(line)).toBe(ok);
  });

  test.for([
    // [line, sign-off?, why]
    ['MEMBERS OF THE INTER-PARLIAMENTARY CAUCUS', true, 'a body signs collectively'],
    ['Concerned citizens', true, 'a collective signature'],
    ['Kenji Watanabe (Japan)', false, 'a person'],
  ] as const)('%s sign-off: %s', ([line, ok]) => {
    expect(isSignOff(line)).toBe(ok);
  });

  test.for([
    // [line, date line?, why]
    ['15 November 2021', true, 'day month year'],
    ['May 20, 2021', true, 'US order'],
    ['Wednesday, Dec. 12, 2007', true, 'weekday and abbreviation'],
    ['2021-03-23', true, 'ISO date'],
    ['4th February 2021', true, 'ordinal day'],
    ['On 15 November 2021 we wrote to you.', false, 'a date inside a sentence'],
  ] as const)('%s date line: %s', ([line, ok]) => {
    expect(isDateLine(line)).toBe(ok);
  });

  test.for([
    // [line, prose?, why]
    ['We write to you to state our opposition to the candidacy of a senior official to the committee.', true, 'a sentence'],
    ['Raphaelle Charron, Professor of Justice and Social Inquiry, Arizona State University', false, 'a long signature line'],
    ['Matthew Garrow (Former member of the board of directors)', false, 'a bracketed affiliation'],
  ] as const)('%s prose: %s', ([line, ok]) => {
    expect(isProse(line)).toBe(ok);
  });
});

describe('readStructure: kind and title', () => {
  test.for([
    // [text, kind, title, why]
    [LETTER, 'letter', 'Open letter on the detention of Lena Marsh', 'a letter on its own'],
    ['EMBARGOED UNTIL 06.00 (CET) 14/10/2031\n\n**LEGISLATORS WRITE TO\nMINISTERS**\n\nLegislators from six countries have written to their ministers today about the case of an editor in exile.', 'press-release', 'LEGISLATORS WRITE TO MINISTERS', 'an embargo; a bold headline over two lines'],
    ['Court blocks extradition of dissident\n\nA court on Tuesday refused to extradite Rustam Karov, ruling that he would face persecution. "My client was targeted," his lawyer said.', 'article', 'Court blocks extradition of dissident', 'reported speech and no voice of its own'],
    ['Release the editor now\n\n12 March 2031\n\nThe Free Press Monitor calls on the authorities to release the editor immediately. We will keep watching.', 'statement', 'Release the editor now', 'a call to action by its authors'],
    ['29 November 2018 - On Tuesday the authorities at the airport detained a footballer who had fled his country and now lives abroad as a refugee.', 'statement', null, 'a document that opens with prose has no title'],
  ] as const)('%s', ([text, kind, title]) => {
    const { structure } = read(text);
    expect([structure.kind, structure.title?.text ?? null]).toEqual([kind, title]);
  });

  test('a letter the document only describes is not a letter', () => {
    const { letters, structure } = read('Leaders write to the President\n\n14 April 2021\n\nMore than 170 former heads of state wrote to the President today. The full letter and list of signers can be found here.');
    expect(letters).toHaveLength(0);
    expect(structure.kind).not.toBe('letter');
  });

  test('the embargo line: date, time and zone', () => {
    const { structure } = read('EMBARGOED UNTIL 02.00 (GMT) MONDAY 15/11/2021\n\nHEADLINE OF THE RELEASE\n\nBody of the release goes here and says what happened on the day in some detail.');
    const e = structure.anatomy.embargo;
    expect([e?.time, e?.zone]).toEqual(['02.00', 'GMT']);
  });

  test('end marks, notes and the contact block', () => {
    const { structure } = read('HEADLINE OF THE RELEASE\n\nLondon - The body of the release says what happened on the day in some detail and at length.\n\nNotes to editors:\n\n- A note.\n\nENDS\n\nMedia contact: press@example.org');
    const a = structure.anatomy;
    expect(a.endMarks.map((m) => m.text)).toEqual(['ENDS']);
    expect(a.notes).not.toBeNull();
    expect(a.contactsBlock).not.toBeNull();
    expect(a.dateline?.text).toBe('London');
  });
});

describe('readLetters: layouts', () => {
  test('salutation, closing and signatures', () => {
    const { letters } = read(LETTER);
    expect(letters).toHaveLength(1);
    const l = letters[0]!;
    expect([l.salutation, l.closing, l.signatories.map((p) => p.name)]).toEqual(['Dear Minister Okonkwo,', 'Sincerely', ['Tomasz Wierzbicki', 'Amara Diallo']]);
    // no address block: the salutation names the addressee
    expect(l.addressees.map((p) => [p.name, p.honorifics])).toEqual([['Okonkwo', ['Minister']]]);
  });

  test('two letters in one document, each with its head', () => {
    const text = [
      'Hon Clara Whitfield MP, Minister for Home Affairs (Australia)',
      'Paul Girard, Minister of the Interior (France)',
      '',
      'Subject: The notice against Daniel Okafor',
      '',
      'Dear Ministers,',
      '',
      'We write to ask you to support a review of the notice, which we believe was issued for political reasons.',
      '',
      'Sincerely,',
      '',
      'MEMBERS OF THE PRESS FREEDOM CAUCUS',
      '',
      'Senator Hugh Barrett (Australia)',
      '',
      'LETTER ENDS',
      '',
      'To the attention of Interpol Member States',
      '',
      'Your Excellencies,',
      '',
      'We, the undersigned journalists in exile, ask you to oppose the continued use of the notice against our colleague.',
      '',
      'Yours sincerely,',
      '',
      'Nadia Rahimi, Political Secretary of Free Voices Network',
    ].join('\n');
    const { letters } = read(text);
    expect(letters.map((l) => [l.subject, l.salutation, l.signOff, l.addressees.map((p) => p.name), l.signatories.map((p) => p.name)])).toEqual([
      ['The notice against Daniel Okafor', 'Dear Ministers,', 'MEMBERS OF THE PRESS FREEDOM CAUCUS', ['Clara Whitfield', 'Paul Girard'], ['Hugh Barrett']],
      [null, 'Your Excellencies,', null, ['Interpol Member States'], ['Nadia Rahimi']],
    ]);
  });

  test('cc recipients are kept apart from addressees', () => {
    const text = 'To: Henrik Aalto\nPresident of the Council of the European Union\n\nCc: Ms. Rosa Vidal\nPermanent Representation of Spain\n\nSafe passage for the human rights defender Nadia Volkova\n\nDear President,\n\nWe urge the Council to grant safe passage to the human rights defender without any further delay.\n\nYours faithfully,\n\nTamar Levi / Author, Israel';
    const { letters } = read(text);
    const l = letters[0]!;
    expect(l.addressees.map((p) => [p.name, p.role, p.organization])).toEqual([['Henrik Aalto', 'President', 'Council of the European Union']]);
    expect(l.cc?.map((p) => p.name)).toEqual(['Rosa Vidal']);
    expect(l.subject).toBe('Safe passage for the human rights defender Nadia Volkova');
  });

  test('a letterhead before the date is not an addressee', () => {
    const text = 'United States Senate\nWashington, DC 20510\n\nJune 9, 2032\n\nThe Honorable Maria Castell\nSecretary of State\n\nDear Secretary Castell:\n\nWe write to ask the Department to raise the detention of a physician with the government concerned.\n\nSincerely,\n\nSen. Robert Hale';
    const { letters, structure } = read(text);
    expect(letters[0]!.addressees.map((p) => p.name)).toEqual(['Maria Castell']);
    expect(structure.title).toBeNull();
  });

  test('a letter without a salutation, closed by "Signed"', () => {
    const { letters } = read('Letter of support\n\nThe signatories of this letter support the steps the organisers have taken and ask them to go further.\n\nSigned\n\nPatricia Aalund\nBryce Lelbach-Orme');
    expect(letters.map((l) => [l.salutation, l.signatories.map((p) => p.name)])).toEqual([[null, ['Patricia Aalund', 'Bryce Lelbach-Orme']]]);
  });
});

describe('readStructure: negatives', () => {
  test.for([
    // [text, why]
    ['', 'an empty document'],
    ['Sincerely,', 'a closing with nothing after it'],
    ['Dear Ministers,\n\nWe write to you.', 'a salutation without signatures'],
    ['HEADLINE\n\nThe minister said the letter would be answered in due course, and that the government had no further comment.', 'a release that mentions a letter'],
  ] as const)('no letter: %s (%s)', ([text]) => {
    expect(read(text).letters).toHaveLength(0);
  });

  test('never throws on odd input', () => {
    for (const t of ['\u0000\u0000', 'Sincerely,\n\n(((((((', 'Sincerely,\n\nJane (Jane (Jane (Jane (', 'Sincerely,\n\nHEADLINE', 'Dear\n'.repeat(200), 'Sens. ,,,, and and and', '- \n- \n- ']) expect(() => read(t)).not.toThrow();
  });
});

describe('readStructure: more layouts', () => {
  test('a letterhead above the release label is not the headline', () => {
    const { structure } = read('MINISTER FOR IMMIGRATION\nTHE HON. JANE DOE MP\n\nMEDIA RELEASE\n\nGOVERNMENT ACTS ON BOAT ARRIVALS\n\nThe Minister for Immigration today announced that the group would be transferred to a processing centre.');
    expect([structure.kind, structure.title?.text]).toEqual(['press-release', 'GOVERNMENT ACTS ON BOAT ARRIVALS']);
  });

  test('a byline makes an article even with a dateline', () => {
    const { structure } = read('German court frees musician\n\nBy Lena Voss and Emre Aksu\n\nHAMBURG — The regional court on Tuesday ordered the release of a singer held on a notice, his lawyer said.');
    expect(structure.kind).toBe('article');
  });

  test('a joint statement signed by organisations is a statement without letters', () => {
    const { structure, letters } = read('Joint statement: halt the extradition of an activist\n\n26 January 2024\n\nWe, the undersigned organisations, are alarmed by the decision of the court to approve the extradition of the activist.\n\nSigned:\n\nOpen Wires Institute\nNorthern Media Trust\n\nNotes to editors\n\nENDS');
    expect([structure.kind, letters.length]).toEqual(['statement', 0]);
  });
});

describe('readLetters: a list on the heading line', () => {
  test('"Signed by: A, B, …" closes the letter and lists its signatories', () => {
    const { letters } = read('Dear Minister,\n\nWe ask you to release the journalist without delay and to drop the charges against her.\n\nSigned by: Open Wires Institute, Northern Media Trust, Privacy First Foundation, Digital Freedom Alliance and Free Voices Network');
    expect(letters.map((l) => l.signatories.map((p) => p.name))).toEqual([['Open Wires Institute', 'Northern Media Trust', 'Privacy First Foundation', 'Digital Freedom Alliance', 'Free Voices Network']]);
  });
});

describe('readLetters: a letter without a closing', () => {
  test('its signatures are the names after its last paragraph', () => {
    const { letters } = read('March 3, 2030\n\nThe Honorable Joseph Mwale\nMinister of Justice\n\nDear Minister Mwale:\n\nWe ask for your personal help in securing the release of two aid workers who have been detained since February.\n\nDana Holloway\nUnited States Senator\n\n###');
    expect(letters.map((l) => [l.closing, l.addressees.map((p) => p.name), l.signatories.map((p) => [p.name, p.role])])).toEqual([
      [null, ['Joseph Mwale'], [['Dana Holloway', 'United States Senator']]],
    ]);
  });
});

const BODY = 'We write to express our deep concern at the detention of our colleague, who was taken from her home last week without a warrant.';

describe('readStructure: open and coalition letters', () => {
  test.for([
    // [text, kind, title, letter date, why]
    [`Geneva / Oslo, 14 May 2031\n\nTo: Ms. Ana Ruiz\nUN Special Rapporteur on Human Rights Defenders\nOffice of the High Commissioner for Human Rights\nPalais des Nations\nCH-1211 Geneva 10, Switzerland\n\nSubject: Misuse of notices against exiled lawyers\n\nDear Ms. Ruiz,\n\n${BODY}\n\nYours faithfully,\n\n1. Northern Lights Legal Aid (Norway)\n2. Alpine Rights Watch (Switzerland)\n\nContact for this letter: secretariat@example.org, +47 22 00 00 00`,
      'letter', 'Misuse of notices against exiled lawyers', '2031-05-14', 'places and a date over a To: block; an "Office of" address line is no release label'],
    [`An Open Letter to the Prime Minister of Veloria\n\nMarch 2031\n\nH.E. Tomas Arvelo\nPrime Minister of Veloria\nOffice of the Prime Minister\nPorto Alto\n\nDear Prime Minister,\n\n${BODY}\n\nSigned,\n\nDr. Hana Okoro, Postdoctoral Researcher, Stellenbosch University`,
      'letter', 'An Open Letter to the Prime Minister of Veloria', '2031-03', 'a bare month line before the address block dates the letter'],
    [`Brussels, 8 April 2031\n\nOPEN LETTER ON THE DETAINED BLOGGER\n\nDear High Representative,\n\n${BODY}\n\nYours sincerely,\n\nLucia Ortega Prieto, MEP`,
      'letter', 'OPEN LETTER ON THE DETAINED BLOGGER', '2031-04-08', 'a standalone letter takes the date line above its headline'],
    [`Open letter on the detained blogger\n\nDear Minister,\n\n${BODY}\n\nYours sincerely,\n\nLucia Ortega Prieto, MEP\n\nStrasbourg, 9 April 2031`,
      'letter', 'Open letter on the detained blogger', '2031-04-09', 'a place and date under the signatures date a standalone letter'],
    [`OPEN LETTER: Release the detained journalists\n\nTo His Excellency Tomas Arvelo, President of the Republic of Veloria\nand to Mr. Emil Ngabo, Minister of Justice\n\nYour Excellency, Honourable Minister,\n\n${BODY}\n\nRespectfully,\n\nName | Position | Institution | Country\nDr Ilse Varga | Senior Lecturer | University of Leiden | Netherlands`,
      'letter', 'OPEN LETTER: Release the detained journalists', null, '"Open Letter" heading and a comma salutation after "To …" lines'],
    [`JOINT STATEMENT\n\nVeloria: Do not extradite the blogger to a country where he faces torture\n\n26 January 2031\n\n${BODY}\n\nSigned,\n\n- Index on Exile\n- PEN Beyond Borders`,
      'statement', 'Veloria: Do not extradite the blogger to a country where he faces torture', null, 'a genre label is no title; a "Place: …" headline without a full stop is no dateline'],
    [`REFUGEE ADV0CACY NETW0RK 0F VICT0RIA lNC.\n\nMEDlA RELEASE\n\n10 May 1987\n\nAUSTRALlAN AlD F0R CAMB0DlAN\n\nB0RDER CAMPS\n\n${BODY}`,
      'press-release', 'AUSTRALIAN AID FOR CAMBODIAN BORDER CAMPS', null, 'OCR digits and l in capitals; a headline in capitals over two lines'],
    [`REFUGEE ADV0CACY NETW0RK 0F VICT0RIA lNC.\n\n10 May 1987\n\nAUSTRALlAN AlD F0R CAMB0DlAN\n\nB0RDER CAMPS\n\n${BODY}`,
      'statement', 'AUSTRALIAN AID FOR CAMBODIAN BORDER CAMPS', null, 'an incorporated body on the first line is a letterhead, not the title'],
    [`ASIAN LEGAL RESOURCE NETWORK\n\n10 May 2031\n\nCourt must free the detained editor\n\n${BODY}`,
      'statement', 'Court must free the detained editor', null, "an organisation's name in capitals over a date line is a letterhead"],
    [`AMNESTY WELCOMES RULING OF THE COUNCIL\n\n${BODY}`,
      'statement', 'AMNESTY WELCOMES RULING OF THE COUNCIL', null, 'a headline in capitals ending on an organisation word, with no date below, stays the title'],
    [`FOR IMMEDIATE RELEASE\nMarch 3, 2031\nContact: Dana Reyes (202) 224-0000\n\nSenators Urge Administration to Press Minsk on Detained Journalists\n\nWASHINGTON - ${BODY}`,
      'press-release', 'Senators Urge Administration to Press Minsk on Detained Journalists', null, 'label, date and contact lines above the headline'],
  ] as const)('%s', ([text, kind, title, date]) => {
    const { structure, letters } = read(text);
    expect([structure.kind, structure.title?.text ?? null, letters[0]?.date?.value ?? null]).toEqual([kind, title, date]);
  });

  test('no closing: a table header row opens the signatures and a short last sentence is body', () => {
    const { letters } = read(`Dear Minister,\n\n${BODY}\n\nWe call on you to act without delay.\n\nName | Position | Country\nDr Ilse Varga | Senior Lecturer | Netherlands\nOmar Haddad | Research Fellow | Jordan`);
    expect(letters.map((l) => [l.closing, l.signatories.map((p) => [p.name, p.role, p.country?.code])])).toEqual([
      [null, [['Ilse Varga', 'Senior Lecturer', 'NL'], ['Omar Haddad', 'Research Fellow', 'JO']]],
    ]);
  });

  test('a headline opening with an honorific is no address block; a sentence before the letter ends its head', () => {
    const { structure, letters } = read(`FOR IMMEDIATE RELEASE\nMarch 3, 2031\nContact: Dana Reyes (202) 224-0000\n\nSenator Jane Holt Leads Colleagues in Urging Secretary to Press Minsk\n\nRead the letter below.\n\nThe Honorable Marcus Bell\nSecretary of State\n\nDear Secretary Bell:\n\n${BODY}\n\nSincerely,\n\nJane Holt\nUnited States Senator`);
    expect([structure.title?.text, letters.map((l) => l.addressees.map((p) => p.name))]).toEqual(['Senator Jane Holt Leads Colleagues in Urging Secretary to Press Minsk', [['Marcus Bell']]]);
  });

  test('a genre label above a "To …" line is not part of the letter head', () => {
    const { letters } = read(`OPEN LETTER\n\nTo the President of the Republic of Veloria, His Excellency Tomas Arvelo\n\nYour Excellency,\n\n${BODY}\n\nSigned:\nMargaret Atwell, novelist, Canada`);
    expect(letters.map((l) => [l.addressees.map((p) => p.name), l.signatories.map((p) => [p.name, p.description, p.country?.code])])).toEqual([[['Tomas Arvelo'], [['Margaret Atwell', 'novelist', 'CA']]]]);
  });

  test('"To …" lines name the addressees of a letter without a salutation', () => {
    const { letters } = read(`OPEN LETTER: Release the detained journalists\n\nTo His Excellency Tomas Arvelo, President of the Republic of Veloria\nand to Mr. Emil Ngabo, Minister of Justice\n\n${BODY}\n\nRespectfully,\n\nDr Ilse Varga, Senior Lecturer, University of Leiden`);
    expect(letters.map((l) => [l.salutation, l.addressees.map((p) => p.name)])).toEqual([[null, ['Tomas Arvelo', 'Emil Ngabo']]]);
  });

  test('a contact line and a bracketed note end the signatures', () => {
    const { letters } = read(`Dear Minister,\n\n${BODY}\n\nSigned,\n\nRuth Abel, Associate Professor, Columbia University\n\n(Affiliations are listed for identification purposes only.)\n\nContact for this letter: office@example.org`);
    expect(letters.map((l) => l.signatories.map((p) => [p.name, p.organization]))).toEqual([[['Ruth Abel', 'Columbia University']]]);
  });

  test.for([
    // [line, date line?, why]
    ['Geneva / Oslo, 14 May 2031', true, 'two places and a date'],
    ['Almaty | 20 February 2031', true, 'a bar between place and date'],
    ['Washington, D.C., March 3, 2031', true, 'a place with a comma inside'],
    ['We met on 8 April 2031', false, 'a sentence with a date'],
    ['Subject: 8 April 2031', false, 'a labelled field'],
    ['Brussels', false, 'a place alone'],
  ] as const)('date line %s: %s', ([line, ok]) => {
    expect(isDateLine(line)).toBe(ok);
  });

  test.for([
    // [text, not the kind, why]
    [`Joint statement on the extradition\n\n${BODY} The undersigned organisations call for his release.\n\nSigned:\n\nOpen Wires Institute\nNorthern Media Trust`, 'letter', 'a joint statement that addresses no one stays a statement'],
    [`Groups publish open letter\n\nLONDON - ${BODY} The full text of the letter follows below.\n\nDear Minister,\n\n${BODY}\n\nSincerely,\n\nOpen Wires Institute`, 'letter', 'a release presenting a letter stays a press release'],
  ] as const)('not %s: %s', ([text, kind]) => {
    expect(read(text).structure.kind).not.toBe(kind);
  });
});

describe('readStructure: letterheads, datelines, motions and running signer lists', () => {
  test.for([
    // [line, date line?, why]
    ['Brest and Valparaíso, 18 September 2025', true, 'two places joined by "and" before the date'],
    ['Smith and Jones were there on 18 September 2025', false, 'a sentence with "and" and a date stays prose'],
  ] as const)('date line %s: %s', ([line, ok]) => {
    expect(isDateLine(line)).toBe(ok);
  });

  test.for([
    // [text, addressees, why]
    [`Brest and Valparaíso, 18 September 2031\n\nTo the Members of the Executive Committee\n\nDear Members of the Executive Committee,\n\n${BODY}\n\nSincerely,\n\nReporters Alliance\nFree Press Collective`,
      ['the Members of the Executive Committee'], 'a place-and-date line is the dateline, never a party'],
    [`Assembly of the Federation\nChamber of Deputies\nPortolan, PF 20515\n\nSeptember 3, 2031\n\nDear Colleague,\n\n${BODY}\n\nSincerely,\n\nJane Holloway\nMember of the Assembly`,
      [], 'a letterhead closing on a post code over the date, and a "Dear Colleague" letter, name no addressee'],
    [`To whom it may concern,\n\n${BODY}\n\nSincerely,\n\nJane Holloway`, [], 'a salutation to whoever reads names no one'],
    [`13 May 2031\n\nThe Honourable Marcus Bell\nMinister of Justice\n\nDear Minister,\n\n${BODY}\n\nSincerely,\n\nJane Holloway`,
      ['Marcus Bell'], 'negative: an address block after the date stays the addressee'],
    [`The Honourable Marcus Bell\nMinister of Justice\n\n13 May 2031\n\nDear Minister,\n\n${BODY}\n\nSincerely,\n\nJane Holloway`,
      ['Marcus Bell'], 'negative: an address block with no street or post code before the date stays the addressee'],
  ] as const)('%s', ([text, names]) => {
    const { letters } = read(text);
    expect(letters[0]!.addressees.map((p) => p.name)).toEqual(names);
  });

  test.for([
    // [text, kind, title, why]
    [`House of Assembly\nEarly Day Motion 2041\nIMPRISONMENT OF BLOGGER DANIL MORETTI IN ERUVIA\nTabled: Tuesday 3 June 2031\n\nThat this House is deeply concerned by the sentencing of the blogger to nine years in prison; and calls on the Government to press for his release.\n\nSponsors: Alma Rennick; Sir Geoffrey Pallant; Nadia Orsett-Lowe`,
      'statement', 'IMPRISONMENT OF BLOGGER DANIL MORETTI IN ERUVIA', 'an institution and series line give way to the headline in capitals; a motion with a sponsor list is a statement'],
    [`Assembly of the Federation\nChamber of Deputies\nPortolan, PF 20515\n\nSeptember 3, 2031\n\nDear Colleague,\n\n${BODY}\n\nSincerely,\n\nJane Holloway`,
      'letter', null, 'the names of a body over its post code are a letterhead, not the title'],
    [`Assembly of the Federation\nChamber of Deputies\n\nRelease the editor now\n\n${BODY}`,
      'statement', 'Assembly of the Federation', 'negative: with no post code under them the first line stays the title'],
    [`House of Assembly\n\nRelease the editor now\n\n${BODY}`,
      'statement', 'House of Assembly', 'negative: with no headline in capitals below, the first line stays the title'],
    [`FOR IMMEDIATE RELEASE\n\nRelease the editor now\n\nThat this House notes the detention of the editor and calls for his release.\n\nENDS`,
      'press-release', 'Release the editor now', 'negative: release markers win over a motion quoted in the release'],
  ] as const)('%s', ([text, kind, title]) => {
    const { structure } = read(text);
    expect([structure.kind, structure.title?.text ?? null]).toEqual([kind, title]);
  });

  test.for([
    // [heading, why]
    ['Signed (affiliations for identification only):', 'a signing cue with a note in brackets'],
    ['Signatories (in alphabetical order)', 'another cue with a note'],
  ] as const)('signature heading %s', ([heading]) => {
    const { letters } = read(`Dear Minister,\n\n${BODY}\n\n${heading}\n\nDr Marta Quennell, Associate Professor, School of Geography, University of Melbourne, Australia; Tobias Wrenfield, Lecturer, Faculty of Political Science, Chulalongkorn University, Thailand; Paul-Henri Damaret, Emeritus Professor, Université de Lyon, France`);
    expect(letters.map((l) => l.signatories.map((p) => [p.name, p.honorifics, p.role, p.organization, p.country?.code]))).toEqual([[
      ['Marta Quennell', ['Dr'], 'Associate Professor', 'University of Melbourne', 'AU'],
      ['Tobias Wrenfield', [], 'Lecturer', 'Chulalongkorn University', 'TH'],
      ['Paul-Henri Damaret', [], 'Emeritus Professor', 'Université de Lyon', 'FR'],
    ]]);
  });

  test.for([
    // [line, heading?, why]
    ['Signed (affiliations for identification only):', true, 'a cue with a note in brackets'],
    ['Signed copies of the letter (sent by post) will follow.', false, 'negative: a sentence that opens with the cue word'],
    ['Signed (see below) by many more', false, 'negative: words after the bracket'],
  ] as const)('isSignatureHeading %s: %s', ([line, ok]) => {
    expect(isSignatureHeading(line)).toBe(ok);
  });

  test('a city closing an address block is where the party is, not its organisation', () => {
    const { letters } = read(`His Excellency Tomas Vellani\nPrime Minister of the Republic of Eruvia\nLisbon\n\nDear Prime Minister,\n\n${BODY}\n\nSincerely,\n\nJane Holloway`);
    expect(letters[0]!.addressees.map((p) => [p.name, p.role, p.organization])).toEqual([['Tomas Vellani', 'Prime Minister of the Republic of Eruvia', null]]);
  });

  test('negative: an organisation closing an address block stays its organisation', () => {
    const { letters } = read(`Ms. Ana Ruiz\nDirector\nMinistry of Foreign Affairs\n\nDear Ms. Ruiz,\n\n${BODY}\n\nSincerely,\n\nJane Holloway`);
    expect(letters[0]!.addressees.map((p) => p.organization)).toEqual(['Ministry of Foreign Affairs']);
  });
});

describe('readLetters: a signing cue with a note and the list on its line', () => {
  test.for([
    // [cue line, names, why]
    ['Signed (affiliations for identification only): Dr Marta Quennell, Associate Professor, University of Melbourne, Australia; Tobias Wrenfield, Lecturer, Chulalongkorn University, Thailand',
      [['Marta Quennell', 'AU'], ['Tobias Wrenfield', 'TH']], 'the note in brackets between the cue and its colon'],
    ['Signed (see the list at the foot of this page) and sent to the ministry on Monday.',
      [], 'negative: no colon after the note, a sentence and no list'],
  ] as const)('%s', ([line, want]) => {
    const { letters } = read(`Dear Minister,\n\n${BODY}\n\n${line}`);
    expect(letters.flatMap((l) => l.signatories.map((p) => [p.name, p.country?.code ?? null]))).toEqual(want);
  });
});
