// Measures the built command line on a large folder: N documents (the fixtures
// and, when present, the shared corpus texts, repeated) with bad files mixed
// in (empty, binary, Latin-1, UTF-16, a dangling link, a sub-folder). Checks
// one line per file, the same order on every run, exit status 1; reports wall
// time for --jobs 1 and --jobs 2 and peak memory (/usr/bin/time -f %M) at N
// and 4N documents, with the CPU time (user + system) of each run: on a shared
// machine the wall-time speed-up depends on how many cores are really free.
//   npm run build && node scripts/cli-corpus-bench.mjs [N=1000]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const cli = join(root, 'dist', 'cli.js');
const n = Number(process.argv[2] ?? 1000);

function texts() {
  const out = [];
  const walk = (dir) => {
    if (!existsSync(dir)) return;
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else if (/\.(?:txt|md)$/.test(e.name)) out.push(readFileSync(join(dir, e.name)));
    }
  };
  walk(join(root, 'fixtures'));
  walk(join(root, '..', 'shared', 'corpus'));
  return out;
}

function makeCorpus(count) {
  const dir = mkdtempSync(join(tmpdir(), 'undersigned-bench-'));
  const pool = texts();
  const bad = 6;
  mkdirSync(join(dir, 'sub'));
  for (let i = 0; i < count - bad; i++) {
    const folder = i % 10 === 0 ? join(dir, 'sub') : dir;
    writeFileSync(join(folder, `doc-${String(i).padStart(5, '0')}.txt`), pool[i % pool.length]);
  }
  writeFileSync(join(dir, 'bad-empty.txt'), '');
  writeFileSync(join(dir, 'bad-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]));
  writeFileSync(join(dir, 'bad-latin1.txt'), Buffer.from('Dear Ms M\xfcller,\n\nSign\xe9: Jos\xe9\n', 'latin1'));
  writeFileSync(join(dir, 'bad-utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Dear Minister,\n', 'utf16le')]));
  symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'bad-dangling.txt'));
  writeFileSync(join(dir, 'sub', 'bad-inner.md'), 'Dear Minister,\n');
  return dir;
}

function run(dir, jobs) {
  const started = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M %U %S', process.execPath, cli, 'parse', dir, '--jobs', String(jobs), '--no-progress'], {
    encoding: 'utf8',
    maxBuffer: 2 ** 31,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const [rssKb, user, sys] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
  const lines = r.stdout.split('\n').filter(Boolean);
  const sources = lines.map((l) => JSON.parse(l).source);
  const errors = lines.filter((l) => l.includes('"error":{')).length;
  return { status: r.status, seconds, cpuSeconds: user + sys, rssMiB: rssKb / 1024, lines: lines.length, sources, errors };
}

const report = [];
for (const count of [n, 4 * n]) {
  const dir = makeCorpus(count);
  try {
    const runs = count === n ? [1, 2, 1, 2] : [2];
    const results = runs.map((jobs) => ({ jobs, ...run(dir, jobs) }));
    const stable = results.every((r) => JSON.stringify(r.sources) === JSON.stringify(results[0].sources));
    for (const r of results) {
      report.push({ files: count, jobs: r.jobs, status: r.status, lines: r.lines, errorRecords: r.errors, stableOrder: stable, seconds: +r.seconds.toFixed(2), cpuSeconds: +r.cpuSeconds.toFixed(2), peakRssMiB: +r.rssMiB.toFixed(1) });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
console.table(report);
const at = (files, jobs) => report.filter((r) => r.files === files && r.jobs === jobs);
const best = (rows) => Math.min(...rows.map((r) => r.seconds));
console.log(`speed-up --jobs 2 over --jobs 1 at ${n}: ${(best(at(n, 1)) / best(at(n, 2))).toFixed(2)}x`);
console.log(`load average while measuring: ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')} on ${(await import('node:os')).availableParallelism()} cores`);
console.log(`peak RSS ${4 * n} vs ${n} documents (--jobs 2): ${((Math.max(...at(4 * n, 2).map((r) => r.peakRssMiB)) / Math.max(...at(n, 2).map((r) => r.peakRssMiB)) - 1) * 100).toFixed(1)} %`);
