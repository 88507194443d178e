// The unified plugin: the model on file.data.undersigned, diagnostics as
// vfile messages with their place. Imports the built package by its name.
//   node examples/retext.mjs [FILE]
import { readFileSync } from 'node:fs';
import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { retextUndersigned } from 'undersigned/retext';

const path = process.argv[2] ?? new URL('../fixtures/cli/press-release.txt', import.meta.url).pathname;
const file = new VFile({ path, value: readFileSync(path, 'utf8') });
const processor = unified().use(retextEnglish).use(retextUndersigned, { dateOrder: 'dmy' });
await processor.run(processor.parse(file), file);

const doc = file.data.undersigned;
console.log(JSON.stringify({ kind: doc?.kind, letters: doc?.letters.length, people: doc?.people.map((p) => p.name) }));
for (const message of file.messages) console.log(`${message.line}:${message.column} ${message.reason} (${message.ruleId})`);
