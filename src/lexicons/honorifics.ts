/**
 * Honorifics: forms of address written before a personal name ("Dr", "Rt Hon",
 * "Senator", "His Excellency"), in the canonical form the model records
 * (without trailing full stops). Several-word forms come first in matching:
 * the longest form that fits wins.
 *
 * An office written before a name as a form of address ("Senator Jane Doe",
 * "Commissioner Ylva Johansson") is an honorific too; `OFFICE_HONORIFICS`
 * lists those, so a reader can tell them from purely social titles.
 */
import { isSpaceCode } from '../text/spaces.js';

// Patterns of the functions below, compiled once (a bundler may rebuild a pattern with \p{…} at every call otherwise).
/** Dotted initials: "H.E." */
const DOTTED_INITIALS = /^(?:\p{Lu}\.)+\p{Lu}\.?$/u;

/** Social, academic, religious, military and parliamentary forms of address. */
export const SOCIAL_HONORIFICS: readonly string[] = [
  // social
  'Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Master', 'Madam', 'Madame', 'Mme', 'Mlle', 'Monsieur', 'M',
  'Herr', 'Frau', 'Frei', 'Sr', 'Sra', 'Srta', 'Señor', 'Señora', 'Dom', 'Dona', 'Sig', 'Sig.ra', 'Signor', 'Signora',
  'Dhr', 'Mevr', 'Pan', 'Pani',
  // academic and professional
  'Dr', 'Doctor', 'Prof', 'Professor', 'Assoc Prof', 'Associate Professor', 'Asst Prof', 'Assistant Professor', 'Emeritus Professor', 'Professor Emeritus',
  'Dr. med', 'Prof. Dr', 'Prof Dr', 'Dipl.-Ing', 'Ing', 'Mag', 'Eng', 'Atty', 'Attorney', 'Adv', 'Advocate', 'Maître', 'Me',
  // nobility and parliamentary forms
  'The Rt Hon', 'The Right Honourable', 'The Right Honorable', 'Right Honourable', 'Rt Hon', 'Rt. Hon', 'RtHon',
  'The Hon', 'The Honourable', 'The Honorable', 'Honourable', 'Honorable', 'Hon',
  'Lord', 'Lady', 'Baron', 'Baroness', 'Viscount', 'Viscountess', 'Earl', 'Countess', 'Count', 'Marquess', 'Duke', 'Duchess',
  'Sir', 'Dame', 'Dato', "Dato'", 'Datuk', 'Datin', 'Tan Sri', 'Puan Sri', 'Tun', 'Toh Puan', 'Pehin', 'Sheikh', 'Sheikha', 'Shaikh',
  'His Excellency', 'Her Excellency', 'Their Excellencies', 'Your Excellency', 'H.E', 'HE', 'S.E', 'Excellency',
  'His Majesty', 'Her Majesty', 'HRH', 'His Royal Highness', 'Her Royal Highness', 'Prince', 'Princess', 'King', 'Queen', 'Emir',
  // religious
  'Rev', 'Revd', 'Reverend', 'The Reverend', 'The Rev', 'Rt Rev', 'The Rt Rev', 'Right Reverend', 'Most Rev', 'The Most Reverend', 'Very Rev',
  'Fr', 'Father', 'Br', 'Brother', 'Sister', 'Mother', 'Pastor', 'Rabbi', 'Imam', 'Cardinal', 'Archbishop', 'Bishop', 'Canon', 'Deacon',
  'Ven', 'Venerable', 'Bhante', 'Ayatollah', 'Mufti', 'Pope', 'Patriarch', 'Metropolitan', 'Elder',
  // military and police
  'Gen', 'General', 'Lt Gen', 'Lieutenant General', 'Maj Gen', 'Major General', 'Brig Gen', 'Brigadier General', 'Brigadier',
  'Col', 'Colonel', 'Lt Col', 'Lieutenant Colonel', 'Maj', 'Major', 'Capt', 'Captain', 'Lt', 'Lieutenant', 'Sgt', 'Sergeant',
  'Adm', 'Admiral', 'Vice Admiral', 'Rear Admiral', 'Cdr', 'Commander', 'Cmdr', 'Commodore', 'Air Marshal', 'Field Marshal', 'Marshal',
  'Cpl', 'Corporal', 'Pte', 'Private', 'Insp', 'Inspector', 'Supt', 'Superintendent', 'Det', 'Detective', 'Chief Inspector',
  // judicial
  'Judge', 'Justice', 'Chief Justice', 'Mr Justice', 'Mrs Justice', 'Lord Justice', 'Magistrate',
];

/**
 * Offices that serve as a form of address before a name. Written before a
 * name they are honorifics ("Senator Jane Doe"); written after it, or with
 * "of …", they are roles ("Jane Doe, Minister of Justice").
 */
export const OFFICE_HONORIFICS: readonly string[] = [
  'Senator', 'Sen', 'Sens', 'Senators', 'Representative', 'Rep', 'Reps', 'Representatives', 'Congressman', 'Congresswoman', 'Congressmember',
  'Assemblyman', 'Assemblywoman', 'Assemblymember', 'Councillor', 'Councilor', 'Cllr', 'Alderman', 'Delegate', 'Deputy', 'Mayor', 'Governor', 'Gov',
  'President', 'Vice President', 'Vice-President', 'Prime Minister', 'Deputy Prime Minister', 'PM', 'Premier', 'Chancellor',
  'Minister', 'Secretary', 'Secretary of State', 'Secretary-General', 'Secretary General', 'Commissioner', 'High Commissioner', 'Vice-President Commissioner',
  'Ambassador', 'Amb', 'Consul', 'Consul General', 'Chairman', 'Chairwoman', 'Chair', 'Speaker', 'Attorney General', 'Director', 'Director General',
  'Minister President', 'Federal Minister', 'State Secretary', 'Taoiseach', 'Tánaiste', 'Leader',
];

/** Every honorific, longest first. */
export const HONORIFICS: readonly string[] = [...new Set([...SOCIAL_HONORIFICS, ...OFFICE_HONORIFICS])].sort(
  (a, b) => b.length - a.length || a.localeCompare(b),
);

/** Lower-cased honorific (full stops removed) → canonical form. */
const CANON = new Map<string, string>();
for (const h of HONORIFICS) {
  const key = keyOf(h);
  if (!CANON.has(key)) CANON.set(key, h.replace(/\.$/u, ''));
}
const OFFICE_KEYS = new Set(OFFICE_HONORIFICS.map(keyOf));

/** Abbreviated forms whose canonical spelling the model records in full. */
const EXPANSIONS: Readonly<Record<string, string>> = {
  sen: 'Senator',
  sens: 'Senator',
  senators: 'Senator',
  rep: 'Representative',
  reps: 'Representative',
  representatives: 'Representative',
  'rt. hon': 'Rt Hon',
  rthon: 'Rt Hon',
  'the rt hon': 'Rt Hon',
  'the right honourable': 'Rt Hon',
  'right honourable': 'Rt Hon',
  'the right honorable': 'Rt Hon',
  'the hon': 'Hon',
  'the honourable': 'Hon',
  honourable: 'Hon',
  honorable: 'Hon',
};

function keyOf(s: string): string {
  const lower = s.toLowerCase();
  // the common case: no full stop, single spaces inside only: the lower case is the key
  let space = true;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c === 46) return lower.replace(/\./gu, '').replace(/\s+/gu, ' ').trim();
    if (!isSpaceCode(c)) space = false;
    else if (c !== 32 || space) return lower.replace(/\./gu, '').replace(/\s+/gu, ' ').trim();
    else space = true;
  }
  return space && lower.length > 0 ? lower.trim() : lower;
}

/** True when `word` (any case, with or without full stops) is an honorific. */
export function isHonorific(word: string): boolean {
  return CANON.has(keyOf(word));
}

/** True when the honorific is an office used as a form of address ("Senator"). */
export function isOfficeHonorific(word: string): boolean {
  return OFFICE_KEYS.has(keyOf(word));
}

/**
 * The canonical form of an honorific as written, or null. Full stops are
 * dropped ("Dr." → "Dr"); abbreviations of US legislative offices expand
 * ("Sen." → "Senator", "Rep." → "Representative"); other spellings keep
 * their wording ("The Honorable" stays, "Rt. Hon." → "Rt Hon").
 */
export function canonicalHonorific(word: string): string | null {
  const key = keyOf(word);
  const canon = CANON.get(key);
  if (!canon) return null;
  if (key === 'the honorable' || key === 'the honourable') return canon;
  // dotted initials keep their inner stops ("H.E"); other forms lose them ("Rt. Hon" → "Rt Hon")
  return EXPANSIONS[key] ?? (DOTTED_INITIALS.test(canon) ? canon.replace(/\.$/u, '') : canon.replace(/\./gu, '').replace(/\s+/gu, ' '));
}

/** An honorific found at an offset: its canonical form and where it ends. */
export interface HonorificMatch {
  readonly honorific: string;
  readonly start: number;
  readonly end: number;
}

/** Short forms that are also ordinary words or initials. */
const AMBIGUOUS = new Set(['M', 'HE', 'He', 'Me', 'Br', 'Sr', 'Dom', 'Pan', 'Eng', 'Ing', 'Mag', 'Det', 'Pte', 'Gov', 'Amb', 'PM', 'S.E', 'SE', 'Adv', 'Ven', 'Sig']);

/** The first word of each honorific's key ("rt" of "rt hon"). */
const FIRST_WORD_KEYS = new Set([...CANON.keys()].map((k) => k.split(' ')[0]!));

/** Words an honorific may be made of (to split them off a name quickly). */
const MAX_WORDS = Math.max(...HONORIFICS.map((h) => h.split(/\s+/u).length));

/**
 * The longest honorific that starts at `offset` in `text` and is followed by
 * a space, a full stop or the end (never part of a longer word), or null.
 * Case matters for single capital letters ("M", "HE") so that initials and
 * the pronoun "he" are not read as honorifics.
 */
export function matchHonorificAt(text: string, offset: number): HonorificMatch | null {
  const words: { end: number }[] = [];
  let i = offset;
  const n = text.length;
  while (words.length < MAX_WORDS && i < n) {
    let j = i;
    // a word, with inner full stops for dotted forms ("H.E.", "S.E.")
    while (j < n && (isWordChar(text.charCodeAt(j)) || (text[j] === '.' && j + 1 < n && isWordChar(text.charCodeAt(j + 1)) && j - i <= 3))) j++;
    if (j === i) break;
    let end = j;
    if (text[end] === '.') end++;
    words.push({ end });
    let k = end;
    while (k < n && text[k] === ' ') k++;
    if (k === end || k === i) break;
    i = k;
  }
  // the key of every honorific opens with the key of its first word: a first word that opens none ends the search
  if (words.length > 0) {
    const first = keyOf(text.slice(offset, words[0]!.end));
    if (first !== '' && !first.includes(' ') && !FIRST_WORD_KEYS.has(first)) return null;
  }
  for (let w = words.length - 1; w >= 0; w--) {
    const end = words[w]!.end;
    const raw = text.slice(offset, end);
    const next = text[end];
    if (next !== undefined && next !== ' ' && next !== '\t' && next !== '\n' && next !== ',') continue;
    const canon = canonicalHonorific(raw);
    if (!canon) continue;
    // Ambiguous short forms count only with their full stop ("M.", "Me.", "H.E.").
    if (AMBIGUOUS.has(raw.replace(/\./gu, '')) && !raw.endsWith('.')) continue;
    return { honorific: canon, start: offset, end };
  }
  return null;
}

function isWordChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c === 45 || c >= 0xc0;
}
