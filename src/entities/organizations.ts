/**
 * Organisations named anywhere in the text. Candidates come from linear scans
 * over the word tokens, each a rule a careful reader uses:
 *
 *   known       a body from the lexicon, by any of its forms ("Interpol", "WTO")
 *   acronym     a name and the acronym it defines: "Inter-Parliamentary
 *               Alliance on China (IPAC)", or "IMMI (International Modern Media
 *               Institute)"; the acronym alone later is the same body
 *   head        a capitalised phrase ending in a head word ("Hong Kong
 *               Democracy Council") or opening with one and "of", "for", "on"
 *               ("Ministry of Public Security"), a demonym before a state
 *               institution included ("Italian Senate")
 *   party       an organisation that signs or is addressed, and the
 *               organisation a party acts for
 *
 * `resolveOrganizations` merges the candidates into one entry per body.
 */
import { ownCopy } from '../text/own-copy.js';
import type { Letter } from '../model/letter.js';
import type { Organization } from '../model/entities.js';
import type { Party } from '../model/party.js';
import type { DocumentText } from '../text/document-text.js';
import type { DocumentStructure } from '../structure/types.js';
import { KNOWN_BODIES } from '../lexicons/organizations.js';
import { CITIES } from '../lexicons/cities.js';
import { COUNTRIES } from '../lexicons/countries.js';
import { CONNECTORS, EVENT_WORDS, GENERIC, HEAD_LINKS, LEADING_HEADS, LEFT_CONNECTORS, NOT_ORG_START, POSSESSIVE_IN_NAME, SHARED_PLURAL_HEADS, TITLES, TRAILING_HEADS } from '../lexicons/org-heads.js';
import { isPlacePhrase, wordKind } from '../nlp/lexicon.js';
import { isCountryName, isDemonym } from './demonyms.js';
import { resolveOrganizations, type OrgCandidate } from '../resolve/organizations.js';
import { isHonorific } from '../lexicons/honorifics.js';
import { hasCommonEnding, isCalendarWord } from '../lexicons/not-names.js';
import { canonicalPostNominal } from '../lexicons/post-nominals.js';
import { GIVEN_WORDS } from '../lexicons/given-names.js';
import { inOrganisationList, signedOrganisations } from './sections.js';
import { isSpaceGap, tokenize, tokensOf, type Token } from './tokens.js';

/** Every named organisation, once, with its aliases. */
export function findOrganizations(doc: DocumentText, structure: DocumentStructure, letters: readonly Letter[]): Organization[] {
  WORDS_OF.clear();
  try {
    return organizationsIn(doc, structure, letters);
  } finally {
    WORDS_OF.clear();
  }
}

/** Tokens of the names and phrases the rules read again, for one document (cleared after it). */
const WORDS_OF = new Map<string, readonly Token[]>();

/** The tokens of a short string (a candidate's text, a party's organisation); shared: callers only read them. */
function wordsOf(s: string): readonly Token[] {
  let words = WORDS_OF.get(s);
  if (words === undefined) {
    words = tokenize(s);
    WORDS_OF.set(s, words);
  }
  return words;
}

function organizationsIn(doc: DocumentText, structure: DocumentStructure, letters: readonly Letter[]): Organization[] {
  const tokens = tokensOf(doc);
  const out: OrgCandidate[] = [];
  const known = knownBodies(doc.text, tokens, out);
  acronymDefinitions(doc.text, tokens, known, out);
  headPhrases(doc.text, tokens, known, out);
  dropHeadlineClauses(doc.text, structure, out);
  dropSurnameAndVerb(tokens, out);
  sharedPluralHeads(tokens, out);
  stateBodies(doc.text, tokens, out);
  judgingBodies(doc.text, tokens, known, out);
  partyOrganizations(doc, letters, out);
  for (const e of signedOrganisations(doc)) out.push({ text: doc.text.slice(e.start, e.end), start: e.start, end: e.end, rule: 'party', entry: true });
  datelineAgency(doc, out);
  quotedOutlets(doc.text, out);
  outletsInApposition(doc.text, tokens, known, out);
  return resolveOrganizations(doc.text, tokens, out);
}

// ---------- known bodies ----------

interface KnownForm {
  readonly body: number;
  readonly words: readonly string[];
  /** Matched in capitals exactly (an acronym). */
  readonly exact: boolean;
  /** Per word: the form writes it with a possessive ("INTERPOL's Files"). */
  readonly possessive: readonly boolean[];
}

const FORMS_BY_FIRST = new Map<string, KnownForm[]>();
for (let b = 0; b < KNOWN_BODIES.length; b++) {
  const body = KNOWN_BODIES[b]!;
  for (const form of [body.name, ...body.forms]) {
    const formTokens = tokenize(form);
    const words = formTokens.map((t) => t.text);
    if (!words.length) continue;
    const exact = words.length === 1 && /^[\p{Lu}\d&.-]+$/u.test(form);
    const key = exact ? words[0]! : words[0]!.toLowerCase();
    const list = FORMS_BY_FIRST.get(key) ?? [];
    list.push({ body: b, words: exact ? words : words.map((w) => w.toLowerCase()), exact, possessive: formTokens.map((t) => t.possessive) });
    FORMS_BY_FIRST.set(key, list);
  }
}
for (const list of FORMS_BY_FIRST.values()) list.sort((a, b) => b.words.length - a.words.length);

/**
 * A filter before the two look-ups of a word as a known body's first word:
 * for each opening of up to three letters or digits (any case), the lengths
 * (bit per length, 31 for longer) of the first words of forms that open so.
 */
const KNOWN_OPENINGS = new Uint32Array(37 * 37 * 37);

/** The slot of a word's first three characters (a–z in any case, 0–9, or none past its end), or -1 for another character. */
function openingSlot(word: string): number {
  let slot = 0;
  for (let k = 0; k < 3; k++) {
    let d = 0;
    if (k < word.length) {
      const c = word.charCodeAt(k);
      const lower = c | 32;
      if (lower >= 97 && lower <= 122) d = lower - 96;
      else if (c >= 48 && c <= 57) d = c - 48 + 27;
      else return -1;
    }
    slot = slot * 37 + d;
  }
  return slot;
}

for (const key of FORMS_BY_FIRST.keys()) {
  const slot = openingSlot(key);
  if (slot >= 0) KNOWN_OPENINGS[slot]! |= 1 << Math.min(key.length, 31);
}

/** False when no known body's form opens with the word, whatever its case (words beyond ASCII are looked up). */
function mayOpenKnownBody(word: string): boolean {
  const slot = openingSlot(word);
  if (slot < 0) return true;
  for (let k = 3; k < word.length; k++) if (word.charCodeAt(k) >= 128) return true;
  return (KNOWN_OPENINGS[slot]! & (1 << Math.min(word.length, 31))) !== 0;
}

/** Words before a platform's name that make it a medium ("on Twitter", "via WhatsApp"). */
const MEDIUM_BEFORE = new Set(['on', 'via', 'through', 'using', 'over', 'across']);

const LINK = /@|:\/\/|^www\.|^#|\.[a-z]{2,6}(?:\/|$)/u;

/** A phone number or a handle right after a platform's name. */
const PLATFORM_CONTACT = /^:? ?[+@(\d]/u;

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

/** True when the token sits inside a URL, an email address, a hashtag or a handle. */
export function inLink(text: string, t: Token): boolean {
  let a = t.start;
  while (a > 0 && t.start - a < 200 && !isSpaceCode(text.charCodeAt(a - 1))) a--;
  let b = t.end;
  while (b < text.length && b - t.end < 200 && !isSpaceCode(text.charCodeAt(b))) b++;
  if (a === t.start && b === t.end) return false;
  while (b > t.end && '.,;:!?)]}"\'’”'.includes(text[b - 1]!)) b--;
  // every form of LINK holds an "@", a "/", a "." or a "#"
  let marked = false;
  for (let k = a; k < b && !marked; k++) {
    const c = text.charCodeAt(k);
    marked = c === 64 || c === 47 || c === 46 || c === 35;
  }
  return marked && LINK.test(text.slice(a, b));
}

/** Marks tokens covered by a known body; returns, per token index, the body's index or -1. */
function knownBodies(text: string, tokens: readonly Token[], out: OrgCandidate[]): Int32Array {
  const covered = new Int32Array(tokens.length).fill(-1);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.shape === 'lower' || t.shape === 'other' || !mayOpenKnownBody(t.text)) continue;
    const exact = FORMS_BY_FIRST.get(t.text);
    // an acronym in capitals opens a longer form ("UN Human Rights Committee") but never stands for a word ("WHO" ≠ "who")
    const short = t.shape === 'caps' && t.text.length <= 6;
    const folded = FORMS_BY_FIRST.get(t.text.toLowerCase());
    if (!exact && !folded) continue;
    let best: { form: KnownForm; last: number } | null = null;
    for (const list of [exact, folded]) {
      if (!list) continue;
      for (const form of list) {
        if (list === folded && short && form.words.length === 1) continue;
        const last = matchForm(tokens, i, form);
        if (last >= 0 && (!best || last > best.last)) best = { form, last };
      }
    }
    if (!best || inLink(text, t)) continue;
    const body = KNOWN_BODIES[best.form.body]!;
    const prev = tokens[i - 1];
    if (body.platform && prev && MEDIUM_BEFORE.has(prev.text.toLowerCase())) continue;
    // a platform before a number or a handle is a way to reach someone ("WhatsApp +381 …", "Telegram @name")
    if (body.platform && PLATFORM_CONTACT.test(text.slice(tokens[best.last]!.end, tokens[best.last]!.end + 4))) continue;
    const end = tokens[best.last]!.end;
    out.push({ text: text.slice(t.start, end), start: t.start, end, rule: 'known', known: best.form.body });
    // an organ of the body named right after it is a body of its own: "African Union Commission"
    const organ = tokens[best.last + 1];
    if (organ && organ.shape === 'cap' && OWN_ORGANS.has(organ.text) && isSpaceGap(tokens[best.last]!.gap) && !tokens[best.last]!.possessive && !HEAD_LINKS.has(tokens[best.last + 2]?.text ?? '')) {
      out.push({ text: text.slice(t.start, organ.end), start: t.start, end: organ.end, rule: 'head' });
    }
    for (let k = i; k <= best.last; k++) covered[k] = best.form.body;
    // a body named inside another's name is named too: "Commission for the Control of INTERPOL's Files"
    for (let k = i + 1; k <= best.last; k++) {
      const inner = tokens[k]!;
      if (inner.shape !== 'caps') continue;
      const form = FORMS_BY_FIRST.get(inner.text)?.find((f) => f.exact && f.words.length === 1 && f.body !== best.form.body);
      if (form) out.push({ text: inner.text, start: inner.start, end: inner.end, rule: 'known', known: form.body });
    }
    i = best.last;
  }
  return covered;
}

function matchForm(tokens: readonly Token[], i: number, form: KnownForm): number {
  for (let k = 0; k < form.words.length; k++) {
    const t = tokens[i + k];
    if (!t) return -1;
    if (k > 0 && !isSpaceGap(tokens[i + k - 1]!.gap) && tokens[i + k - 1]!.gap !== '. ' && tokens[i + k - 1]!.gap !== ', ') return -1;
    const w = form.words[k]!;
    if (form.exact ? t.text !== w : t.text.toLowerCase() !== w) return -1;
    // every word but a connector is capitalised in the text
    if (!form.exact && t.shape === 'lower' && !CONNECTORS.has(w)) return -1;
    if (k < form.words.length - 1 && t.possessive !== form.possessive[k]) return -1;
  }
  return i + form.words.length - 1;
}

// ---------- acronyms ----------

const ACRONYM = /^(?:[\p{Lu}\d][\p{L}\d&+./-]{0,12})$/u;

function isAcronymToken(t: Token): boolean {
  if (!ACRONYM.test(t.text)) return false;
  const upper = t.text.replace(/[^\p{Lu}]/gu, '').length;
  return upper >= 2 && upper >= t.text.replace(/[^\p{L}]/gu, '').length / 2;
}

/** "Long Name (ACR)" and "ACR (Long Name)". */
function acronymDefinitions(text: string, tokens: readonly Token[], known: Int32Array, out: OrgCandidate[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const before = tokens[i - 1]!;
    if (t.shape !== 'caps' && t.shape !== 'cap') continue;
    if (!before.gap.endsWith('(') || !/^\s?\($/u.test(before.gap) || !isAcronymToken(t)) continue;
    // the acronym may carry a "+" ("AY+") or a suffix ("CNCD-11.11.11"): take the bracket's content
    const close = text.indexOf(')', t.end);
    if (close < 0 || close - t.start > 16) continue;
    const acronym = text.slice(t.start, close).trim();
    if (!/^[\p{L}\d][\p{L}\d&+./-]*$/u.test(acronym)) continue;
    const name = longFormBefore(tokens, i - 1, acronym);
    // a law, a tax or a programme defines acronyms too: the long form must name a body, or open with one
    // ("United Nations Border Relief Operation (UNBRO)")
    if (name && (hasHead(tokens, name.first, i - 1) || (known[name.first]! >= 0 && known[i - 1]! < 0))) {
      out.push({ text: text.slice(name.start, name.end), start: name.start, end: name.end, rule: 'acronym', alias: acronym, aliasStart: t.start, aliasEnd: t.start + acronym.length });
    }
  }
  // "ACR (Long Name)"
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.gap.endsWith('(') || t.shape !== 'caps' || !/^\s?\($/u.test(t.gap) || !isAcronymToken(t)) continue;
    let j = i + 1;
    while (j < tokens.length && (isSpaceGap(tokens[j]!.gap) || tokens[j]!.gap === ': ') && j - i < 12) j++;
    if (j >= tokens.length || !tokens[j]!.gap.startsWith(')')) continue;
    const first = tokens[i + 1]!;
    const last = tokens[j]!;
    if (!initialsFit(t.text, tokens.slice(i + 1, j + 1)) || !hasHead(tokens, i + 1, j)) continue;
    out.push({ text: text.slice(first.start, last.end), start: first.start, end: last.end, rule: 'acronym', alias: t.text, aliasStart: t.start, aliasEnd: t.end });
  }
}

/** True when a head word stands among tokens `from` to `to` (inclusive). */
function hasHead(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (isHead(tokens[k]!)) return true;
  return false;
}

/** The capitalised name that ends at token `last` and that the acronym abbreviates, or null. */
function longFormBefore(tokens: readonly Token[], last: number, acronym: string): { start: number; end: number; first: number } | null {
  if (tokens[last]!.shape === 'lower') return null;
  let first = last;
  while (first > 0 && last - first < 14) {
    const prev = tokens[first - 1]!;
    if (!isSpaceGap(prev.gap) && prev.gap !== ', ' && prev.gap !== ' - ' && prev.gap !== ': ') break;
    if (prev.possessive) break;
    if (prev.shape === 'lower' && !CONNECTORS.has(prev.text)) break;
    first--;
  }
  // the nearest start whose words' initials cover the acronym's letters, starting on its first letter
  // ("Committee against Torture (CAT)", not "Committee and the Committee against Torture")
  const letters = acronym.replace(/[^\p{L}]/gu, '').toUpperCase();
  if (!letters) return null;
  for (let s = last; s >= first; s--) {
    const t = tokens[s]!;
    if (t.shape === 'lower' || NOT_ORG_START.has(t.text)) continue;
    if (t.text[0]!.toUpperCase() !== letters[0]) continue;
    if (!initialsFit(letters, tokens.slice(s, last + 1))) continue;
    return { start: t.start, end: tokens[last]!.end, first: s };
  }
  return null;
}

/** True when the acronym's letters run in order through the words' capitals (and initials of lower-case words). */
function initialsFit(acronym: string, words: readonly Token[]): boolean {
  const letters = acronym.replace(/[^\p{L}]/gu, '').toUpperCase();
  const pool = words.map((w) => w.text).join(' ');
  let k = 0;
  let matchedFirst = false;
  for (let i = 0; i < pool.length && k < letters.length; i++) {
    const c = pool[i]!;
    if (c.toUpperCase() === letters[k] && (i === 0 || pool[i - 1] === ' ' || pool[i - 1] === '-' || c !== c.toLowerCase())) {
      if (k === 0) matchedFirst = i === 0;
      k++;
    }
  }
  const capitalWords = words.filter((w) => w.shape !== 'lower' && !CONNECTORS.has(w.text.toLowerCase())).length;
  return matchedFirst && k === letters.length && capitalWords <= letters.length + 2;
}

// ---------- head words ----------

function isNameWord(t: Token): boolean {
  return t.shape === 'cap' || t.shape === 'caps' || t.shape === 'initial' || t.shape === 'num' || t.text === '&' || t.text === '+';
}

/** Spacing on one line, a slash between two words ("Greens/European"), or the full stop of an initial ("U.S."). */
function isLinkedGap(t: Token): boolean {
  // three spaces or more are a column gap in a laid-out page ("Scott Ludlam   Australian Greens")
  if (isSpaceGap(t.gap)) return t.gap.length <= 2;
  if (t.gap === '/') return true;
  return t.shape === 'initial' && (t.gap === '.' || t.gap === '. ');
}

/** Words that open no organisation name: "Democratic-led", "Beijing-based". */
const ATTRIBUTIVE = /-(?:led|based|backed|owned|run|funded|affiliated|linked|aligned|controlled)$/u;

function isTitle(t: Token): boolean {
  return TITLES.has(t.text);
}

/** Organisation names built on head words. */
function headPhrases(text: string, tokens: readonly Token[], known: Int32Array, out: OrgCandidate[]): void {
  const n = tokens.length;
  let i = 0;
  while (i < n) {
    // a run of capitalised words and inner connectors ("of the", "for a"), on one line
    if (!isNameWord(tokens[i]!) || tokens[i]!.shape === 'num' || inLink(text, tokens[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < n && isLinkedGap(tokens[j]!) && (!breaksName(tokens[j]!) || (j > i && HEAD_LINKS.has(tokens[j - 1]!.text) && tokens[j + 1]!.shape === 'cap') || holdersOffice(tokens, j))) {
      const next = tokens[j + 1]!;
      if (isNameWord(next) && !inLink(text, next)) {
        j++;
        continue;
      }
      let k = j + 1;
      while (k < n && k - j <= 2 && tokens[k]!.shape === 'lower' && CONNECTORS.has(tokens[k]!.text) && isSpaceGap(tokens[k]!.gap)) k++;
      if (k > j + 1 && k < n && isNameWord(tokens[k]!) && tokens[k]!.shape !== 'num') j = k;
      else break;
    }
    runHeads(text, tokens, known, i, j, out);
    i = j + 1;
  }
}

/** The most words an organisation's name holds: every scan around a head word stops there, so cost stays linear. */
const MAX_WORDS = 16;

/** A possessive ends a name ("China's Ministry of …") unless it is a group noun inside one ("People's Vaccine Alliance"). */
function breaksName(t: Token): boolean {
  return t.possessive && !POSSESSIVE_IN_NAME.has(t.text);
}

function isHead(t: Token): boolean {
  return t.shape !== 'lower' && (TRAILING_HEADS.has(t.text) || LEADING_HEADS.has(t.text));
}

function runHeads(text: string, tokens: readonly Token[], known: Int32Array, from: number, to: number, out: OrgCandidate[]): void {
  let h = from;
  while (h <= to) {
    const t = tokens[h]!;
    const isTrailing = TRAILING_HEADS.has(t.text) && t.shape !== 'lower';
    const isLeading = LEADING_HEADS.has(t.text) && t.shape !== 'lower';
    if (!isTrailing && !isLeading) {
      h++;
      continue;
    }
    // a head in a Romance language opens the name and the words after it follow, a number included:
    // "Université Lumière Lyon 2", "Universidad Complutense", "Observatorio Ciudadano"
    if (ROMANCE_HEADS.has(t.text) && (h === from || !isNameWord(tokens[h - 1]!) || NOT_ORG_START.has(tokens[h - 1]!.text)) && h + 1 <= to && tokens[h + 1]!.shape === 'cap' && isSpaceGap(t.gap) && !HEAD_LINKS.has(tokens[h + 1]!.text.toLowerCase())) {
      let e = h + 1;
      while (e + 1 <= to && e - h < 6 && isSpaceGap(tokens[e]!.gap) && !tokens[e]!.possessive && (tokens[e + 1]!.shape === 'cap' || (tokens[e + 1]!.shape === 'num' && /^\d{1,2}$/u.test(tokens[e + 1]!.text))) && !isHead(tokens[e + 1]!) && !isTitle(tokens[e + 1]!)) e++;
      // a place after "de": "Universidad Complutense de Madrid"
      if (e + 2 <= to && ROMANCE_LINKS.has(tokens[e + 1]!.text) && isSpaceGap(tokens[e]!.gap) && isSpaceGap(tokens[e + 1]!.gap) && tokens[e + 2]!.shape === 'cap') e += 2;
      if (!isTitle(tokens[h + 1]!) && !isHead(tokens[h + 1]!)) {
        out.push({ text: text.slice(t.start, tokens[e]!.end), start: t.start, end: tokens[e]!.end, rule: 'head' });
        h = e + 1;
        continue;
      }
    }
    const link = tokens[h + 1];
    // the link may be capitalised in a name written in title case ("Reporters Without Borders")
    const linked = !!link && h + 2 <= to && HEAD_LINKS.has(link.text.toLowerCase()) && (link.shape === 'lower' || (link.shape === 'cap' && link.text.length > 3)) && !breaksName(t);
    // a head that opens a role after a name with its own head ("Exiles Forum Board Member") is the role's
    if (!linked && h > from && h + 1 <= to && isTitle(tokens[h + 1]!) && isLinkedGap(t) && headBefore(tokens, from, h)) {
      h++;
      continue;
    }
    // of two heads in one string of capitalised words the last ends the name: "New York Police Department",
    // "US Senate Foreign Relations Committee"
    if (!linked && !breaksName(t) && laterHead(tokens, h, to)) {
      h++;
      continue;
    }
    if (!isTrailing && !linked) {
      h++;
      continue;
    }
    // the name may continue after the head: "Alliance on China", "Ministry of Justice and Security"
    let end = h;
    // "TRIPS Council on the LDC …": a head with a name of its own before it does not run on into "on the …"
    const ownName = tokens.slice(walkLeft(tokens, known, from, h, false), h).some((w) => w.shape !== 'lower' && !GENERIC.has(w.text) && !NOT_ORG_START.has(w.text) && !isTitle(w) && !isDemonym(w.text) && !isCountryName(w.text));
    const useLink = linked && !(isTrailing && ownName && tokens[h + 2]!.text === 'the');
    if (useLink) {
      end = h + 1;
      let stoppedByTitle = false;
      // an office named inside the name after "the" ("Office of the Prime Minister", "Office of the High Commissioner for …")
      let office = false;
      for (let k = h + 2; k <= Math.min(to, h + MAX_WORDS); k++) {
        const w = tokens[k]!;
        // a day or a month after "on" dates the sentence: "the Regional Court on Tuesday"
        if (w.shape !== 'lower' && isCalendarWord(w.text)) break;
        if (office && w.shape !== 'lower' && !isTitle(w) && !GENERIC.has(w.text)) break;
        if (w.shape === 'lower') office = false;
        if (isTitle(w) && officeAfterThe(tokens, h + 2, k)) {
          office = true;
        } else if (isTitle(w) || EVENT_WORDS.has(w.text)) {
          stoppedByTitle = isTitle(w);
          break;
        }
        // a second "of the …" that names a body of its own: "Committee on International Relations of the German Bundestag";
        // a mission is named for the body it is sent to ("Permanent Mission of X to the United Nations Office at Geneva")
        if (k > h + 2 && HEAD_LINKS.has(w.text) && w.shape === 'lower' && tokens[k + 1]?.text === 'the' && namesBody(tokens, k + 2, to) && !(w.text === 'to' && SENT_TO.has(t.text))) break;
        // "and" joins the last words of one name ("Justice and Police", "Asian and African Area Studies"),
        // not a second name ("… and Monash University", "… and Minister Wang")
        if ((w.text === 'and' || w.text === '&' || w.text === 'or') && secondName(tokens, known, k + 1, to)) break;
        end = k;
        // a possessive inside the name's object: "Commission for the Control of INTERPOL's Files"
        if (breaksName(w) && !(k < to && tokens[k + 1]!.shape === 'cap' && !isHead(tokens[k + 1]!) && HEAD_LINKS.has(tokens[k - 1]!.text))) break;
      }
      // a series inside the object: "Bureau of Democracy, Human Rights, and Labor"
      if (end === to) end = seriesEnd(tokens, known, end);
      while (end > h + 1 && (tokens[end]!.shape === 'lower' || tokens[end]!.shape === 'other' || (stoppedByTitle && GENERIC.has(tokens[end]!.text)))) end--;
      if (end === h + 1) {
        if (!isTrailing) {
          h++;
          continue;
        }
        end = h;
      }
    }
    const hasLink = end > h;
    if (!hasLink && isTrailing && h + 1 <= to && tokens[h + 1]!.shape === 'num' && /^\d{1,3}$/u.test(tokens[h + 1]!.text) && isSpaceGap(t.gap)) {
      // a number that completes the name: "Group 24", "Charter 77"
      const after = tokens[h + 2];
      if (!(after && h + 2 <= to && after.shape !== 'lower')) end = h + 1;
    }
    let start = walkLeft(tokens, known, from, h, hasLink);
    while (start < h && (tokens[start]!.shape === 'lower' || tokens[start]!.shape === 'other' || tokens[start]!.shape === 'num' || NOT_ORG_START.has(tokens[start]!.text))) start++;
    // "University of California, Irvine", "University of California (Irvine)": a campus after a university
    // "Department of Law, Cardiff University": the university is the body
    if (UNIVERSITY_UNITS.has(t.text) && hasLink && universityAfter(tokens, end)) {
      h = end + 1;
      continue;
    }
    if (UNIVERSITY.has(t.text)) end = campus(text, tokens, end);
    // a city that ends an entry ends the name: "Civic Initiative Belgrade", "Helsinki Committee Oslo"
    // (a known body's name is whole without it: "World Uyghur Congress Berlin" is its office there)
    else if (end === h && end + 1 <= to && known[h]! < 0 && isSpaceGap(t.gap) && t.gap.length === 1 && cityEndsEntry(text, tokens[end + 1]!)) end++;
    // a mission is named with the city it sits in: "U.S. Embassy Asmara", "British Consulate Jeddah"
    else if (end === h && end + 1 <= to && MISSIONS.has(t.text) && isSpaceGap(t.gap) && t.gap.length === 1 && isCity(tokens[end + 1]!)) end++;
    const words = tokens.slice(start, end + 1);
    // a state's own name is a country, not an organisation ("Russian Federation", "United Kingdom")
    if (!acceptHeadPhrase(words, h - start, hasLink, known, start, tokens, end) || isCountryName(text.slice(tokens[start]!.start, tokens[end]!.end))) {
      h++;
      continue;
    }
    const a = tokens[start]!.start;
    // a campus in brackets keeps its closing bracket
    const b = tokens[end]!.end + (text[tokens[end]!.end] === ')' && end > h && tokens[end - 1]!.gap === ' (' ? 1 : 0);
    // a demonym before a name that stands on its own is the state, not part of the name:
    // "Nigerian State Security Service", "Chinese Ministry of Public Security"
    const rest = words.slice(1).filter((w) => w.shape !== 'lower').length;
    if (words[0]!.shape === 'cap' && isDemonym(words[0]!.text) && (hasLink ? h - start === 1 : rest >= 3)) {
      const s = tokens[start + 1]!.start;
      out.push({ text: text.slice(s, b), start: s, end: b, rule: 'head', alias: text.slice(a, b), aliasStart: a, aliasEnd: b });
    } else {
      out.push({ text: text.slice(a, b), start: a, end: b, rule: 'head' });
    }
    h = end + 1;
  }
}

/** Heads in Romance languages that open a name with no link word after them ("Universidad Complutense"). */
const ROMANCE_HEADS = new Set(['Université', 'Universidad', 'Universidade', 'Università', 'Universitat', 'Instituto', 'Institut', 'Observatorio', 'Observatoire', 'Fundación', 'Fundação', 'Fondation', 'Centro', 'Asociación', 'Associação', 'Movimiento', 'Mouvement', 'Partido', 'Colectivo', 'Coletivo', 'Collectif']);

/** Link words before a place that ends a Romance name. */
const ROMANCE_LINKS = new Set(['de', 'del', 'di', 'da', 'do', 'du']);

/** Diplomatic missions, named with their city after the head. */
const MISSIONS = new Set(['Embassy', 'Consulate', 'Consulate-General', 'Mission', 'Delegation']);

/** Capitals and other cities the lexicons know, one word each. */
const CITY_WORDS: ReadonlySet<string> = new Set([...COUNTRIES.flatMap((c) => c.capitals), ...Object.keys(CITIES)].filter((c) => !c.includes(' ')));

/** A city the lexicons know, not a country ("Asmara", "Jeddah"). */
function isCity(t: Token): boolean {
  return t.shape === 'cap' && !t.possessive && (CITY_WORDS.has(t.text) || wordKind(t.text) === 'place') && !isCountryName(t.text);
}

/** True when the token is a city the lexicon knows and the entry ends right after it (a line end, a comma, a bracket). */
function cityEndsEntry(text: string, t: Token): boolean {
  if (t.shape !== 'cap' || t.possessive || wordKind(t.text) !== 'place' || isCountryName(t.text)) return false;
  const c = text[t.end];
  return c === undefined || c === '\n' || c === ',' || c === ')' || c === ';';
}

function isGiven(t: Token): boolean {
  return t.shape === 'cap' && (GIVEN_WORDS.has(t.text) || wordKind(t.text) === 'given');
}

/** The first token of the name that ends with the head at `h`: the words before it that belong to the name. */
function walkLeft(tokens: readonly Token[], known: Int32Array, from: number, h: number, hasLink: boolean): number {
  let start = h;
  let afterAnd = -1;
  // "Prosecutor General's Office", "Attorney General's Office": the office of an office holder
  if (start > from && holdersOffice(tokens, start - 1)) {
    while (start > from && h - start < 4 && tokens[start - 1]!.shape === 'cap' && (OFFICE_HOLDERS.has(tokens[start - 1]!.text) || isTitle(tokens[start - 1]!)) && (start === h || !tokens[start - 1]!.possessive || start - 1 === h - 1)) start--;
    return start;
  }
  while (start > from && h - start < MAX_WORDS) {
    const prev = tokens[start - 1]!;
    if (breaksName(prev) || !isLinkedGap(prev)) break;
    if (prev.shape === 'lower' || prev.text === '&') {
      // a name built on "X of Y" starts at its head or the capitalised words just before it
      if (hasLink) break;
      // a connector inside the name ("Association for Progressive Communications") needs a capitalised word before it,
      // and "and" after a complete name starts a second one ("Civic Movement & Pirate Party")
      const before = tokens[start - 2];
      const joins = LEFT_CONNECTORS.has(prev.text) && before && start - 2 >= from && before.shape !== 'lower' && !breaksName(before) && !NOT_ORG_START.has(before.text) && !isTitle(before);
      const and = prev.text === 'and' || prev.text === '&';
      // past an "and", a link word ("on", "of") shows the words before belong to another name:
      // "UN Working Group on Arbitrary Detention and Human Rights Watch"
      if (!and && afterAnd >= 0 && HEAD_LINKS.has(prev.text)) return afterAnd;
      if (joins && !(and && TRAILING_HEADS.has(before.text))) {
        if (and) afterAnd = start;
        start -= 2;
        continue;
      }
      break;
    }
    if (NOT_ORG_START.has(prev.text) || isTitle(prev) || ATTRIBUTIVE.test(prev.text)) break;
    // a person's name may stand before the name ("MEP Anna CAVAZZINI Group of …"): stop at a surname in capitals
    // after a given name, and at a given name after a title; a name in the name stays ("Raoul Wallenberg Centre")
    if (prev.shape === 'caps' && start - 2 >= from && isGiven(tokens[start - 2]!)) break;
    if (isGiven(prev) && start - 2 >= from && (isTitle(tokens[start - 2]!) || canonicalPostNominal(tokens[start - 2]!.text))) break;
    // an acronym glued to the head is the body's own name ("SOAS University of London"); further left it is not
    if (hasLink && prev.shape === 'caps' && known[start - 1]! < 0 && !isCountryName(prev.text) && !(start === h && prev.text.length >= 3 && !GENERIC_ACRONYMS.has(prev.text) && !canonicalPostNominal(prev.text) && !isHonorific(prev.text))) break;
    start--;
  }
  return start;
}

/** True when the title at `k` follows "the" and at most two capitalised words ("the Prime Minister", "the High Commissioner"). */
function officeAfterThe(tokens: readonly Token[], from: number, k: number): boolean {
  let p = k - 1;
  while (p >= from && k - p <= 3 && tokens[p]!.shape === 'cap') p--;
  return p >= from && tokens[p]!.text === 'the';
}

/** Acronyms for kinds of body, not for one body ("NGO Network of …" is a network). */
const GENERIC_ACRONYMS = new Set(['NGO', 'NGOs', 'INGO', 'INGOs', 'CSO', 'CSOs', 'NPO', 'GONGO', 'CBO', 'LGBT', 'LGBTI', 'LGBTQ']);

/** True when the words from `from` to `to` after "and" open a name of their own: a head word, a known body, a title, a given name, a country. */
function secondName(tokens: readonly Token[], known: Int32Array, from: number, to: number): boolean {
  for (let k = from; k <= Math.min(to, from + MAX_WORDS); k++) {
    const w = tokens[k]!;
    if (w.shape === 'lower') continue;
    // a head word right after "and" is the last word of this name ("Justice and Police")
    if ((isHead(w) && (k > from || k < to)) || known[k]! >= 0 || isTitle(w) || isGiven(w) || isCountryName(w.text)) return true;
    // a publication or an event after "and" is no part of the name ("… Research and Occasional Paper Series")
    if (EVENT_WORDS.has(w.text) || PUBLICATION_WORDS.has(w.text)) return true;
  }
  return false;
}

/**
 * The last token of a series that continues a name's object past a comma:
 * "of Democracy, Human Rights, and Labor". Each item is one to three
 * capitalised words; the series must close with "and"; no item may be a
 * name of its own (a head word, a known body, a given name, a country).
 */
function seriesEnd(tokens: readonly Token[], known: Int32Array, end: number): number {
  let k = end;
  let items = 0;
  while (items < 6) {
    const gap = tokens[k]!.gap;
    if (gap !== ', ' && gap !== ' ') return end;
    let m = k + 1;
    const closing = tokens[m]?.text === 'and' && (gap === ', ' || (gap === ' ' && items > 0));
    if (gap === ' ' && !closing) return end;
    if (closing) {
      if (!isSpaceGap(tokens[m]!.gap)) return end;
      m++;
    }
    let last = -1;
    for (let n = m; n < tokens.length && n - m < 3; n++) {
      const w = tokens[n]!;
      if (w.shape !== 'cap' || isHead(w) || known[n]! >= 0 || isTitle(w) || isGiven(w) || isCountryName(w.text)) break;
      last = n;
      if (!isSpaceGap(w.gap)) break;
    }
    if (last < 0) return end;
    if (closing) return last;
    k = last;
    items++;
  }
  return end;
}

/** Words that name a publication, not a body. */
const PUBLICATION_WORDS = new Set(['Series', 'Paper', 'Papers', 'Bulletin', 'Brief', 'Briefing', 'Newsletter', 'Yearbook', 'Handbook', 'Review']);

/** Bodies named for the body they are sent to ("Permanent Mission of X to the United Nations"). */
const SENT_TO = new Set(['Mission', 'Delegation', 'Representation', 'Embassy']);

/** Units of a university named before it ("Department of Law, University of X"): the university is the body. */
const UNIVERSITY_UNITS = new Set(['Department', 'School', 'Institute', 'Faculty', 'Centre', 'Center', 'Division', 'Programme', 'Program', 'Laboratory', 'Lab', 'Unit', 'College']);

/** True when a university's name follows the token at `end` after a comma, on the same line ("…, Cardiff University"). */
function universityAfter(tokens: readonly Token[], end: number): boolean {
  if (tokens[end]!.gap !== ', ') return false;
  for (let k = end + 1; k < tokens.length && k <= end + 8; k++) {
    const w = tokens[k]!;
    if (UNIVERSITY.has(w.text) || w.text === 'Universität' || w.text === 'Hochschule') return true;
    if (!isSpaceGap(w.gap)) return false;
  }
  return false;
}

/** Office holders whose office is a body: "the Prosecutor General's Office", "the Mayor's Office". */
const OFFICE_HOLDERS = new Set(['General', 'Prosecutor', 'Procurator', 'Ombudsman', 'Ombudsperson', 'Auditor', 'Comptroller', 'Registrar', 'Attorney', 'Mayor', 'Governor', 'President', 'Speaker', 'Chancellor', 'Premier', 'Solicitor', 'Inspector', 'Controller']);

/** True when the token at `j` is an office holder's possessive right before "Office" ("General's Office"). */
function holdersOffice(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  const next = tokens[j + 1];
  return t.possessive && t.shape === 'cap' && OFFICE_HOLDERS.has(t.text) && !!next && next.text === 'Office' && isSpaceGap(t.gap);
}

/** True when a trailing head word stands among the capitalised words just before `h` in its run. */
function headBefore(tokens: readonly Token[], from: number, h: number): boolean {
  for (let k = h - 1; k >= from && h - k <= MAX_WORDS; k--) {
    const w = tokens[k]!;
    if (w.shape === 'lower' || !isLinkedGap(w)) return false;
    if (TRAILING_HEADS.has(w.text)) return true;
  }
  return false;
}

/** True when a head word follows `h` through capitalised words only (not one that opens a role: "Board Member"). */
function laterHead(tokens: readonly Token[], h: number, to: number): boolean {
  for (let k = h + 1; k <= Math.min(to, h + MAX_WORDS); k++) {
    const w = tokens[k]!;
    if (w.shape === 'lower' || w.shape === 'other' || isTitle(w) || !isLinkedGap(tokens[k - 1]!)) return false;
    if (TRAILING_HEADS.has(w.text)) return !(k + 1 <= to && isTitle(tokens[k + 1]!) && isLinkedGap(w));
    if (breaksName(w)) return false;
  }
  return false;
}

/** True when the capitalised words from `from` reach a head word before any lower-case word ("German Bundestag", not "Benefit of Society"). */
function namesBody(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= Math.min(to, from + MAX_WORDS); k++) {
    if (tokens[k]!.shape === 'lower') return false;
    if (isHead(tokens[k]!)) return true;
  }
  return false;
}

/** Organs that a body's name before them makes a body of their own ("African Union Commission", "East African Court"). */
const OWN_ORGANS = new Set(['Commission', 'Council', 'Court', 'Parliament', 'Tribunal', 'Bank']);

/** Heads that name an organ of a larger body ("International Committee of the …"). */
const ORGANS = new Set(['Committee', 'Board', 'Council', 'Secretariat', 'Commission', 'Assembly', 'Bureau', 'Office', 'Department', 'Division', 'Unit', 'Delegation', 'Directorate', 'Chapter', 'Presidency']);

const UNIVERSITY = new Set(['University', 'Universidad', 'Universidade', 'Università', 'Universität', 'Universiteit', 'Université', 'College']);

/** The last token of a campus name written after a university ("…, Irvine" or "… (Irvine)") at the end of an entry, or `end`. */
function campus(text: string, tokens: readonly Token[], end: number): number {
  const gap = tokens[end]!.gap;
  if (gap !== ', ' && gap !== ' (' && gap !== ' ') return end;
  let k = end + 1;
  while (k < tokens.length && k - end <= 3 && (tokens[k]!.shape === 'cap') && isSpaceGap(tokens[k]!.gap) && tokens[k]!.gap.length === 1) k++;
  const last = tokens[k];
  if (!last || last.shape !== 'cap' || k - end > 3) return end;
  // the entry ends there: a line end, a bracket closing the campus, or the end of the text
  const after = text.slice(last.end, last.end + 2);
  // without a comma only a word or two that end the line: "California State University East Bay"
  if (gap === ' ' && k - end > 2) return end;
  const closes = gap === ' (' ? after.startsWith(')') : gap === ' ' ? after === '' || after[0] === '\n' : after === '' || after[0] === '\n' || after.startsWith(';') || after.startsWith('. ') || after === '.';
  if (!closes) return end;
  const place = tokens.slice(end + 1, k + 1).map((w) => w.text).join(' ');
  if (isCountryName(place)) return end;
  return k;
}

function acceptHeadPhrase(words: readonly Token[], headAt: number, linked: boolean, known: Int32Array, offset: number, tokens: readonly Token[], lastIndex: number): boolean {
  if (words.length < 2 || words.length > 16) return false;
  const isSpecific = (w: Token, k: number) => k !== headAt && w.shape !== 'lower' && w.shape !== 'other' && known[offset + k]! < 0 && !GENERIC.has(w.text);
  if (linked) {
    const before = words.slice(0, headAt + 1);
    const after = words.slice(headAt + 2);
    if (!after.some((w) => w.shape !== 'lower' && w.shape !== 'other')) return false;
    // "Executive Committee of Interpol", "International Committee of the Brazilian Association of Jurists":
    // an organ of a body, spoken of without a name of its own
    const afterKnown = after.every((w, k) => w.shape === 'lower' || known[offset + headAt + 2 + k]! >= 0);
    const afterBody = ORGANS.has(words[headAt]!.text) && namesBody(tokens, offset + headAt + 2 + (after[0]?.text === 'the' ? 1 : 0), lastIndex);
    if ((afterKnown || afterBody) && !before.some((w, k) => isSpecific(w, k))) return false;
    return true;
  }
  // "INTERPOL Executive Committee", "General Assembly": nothing but generic words and a known body;
  // a watchdog is named by what it watches, generic words included ("Red Notice Watch")
  if (words[headAt]!.text === 'Watch' && headAt === words.length - 1 && words.every((w, k) => k === headAt || (w.shape === 'cap' && known[offset + k]! < 0 && !NOT_ORG_START.has(w.text)))) return true;
  return words.some((w, k) => isSpecific(w, k));
}

/** "the Liberal, National and Labor Parties": each name takes the shared head ("Liberal Party"). */
function sharedPluralHeads(tokens: readonly Token[], out: OrgCandidate[]): void {
  for (let h = 2; h < tokens.length; h++) {
    const single = SHARED_PLURAL_HEADS.get(tokens[h]!.text);
    if (!single) continue;
    // walk back over "A, B and C" (one capitalised word each)
    const names: Token[] = [];
    let k = h - 1;
    let sawAnd = false;
    while (k >= 0 && names.length < MAX_WORDS) {
      const t = tokens[k]!;
      if (t.shape !== 'cap' || NOT_ORG_START.has(t.text)) break;
      names.unshift(t);
      const before = tokens[k - 1];
      if (!before) break;
      if (before.text === 'and' && isSpaceGap(before.gap) && !sawAnd) {
        sawAnd = true;
        k -= 2;
        continue;
      }
      if (sawAnd && before.gap === ', ' && before.shape === 'cap') {
        k--;
        continue;
      }
      break;
    }
    if (!sawAnd || names.length < 2) continue;
    for (const t of names) out.push({ text: `${t.text} ${single}`, start: t.start, end: t.end, rule: 'head' });
  }
}

/**
 * A headline in title case reads like one long name: "Senators Urge State
 * Department to Press Dushanbe on Abuse of INTERPOL". There a head phrase
 * that runs on through two link words or more is a clause, not a name.
 */
function dropHeadlineClauses(text: string, structure: DocumentStructure, out: OrgCandidate[]): void {
  const title = structure.title;
  if (!title || !isTitleCase(text.slice(title.span.start, title.span.end))) return;
  for (let k = out.length - 1; k >= 0; k--) {
    const c = out[k]!;
    if (c.rule !== 'head' || c.start < title.span.start || c.end > title.span.end) continue;
    const links = c.text.split(' ').filter((w) => HEAD_LINKS.has(w)).length;
    if (links >= 2) out.splice(k, 1);
  }
}

/** True when the words of four letters or more are capitalised, all but one at most. */
function isTitleCase(s: string): boolean {
  const words = s.split(/\s+/u).filter((w) => w.length >= 4 && /^\p{L}/u.test(w));
  if (words.length < 5) return false;
  return words.filter((w) => w[0] === w[0]!.toLowerCase()).length <= 1;
}

// ---------- a state's bodies ----------

/** Words that qualify a state body ("interior ministry", "district court"), any case. */
const STATE_BODY_QUALIFIERS = new Set([
  'interior', 'foreign', 'justice', 'defence', 'defense', 'home', 'finance', 'security', 'health', 'education', 'information', 'emergencies',
  'district', 'regional', 'city', 'municipal', 'provincial', 'military', 'appeals', 'appeal', 'supreme', 'constitutional', 'high', 'criminal',
  'federal', 'national', 'state', 'immigration', 'migration', 'border', 'affairs', 'intelligence', 'general',
]);

/** State bodies a country or demonym names in running text, any case ("Dutch foreign ministry", "Tajik embassy"). */
const STATE_BODY_HEADS = new Set(['ministry', 'embassy', 'consulate', 'court', 'police', 'parliament', 'prosecutor\'s office', 'office', 'service', 'guard']);

/** Heads that need a qualifier before them ("foreign office", "security service", "district court", "interior ministry"). */
const QUALIFIED_ONLY = new Set(['office', 'service', 'guard', 'police', 'court', 'ministry']);

/**
 * "Azerbaijan's Interior Ministry", "UAE interior ministry", "Tajik embassy",
 * "Almaly district court": a country (possessive or not), a demonym, or a
 * place before a district court, then qualifiers, then a state body's head.
 * A capitalised body after a demonym alone ("Italian Senate") or with "of"
 * after it is left to the head-word rule.
 */
function stateBodies(text: string, tokens: readonly Token[], out: OrgCandidate[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.shape !== 'cap' && t.shape !== 'caps') continue;
    if (!isSpaceGap(t.gap)) continue;
    let k = i + 1;
    let qualifiers = 0;
    let court = false;
    while (k < tokens.length && qualifiers < 3 && STATE_BODY_QUALIFIERS.has(tokens[k]!.text.toLowerCase()) && isSpaceGap(tokens[k]!.gap) && !tokens[k]!.possessive) {
      const q = tokens[k]!.text.toLowerCase();
      if (q === 'district' || q === 'regional' || q === 'city' || q === 'municipal' || q === 'provincial') court = true;
      k++;
      qualifiers++;
    }
    const head = tokens[k];
    if (!head || (head.shape !== 'lower' && head.shape !== 'cap')) continue;
    const word = head.text.toLowerCase();
    if (!STATE_BODY_HEADS.has(word) || (QUALIFIED_ONLY.has(word) && !qualifiers)) continue;
    // a place before "district court" ("Almaly district court"); otherwise a state (looked up only now: most words open no body)
    const state = isCountryName(t.text) || (t.shape === 'cap' && isDemonym(t.text));
    if (!state && !(court && word === 'court' && t.shape === 'cap' && !NOT_ORG_START.has(t.text))) continue;
    if (t.possessive && k !== i + 1 && !qualifiers) continue;
    // capitalised throughout with no possessive: the head-word rule reads it ("Italian Senate", "Ministry of …")
    const lowerInside = tokens.slice(i + 1, k + 1).some((w) => w.shape === 'lower');
    if (!lowerInside && !t.possessive) continue;
    const next = tokens[k + 1];
    if (next && HEAD_LINKS.has(next.text) && isSpaceGap(head.gap) && next.shape === 'lower' && tokens[k + 2]?.shape === 'cap') continue;
    if (t.possessive && !lowerInside) {
      // "Spain's National Court": the body's own name, and the form with its state as an alias
      const s = tokens[i + 1]!.start;
      out.push({ text: text.slice(s, head.end), start: s, end: head.end, rule: 'head', alias: text.slice(t.start, head.end), aliasStart: t.start, aliasEnd: head.end });
    } else {
      out.push({ text: text.slice(t.start, head.end), start: t.start, end: head.end, rule: 'head' });
    }
    i = k;
  }
}

/** Verbs of judging or deciding that make the words before them a body ("Spain's Audiencia Nacional rejected …"). */
const JUDGING_VERBS = new Set([
  'rejected', 'ruled', 'ordered', 'approved', 'denied', 'granted', 'refused', 'decided', 'upheld', 'dismissed', 'blocked', 'halted',
  'suspended', 'overturned', 'quashed', 'annulled', 'authorised', 'authorized', 'sentenced', 'convicted', 'acquitted', 'declined',
]);

/**
 * "Spain's Audiencia Nacional rejected the request": two or more capitalised
 * words after a country's possessive, with a verb of judging after them, name
 * a body of that state even in a language with no English head word.
 */
function judgingBodies(text: string, tokens: readonly Token[], known: Int32Array, out: OrgCandidate[]): void {
  for (let i = 0; i + 2 < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.possessive || t.shape !== 'cap' || !isCountryName(t.text) || !isSpaceGap(t.gap)) continue;
    let e = i + 1;
    if (tokens[e]!.shape !== 'cap' || known[e]! >= 0 || isTitle(tokens[e]!) || isGiven(tokens[e]!)) continue;
    while (e + 1 < tokens.length && e - i < 5 && isSpaceGap(tokens[e]!.gap) && !tokens[e]!.possessive && tokens[e + 1]!.shape === 'cap') e++;
    const verb = tokens[e + 1];
    if (!verb || !isSpaceGap(tokens[e]!.gap) || verb.shape !== 'lower' || !JUDGING_VERBS.has(verb.text)) continue;
    const words = tokens.slice(i + 1, e + 1);
    // a head word makes it a name the other rules read; a person's or a place's name is no body
    // one word is as likely a leader's name ("Turkey's Erdogan ordered"); a word the lexicon knows as a name or a
    // common word throughout ("France's Marine Le Pen") is a person's
    if (words.length < 2 || words.some((w) => isHead(w) || isTitle(w) || isGiven(w) || wordKind(w.text) === 'name' || wordKind(w.text) === 'given')) continue;
    if (words.every((w) => wordKind(w.text) !== 'unknown')) continue;
    const s = words[0]!.start;
    const end = words[words.length - 1]!.end;
    out.push({ text: text.slice(s, end), start: s, end, rule: 'head', alias: text.slice(t.start, end), aliasStart: t.start, aliasEnd: end });
    i = e;
  }
}

// ---------- news agencies ----------

/**
 * A dateline names the news organisation that filed the story in brackets:
 * "ALMATY, March 3 (Wirewatch) -". Only the first lines are read.
 */
const DATELINE_AGENCY = /^\p{Lu}[\p{L} .'-]{1,40}, ([^()\n]{3,40})\((\p{Lu}[\p{L}\d&.' -]{1,40})\) ?[-–—:]/u;

function datelineAgency(doc: DocumentText, out: OrgCandidate[]): void {
  for (const line of doc.lines.slice(0, 40)) {
    if (line.blank) continue;
    const m = DATELINE_AGENCY.exec(line.trimmed);
    // the words between the place and the bracket give a date
    if (!m || !/\d/u.test(m[1]!)) continue;
    const name = m[2]!.trim();
    if (isCountryName(name) || /\d{4}/u.test(name)) continue;
    const start = line.trimStart + line.trimmed.indexOf(`(${m[2]!}`) + 1;
    out.push({ text: name, start, end: start + name.length, rule: 'head' });
    return;
  }
}

/** A name in quotation marks (capitalised, a few words). */
const QUOTED_NAME = /["“](\p{Lu}[^"“”\n]{1,50})["”]/gu;

/** Words for a news outlet right before a quoted name: "the newspaper "Nasha Dumka"", "a correspondent for "Free Voice"". */
const OUTLET_BEFORE = /\b(?:outlet|newspaper|paper|daily|weekly|magazine|channel|broadcaster|website|news site|news agency|agency|portal|publication|radio|television|TV|station|correspondent for|reporter for|journalist for|writes for|wrote for|works for|worked for|editor of|editor-in-chief of)(?:[,:]? )?$/u;

/** Head words that are also verbs of pressing or reporting ("Senators Press Secretary …", "Lawmakers Post …"). */
const VERB_HEADS = new Set(['Press', 'Post', 'Watch', 'Campaign', 'Front', 'Trust', 'Fund', 'Mirror', 'Call', 'Calls', 'Union']);

/**
 * "Whitcombe, Arroyo-Banks, Delacroix Press Secretary …": a surname that the
 * text gives elsewhere after a given name, and a head word that is also a
 * verb, make a clause, not a name.
 */
function dropSurnameAndVerb(tokens: readonly Token[], out: OrgCandidate[]): void {
  // only a name of two words that ends in such a verb can go: without one, the surnames need not be read
  if (!out.some(endsInVerbHead)) return;
  const surnames = new Set<string>();
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    const prev = tokens[k - 1]!;
    if (t.shape === 'cap' && isGiven(prev) && isSpaceGap(prev.gap) && prev.gap.length === 1 && !prev.possessive) surnames.add(t.text);
  }
  if (!surnames.size) return;
  for (let c = out.length - 1; c >= 0; c--) {
    const cand = out[c]!;
    if (cand.rule !== 'head') continue;
    const words = wordsOf(cand.text);
    if (words.length !== 2 || !VERB_HEADS.has(words[1]!.text) || !surnames.has(words[0]!.text)) continue;
    // a given name right before the surname makes the pair a person's name and a head
    const at = tokens.findIndex((t) => t.start === cand.start);
    const before = at > 0 ? tokens[at - 1]! : null;
    if (before && isGiven(before) && isSpaceGap(before.gap)) continue;
    // only a list of surnames or a line's start: "founded Okafor Press" names the press
    if (before && !/[,\n]/u.test(before.gap) && before.text !== 'and' && before.text !== '&') continue;
    out.splice(c, 1);
  }
}

/** A head phrase of two words whose head is also a verb ("Okafor Press"). */
function endsInVerbHead(cand: OrgCandidate): boolean {
  if (cand.rule !== 'head') return false;
  const words = wordsOf(cand.text);
  return words.length === 2 && VERB_HEADS.has(words[1]!.text);
}

/** Generic nouns for a news medium after which its name stands in apposition ("the independent outlet El Faro Andino"). */
const OUTLET_NOUNS = new Set(['outlet', 'newspaper', 'daily', 'weekly', 'magazine', 'broadcaster', 'tabloid', 'portal', 'website', 'publication', 'journal', 'channel']);

/** People who write for a medium, and the words before its name ("a correspondent for the …", "editor of the …"). */
const MEDIUM_WRITERS = new Set(['reporter', 'correspondent', 'journalist', 'columnist', 'editor', 'contributor', 'writer']);
const WRITER_LINKS = new Set(['for', 'of', 'at']);

/** Last words of a region's name, not a medium's ("the Middle East", "Central Asia"). */
const REGION_ENDS = new Set(['East', 'West', 'North', 'South', 'Asia', 'Africa', 'Europe', 'America', 'Americas', 'Caucasus', 'Balkans', 'Region', 'Gulf', 'Pacific', 'Atlantic']);

/** Articles that open a name in another language ("El Faro", "Le Monde", "Al Jazeera"). */
const NAME_ARTICLES = new Set(['El', 'La', 'Le', 'Les', 'Los', 'Las', 'Il', 'Al', 'Het', 'De', 'Die', 'Der', 'Das', 'O', 'A']);

/**
 * "the independent outlet El Faro Andino", "the newspaper Cumhuriyet": the
 * capitalised words right after a generic noun for a news medium name it.
 */
function outletsInApposition(text: string, tokens: readonly Token[], known: Int32Array, out: OrgCandidate[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const noun = tokens[i]!;
    if (noun.shape !== 'lower' || !isSpaceGap(noun.gap) || noun.gap.length !== 1) continue;
    let first = i + 1;
    // "a correspondent for the Kyiv Independent": a writer's medium after "for", "of" or "at" and "the", two words or more
    let several = false;
    if (MEDIUM_WRITERS.has(noun.text) && i + 3 < tokens.length && WRITER_LINKS.has(tokens[i + 1]!.text) && tokens[i + 2]!.text === 'the' && isSpaceGap(tokens[i + 1]!.gap) && isSpaceGap(tokens[i + 2]!.gap)) {
      first = i + 3;
      several = true;
    } else if (!OUTLET_NOUNS.has(noun.text)) continue;
    if (tokens[first]!.shape !== 'cap' || known[first]! >= 0 || isGiven(tokens[first]!) || isTitle(tokens[first]!)) continue;
    let e = first;
    while (e + 1 < tokens.length && e - first < 5 && isSpaceGap(tokens[e]!.gap) && tokens[e]!.gap.length === 1 && !tokens[e]!.possessive && (tokens[e + 1]!.shape === 'cap' || tokens[e + 1]!.shape === 'caps') && !isTitle(tokens[e + 1]!) && !isCalendarWord(tokens[e + 1]!.text)) e++;
    const words = tokens.slice(first, e + 1);
    if (several && (words.length < 2 || REGION_ENDS.has(words[words.length - 1]!.text) || isPlacePhrase(text.slice(words[0]!.start, words[words.length - 1]!.end)) || words.some((w) => isHead(w) || isGiven(w)))) continue;
    // one word needs to be more than an article, a calendar word, a place or a people's name
    if (words.length === 1 && (NAME_ARTICLES.has(words[0]!.text) || NOT_ORG_START.has(words[0]!.text) || isCalendarWord(words[0]!.text) || isCountryName(words[0]!.text) || isDemonym(words[0]!.text) || wordKind(words[0]!.text) === 'place')) continue;
    const name = text.slice(words[0]!.start, words[words.length - 1]!.end);
    if (isCountryName(name) || NOT_ORG_START.has(words[0]!.text)) continue;
    out.push({ text: name, start: words[0]!.start, end: words[words.length - 1]!.end, rule: 'head' });
    i = e;
  }
}

function quotedOutlets(text: string, out: OrgCandidate[]): void {
  QUOTED_NAME.lastIndex = 0;
  for (let m = QUOTED_NAME.exec(text); m; m = QUOTED_NAME.exec(text)) {
    const name = m[1]!.trim();
    const start = m.index + 1;
    if (!OUTLET_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    const words = wordsOf(name);
    if (!words.length || words.length > 6 || words.some((w) => w.shape === 'lower' && !CONNECTORS.has(w.text)) || /[.!?,]$/u.test(name)) continue;
    out.push({ text: name, start, end: start + name.length, rule: 'head' });
  }
}

// ---------- parties ----------

/**
 * An organisation a party gives reads as a name: no sentence and no bracket
 * inside it, no title first, and (in a person's entry) no lower-case word
 * after a capitalised one ("fooheads AB" passes; "CTEP leader and Patria
 * Grande Front member. Coordinator of …" does not).
 */
const NAME_SHAPES = new Map<string, boolean>();

function looksLikeName(s: string, signer: boolean): boolean {
  const key = (signer ? '1' : '0') + s;
  let yes = NAME_SHAPES.get(key);
  if (yes === undefined) {
    yes = nameShape(s, signer);
    if (NAME_SHAPES.size > 5000) NAME_SHAPES.clear();
    NAME_SHAPES.set(ownCopy(key), yes);
  }
  return yes;
}

function nameShape(s: string, signer: boolean): boolean {
  // a signing organisation's line may hold full stops ("S.T.O.P. – The Surveillance …"); a phrase in a person's entry may not
  if (signer ? s.includes('(') : /[.!?;]\s|\(/u.test(s)) return false;
  const words = wordsOf(s);
  if (words.length > 12 || !words.length) return false;
  const lower = words.filter((w, k) => k > 0 && w.shape === 'lower' && !CONNECTORS.has(w.text)).length;
  // an organisation that signs may write its name in lower case ("Coalition of women living with HIV");
  // in a person's entry a lower-case word after a capitalised one starts a description ("Popular education")
  if (signer ? lower > 4 : lower > 0) return false;
  // a title opens no organisation's name ("Laureate UN Human Rights Award")
  return !TITLES.has(words[0]!.text);
}

function partyOrganizations(doc: DocumentText, letters: readonly Letter[], out: OrgCandidate[]): void {
  const text = doc.text;
  const scanned = out.filter((c) => c.rule !== 'party').sort((a, b) => a.start - b.start);
  /** True when a scanned name lies inside start–end and is shorter than it (a binary search for the first that starts there). */
  const scannedInside = (start: number, end: number): boolean => {
    let lo = 0;
    let hi = scanned.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (scanned[mid]!.start < start) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < scanned.length && scanned[k]!.start <= end; k++) {
      const c = scanned[k]!;
      if (c.end <= end && c.end - c.start < end - start) return true;
    }
    return false;
  };
  const add = (raw: string | null | undefined, party: Party, signer: boolean) => {
    let clean = raw?.trim().replace(/[’']s$/u, '');
    if (!clean || clean.length < 2) return;
    // "PhD Student/Technische Universiteit Eindhoven": the part after a title
    if (!signer && clean.includes('/')) clean = clean.split('/').map((p) => p.trim()).filter((p) => looksLikeBody(p)).pop() ?? clean;
    // "former CIA": a lower-case title word before the name
    clean = clean.replace(/^(?:former|ex|then|current|acting)\s+/iu, '');
    // "National Union of Metalworkers of South Africa (NUMSA)": the bracket is an acronym, or an aside
    let alias: string | undefined;
    const bracket = /^([^()]+?) \(([^()]+)\)$/u.exec(clean);
    if (bracket) {
      clean = bracket[1]!;
      if (isAcronymText(bracket[2]!)) alias = bracket[2]!;
    }
    if (!looksLikeName(clean, signer) || (!signer && !looksLikeBody(clean))) return;
    // the name within the party's entry (or just after it): the search stops there
    const limit = Math.max(party.span.end, party.span.start + party.text.length + 200);
    const found = text.slice(party.span.start, limit).indexOf(clean);
    const at = found >= 0 ? party.span.start + found : -1;
    const inside = at >= 0;
    const start = inside ? at : party.span.start;
    const end = inside ? at + clean.length : party.span.end;
    // in a person's entry, a name the scans found inside the phrase is more exact than the phrase
    // ("International Committee of the Brazilian Association of Jurists for Democracy")
    if (!signer && inside && scannedInside(start, end)) return;
    const a = alias ? text.indexOf(alias, end) : -1;
    out.push({ text: clean, start, end, rule: 'party', ...(signer ? { entry: true } : {}), ...(alias && a >= 0 ? { alias, aliasStart: a, aliasEnd: a + alias.length } : alias ? { alias } : {}) });
  };
  for (const letter of letters) {
    for (const party of [...letter.signatories, ...letter.addressees, ...(letter.cc ?? [])]) {
      if (party.kind === 'organization' || inOrganisationList(doc, party.span.start, party.name)) add(entryName(party), party, true);
      else add(party.organization, party, false);
    }
  }
}

/** An organisation that signs on a line of its own is named by the whole line ("PEN America", "IT-Political Association of Denmark"). */
function entryName(party: Party): string {
  const entry = party.text.trim().replace(/^(?:\d{1,3}[.)]|[-*•–])\s+/u, '');
  if (entry.length <= 100 && !entry.includes('\n') && !/[,(;/]/u.test(entry) && entry.startsWith(party.name)) return entry;
  return party.name;
}

function isAcronymText(s: string): boolean {
  return /^[\p{Lu}\d][\p{L}\d&+.-]{1,11}$/u.test(s) && s.replace(/[^\p{Lu}]/gu, '').length >= 2;
}

/**
 * The organisation a person's entry gives is a body, not an occupation, an
 * office or a place: one word must be a head word, an acronym or a name the
 * lexicon does not know as a common word ("Sociologist", "Publisher",
 * "Barcelona" and "MEP" are not bodies).
 */
function looksLikeBody(s: string): boolean {
  const words = wordsOf(s).filter((w) => w.shape !== 'lower' && w.shape !== 'other');
  if (!words.length) return false;
  if (words.length === 1) {
    const w = words[0]!;
    if (TITLES.has(w.text) || isHonorific(w.text) || canonicalPostNominal(w.text) || GENERIC.has(w.text)) return false;
    if (TRAILING_HEADS.has(w.text) || LEADING_HEADS.has(w.text)) return false;
    if (w.shape === 'caps' || w.shape === 'num' || /\p{Ll}\p{Lu}/u.test(w.text) || /\d/u.test(w.text)) return true;
    const kind = wordKind(w.text);
    if (kind !== 'unknown' && kind !== 'organization') return false;
    return !hasCommonEnding(w.text) && !/(?:ist|er|or|ian|ant|ent)$/u.test(w.text);
  }
  return !words.every((w) => TITLES.has(w.text) || GENERIC.has(w.text) || isHonorific(w.text));
}
