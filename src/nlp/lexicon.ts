/**
 * Read-only look-ups in compromise's built-in English lexicon (about 24,000
 * words and phrases, each with a part-of-speech or entity tag). The scanners
 * use it to tell a common English word ("Safeguard", "Executive") from a
 * given name ("Marco"), a surname ("Rubio") or a place ("Hong Kong") without
 * running compromise on any text. The lexicon is read once; compromise itself
 * is never changed.
 */
import nlp from 'compromise';

type Tags = readonly string[];

const LEXICON: ReadonlyMap<string, Tags> = (() => {
  const out = new Map<string, Tags>();
  try {
    const raw = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon;
    for (const [word, tag] of Object.entries(raw)) out.set(word, Array.isArray(tag) ? tag : [tag]);
  } catch {
    // an older or newer compromise without this model: every word reads as unknown
  }
  return out;
})();

const GIVEN = new Set(['MaleName', 'FemaleName', 'FirstName']);
const NAME = new Set(['MaleName', 'FemaleName', 'FirstName', 'LastName', 'Person']);
const PLACE = new Set(['Country', 'City', 'Region', 'Place']);

/** The tags of a word or phrase (any case), or an empty list. */
export function tagsOf(word: string): Tags {
  return LEXICON.get(word.toLowerCase()) ?? [];
}

/** What the lexicon says a capitalised word is, for a name scanner. */
export type WordKind = 'given' | 'name' | 'place' | 'demonym' | 'organization' | 'common' | 'unknown';

export function wordKind(word: string): WordKind {
  const lower = word.toLowerCase();
  const tags = LEXICON.get(lower.includes('’') ? lower.replace(/’/gu, "'") : lower);
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
  const tags = LEXICON.get(phrase.toLowerCase());
  return !!tags && tags.some((t) => PLACE.has(t));
}

/** True when the lexicon knows the word as a demonym ("Chinese", "Italian"). */
export function isDemonym(word: string): boolean {
  return tagsOf(word).includes('Demonym');
}

const TWO = (() => {
  try {
    const two = (nlp as unknown as { model(): { two: { orgWords?: Record<string, unknown>; placeWords?: Record<string, unknown> } } }).model().two;
    return { org: new Set(Object.keys(two.orgWords ?? {})), place: new Set(Object.keys(two.placeWords ?? {})) };
  } catch {
    return { org: new Set<string>(), place: new Set<string>() };
  }
})();

/** True for a word compromise reads as part of an organisation's name ("Institute", "Holdings", "Observatory"). */
export function isOrgWord(word: string): boolean {
  return TWO.org.has(word.toLowerCase());
}

/** True for a word compromise reads as part of a place's name ("River", "Island", "County"). */
export function isPlaceWord(word: string): boolean {
  return TWO.place.has(word.toLowerCase());
}
