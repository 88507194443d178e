/**
 * Personal names split into their parts: honorifics, given, middle and family
 * names, post-nominals and a nickname. Reads "First Middle Last", "Last,
 * First Middle", "First Last, Jr., PhD", nicknames in quotes or brackets,
 * family-name particles ("van der", "de la", "bin") and conjunctions inside
 * a family name ("Velasquez y Garcia"). Honorifics and post-nominals keep
 * their wording; only a trailing full stop is dropped from an honorific.
 */
import { isHonorific } from '../lexicons/honorifics.js';
import { canonicalPostNominal } from '../lexicons/post-nominals.js';

/** The parts of a personal name. */
export interface NameParts {
  honorifics: string[];
  given: string;
  middle: string;
  family: string;
  postNominals: string[];
  nickname: string;
}

/** Particles that open a family name: "van", "de la", "bin". */
const PARTICLES = new Set([
  'van', 'von', 'de', 'del', 'della', 'dela', 'der', 'den', 'di', 'da', 'das', 'dos', 'do', 'du', 'la', 'le', 'les', 'lo', 'st', 'st.', 'ste', 'ste.',
  'ter', 'ten', 'te', 'bin', 'binti', 'ibn', 'bint', 'al', 'el', 'abu', 'ben', 'dal', 'dalla', 'degli', 'des', 'vander', 'vanden', 'zu', 'af', 'av', 'mac',
  'san', 'santa', "d'", 'dello', 'ap', 'bar', 'ui', 'vel',
]);

/** Conjunctions that join two pieces of a family name ("Velasquez y Garcia") or two given names. */
const CONJUNCTIONS = new Set(['y', 'and', '&', 'of', 'the', 'und', 'et']);

/** Honorifics after which a lone name is a given name ("Sir Gerald"). */
const GIVEN_NAME_TITLES = new Set(['sir', 'dame', 'king', 'queen', 'prince', 'princess', 'pope', 'sister', 'brother', 'father', 'mother', 'imam', 'sheikh', 'sheikha', 'emir']);

/** Words that are part of a chained title ("Secretary of State", "U.S. District Judge"). */
const TITLE_EXTRA = new Set([
  'secretary', 'state', 'district', 'judge', 'u.s.', 'us', 'chief', 'associate', 'justice', 'attorney', 'general', 'assistant', 'vice', 'deputy',
  'supreme', 'court', 'federal', 'first', 'lady', 'grand', 'master', 'high', 'commissioner', 'senior', 'junior', 'lt.', 'lt', 'gen.', 'gen', 'maj.',
  'maj', 'col.', 'col', 'rev.', 'rev', 'hon.', 'hon', 'rt.', 'rt', 'the', 'excellency', 'his', 'her', 'highness', 'royal', 'majesty', 'right',
  'honourable', 'honorable', 'reverend', 'most', 'very', 'chairman', 'chair', 'ceo', 'president', 'vice-president', 'coach', 'cardinal',
  'archbishop', 'bishop', 'pastor', 'mister', 'missus', 'dr', 'dr.', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'prof', 'prof.', 'professor', 'doctor', 'sr.',
  'sgt', 'sgt.', 'capt', 'capt.', 'cpt', 'major', 'colonel', 'lieutenant', 'captain', 'admiral', 'sen', 'sen.', 'senator', 'rep', 'rep.', 'representative',
  'gov', 'gov.', 'governor', 'mayor', 'ambassador', 'amb', 'amb.', 'minister', 'prime', 'king', 'queen', 'sir', 'dame', 'lord', 'baron', 'baroness',
  'count', 'countess', 'duke', 'duchess', 'earl', 'viscount', 'marquess', 'prince', 'princess', 'chancellor', 'dean', 'provost', 'rabbi', 'imam',
  'sheikh', 'father', 'fr', 'fr.', 'brother', 'sister', 'mother', 'pope', 'saint', 'msgr', 'msgr.', 'monsignor', 'mrs.', 'miss', 'mx', 'mx.', 'madam',
  'madame', 'mme', 'mme.', 'mlle', 'dra', 'dra.', 'sra', 'sra.', 'srta', 'sgt', 'cmdr', 'cdr', 'adm', 'adm.', 'attaché', 'consul', 'envoy', 'elder',
  'bishop', 'canon', 'deacon', 'herr', 'frau', 'doktor', 'ing', 'ing.', 'mag', 'mag.', 'dipl', 'dipl.', 'dipl.-ing.', 'j.', 'magistrate', 'officer',
  'detective', 'det', 'det.', 'inspector', 'insp', 'insp.', 'chief', 'commander', 'corporal', 'cpl', 'cpl.', 'private', 'pvt', 'pvt.', 'specialist',
  'sergeant', 'airman', 'seaman', 'ensign', 'commodore', 'marshal', 'brigadier', 'field', 'air', 'surgeon', 'nurse', 'coach', 'uncle', 'aunt', 'auntie',
  'cousin', 'ayatollah', 'mufti', 'venerable', 'ven', 'ven.', 'lama', 'bhikkhu', 'swami', 'guru', 'pandit', 'sri', 'shri', 'smt', 'smt.', 'dato', "dato'",
  'datuk', 'tan', 'tun', 'toh', 'puan', 'datin', 'hrh', 'h.e.', 'he', 'h.r.h.', 'exmo', 'exmo.', 'excmo', 'excmo.',
]);

/** Tokens that are post-nominals in names though not in the party lexicon. */
const EXTRA_SUFFIXES = new Set(['i', 'jr', 'jr.', 'sr', 'sr.', 'jnr', 'snr', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'esq', 'esq.', 'esquire', 'clu', 'cfp', 'lutc', 'chfc', 'cpa', 'md', 'm.d.', 'phd', 'ph.d.', 'dds', 'd.d.s.', 'rn', 'r.n.', 'do', 'd.o.', 'jd', 'j.d.', 'mba', 'dvm', 'cfa', 'pe', 'p.e.', 'msw', 'lcsw', 'lpc', 'edd', 'ed.d.', 'psyd', 'dmd', 'od', 'o.d.', 'ret', 'ret.', 'usa', 'usmc', 'usn', 'usaf', 'uscg', 'kc', 'qc', 'mp', 'mep', 'msp', 'td', 'mla', 'obe', 'mbe', 'cbe', 'kbe', 'dbe', 'frs', 'fba', 'frsa', 'ma', 'ba', 'bsc', 'msc', 'llb', 'llm', 'lld', 'dphil', 'mphil']);

function isSuffixToken(tok: string, canBeName: boolean): boolean {
  const t = tok.replace(/,$/u, '');
  const low = t.toLowerCase();
  if (/^(?:[A-Za-z]{1,4}\.){2,}$/u.test(t) && /[a-z]/u.test(t)) return true;
  if (canBeName) {
    // Short ambiguous forms count only in capitals or with stops ("MA", "M.A.", "V").
    if (/^(?:do|ma|ba|od|pe|md|rn|mp|td|kc|qc|jd|ret)$/iu.test(low) && t !== t.toUpperCase() && !t.includes('.') && low !== 'ret') return false;
    if (/^(?:do|ma|ba|od|pe)$/iu.test(low) && !t.includes('.')) return false;
  }
  if (EXTRA_SUFFIXES.has(low)) return true;
  const canon = canonicalPostNominal(t);
  return canon !== null && (t === t.toUpperCase() || t.includes('.') || /[a-z][A-Z]/u.test(t) || canon.length > 3);
}

function isTitleToken(tok: string): boolean {
  const low = tok.toLowerCase();
  return TITLE_EXTRA.has(low) || isHonorific(tok);
}

/** Splits a personal name into its parts: "Rt Hon Sir Iain Duncan Smith MP". */
export function parseName(text: string): NameParts {
  const out: NameParts = { honorifics: [], given: '', middle: '', family: '', postNominals: [], nickname: '' };
  if (typeof text !== 'string') return out;
  let s = text.replace(/\s+/gu, ' ').trim();
  if (!s) return out;

  // Nicknames: in double quotes, in brackets, or in single quotes set off by spaces.
  const nicks: string[] = [];
  s = takeNicknames(s, nicks);
  s = s.replace(/\s+/gu, ' ').trim();
  out.nickname = nicks.join(' ');

  // Commas: "Last, First Middle", "First Last, Jr., PhD", "Last, First, Jr."
  const parts = s.split(',').map((p) => p.trim()).filter((p) => p.length > 0);
  let tokens: string[];
  let lastFirst: string[] | null = null;
  const suffixes: string[] = [];
  if (parts.length >= 2) {
    const rest = parts.slice(1);
    const allSuffix = rest.every((p) => p.split(' ').every((t) => isSuffixToken(t, false)));
    if (allSuffix) {
      tokens = parts[0]!.split(' ');
      for (const p of rest) for (const t of p.split(' ')) suffixes.push(t);
    } else {
      // "Last, First Middle[, Suffix]"
      lastFirst = parts[0]!.split(' ');
      tokens = rest[0]!.split(' ');
      for (const p of rest.slice(1)) for (const t of p.split(' ')) suffixes.push(t);
    }
  } else {
    tokens = s.split(' ');
  }
  // Tokens without a letter or a digit ("(", "-", a lone quote) are no part of a name.
  tokens = tokens.filter((t) => /[\p{L}\p{N}]/u.test(t));
  if (lastFirst) lastFirst = lastFirst.filter((t) => /[\p{L}\p{N}]/u.test(t));
  // "E.T. Smith": run-together initials are a given and a middle name.
  if (tokens.length > 1 && /^(?:\p{Lu}\.){2,3}$/u.test(tokens[0]!)) tokens.splice(0, 1, ...tokens[0]!.split(/(?<=\.)/u));

  // Trailing post-nominals first, so that a title never takes the only name ("Dr King Jr").
  while (tokens.length > (lastFirst ? 0 : 1) && isSuffixToken(tokens[tokens.length - 1]!, true) && (tokens.length > 2 || !/^[ivxIVX]+$/u.test(tokens[tokens.length - 1]!) || suffixes.length > 0 || tokens.length > 1)) {
    if (/^[ivxIVX]+$/u.test(tokens[tokens.length - 1]!) && tokens.length < 3 && !lastFirst) break;
    suffixes.unshift(tokens.pop()!);
  }
  // Leading honorifics (a chain of them, "Secretary of State"), leaving at least one name.
  const titles: string[] = [];
  const others = lastFirst ? lastFirst.length : 0;
  while (tokens.length > 0 && isTitleToken(tokens[0]!)) {
    if (tokens.length - 1 + others === 0) break;
    titles.push(tokens.shift()!);
    if (tokens.length > 2 && (tokens[0] === 'of' || tokens[0] === 'and') && isTitleToken(tokens[1]!)) titles.push(tokens.shift()!);
  }
  if (titles.length > 0 && titles[0]!.toLowerCase() === 'the' && titles.length === 1) tokens.unshift(titles.shift()!);
  // A title written before the family name in "Last, First" form: "Dr. Doe, John" is rare; keep as is.

  if (lastFirst) while (lastFirst.length > 1 && isSuffixToken(lastFirst[lastFirst.length - 1]!, true)) suffixes.unshift(lastFirst.pop()!);

  out.honorifics = joinHonorifics(titles).map((t) => t.replace(/\.$/u, '')).filter((t) => t.length > 0);
  out.postNominals = suffixes.map((t) => t.replace(/,$/u, '')).filter((t) => t.length > 0);

  if (lastFirst) {
    out.family = lastFirst.join(' ');
    const pieces = groupPieces(tokens, false);
    out.given = pieces[0] ?? '';
    out.middle = pieces.slice(1).join(' ');
    return out;
  }

  const pieces = groupPieces(tokens, true);
  if (pieces.length === 0) return out;
  if (pieces.length === 1) {
    const only = pieces[0]!;
    if ((titles.length > 0 && !GIVEN_NAME_TITLES.has(titles[titles.length - 1]!.toLowerCase().replace(/\.$/u, ''))) || (parts.length > 1 && suffixes.length > 0) || nicks.length > 0) out.family = only;
    else out.given = only;
    return out;
  }
  out.given = pieces[0]!;
  out.family = pieces[pieces.length - 1]!;
  out.middle = pieces.slice(1, -1).join(' ');
  return out;
}

/**
 * Groups tokens into pieces: particles join the word after them into one
 * family-name piece ("van der Lee", "de Souza"), a conjunction joins its
 * neighbours ("Velasquez y Garcia"). A capitalised particle that opens a
 * longer name is a given name ("Van Nguyen Thi").
 */
function groupPieces(tokens: readonly string[], firstIsGiven: boolean): string[] {
  const pieces: string[] = [];
  const n = tokens.length;
  let i = 0;
  while (i < n) {
    const tok = tokens[i]!;
    const low = tok.toLowerCase();
    if (PARTICLES.has(low) && i < n - 1 && !(pieces.length === 0 && firstIsGiven && (n === 2 || /^\p{Lu}/u.test(tok)))) {
      // the piece runs from the particle to the next particle or the end
      let j = i;
      while (j < n - 1 && PARTICLES.has(tokens[j]!.toLowerCase())) j++;
      j++;
      while (j < n && !PARTICLES.has(tokens[j]!.toLowerCase()) && !CONJUNCTIONS.has(tokens[j]!.toLowerCase())) j++;
      pieces.push(tokens.slice(i, j).join(' '));
      i = j;
      continue;
    }
    if (CONJUNCTIONS.has(low) && pieces.length > 0 && i < n - 1) {
      pieces[pieces.length - 1] = `${pieces[pieces.length - 1]} ${tok} ${tokens[i + 1]}`;
      i += 2;
      continue;
    }
    pieces.push(tok);
    i++;
  }
  return pieces;
}

const NICK_CLOSE: Readonly<Record<string, string>> = { '"': '"', '\u201c': '\u201d', '(': ')', "'": "'" };

/** Removes nicknames in quotes or brackets from a name, in one pass; single quotes only when set off by spaces. */
function takeNicknames(s: string, nicks: string[]): string {
  let out = '';
  let i = 0;
  const unclosed = new Set<string>();
  while (i < s.length) {
    const c = s[i]!;
    const close = NICK_CLOSE[c];
    if (close && !unclosed.has(c) && (c !== "'" || i === 0 || s[i - 1] === ' ')) {
      const j = s.indexOf(close, i + 1);
      // once a mark has no closing partner to the end, none later has one either
      if (j < 0) unclosed.add(c);
      if (j > i && (c !== "'" || j === s.length - 1 || s[j + 1] === ' ')) {
        const nick = s.slice(i + 1, j).trim();
        if (nick) nicks.push(nick);
        out += ' ';
        i = j + 1;
        continue;
      }
    }
    out += c;
    i++;
  }
  return out;
}

/** Titles of several words stay whole, as the lexicon writes them: "Rt Hon", "His Excellency". */
function joinHonorifics(titles: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < titles.length; i++) {
    const pair = i + 1 < titles.length ? `${titles[i]} ${titles[i + 1]}` : '';
    if (pair && !isHonorific(titles[i]!) && isHonorific(pair)) {
      out.push(pair);
      i++;
    } else out.push(titles[i]!);
  }
  return out;
}
