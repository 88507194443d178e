/**
 * Places that stand for a country where a case happens: a capital or a city
 * after "in", "at", "by", "from" ("arrested in Porto", "sent by Tashkent",
 * "detained at Istanbul airport"). The country stage reads a capital as a
 * country only where it acts; a case needs the place of an event too. Read
 * only in the sentences that hold a trigger.
 */
import type { CountryMention } from '../entities/countries.js';
import { CITIES } from '../lexicons/cities.js';
import { COUNTRIES } from '../lexicons/countries.js';

const CAPITALS: ReadonlySet<string> = new Set(COUNTRIES.flatMap((c) => c.capitals));
const PLACES: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const c of COUNTRIES) for (const cap of c.capitals) m.set(cap, c.code);
  for (const [city, code] of Object.entries(CITIES)) if (!m.has(city)) m.set(city, code);
  return m;
})();

const WORD_RE = /\p{Lu}[\p{L}'.-]*/gu;
/** The first words of the places: a capitalised word that is none of them starts no place. */
const FIRST_WORDS: ReadonlySet<string> = new Set([...PLACES.keys()].map((k) => k.split(' ')[0]!));
const BEFORE = /\b(?:in|at|near|outside|from|to|by|of)\s+(?:the\s+)?$/i;
/** A capitalised word right after: the place is the start of a person's name ("Sofia Petrova")... */
const NAME_AFTER = /^\s\p{Lu}\p{Ll}/u;
/** ...unless the capitalised words after it name a facility ("Hamburg Airport", "Belgrade Nikola Tesla Airport"). */
const FACILITY_AFTER = /^(?:\s\p{Lu}[\p{L}'-]*){0,3}?\s(?:Airport|International|Prison|Port|Harbour|Harbor|Station|Terminal|Border|Court|Detention|Centre|Center|Jail|Police)\b/u;

/** A capital that acts for its government: "Hanoi had filed an extradition request", "Baku has asked", "Dushanbe's request". */
const CAPITAL_ACTS_AFTER =
  /^(?:'s\s+(?:request|requests|behest|demand|government|authorities|application)\b|\s+(?:(?:has|have|had|also|formally|then|later|reportedly|repeatedly|officially|subsequently)\s+){0,2}(?:filed|requested|issued|sought|asked|demanded|lodged|circulated|submitted|applied|pressed|urged|wants)\b)/;

/** A place before the authority that acts there: "an Almaty court", "Istanbul police", "the Warsaw district prosecutor". */
const AUTHORITY_AFTER =
  /^\s+(?:(?:city|district|regional|provincial|appeals?|appellate|municipal|military|criminal|high|higher|inter-district)\s+){0,2}(?:court|courts|police|prosecutors?|prosecutor's\s+office|authorities|officials|judge|tribunal|border\s+guards?|security\s+services?)\b/i;

/** The length of a word without the dots and apostrophes that close it ("St." is read as "St"). */
function bareLength(word: string): number {
  let len = word.length;
  while (len > 1 && (word[len - 1] === '.' || word[len - 1] === "'")) len--;
  return len;
}

/** Places in text.slice(from, to) that name a country, outside the given country mentions. */
export function placesIn(text: string, from: number, to: number, covered: (offset: number) => boolean): CountryMention[] {
  const out: CountryMention[] = [];
  const slice = text.slice(from, to);
  const words = [...slice.matchAll(WORD_RE)];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const start = from + w.index;
    if (covered(start)) continue;
    // a place's name starts with this word, whole or without its closing dots and apostrophes
    if (!FIRST_WORDS.has(w[0]) && !FIRST_WORDS.has(w[0].slice(0, bareLength(w[0])))) continue;
    // the longest run of up to three words that names a place
    let found: { end: number; code: string } | null = null;
    let end = start;
    for (let k = 0; k < 3 && i + k < words.length; k++) {
      const x = words[i + k]!;
      if (k > 0 && !/^ $/.test(slice.slice(words[i + k - 1]!.index + words[i + k - 1]![0].length, x.index))) break;
      const len = bareLength(x[0]);
      end = from + x.index + len;
      const code = PLACES.get(text.slice(start, end));
      if (code) found = { end, code };
    }
    if (!found) continue;
    const after = text.slice(found.end, found.end + 50);
    // "An Almaty court released him", "Hanoi had filed": a place that acts through its court or police, a capital for its state
    const acts = AUTHORITY_AFTER.test(after) || (CAPITALS.has(text.slice(start, found.end)) && CAPITAL_ACTS_AFTER.test(after));
    if (!acts && !BEFORE.test(text.slice(Math.max(from, start - 12), start))) continue;
    const next = text.slice(found.end, found.end + 60);
    if (NAME_AFTER.test(next) && !FACILITY_AFTER.test(next)) continue;
    out.push({ code: found.code, how: 'capital', text: text.slice(start, found.end), span: { start, end: found.end } });
  }
  return out;
}
