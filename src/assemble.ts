/**
 * The last stage: every span produced over the normalised text is mapped back
 * to the original input, and every `text` beside a span becomes the original
 * slice, so that `input.slice(span.start, span.end) === text` holds for every
 * value. The result is a fresh tree: nothing the stages share is mutated.
 */
import { toOriginal, type NormalisedText } from './text/normalise.js';

function isSpan(x: Record<string, unknown>): boolean {
  const keys = Object.keys(x);
  return keys.length === 2 && typeof x.start === 'number' && typeof x.end === 'number';
}

/** Maps a value built over the normalised text to one over the original input. */
export function mapToOriginal<T>(value: T, norm: NormalisedText): T {
  return walk(value, norm) as T;
}

function walk(value: unknown, norm: NormalisedText): unknown {
  if (Array.isArray(value)) return value.map((v) => walk(v, norm));
  if (value === null || typeof value !== 'object') return value;
  const obj = value as Record<string, unknown>;
  if (isSpan(obj)) return toOriginal(norm, obj.start as number, obj.end as number);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) out[k] = walk(v, norm);
  const span = out.span as { start: number; end: number } | undefined;
  if (span && typeof span === 'object' && typeof span.start === 'number' && 'text' in obj) {
    out.text = norm.original.slice(span.start, span.end);
  }
  return out;
}
