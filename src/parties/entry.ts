/**
 * The party grammar: one entry of an address block or a list of signatures
 * → a Party. Reads, in this order: a list marker; honorifics and
 * post-nominals before the name ("Rt Hon Sir", "MEP"); brackets after the name
 * (a country, a US party tag "(D-WA)", an acronym, affiliations); post-nominals
 * after it; a surname in capitals that ends the name ("Manon AUBRY The Left
 * group …"); then the comma- or slash-separated rest: role, organisation,
 * description, "based in X", a trailing country.
 */
import { resolveCountry } from '../entities/countries.js';
import type { CountryRef } from '../model/country.js';
import type { Party } from '../model/party.js';
import { canonicalHonorific, isOfficeHonorific, matchHonorificAt } from '../lexicons/honorifics.js';
import { isOccupation, isOrganisationWord, isPortfolioHead, isRoleHead, isRoleModifier } from '../lexicons/offices.js';
import { canonicalPostNominal, countryOfPostNominal } from '../lexicons/post-nominals.js';
import { memoisePhrase } from './memo.js';
import { isAcronym, isAllCapsWord, isCapitalised, splitTopLevel, stripEnd, trailingBracket, trimPiece, words, type Piece } from './text.js';

// Patterns of the functions below, compiled once (a bundler may rebuild a pattern with \p{…} at every call otherwise).
/** A code written with full stops: "U.S", "U.K". */
const DOTTED_CODE = /^(?:\p{Lu}\.)+\p{Lu}$/u;
/** States whose names hold an organisation or office word. */
const STATE_NAME_WITH_OFFICE_WORD = /^(?:the )?(?:European Union|European Parliament|United Kingdom|United States(?: of America)?|Republic of \p{Lu}\p{L}+)$/iu;
/** A lower-case first letter. */
const LOWER_FIRST = /^\p{Ll}/u;
/** A one-word body with its remit: "Union for Foreign Affairs". */
const BODY_FOR_REMIT = /^\p{Lu}\p{Ll}+ for \p{Lu}/u;
/** Where a second affiliation begins. */
const SECOND_AFFILIATION = / (?:and|&) (?:of |the |former |a )?\p{L}|(?<=\p{Ll}{3})\. | - /u;
/** An initial: "J." */
const INITIAL = /^\p{Lu}\.$/u;
/** A full stop that belongs to the entry: an initial or an abbreviation. */
const KEPT_FULL_STOP = /(?:\b\p{Lu}|\b(?:Inc|Ltd|Jr|Sr|Co|Corp|St|z\.s|e\.V|A\.C|S\.A))\.$/u;
/** A character no entry opens with. */
const NO_ENTRY_START = /^[^\p{L}\p{N}"'“(]/u;
/** A capital first letter. */
const UPPER_FIRST = /^\p{Lu}/u;
/** "the" before a capitalised word. */
const THE_BEFORE_CAPITAL = /^the (?=\p{Lu})/u;
/** A country word and a legislator's title before a name: "French MP …". */
const COUNTRY_LEGISLATOR = /^(\p{Lu}\p{Ll}+) (MP|MEP|Senator|Deputy|MdB|TD) (?=\p{Lu})/u;
/** A letter. */
const ANY_LETTER = /\p{L}/u;
/** The name of a university, which a place may follow. */
const UNIVERSITY_NAME = /\b(?:Universit(?:y|é|à|ä|at|ät|ad|ade|eit)|College|Institute of Technology)(?!\p{L})/u;
/** A word in title case. */
const TITLE_CASE_WORD = /^\p{Lu}\p{Ll}+$/u;
/** A university or college. */
const UNIVERSITY_WORD = /\b(?:Universit(?:y|é|à|ä|at|ät|ad|ade|eit)|College|Polytechnic|Hochschule)(?!\p{L})/u;

export interface EntryOptions {
  /** An honorific shared by the list the entry belongs to ("Sens." → "Senator"). */
  readonly sharedHonorific?: string | null;
  /** The list is a list of organisations: read an ambiguous entry as one. */
  readonly preferOrganization?: boolean;
  /** Lines after the name line in a multi-line address block or signature. */
  readonly extra?: readonly Piece[];
  /** The country of the heading the entry is listed under ("SPAIN" above a list of members). */
  readonly groupCountry?: CountryRef | null;
  /** The span the party covers, when wider than the name line. */
  readonly span?: { start: number; end: number };
}

const EU: CountryRef = { code: 'EU', name: 'European Union' };

/** Phrases that name the European Union or one of its institutions. */
const EU_PHRASE = /^(?:the )?(?:European (?:Union|Parliament|Commission(?:er)?|Council|Ombudsman|Court of Auditors|External Action Service)|EU|E\.U\.)\b/iu;

/** A US party tag: "D-WA", "R-Iowa", "I-VT", "D-WA-07". */
const US_TAG = /^[DRI]-[A-Z][A-Za-z]{1,12}(?:-\d{1,2}|-AL)?$/u;

/** Words that say the rest of a line is a street address, not an organisation. */
const POSTAL = /\b(?:Street|St\.|Avenue|Ave\.?|Road|Rd\.?|Villa|Building|Floor|Suite|P\.?\s?O\.?\s?Box|Box|Place|Square|Lane|Drive|Boulevard|Blvd|Rue|quai|Quai|Strasse|Straße|Platz|Plaza|House(?! of))\b|\b\d{4,6}\b|^\d{1,5},?\s/u;

/** List markers: "1.", "12)", "(3)", "-", "*", "•", "–". */
function stripMarker(p: Piece): Piece {
  const m = /^(?:\(?\d{1,4}[.)]|[-*•·–—▪◦]|[a-z][.)]|\/s\/)\s+/u.exec(p.text);
  if (!m) return p;
  return trimPiece({ text: p.text.slice(m[0].length), start: p.start + m[0].length, end: p.end });
}

/** The country a phrase names, with the EU read as a country. */
export function countryOf(phrase: string): CountryRef | null {
  return copyRef(COUNTRY_OF(phrase));
}

/** A fresh copy of a kept country, for the caller to hold. */
function copyRef(c: CountryRef | null): CountryRef | null {
  return c ? { code: c.code, name: c.name } : null;
}

const COUNTRY_OF = memoisePhrase(findCountryOf);

function findCountryOf(phrase: string): CountryRef | null {
  const s = stripEnd(phrase.trim(), '.,;').trim();
  if (!s) return null;
  if (EU_PHRASE.test(s) && !/\bMember States?\b/iu.test(s)) return EU;
  // "U.S.": dotted codes keep their last stop
  const c = resolveCountry(s) ?? (DOTTED_CODE.test(s) ? resolveCountry(`${s}.`) : null);
  return c ? { code: c.code, name: c.name } : null;
}

/** A country named by a whole short phrase ("Argentina", "the UK", "USA"), not inside a longer name. */
function wholeCountry(phrase: string): CountryRef | null {
  return copyRef(WHOLE_COUNTRY(phrase));
}

const WHOLE_COUNTRY = memoisePhrase(findWholeCountry);

function findWholeCountry(phrase: string): CountryRef | null {
  const t = stripEnd(phrase.trim(), '.,;');
  const w = words(t);
  if (w.length === 0 || w.length > 4) return null;
  if (w.some((x) => isOrganisationWord(x) || isRoleHead(x)) && !STATE_NAME_WITH_OFFICE_WORD.test(t)) return null;
  if (/^(?:the )?European\b/iu.test(t) && !/^(?:the )?European (?:Union|Parliament)$/iu.test(t)) return null;
  const c = countryOf(t);
  return c && namesCountry(t, c) ? c : null;
}

const foldName = (x: string) => x.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/^the /u, '');

/**
 * True when a phrase names the country itself (its name, a short form, a code
 * such as "USA", "UK") rather than a city in it ("London", "Lyon"): an entry's
 * country comes from its own words, not from where a capital lies.
 */
function namesCountry(phrase: string, c: CountryRef): boolean {
  if (c.code === 'EU') return true;
  const t = phrase.trim();
  if (/^[A-Z.]{2,6}$/u.test(t)) return true;
  if (/\b(?:Britain|England|Scotland|Wales|Holland|America|Burma|Ivory Coast|Macedonia|Swaziland|Czech)\b/u.test(t)) return true;
  const f = foldName(t);
  const n = foldName(c.name);
  return f.includes(n.slice(0, 3)) || n.includes(f.slice(0, 4));
}

/** A country named by a word or two inside a role ("France Representative", "Minister of the Interior (France)"). */
function countryInside(phrase: string): CountryRef | null {
  return copyRef(COUNTRY_INSIDE(phrase));
}

const COUNTRY_INSIDE = memoisePhrase(findCountryInside);

function findCountryInside(phrase: string): CountryRef | null {
  if (EU_PHRASE.test(phrase) || /\bEuropean (?:Parliament|Commission|Commissioner|Union)\b/u.test(phrase)) return EU;
  const w = words(phrase.replace(/[(),;:]/gu, ' '));
  for (let n = 3; n >= 1; n--) {
    for (let i = 0; i + n <= w.length; i++) {
      const gram = w.slice(i, i + n);
      if (!isCapitalised(gram[0]!)) continue;
      if (gram.some((x) => !isCapitalised(x) && x !== 'of' && x !== 'the' && x !== 'and')) continue;
      const c = countryOf(gram.join(' '));
      if (c) return c;
    }
  }
  return null;
}


/** World regions: a region after a role is its remit, not an organisation ("Programme Officer, Asia"). */
const REGION = /^(?:Asia|Europe|Africa|Americas|the Americas|Latin America|North America|South America|Middle East|MENA|Oceania|Pacific|Asia-Pacific|Asia Pacific|Central Asia|South Asia|Southeast Asia|East Asia|Eastern Europe|Western Europe|Balkans|Caribbean|Global|International|Worldwide|Global South|Sub-Saharan Africa|North Africa|West Africa|East Africa|Southern Africa)$/u;

/** Prepositions after a role that introduce its portfolio or organisation. */
const ROLE_LINK = new Set(['of', 'at', 'for', 'with', 'in', 'on']);

/** Portfolios: "Minister of the Interior", "Secretary of Homeland Security" keep their "of …" in the role. */
const PORTFOLIO_TAIL = /^(?:the )?(?:Interior|Justice|Home Affairs|Foreign Affairs|Defen[cs]e|Finance|Health|State|Treasury|Police|Homeland Security|Public Safety|Trade|Education|Economy|Environment|Agriculture|Labou?r|Immigration|Culture|Internal|Security|Law|Sociology|Economics|History|Political Science|Public|Social|Medicine|Communication|Justice and|Advocacy|Programmes?|Research|Communications|Policy|Operations|Development|Campaigns|Board|Legal|Membership|Outreach)\b|^(?:Parliament|Congress|the Legislative Assembly|the Senate|the Assembly)$/u;

/**
 * Reads a role phrase: "Executive Director", "Minister of the Interior",
 * "World Uyghur Congress President", "Left Party Spokesperson on …",
 * "Professor of Sociology", "Institute Professor (emeritus) MIT". The role is
 * the first office head with the words that qualify it; words before it name
 * the organisation; "of/at/for …" after it names the organisation unless it
 * names a portfolio or a state.
 */
export function readAffiliation(phrase: string): Affiliation {
  return AFFILIATIONS(phrase);
}

export interface Affiliation {
  readonly role: string | null;
  readonly organization: string | null;
  readonly description: string | null;
}

const AFFILIATIONS = memoisePhrase((phrase: string): Affiliation => Object.freeze(findAffiliation(phrase)));

function findAffiliation(phrase: string): Affiliation {
  const s = stripEnd(phrase.trim(), '.;-–').trim();
  if (!s) return { role: null, organization: null, description: null };
  if (isOccupation(s) || isOccupation(s.replace(/^(?:an?|the) /iu, ''))) return { role: null, organization: null, description: s };
  const w = words(s);
  if (w.length >= 3 && isOccupation(w[0]!) && /^(?:of|and|&|in|on|for)$/u.test(w[1]!)) return { role: null, organization: null, description: s };
  // "Muralist Painter", "Human Rights Lawyer", "Artist/Activist", "writer and researcher …": descriptions
  const lastBare = w[w.length - 1]!.replace(/[(),]/gu, '');
  if ((isOccupation(lastBare) || lastBare.split('/').every((x) => isOccupation(x))) && !w.some((x) => isRoleHead(x.replace(/[(),]/gu, '')))) {
    return { role: null, organization: null, description: s };
  }
  if (LOWER_FIRST.test(s) && !/^(?:co-|vice-|ex-|former )/u.test(s) && !isRoleHead(w[0]!) && !isAcronym(w[0]!) && !/\d/u.test(w[0]!)) {
    return { role: null, organization: null, description: s };
  }
  const bare = (x: string) => x.replace(/[(),]/gu, '');
  let h = -1;
  let headStart = -1;
  for (let i = 0; i < w.length; i++) {
    if (i + 1 < w.length && isRoleHead(`${w[i]} ${w[i + 1]}`)) { h = i + 1; headStart = i; break; }
    if (isRoleHead(bare(w[i]!)) || isRoleHead(bare(w[i]!).replace(/^(?:co|vice|deputy|sub)-/iu, ''))) {
      // a head followed by another head or a modifier+head continues the role ("Board Member", "Vice Chair")
      h = i;
      while (h + 1 < w.length && isRoleHead(bare(w[h + 1]!)) && !/^(?:Member|Members)$/u.test(w[h]!)) h++;
      break;
    }
  }
  if (h < 0 && REGION.test(s)) return { role: null, organization: null, description: s };
  if (h < 0) {
    const hasOrgWord = w.some((x) => isOrganisationWord(bare(x)));
    const digitsOk = !/\d/u.test(s) || (w.length <= 3 && !/\b\d{4}\b/u.test(s));
    if (hasOrgWord || isAcronym(s) || (digitsOk && w.length <= 8 && w.filter(isCapitalised).length >= Math.ceil(w.length / 2) && !w.some(isLowerDescriptive))) {
      return { role: null, organization: cutAtSecondAffiliation(s), description: null };
    }
    return { role: null, organization: null, description: s };
  }
  let r = headStart >= 0 ? headStart : h;
  while (r > 0 && (isRoleModifier(bare(w[r - 1]!)) || isCapitalisedModifier(w[r - 1]!) || /^(?:co|vice)-/iu.test(w[r - 1]!) || (isRoleHead(bare(w[r - 1]!)) && r - 1 > 0))) r--;
  // a country word just before the role belongs to the role ("France Representative")
  if (r > 1 && r === h && countryOf(w.slice(r - 2, r).join(' ')) && isCapitalised(w[r - 2]!)) r -= 2;
  else if (r > 0 && r === h && (countryOf(w[r - 1]!) || w[r - 1] === 'European') && !isOrganisationWord(w[r - 1]!)) r--;
  // the organisation before the role ends at its last organisation word or acronym, when one stands there
  let orgEnd = -1;
  for (let k = 0; k < r; k++) if (isOrganisationWord(bare(w[k]!)) || isAcronym(bare(w[k]!))) orgEnd = k;
  if (orgEnd >= 1 && orgEnd < r - 1 && r - orgEnd <= 3 && w.slice(orgEnd + 1, r).every(isCapitalised)) r = orgEnd + 1;
  while (r < h && /^(?:and|&)$/iu.test(w[r]!)) r++;
  // a portfolio word before the head belongs to the role ("Home Secretary", "Foreign Minister")
  if (r === 1 && /^(?:Home|Foreign|Interior|Finance|Justice|Defen[cs]e|Health|Treasury|Trade|Education|Environment|Transport|Energy|Culture|Labou?r|Immigration|Agriculture|Economy|Digital|Cabinet|Party|Shadow)$/u.test(w[0]!)) r = 0;
  // "Office of the Prime Minister", "Commission for the Special Envoy": the office is inside an organisation's name
  if (r > 0 && /^(?:of|for|the|to)$/u.test(w[r - 1]!) && w.slice(0, r).some((x) => isOrganisationWord(bare(x))) && h === w.length - 1) {
    return { role: null, organization: s, description: null };
  }
  let before = w.slice(0, r).join(' ');
  while (/ (?:and|&)$/iu.test(before)) before = before.slice(0, before.lastIndexOf(' '));
  if (isOccupation(before) || words(before).every((x) => isOccupation(x) || /^(?:and|&)$/iu.test(x))) before = '';
  let role = w.slice(r, h + 1).join(' ');
  const after = w.slice(h + 1);
  let organization: string | null = before && !/^(?:and|&)$/iu.test(before) ? before : null;
  if (after.length > 0) {
    const link = after[0]!.toLowerCase();
    const tail = after.slice(1).join(' ').replace(/^the /u, '');
    if (ROLE_LINK.has(link) && tail) {
      const tailWords = words(tail);
      const orgLike = link === 'at' || tailWords.length === 1 || tailWords.some((x) => isOrganisationWord(bare(x))) || isAcronym(tail) || tailWords.filter(isCapitalised).length >= 2;
      const academic = /^(?:Professor|Lecturer|Reader|Fellow|Instructor|Teacher)$/iu.test(w[h]!);
      // "Minister of …", "European Commissioner for …", "Deputy Minister of …": the tail is the portfolio
      const plainOffice = isPortfolioHead(w[h]!) && w.slice(r, h).every((x) => /^(?:European|Federal|State|Deputy|Assistant|Junior|Shadow|Vice|Under|Cabinet|Parliamentary|Acting|Former)$/u.test(x) || countryOf(x) !== null);
      // "High Representative of the Union for Foreign Affairs …": a one-word body with its remit is part of the office
      const remit = link === 'of' && BODY_FOR_REMIT.test(tail) && !isAcronym(tailWords[0]!);
      const portfolio = link !== 'at' && (plainOffice || academic || remit || PORTFOLIO_TAIL.test(tail));
      // a tail that names a state ("the Federal Republic of Nigeria", "France") is part of the office
      const tailCountry = countryOf(tail);
      const statey = (tailCountry !== null && tailCountry.code !== 'EU' && !tailWords.some((x) => isOrganisationWord(bare(x)))) || /^(?:Federal |Islamic |People's |Democratic |United )*(?:Republic|Kingdom|State|Government|Commonwealth|Federation|Principality|Emirate|Sultanate) of /u.test(tail);
      if (organization) {
        // "Left Party Spokesperson on the Committee …": the organisation is already named
      } else if (!orgLike || portfolio || statey) role = `${role} ${after.join(' ')}`;
      else organization = cutAtSecondAffiliation(tail);
    } else if (/^\(/u.test(after[0]!) && isAcronym(bare(after[after.length - 1]!)) && after.length >= 2) {
      // "Institute Professor (emeritus) MIT"
      role = `${role} ${after.slice(0, -1).join(' ')}`;
      organization ??= bare(after[after.length - 1]!);
    } else if (!organization && isCapitalised(after[0]!) && !isRoleModifier(after[0]!)) {
      // "General Secretary Podemos", "CTO Barcelona"
      organization = cutAtSecondAffiliation(after.join(' '));
    } else if (after[0] === 'to') {
      // "Deputy to the Dáil", "Ambassador to the UN"
      role = `${role} ${after.join(' ')}`;
    } else if (/^(?:and|&)$/iu.test(after[0]!)) {
      // "Historian and Teacher": a second office joined on; keep the first
    }
  }
  if (organization && /^(?:former|ex)$/iu.test(organization)) {
    role = `${organization} ${role}`;
    organization = null;
  }
  return { role, organization, description: null };
}

/** The first of several affiliations: "MST and of Brazil Popular Front" → "MST". */
function cutAtSecondAffiliation(s: string): string {
  const i = s.search(SECOND_AFFILIATION);
  return i > 0 ? s.slice(0, i) : s;
}

function isCapitalisedModifier(w: string): boolean {
  return /^(?:Political|Program|Programme|Advocacy|Campaigns?|Communications|Policy|Research|Legal|Executive|General|Managing|Board|Founding|Honorary)$/u.test(w);
}

function isLowerDescriptive(w: string): boolean {
  return /^(?:activist|in|exile|based|candidate|writer|researcher|and|on|of)$/u.test(w) === false && LOWER_FIRST.test(w) && !/^(?:of|for|the|and|de|del|la|le|en|e|y|du|des|di|da|für|und|at|on|in|to|&)$/u.test(w);
}

/** True when the phrase has the shape of a personal name: 1 to 6 words, capitalised or particles, no organisation word. */
export function looksLikePersonName(s: string): boolean {
  return PERSON_NAMES(s);
}

const PERSON_NAMES = memoisePhrase(isPersonNameShape);

function isPersonNameShape(s: string): boolean {
  const w = words(s);
  if (w.length === 0 || w.length > 6) return false;
  if (w.some((x) => isOrganisationWord(x))) return false;
  if (/\d/u.test(s)) return false;
  let caps = 0;
  for (const x of w) {
    if (isCapitalised(x) || INITIAL.test(x)) caps++;
    else if (!/^(?:van|von|de|der|den|da|di|du|del|della|la|le|dos|das|bin|binti|ibn|al|el|ter|ten|y|e|zu|af)$/u.test(x)) return w.length === 1;
  }
  return caps >= 1;
}

/** True when the phrase reads as an organisation's name. */
export function looksLikeOrganisation(s: string): boolean {
  return ORGANISATION_NAMES(s);
}

const ORGANISATION_NAMES = memoisePhrase(isOrganisationShape);

function isOrganisationShape(s: string): boolean {
  const w = words(s);
  return w.some((x) => isOrganisationWord(x.replace(/[,.;:()]/gu, ''))) || (w.length === 1 && isAcronym(s)) || /\b(?:Member States|States Parties|Governments?|Members of)\b/u.test(s);
}

/** Reads one entry (a line, a list item, an address block) as a Party, or null when it names no party. */
export function readParty(entry: Piece, options: EntryOptions = {}): Party | null {
  // columns of a table ("Name | Organisation | Country", tab-separated) read as comma-separated parts
  if (entry.text.includes('\t') || entry.text.includes(' | ')) {
    entry = { ...entry, text: entry.text.replace(/ \| |\t/gu, (m) => (m === '\t' ? ',' : ',  ')) };
    // a first column that only numbers the rows ("1 | Name | …")
    const num = /^\d{1,4}[.)]?,\s*/u.exec(entry.text);
    if (num) entry = { text: entry.text.slice(num[0].length), start: entry.start + num[0].length, end: entry.end };
  }
  let p = stripMarker(trimPiece(entry, ' \t;,'));
  if (p.text.endsWith('.') && !KEPT_FULL_STOP.test(p.text)) p = trimPiece(p, ' \t.');
  if (!p.text || p.text.length > 400) return null;
  if (NO_ENTRY_START.test(p.text)) return null;
  if (p.text.endsWith(':')) return null;

  const honorifics: string[] = [];
  const postNominals: string[] = [];
  let politicalParty: string | null = null;
  let country: CountryRef | null = null;
  const rest: string[] = [];
  if (options.sharedHonorific) honorifics.push(options.sharedHonorific);

  // "Name / description"
  let head = p;
  let slash = p.text.indexOf(' / ');
  if (slash < 0) {
    const dash = p.text.search(/ [–—-] /u);
    const before = p.text.slice(0, dash).replace(/^\S+\.\s/u, '');
    if (dash > 0 && words(before).length >= 2 && looksLikePersonName(before) && !looksLikeOrganisation(before)) slash = dash;
  }
  if (slash > 0) {
    head = trimPiece({ text: p.text.slice(0, slash), start: p.start, end: p.start + slash });
    const tail = p.text.slice(slash + 3).trim();
    if (tail) rest.push(...splitTopLevel({ text: tail, start: 0, end: tail.length }, ',').flatMap((x) => splitTopLevel(x, ';')).flatMap((x) => splitDash(x.text)));
  } else if (p.text.endsWith(' /')) {
    head = trimPiece(p, ' \t/');
  }

  // A bracket that closes the whole entry names its country or party tag: "Name, Minister of …, Building (Germany)".
  for (let guard = 0; guard < 2; guard++) {
    const tb = trailingBracket(head);
    if (!tb || !tb.before.text.includes(',')) break;
    const inner = tb.inner.text;
    if (US_TAG.test(inner)) politicalParty ??= inner;
    else if (!country && wholeCountry(inner)) country = wholeCountry(inner);
    else {
      // "MEP (Greens/EFA, Germany)": a country closing the bracket is the entry's; the rest of the bracket stays
      const cut = inner.lastIndexOf(',');
      const c = cut > 0 && !country ? wholeCountry(inner.slice(cut + 1)) : null;
      if (c) {
        country = c;
        head = { text: `${tb.before.text} (${inner.slice(0, cut).trim()})`, start: head.start, end: head.end };
      }
      break;
    }
    head = tb.before;
  }

  // Top-level comma segments: the first is the name, the rest describe it.
  const segs = splitTopLevel(head, ',');
  if (segs.length === 0) return null;
  let name = segs[0]!;
  let tailSegs = segs.slice(1).map((x) => x.text);
  // "the President of the Republic of X, His Excellency A B": the office first, the name after it
  if (segs.length === 2) {
    const office = segs[0]!.text.replace(/^the /iu, '');
    const second = segs[1]!;
    const a = readAffiliation(office);
    const inverted = /^the /iu.test(segs[0]!.text) || (/ of /u.test(office) && !/\bHon\b/u.test(office));
    if (inverted && a.role && words(office).some((x) => isRoleHead(x)) && !looksLikePersonName(office) && (matchHonorificAt(second.text, 0) !== null || (looksLikePersonName(second.text) && words(second.text).length >= 2))) {
      name = second;
      tailSegs = [office];
    }
  }

  // Leading honorifics and post-nominals ("Rt Hon Sir", "MEP Manon AUBRY").
  for (let guard = 0; guard < 6; guard++) {
    const h = matchHonorificAt(name.text, 0);
    if (h && h.end < name.text.length) {
      const raw = name.text.slice(0, h.end);
      const canon = canonicalHonorific(raw) ?? h.honorific;
      // an office before a name is an honorific only when a name follows
      const after = name.text.slice(h.end).trim();
      if (isOfficeHonorific(raw) && !UPPER_FIRST.test(after.replace(THE_BEFORE_CAPITAL, ''))) break;
      // "Justice Without Borders Foundation", "Judge Advocates Network": the word opens an organisation's name
      if (honorifics.length === 0 && looksLikeOrganisation(after.replace(/\([^()]*\)/gu, ' '))) break;
      if (!honorifics.includes(canon)) honorifics.push(canon);
      name = trimPiece({ text: name.text.slice(h.end), start: name.start + h.end, end: name.end });
      continue;
    }
    const two = COUNTRY_LEGISLATOR.exec(name.text);
    if (two && countryOf(two[1]!)) {
      const c = countryOf(two[1]!);
      if (c && !country) country = c;
      if (two[2] === 'Senator' || two[2] === 'Deputy') honorifics.push(two[2]);
      else postNominals.push(two[2]!);
      name = trimPiece({ text: name.text.slice(two[0].length), start: name.start + two[0].length, end: name.end });
      continue;
    }
    const first = /^\S+/u.exec(name.text)?.[0] ?? '';
    const pn = canonicalPostNominal(first);
    if (pn && first.length < name.text.length && /^(?:MEP|MP|MdB|TD|MSP|MLA|MEPs|MPs)$/u.test(pn)) {
      postNominals.push(pn);
      name = trimPiece({ text: name.text.slice(first.length), start: name.start + first.length, end: name.end });
      continue;
    }
    break;
  }

  // Trailing brackets: "(Australia)", "(D-WA)", "(APC)", "(Debian Project, GNOME Foundation)".
  let acronymInBracket: string | null = null;
  for (let guard = 0; guard < 4; guard++) {
    const tb = trailingBracket(name);
    if (!tb) break;
    const inner = tb.inner.text;
    if (US_TAG.test(inner)) politicalParty = inner;
    else if (!country && wholeCountry(inner)) country = wholeCountry(inner);
    else if (/\s(?:MP|MEP|MSP|TD|MLA|MdB|MPP|MS)$/u.test(tb.before.text) && words(inner).length <= 4 && !politicalParty) politicalParty = inner;
    else if (isAcronym(inner)) acronymInBracket = inner;
    else if (isAcronym(tb.before.text) && words(inner).length >= 2 && UPPER_FIRST.test(inner) && !readAffiliation(inner).role) {
      // "DAWN (Development Alternatives with Women for a New Era)": the spelled-out name is the name
      acronymInBracket = tb.before.text;
      name = tb.inner;
      continue;
    }
    else rest.unshift(...splitTopLevel(tb.inner, ',').flatMap((x) => splitTopLevel(x, ';')).map((x) => x.text));
    name = tb.before;
  }
  // A bracketed given name: "Lord (David) Alton" → "David Alton".
  // (spaces collapsed and trimmed: the words joined by one space; brackets replaced only where there are some)
  const hasBracket = name.text.includes('(');
  let nameText = words(hasBracket ? name.text.replace(/\(([^()]{1,40})\)/gu, '$1') : name.text).join(' ');
  // A bracket that opens inside the name and holds an acronym ("Centro … (CEPI)") was removed above; one left in the middle is dropped.
  if (hasBracket) nameText = words(nameText.replace(/\([^()]*\)/gu, ' ')).join(' ');

  // Trailing post-nominals ("MP", "MEP", "QC"), generational suffixes stay in the name.
  for (let guard = 0; guard < 6; guard++) {
    const cut = nameText.lastIndexOf(' ');
    if (cut < 0) break;
    const pn = canonicalPostNominal(nameText.slice(cut + 1));
    if (!pn || /^(?:Jr|Jnr|Sr|Snr|II|III|IV|V)$/u.test(pn)) break;
    postNominals.unshift(pn);
    nameText = stripEnd(nameText.slice(0, cut), ' ,');
  }

  // "Exile Journalists Network Coordinator Cem Yıldız": organisation and office before the personal name
  {
    const nw = words(nameText);
    let lastHead = -1;
    for (let i = 0; i < nw.length - 2; i++) if (isRoleHead(nw[i]!.replace(/^(?:co|vice|deputy)-/iu, ''))) lastHead = i;
    if (lastHead >= 1 || (lastHead === 0 && nw.length >= 4)) {
      let take = 2;
      const third = nw[nw.length - 3];
      if (nw.length - 3 > lastHead && third && isCapitalised(third) && !isRoleHead(third) && !isRoleModifier(third) && !isOrganisationWord(third) && nw[nw.length - 4] !== 'of') take = 3;
      const person = nw.slice(-take).join(' ');
      if (looksLikePersonName(person) && !looksLikeOrganisation(person) && !nw.slice(-take).some((x) => isRoleHead(x))) {
        tailSegs.unshift(nw.slice(0, -take).join(' '));
        nameText = person;
      }
    }
  }
  // A surname in capitals ends the name: "Manon AUBRY The Left group …".
  const w = words(nameText);
  if (w.length >= 3 && !isAllCapsWord(w[0]!) && !w.every((x) => isAllCapsWord(x) || !ANY_LETTER.test(x))) {
    let lastCaps = -1;
    for (let i = 1; i < w.length; i++) if (isAllCapsWord(w[i]!) && !canonicalPostNominal(w[i]!)) lastCaps = i;
      else if (lastCaps >= 0) break;
    if (lastCaps >= 1 && lastCaps < w.length - 1 && isCapitalised(w[lastCaps + 1]!)) {
      const tail = w.slice(lastCaps + 1).join(' ').replace(/^[-–—,]\s*/u, '');
      nameText = w.slice(0, lastCaps + 1).join(' ');
      if (tail) tailSegs.unshift(tail);
    }
  }

  // The rest: roles, organisations, descriptions, "based in X", a trailing country.
  const segments: string[] = [];
  // a building's name over a post code line ("Palais des Nations" / "CH-1211 Geneva 10") is part of the address
  const extras = (options.extra ?? []).map((x) => x.text);
  const addressOnly = extras.filter((x, k) => !(k + 1 < extras.length && POSTAL.test(extras[k + 1]!) && !POSTAL.test(x) && !looksLikeOrganisation(x) && words(x).length <= 4 && !/\b(?:of|for)\b/u.test(x) && !words(x).some((y) => isRoleHead(y) || INSTITUTION_WORDS.has(y))));
  for (const seg of [...rest, ...tailSegs, ...addressOnly]) {
    // a street line of an address block goes whole, city and all ("Aso Rock Villa, Abuja"); a country closing it is the party's
    if (POSTAL.test(seg) && !looksLikeOrganisation(seg)) {
      const comma = seg.lastIndexOf(',');
      const c = comma > 0 ? wholeCountry(seg.slice(comma + 1)) : null;
      if (c && !country) country = c;
      continue;
    }
    const found = takePostNominals(seg);
    for (const pn of found.postNominals) if (!postNominals.includes(pn)) postNominals.push(pn);
    if (found.country && !country) country = found.country;
    segments.push(...found.rest);
  }
  let role: string | null = null;
  let organization: string | null = null;
  let description: string | null = null;
  const orgNameParts: string[] = [];
  let affiliationDone = false;
  let roleCountry: CountryRef | null = null;

  const isOrgEntry =
    honorifics.length === 0 && postNominals.length === 0 &&
    (looksLikeOrganisation(nameText) || (options.preferOrganization === true && !segments.some((s) => readAffiliation(s).role)) || (isAcronym(nameText) && !!acronymInBracket));

  for (let i = 0; i < segments.length; i++) {
    let seg = stripEnd(segments[i]!.trim(), '.;');
    if (!seg) continue;
    // "Chair, Association of Central Asian Exiles (Germany)": a country bracket closing a part
    const tbs = trailingBracket({ text: seg, start: 0, end: seg.length });
    if (tbs && tbs.before.text && wholeCountry(tbs.inner.text)) {
      country ??= wholeCountry(tbs.inner.text);
      seg = tbs.before.text;
    }
    const joined = words(seg).join(' ');
    // (" in " is a word of every such phrase)
    const based = joined.toLowerCase().includes(' in ') ? /^(?:and )?(?:currently )?(?:based|living|resident|residing|located|exiled) in (.+)$/iu.exec(joined) : null;
    if (based) {
      const c = countryOf(based[1]!) ?? countryInside(based[1]!);
      if (c && !country) country = c;
      continue;
    }
    const whole = wholeCountry(seg);
    if (whole && (i === segments.length - 1 || i > 0 || isOrgEntry)) {
      if (!country) country = whole;
      continue;
    }
    if (POSTAL.test(seg) && !looksLikeOrganisation(seg)) continue;
    if (isOrgEntry) {
      orgNameParts.push(seg);
      continue;
    }
    if (affiliationDone) continue;
    const a = readAffiliation(seg);
    if (a.role && !role) {
      role = a.role;
      if (a.organization && !organization) organization = a.organization;
      const rc = countryInside(a.role);
      if (rc && !roleCountry) roleCountry = rc;
      if (organization) affiliationDone = true;
      continue;
    }
    if (a.organization && !organization) {
      organization = a.organization;
      // "University of California, San Diego": a place that follows stays with the organisation
      while (i + 1 < segments.length && UNIVERSITY_NAME.test(organization)) {
        const next = stripEnd(segments[i + 1]!.trim(), '.;');
        if (!next || wholeCountry(next) || readAffiliation(next).role || looksLikeOrganisation(next) || /^based\b/iu.test(next) || words(next).length > 3 || !words(next).every(isCapitalised)) break;
        organization = `${organization}, ${next}`;
        i++;
      }
      if (role) affiliationDone = true;
      continue;
    }
    if (a.description && !description) description = a.description;
    // "Programme Officer, Asia" / "Open Borders Legal Aid": a region is the remit of the role; the organisation may follow
    if (REGION.test(seg)) continue;
    if (role || organization) affiliationDone = true;
  }

  if (!nameText || !ANY_LETTER.test(nameText)) return null;
  if (words(nameText).length >= 4 && /\b(?:have|has|are|is|were|was|will|can|been|listed|published|signed|see|click|visit|collected|add|join|sign)\b/u.test(nameText)) return null;
  if (!isOrgEntry && !looksLikePersonName(nameText) && !looksLikeOrganisation(nameText) && words(nameText).filter((x) => LOWER_FIRST.test(x)).length >= 2) return null;

  // the country of the list's heading comes before what a post-nominal implies ("SPAIN" / "Carmen Ruiz, MEP")
  if (!country && options.groupCountry) country = options.groupCountry;
  // Country from a post-nominal (MEP → EU, MdB → DE), a role naming a state, a demonym attached to the person, or a state institution.
  if (!country) for (const pn of postNominals) { const c = countryOfPostNominal(pn); if (c) { country = { code: c.code, name: c.name }; break; } }
  if (!country && roleCountry) country = roleCountry;
  if (!country && description) {
    const first = words(description)[0];
    const second = words(description)[1] ?? '';
    if (first && TITLE_CASE_WORD.test(first) && /(?:ish|ese|ian|an|ch|i)$/u.test(first) && (isRoleHead(second) || /^(?:politician|parliamentarian|MP|MEP|senator|deputy|diplomat|minister|legislator|lawmaker|official|government)$/iu.test(second))) {
      const c = countryOf(first);
      if (c) country = c;
    }
  }
  if (!country && organization) country = institutionCountry(organization);
  if (!country && ((organization && /\bEuropean (?:Commission|Parliament|Union|Council)\b/u.test(organization)) || (role && /\bEuropean Commissioner\b/u.test(role)))) country = EU;
  if (!country && role) country = institutionCountry(role);
  if (!country && !isOrgEntry) for (const seg of segments) { const c = institutionCountry(seg); if (c) { country = c; break; } }
  // a trailing country code after a place: "Williams College, Massachusetts USA"
  if (!country && !isOrgEntry && segments.length > 0) {
    const lastWord = words(segments[segments.length - 1]!).pop() ?? '';
    if (/^(?:USA|US|U\.S\.A?\.?|UK|U\.K\.)$/u.test(lastWord)) country = countryOf(lastWord);
  }

  // "Department of Political Science, University of Toronto": the university, not its department, is the organisation
  if (organization && /^(?:Department|Dept\.?|School|Faculty|Institute|Centre|Center|Division|Graduate School|Laboratory|Lab|Program|Programme|Chair)\b/u.test(organization)) {
    const uni = segments.find((x) => UNIVERSITY_WORD.test(x) && x !== organization);
    if (uni) organization = stripEnd(uni.trim(), '.;');
  }
  // "Minister of the Interior (Spain)": the country bracket is not part of the office
  if (role && role.endsWith(')')) {
    const tb = trailingBracket({ text: role, start: 0, end: role.length });
    const c = tb ? wholeCountry(tb.inner.text) : null;
    if (tb && c) {
      role = tb.before.text;
      country ??= c;
    }
  }
  let finalName = nameText;
  let kind: Party['kind'] = 'person';
  if (isOrgEntry) {
    kind = 'organization';
    if (acronymInBracket && isAcronym(nameText) && words(nameText).length === 1) {
      // "DAWN (Development Alternatives …)": the spelled-out name is the name
    }
    finalName = [nameText, ...orgNameParts].join(', ');
    if (!country) {
      // "Internet Society – Bulgaria": a chapter keeps its country in its name, and gives it
      const dash = nameText.search(/ [-–—] [^-–—]+$/u);
      if (dash > 0) country = wholeCountry(nameText.slice(dash + 3));
    }
    // "ACTS101 Uganda": a country written after a one-word name without a comma
    const nw = words(finalName);
    if (!country && nw.length === 2 && TITLE_CASE_WORD.test(nw[nw.length - 1]!) && !isOrganisationWord(nw[nw.length - 1]!)) {
      const c = wholeCountry(nw[nw.length - 1]!);
      if (c && c.code !== 'EU' && /\d/u.test(nw[0]!) && !/(?:an|ish|ese|ch|ic)$/u.test(nw[nw.length - 1]!)) {
        country = c;
        finalName = nw.slice(0, -1).join(' ');
      }
    }
    role = null;
    organization = null;
    description = null;
  }

  const span = options.span ?? { start: p.start, end: p.end };
  return {
    name: finalName,
    kind,
    honorifics,
    postNominals: [...new Set(postNominals)],
    role,
    organization,
    country,
    politicalParty,
    description,
    span: { start: span.start, end: span.end },
    text: '',
  };
}

/** "Director - Democracia en Red": a role and an organisation joined by a spaced dash. */
function splitDash(seg: string): string[] {
  const t = stripEnd(seg.trim(), ' -–');
  const i = t.search(/ [-–] /u);
  if (i <= 0) return [t];
  const left = t.slice(0, i).trim();
  const a = readAffiliation(left);
  if ((a.role && !a.organization) || (a.description && isOccupation(left))) return [left, t.slice(i + 3).trim()];
  return [t];
}

const LEGISLATOR = /^(?:MP|MEP|MdB|TD|MSP|MLA|MPP|MHK|MK|MNA)$/u;

/**
 * Post-nominals inside a description: "MP", "European Parliament MP", "French MP
 * and President of …", "Deputy to the Dáil (MP)", "MP (Popular Front) Tunisia".
 * Returns them, a country the words before them name, and what is left.
 */
function takePostNominals(seg: string): { postNominals: readonly string[]; country: CountryRef | null; rest: readonly string[] } {
  const found = POST_NOMINALS_IN(seg);
  return { postNominals: found.postNominals, country: copyRef(found.country), rest: found.rest };
}

const POST_NOMINALS_IN = memoisePhrase((seg: string) => {
  const found = findPostNominals(seg);
  return { postNominals: Object.freeze(found.postNominals), country: found.country, rest: Object.freeze(found.rest) };
});

function findPostNominals(seg: string): { postNominals: string[]; country: CountryRef | null; rest: string[] } {
  const out: string[] = [];
  let country: CountryRef | null = null;
  let t = seg.replace(/\((MP|MEP|MdB|TD|MSP|MLA)\)/gu, (_m, pn: string) => {
    out.push(pn);
    return ' ';
  });
  const w = words(t);
  const i = w.findIndex((x) => LEGISLATOR.test(stripEnd(x, ',;.')));
  if (i >= 0 && (i === w.length - 1 || !LOWER_FIRST.test(w[i + 1]!) || /^and$/u.test(w[i + 1]!))) {
    out.push(stripEnd(w[i]!, ',;.'));
    const before = w.slice(0, i).join(' ');
    if (before) {
      const c = countryOf(before) ?? (EU_PHRASE.test(before) ? EU : null);
      if (c) country = c;
    }
    const keepBefore = before && !country && i > 0 ? [before] : [];
    let after = w.slice(i + 1);
    if (after[0] === 'and') after = after.slice(1);
    t = [...keepBefore, after.join(' ')].join(', ');
  }
  const rest: string[] = [];
  // "(Popular Front) Tunisia": a bracket that opens the rest is an organisation, what follows it a place
  for (const part of t.split(', ')) {
    const pt = part.trim();
    const close = pt.startsWith('(') ? pt.indexOf(')') : -1;
    if (close > 1 && !pt.slice(1, close).includes('(')) {
      rest.push(pt.slice(1, close));
      const after = pt.slice(close + 1).trim();
      if (after) rest.push(after);
    } else if (pt) rest.push(pt);
  }
  return { postNominals: out, country, rest };
}

/** The words of a state institution: a country word just before one gives the country ("German Bundestag", "US Senate"). */
const INSTITUTION_WORDS = new Set(['House', 'Chamber', 'Department', 'Office', 'Agency', 'Bundestag', 'Bundesrat', 'Landtag', 'Parliament', 'Senate', 'Congress', 'Government', 'Ministry', 'Cabinet', 'Assembly', 'Knesset', 'Duma', 'Sejm', 'Riksdag', 'Storting', 'Folketing', 'Eduskunta', 'Oireachtas', 'Embassy', 'Administration', 'Parliamentary', 'Army', 'Police', 'Navy']);

/** The country of a state institution named in a phrase: "of the German Bundestag" → DE, "United States Government Accountability Office" → US. */
function institutionCountry(phrase: string): CountryRef | null {
  return copyRef(INSTITUTION_COUNTRY(phrase));
}

const INSTITUTION_COUNTRY = memoisePhrase(findInstitutionCountry);

function findInstitutionCountry(phrase: string): CountryRef | null {
  // "Permanent Mission of the Republic of Uzbekistan to …", "Embassy of France"
  const of = /\b(?:Permanent Mission|Permanent Representation|Embassy|Consulate(?: General)?|High Commission|Mission|Government|Ministry of [\p{L} ]{2,40}?) of (?:the )?(?:(?:Federal |Islamic |People's |Democratic |Socialist )*(?:Republic|Kingdom|State|Federation|Commonwealth) of )?(\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?)/u.exec(phrase);
  if (of) {
    const c = countryOf(of[1]!) ?? countryOf(of[1]!.split(' ')[0]!);
    if (c) return c;
  }
  const w = words(phrase.replace(/[(),;:]/gu, ' '));
  for (let i = 1; i < w.length; i++) {
    if (!INSTITUTION_WORDS.has(w[i]!)) continue;
    for (let n = Math.min(3, i); n >= 1; n--) {
      const c = countryOf(w.slice(i - n, i).join(' '));
      if (c) return c;
    }
  }
  return null;
}
