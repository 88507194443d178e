/**
 * The unified plugin: `unified().use(retextEnglish).use(retextUndersigned)`.
 *
 * A thin wrapper over `parse(String(file))`: the result goes on
 * `file.data.undersigned`, and each diagnostic becomes a vfile message with
 * its place (from its span), its code as `ruleId` and `source: 'undersigned'`,
 * so that `vfile-reporter` and editors show them.
 *
 * @example
 * const processor = unified().use(retextEnglish).use(retextUndersigned);
 * const file = new VFile({ path: 'letter.txt', value: text });
 * await processor.run(processor.parse(file), file);
 * console.log(file.data.undersigned?.letters.length, file.messages.map(String));
 *
 * @module
 */
import type { Plugin } from 'unified';
import type { Point, Position } from 'unist';
import type { VFile } from 'vfile';
import type { CampaignDocument } from './model/document.js';
import { ParseOptions } from './model/options.js';
import { parse } from './parse.js';

declare module 'vfile' {
  interface DataMap {
    /** The model `undersigned` read from the file. */
    undersigned: CampaignDocument;
  }
}

/** Options of the plugin: those of `parse`. `source` defaults to the file's path. */
export type RetextUndersignedOptions = ParseOptions;

/**
 * Reads the file as a campaign document. Options are checked when the plugin
 * is attached: invalid ones are a TypeError.
 */
export const retextUndersigned: Plugin<[RetextUndersignedOptions?]> = function retextUndersigned(options?: RetextUndersignedOptions) {
  const checked = ParseOptions.optional().safeParse(options ?? undefined);
  if (!checked.success) throw new TypeError(`retext-undersigned: invalid options: ${checked.error.issues.map((i) => `${i.path.join('.') || 'options'}: ${i.message}`).join('; ')}`);
  const settings: ParseOptions = options ?? {};
  return function transformer(_tree, file: VFile) {
    const text = String(file);
    const source = settings.source ?? (file.path || undefined);
    const doc = parse(text, source === undefined ? settings : { ...settings, source });
    file.data.undersigned = doc;
    if (doc.diagnostics.length === 0) return;
    const locate = locator(text);
    for (const diagnostic of doc.diagnostics) {
      const place: Position | undefined = diagnostic.span ? { start: locate(diagnostic.span.start), end: locate(diagnostic.span.end) } : undefined;
      const message = file.message(diagnostic.message, { place, ruleId: diagnostic.code, source: 'undersigned' });
      message.fatal = false;
    }
  };
};

/** Offsets (UTF-16 code units) to 1-based line and column points. */
function locator(text: string): (offset: number) => Point {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  return (offset) => {
    const at = Math.max(0, Math.min(offset, text.length));
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at - lineStarts[lo]! + 1, offset: at };
  };
}
