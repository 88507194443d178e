/**
 * When an event happened and how long a notice or detention lasted, as the
 * sentence of the trigger says it.
 *
 * Date: the first date after the trigger in its clause ("arrested in Morocco
 * in July this year", "deleted in 2018"), else a date that opens the clause
 * before it ("On July 19, 2021, X was arrested") or qualifies the noun ("a
 * 2014 criminal conviction"). Dates are the resolved mentions of the dates
 * stage, so relative ones ("this year") already carry their value.
 *
 * Duration: "for nearly 20 years" after the trigger, or "2 years in
 * detention" before it.
 */
import type { DateMention } from '../model/date.js';
import type { Mention } from '../model/span.js';
import { backFrom, phrasePattern } from './triggers.js';
import type { Trigger } from './types.js';

export interface DateIndex {
  within(from: number, to: number): DateMention[];
}

export function indexDates(dates: readonly DateMention[]): DateIndex {
  const sorted = [...dates].sort((a, b) => a.span.start - b.span.start);
  return {
    within(from, to) {
      let lo = 0;
      let hi = sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sorted[mid]!.span.start < from) lo = mid + 1;
        else hi = mid;
      }
      const out: DateMention[] = [];
      for (let i = lo; i < sorted.length && sorted[i]!.span.start < to; i++) out.push(sorted[i]!);
      return out;
    },
  };
}

const DATE_BREAK = phrasePattern(['following', 'after', 'before', 'because', 'while', 'when', 'where', 'who', 'which', 'but', 'and', 'on the basis of', 'based on']);
const OPENS_CLAUSE = /^\s*,/;
const AFTER_APPOSITION = /^,\s*(?:on|in)\s+$/i;
const QUALIFIES = /^\s+(?:(?!and\b|or\b|but\b|then\b)[\p{Ll}-]+\s+)?$/u;
/** "The court on Tuesday ordered the release": a date right before the verb of its clause. */
const BEFORE_VERB = /^\s+(?:(?!(?:and|or|but|then|who|which|a|an|under|on|in|at|by|with|following|after|pursuant|from|for|of|to|over|against|upon)\b)[\p{Ll}-]+\s+){1,3}$/u;
/** What may stand before a date that opens its clause: "On 2 April 2025, ...", "In 2019, ...", "Last year, ...". */
const CLAUSE_OPENER = /(?:^|[,;:(]|\b(?:and|but|then)\b)\s*(?:(?:on|in|by|during|early|late|since|until|from)\s+)?$/i;
const NOT_OPENER = /\b(?:since|until|from)\s+$/i;

/** The date of the event a trigger names, or null. `others` are the sentence's other triggers: a date past one of them is theirs. */
const UNTIL_BEFORE = /\buntil\s+$/i;
const WHEN_AFTER = /^,?\s+when\b/i;
/** ", when he was", ", when she was finally": between the end of a holding and its release. */
const UNTIL_WHEN_GAP = /^,?\s+when\s+(?:[\p{Ll}]+\s+){1,3}$/u;

export function dateOf(text: string, t: Trigger, dates: DateIndex, others: readonly Trigger[], reach = 110): DateMention | null {
  const s = t.sentence;
  const nextTrigger = others.find((o) => o.start >= t.end)?.start ?? s.end;
  for (const d of dates.within(t.end, Math.min(s.end, nextTrigger, t.end + reach))) {
    // a quotation mark around the trigger itself ("a "diffusion" circulated") is the trigger's
    const between = text.slice(t.end, d.span.start).replace(/^"/, '');
    if (/[;"]/.test(between)) break;
    DATE_BREAK.lastIndex = 0;
    if (DATE_BREAK.test(between)) break;
    // "held until 29 August, when he was released": the date that ends the holding is the release's
    if (UNTIL_BEFORE.test(between) && WHEN_AFTER.test(text.slice(d.span.end, d.span.end + 12))) break;
    return d;
  }
  // "detained X, an activist sought by Y, on 27 October": a date past an apposition that holds another trigger
  const next = others.find((o) => o.start >= t.end);
  if (next) {
    for (const d of dates.within(next.end, Math.min(s.end, t.end + reach + 80))) {
      const between = text.slice(t.end, d.span.start);
      const commas = between.split(',').length - 1;
      const first = between.indexOf(',');
      if (commas === 2 && t.end + first < next.start && AFTER_APPOSITION.test(between.slice(between.lastIndexOf(','))) && !/[;"]/.test(between)) return d;
      break;
    }
  }
  let prevTrigger = s.start;
  for (const o of others) if (o.end <= t.start) prevTrigger = Math.max(prevTrigger, o.end);
  const before = dates.within(Math.max(prevTrigger, t.start - 110), t.start).filter((d) => d.span.end <= t.start);
  for (let i = before.length - 1; i >= 0; i--) {
    const d = before[i]!;
    const gap = text.slice(d.span.end, t.start);
    if (gap.includes(';')) return null;
    if (t.event === 'released' && UNTIL_WHEN_GAP.test(gap) && UNTIL_BEFORE.test(text.slice(Math.max(0, d.span.start - 10), d.span.start))) return d;
    if (QUALIFIES.test(gap) || BEFORE_VERB.test(gap)) return d;
    if (OPENS_CLAUSE.test(gap)) {
      // "living in Vilnius since 2019, was detained": a date inside a description does not open the clause of the event
      const lead = text.slice(Math.max(prevTrigger, d.span.start - 40), d.span.start);
      if (CLAUSE_OPENER.test(lead) && !NOT_OPENER.test(lead)) return d;
    }
  }
  // "On 2 April 2025, X, who had lived in Vilnius since 2019, was detained": the date that opens the sentence dates its first event
  const opening = dates.within(s.start, Math.min(t.start, s.start + 30))[0];
  if (opening && prevTrigger === s.start && opening.span.end <= t.start && /^\s*(?:(?:on|in|by|early|late)\s+)?$/i.test(text.slice(s.start, opening.span.start)) && /^\s*,/.test(text.slice(opening.span.end))) {
    return opening;
  }
  return null;
}

const NUMBER = '(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|several|many|a\\s+few)';
const UNIT = '(?:years?|decades?|months?|weeks?|days?|hours?)';
const QUALIFIER = '(?:(?:nearly|almost|about|around|over|more\\s+than|at\\s+least|some|roughly|close\\s+to|approximately|the\\s+past|the\\s+last|well\\s+over)\\s+)?';
const DURATION_AFTER = new RegExp(`\\bfor\\s+(${QUALIFIER}${NUMBER}\\s+${UNIT})(?![\\p{L}])`, 'iu');
const DURATION_BEFORE = new RegExp(`(?<![\\p{L}\\d])(${QUALIFIER}${NUMBER}\\s+${UNIT})\\s+(?:in|of)\\s+$`, 'iu');

/** "for", which DURATION_AFTER needs: most clauses lack it, and the pattern is not run there. */
const FOR_WORD = /for/i;
const IN_OR_OF = /^\s(?:in|of)$/i;
const SPACE_AT_END = /\s$/;

/** True when `head` ends with " in " or " of " and spaces, as DURATION_BEFORE needs. */
function endsWithInOrOf(head: string): boolean {
  let end = head.length;
  while (end > 0 && SPACE_AT_END.test(head.slice(end - 1, end))) end--;
  return end < head.length && end >= 3 && IN_OR_OF.test(head.slice(end - 3, end));
}

/** How long the notice or detention a trigger names lasted, as stated. */
export function durationOf(text: string, t: Trigger): Mention | null {
  const s = t.sentence;
  const tail = text.slice(t.end, Math.min(s.end, t.end + 90));
  const semi = tail.indexOf(';');
  const clause = semi >= 0 ? tail.slice(0, semi) : tail;
  const after = FOR_WORD.test(clause) ? DURATION_AFTER.exec(clause) : null;
  if (after) {
    const start = t.end + after.index + after[0].length - after[1]!.length;
    return { text: after[1]!, span: { start, end: start + after[1]!.length } };
  }
  const head = text.slice(backFrom(text, s.start, t.start, 40), t.start);
  const before = endsWithInOrOf(head) ? DURATION_BEFORE.exec(head) : null;
  if (before) {
    const start = t.start - head.length + before.index;
    return { text: before[1]!, span: { start, end: start + before[1]!.length } };
  }
  return null;
}
