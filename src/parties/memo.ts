import { ownCopy } from '../text/own-copy.js';

/**
 * Answers of a pure function of a phrase, kept. The party grammar asks the
 * same short phrases again and again: a segment is read as an affiliation to
 * tell an organisation's entry, then again to take its role; a country is
 * looked for in every word run of a role; lists repeat "Professor", "USA",
 * "Author". Each store is cleared when full, so memory stays bounded.
 * Answers that are objects are kept frozen: callers read them, never change them.
 * A kept phrase is a copy: a slice of a document would keep the whole
 * document alive for as long as the phrase is kept.
 */
export function memoisePhrase<T>(fn: (phrase: string) => T, limit = 20_000): (phrase: string) => T {
  const answers = new Map<string, T>();
  return (phrase) => {
    const known = answers.get(phrase);
    if (known !== undefined || answers.has(phrase)) return known as T;
    if (answers.size >= limit) answers.clear();
    const own = ownCopy(phrase);
    const answer = fn(own);
    answers.set(own, answer);
    return answer;
  };
}

