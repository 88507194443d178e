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
import { isAcronym, isAllCapsWord, isCapitalised, splitTopLevel, stripEnd, trailingBracket, trimPiece, words, type Piece } from './text.js';

export interface EntryOptions {
  /** An honorific shared by the list the entry belongs to ("Sens." → "Senator"). */
  readonly sharedHonorific?: string | null;
  /** The list is a list of organisations: read an ambiguous entry as one. */
  readonly preferOrganization?: boolean;
  /** Lines after the name line in a multi-line address block or signature. */
  readonly extra?: readonly Piece[];
  /** The span the party covers, when wider than the name line. */
  readonly span?: { start: number; end: number };
}

const EU: CountryRef = { code: 'EU', name: 'European Union' };

/** Phrases that name the European Union or one of its institutions. */
const EU_PHRASE = /^(?:the )?(?:European (?:Union|Parliament|Commission(?:er)?|Council|Ombudsman|Court of Auditors|External Action Service)|EU|E\.U\.)\b/iu;

/** A US party tag: "D-WA", "R-Iowa", "I-VT", "D-WA-07". */
const US_TAG = /^[DRI]-[A-Z][A-Za-z]{1,12}(?:-\d{1,2}|-AL)?$/u;

/** Words that say the rest of a line is a street address, not an organisation. */
const POSTAL = /\b(?:Street|St\.|Avenue|Ave\.?|Road|Rd\.?|Villa|Building|Floor|Suite|P\.?\s?O\.?\s?Box|Box|Place|Square|Lane|Drive|Boulevard|Blvd|Rue|Strasse|Straße|Platz|Plaza|Palace|House)\b|\b\d{4,6}\b|^\d+\s/u;

/** List markers: "1.", "12)", "(3)", "-", "*", "•", "–". */
function stripMarker(p: Piece): Piece {
  const m = /^(?:\(?\d{1,4}[.)]|[-*•·–—▪◦]|[a-z][.)])\s+/u.exec(p.text);
  if (!m) return p;
  return trimPiece({ text: p.text.slice(m[0].length), start: p.start + m[0].length, end: p.end });
}

/** The country a phrase names, with the EU read as a country. */
export function countryOf(phrase: string): CountryRef | null {
  const s = stripEnd(phrase.trim(), '.,;').trim();
  if (!s) return null;
  if (EU_PHRASE.test(s) && !/\bMember States?\b/iu.test(s)) return EU;
  const c = resolveCountry(s);
  return c ? { code: c.code, name: c.name } : null;
}

/** A country named by a whole short phrase ("Argentina", "the UK", "USA"), not inside a longer name. */
function wholeCountry(phrase: string): CountryRef | null {
  const w = words(phrase);
  if (w.length === 0 || w.length > 5) return null;
  return countryOf(phrase);
}

/** A country named by a word or two inside a role ("France Representative", "Minister of the Interior (France)"). */
function countryInside(phrase: string): CountryRef | null {
  if (EU_PHRASE.test(phrase) || /\bEuropean (?:Parliament|Commission|Union)\b/u.test(phrase)) return EU;
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

/** Institutions of a state: a country word next to one of them gives the party's country. */
const STATE_INSTITUTION = /\b(?:Bundestag|Bundesrat|Landtag|Parliament|Senate|Congress|Government|Ministry|Cabinet|Assembly|Knesset|Duma|Sejm|Riksdag|Storting|Folketing|Eduskunta|Oireachtas|Dáil|House of (?:Commons|Lords|Representatives)|Embassy|Permanent Mission|Federal Republic|Republic|Kingdom|Administration|Department of State|Accountability Office)\b/u;

/** Reads a role phrase ("Executive Director", "Minister of the Interior", "World Uyghur Congress President"). */
export function readAffiliation(phrase: string): { role: string | null; organization: string | null; description: string | null } {
  let s = stripEnd(phrase.trim(), '.;').trim();
  if (!s) return { role: null, organization: null, description: null };
  if (isOccupation(s) || isOccupation(s.replace(/^(?:an?|the)\s+/iu, ''))) return { role: null, organization: null, description: s };
  const w = words(s);
  // "Role of/at/for Organisation": split when the tail names an organisation, not a portfolio.
  const m = splitAtPreposition(s);
  if (m) {
    const head = m.head;
    const tail = m.tail;
    const headWords = words(head);
    const last = headWords[headWords.length - 1]!;
    if (isRoleHead(last) && headWords.every((x) => isRoleModifier(x) || isRoleHead(x) || /^(?:co-|vice-)/iu.test(x) || isCapitalisedModifier(x))) {
      const tailWords = words(tail);
      const orgLike = tailWords.some((x) => isOrganisationWord(x)) || isAcronym(tail) || (tailWords.length >= 2 && tailWords.filter(isCapitalised).length >= 2);
      const portfolio = headWords.length === 1 && isPortfolioHead(last);
      const statey = countryInside(tail) !== null && !tailWords.some((x) => isOrganisationWord(x) && !/^(?:Republic|Kingdom)$/u.test(x));
      if (orgLike && !portfolio && !statey && !/^(?:the )?(?:Interior|Justice|Home Affairs|Foreign Affairs|Defen[cs]e|Finance|Health|State|Treasury|Police)\b/u.test(tail)) {
        return { role: head, organization: tail.replace(/^the\s+/iu, ''), description: null };
      }
      return { role: s, organization: null, description: null };
    }
  }
  const lastWord = w[w.length - 1]!;
  // "Organisation Role": "World Uyghur Congress President", "OSI General Manager".
  if (isRoleHead(lastWord) || /^co-?founder$/iu.test(lastWord)) {
    let i = w.length - 1;
    while (i > 0 && (isRoleModifier(w[i - 1]!) || isRoleHead(w[i - 1]!) || /^(?:co|vice)-/iu.test(w[i - 1]!))) i--;
    // a country word just before the role belongs to the role ("France Representative")
    if (i > 0 && countryOf(w[i - 1]!) && !isOrganisationWord(w[i - 1]!)) i--;
    // the organisation ends at its last organisation word or acronym when one stands before the role
    let orgEnd = -1;
    for (let k = 0; k < i; k++) if (isOrganisationWord(w[k]!) || isAcronym(w[k]!)) orgEnd = k;
    if (orgEnd >= 0 && orgEnd < i - 1) i = orgEnd + 1;
    if (i === 0) return { role: s, organization: null, description: null };
    const org = w.slice(0, i).join(' ');
    return { role: w.slice(i).join(' '), organization: org, description: null };
  }
  // "Role Organisation": "General Secretary Podemos".
  if (w.length >= 2 && isRoleHead(w[1]!) && isRoleModifier(w[0]!) && w.length > 2 && isCapitalised(w[2]!)) {
    return { role: w.slice(0, 2).join(' '), organization: w.slice(2).join(' '), description: null };
  }
  if (w.length >= 2 && isRoleHead(w[0]!) && isCapitalised(w[1]!) && !/^(?:of|for|at)$/u.test(w[1]!)) {
    // "Director Democracia en Red"
    if (!w.slice(1).some((x) => isRoleHead(x))) return { role: w[0]!, organization: w.slice(1).join(' '), description: null };
  }
  // "Institute Professor (emeritus) MIT": a trailing acronym is the organisation.
  if (w.length >= 2 && isAcronym(lastWord) && w.slice(0, -1).some((x) => isRoleHead(x.replace(/[()]/gu, '')))) {
    return { role: w.slice(0, -1).join(' '), organization: lastWord, description: null };
  }
  if (w.some((x) => isRoleHead(x)) && !w.some((x) => isOrganisationWord(x))) return { role: s, organization: null, description: null };
  // An organisation: a word that names one, an acronym, or a run of capitalised words.
  if (w.some((x) => isOrganisationWord(x)) || isAcronym(s) || /\d/u.test(s) === false && w.length <= 8 && w.filter(isCapitalised).length >= Math.ceil(w.length / 2) && !w.some(isLowerDescriptive)) {
    return { role: null, organization: s, description: null };
  }
  s = s.trim();
  return { role: null, organization: null, description: s };
}

function isCapitalisedModifier(w: string): boolean {
  return /^(?:Political|Program|Programme|Advocacy|Campaigns?|Communications|Policy|Research|Legal|Executive|General|Managing|Board|Founding|Honorary)$/u.test(w);
}

function isLowerDescriptive(w: string): boolean {
  return /^(?:activist|in|exile|based|candidate|writer|researcher|and|on|of)$/u.test(w) === false && /^\p{Ll}/u.test(w) && !/^(?:of|for|the|and|de|del|la|le|en|e|y|du|des|di|da|für|und|at|on|in|to|&)$/u.test(w);
}

/** True when the phrase has the shape of a personal name: 1 to 6 words, capitalised or particles, no organisation word. */
export function looksLikePersonName(s: string): boolean {
  const w = words(s);
  if (w.length === 0 || w.length > 6) return false;
  if (w.some((x) => isOrganisationWord(x))) return false;
  if (/\d/u.test(s)) return false;
  let caps = 0;
  for (const x of w) {
    if (isCapitalised(x) || /^\p{Lu}\.$/u.test(x)) caps++;
    else if (!/^(?:van|von|de|der|den|da|di|du|del|della|la|le|dos|das|bin|binti|ibn|al|el|ter|ten|y|e|zu|af)$/u.test(x)) return w.length === 1;
  }
  return caps >= 1;
}

/** True when the phrase reads as an organisation's name. */
export function looksLikeOrganisation(s: string): boolean {
  const w = words(s);
  return w.some((x) => isOrganisationWord(x.replace(/[,.;:()]/gu, ''))) || (w.length === 1 && isAcronym(s));
}

/** Reads one entry (a line, a list item, an address block) as a Party, or null when it names no party. */
export function readParty(entry: Piece, options: EntryOptions = {}): Party | null {
  let p = stripMarker(trimPiece(entry, ' \t;,'));
  if (p.text.endsWith('.') && !/(?:\b\p{Lu}|\b(?:Inc|Ltd|Jr|Sr|Co|Corp|St|z\.s|e\.V|A\.C|S\.A))\.$/u.test(p.text)) p = trimPiece(p, ' \t.');
  if (!p.text || p.text.length > 400) return null;
  if (/^[^\p{L}\p{N}"'“(]/u.test(p.text)) return null;
  if (p.text.endsWith(':')) return null;

  const honorifics: string[] = [];
  const postNominals: string[] = [];
  let politicalParty: string | null = null;
  let country: CountryRef | null = null;
  const rest: string[] = [];
  if (options.sharedHonorific) honorifics.push(options.sharedHonorific);

  // "Name / description"
  let head = p;
  const slash = p.text.indexOf(' / ');
  if (slash > 0) {
    head = trimPiece({ text: p.text.slice(0, slash), start: p.start, end: p.start + slash });
    const tail = p.text.slice(slash + 3).trim();
    if (tail) rest.push(...splitTopLevel({ text: tail, start: 0, end: tail.length }, ',').map((x) => x.text));
  } else if (p.text.endsWith(' /')) {
    head = trimPiece(p, ' \t/');
  }

  // Top-level comma segments: the first is the name, the rest describe it.
  const segs = splitTopLevel(head, ',');
  if (segs.length === 0) return null;
  let name = segs[0]!;
  const tailSegs = segs.slice(1).map((x) => x.text);

  // Leading honorifics and post-nominals ("Rt Hon Sir", "MEP Manon AUBRY").
  for (let guard = 0; guard < 6; guard++) {
    const h = matchHonorificAt(name.text, 0);
    if (h && h.end < name.text.length) {
      const raw = name.text.slice(0, h.end);
      const canon = canonicalHonorific(raw) ?? h.honorific;
      // an office before a name is an honorific only when a name follows
      const after = name.text.slice(h.end).trim();
      if (isOfficeHonorific(raw) && !/^\p{Lu}/u.test(after)) break;
      if (!honorifics.includes(canon)) honorifics.push(canon);
      name = trimPiece({ text: name.text.slice(h.end), start: name.start + h.end, end: name.end });
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
    else if (isAcronym(inner)) acronymInBracket = inner;
    else rest.unshift(...splitTopLevel(tb.inner, ',').flatMap((x) => splitTopLevel(x, ';')).map((x) => x.text));
    name = tb.before;
  }
  // A bracketed given name: "Lord (David) Alton" → "David Alton".
  let nameText = name.text.replace(/\(([^()]{1,40})\)/gu, '$1').replace(/\s+/gu, ' ').trim();
  // A bracket that opens inside the name and holds an acronym ("Centro … (CEPI)") was removed above; one left in the middle is dropped.
  nameText = words(nameText.replace(/\([^()]*\)/gu, ' ')).join(' ');

  // Trailing post-nominals ("MP", "MEP", "QC"), generational suffixes stay in the name.
  for (let guard = 0; guard < 6; guard++) {
    const cut = nameText.lastIndexOf(' ');
    if (cut < 0) break;
    const pn = canonicalPostNominal(nameText.slice(cut + 1));
    if (!pn || /^(?:Jr|Jnr|Sr|Snr|II|III|IV|V)$/u.test(pn)) break;
    postNominals.unshift(pn);
    nameText = stripEnd(nameText.slice(0, cut), ' ,');
  }

  // A surname in capitals ends the name: "Manon AUBRY The Left group …".
  const w = words(nameText);
  if (w.length >= 3 && !isAllCapsWord(w[0]!) && !w.every((x) => isAllCapsWord(x) || !/\p{L}/u.test(x))) {
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
  const segments = [...rest, ...tailSegs, ...(options.extra ?? []).map((x) => x.text)];
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
    const seg = stripEnd(segments[i]!.trim(), '.;');
    if (!seg) continue;
    const based = /^(?:and )?(?:currently )?(?:based|living|resident|residing|located|exiled) in (.+)$/iu.exec(words(seg).join(' '));
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
      while (i + 1 < segments.length) {
        const next = stripEnd(segments[i + 1]!.trim(), '.;');
        if (!next || wholeCountry(next) || readAffiliation(next).role || looksLikeOrganisation(next) || /^based\b/iu.test(next) || words(next).length > 3 || !words(next).every(isCapitalised)) break;
        organization = `${organization}, ${next}`;
        i++;
      }
      if (role) affiliationDone = true;
      continue;
    }
    if (a.description && !description) description = a.description;
    if (role || organization) affiliationDone = true;
  }

  if (!nameText || !/\p{L}/u.test(nameText)) return null;
  if (!isOrgEntry && !looksLikePersonName(nameText) && !looksLikeOrganisation(nameText) && words(nameText).filter((x) => /^\p{Ll}/u.test(x)).length >= 2) return null;

  // Country from a post-nominal (MEP → EU, MdB → DE), a role naming a state, a demonym attached to the person, or a state institution.
  if (!country) for (const pn of postNominals) { const c = countryOfPostNominal(pn); if (c) { country = { code: c.code, name: c.name }; break; } }
  if (!country && roleCountry) country = roleCountry;
  if (!country && description) {
    const first = words(description)[0];
    if (first && /^\p{Lu}\p{Ll}+$/u.test(first) && /(?:ish|ese|ian|an|ch|i)$/u.test(first)) {
      const c = countryOf(first);
      if (c) country = c;
    }
  }
  if (!country && organization && STATE_INSTITUTION.test(organization)) country = countryInside(organization);
  if (!country && role && STATE_INSTITUTION.test(role)) country = countryInside(role);

  let finalName = nameText;
  let kind: Party['kind'] = 'person';
  if (isOrgEntry) {
    kind = 'organization';
    if (acronymInBracket && isAcronym(nameText) && words(nameText).length === 1) {
      // "DAWN (Development Alternatives …)": the spelled-out name is the name
    }
    finalName = [nameText, ...orgNameParts].join(', ');
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

const PREPOSITIONS = [' of ', ' at ', ' for ', ' with ', ' in '];

/** "Role of the Organisation" → head "Role", tail "Organisation" at the first preposition, or null. */
function splitAtPreposition(s: string): { head: string; tail: string } | null {
  let best = -1;
  let len = 0;
  for (const p of PREPOSITIONS) {
    const i = s.indexOf(p);
    if (i > 0 && (best < 0 || i < best)) {
      best = i;
      len = p.length;
    }
  }
  if (best < 0) return null;
  let tail = s.slice(best + len).trim();
  if (tail.startsWith('the ')) tail = tail.slice(4).trim();
  const head = s.slice(0, best).trim();
  return head && tail ? { head, tail } : null;
}
