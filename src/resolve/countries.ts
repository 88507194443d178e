import type { CountryRef } from '../model/country.js';
import type { Letter } from '../model/letter.js';
import type { Mention } from '../model/span.js';
import { countryRef, type CountryMention } from '../entities/countries.js';

/** Each country once, with all its mentions; parties' countries count too. */
export function mergeCountries(mentions: readonly CountryMention[], letters: readonly Letter[]): CountryRef[] {
  const byCode = new Map<string, { ref: CountryRef; mentions: Mention[]; first: number }>();
  const add = (code: string, mention: Mention | null, at: number, given?: CountryRef): void => {
    let entry = byCode.get(code);
    if (!entry) {
      const ref = countryRef(code) ?? (given && /^[A-Z]{2}$/.test(given.code) ? { code: given.code, name: given.name } : null);
      if (!ref) return;
      entry = { ref, mentions: [], first: at };
      byCode.set(code, entry);
    }
    entry.first = Math.min(entry.first, at);
    if (mention && !entry.mentions.some((m) => m.span.start === mention.span.start && m.span.end === mention.span.end)) entry.mentions.push({ text: mention.text, span: mention.span });
  };
  for (const m of mentions) add(m.code, m, m.span.start);
  for (const letter of letters) {
    for (const party of [...letter.addressees, ...letter.signatories, ...(letter.cc ?? [])]) {
      const code = party.country?.code;
      if (code) add(code, null, party.span.start, party.country!);
    }
  }
  return [...byCode.values()]
    .sort((a, b) => a.first - b.first)
    .map(({ ref, mentions: ms }) => ({ ...ref, mentions: ms.sort((a, b) => a.span.start - b.span.start) }));
}
