import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The shared corpus beside the project, when present (CI has it; a user's clone does not). */
export const SHARED = join(import.meta.dirname, '..', '..', 'shared');
export const CORPUS = join(SHARED, 'corpus');
export const HAS_SHARED = existsSync(CORPUS);
export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** Every `{ span, text }` in a value: the evidence the model promises. */
export function evidence(value: unknown, out: { span: { start: number; end: number }; text: string; path: string }[] = [], path = ''): typeof out {
  if (Array.isArray(value)) value.forEach((v, i) => evidence(v, out, `${path}[${i}]`));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (o.span && typeof o.text === 'string') out.push({ span: o.span as { start: number; end: number }, text: o.text, path });
    for (const [k, v] of Object.entries(o)) evidence(v, out, `${path}.${k}`);
  }
  return out;
}

/** Every bare span in a value, with where it sits. */
export function spans(value: unknown, out: { start: number; end: number; path: string }[] = [], path = ''): typeof out {
  if (Array.isArray(value)) value.forEach((v, i) => spans(v, out, `${path}[${i}]`));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (Object.keys(o).length === 2 && typeof o.start === 'number' && typeof o.end === 'number') out.push({ start: o.start, end: o.end, path });
    else for (const [k, v] of Object.entries(o)) spans(v, out, `${path}.${k}`);
  }
  return out;
}
