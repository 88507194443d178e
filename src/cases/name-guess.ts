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

/** Name-like runs in text.slice(from, to), in order, each cut to its name part. */
export function guessNames(text: string, from: number, to: number, isCountryAt: (offset: number) => boolean): NameGuess[] {
  const out: NameGuess[] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(RUN_RE)) {
    // a possessive ends the run: "Kaye's concern"
    const words: { w: string; at: number }[] = [];
    for (const w of m[0].matchAll(WORD_RE)) {
      const bare = w[0].replace(/'s?$/, '');
      words.push({ w: bare, at: from + m.index + w.index });
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
    if (caps < 2 || caps > 4) continue;
    const first = best[0]!;
    const last = best[best.length - 1]!;
    out.push({ start: first.at, end: last.at + last.w.length, name: text.slice(first.at, last.at + last.w.length) });
  }
  return out;
}
