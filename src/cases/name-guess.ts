/**
 * A fallback for people the people stage did not list: a capitalised run of
 * two to four words right where a case subject belongs ("the arrest of
 * blogger Ana Ruiz", "Ana Ruiz was detained"). A run is cut at words that are
 * never part of a name (offices, months, function words) and refused when it
 * holds the head of an organisation's name ("Congress", "Police") or a
 * country, or ends like a common noun.
 */
import { NOT_NAME_WORDS } from '../lexicons/case-vocabulary.js';
import { TRAILING_HEADS, LEADING_HEADS } from '../lexicons/org-heads.js';
import { hasCommonEnding, isNotName, NAME_PARTICLES } from '../lexicons/not-names.js';

export interface NameGuess {
  readonly start: number;
  readonly end: number;
  readonly name: string;
}

const NOT_NAMES = new Set(NOT_NAME_WORDS);
const RUN_RE = /\p{Lu}[\p{Ll}'-]*\p{Ll}(?:[ ](?:\p{Lu}[\p{Ll}'-]*\p{Ll}|\p{Ll}{1,4}(?= \p{Lu})))*/gu;
const WORD_RE = /\S+/g;

/** The first name-like run in text.slice(from, to), cut to its name part; the runs after it are not read. */
export function firstGuessedName(text: string, from: number, to: number, isCountryAt: (offset: number) => boolean): NameGuess | undefined {
  for (const m of text.slice(from, to).matchAll(RUN_RE)) {
    const guess = nameIn(text, from + m.index, m[0], isCountryAt);
    if (guess) return guess;
  }
  return undefined;
}

/** The last name-like run in text.slice(from, to), cut to its name part: the runs are read from the end. */
export function lastGuessedName(text: string, from: number, to: number, isCountryAt: (offset: number) => boolean): NameGuess | undefined {
  const runs = [...text.slice(from, to).matchAll(RUN_RE)];
  for (let i = runs.length - 1; i >= 0; i--) {
    const guess = nameIn(text, from + runs[i]!.index, runs[i]![0], isCountryAt);
    if (guess) return guess;
  }
  return undefined;
}

/** The name part of one capitalised run at `at`, or null. */
function nameIn(text: string, at: number, run: string, isCountryAt: (offset: number) => boolean): NameGuess | null {
  // a possessive ends the run: "Kaye's concern"
  const words: { w: string; at: number }[] = [];
  for (const w of run.matchAll(WORD_RE)) {
    const bare = w[0].replace(/'s?$/, '');
    words.push({ w: bare, at: at + w.index });
    if (bare.length !== w[0].length) break;
  }
  // keep the last stretch of words that may be a name
  let best: { w: string; at: number }[] = [];
  let cur: { w: string; at: number }[] = [];
  for (const x of words) {
    const particle = NAME_PARTICLES.has(x.w);
    const bad = !particle && (isNotName(x.w) || NOT_NAMES.has(x.w) || TRAILING_HEADS.has(x.w) || LEADING_HEADS.has(x.w) || hasCommonEnding(x.w) || isCountryAt(x.at));
    if (bad) {
      if (cur.length) best = cur;
      cur = [];
    } else if (particle && !cur.length) continue;
    else cur.push(x);
  }
  if (cur.length) best = cur;
  while (best.length && NAME_PARTICLES.has(best[best.length - 1]!.w)) best.pop();
  const caps = best.filter((x) => !NAME_PARTICLES.has(x.w)).length;
  if (caps < 2 || caps > 4) return null;
  const first = best[0]!;
  const last = best[best.length - 1]!;
  return { start: first.at, end: last.at + last.w.length, name: text.slice(first.at, last.at + last.w.length) };
}
