/**
 * Merging: everything read about one person across the document becomes one
 * case. The strongest mechanism wins (red-notice > diffusion >
 * extradition-request > arrest > other) and brings its requesting state; an
 * event whose country the text leaves out takes it from the case (a second
 * mention of the same arrest, a conviction at home); events of one type and
 * country are one event. Status: deleted once a notice is deleted, released
 * once the person is freed, active while anything says the case runs,
 * unknown otherwise.
 */
import type { CountryMention } from '../entities/countries.js';
import { countryRef as countryByCode } from '../entities/countries.js';
import type { CaseEvent, CaseEventType, CaseStatus, CitedCase, Mechanism } from '../model/case.js';
import type { CountryRef } from '../model/country.js';
import type { CaseDraft, DraftEvent } from './types.js';

export const MECHANISM_RANK: readonly Mechanism[] = ['red-notice', 'diffusion', 'extradition-request', 'arrest', 'other'];

const rank = (m: Mechanism): number => MECHANISM_RANK.indexOf(m);

export function newDraft(person: number, at: number): CaseDraft {
  return { person, mentions: [], evidence: [], events: [], active: false, refused: false, duration: null, durationOfNotice: false, first: at };
}

function countryRef(c: CountryMention): CountryRef {
  const name = countryByCode(c.code)?.name ?? c.code;
  return { code: c.code, name, mentions: [{ text: c.text, span: { start: c.span.start, end: c.span.end } }] };
}

/** Where a detention or release happened when the text does not say: where the person was arrested or held. */
const HELD_AT: Partial<Record<CaseEventType, readonly CaseEventType[]>> = {
  detained: ['arrested', 'released'],
  released: ['detained', 'arrested'],
  // handed over by the state that held the person
  deported: ['detained', 'arrested'],
  extradited: ['detained', 'arrested'],
};
/** Events that happen in the pursuing state when the text names no other (a conviction, a charge, an arrest at home). */
const AT_HOME = new Set<CaseEventType>(['arrested', 'detained', 'charged', 'sentenced', 'released']);
/** Instruments that pursue a person abroad, and the events of being held that then happen abroad. */
const ABROAD = new Set<Mechanism>(['extradition-request', 'diffusion']);
const HELD = new Set<CaseEventType>(['arrested', 'detained', 'released']);

/**
 * `nationality`: the state the person is described by, for a notice whose state the text does not name.
 * `fallback`: the one pursuing state the other cases of the document share, for a case the text
 * places nowhere ("Her husband was also arrested in June").
 */
export function finishCase(draft: CaseDraft, subject: string, fallback: CountryMention | null = null, nationality: CountryMention | null = null): CitedCase {
  const evidence = [...draft.evidence].sort((a, b) => rank(a.mechanism) - rank(b.mechanism) || a.at - b.at);
  let mechanism: Mechanism = evidence[0]?.mechanism ?? 'arrest';
  // wanted by one state and held in another ("X, wanted in Tajikistan, was detained in Almaty"): the pursuit crossed a border
  if (mechanism === 'arrest') {
    const pursuer = evidence.find((e) => e.mechanism === 'arrest' && e.requestingState)?.requestingState;
    const heldAbroad = draft.events.some((e) => e.explicit && e.country && (e.type === 'arrested' || e.type === 'detained') && e.country.code !== pursuer?.code);
    if (pursuer && heldAbroad) mechanism = 'extradition-request';
  }
  // "arrested ... and remains in custody": the custody is the arrest's aftermath, not a second event
  const arrested = draft.events.some((e) => e.type === 'arrested');
  const strongDetention = draft.events.some((e) => e.type === 'detained' && !e.weak);
  const events = draft.events
    .filter((e) => !(e.weak && arrested && !strongDetention))
    .map((e) => ({ ...e }))
    .sort((a, b) => a.at - b.at);
  let requesting: CountryMention | null =
    evidence.find((e) => e.mechanism === mechanism && e.requestingState)?.requestingState ?? evidence.find((e) => e.requestingState)?.requestingState ?? null;
  if (!requesting && (mechanism === 'arrest' || mechanism === 'other')) {
    requesting =
      events.find((e) => e.explicit && e.country && (e.type === 'arrested' || e.type === 'detained' || e.type === 'charged' || e.type === 'sentenced'))?.country ??
      events.find((e) => e.explicit && e.country && e.type === 'released')?.country ??
      null;
    // placed nowhere: the state the others share, else the person's own state ("an Ethiopian historian taken from his home by federal police")
    if (!requesting && mechanism === 'arrest' && !events.some((e) => e.country)) requesting = fallback ?? nationality;
  }
  // a notice or request with no state named: the state the person is described by ("Belarusian blogger X")
  if (!requesting && (mechanism === 'red-notice' || mechanism === 'diffusion' || mechanism === 'extradition-request')) requesting = nationality;

  // a notice was issued by the requesting state (a diffusion is circulated by a state, not issued)
  if (mechanism === 'red-notice') {
    if (!events.some((e) => e.type === 'issued')) events.unshift({ type: 'issued', country: null, explicit: false, date: null, mentions: [], at: draft.first });
    for (const e of events) if (e.type === 'issued') e.country = requesting;
  }
  if (mechanism === 'diffusion') for (const e of events) if (e.type === 'issued') e.country ??= requesting;
  for (const e of events) {
    if (e.type === 'deleted') e.country = null;
    if (e.country || e.type === 'issued' || e.type === 'deleted') continue;
    const same = events.find((o) => o.type === e.type && o.country);
    if (same) {
      e.country = same.country;
      continue;
    }
    // an undated arrest is the arrest behind the detention the text places
    const heldAt = e.type === 'arrested' && !e.date ? (['detained'] as const) : HELD_AT[e.type];
    // a person is handed over by the state that held them before, not the one that took them in after ("deported to Iran and taken into custody there")
    const handover = e.type === 'deported' || e.type === 'extradited';
    const where = heldAt ? events.find((o) => heldAt.includes(o.type) && o.country && (!handover || o.at < e.at || o.country.code !== requesting?.code)) : undefined;
    if (where) e.country = where.country;
    // a person pursued by a request or a diffusion is held abroad: an unplaced arrest is not at home ("detained on a Tajik extradition request")
    else if (AT_HOME.has(e.type) && !(ABROAD.has(mechanism) && HELD.has(e.type))) e.country = requesting;
  }

  // one event per type and country
  const merged: DraftEvent[] = [];
  for (const e of events) {
    const same = merged.find((o) => o.type === e.type && (o.country?.code ?? null) === (e.country?.code ?? null));
    if (same) {
      if (betterDate(e.date, same.date)) same.date = e.date;
      same.mentions.push(...e.mentions);
    } else merged.push({ ...e, mentions: [...e.mentions] });
  }

  const out: CaseEvent[] = merged.map((e) => ({
    type: e.type,
    country: e.country ? countryRef(e.country) : null,
    date: e.date ? { ...e.date } : null,
    ...(e.mentions.length ? { mentions: e.mentions } : {}),
  }));

  return {
    subject,
    mechanism,
    requestingState: requesting ? countryRef(requesting) : null,
    events: out,
    status: statusOf(draft, merged, mechanism),
    duration: draft.duration,
    mentions: [...draft.mentions].sort((a, b) => a.span.start - b.span.start),
  };
}

/** A date stated outright beats one resolved from "last August"; a day beats the month or year it falls in. */
function betterDate(d: DraftEvent['date'], than: DraftEvent['date']): boolean {
  if (!d) return false;
  if (!than) return true;
  if (!!than.relative !== !!d.relative) return !d.relative;
  return d.value.length > than.value.length && d.value.startsWith(than.value);
}

function statusOf(draft: CaseDraft, events: readonly DraftEvent[], mechanism: Mechanism): CaseStatus {
  if (events.some((e) => e.type === 'deleted')) return 'deleted';
  // released, unless a later arrest is dated after the release (text order is not time order: "ordered the release of X, who had been arrested")
  const released = events.filter((e) => e.type === 'released');
  if (released.length) {
    const freedOn = released.map((e) => e.date?.value ?? '').sort().pop() ?? '';
    const heldAfter = events.some((e) => (e.type === 'arrested' || e.type === 'detained') && !!freedOn && (e.date?.value ?? '') > freedOn);
    if (!heldAfter) return 'released';
  }
  if (draft.active || mechanism === 'red-notice' || mechanism === 'diffusion') return 'active';
  if (draft.refused) return 'unknown';
  // handed over: what follows is not said, unless the text tells the person taken into custody after
  const handedOver = events.filter((e) => e.type === 'extradited' || e.type === 'deported');
  if (handedOver.length) {
    const last = Math.max(...handedOver.map((e) => e.at));
    return draft.events.some((e) => (e.type === 'detained' || e.type === 'arrested') && e.at > last) ? 'active' : 'unknown';
  }
  return mechanism === 'arrest' ? 'unknown' : 'active';
}
