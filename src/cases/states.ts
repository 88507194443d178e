/**
 * Countries around a trigger: the state that pursues the person (requesting
 * state) and the state where an event happened (event country).
 *
 * Requesting state: a demonym before the instrument ("a Chinese Red Notice"),
 * a request ("at Bahrain's request", "at the request of China", "upon request
 * of Bahrain"), an agent of the instrument ("filed by the PRC government",
 * "wanted by the Chinese government"), a destination of extradition
 * ("extradition to the United States").
 *
 * Event country: the agent ("Thai authorities ... detained", "detained by the
 * Nigerian military"), else the place after the verb ("arrested in Casablanca,
 * Morocco", "arrested en route to the Italian Senate"), never a country that
 * describes the person ("a Bahrain-born man", "residing in Australia").
 */
import type { CountryMention } from '../entities/countries.js';
import { AGENT_NOUNS, COUNTRY_OF_PERSON_BEFORE, COUNTRY_OF_PERSON_NEXT } from '../lexicons/case-vocabulary.js';
import { backFrom, phrasePattern } from './triggers.js';
import type { Trigger } from './types.js';

export interface CountryIndex {
  readonly mentions: readonly CountryMention[];
  within(from: number, to: number): CountryMention[];
  /** True when `offset` lies inside a country mention. */
  covers(offset: number): boolean;
}

export function indexCountries(countries: readonly CountryMention[]): CountryIndex {
  const sorted = [...countries].sort((a, b) => a.span.start - b.span.start);
  const lowerBound = (at: number): number => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.span.start < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    mentions: sorted,
    within(from, to) {
      const out: CountryMention[] = [];
      for (let i = lowerBound(from); i < sorted.length && sorted[i]!.span.start < to; i++) out.push(sorted[i]!);
      return out;
    },
    covers(offset) {
      const i = lowerBound(offset + 1) - 1;
      const c = sorted[i];
      return !!c && c.span.start <= offset && offset < c.span.end;
    },
  };
}

const INSTRUMENTS = new Set(['notice', 'diffusion', 'extradition-request', 'extradition', 'warrant', 'wanted']);
const DEMONYM_BEFORE = /^(?:'s)?\s+(?:(?:interpol|international|arrest)\s+)?$/i;
/** "Turkey issued a Red Notice", "Egypt has requested the extradition", "the Russian authorities filed an extradition request". */
const STATE_AS_SUBJECT =
  /^(?:'s)?\s+(?:(?:prosecutor\s+general|attorney\s+general|interior\s+ministry|justice\s+ministry|government|authorities|officials|prosecutors|police|regime)\s+)?(?:(?:has|have|had|formally|also|then|later|reportedly|subsequently|repeatedly)\s+){0,2}(?:(?:issued|filed|lodged|obtained|sought|requested|demanded|secured|circulated|submitted)\s+)?(?:(?:an?|the|another)\s+)?(?:(?:interpol|international|new|second|formal)\s+)?$/i;
const REQUEST_AFTER = /^'s?\s+(?:request|requests|behest|demand|demands|instigation|application)\b/i;
// up to two capitalised words may stand between ("at the request of the United Arab Emirates", where only "Emirates" was matched)
const REQUEST_OF = /\b(?:request|requests|behest|demand|demands|instigation|behalf|application)\s+(?:of|from|by)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,2}$/u;
const POSSESSIVE_NAME_END = /\s(?:\p{Lu}[\p{L}-]*\s){0,3}\p{Lu}[\p{L}-]*'s?\s+$/u;
const COUNTRY_REQUEST_FOR = /^(?:'s)?\s+(?:(?:formal|official|new|latest|renewed)\s+)?(?:request|application|demand|bid)\s+for\s+(?:the\s+)?$/i;
/** "another Bahraini national, X", "Bahraini activist X": the person's state, the last resort for an extradition's pursuer. */
const NATIONALITY_NEXT = /^\s+(?:national|citizen|dissident|activist|opposition|journalist|blogger|lawyer|poet|writer|singer|academic|student)\b/i;
/** "In Russia, he is charged": the place that opens the sentence. */
const OPENS_WITH_IN = /^\s*(?:in|inside)\s+(?:the\s+)?$/i;
/** "Serbia extradited X", "Thailand has deported": the state right before the verb acts. */
const STATE_THEN_VERB = /^\s+(?:(?:has|have|had|also|then|later|reportedly|quietly|forcibly|subsequently)\s+){0,2}$/i;
const THAT_BEFORE = /\b(?:that|which)\s+(?:the\s+)?$/i;
const STATE_VERB_AFTER = /^(?:'s)?\s+(?:(?:government|authorities)\s+)?(?:(?:has|had|have)\s+)?(?:requested|issued|sought|filed|lodged|obtained|circulated|submitted)\b/i;
const BY_BEFORE = /\bby\s+(?:the\s+)?$/i;
const TO_BEFORE = /\bto\s+(?:the\s+)?$/i;
const FROM_BEFORE = /\bfrom\s+(?:the\s+)?$/i;
const PASSIVE_BY = /^\s+by\s+(?:the\s+)?$/i;
const AGENTS = new Set(AGENT_NOUNS);
const AGENT_IN = new RegExp(`\\b(?:${AGENT_NOUNS.join('|')})\\s+(?:in|of)\\s+(?:the\\s+)?$`, 'i');
const WORDS_RE = /[\p{L}-]+/gu;
const PERSON_NEXT_RE = new RegExp(`^(?:${COUNTRY_OF_PERSON_NEXT.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\b`, 'i');
const PERSON_BEFORE_RE = new RegExp(`\\b(?:${COUNTRY_OF_PERSON_BEFORE.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\s+(?:the\\s+)?$`, 'i');
const HOLDER_GAP = /^\s+(?:(?:immigration|police|military|state|pre-trial|pretrial|arbitrary|incommunicado|administrative)\s+)?$/i;
const OF_INSTRUMENT_NEXT = /^(?:'s?)?\s+(?:(?:interpol|international|formal|arrest)\s+)?(?:extradition|red\s+notice|notice|diffusion|request|warrant|wanted\s+list)\b/i;
const LOCATIVE_BREAK = phrasePattern(['following', 'after', 'before', 'because', 'since', 'while', 'when', 'where', 'who', 'which', 'but', 'and', 'on the basis of', 'based on', 'pursuant to']);

function LOCATIVE_BREAK_AT(s: string): boolean {
  LOCATIVE_BREAK.lastIndex = 0;
  return LOCATIVE_BREAK.test(s);
}

/** The state that pursues the person, as this trigger names it. */
export function requestingStateOf(text: string, t: Trigger, countries: CountryIndex): CountryMention | null {
  const s = t.sentence;
  const instrument = INSTRUMENTS.has(t.kind);
  // the state before "extradited" hands the person over; it does not ask
  if (instrument && t.event !== 'extradited') {
    const before = countries.within(Math.max(s.start, t.start - 70), t.start).filter((c) => c.span.end <= t.start);
    const c = before[before.length - 1];
    // "Turkish authorities requested Ahmed Nour's extradition": a possessive name between does not count
    const gap = text.slice(c?.span.end ?? t.start, t.start).replace(POSSESSIVE_NAME_END, ' ');
    if (c && (DEMONYM_BEFORE.test(gap) || STATE_AS_SUBJECT.test(gap) || COUNTRY_REQUEST_FOR.test(gap))) return c;
  }
  // "wanted in China"
  if (t.kind === 'wanted' && /in$/i.test(t.text)) {
    const c = countries.within(t.end, t.end + 6)[0];
    if (c) return c;
  }
  const limit = Math.min(s.end, t.end + 170);
  for (const c of countries.within(t.end, limit)) {
    const between = text.slice(t.end, c.span.start);
    if (between.includes(';')) break;
    const pre = text.slice(backFrom(text, t.start, c.span.start, 45), c.span.start);
    const post = text.slice(c.span.end, c.span.end + 25);
    if (REQUEST_AFTER.test(post)) return c;
    // "a Red Notice that Belarus requested", "an extradition request which Turkey filed"
    if (instrument && between.length <= 40 && THAT_BEFORE.test(pre) && STATE_VERB_AFTER.test(post)) return c;
    if (REQUEST_OF.test(pre)) return c;
    if (instrument && between.length <= 60 && BY_BEFORE.test(pre)) return c;
    if ((t.kind === 'extradition' || t.kind === 'extradition-request' || t.event === 'deported') && between.length <= 60 && TO_BEFORE.test(pre) && !LOCATIVE_BREAK_AT(between)) return c;
  }
  if (t.kind === 'extradition' || t.kind === 'extradition-request') {
    for (const c of countries.within(t.end, Math.min(s.end, t.end + 60))) if (NATIONALITY_NEXT.test(text.slice(c.span.end, c.span.end + 20))) return c;
  }
  return null;
}

/** The subject of a request verb: "the Government of Nicaragua has asked", "Baku has formally asked", "Turkish authorities urged". */
const REQUESTER_AFTER =
  /^(?:'s)?\s+(?:(?:government|authorities|officials|prosecutors|prosecutor\s+general|interior\s+ministry|justice\s+ministry|foreign\s+ministry|regime)\s+)?(?:(?:has|have|had|also|formally|then|later|reportedly|repeatedly|officially|subsequently)\s+){0,2}(?:asked|requested|urged|pressed|petitioned|called\s+on|applied\s+to|appealed\s+to)\b/i;

/** The state that asks for a requested extradition or arrest ("X has asked Spain for the extradition of", "Baku asked the UAE to extradite him"). */
export function requesterOf(text: string, t: Trigger, countries: CountryIndex): CountryMention | null {
  const s = t.sentence;
  const before = countries.within(Math.max(s.start, t.start - 160), t.start).filter((c) => c.span.end <= t.start);
  for (let i = before.length - 1; i >= 0; i--) {
    const c = before[i]!;
    if (REQUESTER_AFTER.test(text.slice(c.span.end, c.span.end + 60))) return c;
  }
  return null;
}

/** Where an event happened, as the sentence says it. */
export function eventCountryOf(text: string, t: Trigger, countries: CountryIndex, others: readonly Trigger[] = []): CountryMention | null {
  const s = t.sentence;
  // a country past the next trigger belongs to it ("detention stems from a Red Notice ... of Bahrain")
  const next = others.find((o) => o.start >= t.end)?.start ?? s.end;
  const after = countries.within(t.end, Math.min(s.end, next, t.end + 80));
  // passive agent: "detained by the Nigerian military"
  const first = after[0];
  if (first && PASSIVE_BY.test(text.slice(t.end, first.span.start))) return first;
  // the place that opens the sentence: "In Russia, he is charged in absentia"
  for (const c of countries.within(s.start, t.start)) {
    if (OPENS_WITH_IN.test(text.slice(s.start, c.span.start)) && /^\s*,/.test(text.slice(c.span.end, c.span.end + 3))) return c;
  }
  // "six years in Australian immigration detention", "Turkish custody": the state that holds
  // "in Turkish custody", "in a Thai prison": the state inside the trigger
  if (/\s\S+\s+(?:custody|prison|jail|gaol)$/i.test(t.text)) {
    const inside = countries.within(t.start, t.end).find((c) => c.span.end <= t.end);
    if (inside) return inside;
  }
  if (t.noun) {
    const near = countries.within(Math.max(s.start, t.start - 40), t.start).filter((c) => c.span.end <= t.start && c.how === 'demonym');
    const c = near[near.length - 1];
    if (c && HOLDER_GAP.test(text.slice(c.span.end, t.start))) return c;
  }
  // active agent: "Thai authorities in Bangkok's airport detained", "Serbia extradited"
  if (!t.noun) {
    const before = countries.within(Math.max(s.start, t.start - 100), t.start).filter((c) => c.span.end <= t.start);
    for (let i = before.length - 1; i >= 0; i--) {
      const c = before[i]!;
      const gap = text.slice(c.span.end, t.start);
      if (/[;.]/.test(gap.replace(/\b\p{Lu}\.(?=\p{Lu})/gu, ''))) continue;
      const words = gap.toLowerCase().match(WORDS_RE) ?? [];
      if (words.slice(0, 4).some((w) => AGENTS.has(w))) return c;
      if (STATE_THEN_VERB.test(gap) && c.how !== 'demonym') return c;
      // "Police in Uzbekistan arrested"
      if (words.length <= 2 && AGENT_IN.test(text.slice(backFrom(text, s.start, c.span.start, 30), c.span.start))) return c;
    }
  }
  // extradited or deported from a state
  if (t.event === 'extradited' || t.event === 'deported') {
    for (const c of after) if (FROM_BEFORE.test(text.slice(backFrom(text, t.end, c.span.start, 12), c.span.start))) return c;
    return null;
  }
  // the place after the verb
  for (const c of after) {
    const between = text.slice(t.end, c.span.start);
    if (/[;"]/.test(between)) break;
    LOCATIVE_BREAK.lastIndex = 0;
    if (LOCATIVE_BREAK.test(between)) break;
    if (PERSON_NEXT_RE.test(text.slice(c.span.end, c.span.end + 12))) continue;
    // "detained on a Tajik extradition request": the state of the instrument, not the place of the event
    if (OF_INSTRUMENT_NEXT.test(text.slice(c.span.end, c.span.end + 40))) continue;
    if (PERSON_BEFORE_RE.test(text.slice(backFrom(text, t.end, c.span.start, 20), c.span.start))) continue;
    return c;
  }
  return null;
}
