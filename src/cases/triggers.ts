/**
 * Trigger detection: the words in a sentence that cite a case (a Red Notice,
 * an extradition request, an arrest, a detention, a deletion), each with
 * whether it states a fact or a prospect. Patterns are compiled once from
 * `src/lexicons/case-vocabulary.ts`; each is a word-bounded alternation of
 * literal phrases, linear in the sentence.
 */
import {
  CLAUSE_BREAKS,
  DELETION_WORDS,
  EVENT_NOUNS,
  EVENT_WORDS,
  EXTRADITION_REQUEST_PHRASES,
  EXTRADITION_WORDS,
  HELD_IN_NOT_DETAINED,
  HYPOTHETICAL_WORDS,
  NOTICE_COLOURS,
  CHARGED_WITH_TASK,
  CONVICTION_AS_BELIEF_BEFORE,
  EXPELLED_FROM_BODY,
  NOTICE_GENERIC_NEXT,
  NOTICE_PHRASES,
  REFUSAL_WORDS,
  REQUEST_NOUNS,
  REQUEST_VERBS,
  RELEASE_DONE_BEFORE,
  RELEASE_NOT_AFTER,
  RELEASED_FROM_NOT,
  ONGOING_WORDS,
  WANTED_PHRASES,
  WARRANT_PHRASES,
} from '../lexicons/case-vocabulary.js';
import type { Sentence } from '../text/sentences.js';
import type { Trigger, TriggerEvent, TriggerKind } from './types.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A word-bounded, case-insensitive alternation of phrases, longest first; spaces match any run of spaces. */
export function phrasePattern(phrases: readonly string[]): RegExp {
  const body = [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map((p) => escape(p).replace(/ /g, '\\s+'))
    .join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}-])(?:${body})(?![\\p{L}\\p{N}])`, 'giu');
}

interface Pattern {
  readonly kind: TriggerKind;
  readonly event: TriggerEvent | null;
  readonly re: RegExp;
  /** Lower-case words, one of which every match holds (most are trigger words). */
  readonly anchors: readonly string[];
  /** The most words a match has before the word that holds its anchor. */
  readonly wordsBefore: number;
}

/** Word stems of every trigger: a sentence without one holds no trigger. Each pattern below is anchored on some of them. */
const TRIGGER_WORDS: readonly string[] = [
  'notice', 'taken', 'took', 'seized', 'grabbed', 'snatched', 'dragged', 'stopped', 'alert', 'wanted', 'picked', 'return', 'diffusion',
  'extradi', 'sought', 'pursued', 'hunted', 'warrant', 'arrest', 'apprehen', 'detain', 'detention', 'custody', 'prison', 'jail', 'gaol',
  'incarcerat', 'charge', 'indict', 'accused', 'prosecut', 'sentenc', 'convict', 'deport', 'expelled', 'refoul', 'releas', 'free',
  'disappear', 'abduct', 'kidnap', 'held', 'delet', 'cancel', 'withdr', 'lifted', 'revoked', 'rescinded', 'removed', 'quashed',
];

/** A quick test: does the sentence hold any trigger word at all? */
const ANY_RE = new RegExp(`(?:${TRIGGER_WORDS.join('|')})`, 'i');

/**
 * A trigger pattern compiled from a phrase list, anchored on the trigger word each phrase holds, or on its
 * longest word when it holds none ("revoke": such a phrase is still only looked for where a trigger word is).
 */
function phrases(kind: TriggerKind, event: TriggerEvent | null, list: readonly string[]): Pattern {
  const anchors = new Set<string>();
  let wordsBefore = 0;
  for (const phrase of list) {
    const words = phrase.split(' ');
    const trigger = ANY_RE.exec(phrase);
    const anchor = (trigger?.[0] ?? words.reduce((a, b) => (b.length > a.length ? b : a))).toLowerCase();
    anchors.add(anchor);
    wordsBefore = Math.max(wordsBefore, words.findIndex((w) => w.toLowerCase().includes(anchor)));
  }
  return { kind, event, re: phrasePattern(list), anchors: [...anchors], wordsBefore };
}

const NOTICE_RE = new RegExp(
  `(?<![\\p{L}-])(?:(?:interpol|international)\\s+)?(?:(?:${NOTICE_COLOURS.join('|')})[\\s-]|interpol\\s)notice(?![\\p{L}])`,
  'giu',
);
const HELD_IN_NOT_RE = new RegExp(`^\\s*(?:in\\s+)?(?:${HELD_IN_NOT_DETAINED.join('|')})\\b`, 'iu');
/** "press release", "release date": a publication, not a person freed. */
const RELEASE_NOT_RE = new RegExp(`\\b(?:${RELEASE_NOT_AFTER.join('|')})\\s+$`, 'i');
const RELEASE_NOT_NEXT = /^\s+(?:date|dates|notes|schedule|candidate|version|party|event)\b/i;
const RELEASED_FROM_NOT_RE = new RegExp(`^\\s+from\\s+(?:the\\s+|his\\s+|her\\s+|their\\s+)?(?:${RELEASED_FROM_NOT.join('|')})\\b`, 'i');
const BELIEF_BEFORE = new RegExp(`\\b(?:${CONVICTION_AS_BELIEF_BEFORE.join('|')})\\s+$`, 'i');
const TASK_AFTER = new RegExp(`^\\s+with\\s+(?:the\\s+)?(?:${CHARGED_WITH_TASK.join('|')})\\b`, 'i');
const BODY_AFTER = new RegExp(`^\\s+from\\s+(?:the\\s+|his\\s+|her\\s+|their\\s+)?(?:[\\p{L}-]+\\s+)?(?:${EXPELLED_FROM_BODY.join('|')})\\b`, 'iu');
/** "sentenced to five years in prison": the length of a sentence, not a detention. */
const SENTENCE_BEFORE_RE = /\b(?:sentenc|term\b|jailed\s+for)/i;
const TERM_BEFORE_RE = /\b(?:years?|months?|weeks?|days?|life)(?:'s?)?\s+$/i;
const PRESUPPOSED = new Set(['arrest', 'arrests', 'detention', 'imprisonment', 'incarceration', 'conviction', 'apprehension', 'abduction']);
const DETERMINER_BEFORE = /\b(?:the|his|her|their|its|this|that)\s+(?:[\p{Ll}-]+\s+)?$|'s\s+(?:[\p{Ll}-]+\s+)?$/u;
const RISK_BEFORE = /\b(?:risk|risks|threat|danger|fear|fears|possibility|likelihood|prospect|face|faces|facing|prevent|avoid|for)\s+(?:of\s+)?(?:the|his|her|their|its|this|that|[\p{L}-]+'s)\s+(?:[\p{Ll}-]+\s+)?$/u;
const PERFECT_BEFORE = /\b(?:has|have)\s+(?:(?:\p{Ll}+\s+)?been\s+(?:in\s+)?(?:[\p{Ll}-]+\s+)?|(?:now\s+|already\s+)?spent\s+(?:[\p{L}\d-]+\s+){1,4})$/u;
const STILL_AFTER =
  /^[^.;]*?\b(?:ever\s+since|since\s+then|to\s+this\s+day|to\s+date|until\s+now|indefinitely|since\s*[.,;]|since\s+(?:\d{4}|january|february|march|april|may|june|july|august|september|october|november|december)\b)/i;
const COORDINATED = /^(?:\s*,)?\s+(?:and|or)\s+$|^\s*,\s*$/;
const GENERIC_NEXT_RE = new RegExp(`^\\s*(?:${NOTICE_GENERIC_NEXT.join('|')})\\b`, 'iu');

const PATTERNS: readonly Pattern[] = [
  // "Interpol Red Notice", "international Interpol notice": two words before the anchor
  { kind: 'notice', event: null, re: NOTICE_RE, anchors: ['notice'], wordsBefore: 2 },
  phrases('notice', null, NOTICE_PHRASES),
  // "The notice dates from 2017", "the notice was issued in 2019": a notice named before, dated now
  { kind: 'notice', event: null, re: /(?<=\b(?:[Tt]he|[Tt]his|[Tt]hat)\s)notice(?=\s+(?:dates\s+(?:back\s+)?(?:from|to)|was\s+(?:first\s+)?(?:issued|published|circulated)\s+(?:in|on))\s)/gu, anchors: ['notice'], wordsBefore: 0 },
  phrases('diffusion', null, ['diffusion']),
  phrases('extradition-request', null, EXTRADITION_REQUEST_PHRASES),
  phrases('extradition', 'extradited', EXTRADITION_WORDS),
  phrases('wanted', null, WANTED_PHRASES),
  phrases('warrant', null, WARRANT_PHRASES),
  phrases('deletion', 'deleted', DELETION_WORDS),
  ...Object.entries(EVENT_WORDS).map(([event, words]) => phrases('event', event as TriggerEvent, words)),
  // "sits in an Ecuadorian prison": a prison or jail the person is in
  { kind: 'event', event: 'detained', re: /(?<![\p{L}-])in\s+(?:(?:an?|the)\s+)?(?:[\p{L}-]+\s+)?(?:prison|jail|gaol|custody)(?![\p{L}])/giu, anchors: ['prison', 'jail', 'gaol', 'custody'], wordsBefore: 3 },
  // "officers took Mr X from his home": taken away by the authorities, the person named between
  {
    kind: 'event',
    event: 'detained',
    re: /(?<![\p{L}-])(?:[Tt]ook|[Ss]eized|[Gg]rabbed|[Ss]natched|[Dd]ragged)(?=\s+(?:him\s+|her\s+|them\s+|\p{Lu}[\p{L}.'-]*\s+(?:[\p{L}.'-]+\s+){0,4})from\s+(?:his|her|their)\s+(?:home|house|office|flat|apartment|car|bed)\b)/gu,
    anchors: ['took', 'seized', 'grabbed', 'snatched', 'dragged'],
    wordsBefore: 0,
  },
];

/**
 * One scan for the trigger words and anchors of a sentence, longest first, gives the patterns worth running
 * (a bit each). A word found also stands for the shorter words it starts with, which match at the same place.
 */
const SCAN_WORDS: readonly string[] = [...new Set([...TRIGGER_WORDS, ...PATTERNS.flatMap((p) => p.anchors)])].sort((x, y) => y.length - x.length || (x < y ? -1 : 1));
const WORD_SCAN = new RegExp(SCAN_WORDS.map(escape).join('|'), 'gi');
interface ScanWord {
  /** The patterns anchored on the word or on a word it starts with. */
  readonly bits: number;
  /** A trigger word is found there. */
  readonly trigger: boolean;
}
const SCAN: ReadonlyMap<string, ScanWord> = new Map(
  SCAN_WORDS.map((w) => {
    const prefixes = SCAN_WORDS.filter((v) => w.startsWith(v));
    const bits = PATTERNS.reduce((m, p, i) => (p.anchors.some((a) => prefixes.includes(a)) ? m | (1 << i) : m), 0);
    return [w, { bits, trigger: prefixes.some((v) => TRIGGER_WORDS.includes(v)) }];
  }),
);
if (PATTERNS.length > 30) throw new Error('too many trigger patterns for a bit set');
const ALL_BITS = 2 ** PATTERNS.length - 1;
/** "ſ" and the Kelvin sign: case-insensitive Unicode patterns read them as "s" and "k", the scan does not. */
const FOLDS_TO_ASCII = /[\u017f\u212a]/;

/** Where the scan found a word (offsets in the sentence) and the patterns each stands for. Reused from sentence to sentence. */
const hitAt: number[] = [];
const hitBits: number[] = [];

/**
 * The patterns (bits of PATTERNS) that may match in a sentence, 0 when it holds no trigger word; the places
 * of their words in hitAt and hitBits, or ALL_BITS and no places where every pattern must scan the whole sentence.
 */
function patternsFor(sentence: string): number {
  hitAt.length = 0;
  hitBits.length = 0;
  if (FOLDS_TO_ASCII.test(sentence)) return ANY_RE.test(sentence) ? ALL_BITS : 0;
  let bits = 0;
  let trigger = false;
  WORD_SCAN.lastIndex = 0;
  for (let m = WORD_SCAN.exec(sentence); m; m = WORD_SCAN.exec(sentence)) {
    const word = SCAN.get(m[0].toLowerCase())!;
    bits |= word.bits;
    trigger ||= word.trigger;
    hitAt.push(m.index);
    hitBits.push(word.bits);
    // words may overlap ("re-arrested"): look again one character on
    WORD_SCAN.lastIndex = m.index + 1;
  }
  return trigger ? bits : 0;
}

/** The sticky twin of each pattern: tried at single offsets. */
const STICKY: readonly RegExp[] = PATTERNS.map((p) => new RegExp(p.re.source, p.re.flags.replace('g', '') + 'y'));

/** JavaScript's \s. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c >= 128 && SPACE.test(String.fromCharCode(c)));
}
const SPACE = /\s/;

/** A letter or hyphen of ASCII: every pattern refuses to start right after one. */
function isWordTail(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 45;
}

/** The start of the whitespace-delimited word that holds `at`, and of `words` words before it. */
function wordsBack(s: string, at: number, words: number): number {
  let i = at;
  for (let w = 0; ; w++) {
    while (i > 0 && !isSpace(s.charCodeAt(i - 1))) i--;
    if (w === words || i === 0) return i;
    while (i > 0 && isSpace(s.charCodeAt(i - 1))) i--;
  }
}

/**
 * The matches of pattern `i` in sentence `s`, those a scan of the whole sentence gives: every match holds an
 * anchor and starts at most `wordsBefore` words before it, so the sticky twin is tried only there, left to right.
 */
function patternMatches(i: number, s: string, found: (start: number, end: number) => void): void {
  const p = PATTERNS[i]!;
  if (!hitAt.length) {
    p.re.lastIndex = 0;
    for (const m of s.matchAll(p.re)) found(m.index, m.index + m[0].length);
    return;
  }
  const sticky = STICKY[i]!;
  const bit = 1 << i;
  let done = 0;
  for (let h = 0; h < hitAt.length; h++) {
    const at = hitAt[h]!;
    if (!(hitBits[h]! & bit) || at < done) continue;
    for (let q = Math.max(done, wordsBack(s, at, p.wordsBefore)); q <= at; q++) {
      if (q > 0 && isWordTail(s.charCodeAt(q - 1))) continue;
      sticky.lastIndex = q;
      const m = sticky.exec(s);
      if (m) {
        found(q, q + m[0].length);
        done = q + m[0].length;
        break;
      }
    }
  }
}

const HYPOTHETICAL = new Set(HYPOTHETICAL_WORDS);
/** "had not been charged", "was never arrested": no event (read like a prospect). */
const NEGATION = new Set(['not', 'never', "n't", 'no', "hasn't", "wasn't", "weren't", "isn't", "aren't", "haven't", "hadn't", 'rather', 'instead']);
const ONGOING = new Set(ONGOING_WORDS.filter((w) => !w.includes(' ')));
const CLAUSE_BREAK_RE = phrasePattern([...CLAUSE_BREAKS, 'and', 'that', 'or']);
const BOUNDARY_CHARS = /[,;:()"[\]]/g;
const WORD_RE = /[\p{L}']+/gu;
/** A real release: after or since it ("since his release"), ordered or welcomed ("ordered the release of"), not a call for it. */
const REAL_RELEASE_BEFORE = new RegExp(`\\b(?:${RELEASE_DONE_BEFORE.join('|')})\\s+(?:(?:his|her|their|the)\\s+)?(?:[\\p{Ll}-]+\\s+)?$`, 'iu');
const REFUSAL = new Set(REFUSAL_WORDS.filter((w) => !w.includes(' ')));
/** "the charges against him, if any": information asked for, not a charge. */
const IF_ANY_AFTER = /^[^;]{0,40}?,\s*if\s+any\b/i;
/** A verb in its base form right after "to" ("to release", "to arrest"): a purpose or a call. */
const TO_BEFORE = /\bto\s+$/i;
/** "for arrest", "for extradition": a purpose. */
const FOR_BEFORE = /\bfor\s+$/i;
const BASE_FORMS = new Set(['arrest', 'release', 'deport', 'extradite', 'detain', 'charge', 'sentence', 'convict', 'cancel', 'delete', 'withdraw', 'lift', 'revoke', 'remove', 'free']);

const WORD_CHAR = /[\p{L}\p{N}']/u;

const REQUEST_VERB_SET = new Set(REQUEST_VERBS);
/** "that he be released": a bare "be" after its subject is a mandative subjunctive, a demand (not "to be", "will be"). */
const SUBJUNCTIVE_BE = /(?:^|[^\p{L}'])(?!(?:to|not|never|will|would|shall|should|must|may|might|can|could)\b)[\p{L}]+\s+be\s+(?:[\p{Ll}]+ly\s+)?$/u;
const THAT_RE = /\bthat\s/gi;
/** "request for his arrest", "a motion for the detention of": what the request asks for. */
const REQUEST_FOR_BEFORE = new RegExp(`\\b(?:${REQUEST_NOUNS.join('|')})\\s+for\\s+(?:the\\s+|his\\s+|her\\s+|their\\s+)?(?:provisional\\s+)?$`, 'i');
/** "asked Costa Rica and Spain for the arrest and extradition of", "asked the UAE to extradite him": the verb of a request a few words back. */
const FOR_OR_TO_BEFORE = /\b(?:for|to)\s+(?:(?:the|his|her|their|provisional)\s+)*$/i;
/** "stopped at" a border or an airport, not at nothing. */
const STOPPED_AT_PLACE = /^[^.;]{0,50}?\b(?:airport|border|checkpoint|crossing|passport\s+control|port)\b/i;
const WORDS_ONLY = /[\p{L}'-]+/gu;

/** The request verb governing a trigger a few words back ("asked Costa Rica and Spain for the"), read over the sentence. */
function requested(text: string, sentenceStart: number, at: number): boolean {
  const window = text.slice(backFrom(text, sentenceStart, at, 90), at);
  if (REQUEST_FOR_BEFORE.test(window)) return true;
  // "We ask that he be released": the demand before "that"
  let thatAt = -1;
  THAT_RE.lastIndex = 0;
  for (const m of window.matchAll(THAT_RE)) thatAt = m.index;
  if (thatAt >= 0 && SUBJUNCTIVE_BE.test(window.slice(thatAt))) {
    const words = window.slice(0, thatAt).match(WORDS_ONLY) ?? [];
    const verb = words[words.length - 1]?.toLowerCase() ?? '';
    if (REQUEST_VERB_SET.has(verb) || (words[words.length - 2] ?? '').toLowerCase() === 'call') return true;
  }
  // "asked X for the arrest", "asked the UAE to extradite": a request verb, then its object, then "for"/"to"
  if (FOR_OR_TO_BEFORE.test(window)) {
    const words = window.match(WORDS_ONLY) ?? [];
    for (let i = words.length - 1, n = 0; i >= 0 && n < 8; i--, n++) {
      const w = words[i]!.toLowerCase();
      if (REQUEST_VERB_SET.has(w)) return true;
      if (NEGATION.has(w) || w === 'that' || w === 'who' || w === 'which') break;
    }
  }
  return false;
}

/** Where a window of about `n` characters before `at` starts: not before `from`, and never inside a word. */
export function backFrom(text: string, from: number, at: number, n: number): number {
  let start = Math.max(from, at - n);
  if (start > from) while (start < at && WORD_CHAR.test(text[start - 1]!) && WORD_CHAR.test(text[start]!)) start++;
  return start;
}

/** The few words of the clause before `at`: after the last comma, semicolon or clause word, at most 60 characters. */
export function clauseBefore(text: string, from: number, at: number): string {
  let window = text.slice(backFrom(text, from, at, 60), at);
  BOUNDARY_CHARS.lastIndex = 0;
  let m: RegExpExecArray | null;
  let cut = -1;
  while ((m = BOUNDARY_CHARS.exec(window))) cut = m.index + 1;
  CLAUSE_BREAK_RE.lastIndex = 0;
  while ((m = CLAUSE_BREAK_RE.exec(window))) cut = Math.max(cut, m.index + m[0].length);
  return cut > 0 ? window.slice(cut) : window;
}

/** Reads the words before a trigger right to left: the first hypothetical or ongoing word decides. */
function modality(before: string, word: string, noun: boolean): { hypothetical: boolean; ongoing: boolean } {
  const lower = word.toLowerCase();
  if (!noun && BASE_FORMS.has(lower) && TO_BEFORE.test(before)) return { hypothetical: true, ongoing: false };
  if (noun && FOR_BEFORE.test(before)) return { hypothetical: true, ongoing: false };
  const words = before.match(WORD_RE) ?? [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!.toLowerCase();
    if (NEGATION.has(w)) return { hypothetical: true, ongoing: false };
    if (ONGOING.has(w)) return { hypothetical: false, ongoing: true };
    if (HYPOTHETICAL.has(w)) return { hypothetical: true, ongoing: false };
  }
  return { hypothetical: false, ongoing: false };
}

/** Every trigger in one sentence, in order, overlaps resolved (the longer phrase wins). */
const ORDERED_THAT_BEFORE = /\b(?:ordered|orders|ruled|decided)\s+that\s+(?:she|he|they)\s+$/i;
const CHARGES_JUDGED_BEFORE = /\b(?:that|whether|dismissed|dismisses|dismissing|dropped|drops|dropping|rejected|rejects|quashed|quashes|withdrew|withdrawn|withdraws|annulled|overturned)\s+(?:all\s+)?(?:of\s+)?the\s+$/i;

export function findTriggers(text: string, sentence: Sentence): Trigger[] {
  const bits = patternsFor(sentence.text);
  if (!bits) return [];
  const found: { kind: TriggerKind; event: TriggerEvent | null; start: number; end: number }[] = [];
  for (let i = 0; i < PATTERNS.length; i++) {
    if (!(bits & (1 << i))) continue;
    const p = PATTERNS[i]!;
    patternMatches(i, sentence.text, (start, end) => found.push({ kind: p.kind, event: p.event, start: sentence.start + start, end: sentence.start + end }));
  }
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: Trigger[] = [];
  let lastEnd = -1;
  for (const f of found) {
    if (f.start < lastEnd) continue;
    const word = text.slice(f.start, f.end);
    if (f.kind === 'notice' && GENERIC_NEXT_RE.test(text.slice(f.end, Math.min(sentence.end, f.end + 20)))) continue;
    const lower = word.toLowerCase().replace(/\s+/g, ' ');
    const tail = text.slice(f.end, Math.min(sentence.end, f.end + 20));
    const head = text.slice(backFrom(text, sentence.start, f.start, 25), f.start);
    if (lower === 'release' && (RELEASE_NOT_RE.test(head) || RELEASE_NOT_NEXT.test(tail))) continue;
    if (lower === 'charged' && TASK_AFTER.test(tail)) continue;
    // "finding that the charges against her were politically motivated", "dismissed the charges against X": a judgement of the charges, not a charging
    if (lower === 'be held' && !ORDERED_THAT_BEFORE.test(head)) continue;
    if (lower === 'charges against' && CHARGES_JUDGED_BEFORE.test(head)) continue;
    if (lower === 'released' && RELEASED_FROM_NOT_RE.test(tail)) continue;
    if (lower === 'expelled' && BODY_AFTER.test(text.slice(f.end, Math.min(sentence.end, f.end + 40)))) continue;
    if (lower === 'conviction' && (BELIEF_BEFORE.test(head) || /^\s+that\b/i.test(tail))) continue;
    if (lower === 'stopped at' && !STOPPED_AT_PLACE.test(text.slice(f.end, Math.min(sentence.end, f.end + 80)))) continue;
    if (/\bheld\b/.test(lower) && HELD_IN_NOT_RE.test(text.slice(f.end, Math.min(sentence.end, f.end + 20)))) continue;
    if ((/^in\s/.test(lower) || lower === 'imprisonment') && TERM_BEFORE_RE.test(text.slice(backFrom(text, sentence.start, f.start, 20), f.start)) && SENTENCE_BEFORE_RE.test(text.slice(backFrom(text, sentence.start, f.start, 120), f.start))) continue;
    lastEnd = f.end;
    const noun =
      f.kind === 'event' ? EVENT_NOUNS.has(lower) || /prison|jail|gaol/i.test(lower) : f.kind === 'extradition' ? lower === 'extradition' : f.kind !== 'wanted';
    const before = clauseBefore(text, sentence.start, f.start);
    let { hypothetical, ongoing } = modality(before, word, noun);
    // "the detention of X", "his arrest": a noun with a determiner is presupposed, unless a risk or a fear governs it
    if (hypothetical && PRESUPPOSED.has(lower) && DETERMINER_BEFORE.test(before) && !RISK_BEFORE.test(before)) hypothetical = false;
    // "has been held", "held ... ever since": a state that goes on
    // a request for it: "asked Spain for the arrest and extradition of X", "we ask that he be released"
    const asked = f.kind !== 'wanted' && f.kind !== 'notice' && f.kind !== 'diffusion' && requested(text, sentence.start, f.start);
    if (asked) hypothetical = true;
    // "has been held", "is held", "remains held": the trigger holds its own auxiliary
    // "the court ordered that she be held": an order carried out, not a request
    if (lower === 'be held') hypothetical = false;
    if (!hypothetical && (/^(?:been|being|is|are|remains?|ordered|be)\s/.test(lower) && (lower !== 'been held' || /\b(?:has|have)\s+(?:\p{Ll}+\s+)?$/u.test(before)))) ongoing = true;
    if (!hypothetical && (PERFECT_BEFORE.test(before) || STILL_AFTER.test(text.slice(f.end, Math.min(sentence.end, f.end + 60))))) ongoing = true;
    if (f.kind === 'event' && f.event === 'released' && lower === 'release') hypothetical = !REAL_RELEASE_BEFORE.test(text.slice(backFrom(text, sentence.start, f.start, 40), f.start));
    if (IF_ANY_AFTER.test(text.slice(f.end, Math.min(sentence.end, f.end + 60)))) hypothetical = true;
    const refused = (f.kind === 'extradition' || f.kind === 'extradition-request') && (before.match(WORD_RE) ?? []).some((w) => REFUSAL.has(w.toLowerCase()));
    if (f.kind === 'wanted') hypothetical = false;
    let event = f.event;
    if (f.kind === 'extradition' && lower !== 'extradited') event = null;
    // "the risk of arrest and detention": a trigger coordinated with the one before shares its modality
    const prev = out[out.length - 1];
    let request = asked;
    if (prev && COORDINATED.test(text.slice(prev.end, f.start))) {
      hypothetical = prev.hypothetical;
      ongoing = prev.ongoing;
      request = prev.requested;
    }
    out.push({ kind: f.kind, event, start: f.start, end: f.end, text: word, noun, hypothetical, ongoing, refused, requested: request, sentence });
  }
  return out;
}
