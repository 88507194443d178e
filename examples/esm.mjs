// The library from an ES module. Imports the built package by its name
// (`npm run build` first): inside this repository Node resolves `undersigned`
// to the package itself through its exports map.
//   node examples/esm.mjs [FILE]
import { readFileSync } from 'node:fs';
import { parse, parseMany } from 'undersigned';
import { parseFiles } from 'undersigned/node';

const file = process.argv[2] ?? new URL('../fixtures/cli/press-release.txt', import.meta.url);
const doc = parse(readFileSync(file, 'utf8'), { source: String(file) });
console.log(JSON.stringify({ kind: doc.kind, letters: doc.letters.length, signatories: doc.letters.flatMap((l) => l.signatories.map((s) => s.name)) }));

// Many texts, in order.
for await (const d of parseMany([{ text: 'Dear Minister,\n\nRelease her.\n', source: 'inline-1' }, 'A second text.'])) {
  console.log(JSON.stringify({ source: d.source, kind: d.kind }));
}

// Many files on worker threads, in order; unreadable files come back as error records.
const paths = [new URL('../fixtures/cli/press-release.txt', import.meta.url).pathname, new URL('../fixtures/cli/open-letter.md', import.meta.url).pathname];
for await (const result of parseFiles(paths, { jobs: 2 })) {
  console.log(JSON.stringify('error' in result ? { source: result.source, error: result.error.code } : { source: result.source.split('/').pop(), kind: result.kind }));
}
