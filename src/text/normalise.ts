/**
 * Normalisation with a map back to the original input.
 *
 * Every later stage reads `text`, a cleaned copy of the input; every span it
 * produces is in `text` coordinates and is turned back into offsets of the
 * original input by `toOriginal`. Each character of `text` remembers the
 * range of the original it came from, so a span over `text` maps to the
 * smallest range of the original that covers it.
 *
 * What is cleaned: the byte-order mark, CRLF and lone CR, no-break, wide and
 * zero-width spaces, soft hyphens, mojibake (UTF-8 read as Windows-1252:
 * "â€™", "Ã©"), words hyphenated across a line end
 * ("inter-\nnational" when both halves are lower-case letters), curly quotes
 * and dashes, HTML entities, control characters, NUL, lone surrogates, and
 * page furniture (page numbers, running headers: see `pages.ts`).
 *
 * Cost and memory are linear: runs of ordinary characters are copied as
 * slices (one typed-array look-up per character), and the offset map is
 * stored as runs (a run of characters copied one for one is one entry), so
 * clean text costs almost nothing beyond its own copy.
 */
import { findPageFurniture } from './pages.js';

export interface NormalisedText {
  /** The input as given. */
  readonly original: string;
  /** The cleaned text every stage reads. */
  readonly text: string;
  /**
   * For each character of `text` (and one past its end), the original offset
   * where its source starts. Built on first use: prefer `toOriginal`.
   */
  readonly startMap: Uint32Array;
  /** For each character of `text`, the original offset where its source ends. Built on first use. */
  readonly endMap: Uint32Array;
  /** What was changed, by kind, for diagnostics. */
  readonly changes: Readonly<Record<string, number>>;
  /** Original offset where the source of `text[i]` starts (`original.length` past the end). */
  originalStart(i: number): number;
  /** Original offset where the source of `text[i]` ends. */
  originalEnd(i: number): number;
}

/** Characters replaced one for one. */
const SUBSTITUTE: Record<string, string> = {
  '\u00a0': ' ', // no-break space
  '\u2007': ' ',
  '\u202f': ' ',
  '\u2000': ' ', '\u2001': ' ', '\u2002': ' ', '\u2003': ' ', '\u2004': ' ', '\u2005': ' ',
  '\u2006': ' ', '\u2008': ' ', '\u2009': ' ', '\u200a': ' ', '\u3000': ' ',
  '\t': ' ',
  '\u000b': '\n', '\u000c': '\n', '\u2028': '\n', '\u2029': '\n', '\u0085': '\n',
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u0000': ' ',
};

/** Characters dropped: zero-width characters, soft hyphens, the byte-order mark. */
const DROP = new Set(['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad']);

/** HTML entities that survive in text copied from web pages. */
const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '-', mdash: '-',
  lsquo: "'", rsquo: "'", ldquo: '"', rdquo: '"', hellip: '…', eacute: 'é', egrave: 'è', aacute: 'á', oacute: 'ó', uuml: 'ü', ouml: 'ö', auml: 'ä', ccedil: 'ç',
};
const ENTITY_AT = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));/y;

/** A lower-case letter (a word hyphenated across a line end joins only between two of these). */
const LOWER = /^\p{Ll}$/u;
/** How many spaces may stand between a hyphen and its line end, or indent the next line. */
const MAX_HYPHEN_PAD = 8;

/**
 * Code units that need a look: everything else is copied as is. Built once
 * from the tables above, so the main loop costs one typed-array read per
 * ordinary character.
 */
const SPECIAL = (() => {
  const t = new Uint8Array(65536);
  for (const ch of Object.keys(SUBSTITUTE)) t[ch.charCodeAt(0)] = 1;
  for (const ch of DROP) t[ch.charCodeAt(0)] = 1;
  for (let c = 0; c < 0x20; c++) if (c !== 10) t[c] = 1;
  for (let c = 0xd800; c <= 0xdfff; c++) t[c] = 1;
  t[13] = 1; // CR
  t[38] = 1; // & (entities)
  t[45] = 1; // - (a hyphen at a line end)
  for (const c of [0xc2, 0xc3, 0xc4, 0xc5, 0xe2]) t[c] = 1; // Â Ã Ä Å â: mojibake leads
  return t;
})();
/** The one-for-one replacement of a code unit, by code (0: none). */
const SUBSTITUTE_CODE = (() => {
  const t = new Uint16Array(65536);
  for (const [ch, to] of Object.entries(SUBSTITUTE)) t[ch.charCodeAt(0)] = to.charCodeAt(0);
  return t;
})();

export function normalise(original: string): NormalisedText {
  const n = original.length;
  const changes: Record<string, number> = {};
  const count = (kind: string): void => {
    changes[kind] = (changes[kind] ?? 0) + 1;
  };
  // The text is built from slices of the original (runs copied as they are)
  // and replacement characters, gathered in small batches.
  const parts: string[] = [];
  let pending: number[] = [];
  const flushPending = (): void => {
    if (pending.length) {
      parts.push(String.fromCharCode.apply(null, pending));
      pending = [];
    }
  };
  // The offset map, as runs: from text index segT[k], characters come either
  // one for one from original offset segO[k] on (segE[k] === -1), or each
  // from the whole range segO[k]..segE[k] (a CRLF, an entity).
  const segT: number[] = [];
  const segO: number[] = [];
  const segE: number[] = [];
  /** Length of the text built so far (without the open run). */
  let len = 0;
  /** Where the run of characters copied as they are started in the original. */
  let runStart = 0;
  let changed = false;
  const shiftFrom = (t: number, o: number): void => {
    const last = segT.length - 1;
    if (last >= 0 && segE[last] === -1 && segO[last]! - segT[last]! === o - t) return;
    segT.push(t);
    segO.push(o);
    segE.push(-1);
  };
  /** Ends the copied run at original offset i. */
  const closeRun = (i: number): void => {
    if (i > runStart) {
      flushPending();
      parts.push(original.slice(runStart, i));
      shiftFrom(len, runStart);
      len += i - runStart;
    }
  };
  /** Emits code units standing for original[from, to). */
  const emit = (codes: string | number, from: number, to: number): void => {
    closeRun(from);
    changed = true;
    if (typeof codes === 'number') {
      if (to - from === 1) shiftFrom(len, from);
      else {
        segT.push(len);
        segO.push(from);
        segE.push(to);
      }
      pending.push(codes);
      len++;
    } else {
      segT.push(len);
      segO.push(from);
      segE.push(to);
      for (let c = 0; c < codes.length; c++) pending.push(codes.charCodeAt(c));
      len += codes.length;
    }
    if (pending.length >= 4096) flushPending();
    runStart = to;
  };
  /** Drops original[from, to). */
  const drop = (from: number, to: number): void => {
    closeRun(from);
    changed = true;
    runStart = to;
  };

  const furniture = findPageFurniture(original);
  let fi = 0;
  let nextFurniture = furniture.length ? furniture[0]!.start : -1;

  for (let i = 0; i < n; i++) {
    if (i === nextFurniture) {
      const f = furniture[fi++]!;
      drop(i, f.end);
      count(f.kind);
      i = f.end - 1;
      while (fi < furniture.length && furniture[fi]!.start <= i) fi++;
      nextFurniture = fi < furniture.length ? furniture[fi]!.start : -1;
      continue;
    }
    const code = original.charCodeAt(i);
    if (SPECIAL[code] === 0) continue;
    if (code === 13) {
      // CRLF becomes one newline; a lone CR is a newline too.
      if (original.charCodeAt(i + 1) === 10) {
        emit(10, i, i + 2);
        i++;
        count('crlf');
      } else {
        emit(10, i, i + 1);
        count('cr');
      }
      continue;
    }
    if ((code === 45 || code === 0x2010 || code === 0xad) && i > 0) {
      const join = hyphenJoin(original, i, nextFurniture < 0 ? n + 1 : nextFurniture);
      if (join > 0) {
        drop(i, join);
        count('line-end-hyphen');
        i = join - 1;
        continue;
      }
      if (code === 45) continue;
    }
    if (DROP.has(original[i]!)) {
      drop(i, i + 1);
      count(code === 0xad ? 'soft-hyphen' : code === 0xfeff ? 'bom' : 'zero-width');
      continue;
    }
    const sub = SUBSTITUTE_CODE[code]!;
    if (code === 0 || sub !== 0) {
      emit(sub, i, i + 1);
      if (code === 0xa0 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f) count('no-break-space');
      else if (code === 0) count('nul');
      continue;
    }
    if (code === 0xe2 || (code >= 0xc2 && code <= 0xc5)) {
      const end = mojibakeEnd(original, i);
      if (end > 0) {
        const decoded = decodeMojibake(original, i, end);
        emit(SUBSTITUTE[decoded] ?? decoded, i, end);
        count('mojibake');
        i = end - 1;
      }
      continue;
    }
    if (code === 38) {
      ENTITY_AT.lastIndex = i;
      const m = ENTITY_AT.exec(original);
      if (m) {
        let decoded: string | undefined;
        if (m[1] !== undefined) decoded = safeFromCodePoint(Number(m[1]));
        else if (m[2] !== undefined) decoded = safeFromCodePoint(parseInt(m[2], 16));
        else if (m[3] !== undefined) decoded = ENTITIES[m[3].toLowerCase()];
        if (decoded !== undefined) {
          const end = i + m[0].length;
          emit(SUBSTITUTE[decoded] ?? decoded, i, end);
          count('html-entity');
          i = end - 1;
        }
      }
      continue;
    }
    if (code < 0x20) {
      emit(32, i, i + 1);
      count('control');
      continue;
    }
    if (code >= 0xd800 && code <= 0xdfff) {
      const next = original.charCodeAt(i + 1);
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        i++; // a well-formed surrogate pair: copied as it is
      } else {
        emit(0xfffd, i, i + 1);
        count('lone-surrogate');
      }
    }
  }
  let text: string;
  if (!changed) {
    text = original;
    if (n > 0) shiftFrom(0, 0);
    len = n;
  } else {
    closeRun(n);
    flushPending();
    text = parts.length === 1 ? parts[0]! : parts.join('');
  }
  return new Normalised(original, text, Int32Array.from(segT), Int32Array.from(segO), Int32Array.from(segE), changes);
}

/**
 * Windows-1252 bytes 0x80-0x9F by the character they show as: text encoded
 * as UTF-8 and read as Windows-1252 shows these in its mojibake ("â€™").
 */
const CP1252: ReadonlyMap<number, number> = new Map([
  [0x20ac, 0x80], [0x201a, 0x82], [0x0192, 0x83], [0x201e, 0x84], [0x2026, 0x85], [0x2020, 0x86], [0x2021, 0x87],
  [0x02c6, 0x88], [0x2030, 0x89], [0x0160, 0x8a], [0x2039, 0x8b], [0x0152, 0x8c], [0x017d, 0x8e], [0x2018, 0x91],
  [0x2019, 0x92], [0x201c, 0x93], [0x201d, 0x94], [0x2022, 0x95], [0x2013, 0x96], [0x2014, 0x97], [0x02dc, 0x98],
  [0x2122, 0x99], [0x0161, 0x9a], [0x203a, 0x9b], [0x0153, 0x9c], [0x017e, 0x9e], [0x0178, 0x9f],
]);

/** The byte a character of mojibake stands for when it is a UTF-8 continuation byte (0x80-0xBF), or -1. */
function continuationByte(code: number): number {
  if (code >= 0x80 && code <= 0xbf) return code;
  const b = CP1252.get(code);
  return b !== undefined && b <= 0xbf ? b : -1;
}

/**
 * Mojibake: UTF-8 read as Windows-1252 or Latin-1 ("Ã©" for "é", "â€™" for
 * "’"). Only the common, unambiguous shapes are repaired: a lead Â, Ã, Ä or
 * Å with one continuation (Latin-1 and Latin Extended-A letters), and a lead
 * â with two (general punctuation, the euro sign, the trade mark sign). The
 * end of the sequence at `i`, or 0.
 */
function mojibakeEnd(original: string, i: number): number {
  const lead = original.charCodeAt(i);
  const b1 = continuationByte(original.charCodeAt(i + 1));
  if (b1 < 0) return 0;
  if (lead !== 0xe2) return i + 2;
  const b2 = continuationByte(original.charCodeAt(i + 2));
  if (b2 < 0) return 0;
  const cp = ((lead & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
  return (cp >= 0x2000 && cp <= 0x206f) || cp === 0x20ac || cp === 0x2122 ? i + 3 : 0;
}

function decodeMojibake(original: string, i: number, end: number): string {
  const lead = original.charCodeAt(i);
  const b1 = continuationByte(original.charCodeAt(i + 1));
  if (end - i === 2) return String.fromCharCode(((lead & 0x1f) << 6) | (b1 & 0x3f));
  const b2 = continuationByte(original.charCodeAt(i + 2));
  return String.fromCharCode(((lead & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f));
}

/**
 * When the hyphen at `i` ends a line inside a word ("inter-\nnational": a
 * lower-case letter before it, spaces, one line break, an indent, a lower-case
 * letter), the offset of that letter; otherwise 0. `limit`: the next dropped
 * line, which the join may not step into.
 */
function hyphenJoin(original: string, i: number, limit: number): number {
  if (!LOWER.test(original[i - 1]!)) return 0;
  let j = i + 1;
  const padEnd = Math.min(original.length, j + MAX_HYPHEN_PAD);
  while (j < padEnd && (original.charCodeAt(j) === 32 || original.charCodeAt(j) === 9)) j++;
  const c = original.charCodeAt(j);
  if (c === 13) j += original.charCodeAt(j + 1) === 10 ? 2 : 1;
  else if (c === 10) j++;
  else return 0;
  if (j >= limit) return 0;
  const indentEnd = Math.min(original.length, j + MAX_HYPHEN_PAD);
  while (j < indentEnd && (original.charCodeAt(j) === 32 || original.charCodeAt(j) === 9)) j++;
  return j < original.length && LOWER.test(original[j]!) ? j : 0;
}

class Normalised implements NormalisedText {
  private starts?: Uint32Array;
  private ends?: Uint32Array;
  constructor(
    readonly original: string,
    readonly text: string,
    private readonly segT: Int32Array,
    private readonly segO: Int32Array,
    private readonly segE: Int32Array,
    readonly changes: Readonly<Record<string, number>>,
  ) {}

  /** The run that holds text index i (0 <= i < text.length). */
  private run(i: number): number {
    const t = this.segT;
    let lo = 0;
    let hi = t.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (t[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  originalStart(i: number): number {
    if (i >= this.text.length || this.segT.length === 0) return this.original.length;
    const k = this.run(Math.max(0, i));
    return this.segE[k] === -1 ? this.segO[k]! + (Math.max(0, i) - this.segT[k]!) : this.segO[k]!;
  }

  originalEnd(i: number): number {
    if (i >= this.text.length || this.segT.length === 0) return this.original.length;
    const k = this.run(Math.max(0, i));
    return this.segE[k] === -1 ? this.segO[k]! + (Math.max(0, i) - this.segT[k]!) + 1 : this.segE[k]!;
  }

  get startMap(): Uint32Array {
    if (!this.starts) this.materialise();
    return this.starts!;
  }

  get endMap(): Uint32Array {
    if (!this.ends) this.materialise();
    return this.ends!;
  }

  private materialise(): void {
    const len = this.text.length;
    const starts = new Uint32Array(len + 1);
    const ends = new Uint32Array(len + 1);
    for (let k = 0; k < this.segT.length; k++) {
      const from = this.segT[k]!;
      const to = k + 1 < this.segT.length ? this.segT[k + 1]! : len;
      for (let i = from; i < to; i++) {
        const shift = this.segE[k] === -1;
        starts[i] = shift ? this.segO[k]! + (i - from) : this.segO[k]!;
        ends[i] = shift ? starts[i]! + 1 : this.segE[k]!;
      }
    }
    starts[len] = this.original.length;
    ends[len] = this.original.length;
    this.starts = starts;
    this.ends = ends;
  }
}

function safeFromCodePoint(cp: number): string | undefined {
  if (!Number.isFinite(cp) || cp <= 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return undefined;
  return String.fromCodePoint(cp);
}

/** Maps a span over the normalised text to the original input. */
export function toOriginal(norm: NormalisedText, start: number, end: number): { start: number; end: number } {
  const len = norm.text.length;
  const s = Math.max(0, Math.min(start, len));
  const e = Math.max(s, Math.min(end, len));
  if (e === s) {
    const at = norm.originalStart(s);
    return { start: at, end: at };
  }
  return { start: norm.originalStart(s), end: norm.originalEnd(e - 1) };
}
