/**
 * People named anywhere in the text. Candidates come from one linear scan
 * over the word tokens: runs of capitalised words (with particles such as
 * "van der", initials, hyphens and apostrophes) are cut at words that are
 * never part of a name — honorifics and offices, greetings, group nouns,
 * months, demonyms, places, organisation head words, post-nominals — and
 * each piece that looks like a name is kept. A lone word counts when a title
 * introduces it ("President Biden", "Pope Francisco"). Signatories and
 * addressees are people too, in the form their own entry gives.
 *
 * compromise is not run on the text: its lexicon is read (see nlp/lexicon.ts)
 * to know given names, surnames, places and common words.
 * `resolvePeople` merges the candidates into one person each.
 */
import type { Letter } from '../model/letter.js';
import type { Organization, Person } from '../model/entities.js';
import type { DocumentText } from '../text/document-text.js';
import type { DocumentStructure } from '../structure/types.js';
import { isHonorific } from '../lexicons/honorifics.js';
import { canonicalPostNominal } from '../lexicons/post-nominals.js';
import { GIVEN_WORDS, SURNAME_WORDS } from '../lexicons/given-names.js';
import { hasCommonEnding, isHardNotName, isNotName, isOffice, NAME_PARTICLES } from '../lexicons/not-names.js';
import { LEADING_HEADS, TITLES, TRAILING_HEADS } from '../lexicons/org-heads.js';
import { isOrgWord, isPlacePhrase, isPlaceWord, wordKind, type WordKind } from '../nlp/lexicon.js';
import { resolvePeople, type PersonCandidate } from '../resolve/people.js';
import { isCountryName, isDemonym } from './demonyms.js';
import { inOrganisationList } from './sections.js';
import { isSpaceGap, releaseTokens, tokensOf, type Token } from './tokens.js';

/** Every named real person, once, with all mentions merged. */
export function findPeople(doc: DocumentText, structure: DocumentStructure, letters: readonly Letter[], organizations: readonly Organization[]): Person[] {
  void structure;
  const text = doc.text;
  const tokens = tokensOf(doc);
  const orgSpans = organizationSpans(organizations);
  const candidates: PersonCandidate[] = [];
  partyPeople(doc, letters, candidates);
  prosePeople(text, tokens, orgSpans, candidates);
  const orgNames = new Set<string>();
  for (const o of organizations) for (const n of [o.name, ...o.aliases]) orgNames.add(n.toLowerCase());
  const people = resolvePeople(text, tokens, candidates, orgSpans, orgNames);
  // the people are the last to read the document's tokens (organisations read them first)
  releaseTokens(doc);
  return people;
}

// ---------- parties ----------

function partyPeople(doc: DocumentText, letters: readonly Letter[], out: PersonCandidate[]): void {
  const text = doc.text;
  for (const letter of letters) {
    for (const party of [...letter.signatories, ...letter.addressees, ...(letter.cc ?? [])]) {
      // an entry in a list headed "Organizations" is an organisation, whatever its name looks like
      if (party.kind !== 'person' || inOrganisationList(doc, party.span.start, party.name)) continue;
      const name = party.name.trim();
      if (!name || !personLike(name)) continue;
      const at = text.indexOf(name, party.span.start);
      const inside = at >= 0 && at + name.length <= party.span.end;
      out.push({ name, start: inside ? at : party.span.start, end: inside ? at + name.length : party.span.end, source: 'party' });
    }
  }
}

/**
 * A party's name that is plainly no person's: an occupation or office alone
 * ("Postdoctoral Researcher", "PhD Candidate"), a place ("Brussels"), a
 * people's name.
 */
function personLike(name: string): boolean {
  const words = name.split(/\s+/u);
  const first = words[0]!;
  const last = words[words.length - 1]!;
  if (words.length === 1 && (wordKind(first) === 'place' || isCountryName(first) || isDemonym(first))) return false;
  if (words.length > 1 && (isPlacePhrase(name) || isCountryName(name) || isDemonym(name))) return false;
  // an office and its remit: "Senator for Tasmania", "Minister of Justice"
  if (words.length > 2 && (isOffice(first) || TITLES.has(first)) && (words[1] === 'for' || words[1] === 'of')) return false;
  const firstKind = wordKind(first);
  if (words.length > 1 && (isOffice(last) || TITLES.has(last)) && !GIVEN_WORDS.has(first) && firstKind !== 'given' && firstKind !== 'name') return false;
  return true;
}

// ---------- prose ----------

type Kind = WordKind | 'title' | 'bad' | 'soft' | 'caps' | 'initial' | 'particle' | 'suffix' | 'surname';

/** An article or kinship word joined to a capitalised name: "al-Khawaja", "el-Sisi", "bin-Laden". */
const ARABIC_ARTICLE = /^(?:al|el|ad|ar|as|at|az|ash|an|ibn|bin|bint|abu|abd|ben)[-‐]\p{Lu}/u;

/** Generational suffixes stay with the name ("Ferdinand Grapperhaus II"). */
const GENERATIONAL = new Set(['Jr', 'Sr', 'II', 'III', 'IV']);

/** What each capitalised word is, remembered across calls: words repeat within and across documents. */
const KINDS = new Map<string, Kind>();

function classify(t: Token, inOrg: boolean): Kind {
  const w = t.text;
  // the article pattern needs a hyphen: most lower-case words have none
  if (t.shape === 'lower') return NAME_PARTICLES.has(w) ? 'particle' : (w.includes('-') || w.includes('‐')) && ARABIC_ARTICLE.test(w) ? 'name' : 'bad';
  if (t.shape === 'num' || t.shape === 'other') return 'bad';
  if (t.shape === 'initial') return 'initial';
  if (inOrg) return 'bad';
  let kind = KINDS.get(w);
  if (kind === undefined) {
    kind = classifyWord(w, t.shape);
    if (KINDS.size > 20000) KINDS.clear();
    KINDS.set(w, kind);
  }
  return kind;
}

function classifyWord(w: string, shape: Token['shape']): Kind {
  if (GENERATIONAL.has(w)) return 'suffix';
  const t = { shape };
  if (t.shape === 'caps') {
    if (canonicalPostNominal(w)) return 'bad';
    return isHonorific(w) && w.length > 2 ? 'title' : 'caps';
  }
  if (isHonorific(w) || isOffice(w)) return 'title';
  // "President-elect", "Vice-Chair": an office with a hyphenated part
  const hyphen = w.search(/[-‐]/u);
  if (hyphen > 0 && (isHonorific(w.slice(0, hyphen)) || isOffice(w.slice(0, hyphen)) || isOffice(w.slice(hyphen + 1)))) return 'title';
  if (isHardNotName(w)) return 'bad';
  if (canonicalPostNominal(w)) return 'bad';
  if (GIVEN_WORDS.has(w)) return 'given';
  if (SURNAME_WORDS.has(w)) return 'surname';
  if (TRAILING_HEADS.has(w) || LEADING_HEADS.has(w) || isOrgWord(w)) return 'bad';
  const kind = wordKind(w);
  if (kind !== 'given' && kind !== 'name' && isCountryName(w)) return 'place';
  if (isNotName(w) || isPlaceWord(w)) return kind === 'given' ? 'given' : 'soft';
  if (kind === 'unknown' && hasCommonEnding(w)) return 'common';
  return kind;
}

/** True when the gap after a token keeps the next word in the same name. */
function joins(text: string, t: Token, kind: Kind, next: Token | undefined, nextKind: Kind | undefined, prevKind: Kind | undefined): boolean {
  if (t.possessive) return false;
  if (isSpaceGap(t.gap)) return !t.dot;
  // "J. Barber", "Sen. Ben Sasse", "Ms. Frederique Dumas"
  if (/^\.[ \t]{1,2}$/u.test(t.gap)) return kind === 'initial' || kind === 'title';
  // hard-wrapped prose breaks a name at a line end ("President: Sir Ronald\nWilson"): a given name or a title
  // that ends a long line joins a surname that opens the next one; lines of a list are short and stay apart
  if (/^[ \t]*\n[ \t]*$/u.test(t.gap) && (kind === 'given' || kind === 'title') && next && (nextKind === 'name' || nextKind === 'unknown' || nextKind === 'surname')) {
    if (t.end - text.lastIndexOf('\n', t.start) > WRAPPED_LINE) return true;
  }
  // scanned pages break a name after a form of address and a given name, a blank line between:
  // "Mr Gareth" / "" / "Pennycuick", "Air Chief Marshal Siddhi" / "Savetsila"
  if (prevKind === 'title' && (kind === 'given' || kind === 'unknown' || kind === 'name') && next && (nextKind === 'name' || nextKind === 'unknown' || nextKind === 'surname') && BROKEN_LINE.test(t.gap)) return true;
  return false;
}

/** A line end, or a line end and one blank line, with spacing only. */
const BROKEN_LINE = /^[ \t]*\n(?:[ \t]*\n)?[ \t]*$/u;

/** A line at least this long that ends inside a sentence is hard-wrapped prose. */
const WRAPPED_LINE = 55;

function organizationSpans(organizations: readonly Organization[]): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const o of organizations) for (const m of o.mentions) spans.push(m.span);
  return spans.sort((a, b) => a.start - b.start);
}

function makeInOrg(spans: readonly { start: number; end: number }[]): (t: Token) => boolean {
  let k = 0;
  // tokens are visited in order, so one pointer walks the sorted spans
  return (t) => {
    while (k < spans.length && spans[k]!.end <= t.start) k++;
    for (let j = k; j < spans.length && spans[j]!.start < t.end; j++) if (spans[j]!.end > t.start) return true;
    return false;
  };
}

const NAMEISH = new Set<Kind>(['given', 'name', 'unknown', 'initial', 'particle', 'caps', 'suffix', 'common', 'soft', 'surname']);

function prosePeople(text: string, tokens: readonly Token[], orgSpans: readonly { start: number; end: number }[], out: PersonCandidate[]): void {
  const inOrg = makeInOrg(orgSpans);
  const kinds: Kind[] = tokens.map((t) => classify(t, inOrg(t)));
  // a form of address that is also a family name closes a name after a given name ("Imran Qadeer Sheikh", "Adnan Khan");
  // before a name it stays a title ("Sheikh Khalid")
  for (let i = 1; i < tokens.length; i++) {
    if (kinds[i] !== 'title' || !SURNAME_TITLES.has(tokens[i]!.text)) continue;
    const prev = kinds[i - 1];
    if (prev !== 'given' && prev !== 'name' && prev !== 'unknown') continue;
    if (!isSpaceGap(tokens[i - 1]!.gap) || tokens[i - 1]!.dot || tokens[i - 1]!.possessive) continue;
    const next = tokens[i + 1];
    const nextKind = kinds[i + 1];
    if (next && isSpaceGap(tokens[i]!.gap) && !tokens[i]!.dot && (nextKind === 'given' || nextKind === 'name' || nextKind === 'unknown' || nextKind === 'surname')) continue;
    kinds[i] = 'name';
  }
  let i = 0;
  while (i < tokens.length) {
    // a run of words joined by spaces on one line
    let j = i;
    while (j + 1 < tokens.length && joins(text, tokens[j]!, kinds[j]!, tokens[j + 1], kinds[j + 1], kinds[j - 1]) && kinds[j + 1] !== 'bad' && kinds[j] !== 'bad') j++;
    if (kinds[i] !== 'bad') splitRun(text, tokens, kinds, i, j, out);
    i = j + 1;
  }
}

/** Cuts a run at the words that are never part of a name and keeps the pieces that are names. */
function splitRun(text: string, tokens: readonly Token[], kinds: readonly Kind[], from: number, to: number, out: PersonCandidate[]): void {
  let k = from;
  while (k <= to) {
    if (!NAMEISH.has(kinds[k]!) || kinds[k] === 'particle' || kinds[k] === 'suffix') {
      k++;
      continue;
    }
    // a lone name counts after a form of address or an office held by a person: "President Biden", "Pope Francisco"
    const titled = k > from && kinds[k - 1] === 'title' && isHonorific(tokens[k - 1]!.text);
    // a piece opens on a name word: a common word, a group noun or capitals before it are not part of a name
    if (kinds[k] === 'common' || kinds[k] === 'soft' || kinds[k] === 'caps' || kinds[k] === 'surname') {
      k++;
      continue;
    }
    // a piece: a name word, then name words; common words, group nouns and capitals only after a given name or a name word
    const first = kinds[k]!;
    let e = k;
    while (e + 1 <= to) {
      const next = kinds[e + 1]!;
      if (next === 'given' || next === 'name' || next === 'unknown' || next === 'initial' || next === 'particle' || next === 'suffix' || next === 'surname') e++;
      else if ((next === 'common' || next === 'place') && first === 'given' && kinds.slice(k + 1, e + 1).every((x) => x === 'initial')) e++;
      else if (next === 'caps' && kinds[e] !== 'caps' && kinds[e] !== 'title') e++;
      else break;
    }
    // no trailing particle or initial
    while (e > k && (kinds[e] === 'particle' || kinds[e] === 'initial')) e--;
    const piece = tokens.slice(k, e + 1);
    const pieceKinds = kinds.slice(k, e + 1);
    // capitalised words after a link word inside a longer name, with no given name among them, are the rest of
    // that name ("Working Group on Enforced or Involuntary Disappearances"), not a person
    const link = tokens[k - 1];
    const inName = k >= 2 && link!.shape === 'lower' && NAME_TAIL_LINKS.has(link!.text) && tokens[k - 2]!.shape === 'cap' && isSpaceGap(tokens[k - 2]!.gap) && isSpaceGap(link!.gap);
    // an article in another language opening the words makes them a title or a medium's name ("El Faro Andino")
    const article = k >= 1 && ARTICLES.has(tokens[k - 1]!.text) && isSpaceGap(tokens[k - 1]!.gap) && (k < 2 || tokens[k - 2]!.shape === 'lower' || !isSpaceGap(tokens[k - 2]!.gap));
    const candidate = (inName || article) && !pieceKinds.includes('given') ? null : judge(text, piece, pieceKinds, titled);
    if (candidate) out.push(candidate);
    k = e + 1;
  }
}

/** Articles in other languages that open the name of a medium or a work ("El Faro", "La Prensa", "Le Monde"). */
const ARTICLES = new Set(['El', 'La', 'Los', 'Las', 'Le', 'Les', 'Il', 'Lo', 'Gli']);

/** Link words inside a name ("… on Enforced or Involuntary …", "Prevention of Electronic Crimes"). */
const NAME_TAIL_LINKS = new Set(['or', 'of', 'on', 'against']);

/** Forms of address that are family names too ("Imran Sheikh", "Ayesha Begum"). */
const SURNAME_TITLES = new Set(['Sheikh', 'Shaikh', 'Khan', 'Mirza', 'Sayed', 'Syed', 'Begum', 'Pasha']);

/** A law's name after the words: "the Prevention of Electronic Crimes Act" holds no person. */
const LAW_AFTER = /^ (?:Act|Law|Code|Ordinance|Decree|Bill|Statute|Regulations?|Directive|Amendment)\b/u;

/** Words after a lone surname that make it a person ("the Biden administration", "the Lukashenko regime"). */
const AFTER_SURNAME = /^[ \t]+(?:administration|regime|government|dictatorship)\b/u;

/** The endings of demonyms a lexicon may not know ("the Freedonian government", "the Ruritanish regime"). */
const DEMONYM_ENDING = /(?:ian|ish|ese)$/u;

/** A kinship noun before a lone given name makes it a person ("his wife Leyla", "her son, Daniyar"). */
const KIN_BEFORE = /\b(?:his|her|their|whose|the)[ \t]+(?:wife|husband|son|daughter|brother|sister|mother|father|nephew|niece|cousin|uncle|aunt|fianc[ée]e?|widow|widower|grandson|granddaughter|stepson|stepdaughter)(?:,? )$/iu;

/** A place or facility named right after the words: "Port Hedland" is no person, nor "Nikola Tesla Airport". */
const FACILITY_AFTER = /^ (?:International )?(?:Airport|Prison|Jail|Gaol|Penitentiary|Detention|Camp|Street|Road|Avenue|Boulevard|Lane|Square|Station|Bridge|Stadium|Harbour|Harbor|Colony|airport|prison|jail|penitentiary|detention|colony|(?:district |regional |city |military )?court)\b/u;

/** A street word in lower case before the words: "200, quai Charles de Gaulle", "rue Victor Hugo". */
const STREET_BEFORE = /\b(?:quai|rue|avenue|boulevard|bd|calle|rua|via|viale|piazza|plaza|place|allée|chaussée|straat|strasse|straße|ulitsa|ul\.|prospekt|prospect) $/u;

/** A name in quotation marks after a word for a publication or page is that medium, not a person ("the page "Dan Oan""). */
const MEDIUM_BEFORE_QUOTE = /\b(?:page|pages|outlet|newspaper|paper|magazine|channel|website|site|blog|publication|agency|portal|account|programme|program|show|station|group|correspondent for|reporter for|journalist for|writes for|wrote for|works for|worked for|editor of)(?:[,:]? )?["“‘']$/iu;

/** The quotation marks MEDIUM_BEFORE_QUOTE ends with. */
const QUOTE_CODES = new Set(['"', '“', '‘', "'"].map((q) => q.charCodeAt(0)));

function judge(text: string, piece: readonly Token[], kinds: readonly Kind[], titled: boolean): PersonCandidate | null {
  const words = piece.filter((_, i) => kinds[i] !== 'particle');
  const start = piece[0]!.start;
  const end = piece[piece.length - 1]!.end;
  const name = text.slice(start, end);
  const before = text.slice(Math.max(0, start - 40), start);
  // both patterns end the text before the name: a quotation mark, a space (a cheap look at the last character first)
  const last = before.charCodeAt(before.length - 1);
  if (last === 32 ? STREET_BEFORE.test(before) : QUOTE_CODES.has(last) && MEDIUM_BEFORE_QUOTE.test(before)) return null;
  // "King Khalid International Airport", "Nikola Tesla Airport"
  // both patterns open with a space after the words
  const spaceAfter = text.charCodeAt(end) === 32;
  if (spaceAfter && FACILITY_AFTER.test(text.slice(end, end + 40))) return null;
  if (spaceAfter && LAW_AFTER.test(text.slice(end, end + 16))) return null;
  if (words.length === 1) {
    const kind = kinds[0]!;
    if (kind === 'common' || kind === 'soft' || kind === 'caps' || kind === 'initial' || kind === 'surname') return null;
    if (titled) return { name, start, end, source: 'title' };
    if (kind === 'place' || kind === 'demonym' || kind === 'organization' || isDemonym(name) || isCountryName(name)) return null;
    if ((last === 32 && KIN_BEFORE.test(before)) || (AFTER_SURNAME.test(text.slice(end, end + 20)) && !DEMONYM_ENDING.test(name))) return { name, start, end, source: 'title' };
    return null;
  }
  if (words.length > 5) return null;
  if (kinds[0] === 'common' || kinds[0] === 'soft' || kinds[0] === 'caps' || kinds[0] === 'surname') return null;
  if (words.every((_, i) => kinds[piece.indexOf(words[i]!)] === 'initial')) return null;
  // places: a facility or street after the words or among them, a place word first ("Port Hedland", "Rue de la Loi"),
  // a people's name ("Costa Rican")
  if (isDemonym(name)) return null;
  if (PLACE_OPENERS.has(piece[0]!.text) || piece.some((t) => FACILITY_WORDS.has(t.text))) return null;
  // a place of two or three words ("Hong Kong", "Los Angeles", "São Paulo")
  for (let a = 0; a < piece.length; a++) {
    for (let b = a + 1; b < Math.min(piece.length, a + 3); b++) {
      const phrase = text.slice(piece[a]!.start, piece[b]!.end);
      if (isPlacePhrase(phrase) || (/[^\x00-\x7f]/u.test(phrase) && isPlacePhrase(fold(phrase)))) return null;
    }
  }
  // two or more words of which none is a name the lexicon knows, and each a place or a common word: not a person
  if (!kinds.some((k) => k === 'given' || k === 'name' || k === 'unknown')) return null;
  if (kinds.filter((k) => k === 'place').length && !kinds.includes('given')) return null;
  return { name, start, end, source: 'prose' };
}

/** Words that open the name of a place, not of a person. */
const PLACE_OPENERS = new Set(['Port', 'Fort', 'Mount', 'Lake', 'Cape', 'Rue', 'Avenue', 'Avenida', 'Calle', 'Rua', 'Piazza', 'Plaza', 'Boulevard']);

/** Words that name a facility or a street inside a capitalised run ("Mageragere Prison", "Harbor Boulevard"). */
const FACILITY_WORDS = new Set(['Prison', 'Jail', 'Gaol', 'Penitentiary', 'Airport', 'Boulevard', 'Avenue', 'Street', 'Road', 'Lane', 'Strasse', 'Straße']);

function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '');
}
