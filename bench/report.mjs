#!/usr/bin/env node
// Prints the README's "Speed" tables from bench/results.json (written by
// `npm run bench`), so the figures quoted are the figures measured.
//   node bench/report.mjs [results.json]
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const file = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), 'results.json');
const r = JSON.parse(readFileSync(file, 'utf8'));
const n = (x, d = 2) => (typeof x !== 'number' || Number.isNaN(x) ? '–' : x >= 100 ? Math.round(x).toLocaleString('en') : x.toFixed(d));
const mib = (b) => (typeof b === 'number' ? `${Math.round(b / 1048576)} MiB` : '–');
const cell = (m, f) => (!m ? '–' : m.failed ? `failed: ${m.failed}` : m.skipped ? 'not run' : f(m));

const lines = [];
lines.push(`Measured ${r.date.slice(0, 10)} with \`npm run bench\` on ${r.machine.cpus} × ${r.machine.cpu ?? 'CPU'}, Node ${r.machine.node}; ${r.inputs.documents} real documents (${n(r.inputs.documentBytes / 1000, 1)} KB). MB = 10⁶ bytes of UTF-8; one process per measurement; median of the timed passes.`);
lines.push('');
lines.push('| input | undersigned MB/s | docs/s | peak RSS (added) | compromise entity pass MB/s | undersigned ÷ compromise (interleaved) |');
lines.push('|---|---|---|---|---|---|');
const names = { docs: 'the real documents', 'corpus-1000': '1,000 documents made from them', '100kb': 'one 100 KB document', '1mb': 'one 1 MB document', '10mb': 'one 10 MB document' };
for (const [key, label] of Object.entries(names)) {
  const u = r.throughput[key];
  const c = r.paired?.[key] && !r.paired[key].failed ? { mbPerS: r.paired[key].compromiseMbPerS } : r.compromise[key];
  lines.push(
    `| ${label} | ${cell(u, (m) => n(m.mbPerS))} | ${cell(u, (m) => n(m.docsPerS, 1))} | ${cell(u, (m) => `${mib(m.peakRss)} (+${mib(m.addedRss)})`)} | ${cell(c, (m) => n(m.mbPerS, 3))} | ${r.ratio[key] ? `${n(r.ratio[key], 1)}×` : '–'} |`,
  );
}
lines.push('');
if (r.scaling.ratio !== undefined) {
  lines.push(`Time per MB: ${n(r.scaling.msPerMb100kb, 0)} ms on 100 KB, ${n(r.scaling.msPerMb10mb, 0)} ms on 10 MB (ratio ${n(r.scaling.ratio)}). Memory on the 10 MB document: peak RSS ${mib(r.memory.peakRss10mb)}, of which parsing added ${mib(r.memory.addedRss10mb)} (${n(r.memory.addedPerInputByte10mb, 1)} × the input).`);
  lines.push('');
}
if (r.coldStart) lines.push(r.coldStart.skipped ? `Cold start: not measured (${r.coldStart.skipped}).` : `Cold start of \`undersigned parse\` on one small file: ${n(r.coldStart.ms, 0)} ms (median of ${r.coldStart.runs}; Node alone ${n(r.coldStart.nodeAloneMs, 0)} ms).`);
lines.push('');
const adv = Object.entries(r.adversarial ?? {});
if (adv.length) {
  lines.push('| adversarial input | full size | time at ¼ size | time at full size | ratio (≤ 6) | peak RSS |');
  // times are the fastest of several passes (see bench/run.mjs)
  lines.push('|---|---|---|---|---|---|');
  for (const [name, a] of adv) {
    lines.push(`| ${name}: ${a.why} | ${a.size.toLocaleString('en')} ${a.unit} | ${cell(a.quarter, (m) => `${n(m.msMin, 1)} ms`)} | ${cell(a.full, (m) => `${n(m.msMin, 1)} ms`)} | ${a.ratio === null ? '–' : n(a.ratio)} | ${cell(a.full, (m) => mib(m.peakRss))} |`);
  }
  lines.push('');
}
lines.push('| target | met |');
lines.push('|---|---|');
for (const [k, v] of Object.entries(r.targets)) lines.push(`| ${k} | ${v === null ? 'not measured' : v ? 'yes' : '**no**'} |`);
console.log(lines.join('\n'));
