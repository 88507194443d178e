/**
 * Direct quotations and their speakers.
 *
 * Quotation marks are paired inside each block in one pass (double marks,
 * and single marks where they open after a space and close before one); a
 * paragraph left open before a paragraph that opens a quotation again is a
 * quotation running on (the newspaper convention). A
 * quotation of at least three words is attributed from the words around it:
 * '"…," said X' and '"…," X said' after it; 'X said: "…"', 'X said the
 * government "…"' and 'according to X, "…"' before it; a paragraph that ends
 * 'X said:' before a paragraph that is the quotation; a pronoun ("he said")
 * to the speaker named last. A speaker that is a known person's short name
 * ("Grassley") gets the person's full name.
 */
import type { Person, Quote } from '../model/entities.js';
import type { DocumentText } from '../text/document-text.js';
import { SPEAKER_NOUNS, SPEAKER_PRONOUNS, SPEECH_ADVERBS, SPEECH_VERBS } from '../lexicons/speech-verbs.js';

interface Pair {
  readonly open: number; // offset of the opening mark
  readonly close: number; // offset of the closing mark
}

const isLetterOrDigit = (ch: string | undefined): boolean => !!ch && /[\p{L}\p{N}]/u.test(ch);
const isSpaceOrStart = (ch: string | undefined): boolean => ch === undefined || /[\s([{\u2014-]/u.test(ch);

/** Quotation mark pairs in text[start, end), and where a double mark opened and was not closed (-1 if none). */
function pairs(text: string, start: number, end: number): { found: Pair[]; unclosed: number } {
  const out: Pair[] = [];
  let dbl = -1;
  let sgl = -1;
  for (let i = start; i < end; i++) {
    const ch = text[i];
    if (ch === '"') {
      if (dbl < 0) dbl = i;
      else {
        out.push({ open: dbl, close: i });
        dbl = -1;
        sgl = -1;
      }
    } else if (ch === "'" && dbl < 0) {
      const prev = i > start ? text[i - 1] : undefined;
      const next = i + 1 < end ? text[i + 1] : undefined;
      if (sgl < 0 && isSpaceOrStart(prev) && isLetterOrDigit(next)) sgl = i;
      else if (sgl >= 0 && !isLetterOrDigit(next) && prev !== ' ' && !(prev === 's' && next === ' ' && !/[.,!?;:]/.test(text[i - 2] ?? ''))) {
        out.push({ open: sgl, close: i });
        sgl = -1;
      }
    }
  }
  return { found: out, unclosed: dbl };
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'.-]*/gu;
const words = (s: string): string[] => s.match(WORD) ?? [];
const isCap = (w: string): boolean => /^\p{Lu}/u.test(w);

/** Cuts a speaker phrase to its name: before an appositive, without leading link words and trailing adverbs. */
function cleanSpeaker(phrase: string): string | null {
  let p = phrase.replace(/\s+/g, ' ').trim();
  if (p.includes(',')) {
    // "Gordon Brown, former Prime Minister" and "UN Rapporteur on X, David Kaye": the part that is a name;
    // "Last year, the Justice Department": the part after an opening phrase.
    const parts = p.split(',').map((x) => x.trim()).filter(Boolean);
    const named = parts.filter((x) => {
      const ws = words(x);
      return ws.length >= 1 && ws.length <= 4 && ws.every(isCap);
    });
    const speakerLike = parts.filter((x) => words(x).some(isCap) || words(x).some((w) => SPEAKER_NOUNS.has(w.toLowerCase())));
    p = named.length ? named[0]! : speakerLike.length ? speakerLike[0]! : parts[parts.length - 1] ?? p;
  }
  let ws = p.split(' ').filter(Boolean);
  while (ws.length && (SPEECH_ADVERBS.has(ws[ws.length - 1]!.toLowerCase()) || /^[a-z]+ly$/.test(ws[ws.length - 1]!))) ws.pop();
  while (ws.length && /^(?:and|but|so|then|while|as|when|however|meanwhile|in|on|at)$/i.test(ws[0]!)) ws.shift();
  if (!ws.length) return null;
  if (ws.length > 9) {
    // Keep the last run of capitalised words ("... Sen. Marco Rubio").
    let k = ws.length - 1;
    while (k > 0 && isCap(ws[k - 1]!)) k--;
    ws = ws.slice(k);
  }
  const out = ws.join(' ').replace(/^[\s,;:"'([-]+/, '');
  return trimEnd(out) || null;
}

function trimEnd(s: string): string {
  let e = s.length;
  while (e > 0 && ' ,;:"\'-'.includes(s[e - 1]!)) e--;
  return s.slice(0, e);
}

/** A speaker phrase worth keeping: a name, a pronoun, or an anonymous speaker noun. */
function plausible(phrase: string): boolean {
  const ws = words(phrase);
  if (!ws.length || ws.length > 12) return false;
  if (ws.length === 1 && SPEAKER_PRONOUNS.has(ws[0]!)) return true;
  return ws.some(isCap) || ws.some((w) => SPEAKER_NOUNS.has(w.toLowerCase()));
}

/** The speaker named after a quotation: ', said X.' or ', X said.' */
function speakerAfter(text: string, close: number, limit: number): string | null {
  const tail = text.slice(close + 1, Math.min(limit, close + 160));
  const stop = tail.search(/[.!?;\n"]/u);
  const clause = (stop >= 0 ? tail.slice(0, stop) : tail).replace(/^\s*,?\s*/, '');
  if (!clause || !/^[\p{L}]/u.test(clause)) return null;
  const ws = clause.split(/\s+/).filter(Boolean);
  const vi = ws.findIndex((w) => SPEECH_VERBS.has(w.replace(/[,:]$/, '').toLowerCase()));
  if (vi < 0 || vi > 8) return null;
  if (vi === 0) {
    const after = ws.slice(1).join(' ');
    return cleanSpeaker(after.split(',')[0]!.length ? after : after);
  }
  return cleanSpeaker(ws.slice(0, vi).join(' '));
}

const SENTENCE_END = /[.!?]["')\]]?\s|[;\n]/gu;

/** The speaker named before a quotation: 'X said: "…"', 'X said the plan "…"', 'according to X, "…"'. */
function speakerBefore(text: string, open: number, floor: number): string | null {
  const from = Math.max(floor, open - 300);
  let window = text.slice(from, open);
  // 'X said:' on the line before the quotation.
  if (window.trimEnd().endsWith(':')) window = window.trimEnd();
  const bounds = [0];
  for (const m of window.matchAll(SENTENCE_END)) if (m.index + m[0].length <= window.length) bounds.push(m.index + m[0].length);
  const clause = window.slice(bounds[bounds.length - 1]);
  // "Grassley made the following comment." before the quotation.
  if (!clause.trim() && bounds.length > 1) {
    const prev = window.slice(bounds[bounds.length - 2], bounds[bounds.length - 1]);
    const following = /^\s*(.{2,80}?)\s(?:made|issued|gave|released|offered|sent)\s(?:the\s)?following\s(?:comment|comments|statement|remarks?)\b/i.exec(prev);
    if (following) return cleanSpeaker(following[1]!);
  }
  const acc = /according to ([^,"]{2,80})/i.exec(clause);
  if (acc) return cleanSpeaker(acc[1]!);
  const ws = clause.split(/\s+/).filter(Boolean);
  let vi = -1;
  for (let k = ws.length - 1; k >= 0; k--) {
    if (SPEECH_VERBS.has(ws[k]!.replace(/[,:]$/, '').toLowerCase())) {
      vi = k;
      break;
    }
  }
  if (vi <= 0) return null;
  return cleanSpeaker(ws.slice(0, vi).join(' '));
}

/** The full name of a known person whose name holds the speaker's words ("Grassley" -> "Chuck Grassley"). */
function toPerson(speaker: string, people: readonly Person[]): string {
  const sw = words(speaker).map((w) => w.toLowerCase());
  const last = sw[sw.length - 1];
  if (!last) return speaker;
  let best: Person | null = null;
  for (const p of people) {
    const pw = words(p.name).map((w) => w.toLowerCase());
    if (pw.includes(last) && (!best || p.name.length > best.name.length)) best = p;
  }
  return best && sw.length <= 4 ? best.name : speaker;
}

/** Direct quotations and their attributed speakers. */
export function findQuotes(doc: DocumentText, people: readonly Person[]): Quote[] {
  const text = doc.text;
  const out: Quote[] = [];
  let lastSpeaker: string | null = null;
  let prevBlockStart = 0;
  let prevBlockQuoted: string | null = null; // the speaker of the block before, when it opened with a quotation
  for (const [bi, block] of doc.blocks.entries()) {
    const { found: blockPairs, unclosed } = pairs(text, block.start, block.end);
    // A quotation that runs on into the next paragraph leaves its paragraph open and opens the next one again.
    const next = doc.blocks[bi + 1];
    if (unclosed >= 0 && next && text.slice(next.start, next.end).trimStart().startsWith('"')) blockPairs.push({ open: unclosed, close: block.end });
    let blockSpeaker: string | null = null;
    let opensWithQuote = false;
    for (const p of blockPairs) {
      let s = p.open + 1;
      let e = p.close;
      while (s < e && /\s/.test(text[s]!)) s++;
      while (e > s && /[\s,]/.test(text[e - 1]!)) e--;
      const inner = text.slice(s, e);
      if (words(inner).length < 3) continue;
      let speaker = speakerAfter(text, p.close, block.end) ?? speakerBefore(text, p.open, block.start);
      // A quotation that is its own paragraph, after 'X said:'.
      if (!speaker && p.open - block.start < 3) {
        const prev = text.slice(prevBlockStart, block.start).trimEnd();
        if (/:$/.test(prev)) speaker = speakerBefore(text, block.start, prevBlockStart);
      }
      if (speaker && !plausible(speaker)) speaker = null;
      if (speaker && SPEAKER_PRONOUNS.has(speaker)) speaker = lastSpeaker;
      else if (speaker) {
        speaker = toPerson(speaker, people);
        lastSpeaker = speaker;
      }
      const atStart = p.open - block.start < 3;
      if (atStart && p === blockPairs[0]) opensWithQuote = true;
      // A quotation that goes on after its attribution, or in the next paragraph, is the same speaker's.
      if (!speaker) speaker = blockSpeaker ?? (atStart ? prevBlockQuoted : null);
      if (speaker) blockSpeaker = speaker;
      out.push({ text: inner, speaker, span: { start: s, end: e } });
    }
    prevBlockQuoted = opensWithQuote || blockSpeaker ? blockSpeaker : null;
    prevBlockStart = block.start;
  }
  return out;
}
