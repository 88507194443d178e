import type { CountryRef } from '../model/country.js';
import type { Letter } from '../model/letter.js';
import type { CountryMention } from '../entities/countries.js';

/** Each country once, with all its mentions; parties' countries count too. */
export function mergeCountries(mentions: readonly CountryMention[], letters: readonly Letter[]): CountryRef[] {
  void mentions;
  void letters;
  return [];
}
