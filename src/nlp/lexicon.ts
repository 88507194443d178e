/**
 * Read-only look-ups in compromise's built-in English lexicon (about 24,600
 * words and phrases, each with a part-of-speech or entity tag). The scanners
 * use it to tell a common English word ("Safeguard", "Executive") from a
 * given name ("Marco"), a surname ("Rubio") or a place ("Hong Kong") without
 * running compromise on any text. The lexicon is compiled from compromise at
 * development time (scripts/build-lexicon.mjs), so that loading the parser
 * does not load compromise: its import alone costs more than a whole parse.
 * The word lists are split into maps on first use.
 */
import { ORG_WORDS, PLACE_WORDS, TAGGED_WORDS } from '../lexicons/english-lexicon.generated.js';

type Tags = readonly string[];

let lexicon: Map<string, Tags> | undefined;

function words(): Map<string, Tags> {
  if (!lexicon) {
    lexicon = new Map();
    for (const [key, list] of Object.entries(TAGGED_WORDS)) {
      const tags = Object.freeze(key.split(','));
      for (const word of list.split('|')) lexicon.set(word, tags);
    }
  }
  return lexicon;
}

const GIVEN = new Set(['MaleName', 'FemaleName', 'FirstName']);
const NAME = new Set(['MaleName', 'FemaleName', 'FirstName', 'LastName', 'Person']);
const PLACE = new Set(['Country', 'City', 'Region', 'Place']);

/** The tags of a word or phrase (any case), or an empty list. */
export function tagsOf(word: string): Tags {
  return words().get(word.toLowerCase()) ?? [];
}

/** What the lexicon says a capitalised word is, for a name scanner. */
export type WordKind = 'given' | 'name' | 'place' | 'demonym' | 'organization' | 'common' | 'unknown';

/** Kinds of words asked for again and again, within and across documents (bounded). */
const KINDS = new Map<string, WordKind>();

/**
 * Only short words are remembered: a longer string cut from a document may
 * share that document's memory and would keep it alive.
 */
const SHORT_KEY = 12;

export function wordKind(word: string): WordKind {
  let kind = KINDS.get(word);
  if (kind === undefined) {
    kind = kindOf(word);
    if (word.length <= SHORT_KEY) {
      if (KINDS.size >= 50_000) KINDS.clear();
      KINDS.set(word, kind);
    }
  }
  return kind;
}

function kindOf(word: string): WordKind {
  const lower = word.toLowerCase();
  const tags = words().get(lower.includes('’') ? lower.replace(/’/gu, "'") : lower);
  if (!tags) return 'unknown';
  if (tags.some((t) => GIVEN.has(t))) return 'given';
  if (tags.some((t) => NAME.has(t))) return 'name';
  if (tags.some((t) => PLACE.has(t))) return 'place';
  if (tags.includes('Demonym')) return 'demonym';
  if (tags.includes('Organization')) return 'organization';
  return 'common';
}

/** True when the phrase (two words or more) is a place the lexicon knows ("Hong Kong", "Rio de Janeiro"). */
export function isPlacePhrase(phrase: string): boolean {
  if (!mayBePlace(phrase)) return false;
  const tags = words().get(phrase.toLowerCase());
  return !!tags && tags.some((t) => PLACE.has(t));
}

/**
 * For each opening of up to three letters or digits (any case), the lengths
 * (bit per length, 31 for longer) of the places the lexicon knows that open
 * so: the name scanners ask about many pairs of words, nearly none a place.
 */
let placeOpenings: Uint32Array | undefined;

/** The slot of a phrase's first three characters (a–z in any case, 0–9, or none past its end), or -1 for another character. */
function openingSlot(phrase: string): number {
  let slot = 0;
  for (let k = 0; k < 3; k++) {
    let d = 0;
    if (k < phrase.length) {
      const c = phrase.charCodeAt(k);
      const lower = c | 32;
      if (lower >= 97 && lower <= 122) d = lower - 96;
      else if (c >= 48 && c <= 57) d = c - 48 + 27;
      else return -1;
    }
    slot = slot * 37 + d;
  }
  return slot;
}

/** False when no place opens as the phrase does with its length (a phrase beyond ASCII is looked up). */
function mayBePlace(phrase: string): boolean {
  if (!placeOpenings) {
    placeOpenings = new Uint32Array(37 * 37 * 37);
    for (const [word, tags] of words()) {
      const slot = openingSlot(word);
      if (slot >= 0 && tags.some((t) => PLACE.has(t))) placeOpenings[slot]! |= 1 << Math.min(word.length, 31);
    }
  }
  const slot = openingSlot(phrase);
  if (slot < 0) return true;
  for (let k = 3; k < phrase.length; k++) if (phrase.charCodeAt(k) >= 128) return true;
  return (placeOpenings[slot]! & (1 << Math.min(phrase.length, 31))) !== 0;
}

/** True when the lexicon knows the word as a demonym ("Chinese", "Italian"). */
export function isDemonym(word: string): boolean {
  return tagsOf(word).includes('Demonym');
}

let heads: { org: Set<string>; place: Set<string> } | undefined;

function headWords(): { org: Set<string>; place: Set<string> } {
  heads ??= { org: new Set(ORG_WORDS.split('|')), place: new Set(PLACE_WORDS.split('|')) };
  return heads;
}

/** True for a word compromise reads as part of an organisation's name ("Institute", "Holdings", "Observatory"). */
export function isOrgWord(word: string): boolean {
  return headWords().org.has(word.toLowerCase());
}

/** True for a word compromise reads as part of a place's name ("River", "Island", "County"). */
export function isPlaceWord(word: string): boolean {
  return headWords().place.has(word.toLowerCase());
}
