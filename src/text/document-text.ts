/**
 * The text every recogniser reads: the normalised string, its lines and
 * blocks, sentences on demand, the options, and a place to report what could
 * not be read. All offsets are in normalised-text coordinates; the assemble
 * stage maps them back to the original input.
 */
import type { Diagnostic } from '../model/entities.js';
import type { NormalisedText } from './normalise.js';
import type { Block, Line } from './segment.js';
import { sentences as cutSentences, type Sentence } from './sentences.js';

export interface ResolvedOptions {
  readonly source: string | null;
  readonly referenceDate: string | null;
  readonly dateOrder: 'dmy' | 'mdy' | null;
  readonly maxLength: number;
}

export interface DocumentText {
  readonly norm: NormalisedText;
  readonly text: string;
  readonly lines: readonly Line[];
  readonly blocks: readonly Block[];
  readonly options: ResolvedOptions;
  readonly diagnostics: Diagnostic[];
  /** Sentences of the whole text, cut once on first use. */
  sentences(): readonly Sentence[];
  /** The block that holds a normalised offset, or undefined. */
  blockAt(offset: number): Block | undefined;
}

export function makeDocumentText(norm: NormalisedText, lines: readonly Line[], blocks: readonly Block[], options: ResolvedOptions): DocumentText {
  let cache: Sentence[] | undefined;
  const text = norm.text;
  return {
    norm,
    text,
    lines,
    blocks,
    options,
    diagnostics: [],
    sentences() {
      if (!cache) {
        cache = [];
        for (const block of blocks) for (const s of cutSentences(text, block.start, block.end)) cache.push(s);
      }
      return cache;
    },
    blockAt(offset) {
      let lo = 0;
      let hi = blocks.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const b = blocks[mid]!;
        if (offset < b.start) hi = mid - 1;
        else if (offset >= b.end) lo = mid + 1;
        else return b;
      }
      return undefined;
    },
  };
}
