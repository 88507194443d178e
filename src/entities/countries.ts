/**
 * Countries: a whole-phrase resolver (`resolveCountry`) and a linear scan of
 * the text for every mention (`findCountryMentions`).
 *
 * Both read one lexicon (`src/lexicons/countries.ts`) compiled once at module
 * load: a map from folded phrase to country for the resolver, and a trie of
 * folded tokens for the scan, so the scan looks at each token a bounded number
 * of times (the depth of the trie).
 */
import { ownCopy } from '../text/own-copy.js';
import { COUNTRIES, COUNTRY_BY_CODE, AMBIGUOUS_NAMES, CODE_ALIASES, type CountryEntry } from '../lexicons/countries.js';
import { COUNTRY_BLOCKERS, STATE_WORDS, CAPITAL_ACTS, PERSON_TITLES, NON_STATE_NOUNS } from '../lexicons/country-context.js';
import type { CountryRef } from '../model/country.js';
import type { Mention } from '../model/span.js';
import type { DocumentText } from '../text/document-text.js';

/** One place where the text names a country, and how it was named. */
export interface CountryMention extends Mention {
  readonly code: string;
  readonly how: 'name' | 'official-name' | 'short-form' | 'demonym' | 'capital' | 'code';
}

type How = CountryMention['how'];

/** Abbreviations met in inverted and tabular country names ("Korea, Dem. Rep."). */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  dem: 'democratic', rep: 'republic', st: 'saint', ste: 'sainte', sts: 'states', fed: 'federated', is: 'islands', isl: 'islands',
  isds: 'islands', isls: 'islands', n: 'north', s: 'south', utd: 'united', '&': 'and', terr: 'territory', terrs: 'territories',
  occ: 'occupied', br: 'british', is_: 'islands',
};
const FILLER = new Set(['the', 'of', 'and']);

/** Folds a phrase: no marks, lower case, "&" as "and", letters and digits only, dots inside abbreviations dropped. */
function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/(\p{L})['’]s\b/gu, '$1s')
    .replace(/\b(\p{L})\.(?=\p{L}\.)/gu, '$1')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The same phrase with abbreviations expanded and order and filler ignored ("Korea, Republic of" = "Republic of Korea"). */
function bagKey(folded: string): string {
  return folded
    .split(' ')
    .map((t) => ABBREVIATIONS[t] ?? (t === 'island' ? 'islands' : t))
    .filter((t) => t && !FILLER.has(t))
    .sort()
    .join(' ');
}

interface Found {
  readonly entry: CountryEntry;
  readonly how: How;
}

const RANK: Record<How, number> = { name: 0, 'official-name': 1, 'short-form': 2, code: 3, demonym: 4, capital: 5 };

function formsOf(c: CountryEntry): [string, How][] {
  return [
    [c.name, 'name'],
    ...c.official.map((o): [string, How] => [o, 'official-name']),
    ...c.other.map((o): [string, How] => [o, /^[A-Z.]{2,8}$/.test(o) ? 'code' : 'short-form']),
    ...c.demonyms.map((o): [string, How] => [o, 'demonym']),
    ...c.capitals.map((o): [string, How] => [o, 'capital']),
  ];
}

const exact = new Map<string, Found>();
const bags = new Map<string, Found>();
function put(map: Map<string, Found>, key: string, found: Found): void {
  if (!key) return;
  const old = map.get(key);
  if (!old || RANK[found.how] < RANK[old.how]) map.set(key, found);
}
for (const c of COUNTRIES) {
  for (const [form, how] of formsOf(c)) {
    const f = fold(form);
    put(exact, f, { entry: c, how });
    if (how !== 'capital' && how !== 'demonym') put(bags, bagKey(f), { entry: c, how });
  }
}
for (const [alias, code] of Object.entries(CODE_ALIASES)) {
  const c = COUNTRY_BY_CODE.get(code);
  if (c) put(exact, fold(alias), { entry: c, how: 'code' });
}

const ref = (c: CountryEntry): CountryRef => ({ code: c.code, name: c.name });

/** A demonym followed by a word that makes it the state ("German Bundestag", "Chinese government"). */
function demonymPhrase(folded: string): CountryEntry | null {
  const words = folded.split(' ');
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const head = exact.get(words.slice(0, n).join(' '));
    if (head && (head.how === 'demonym' || head.how === 'name') && STATE_WORDS.has(words[n]!)) return head.entry;
  }
  return null;
}

/** Text decoded as Latin-1 when it was UTF-8 ("CÃ´te d'Ivoire"), repaired; else as given. */
function repairMojibake(s: string): string {
  let out = s;
  for (let round = 0; round < 3 && /[ÂÃ][\u0080-\u00ff]/u.test(out); round++) {
    if ([...out].some((ch) => ch.charCodeAt(0) > 0xff)) break;
    const bytes = Uint8Array.from([...out].map((ch) => ch.charCodeAt(0)));
    const next = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    if (next.includes('\ufffd')) break;
    out = next;
  }
  return out;
}

/** Generic heads of official names: "Territory of …", "Principality of …". */
const STATE_TYPE = /^(?:the )?(?:territorial collectivity|collectivity|territory|overseas territory|department|principality|grand duchy|sultanate|emirate|commonwealth|federation|union|kingdom|state|republic|independent state|dominion|islands?) of (?:the )?/;

/** Levenshtein distance, stopping early past `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, k) => k);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/** Keys of the exact map by first letter, for the spelling fallback. */
const BY_INITIAL = new Map<string, string[]>();
for (const key of exact.keys()) {
  const list = BY_INITIAL.get(key[0]!) ?? [];
  list.push(key);
  BY_INITIAL.set(key[0]!, list);
}

/** A near spelling of a name ("Botsuana", "French Guyana"): one edit in a short word, two in a long one, and only one country that close. */
function nearSpelling(folded: string): Found | null {
  const letters = folded.replace(/ /g, '').length;
  if (letters < 5) return null;
  const max = letters >= 10 ? 2 : 1;
  let hit: Found | null = null;
  let hitDist = max + 1;
  for (const key of BY_INITIAL.get(folded[0]!) ?? []) {
    // A truncation or an extension ("Papua", "Papuan") is another word, not a misspelling.
    if (key.startsWith(folded) || folded.startsWith(key)) continue;
    const d = distance(folded, key, max);
    if (d > max) continue;
    const f = exact.get(key)!;
    if (f.how === 'capital') continue;
    if (d < hitDist) {
      hit = f;
      hitDist = d;
    } else if (d === hitDist && hit && hit.entry.code !== f.entry.code) return null;
  }
  return hit;
}

function lookup(folded: string): Found | null {
  const noThe = folded.replace(/^the /, '');
  return exact.get(folded) ?? exact.get(noThe) ?? bags.get(bagKey(noThe)) ?? null;
}

/** The country a phrase names ("the UK", "Germany", "Spanish"), or null. */
export function resolveCountry(text: string): CountryRef | null {
  if (typeof text !== 'string') return null;
  // The party grammar asks about many short phrases, most of them again and
  // again, and a miss is the costly case (near spellings): answers are kept.
  let answer = RESOLVED.get(text);
  if (answer === undefined) {
    if (RESOLVED.size >= RESOLVED_LIMIT) RESOLVED.clear();
    const own = ownCopy(text);
    answer = resolvePhrase(own);
    RESOLVED.set(own, answer);
  }
  return answer ? { ...answer } : null;
}

/** Answers of resolveCountry by phrase; cleared when full, so memory stays bounded. */
const RESOLVED = new Map<string, CountryRef | null>();
const RESOLVED_LIMIT = 20_000;

function resolvePhrase(text: string): CountryRef | null {
  const trimmed = text.trim();
  const raw = repairMojibake((/^\([^()]*\)$/.test(trimmed) ? trimmed.slice(1, -1) : trimmed).trim());
  if (!raw || raw.length > 120) return null;
  if (/^[A-Z]{2}$/.test(raw)) {
    const c = COUNTRY_BY_CODE.get(CODE_ALIASES[raw] ?? raw);
    if (c) return ref(c);
  }
  const f = fold(raw);
  const hit = lookup(f);
  if (hit) return ref(hit.entry);
  const noThe = f.replace(/^the /, '');
  const d = demonymPhrase(noThe);
  if (d) return ref(d);
  // A qualifier in brackets ("Guam (US)", "Sudan (former)"), unless it says a US state.
  const paren = /^([^()]+)\(([^()]*)\)$/.exec(raw);
  if (paren) {
    if (/\bstate\b/i.test(paren[2]!)) return null;
    const inner = resolvePhrase(paren[1]!);
    if (inner) return inner;
  }
  // A generic head: "Territory of Heard Island and McDonald Islands".
  const headless = noThe.replace(STATE_TYPE, '');
  if (headless !== noThe) {
    const h = lookup(headless);
    if (h) return ref(h.entry);
  }
  // Demonyms of one country listed together: "Antiguan, Barbudan".
  if (raw.includes(',')) {
    const parts = raw.split(',').map((p) => exact.get(fold(p)));
    if (parts.every((p) => p && p.how === 'demonym' && p.entry.code === parts[0]!.entry.code)) return ref(parts[0]!.entry);
    return null;
  }
  // A near spelling of a proper name.
  if (/^\p{Lu}/u.test(raw) || raw === raw.toLowerCase()) {
    const near = nearSpelling(noThe);
    if (near) return ref(near.entry);
  }
  return null;
}

// ---------- the scan ----------

interface Form {
  readonly entry: CountryEntry | null; // null: a blocker ("New Jersey")
  readonly how: How;
  /** Letters must be upper case as in the lexicon ("US", "PRC"). */
  readonly caps: boolean;
  readonly ambiguous: boolean;
  /** A plural demonym ("Americans", "Hong Kongers"): the nationals, so the state. */
  readonly plural?: boolean;
}
interface Node {
  readonly next: Map<string, Node>;
  form?: Form;
}
const ROOT: Node = { next: new Map() };

/** The plural of a demonym noun ("American" -> "Americans"); none for "Chinese", "Swiss", "British". */
function pluralOf(demonym: string): string | null {
  if (/(?:ese|ss|sh|ch|[xyz])$/i.test(demonym) || /\p{Lu}{2}/u.test(demonym) || demonym.includes('.')) return null;
  return `${demonym}s`;
}
/** Tokens as the scan reads them: "U.S." is "u", "s". */
function foldTokens(s: string): string[] {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}
/** Every token of every form: a scanner's misreading is repaired only into one of them. */
const FORM_TOKENS = new Set<string>();
function addForm(surface: string, form: Form): void {
  const toks = foldTokens(surface);
  if (!toks.length) return;
  for (const t of toks) FORM_TOKENS.add(t);
  let node = ROOT;
  for (const t of toks) {
    let child = node.next.get(t);
    if (!child) node.next.set(t, (child = { next: new Map() }));
    node = child;
  }
  if (!node.form || (node.form.entry && form.entry && RANK[form.how] < RANK[node.form.how]) || !form.entry) node.form = form;
}
for (const c of COUNTRIES) {
  for (const [surface, how] of formsOf(c)) {
    if (/^the /i.test(surface)) continue;
    const letters = surface.replace(/[^\p{L}]/gu, '');
    const caps = letters.length <= 6 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
    // Two-letter codes in running text only where they are the usual short form.
    if (caps && letters.length === 2 && !['US', 'UK', 'EU', 'NZ'].includes(letters) && !surface.includes('.')) continue;
    addForm(surface, { entry: c, how, caps, ambiguous: AMBIGUOUS_NAMES.has(fold(surface)) });
    const plural = how === 'demonym' ? pluralOf(surface) : null;
    if (plural) addForm(plural, { entry: c, how, caps: false, ambiguous: false, plural: true });
  }
}
for (const b of COUNTRY_BLOCKERS) addForm(b, { entry: null, how: 'name', caps: false, ambiguous: false });

/**
 * A filter before the trie's first look-up, which would hash every word of the
 * text: for each opening of up to three letters or digits, the lengths (bit
 * per length, 31 for longer) of the first words of forms that open so. A word
 * whose opening and length no form has is no form's first word.
 */
const OPENINGS = new Uint32Array(37 * 37 * 37);

/** The opening's slot for a word's first three characters (a–z, 0–9, or none past its end), or -1 for another character. */
function openingOf(key: string): number {
  let slot = 0;
  for (let k = 0; k < 3; k++) {
    let d = 0;
    if (k < key.length) {
      const c = key.charCodeAt(k);
      if (c >= 97 && c <= 122) d = c - 96;
      else if (c >= 48 && c <= 57) d = c - 48 + 27;
      else return -1;
    }
    slot = slot * 37 + d;
  }
  return slot;
}

const lengthBit = (key: string): number => 1 << Math.min(key.length, 31);

for (const key of ROOT.next.keys()) {
  const slot = openingOf(key);
  if (slot >= 0) OPENINGS[slot]! |= lengthBit(key);
}

/** False when no form opens with the word (exact for words of a–z and 0–9; others are looked up). */
function mayOpenForm(key: string): boolean {
  const slot = openingOf(key);
  return slot < 0 || (OPENINGS[slot]! & lengthBit(key)) !== 0;
}

const FUNCTION_WORDS = new Set(['of', 'the', 'and', 'd', 'da', 'de', 'del', 'di', 'du', 'la', 'le', 'des', 'y', 'e', 'et', 'i', 'o', 'na', 'ng', 'es', 's', 'u', 'er', 'a', 'ko', 'wa', 'ya', 'bilong', 'og', 'ta', 'van', 'al', 'as', 'an']);

/**
 * The tokens of a text as parallel lists (no object per word): token `k`
 * spans `start[k]`–`end[k]` and reads as `key[k]`. A word that folds into
 * several tokens ("½" → "1", "2") gives each the word's span.
 */
interface Toks {
  readonly text: string;
  readonly start: number[];
  readonly end: number[];
  /** Left empty for a plain ASCII word until asked for (`keyAt`): most words are never looked up. */
  readonly key: (string | undefined)[];
}
const TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/uy;

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Folded tokens of words beyond ASCII, kept: words repeat (bounded). */
const FOLDED_WORDS = new Map<string, readonly string[]>();

function foldedWord(word: string): readonly string[] {
  let keys = FOLDED_WORDS.get(word);
  if (keys === undefined) {
    keys = foldTokens(word).map(readOcrKey);
    // a longer match may share the text's memory: not kept
    if (word.length <= 12) {
      if (FOLDED_WORDS.size >= 20_000) FOLDED_WORDS.clear();
      FOLDED_WORDS.set(word, keys);
    }
  }
  return keys;
}

/**
 * Every run of letters and digits (marks inside), as TOKEN finds them from
 * left to right. ASCII words are read by code; a word with any other
 * character, and any place a non-ASCII character might open a word, go to TOKEN.
 */
function tokenize(text: string): Toks {
  const toks: Toks = { text, start: [], end: [], key: [] };
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (!isAsciiAlnum(c)) {
        i++;
        continue;
      }
      let j = i + 1;
      let rn = false;
      for (let d = c; j < n; j++) {
        const e = text.charCodeAt(j);
        if (!isAsciiAlnum(e)) break;
        if ((d | 32) === 114 && (e | 32) === 110) rn = true;
        d = e;
      }
      if (j >= n || text.charCodeAt(j) < 128) {
        toks.start.push(i);
        toks.end.push(j);
        // a word with "rn" may be read otherwise: its key is made now
        toks.key.push(rn ? readOcrKey(text.slice(i, j).toLowerCase()) : undefined);
        i = j;
        continue;
      }
    }
    TOKEN.lastIndex = i;
    const m = TOKEN.exec(text);
    if (!m) {
      // past a whole surrogate pair, as a global unicode regex steps
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      continue;
    }
    const end = i + m[0].length;
    for (const key of foldedWord(m[0])) {
      toks.start.push(i);
      toks.end.push(end);
      toks.key.push(key);
    }
    i = end;
  }
  return toks;
}

/** The key of token `k`: a plain ASCII word's is its lower case, made on first use. */
function keyAt(toks: Toks, k: number): string {
  let key = toks.key[k];
  if (key === undefined) {
    key = toks.text.slice(toks.start[k]!, toks.end[k]!).toLowerCase();
    toks.key[k] = key;
  }
  return key;
}

/** `mayOpenForm` for token `k`, read from the text's characters when its key is not made (a plain ASCII word). */
function tokenMayOpenForm(toks: Toks, k: number): boolean {
  const key = toks.key[k];
  if (key !== undefined) return mayOpenForm(key);
  const { text } = toks;
  const a = toks.start[k]!;
  const length = toks.end[k]! - a;
  let slot = 0;
  for (let m = 0; m < 3; m++) {
    let d = 0;
    if (m < length) {
      const c = text.charCodeAt(a + m);
      d = c <= 57 ? c - 48 + 27 : (c | 32) - 96;
    }
    slot = slot * 37 + d;
  }
  return (OPENINGS[slot]! & (1 << Math.min(length, 31))) !== 0;
}

const isUpper = (ch: string | undefined): boolean => !!ch && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
const isCapitalised = (word: string): boolean => isUpper(word[0]);
const isAllCaps = (word: string): boolean => /\p{L}/u.test(word) && word === word.toUpperCase();

/** The case of the text fits the form: proper names capitalised, acronyms in capitals. */
function caseFits(text: string, toks: Toks, from: number, to: number, form: Form): boolean {
  for (let k = from; k <= to; k++) {
    const word = text.slice(toks.start[k]!, toks.end[k]!);
    if (form.caps) {
      if (!isAllCaps(word)) return false;
    } else if (!FUNCTION_WORDS.has(keyAt(toks, k)) && !isCapitalised(word)) return false;
  }
  return true;
}

function wordAt(text: string, toks: Toks, k: number): string {
  return k >= 0 && k < toks.start.length ? text.slice(toks.start[k]!, toks.end[k]!) : '';
}

/** Text between two tokens is only spaces (a phrase, not across a line or sentence). */
function joined(text: string, toks: Toks, a: number, b: number): boolean {
  return a >= 0 && b < toks.start.length && /^[ -]{0,2}$/.test(text.slice(toks.end[a]!, toks.start[b]!));
}

/** Whether a mention in context designates the country. */
function accept(text: string, toks: Toks, i: number, j: number, form: Form): boolean {
  const nextWord = joined(text, toks, j, j + 1) ? wordAt(text, toks, j + 1) : '';
  const prevWord = joined(text, toks, i - 1, i) ? wordAt(text, toks, i - 1) : '';
  const surface = text.slice(toks.start[i]!, toks.end[j]!);
  // "US" in a line in capitals is the pronoun after a verb or preposition that takes it ("LET US", "JOIN US"),
  // the country before a noun ("US SENATORS URGE").
  if (form.caps && surface === 'US' && isAllCaps(prevWord) && PRONOUN_BEFORE.has(prevWord.toLowerCase())) return false;
  if (form.ambiguous) {
    // A personal name ("Jordan Peterson", "Mr Chad"), not the country.
    if (PERSON_TITLES.has(prevWord.replace(/\.$/, '').toLowerCase())) return false;
    // A surname: "Michael Jordan".
    if (prevWord && isCapitalised(prevWord) && !isAllCaps(prevWord) && !FUNCTION_WORDS.has(prevWord.toLowerCase()) && !exact.has(fold(prevWord))) return false;
    if (nextWord && isCapitalised(nextWord) && !isAllCaps(surface) && !STATE_WORDS.has(nextWord.toLowerCase())) {
      if (!exact.has(fold(nextWord))) return false;
    }
  }
  if (form.how === 'demonym') return demonymDesignatesState(text, toks, i, j, form, nextWord, surface);
  if (form.how === 'capital') {
    // A capital that acts ("Beijing said", "Beijing's pressure", "pressure from Beijing").
    const after2 = text.slice(toks.end[j]!, toks.end[j]! + 3);
    if (/^['’]s\b/.test(after2)) return true;
    if (nextWord && CAPITAL_ACTS.has(nextWord.toLowerCase())) return true;
    return governmentsIn(text, toks, i);
  }
  return true;
}

/** Words after which "US" in capitals is the pronoun. */
const PRONOUN_BEFORE = new Set(['let', 'lets', 'tell', 'join', 'help', 'contact', 'email', 'call', 'follow', 'give', 'send', 'show', 'allow', 'ask', 'hear', 'write', 'visit', 'urge', 'among', 'for', 'with', 'of', 'about', 'like', 'support', 'thank', 'trust', 'leave', 'keep', 'save', 'protect', 'free']);

/** Nouns of rule before "in" that make the capitals after them governments ("governments in Beijing, Moscow and elsewhere"). */
const RULERS = new Set(['government', 'governments', 'regime', 'regimes', 'authorities', 'officials', 'leadership', 'leaders', 'administration', 'administrations', 'rulers', 'diplomats', 'embassies']);

/** A capital in a list after "governments in" (back over capitalised words, commas and "and"). */
function governmentsIn(text: string, toks: Toks, i: number): boolean {
  let k = i - 1;
  for (let steps = 0; steps < 12 && k >= 1; steps++, k--) {
    const w = wordAt(text, toks, k);
    if (w === 'in' || w === 'of') return RULERS.has(wordAt(text, toks, k - 1).toLowerCase());
    if (!(isCapitalised(w) || w === 'and' || w === 'or')) return false;
  }
  return false;
}

/** A state word, also glued to the next word by a lost space ("governmentsasking"). */
function isStateWord(word: string): boolean {
  const w = word.toLowerCase();
  if (STATE_WORDS.has(w)) return true;
  for (const p of GLUE_PREFIXES) if (w.length > p.length + 2 && w.startsWith(p)) return true;
  return false;
}
const GLUE_PREFIXES = ['government', 'authorities', 'parliament', 'ministry', 'embassy', 'officials', 'citizens', 'nationals'];

/**
 * A demonym designates the state before a state word ("Chinese government"),
 * inside a name ("Norwegian Unix User Group", "Italian Senate"), attached to a
 * person ("Danish programmer", "Taiwanese activists"), as a plural noun for
 * the nationals ("Americans"), or in a list that ends so ("Taiwanese and
 * Chinese dissidents"). Not as a language, cuisine or ancestry.
 */
function demonymDesignatesState(text: string, toks: Toks, i: number, j: number, form: Form, nextWord: string, surface: string): boolean {
  if (form.plural) return true;
  const prev = i > 0 ? wordAt(text, toks, i - 1).toLowerCase() : '';
  if (!nextWord) {
    // "Taiwanese, Uyghur and Chinese activists": look past the list to its noun.
    const gap = text.slice(toks.end[j]!, j + 1 < toks.start.length ? toks.start[j + 1]! : toks.end[j]!);
    if (!/^ ?, ?$/.test(gap)) return false;
    let k = j + 1;
    for (let steps = 0; steps < 8 && k < toks.start.length; steps++, k++) {
      const w = wordAt(text, toks, k);
      if (w === 'and' || w === 'or' || isCapitalised(w)) continue;
      return !NON_STATE_NOUNS.has(w.toLowerCase());
    }
    return false;
  }
  if (isStateWord(nextWord)) return true;
  if (isCapitalised(nextWord)) return !isAllCaps(surface) || isAllCaps(nextWord);
  // "English" before a common noun is the language ("English words"), not the state.
  if (LANGUAGE_FIRST.has(surface.toLowerCase())) return false;
  const nk = nextWord.toLowerCase();
  if (nk === 'and' || nk === 'or') {
    const k = j + 2;
    const w = wordAt(text, toks, k);
    return isCapitalised(w) || (!!w && !NON_STATE_NOUNS.has(w.toLowerCase()) && prev !== 'in');
  }
  if (NON_STATE_NOUNS.has(nk)) return false;
  // "in Chinese", "speak French": a language.
  if (prev === 'in' || prev === 'speak' || prev === 'speaks' || prev === 'into' || prev === 'from') return /^[a-z]/.test(nk) && !NON_STATE_NOUNS.has(nk) && nk.endsWith('s');
  return /^[a-z]{3,}$/.test(nk) && !FUNCTION_WORDS.has(nk) && !VERBISH.has(nk);
}
/** Demonyms read as a language before a common noun. */
const LANGUAGE_FIRST = new Set(['english']);
/** Words after a demonym that end its phrase: it stands alone ("is Chinese and"). */
const VERBISH = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'who', 'which', 'that', 'to', 'in', 'at', 'by', 'for', 'with', 'from', 'on', 'as', 'but', 'than', 'then', 'also', 'not', 'or', 'and', 'it', 'its']);

const WORD = /\p{L}+/gu;
const OCR_L = /l/g;
const LETTER = /\p{L}/u;
/** Any half of a surrogate pair (read by code unit: no unicode flag). */
const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * The text with a scanner's "l" for "I" read back, where the word it makes opens a country form: a leading
 * "l" before lower case ("lran", "lndonesian"), an "l" among capitals ("AUSTRALlAN"). Same length, so spans hold.
 * Only the words that hold an "l" are looked at (found by indexOf, their letters by code).
 */
function readOcrCapitals(text: string): string {
  if (!text.includes('l')) return text;
  // letters beyond the basic plane need the regex's reading of code points
  if (SURROGATE.test(text)) return text.replace(WORD, (w) => readOcrWord(w) ?? w);
  let out = '';
  let copied = 0;
  for (let p = text.indexOf('l'); p >= 0; ) {
    let a = p;
    while (a > 0 && isLetterAt(text, a - 1)) a--;
    let b = p + 1;
    while (b < text.length && isLetterAt(text, b)) b++;
    const first = text.charCodeAt(a);
    // a word opening in lower case with another letter than "l" is never read again
    const fixed = b - a >= 3 && !(first >= 97 && first <= 122 && first !== 108) ? readOcrWord(text.slice(a, b)) : null;
    if (fixed) {
      out += text.slice(copied, a) + fixed;
      copied = b;
    }
    p = text.indexOf('l', b);
  }
  return copied ? out + text.slice(copied) : text;
}

function isLetterAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(text[k]!);
}

/** The word with its "l"s read as "I" when that makes a country form's first word, or null. */
function readOcrWord(w: string): string | null {
  if (w.length < 3 || !w.includes('l') || !repairMayOpenForm(w)) return null;
  let fixed: string | null = null;
  if (w[0] === 'l' && w.slice(1) === w.slice(1).toLowerCase()) fixed = `I${w.slice(1)}`;
  else if (w.replace(OCR_L, '') === w.replace(OCR_L, '').toUpperCase() && /\p{Lu}.*\p{Lu}/u.test(w)) fixed = w.replace(OCR_L, 'I');
  return fixed && ROOT.next.has(fixed.toLowerCase()) ? fixed : null;
}

/**
 * False when neither repair of an ASCII word ("l" first read as "I", or every "l" read as "I") can make a form's
 * first word, by the openings table: most words with an "l" need no more work.
 */
function repairMayOpenForm(w: string): boolean {
  for (let k = 0; k < w.length; k++) if (w.charCodeAt(k) >= 128) return true;
  const bit = 1 << Math.min(w.length, 31);
  const c1 = w.charCodeAt(1) | 32;
  const c2 = w.charCodeAt(2) | 32;
  // "I" first: "lran" read as "iran"
  if (w.charCodeAt(0) === 108 && OPENINGS[slotOf(105, c1, c2)]! & bit) return true;
  // every lower-case "l" as "i": "AUSTRALlAN" read as "australian"
  const every = (c: number) => (c === 108 ? 105 : c | 32);
  return (OPENINGS[slotOf(every(w.charCodeAt(0)), every(w.charCodeAt(1)), every(w.charCodeAt(2)))]! & bit) !== 0;
}

/** The openings slot of three lower-case ASCII letters. */
function slotOf(a: number, b: number, c: number): number {
  return ((a - 96) * 37 + (b - 96)) * 37 + (c - 96);
}

/** A token whose "rn" a scanner read for "m" ("Carnbodian", "Yernen"), keyed as the form it stands for. */
function readOcrKey(key: string): string {
  if (!key.includes('rn') || FORM_TOKENS.has(key)) return key;
  const read = key.replace(/rn/g, 'm');
  return FORM_TOKENS.has(read) ? read : key;
}

/** Country mentions in a stretch of text, offsets relative to `base`. */
export function scanCountries(original: string, base = 0): CountryMention[] {
  // Matched on the text with scanner misreadings repaired (same length); the evidence is the original.
  const text = readOcrCapitals(original);
  const toks = tokenize(text);
  const { start: starts, end: ends } = toks;
  const n = starts.length;
  const out: CountryMention[] = [];
  let i = 0;
  while (i < n) {
    let node: Node | undefined = tokenMayOpenForm(toks, i) ? ROOT.next.get(keyAt(toks, i)) : undefined;
    if (!node) {
      i++;
      continue;
    }
    let bestJ = -1;
    let bestForm: Form | null = null;
    for (let j = i; node; ) {
      if (node.form && (node.form.entry === null || caseFits(text, toks, i, j, node.form))) {
        bestJ = j;
        bestForm = node.form;
      }
      j++;
      if (j >= n || !/^[ \-'.,]{0,3}$/.test(text.slice(ends[j - 1]!, starts[j]!))) break;
      node = node.next.get(keyAt(toks, j));
    }
    if (!bestForm) {
      i++;
      continue;
    }
    const j = bestJ;
    const form = bestForm;
    if (form.entry && accept(text, toks, i, j, form)) {
      let end = ends[j]!;
      // "U.S." keeps its final dot when the form does.
      if (form.caps && text[end] === '.' && /\.$/.test(text.slice(starts[i]!, end + 1)) && text.slice(starts[i]!, end).includes('.')) end++;
      out.push({ code: form.entry.code, how: form.how, text: original.slice(starts[i]!, end), span: { start: base + starts[i]!, end: base + end } });
    }
    i = j + 1;
  }
  return out;
}

/** Every country mention in the document. */
export function findCountryMentions(doc: DocumentText): CountryMention[] {
  return dropUsStates(doc.text, scanCountries(doc.text));
}

/** Country names that are also US states: the state where its line speaks of the US ("Atlanta, Georgia", "Georgia, USA"). */
const US_STATE_NAMES = new Set(['Georgia']);
const US_CONTEXT = /\b(?:USA|U\.S\.A?\.?|US|United States|America|Atlanta|Savannah|Augusta|Athens|Macon|state of|governor|county|[DR]-GA|GA)\b/;
function dropUsStates(text: string, mentions: CountryMention[]): CountryMention[] {
  if (!mentions.some((m) => US_STATE_NAMES.has(m.text))) return mentions;
  return mentions.filter((m) => {
    if (!US_STATE_NAMES.has(m.text)) return true;
    const lineStart = text.lastIndexOf('\n', m.span.start) + 1;
    let lineEnd = text.indexOf('\n', m.span.end);
    if (lineEnd < 0) lineEnd = text.length;
    const around = text.slice(Math.max(lineStart, m.span.start - 60), Math.min(lineEnd, m.span.end + 60));
    return !US_CONTEXT.test(around);
  });
}

/** The entry of a code, for callers that hold only the code. */
export function countryRef(code: string): CountryRef | null {
  const c = COUNTRY_BY_CODE.get(code);
  return c ? ref(c) : null;
}
