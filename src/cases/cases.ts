/**
 * Cited cases: named people pursued by a state (Interpol notices, extradition
 * requests, arrests, detentions), read across the sentences of the document.
 *
 *   triggers.ts      the words that cite a case, fact or prospect
 *   people-index.ts  where people are named, short forms included
 *   subjects.ts      the person each trigger is about (names, pronouns, groups)
 *   name-guess.ts    a subject the people stage missed (a capitalised name run)
 *   non-persons.ts   names that are places, outlets or photo credits, never subjects
 *   states.ts        the requesting state and where each event happened
 *   places.ts        capitals and cities that place an event
 *   events.ts        the date of each event, the duration of a notice
 *   merge.ts         one case per person: mechanism, events, status
 *
 * Only sentences that hold a trigger word are read past a quick test; every
 * pattern is linear, so the cost grows with the length of the document.
 */
import type { CountryMention } from '../entities/countries.js';
import type { CitedCase } from '../model/case.js';
import type { DateMention } from '../model/date.js';
import type { Person } from '../model/entities.js';
import type { DocumentText } from '../text/document-text.js';
import { dateOf, durationOf, indexDates, type DateIndex } from './events.js';
import { finishCase, newDraft } from './merge.js';
import { indexPeople } from './people-index.js';
import { placesIn } from './places.js';
import { eventCountryOf, indexCountries, requesterOf, requestingStateOf, type CountryIndex } from './states.js';
import { linkSubjects, type Discourse } from './subjects.js';
import { notAPerson } from './non-persons.js';
import { findTriggers } from './triggers.js';
import { PERSON_NOUNS } from '../lexicons/case-vocabulary.js';
import type { CaseDraft, DraftEvent, Evidence, Trigger } from './types.js';

/** "the notice", "its red notice": a notice named before. */
const ANAPHORIC_NOTICE = /\b(?:the|its|this|that|his|her|their)\s+(?:(?:red|interpol)\s+)*notice\b/i;

/** "a diffusion circulated by X last year": the circulation told. */
const ISSUED_AFTER = /^["\s]*(?:(?:was|were|had\s+been|has\s+been)\s+)?(?:circulated|issued|published|requested|filed|lodged)\b/i;

export interface CaseInputs {
  readonly people: readonly Person[];
  readonly countries: readonly CountryMention[];
  readonly dates: readonly DateMention[];
  readonly documentDate: DateMention | null;
}

/** Cases of named people pursued by a state: notices, extradition requests, arrests. */
export function findCases(doc: DocumentText, inputs: CaseInputs): CitedCase[] {
  const text = doc.text;
  const mentioned = indexCountries(inputs.countries);

  // triggers first, then the places of the sentences that hold one
  const found: Trigger[][] = [];
  const places: CountryMention[] = [];
  for (const sentence of doc.sentences()) {
    const triggers = findTriggers(text, sentence);
    if (!triggers.length) continue;
    found.push(triggers);
    places.push(...placesIn(text, sentence.start, sentence.end, (at) => mentioned.covers(at)));
  }
  // no trigger, no case: the people need not be read
  if (!found.length) return [];
  const countries = places.length ? indexCountries([...inputs.countries, ...places]) : mentioned;

  // a place, an outlet or a photo credit named like a person is no subject
  const people = inputs.people
    .map((p) => ({ name: p.name, mentions: p.mentions.filter((m) => !notAPerson(text, m.span.start, m.span.end)) }))
    .filter((p) => p.mentions.length);
  const index = indexPeople(text, people);
  const dates = indexDates(inputs.dates);
  const discourse: Discourse = { lastGroup: [], lastNotice: [], subjects: new Set(), lastSubject: null };
  const drafts = new Map<number, CaseDraft>();

  const add = (person: number, t: Trigger, reading: Reading) => {
    let draft = drafts.get(person);
    if (!draft) drafts.set(person, (draft = newDraft(person, t.start)));
    apply(draft, t, reading);
    discourse.subjects.add(person);
  };
  // "A Uyghur student ... was deported": read now, given to the person the next sentences name
  let pending: { t: Trigger; reading: Reading; until: number }[] = [];

  // where the last sentence that tied a trigger to someone ends
  let lastLinkedEnd = -1;
  for (const triggers of found) {
    const subjects = linkSubjects(text, triggers, index, discourse, (at) => countries.covers(at));
    const named: number[] = [];
    const sentence = triggers[0]!.sentence;
    // "Officials cited an Interpol diffusion circulated by X": a notice in the very next sentence, nobody named, is the topic's
    const follows = lastLinkedEnd >= 0 && /^[ \t]*(?:\n[ \t]*)?$/.test(text.slice(lastLinkedEnd, sentence.start)) && !index.within(sentence.start, sentence.end).length;
    triggers.forEach((t, i) => {
      let people = subjects[i]!;
      const reading = read(text, t, triggers, countries, dates);
      if (!reading) return;
      if (!people.length) {
        const described = describedSubject(text, t, index);
        if (described === 'the' && discourse.lastSubject !== null) people = [discourse.lastSubject];
        else if (described === 'a') pending.push({ t, reading, until: t.sentence.end + 600 });
        else if (follows && (t.kind === 'notice' || t.kind === 'diffusion') && discourse.lastSubject !== null) people = [discourse.lastSubject];
      }
      for (const person of people) {
        add(person, t, reading);
        named.push(person);
      }
    });
    if (named.length) lastLinkedEnd = sentence.end;
    const first = named[0];
    const at = triggers[0]!.start;
    pending = pending.filter((p) => p.until >= at);
    if (first !== undefined && pending.length) {
      for (const p of pending) if (p.t.start < at) add(first, p.t, p.reading);
      pending = pending.filter((p) => p.t.start >= at);
    }
  }

  const kept = [...drafts.values()].filter((d) => d.evidence.length || d.events.length).sort((a, b) => a.first - b.first);
  const first = kept.map((d) => finishCase(d, subjectName(index.names[d.person]!), null, nationalityOf(text, d.person, index, countries)));
  // a case placed nowhere takes the one pursuing state all the others share
  const states = new Map<string, CountryMention>();
  for (const c of first) {
    const r = c.requestingState;
    const mention = r?.mentions?.[0];
    if (r && mention) states.set(r.code, { code: r.code, how: 'name', text: mention.text, span: mention.span });
  }
  // else the one state the whole document names ("the Rwandan poet ... held at Mageragere Prison")
  const named = new Map(inputs.countries.map((c) => [c.code, c]));
  const only = states.size === 1 ? [...states.values()][0]! : states.size === 0 && named.size === 1 ? [...named.values()][0]! : null;
  if (!only) return first;
  return kept.map((d, i) => (first[i]!.requestingState ? first[i]! : finishCase(d, subjectName(index.names[d.person]!), only, nationalityOf(text, d.person, index, countries))));
}

/** "poet Jean Mugisha": an occupation in lower case before a name is no part of it. */
const LEADING_LOWER = /^(?:\p{Ll}[\p{Ll}-]*\s+){1,3}(?=\p{Lu}[\p{L}'-]*\s+\p{Lu})/u;
function subjectName(name: string): string {
  return name.replace(LEADING_LOWER, '');
}

const DESCRIBED = new RegExp(
  `(?:^|[^\\p{L}])(a|an|the|this)\\s+(?:[\\p{L}'-]+\\s+){0,3}?(?:${PERSON_NOUNS.join('|')})\\b[^.;]{0,80}$`,
  'iu',
);

/** A trigger whose subject is a description with nobody named ("A Uyghur student ... was deported"): 'a', 'the', or null. */
function describedSubject(text: string, t: Trigger, index: ReturnType<typeof indexPeople>): 'a' | 'the' | null {
  if (index.within(t.sentence.start, t.sentence.end).length) return null;
  const m = DESCRIBED.exec(text.slice(t.sentence.start, t.start));
  if (!m) return null;
  return m[1]!.toLowerCase().startsWith('a') ? 'a' : 'the';
}

const DESCRIPTOR_GAP = /^\s+(?:[\p{Ll}-]+\s+){0,2}$/u;
/** "Dawit Bekele, an Ethiopian historian": the apposition after the name. */
const APPOSITION_TO = /^,\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+)?$/u;
const NOUN_NEXT = /^\s+\p{Ll}/u;

/** The state a person is described by where named ("Belarusian blogger Anna Sokal"): the pursuer of last resort for a notice. */
function nationalityOf(text: string, person: number, index: ReturnType<typeof indexPeople>, countries: CountryIndex): CountryMention | null {
  for (const m of index.mentions) {
    if (m.person !== person) continue;
    const before = countries.within(Math.max(0, m.start - 40), m.start).filter((c) => c.span.end <= m.start && c.how === 'demonym');
    const c = before[before.length - 1];
    if (c && DESCRIPTOR_GAP.test(text.slice(c.span.end, m.start))) return c;
    const after = countries.within(m.end, m.end + 30).find((x) => x.how === 'demonym');
    if (after && APPOSITION_TO.test(text.slice(m.end, after.span.start)) && NOUN_NEXT.test(text.slice(after.span.end, after.span.end + 3))) return after;
  }
  return null;
}

/** What one trigger says, independent of whom it is about. */
interface Reading {
  readonly evidence: Omit<Evidence, 'at'> | null;
  readonly event: Omit<DraftEvent, 'mentions' | 'at'> | null;
  readonly active: boolean;
  readonly refused?: boolean;
  readonly duration: ReturnType<typeof durationOf>;
}

function read(text: string, t: Trigger, all: readonly Trigger[], countries: CountryIndex, dates: DateIndex): Reading | null {
  const others = all.filter((o) => o !== t);
  const requesting = () => (t.requested ? requesterOf(text, t, countries) : null) ?? requestingStateOf(text, t, countries);
  switch (t.kind) {
    case 'notice':
    case 'diffusion': {
      if (t.hypothetical) return null;
      const state = requesting();
      const date = dateOf(text, t, dates, others, 130);
      // a diffusion is circulated by a state, not issued by Interpol: an event only where the text tells when it was circulated
      const told = t.kind === 'notice' || (ISSUED_AFTER.test(text.slice(t.end, Math.min(t.sentence.end, t.end + 30))) && !!date);
      return {
        evidence: { mechanism: t.kind === 'notice' ? 'red-notice' : 'diffusion', requestingState: state },
        event: told ? { type: 'issued', country: state, explicit: !!state, date } : null,
        active: true,
        duration: durationOf(text, t),
      };
    }
    case 'extradition-request':
      // a refused request was still a request
      return { evidence: { mechanism: t.hypothetical && !t.refused && !t.requested ? 'other' : 'extradition-request', requestingState: requesting() }, event: null, active: !t.refused, refused: t.refused, duration: null };
    case 'extradition': {
      if (t.event === 'extradited' && !t.hypothetical) {
        const country = eventCountryOf(text, t, countries, others);
        return {
          evidence: { mechanism: 'extradition-request', requestingState: requesting() },
          event: { type: 'extradited', country, explicit: !!country, date: dateOf(text, t, dates, others) },
          active: false,
          duration: null,
        };
      }
      // asked for by a state ("asked Spain for the extradition of X", "asked the UAE to extradite him"): a request
      const mechanism = t.requested || !t.hypothetical || t.refused ? 'extradition-request' : 'other';
      return { evidence: { mechanism, requestingState: requesting() }, event: null, active: !t.refused, refused: t.refused, duration: null };
    }
    case 'wanted':
    case 'warrant':
      return { evidence: { mechanism: 'arrest', requestingState: requesting() }, event: null, active: true, duration: null };
    case 'deletion': {
      if (t.hypothetical) return null;
      // a deletion speaks of a notice in the same clause
      const notice =
        all.some((o) => (o.kind === 'notice' || o.kind === 'diffusion') && Math.abs(o.start - t.start) <= 110 && !text.slice(Math.min(o.end, t.end), Math.max(o.start, t.start)).includes(';')) ||
        ANAPHORIC_NOTICE.test(t.sentence.text);
      if (!notice) return null;
      return { evidence: null, event: { type: 'deleted', country: null, explicit: false, date: dateOf(text, t, dates, others) }, active: false, duration: null };
    }
    case 'event': {
      if (t.event === 'released' && t.hypothetical) return { evidence: { mechanism: 'arrest', requestingState: null }, event: null, active: true, duration: null };
      if (t.hypothetical || !t.event) return null;
      if (t.event === 'disappeared') return { evidence: { mechanism: 'arrest', requestingState: requesting() }, event: null, active: true, duration: null };
      const country = eventCountryOf(text, t, countries, others);
      const event = { type: t.event, country, explicit: !!country, date: dateOf(text, t, dates, others), weak: /custody/i.test(t.text) && !/taken/i.test(t.text) };
      if (t.event === 'released') return { evidence: null, event, active: false, duration: null };
      if (t.event === 'deported') return { evidence: { mechanism: 'other', requestingState: requesting() }, event, active: false, duration: null };
      // an arrest abroad at another state's request: that state asked for the person
      const state = requesting();
      const abroad = state && country && state.code !== country.code;
      return {
        evidence: { mechanism: abroad ? 'extradition-request' : 'arrest', requestingState: state },
        event,
        active: t.ongoing,
        duration: t.event === 'detained' ? durationOf(text, t) : null,
      };
    }
  }
}

function apply(draft: CaseDraft, t: Trigger, r: Reading): void {
  const mention = { text: t.text, span: { start: t.start, end: t.end } };
  if (!draft.mentions.some((m) => m.span.start === t.start)) draft.mentions.push(mention);
  if (r.evidence) draft.evidence.push({ ...r.evidence, at: t.start });
  if (r.event) draft.events.push({ ...r.event, mentions: [mention], at: t.start });
  if (r.active) draft.active = true;
  if (r.refused) draft.refused = true;
  if (r.duration) {
    const ofNotice = t.kind === 'notice' || t.kind === 'diffusion';
    if (!draft.duration || (ofNotice && !draft.durationOfNotice)) {
      draft.duration = r.duration;
      draft.durationOfNotice = ofNotice;
    }
  }
}
