/**
 * Normalisation with a map back to the original input.
 *
 * Every later stage reads `text`, a cleaned copy of the input; every span it
 * produces is in `text` coordinates and is turned back into offsets of the
 * original input by `toOriginal`. Each character of `text` remembers the
 * range of the original it came from, so a span over `text` maps to the
 * smallest range of the original that covers it.
 */

export interface NormalisedText {
  /** The input as given. */
  readonly original: string;
  /** The cleaned text every stage reads. */
  readonly text: string;
  /** For each character of `text`, the original offset where its source starts. */
  readonly startMap: Uint32Array;
  /** For each character of `text`, the original offset where its source ends. */
  readonly endMap: Uint32Array;
  /** What was changed, by kind, for diagnostics. */
  readonly changes: Readonly<Record<string, number>>;
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

export function normalise(original: string): NormalisedText {
  const n = original.length;
  const out: string[] = [];
  const startMap = new Uint32Array(n + 1);
  const endMap = new Uint32Array(n + 1);
  const changes: Record<string, number> = {};
  const count = (kind: string): void => {
    changes[kind] = (changes[kind] ?? 0) + 1;
  };
  let len = 0;
  const push = (ch: string, from: number, to: number): void => {
    out.push(ch);
    startMap[len] = from;
    endMap[len] = to;
    len++;
  };

  for (let i = 0; i < n; i++) {
    const ch = original[i]!;
    const code = ch.charCodeAt(0);
    if (ch === '\r') {
      // CRLF becomes one newline; a lone CR is a newline too.
      if (original[i + 1] === '\n') {
        push('\n', i, i + 2);
        i++;
        count('crlf');
      } else {
        push('\n', i, i + 1);
        count('cr');
      }
      continue;
    }
    if (DROP.has(ch)) {
      count(ch === '\u00ad' ? 'soft-hyphen' : ch === '\ufeff' ? 'bom' : 'zero-width');
      continue;
    }
    const sub = SUBSTITUTE[ch];
    if (sub !== undefined) {
      push(sub, i, i + 1);
      if (ch === '\u00a0' || (code >= 0x2000 && code <= 0x200a) || ch === '\u202f') count('no-break-space');
      else if (ch === '\u0000') count('nul');
      continue;
    }
    if (ch === '&') {
      ENTITY_AT.lastIndex = i;
      const m = ENTITY_AT.exec(original);
      if (m) {
        let decoded: string | undefined;
        if (m[1] !== undefined) decoded = safeFromCodePoint(Number(m[1]));
        else if (m[2] !== undefined) decoded = safeFromCodePoint(parseInt(m[2], 16));
        else if (m[3] !== undefined) decoded = ENTITIES[m[3].toLowerCase()];
        if (decoded !== undefined) {
          const end = i + m[0].length;
          const mapped = SUBSTITUTE[decoded] ?? decoded;
          for (const c of mapped) push(c, i, end);
          count('html-entity');
          i = end - 1;
          continue;
        }
      }
    }
    if (code < 0x20 && ch !== '\n') {
      push(' ', i, i + 1);
      count('control');
      continue;
    }
    if (code >= 0xd800 && code <= 0xdfff) {
      const next = original.charCodeAt(i + 1);
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        // A well-formed surrogate pair: keep both halves, each mapped to the pair.
        push(ch, i, i + 2);
        push(original[i + 1]!, i, i + 2);
        i++;
      } else {
        push('\ufffd', i, i + 1);
        count('lone-surrogate');
      }
      continue;
    }
    push(ch, i, i + 1);
  }
  startMap[len] = n;
  endMap[len] = n;
  return { original, text: out.join(''), startMap: startMap.subarray(0, len + 1), endMap: endMap.subarray(0, len + 1), changes };
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
    const at = norm.startMap[s]!;
    return { start: at, end: at };
  }
  return { start: norm.startMap[s]!, end: norm.endMap[e - 1]! };
}
