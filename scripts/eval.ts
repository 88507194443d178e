// The project's own evaluation: parses every NAME.txt of a folder that has a
// NAME.gold.json beside it (from the source tree, no build) and prints
// precision, recall and F1 per field, micro-averaged over the documents, and
// the agreement on each party attribute over matched parties. The matching
// rules are documented at the top of scripts/eval-lib.ts.
//
//   npm run eval [FOLDER] [-- --verbose] [--only SUBSTR] [--json]
//
// FOLDER: fixtures/ by default; "corpus" or "shared" means ../shared/corpus.
//   --verbose      per document: what was missed and what was extra
//   --only SUBSTR  only documents whose name contains SUBSTR
//   --json         the figures as JSON on stdout
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from '../src/index.js';
import { ATTRIBUTES, FIELDS, prf, scoreDocument, sum, type Agreement, type DocumentScore, type Gold } from './eval-lib.js';

const ROOT = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const flag = (name: string): boolean => args.includes(name);
const valueOf = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const only = valueOf('--only');
const positional = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--only');
const named = positional[0];
const folder = !named ? join(ROOT, 'fixtures') : named === 'corpus' || named === 'shared' ? join(ROOT, '..', 'shared', 'corpus') : resolve(named);

if (!existsSync(folder)) {
  console.error(`eval: no folder ${folder}`);
  process.exit(2);
}
const names = readdirSync(folder)
  .filter((f) => f.endsWith('.gold.json') && existsSync(join(folder, f.replace(/\.gold\.json$/, '.txt'))))
  .map((f) => f.replace(/\.gold\.json$/, ''))
  .filter((n) => !only || n.includes(only))
  .sort();
if (names.length === 0) {
  console.error(`eval: no NAME.txt with NAME.gold.json in ${folder}`);
  process.exit(2);
}

const scores: DocumentScore[] = [];
let ms = 0;
for (const name of names) {
  const text = readFileSync(join(folder, `${name}.txt`), 'utf8');
  const gold = JSON.parse(readFileSync(join(folder, `${name}.gold.json`), 'utf8')) as Gold;
  gold.id ??= name;
  const t = performance.now();
  const doc = parse(text, { source: name });
  ms += performance.now() - t;
  scores.push(scoreDocument(gold, doc));
}

const fields = Object.fromEntries(
  FIELDS.map((f) => {
    const c = sum(scores.map((s) => s.fields[f]));
    return [f, { ...prf(c), tp: c.tp, fp: c.fp, fn: c.fn }];
  }),
);
const attributes: Record<string, { accuracy: number | null; n: number }> = {};
for (const list of ['signatories', 'addressees']) {
  for (const attr of ATTRIBUTES) {
    const key = `${list}.${attr}`;
    const all = scores.map((s) => s.attributes[key]).filter((a): a is Agreement => !!a);
    const right = all.reduce((n, a) => n + a.right, 0);
    const total = all.reduce((n, a) => n + a.total, 0);
    attributes[key] = { accuracy: total ? right / total : null, n: total };
  }
}
const share = (pick: (s: DocumentScore) => boolean) => scores.filter(pick).length / scores.length;
const documents = { kind: share((s) => s.kind), date: share((s) => s.date), letters: share((s) => s.letters) };
const meanF1 = FIELDS.filter((f) => !f.includes('.')).reduce((n, f) => n + fields[f]!.f1, 0) / FIELDS.filter((f) => !f.includes('.')).length;

if (flag('--json')) {
  console.log(JSON.stringify({ folder, documents: names.length, parseMs: ms, fields, attributes, documentLevel: documents, meanF1 }, null, 2));
} else {
  const f3 = (x: number | null) => (x === null ? '-' : x.toFixed(3));
  if (flag('--verbose')) {
    for (const s of scores) {
      console.log(`\n== ${s.id}${s.kind ? '' : '  (kind wrong)'}${s.date ? '' : '  (date wrong)'}${s.letters ? '' : '  (letter count wrong)'}`);
      for (const f of FIELDS) {
        if (f === 'contacts') continue;
        const c = s.fields[f];
        if (c.missed.length) console.log(`  ${f} missed: ${c.missed.map((x) => JSON.stringify(x)).join(', ')}`);
        if (c.extra.length) console.log(`  ${f} extra:  ${c.extra.map((x) => JSON.stringify(x)).join(', ')}`);
      }
      for (const [k, a] of Object.entries(s.attributes)) if (a.wrong.length) console.log(`  ${k} wrong: ${a.wrong.join('; ')}`);
    }
    console.log('');
  }
  console.log(`${names.length} documents from ${folder}; parse took ${ms.toFixed(0)} ms\n`);
  console.log(`${'field'.padEnd(22)}${'P'.padStart(7)}${'R'.padStart(7)}${'F1'.padStart(7)}   tp/fp/fn`);
  for (const f of FIELDS) {
    const x = fields[f]!;
    console.log(`${f.padEnd(22)}${f3(x.p).padStart(7)}${f3(x.r).padStart(7)}${f3(x.f1).padStart(7)}   ${x.tp}/${x.fp}/${x.fn}`);
  }
  console.log(`\n${'party attribute'.padEnd(36)}${'accuracy'.padStart(9)}    n`);
  for (const [k, a] of Object.entries(attributes)) console.log(`${k.padEnd(36)}${f3(a.accuracy).padStart(9)}  ${String(a.n).padStart(3)}`);
  console.log(`\ndocument kind ${f3(documents.kind)}, document date ${f3(documents.date)}, letter count ${f3(documents.letters)}`);
  console.log(`mean F1 over the eight fields ${f3(meanF1)}`);
}
