/**
 * A string that does not hold on to the text it was cut from. V8 keeps a
 * slice of 13 or more characters as a view into its parent, so a slice kept
 * in a store that outlives a parse keeps the whole document alive.
 * Concatenating and slicing again makes a string of its own. Stores that live
 * across documents keep such a copy, and compute their answer from it, so no
 * part of the answer is a view into the document either.
 */
export function ownCopy(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}
