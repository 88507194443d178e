import { describe, expect, test } from 'vitest';
import { findDates } from '../../src/entities/dates.js';
import { parse } from '../../src/index.js';

const REF = '2021-11-15';

describe('findDates', () => {
  test.for<[string, string]>([
    ['15 November 2021', '2021-11-15'], // day month year
    ['November 15, 2021', '2021-11-15'], // US order
    ['15th of November 2021', '2021-11-15'], // ordinal with "of"
    ['15/11/2021', '2021-11-15'], // numeric, day first by default
    ['2021-11-15', '2021-11-15'], // ISO
    ['November 2021', '2021-11'], // month and year
    ['in 2018 the law', '2018'], // bare year
    ['23rd - 25th of November', '2021-11-23/2021-11-25'], // range without a year, resolved
    ['July 19-20, 2021', '2021-07-19/2021-07-20'], // US range
    ['2014-2017', '2014/2017'], // year range
    ['between 2014 and 2017', '2014/2017'],
    ['later this month', '2021-11'], // relative month
    ['last year', '2020'],
    ['yesterday', '2021-11-14'],
    ['in July this year', '2021-07'],
    ['on Thursday', '2021-11-18'], // nearest Thursday to Monday 15th
    ['23rd - 25th of November this year', '2021-11-23/2021-11-25'], // the year phrase belongs to the date
    ['three years ago today', '2018-11-15'], // an anniversary
    ['two years ago', '2019'],
    ['In mid-2013, it began', '2013'], // a year after a prefix and a hyphen
    ['130 million by 2030.7 By all accounts', '2030'], // a footnote mark glued to the year
    ['As at 28th October testing', '2021-10-28'], // a day without a year, the nearest one
    ['2012/17 Beginning Students', '2012/2017'], // a year range with a short end
    ['Friday, August 17, 2012', '2012-08-17'], // a weekday heading a date
    ['Embargoed until 7 May\n1998', '1998-05-07'], // a date broken across a line end
    ['Da: Wednesday, Dec. 12, 2007', '2007-12-12'], // abbreviated month with a full stop
  ])('%s -> %s', ([input, value]) => {
    const found = findDates(input, { referenceDate: REF });
    expect(found[0]?.value).toBe(value);
    expect(input.slice(found[0]!.span.start, found[0]!.span.end)).toBe(found[0]!.text);
  });

  test.for<[string, string, string]>([
    ['2022-08-02', 'next Sunday', '2022-08-14'], // the Sunday after the coming one
    ['2025-06-12', 'next Monday', '2025-06-16'], // from a Thursday: the Monday of the next week, four days on
    ['2025-11-05', 'next Monday', '2025-11-10'], // from a Wednesday
    ['2025-11-10', 'next Monday', '2025-11-17'], // from a Monday: a week on, never the same day
    ['2025-11-09', 'next Friday', '2025-11-14'], // from a Sunday, the week's last day: the Friday after it
    ['2022-08-07', 'this Saturday', '2022-08-13'], // the coming Saturday
    ['2022-08-02', 'Friday of next week', '2022-08-12'], // weeks start on Monday
    ['2024-10-18', 'next weekday', '2024-10-21'], // the next working day
    ['2024-10-18', 'this weekend', '2024-10-19'],
    ['2012-08-10', 'in 5 days', '2012-08-15'], // an offset from the reference, in a short phrase
    ['2012-08-10', 'the day after tomorrow', '2012-08-12'], // an offset joined to its anchor
    ['2012-08-10', '3 weeks later', '2012-08-31'],
    ['2013-02-12', 'last fathers day', '2012-06-17'], // a named day: third Sunday of June
    ['2013-02-12', "Mother's Day", '2013-03-10'], // day-first: the British rule, three weeks before Easter
    ['2013-02-12', 'whitsunday', '2013-05-19'], // Easter + 49 days
    ['2012-08-10', '10 August - 12 September', '2012-08-10/2012-09-12'], // two dates joined into a range
    ['2023-04-09', 'From December to May 2022', '2021-12/2022-05'], // the start takes the end's year
    ['2012-08-10', 'Twenty-fourth of May', '2012-05-24'], // an ordinal word
    ['2012-08-10', '3 Aug 96', '1996-08-03'], // a two-digit year after an abbreviated month
    ['2012-08-10', '10/August/2012', '2012-08-10'],
    ['2012-08-10', '2024 August', '2024-08'], // year before month
    ['2013-02-12', '15/2', '2013-02-15'], // a day and a month as the whole phrase
  ])('%s: %s -> %s', ([ref, input, value]) => {
    expect(findDates(input, { referenceDate: ref })[0]?.value).toBe(value);
  });

  test.for<[string, string]>([
    ['He was arrested on 14 August.', '14 August'], // a full stop after a whole month name ends the sentence
    ['He was arrested in August.', 'August'],
    ['He was arrested on August 14.', 'August 14'], // not after a day number
    ['It was due on 14 Aug.', '14 Aug.'], // an abbreviation keeps its stop
  ])('evidence of %s', ([input, text]) => {
    expect(findDates(input, { referenceDate: REF })[0]?.text).toBe(text);
  });

  test('month first when asked', () => {
    expect(findDates('03/04/2021', { dateOrder: 'mdy' })[0]?.value).toBe('2021-03-04');
    expect(findDates('03/04/2021')[0]?.value).toBe('2021-04-03');
  });
});

describe('findDates negatives', () => {
  test.for<[string]>([
    ['2000 people signed'], // a count, not a year
    ['call 1800 123 456'], // phone digits
    ['later this month'], // relative without a reference date
    ['We may ask'], // "may" the verb
    ['30 February 2021'], // no such day
    ['page 12'],
    ['in the next year most will wait'], // a stretch of time, not a date
    ['1915 hours'], // a time of day
    ['$2000 raised'], // money
    ['Version: 1.1.30'], // a version number
    ['in the 1990s'], // a decade
    ['at 2000 GMT'], // a clock time
    ['the May First network'], // a capitalised ordinal after a month is a name
    ['10 August - 12'], // a spaced dash does not bring a two-digit year
  ])('%s', ([input]) => {
    expect(findDates(input)).toEqual([]);
  });
});

describe('document date', () => {
  test.for<[string, string | null]>([
    ['EMBARGOED UNTIL 02.00 (GMT) MONDAY 15/11/2021\n\nHEADLINE HERE\n\nText of the release.', '2021-11-15'], // the embargo line
    ['A headline\n\n4th February 2021\n\nDear Members,\n\nWe write.', '2021-02-04'], // a date line at the top
    ['Title line\n\nFriday, August 17, 2012\nLyon: The body says things.', '2012-08-17'], // weekday and date
    ['29 November 2018 - On Tuesday the police acted.', '2018-11-29'], // a paragraph opening with its date
    ['Headline\n Da: Wednesday, Dec. 12, 2007\n The senator asked.', '2007-12-12'], // a labelled date line
    ['Headline\nToday, the senator sent the following letter to the minister.\n[The text of the letter follows below]\nApril 15, 2008\nDear Minister:\nWe write.', null], // a carried letter's date is not the document's
    ['In 2010 he moved. On April 11 he was arrested.', null], // no date of its own
    ['LONDON, 15 November 2021 - The group said today.', '2021-11-15'], // a dateline with its place
    ['Press release | 15 November 2021\n\nHeadline\n\nBody.', '2021-11-15'], // a labelled date line
    ['Headline\n\nOn 15 November 2021, the court ruled.', null], // a date in prose is not the document's
    ['Headline\n\nThe court ruled against the appeal.\n\nGeneva, 15 November 2021', '2021-11-15'], // a date line closing the document
    ['Headline\n\nHearing: 23 November 2021\n\nThe court will rule.', null], // the date of an event, not of the document
    ['Headline\nPublished 1 December 2021 | Updated 2 December 2021\n\nBody.', '2021-12-01'], // the publication date before the update
    ['Headline\nUpdated: 2 December 2021\n\nBody.', '2021-12-02'], // a byline's update date when it is the only one
    ['Headline\n\nUpdate (2 December 2021): the board has replied to our letter.\n\n1 December 2021', '2021-12-01'], // an update note in prose is not a byline
    ['Headline\n\nAlmaty, 20 November 2024 (Example News) - Prosecutors said.', '2024-11-20'], // a dateline with its source
    ['Headline\n\nBy Jane Doe | Published 14 May 2023, 09:12 GMT\n\nBody.', '2023-05-14'], // a byline
    // Datelines of any shape: places joined by a slash, a bar, "and" or a dash; separators , | – — - /; an outlet in brackets.
    ['Headline\n\nGeneva / Oslo, 14 May 2025\n\nThe court ruled.', '2025-05-14'], // two cities joined by a slash
    ['Almaty | 20 February 2026\n\nHeadline about things\n\nThe court ruled.', '2026-02-20'], // a bar between place and date
    ['Headline\n\nGENEVA/OSLO (Example News) – 14 May 2025 – The court ruled.', '2025-05-14'], // capitals, an outlet, dashes
    ['Headline\n\nGeneva and Oslo, 14 May 2025 – The court ruled.', '2025-05-14'], // places joined by "and"
    ['Headline\n\nNew York - Geneva, 14 May 2025 — The court ruled.', '2025-05-14'], // places joined by a spaced dash
    ['Headline\n\nKyiv — 14 May 2025 — The court ruled.', '2025-05-14'], // em dashes on both sides
    ['Headline\n\nBrussels/Geneva, 14.05.2025 – The court ruled.', '2025-05-14'], // a numeric date
    ['Headline\n\nRio de Janeiro / São Paulo | 3 June 2024\n\nBody.', '2024-06-03'], // particles inside place names
    ['Headline\n\nLONDON, United Kingdom — 2 July 2023\n\nBody.', '2023-07-02'], // a place and its country
    ['Headline\n\nBy Jane Doe\n14 May 2025\n\nThe court ruled.', '2025-05-14'], // a date under a byline
    ['Headline\nBy Jane Doe, Staff Reporter\nMay 14, 2025 5:30 PM EDT\n\nThe court ruled.', '2025-05-14'], // with a clock time
    ['Headline\nBy Jane Doe\n14 May 2025 | 4 min read\n\nThe court ruled.', '2025-05-14'], // with a reading time after a bar
    ['Headline\n\n14 May 2025, Geneva\n\nBody text here.', '2025-05-14'], // the place after the date
    ['Headline\n\n14 May 2025 (Geneva)\n\nBody text here.', '2025-05-14'], // the place in brackets
    ['Headline\n\nPosted on 14 May 2025 by Jane Doe\n\nBody text here.', '2025-05-14'], // a byline with its author after
    ['Headline\n\nPRESS RELEASE | GENEVA | 14 May 2025\n\nBody text here.', '2025-05-14'], // a label and a place before
    ['Headline\n\nBishkek – Almaty – Tashkent, 14 May 2025\n\nBody text here.', '2025-05-14'], // three places
    ['Headline\n\nKathmandu, l4 May 2O25\n\nBody text here.', '2025-05-14'], // scanner letters in the date
    ['Headline\n\n14 May 2025 – Geneva / Oslo\n\nBody text here.', '2025-05-14'],
    ['Headline\n\n14 May 2025, the court will hear the case of two journalists.\n\nBody.', null], // prose after the date
    ['Headline\n\nThe Court Of Appeal Will Rule Against Him On Appeal On 14 May 2025\n\nBody.', null], // a title-case sentence, not places
  ])('%s', ([input, value]) => {
    expect(parse(input).date?.value ?? null).toBe(value);
  });
});

describe('the date of a letter that is the whole document', () => {
  // A standalone letter is dated by the document's date line when its own head holds none; a carried letter is not.
  const LETTER = 'To: Minister of Justice\n\nDear Minister,\n\nWe write about the case of a journalist held without charge.\n\nSincerely,\n\nJane Roe\nDirector, Example Watch';
  test.for<[string, string, string | null]>([
    ['a date line under the signatures', `Open letter on a detention\n\n${LETTER}\n\nGeneva, 14 May 2025`, '2025-05-14'],
    ['a dateline above the title', `Geneva / Oslo, 14 May 2025\n\nOpen letter on a detention\n\n${LETTER}`, '2025-05-14'],
    ['a bare date line above the title', `14 May 2025\n\nOpen letter on a detention\n\n${LETTER}`, '2025-05-14'],
    ['no date anywhere', `Open letter on a detention\n\n${LETTER}`, null], // none is invented
  ])('%s', ([, input, value]) => {
    const doc = parse(input);
    expect(doc.kind).toBe('letter');
    expect(doc.letters[0]?.date?.value ?? null).toBe(value);
  });

  test('a letter carried by a press release keeps no date of its own', () => {
    const doc = parse(`PRESS RELEASE\n\nGeneva, 14 May 2025 - Example Watch today wrote to the minister about the detention of a journalist held without charge since March. Read the letter below.\n\n${LETTER}`);
    expect(doc.date?.value).toBe('2025-05-14');
    for (const l of doc.letters) expect(l.date).toBeNull();
  });
});

describe('findDates on hostile input', () => {
  // Each must return without throwing, and in time that grows with the input, not its square.
  test.for<[string, string]>([
    ['digits', '1'.repeat(100_000)],
    ['quotes', '"'.repeat(100_000)],
    ['joined dates', '15 November 2021 - '.repeat(8_000)],
    ['weekday ranges', 'on Monday to '.repeat(10_000)],
    ['months', 'May '.repeat(30_000)],
    ['slashes', '12/'.repeat(30_000)],
    ['scanner digits', 'l7 lO l987 '.repeat(10_000)],
    ['anchored offsets', '17 March 2025. Two days later, the following Monday, later that year. '.repeat(2_000)],
    ['dates before names', 'April 6 Youth Movement '.repeat(5_000)],
    ['months in long clauses', 'was arrested in August '.repeat(5_000)],
  ])('%s', ([, input]) => {
    const t = performance.now();
    expect(() => findDates(input, { referenceDate: REF })).not.toThrow();
    expect(performance.now() - t).toBeLessThan(3000);
  });
});

describe('dates of a document', () => {
  // Relative mentions are read against the document's own date, with the annotation's conventions.
  test.for<[string, string[]]>([
    ['15 November 2021\n\nThe vote is later this month. Last year it failed.', ['2021-11-15', '2021-11', '2020']],
    ['15 November 2021\n\nThe group met last week and will meet again in two weeks.', ['2021-11-15']], // weeks and durations are not dates
    ['15 November 2021\n\nIn the next year most will wait.', ['2021-11-15']], // a stretch of time
    ['No date of its own. It happened last year on Thursday.', []], // nothing to resolve against
    ['Call +1 202 555 2021 or see example.org/2019/report', []], // numbers inside a phone number or an address
    ['Tuesday 5 March 2024\n\nHe was released on Friday.', ['2024-03-05', '2024-03-01']], // a bare weekday in the past tense: the one before
    ['Wednesday 24 November 1982\n\nThe group will arrive on Friday.', ['1982-11-24', '1982-11-26']], // in the future tense: the one after
    ['Tuesday 4 March 2025\n\nPlease reply to the office by close of business on Friday.', ['2025-03-04', '2025-03-07']], // a deadline in a request looks ahead
    ['Tuesday 4 March 2025\n\nComments are due by Friday.', ['2025-03-04', '2025-03-07']], // "by" a weekday: a deadline
    ['Tuesday 4 March 2025\n\nThe office stays open until Thursday.', ['2025-03-04', '2025-03-06']], // "until" a weekday
    ['Tuesday 4 March 2025\n\nKindly sign the letter before Monday.', ['2025-03-04', '2025-03-10']], // a request
    ['Tuesday 4 March 2025\n\nJoin us outside the embassy on Friday.', ['2025-03-04', '2025-03-07']], // an imperative opens the sentence
    ['Tuesday 4 March 2025\n\nOn Thursday, please call the office.', ['2025-03-04', '2025-03-06']], // "please" after the weekday
    ['Tuesday 4 March 2025\n\nJoin rallies were banned on Friday.', ['2025-03-04', '2025-02-28']], // a verb-looking first word in a past sentence
    ['Tuesday 4 March 2025\n\nThe minister spoke on Friday.', ['2025-03-04', '2025-02-28']], // no request, no deadline: the one before
    ['Tuesday 4 March 2025\n\nThe hearing has been scheduled for Thursday.', ['2025-03-04', '2025-03-06']], // a time something is set for
    ['Tuesday 4 March 2025\n\nThe court adjourned the case until Monday.', ['2025-03-04', '2025-03-10']], // adjourned until: ahead, whatever the tense
    ['Tuesday 4 March 2025\n\nSignatures are needed by Friday.', ['2025-03-04', '2025-03-07']], // a participle after "are" is not past
    ['Tuesday 4 March 2025\n\nThe Committee meets on Thursday.', ['2025-03-04', '2025-03-06']], // the present tense: the coming one
    ['Tuesday 4 March 2025\n\nOn Monday, the two universities became members.', ['2025-03-04', '2025-03-03']], // no present-tense verb: the one before
    ['Tuesday 4 March 2025\n\nThe vote is on Thursday, the speaker said.', ['2025-03-04', '2025-03-06']], // a past reporting verb after the weekday
    ['Tuesday 4 March 2025\n\nHe was held until Friday.', ['2025-03-04', '2025-02-28']], // a deadline told in the past looks back
    ['Tuesday 4 March 2025\n\nHe was arrested by police on Friday.', ['2025-03-04', '2025-02-28']], // "by" an agent is no deadline
    ['Thursday 12 June 2025\n\nThe debate is next Monday.', ['2025-06-12', '2025-06-16']], // "next" is the coming week's
    ['Tuesday 3 June 2025\n\nThe debate is this coming Friday.', ['2025-06-03', '2025-06-06']], // "coming": the first one on, this week
    ['Tuesday 3 June 2025\n\nThe debate is next Friday.', ['2025-06-03', '2025-06-13']], // "next": the next week's
    // "<Month> of this year" is one date.
    ['Geneva, 5 October 2025\n\nHe was arrested in May of this year.', ['2025-10-05', '2025-05']],
    ['Geneva, 5 October 2025\n\nHe was arrested in May of last year.', ['2025-10-05', '2024-05']],
    ['Geneva, 5 October 2025\n\nHe was arrested on 3 May of this year.', ['2025-10-05', '2025-05-03']], // a day and month too
    ['Geneva, 5 October 2025\n\nHe was arrested in May. The rest of this year was calm.', ['2025-10-05', '2025-05', '2025']], // "this year" apart from the month stays
    ['15 September 2021\n\nThey must act before the end of the year.', ['2021-09-15', '2021']], // the current year
    // "last <Month>" is the last one before the document's date, "next <Month>" the next one after it.
    ['Geneva, 5 March 2024\n\nHe has been held since his arrest last August.', ['2024-03-05', '2023-08']],
    ['Geneva, 5 March 2024\n\nHe was detained last February.', ['2024-03-05', '2024-02']], // earlier this year
    ['Geneva, 5 March 2024\n\nWe met him last March.', ['2024-03-05', '2023-03']], // the same month is a year back
    ['Geneva, 5 March 2024\n\nThe appeal is next February.', ['2024-03-05', '2025-02']], // the next one after the date
    ['Geneva, 5 March 2024\n\nThe appeal is next June.', ['2024-03-05', '2024-06']],
    ['Geneva, 5 March 2024\n\nHe has been held since August.', ['2024-03-05', '2023-08']], // "since" looks back
    ['Geneva, 5 March 2024\n\nHe was arrested in August and will be tried in May.', ['2024-03-05', '2023-08', '2024-05']], // the nearest verb sets the tense
    ['Geneva, 5 March 2024\n\nThe trial will open in August.', ['2024-03-05', '2024-08']], // future: this year's
    ['Geneva, 5 October 2024\n\nThe trial will open in February.', ['2024-10-05', '2025-02']], // future: the next one
    ['Geneva, 5 October 2024\n\nHe was arrested this August.', ['2024-10-05', '2024-08']],
    ['Geneva, 5 March 2024\n\nHe was arrested this August.', ['2024-03-05', '2023-08']], // a past clause: the one gone by
    ['Geneva, 5 March 2024\n\nHe was arrested on 1 September.', ['2024-03-05', '2023-09-01']], // a past clause takes the one before
    ['Geneva, 5 October 2024\n\nThe hearing will be on 1 March.', ['2024-10-05', '2025-03-01']], // a future clause the one after
    ['Geneva, 5 March 2024\n\nThe hearing was postponed until April.', ['2024-03-05', '2024-04']], // a time the act looks ahead to
    ['Geneva, 5 March 2024\n\nThe hearing was adjourned to 12 April.', ['2024-03-05', '2024-04-12']],
    ['Geneva, 5 March 2024\n\nLast spring he fled.', ['2024-03-05', '2023']], // a season names its year
    ['Geneva, 5 October 2024\n\nLast summer he fled.', ['2024-10-05', '2024']], // a season just ended
    ['Geneva, 5 March 2024\n\nNext autumn he will testify.', ['2024-03-05', '2024']],
    ['Geneva, 5 March 2024\n\nLast Monday he spoke.', ['2024-03-05', '2024-03-04']],
    // Offsets anchored on the date told just before them.
    ['Statement\n\nHe was arrested on 17 March 2025. Two days later he was charged.', ['2025-03-17', '2025-03-19']],
    ['Statement\n\nHe was arrested on 17 March 2025. A week later he was freed.', ['2025-03-17', '2025-03-24']],
    ['Statement\n\nHe was arrested on 17 March 2025. The next day he was charged.', ['2025-03-17', '2025-03-18']],
    ['Statement\n\nHe was arrested on 17 March 2025 and charged the same day.', ['2025-03-17']], // the same value, once
    ['Statement\n\nHe was arrested on 17 March 2025 and charged the following morning.', ['2025-03-17', '2025-03-18']],
    ['Statement\n\nHe was jailed in 2021. The following year he fled.', ['2021', '2022']], // a year from a year
    ['Statement\n\nHe was jailed in March 2021; three months later he fled.', ['2021-03', '2021-06']], // a month from a month
    ['Statement\n\nHe was jailed on 2 May 2021. Later that year he fled.', ['2021-05-02', '2021']],
    ['Statement\n\nHe was jailed on 2 May 2021. Two years later he fled.', ['2021-05-02', '2023']],
    ['Statement\n\nHe was jailed on 10 May 2021. Three days earlier he had written.', ['2021-05-10', '2021-05-07']],
    ['Statement\n\nHe was arrested on Friday 14 March 2025. The following Monday he was charged.', ['2025-03-14', '2025-03-17']], // a named day after the anchor
    ['Statement\n\nHe was charged on Monday 17 March 2025, after his arrest the previous Friday.', ['2025-03-17', '2025-03-14']],
    ['Statement\n\nIn 2021 he fled. The following Monday he was charged.', ['2021']], // a weekday needs a day to count from
    ['Geneva, 5 March 2024\n\nThis past August he fled.', ['2024-03-05', '2023-08']], // "this past" looks back
    ['Statement\n\nHe was arrested on 3 May 2021 and released the day after.', ['2021-05-03', '2021-05-04']], // closing its clause
    ['Statement\n\nHe was arrested on 3 May 2021; the year before, he had fled.', ['2021-05-03', '2020']],
    ['Statement\n\nHe was arrested on 3 May 2021, the day after his speech.', ['2021-05-03']], // the day after an event, not a date
    ['Statement\n\nOn 17 March 2025 he was arrested. Two days later he was charged. A week later he was freed.', ['2025-03-17', '2025-03-19', '2025-03-26']], // a chain
    ['Geneva, 5 March 2024\n\nOn 17 February he was arrested. Two days later he was charged.', ['2024-03-05', '2024-02-17', '2024-02-19']], // after a date resolved by the document's
    // Offsets with nothing definite to count from.
    ['Statement\n\nOn the night of July 19-20, 2021, he was arrested. The following day he was told.', ['2021-07-19/2021-07-20']], // after a range: which end?
    ['Statement\n\nHe was arrested on 19 July 2021.\n\nToday, two years later, he remains held.', ['2021-07-19']], // "today": the present
    ['Statement\n\nHe was arrested in 2021. Two days later he was charged.', ['2021']], // a day from a year
    ['Statement\n\nOn 17 March he was arrested. Two days later he was charged.', []], // the anchor has no year
    ['Statement\n\nIn 2021 vaccines were scarce; only 10 percent will be vaccinated in the next year.', ['2021']], // a stretch of time
    ['Statement\n\nIn 2021 they met. A few days later they parted.', ['2021']], // a vague count
    ['Statement\n\nIn 2021 they met, and over the following year they wrote.', ['2021']],
    // OCR: l and O read as digits inside a date.
    ['Canberra, l7 September l987\n\nThe Minister said yesterday that talks will run from 14 to 16 September.', ['1987-09-17', '1987-09-16', '1987-09-14/1987-09-16']],
    ['Headline\n\n2O March 2O21\n\nBody text.', ['2021-03-20']],
    ['Headline\n\nl2 May l998\n\nBody text.', ['1998-05-12']],
    ['Headline\n\nCanberra, 3l July 1990\n\nBody text.', ['1990-07-31']],
    ['Headline\n\nCanberra, l0 July 1990\n\nBody text.', ['1990-07-10']],
    ['Headline\n\n1O/O7/199O\n\nBody text.', ['1990-07-10']],
    ['Headline\n\nMay l5, 1990\n\nBody text.', ['1990-05-15']],
    ['Headline\n\n3 0ctober 1987\n\nBody text.', ['1987-10-03']], // a zero for the O of a month
    ['Headline\n\nJu1y 4, 1990\n\nBody text.', ['1990-07-04']], // a one for the l of a month
    ['Headline\n\n12 Apri1 1985\n\nBody text.', ['1985-04-12']],
    ['Headline\n\n17 Septernber 1987\n\nBody text.', ['1987-09-17']], // "rn" for "m"
    ['Headline\n\n2 Decernber l986\n\nBody text.', ['1986-12-02']],
    ['Headline\n\nThe code A1B0 and Mar1a.', []], // digits in other words stay digits
    ['Headline\n\nl July 1990\n\nBody text.', ['1990-07']], // a single letter is not read as a digit: the month and year
    ['Headline\n\nNo date here. Io and lo.', []],
    // A date that opens an organisation's name.
    ['Geneva, 5 March 2024\n\nMembers of the April 6 Youth Movement marched.', ['2024-03-05']],
    ['Geneva, 5 March 2024\n\nThe 26 July Movement met.', ['2024-03-05']],
    ['Geneva, 5 March 2024\n\nThe March 14 Alliance met.', ['2024-03-05']],
    ['Geneva, 5 March 2024\n\nThe 30 June Front spoke.', ['2024-03-05']],
    ['Geneva, 5 March 2024\n\nThe February 17 Coalition spoke.', ['2024-03-05']],
    ['Geneva, 5 March 2024\n\nThe May 18 Memorial Foundation spoke.', ['2024-03-05']],
    ['Geneva, 5 March 2024\n\nThey marched down 26 July Street.', ['2024-03-05']], // a street
    ['Geneva, 5 March 2024\n\nProtesters gathered on the 6 October Bridge.', ['2024-03-05']],
    ['Geneva, 5 March 2024\n\nVeterans of the 25 January Revolution spoke.', ['2024-03-05']], // an event's name
    ['Geneva, 5 March 2024\n\nOn April 6 Police arrested him.', ['2024-03-05', '2023-04-06']], // a preposition keeps the date
  ])('%s', ([input, values]) => {
    expect(parse(input).dates.map((d) => d.value)).toEqual(values);
  });
});
