/**
 * Subject linking: which person each trigger of a sentence is about.
 *
 * In order: a possessive before the trigger ("Hasan's detention", "his
 * arrest"); an object after it ("the arrest of X", "detained X", "a Red Notice
 * for X"); a subject before it with only auxiliaries between ("X, who was
 * arrested", "X remains in detention"); a pronoun subject or object ("he was
 * detained", "detained him") that points back to the last person named.
 * Triggers chained in one clause ("arrested in Morocco following a
 * since-deleted Red Notice") share their subject. Plural words ("both of whom",
 * "they", "with them") stand for the last group of people named together.
 */
import {
  DELETION_WORDS,
  GROUP_PRONOUNS,
  ONGOING_WORDS,
  SUBJECT_GAP_STOPS,
  SUBJECT_GAP_WORDS,
} from '../lexicons/case-vocabulary.js';
import { MONTHS } from '../lexicons/months.js';
import { firstGuessedName, lastGuessedName } from './name-guess.js';
import { notAPerson } from './non-persons.js';
import type { PeopleIndex, PersonMention } from './people-index.js';
import { backFrom, phrasePattern } from './triggers.js';
import type { Trigger } from './types.js';

/** What earlier sentences leave for later ones: the last group of people named together. */
export interface Discourse {
  lastGroup: number[];
  /** The people of the last notice named: "the notice was deleted" refers to it. */
  lastNotice: number[];
  /** People already tied to a case: "he" and "she" refer to one of them first. */
  subjects: Set<number>;
  /** The last person tied to a case. */
  lastSubject: number | null;
}

const TOKEN_RE = /[\p{L}\p{N}'.-]+|[,:()"]/gu;
const GAP_WORDS = new Set([...SUBJECT_GAP_WORDS, ...DELETION_WORDS, ...ONGOING_WORDS.filter((w) => !w.includes(' '))]);
const STOPS = new Set([...SUBJECT_GAP_STOPS]);
const OBJECT_PREPS = new Set(['of', 'for', 'against', 'on', 'targeting', 'upon']);
const OBJECT_DETS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'fellow', 'following', 'two', 'three', 'four', 'five']);
const OBJECT_PARTICIPLES = new Set(['issued', 'filed', 'lodged', 'requested', 'made', 'published', 'circulated', 'sought', 'obtained']);
const OBJECT_STOPS = new Set([...STOPS, 'is', 'was', 'were', 'are', 'be', 'been', 'has', 'have', 'had', 'in', 'at', 'to', 'into', 'who', 'which', 'this', 'these', 'those',
  // the object is already a pronoun: "released him on Monday, his lawyer, X, said"
  'him', 'them', 'us', 'me']);
const PLURAL_CUE = /\b(?:both|all|were|are|have|they|themselves)\b/i;
const GROUP_RE = phrasePattern(GROUP_PRONOUNS);
const GROUP_SET = new Set(GROUP_PRONOUNS);
/** A word every group phrase holds ("they", "these", "the two", "both of them"): without one, GROUP_RE finds nothing. */
const GROUP_WORD = /they|them|these|group|two|three|four|five|both/i;
/** "ſ" and the Kelvin sign, which GROUP_RE reads as "s" and "k" and GROUP_WORD does not. */
const FOLDS_TO_ASCII = /[\u017f\u212a]/;
const mayHoldGroup = (clause: string): boolean => GROUP_WORD.test(clause) || FOLDS_TO_ASCII.test(clause);
if (GROUP_PRONOUNS.some((g) => !GROUP_WORD.test(g))) throw new Error('a group phrase holds none of GROUP_WORD');
const POSSESSIVE_PRONOUN = /\b(his|her|their)\s+(?:[\p{Ll}\d-]+\s+){0,2}$/iu;
const WHOSE = /^,?\s+whose\s+(?:[\p{L}\d-]+\s+){0,2}$/u;
const POSSESSIVE_NAME = /^'s?\s+(?:[\p{Ll}\d-]+\s+){0,2}$/u;
const OBJECT_PRONOUN = /^\s+(?:(?:for|against|on|of)\s+)?(him|her|them)\b/i;
const SUBJECT_PRONOUN = /\b(?:he|she|they)\b/gi;
const WITH_THEM = /\b(?:with|alongside)\s+them\b/i;
const ANAPHORIC_NOTICE = /\b(?:the|its|this|that|his|her|their)\s+(?:(?:red|interpol)\s+)*notice\b/i;
const SPEAKER_AFTER = /^[\s,]*(?:said|says|told|added|noted|stated|explained|argued|warned)\b/i;
const SPEAKER_AFTER_APPOSITION = /^,[^,;.]{0,60},\s*(?:said|says|told|added|noted|stated|explained|argued|warned)\b/i;
const SPEAKER_BEFORE = /\b(?:said|says|told|according\s+to)\b[^.;"]{0,40}$/i;
const CAPS_WORD = /\b\p{Lu}{3,}\b/u;
const INSERTED_AFTER = /^\s*,\s*(?:was|were|is|are|has|have|had)\b/i;
const GOVERNED_BEFORE = /\b(?:by|with|from|for|to)\s+(?:\p{Lu}[\p{L}.'-]*\s+){0,3}$/u;
const EDGE_QUOTES = /^"|"$/g;
const FACILITY_NEXT = /^\s+(?:International\s+)?(?:Airport|Prison|Street|Avenue|Boulevard|Road|Square|Station|Port|Centre|Center|University|Hospital|Bridge)\b/;
const LIST_GAP = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)$/;
/** "a Red Notice was issued against X": the auxiliary of an instrument's participle. */
/** "issued at the request of Jordan against X": the request phrase of an instrument's participle, with the state named in it. */
const REQUEST_OF_GAP = /\b(?:at|upon|on)\s+(?:the\s+)?(?:request|behest|instigation)\s+of\b/gi;
/** "the arrest on 2 June 2025 of X": the date inside a nominal trigger. */
const DATE_WORD = new Set(Object.keys(MONTHS).map((m) => m.toLowerCase()));
const PASSIVE_ISSUED = /^\s+(?:was|were|is|are|has\s+been|had\s+been|have\s+been)\s+(?=(?:issued|filed|lodged|circulated|published|requested|sought|made)\b)/i;
/** ", a historian at", ", editor of": an apposition after a name, with or without its article. */
const APPOSITION_START = /^,\s+(?:(?:a|an|the)\s|(?=\p{Ll}+\s+(?:of|at|for|with)\s))/u;
const WHO_AFTER = /\swho\b/i;
const APPOSITION_OF_BEFORE = /^,\s+(?:(?:a|an|the)\s+)?(?:[\p{Ll}-]+\s+){1,3}(?:of|at|for|with)\s+(?:the\s+)?$/u;
const APPOSITIVE = /,[^,;.]{0,50},/;

const isLower = (t: string): boolean => t === t.toLowerCase();

/** The words between a trigger and a person after it read as "of / for / against [the] [descriptors]". */
export function objectGap(gap: string): boolean {
  // a headline in capitals before the line break is another line, not a descriptor
  if (gap.length > 70 || /[;"]/.test(gap) || (gap.includes('\n') && CAPS_WORD.test(gap))) return false;
  // a parenthesis closed in the gap held the trigger: the name after it is another entry ("X (detained on a Red Notice), Y")
  if (gap.split(')').length > gap.split('(').length) return false;
  const tokens = gap.replace(APPOSITIVE, ' ').replace(PASSIVE_ISSUED, ' ').replace(REQUEST_OF_GAP, ' ').match(TOKEN_RE) ?? [];
  let free = 0;
  for (const t of tokens) {
    const w = t.toLowerCase();
    if (t === ',' || t === ':' || t === '(' || t === ')') continue;
    if (OBJECT_PREPS.has(w) || OBJECT_DETS.has(w) || OBJECT_PARTICIPLES.has(w)) continue;
    if (/^\d{1,4}(?:st|nd|rd|th)?$/.test(w) || DATE_WORD.has(w)) continue;
    if (OBJECT_STOPS.has(w) || w.endsWith('ing')) return false;
    if (++free > 4) return false;
  }
  return true;
}

/** Words that put a person on a list or under a notice ("was placed on the wanted list"). */
const LISTING_WORDS = new Set(['on', 'put', 'placed', 'added', 'listed', 'under', 'its', 'their', 'his', 'her']);

/**
 * The words between a person and a trigger after it read as auxiliaries and adverbs ("who was",
 * "himself subject to an"); `allowed` accepts country words ("a Chinese"), `listing` the words of a
 * list or notice ("was placed on Russia's wanted list").
 */
export function subjectGap(gap: string, allowed: (offset: number) => boolean = () => false, base = 0, listing = false): boolean {
  // a possessive belongs to the noun after it ("Kaye's concern")
  if (gap.length > 160 || gap.includes(';') || gap.startsWith("'")) return false;
  // an apposition after the name: "X, a historian at Samarkand State University, who was", "X, a resident of Kansas who was"
  let from = 0;
  const appos = APPOSITION_START.exec(gap);
  if (appos) {
    const close = gap.indexOf(',', appos[0].length);
    const who = gap.search(WHO_AFTER);
    if (close > 0 && close < 70) from = close + 1;
    else if (who > 0 && who < 70) from = who;
    // "X, an IRPT member deported from Turkey": a short apposition whose participle is the trigger
    else if (close < 0 && who < 0 && gap.length < 60 && reducedRelative(gap.slice(appos[0].length))) return true;
  }
  const rest = gap.slice(from);
  if (rest.length > 120) return false;
  // a relative clause binds its subject: allow a few more words ("who fled Bahrain in 2015 after being")
  const relative = /^\s*(?:,\s*)?who\b/i.test(rest);
  const limit = relative ? 4 : 2;
  let free = 0;
  for (const m of rest.matchAll(TOKEN_RE)) {
    const t = m[0];
    const w = t.toLowerCase();
    if (t === ',' || t === '(' || t === ')' || t === '-' || t === '"') continue;
    if (GAP_WORDS.has(w) || (listing && LISTING_WORDS.has(w)) || /^\d+$/.test(t)) continue;
    if (allowed(base + from + m.index)) continue;
    if (listing && /'s?$/.test(t)) continue;
    // a relative clause may name places ("who spent six years in Australian immigration detention, was")
    if (STOPS.has(w) || (!isLower(t) && !relative)) return false;
    if (++free > limit) return false;
  }
  return true;
}

/** The head of an apposition right before its participle: a few words, none that starts another clause or party. */
function reducedRelative(words: string): boolean {
  const tokens = words.match(TOKEN_RE) ?? [];
  if (!tokens.length || tokens.length > 6) return false;
  return tokens.every((t) => /^\p{L}/u.test(t) && !STOPS.has(t.toLowerCase()) && !GAP_WORDS.has(t.toLowerCase()));
}

/** A coordinated list of people ("A, B, and C") that holds `m`, extended in one direction. */
function expand(index: PeopleIndex, text: string, m: PersonMention, from: number, to: number, forward: boolean): PersonMention[] {
  const list = [m];
  const inSentence = index.within(from, to);
  let i = inSentence.findIndex((x) => x.start === m.start && x.person === m.person);
  for (;;) {
    const j = forward ? i + 1 : i - 1;
    const n = inSentence[j];
    if (!n) break;
    const [a, b] = forward ? [list[list.length - 1]!, n] : [n, list[0]!];
    if (!LIST_GAP.test(text.slice(a.end, b.start))) break;
    if (forward) list.push(n);
    else list.unshift(n);
    i = j;
  }
  return list;
}

const unique = (xs: number[]): number[] => [...new Set(xs)];

/**
 * The people each trigger of one sentence is about (canonical person indices),
 * or an empty list when the sentence ties it to nobody.
 */
export function linkSubjects(
  text: string,
  triggers: readonly Trigger[],
  index: PeopleIndex,
  discourse: Discourse,
  isCountryAt: (offset: number) => boolean,
): number[][] {
  const direct = triggers.map((t) => linkOne(text, t, index, discourse, isCountryAt));
  // chains: triggers of one clause share a subject
  const out = direct.map((d) => [...d]);
  for (let i = 0; i < triggers.length; i++) {
    if (out[i]!.length) continue;
    // look back, then forward, along the chain
    for (let j = i - 1; j >= 0 && chained(text, triggers[j]!, triggers[j + 1]!, index, out[j]!); j--) {
      if (out[j]!.length) {
        out[i] = [...out[j]!];
        break;
      }
    }
    if (out[i]!.length) continue;
    for (let j = i + 1; j < triggers.length && chained(text, triggers[j - 1]!, triggers[j]!, index); j++) {
      if (direct[j]!.length) {
        out[i] = [...direct[j]!];
        break;
      }
    }
  }
  for (let i = 0; i < triggers.length; i++) {
    const t = triggers[i]!;
    if (out[i]!.length && WITH_THEM.test(text.slice(t.end, Math.min(t.sentence.end, t.end + 40))) && discourse.lastGroup.length) {
      out[i] = unique([...out[i]!, ...discourse.lastGroup]);
    }
    if (out[i]!.length >= 2) discourse.lastGroup = out[i]!;
    if (out[i]!.length === 1) discourse.lastSubject = out[i]![0]!;
    if (out[i]!.length && (t.kind === 'notice' || t.kind === 'diffusion')) discourse.lastNotice = out[i]!;
    // "The notice was deleted in 2018": a deletion with nobody named refers to the last notice
    if (!out[i]!.length && t.kind === 'deletion' && ANAPHORIC_NOTICE.test(t.sentence.text)) out[i] = [...discourse.lastNotice];
  }
  return out;
}

/**
 * Two triggers in one clause: close, no person, no semicolon or quotation between. `own`: the people the
 * first trigger is about, who may stand between ("arrested X in Vienna on Monday under a Red Notice").
 */
function chained(text: string, a: Trigger, b: Trigger, index: PeopleIndex, own: readonly number[] = []): boolean {
  if (b.start - a.end > 100) return false;
  // quotation marks around a trigger ("a "diffusion"") belong to it
  const gap = text.slice(a.end, b.start).replace(EDGE_QUOTES, '');
  // a quoted title between is fine ("charged with "propaganda" and sentenced"), an open quotation is not
  if (gap.includes(';') || (gap.split('"').length - 1) % 2 === 1) return false;
  // a person named inside a place ("Belgrade Nikola Tesla Airport") is no new subject
  return index.within(a.end, b.start).every((m) => own.includes(m.person) || FACILITY_NEXT.test(text.slice(m.end, m.end + 30)));
}

function referent(text: string, index: PeopleIndex, discourse: Discourse, pronoun: string, at: number, sentenceStart: number): number[] {
  const p = pronoun.toLowerCase();
  if (p === 'they' || p === 'them' || p === 'their' || GROUP_SET.has(p.replace(/\s+/g, ' '))) return [...discourse.lastGroup];
  // 1. the last person named in the same sentence, unless a speaker ("Her lawyer, Ramesh Iyer, said she ...")
  const last = index.lastBefore(at);
  if (last && last.start >= sentenceStart && !isSpeaker(text, last, at) && !isBystander(text, last)) return [last.person];
  // 2. a case subject named shortly before: the topic of the passage
  const near = index.within(Math.max(0, at - 400), at);
  for (let i = near.length - 1; i >= 0; i--) if (near[i]!.end <= at && discourse.subjects.has(near[i]!.person)) return [near[i]!.person];
  // 3. the last person named who is not a speaker; 4. the last case subject
  for (let i = near.length - 1; i >= 0; i--) if (near[i]!.end <= at && !isSpeaker(text, near[i]!, at) && !isBystander(text, near[i]!)) return [near[i]!.person];
  if (discourse.lastSubject !== null) return [discourse.lastSubject];
  return last ? [last.person] : [];
}

/** "criticised by the governor, X", "X, who is not accused of any involvement": the agent of a passive or a person cleared of a part in it. */
const AGENT_BEFORE = /\bby\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}(?:,\s*)?$/u;
const NOT_ACCUSED_AFTER = /^,?\s+(?:who|which)\s+(?:is|was|has|had)\s+(?:not|never)\s+(?:been\s+)?(?:accused|suspected|implicated|involved|charged)\b/i;
function isBystander(text: string, m: PersonMention): boolean {
  return AGENT_BEFORE.test(text.slice(backFrom(text, 0, m.start, 40), m.start)) || NOT_ACCUSED_AFTER.test(text.slice(m.end, m.end + 50));
}

/** A person named as the source of what is said: "said X", "X said", "according to X", "X, who lives in Y, said". */
function isSpeaker(text: string, m: PersonMention, limit: number): boolean {
  const before = text.slice(backFrom(text, 0, m.start, 50), m.start);
  if (SPEAKER_BEFORE.test(before)) return true;
  const after = text.slice(m.end, Math.min(limit, m.end + 80));
  return SPEAKER_AFTER.test(after) || SPEAKER_AFTER_APPOSITION.test(after);
}

/** Triggers whose subject never follows them: a state ("held", "in custody") or an agent phrase ("wanted by"). */
const OBJECTLESS = /\b(?:held|custody|prison|jail|gaol|by|in|list|arrest)$/i;
function objectless(t: Trigger): boolean {
  return t.kind === 'wanted' || (t.kind === 'event' && t.event === 'detained' && (OBJECTLESS.test(t.text) || /\bheld\b/i.test(t.text)));
}

function guessSubject(
  text: string,
  t: Trigger,
  index: PeopleIndex,
  isCountryAt: (offset: number) => boolean,
  nearest: PersonMention | undefined,
  first: PersonMention | undefined,
): number[] | null {
  const s = t.sentence;
  const ahead = objectless(t) ? undefined : firstGuessedName(text, t.end, Math.min(first?.start ?? s.end, s.end, t.end + 70), isCountryAt);
  if (ahead && !notAPerson(text, ahead.start, ahead.end, true) && objectGap(text.slice(t.end, ahead.start))) return [index.adopt(ahead.name, ahead.start, ahead.end)];
  const behind = lastGuessedName(text, Math.max(nearest?.end ?? s.start, backFrom(text, s.start, t.start, 120)), t.start, isCountryAt);
  if (behind && !notAPerson(text, behind.start, behind.end, true) && subjectGap(text.slice(behind.end, t.start), isCountryAt, behind.end, t.kind === 'wanted' || t.kind === 'notice')) {
    const person = index.adopt(behind.name, behind.start, behind.end);
    if (!PLURAL_CUE.test(text.slice(behind.end, t.start))) return [person];
    const m = index.within(behind.start, behind.end).find((x) => x.person === person) ?? { start: behind.start, end: behind.end, person };
    return unique(expand(index, text, m, s.start, s.end, false).map((x) => x.person));
  }
  return null;
}

function linkOne(text: string, t: Trigger, index: PeopleIndex, discourse: Discourse, isCountryAt: (offset: number) => boolean): number[] {
  const s = t.sentence;
  // a "person" named by a country's name ("the United States") is a country
  const real = (m: PersonMention) => !(isCountryAt(m.start) && isCountryAt(m.end - 1));
  const before = index.within(s.start, t.start).filter((m) => m.end <= t.start && real(m));
  const after = index.within(t.end, s.end).filter(real);

  // a pronoun inside the trigger: "sought his return"
  const inside = /\b(his|her|their)\b/i.exec(t.text);
  if (inside) {
    const r = referent(text, index, discourse, inside[1]!, t.start + inside.index, s.start);
    if (r.length) return r;
  }
  // possessive: "Hasan's detention", "his arrest"
  let nearest = before[before.length - 1];
  // "X, editor of Y, was detained": a name governed inside an apposition after another person is not the subject
  const prior = before[before.length - 2];
  if (nearest && prior && APPOSITION_OF_BEFORE.test(text.slice(prior.end, nearest.start)) && /^\s*,/.test(text.slice(nearest.end, t.start))) nearest = prior;
  if (nearest && (POSSESSIVE_NAME.test(text.slice(nearest.end, t.start)) || WHOSE.test(text.slice(nearest.end, t.start)))) return [nearest.person];
  const head = text.slice(backFrom(text, s.start, t.start, 40), t.start);
  const poss = POSSESSIVE_PRONOUN.exec(head);
  if (poss) {
    const at = t.start - head.length + poss.index;
    const r = referent(text, index, discourse, poss[1]!, at, s.start);
    if (r.length) return r;
  }

  // object after: "the arrest of X", "detained X", "a Red Notice, ..., issued for X"; never after "held", "in custody", "wanted by"
  const first = objectless(t) ? undefined : after[0];
  if (first && first.start - t.end <= 70 && objectGap(text.slice(t.end, first.start))) {
    return unique(expand(index, text, first, s.start, s.end, true).map((m) => m.person));
  }
  const tail = text.slice(t.end, Math.min(s.end, t.end + 20));
  const obj = OBJECT_PRONOUN.exec(tail);
  if (obj) {
    const r = referent(text, index, discourse, obj[1]!, t.end, s.start);
    if (r.length) return r;
  }

  // subject before: "X, who was arrested", "X remains in detention", "X and Y, both of whom are wanted by"
  const listing = t.kind === 'wanted' || t.kind === 'notice' || t.kind === 'diffusion';
  // "The film, directed by X, was released": a name governed by a preposition inside an inserted phrase is not the subject
  const inserted = nearest && INSERTED_AFTER.test(text.slice(nearest.end, t.start)) && GOVERNED_BEFORE.test(text.slice(backFrom(text, s.start, nearest.start, 40), nearest.start));
  if (nearest && !inserted && subjectGap(text.slice(nearest.end, t.start), isCountryAt, nearest.end, listing)) {
    const gap = text.slice(nearest.end, t.start);
    const group = PLURAL_CUE.test(gap) ? expand(index, text, nearest, s.start, s.end, false) : [nearest];
    return unique(group.map((m) => m.person));
  }

  // a name the people stage missed, right where a subject belongs
  const guess = guessSubject(text, t, index, isCountryAt, nearest, first);
  if (guess !== null) return guess;

  // pronoun or group subject: "he was detained", "They were detained", "these individuals have been held"
  const clause = text.slice(backFrom(text, s.start, t.start, 80), t.start);
  const base = t.start - clause.length;
  let pronoun: { word: string; at: number; end: number } | null = null;
  SUBJECT_PRONOUN.lastIndex = 0;
  for (const m of clause.matchAll(SUBJECT_PRONOUN)) pronoun = { word: m[0], at: base + m.index, end: base + m.index + m[0].length };
  GROUP_RE.lastIndex = 0;
  for (const m of mayHoldGroup(clause) ? clause.matchAll(GROUP_RE) : []) {
    if (!pronoun || base + m.index > pronoun.at) pronoun = { word: m[0], at: base + m.index, end: base + m.index + m[0].length };
  }
  if (pronoun && (!nearest || nearest.end <= pronoun.at) && subjectGap(text.slice(pronoun.end, t.start), isCountryAt, pronoun.end, listing)) {
    return referent(text, index, discourse, pronoun.word, pronoun.at, s.start);
  }
  return [];
}
