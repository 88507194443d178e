// The library from CommonJS. Requires the built package by its name
// (`npm run build` first): inside this repository Node resolves `undersigned`
// to the package itself through its exports map.
//   node examples/cjs.cjs [FILE]
const { join } = require('node:path');
const { parse } = require('undersigned');
const { parseFile } = require('undersigned/node');

const file = process.argv[2] ?? join(__dirname, '..', 'fixtures', 'cli', 'open-letter.md');
parseFile(file).then((doc) => {
  console.log(JSON.stringify({ source: doc.source.split(/[\\/]/).pop(), kind: doc.kind, letters: doc.letters.length }));
  const inline = parse('Dear Minister,\n\nRelease her.\n', { source: 'inline' });
  console.log(JSON.stringify({ source: inline.source, kind: inline.kind }));
});
