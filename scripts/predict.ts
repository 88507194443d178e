// Runs `parse` from the source tree (no build) over a folder of NAME.txt files
// and writes OUT/NAME.json, for ../shared/eval/score.mjs --predictions OUT.
//   npx tsx scripts/predict.ts OUT [FOLDER]   (FOLDER: ../shared/corpus by default)
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../src/index.js';

const [out, folder = join(import.meta.dirname, '..', '..', 'shared', 'corpus')] = process.argv.slice(2);
if (!out) {
  console.error('usage: tsx scripts/predict.ts OUT [FOLDER]');
  process.exit(2);
}
mkdirSync(out, { recursive: true });
for (const file of readdirSync(folder).filter((f) => f.endsWith('.txt')).sort()) {
  const name = file.slice(0, -4);
  const doc = parse(readFileSync(join(folder, file), 'utf8'), { source: name });
  writeFileSync(join(out, `${name}.json`), JSON.stringify(doc, null, 2));
}
