#!/usr/bin/env node
// The benchmark of the BUILT package (`npm run bench` builds it first).
//
//   node bench/run.mjs [--quick] [--no-compromise] [--only NAME]
//
// What it measures, each in its own child process (so peak memory is per
// measurement, and one crash or timeout cannot take the run down):
//   docs        the real documents: ../shared/corpus/*.txt (read in place,
//               skipped when absent) and fixtures/*.txt
//   corpus-1000 1,000 documents made by cycling the real ones, in memory
//   100kb, 1mb, 10mb  single documents made by repeating the real text, cut
//               at a line boundary
//   adversarial the table of bench/adversarial.mjs at a quarter of its full
//               size and at its full size: four times the input should take
//               at most six times as long
//   cold start  `node dist/cli.js parse FILE` as a process, median of 10
// and, in the same run on the same texts, compromise's entity pass
// (`nlp(text)` then `.people().json()`, `.places().json()`,
// `.organizations().json()`) on the documents, the 1,000-document corpus, the
// 100 KB and the 1 MB document. Not on 10 MB: compromise needs about 2.5 GB
// and minutes there (see guide/building-blocks.md); undersigned's ratio is
// taken on the corpus and the 100 KB document.
//
// Figures go to bench/results.json; the README's "Speed" section quotes them.
// MB = 10^6 bytes of UTF-8. Peak memory is the child's maxRSS; "added" is
// maxRSS minus the RSS measured after the library was loaded and the input
// built, which is what parsing itself cost.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..');
const DIST = join(ROOT, 'dist', 'index.js');
const CLI = join(ROOT, 'dist', 'cli.js');
/** The shared corpus beside the project; BENCH_CORPUS names another folder (a copy of the project elsewhere). */
const CORPUS = process.env.BENCH_CORPUS ?? join(ROOT, '..', 'shared', 'corpus');
const FIXTURES = join(ROOT, 'fixtures');
const RESULTS = join(HERE, 'results.json');
const CHILD_TIMEOUT_MS = 600_000;
/** Below this time at full size, an adversarial input's scaling ratio is noise. */
const MIN_MEANINGFUL_MS = 50;

// ---------------------------------------------------------------- inputs

/** The real documents: the shared corpus (when present) and the fixtures. */
function realDocuments() {
  const out = [];
  for (const dir of [CORPUS, FIXTURES]) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) out.push({ name: f, text: readFileSync(join(dir, f), 'utf8') });
  }
  return out;
}

/** `count` documents made by cycling the real ones. */
function corpusOf(count) {
  const docs = realDocuments();
  return Array.from({ length: count }, (_, i) => docs[i % docs.length].text);
}

/** One document of about `size` characters made by repeating the real text, cut at a line boundary. */
function bigDocument(size) {
  const all = realDocuments().map((d) => d.text.trim()).join('\n\n');
  const parts = [];
  let length = 0;
  while (length < size) {
    parts.push(all);
    length += all.length + 2;
  }
  const text = parts.join('\n\n');
  const cut = text.lastIndexOf('\n', size);
  return text.slice(0, cut > size / 2 ? cut : size);
}

async function inputsFor(spec) {
  if (spec.input === 'docs') return realDocuments().map((d) => d.text);
  if (spec.input === 'corpus') return corpusOf(spec.count);
  if (spec.input === 'big') return [bigDocument(spec.size)];
  if (spec.input === 'adversarial') {
    const { ADVERSARIAL } = await import('./adversarial.mjs');
    const a = ADVERSARIAL.find((x) => x.name === spec.name);
    return [a.make(spec.size)];
  }
  throw new Error(`unknown input ${spec.input}`);
}

// ---------------------------------------------------------------- child

const bytesOf = (texts) => texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function engine(name) {
  if (name === 'undersigned') {
    const { parse } = await import(pathToFileURL(DIST).href);
    return (texts) => {
      let n = 0;
      for (const t of texts) n += parse(t).diagnostics.length + 1;
      return n;
    };
  }
  const nlp = (await import('compromise')).default;
  return (texts) => {
    let n = 0;
    for (const t of texts) {
      const doc = nlp(t);
      n += doc.people().json().length + doc.places().json().length + doc.organizations().json().length;
    }
    return n;
  };
}

/**
 * The ratio, measured fairly on a shared machine: both engines in one
 * process, passes interleaved (undersigned, compromise, undersigned, …), so
 * both see the same load. Returns the median time of each.
 */
async function pairChild(spec) {
  const u = await engine('undersigned');
  const c = await engine('compromise');
  const texts = await inputsFor(spec);
  const warm = texts.length > 1 ? texts.slice(0, Math.min(texts.length, 20)) : [texts[0].slice(0, 20_000)];
  u(warm);
  c(warm);
  const tu = [];
  const tc = [];
  const time = (f, into) => {
    globalThis.gc?.();
    const a = performance.now();
    f(texts);
    into.push(performance.now() - a);
  };
  for (let i = 0; i < spec.pairs; i++) {
    time(u, tu);
    time(c, tc);
  }
  time(u, tu);
  const bytes = bytesOf(texts);
  const ms = median(tu);
  const cms = median(tc);
  return { docs: texts.length, bytes, undersignedMs: ms, compromiseMs: cms, undersignedRuns: tu, compromiseRuns: tc, ratio: cms / ms, undersignedMbPerS: bytes / 1e6 / (ms / 1000), compromiseMbPerS: bytes / 1e6 / (cms / 1000) };
}

async function child(spec) {
  if (spec.engine === 'pair') return pairChild(spec);
  const t0 = performance.now();
  const run = await engine(spec.engine);
  const loadMs = performance.now() - t0;
  const texts = await inputsFor(spec);
  const bytes = bytesOf(texts);
  // Warm up on a small slice of the same kind of text, then time whole passes.
  if (spec.warmup) run(texts.length > 1 ? texts.slice(0, Math.min(texts.length, 20)) : [texts[0].slice(0, 20_000)]);
  globalThis.gc?.();
  const rssBefore = process.memoryUsage().rss;
  const times = [];
  const started = performance.now();
  while (times.length < spec.minRuns || (times.length < spec.maxRuns && performance.now() - started < spec.minTotalMs)) {
    globalThis.gc?.();
    const a = performance.now();
    run(texts);
    times.push(performance.now() - a);
  }
  const ms = median(times);
  const maxRss = process.resourceUsage().maxRSS * 1024;
  return {
    engine: spec.engine,
    docs: texts.length,
    bytes,
    runs: times.length,
    ms,
    msMin: Math.min(...times),
    msMax: Math.max(...times),
    mbPerS: bytes / 1e6 / (ms / 1000),
    docsPerS: texts.length / (ms / 1000),
    loadMs,
    peakRss: maxRss,
    rssBefore,
    addedRss: Math.max(0, maxRss - rssBefore),
  };
}

// ---------------------------------------------------------------- parent

function measure(spec) {
  const res = spawnSync(process.execPath, ['--expose-gc', ...(spec.heap ? [`--max-old-space-size=${spec.heap}`] : []), fileURLToPath(import.meta.url), '--child', JSON.stringify(spec)], {
    encoding: 'utf8',
    timeout: spec.timeoutMs ?? CHILD_TIMEOUT_MS,
    maxBuffer: 1 << 24,
  });
  if (res.status === 0) {
    try {
      return JSON.parse(res.stdout.trim().split('\n').pop());
    } catch {
      // fall through
    }
  }
  const why = res.error?.code === 'ETIMEDOUT' ? `timeout after ${(spec.timeoutMs ?? CHILD_TIMEOUT_MS) / 1000} s` : res.signal ? `killed by ${res.signal}` : `exit ${res.status}: ${(res.stderr || '').trim().split('\n').slice(-3).join(' | ')}`;
  return { engine: spec.engine, failed: why };
}

function coldStart(runs) {
  if (!existsSync(CLI)) return { skipped: 'dist/cli.js does not exist' };
  const dir = mkdtempSync(join(tmpdir(), 'undersigned-bench-'));
  const file = join(dir, 'letter.txt');
  const docs = realDocuments().sort((a, b) => a.text.length - b.text.length);
  writeFileSync(file, docs.length ? docs[0].text : 'Dear Minister,\n\nWe write.\n\nSincerely,\nAlder Fern (Canada)\n');
  try {
    const probe = spawnSync(process.execPath, [CLI, 'parse', file], { encoding: 'utf8', timeout: 30_000 });
    if (probe.status !== 0) return { skipped: `the command failed: exit ${probe.status}: ${(probe.stderr || '').trim().split('\n')[0]}` };
    const times = [];
    for (let i = 0; i < runs; i++) {
      const a = performance.now();
      spawnSync(process.execPath, [CLI, 'parse', file], { encoding: 'utf8' });
      times.push(performance.now() - a);
    }
    const a = performance.now();
    for (let i = 0; i < 5; i++) spawnSync(process.execPath, ['-e', '0']);
    const nodeMs = (performance.now() - a) / 5;
    return { ms: median(times), msMin: Math.min(...times), msMax: Math.max(...times), runs, nodeAloneMs: nodeMs, file: `${docs[0]?.name ?? 'letter.txt'} (${Buffer.byteLength(readFileSync(file))} B)` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const fmt = (x, d = 2) => (x === undefined || x === null || Number.isNaN(x) ? '-' : x >= 100 ? x.toFixed(0) : x.toFixed(d));
const mib = (b) => (b / 1048576).toFixed(0);

function row(label, r) {
  if (!r) return;
  if (r.failed) {
    console.log(`  ${label.padEnd(34)} FAILED: ${r.failed}`);
    return;
  }
  console.log(
    `  ${label.padEnd(34)} ${fmt(r.mbPerS).padStart(8)} MB/s ${fmt(r.docsPerS, 1).padStart(9)} docs/s ${fmt(r.ms, 1).padStart(9)} ms  peak ${mib(r.peakRss).padStart(5)} MiB (+${mib(r.addedRss)})`,
  );
}

async function main(argv) {
  const quick = argv.includes('--quick');
  const withCompromise = !argv.includes('--no-compromise');
  const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : null;
  const want = (name) => !only || name.includes(only);
  if (!existsSync(DIST)) {
    console.error('bench: dist/index.js is missing: run `npm run build` first (npm run bench does)');
    process.exit(2);
  }
  const docs = realDocuments();
  const results = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? null, memory: totalmem(), node: process.version, platform: process.platform },
    options: { quick, compromise: withCompromise },
    inputs: { documents: docs.length, documentBytes: bytesOf(docs.map((d) => d.text)), corpusShared: existsSync(CORPUS) },
    throughput: {},
    compromise: {},
    ratio: {},
    paired: {},
    scaling: {},
    memory: {},
    adversarial: {},
    coldStart: null,
    targets: {},
  };
  const base = { warmup: true, minRuns: quick ? 1 : 3, maxRuns: quick ? 3 : 20, minTotalMs: quick ? 500 : 3000 };
  const corpusCount = quick ? 200 : 1000;

  console.log(`undersigned benchmark: ${docs.length} real documents (${results.inputs.documentBytes} B), node ${process.version}, ${cpus().length} CPUs`);
  console.log('\nparse (the built package)');
  const sets = [
    ['docs', { input: 'docs' }],
    ['corpus-1000', { input: 'corpus', count: corpusCount }],
    ['100kb', { input: 'big', size: 100_000 }],
    ['1mb', { input: 'big', size: 1_000_000 }],
    ['10mb', { input: 'big', size: 10_000_000, minRuns: 1, maxRuns: quick ? 1 : 2, minTotalMs: 0, timeoutMs: 900_000 }],
  ];
  for (const [name, input] of sets) {
    if (!want(name)) continue;
    if (!docs.length) break;
    const r = measure({ ...base, ...input, engine: 'undersigned' });
    results.throughput[name] = r;
    row(name, r);
  }

  if (withCompromise && docs.length) {
    console.log("\ncompromise's entity pass (nlp + people/places/organizations .json()), same texts");
    const csets = [
      ['docs', { input: 'docs', minRuns: 1, maxRuns: 3, minTotalMs: 0 }],
      ['100kb', { input: 'big', size: 100_000, minRuns: quick ? 1 : 3, maxRuns: 3, minTotalMs: 0 }],
      ...(quick ? [] : [['1mb', { input: 'big', size: 1_000_000, minRuns: 1, maxRuns: 1, minTotalMs: 0 }]]),
    ];
    for (const [name, input] of csets) {
      if (!want(name)) continue;
      const r = measure({ ...base, ...input, engine: 'compromise' });
      results.compromise[name] = r;
      row(name, r);
    }
    console.log('\nundersigned and compromise interleaved in one process (the ratio: same texts, same load)');
    const psets = [
      ['docs', { input: 'docs', pairs: 2 }],
      ['corpus-1000', { input: 'corpus', count: corpusCount, pairs: 1 }],
      ['100kb', { input: 'big', size: 100_000, pairs: quick ? 1 : 2 }],
    ];
    for (const [name, input] of psets) {
      if (!want(name)) continue;
      const p = measure({ ...input, engine: 'pair' });
      results.paired[name] = p;
      if (p.failed) console.log(`  ${name.padEnd(34)} FAILED: ${p.failed}`);
      else {
        results.ratio[name] = p.ratio;
        console.log(`  ${name.padEnd(34)} undersigned ${fmt(p.undersignedMbPerS)} MB/s, compromise ${fmt(p.compromiseMbPerS, 3)} MB/s`);
      }
    }
    console.log('  10mb                               not run: compromise needs about 2.5 GB and minutes on one 10 MB document');
    results.compromise['10mb'] = { skipped: 'about 2.5 GB and minutes on one 10 MB document (guide/building-blocks.md)' };
    console.log('\nundersigned throughput / compromise throughput');
    for (const [name, x] of Object.entries(results.ratio)) console.log(`  ${name.padEnd(34)} ${x.toFixed(1)}x`);
  }

  const t100 = results.throughput['100kb'];
  const t10 = results.throughput['10mb'];
  if (t100 && t10 && !t100.failed && !t10.failed) {
    results.scaling.msPerMb100kb = t100.ms / (t100.bytes / 1e6);
    results.scaling.msPerMb10mb = t10.ms / (t10.bytes / 1e6);
    results.scaling.ratio = results.scaling.msPerMb10mb / results.scaling.msPerMb100kb;
    results.memory.peakRss10mb = t10.peakRss;
    results.memory.addedRss10mb = t10.addedRss;
    results.memory.addedPerInputByte10mb = t10.addedRss / t10.bytes;
    results.memory.peakPerInputByte10mb = t10.peakRss / t10.bytes;
    console.log(`\nlinear cost: ${fmt(results.scaling.msPerMb100kb)} ms/MB on 100 KB, ${fmt(results.scaling.msPerMb10mb)} ms/MB on 10 MB: ratio ${results.scaling.ratio.toFixed(2)}`);
    console.log(`memory on 10 MB: peak RSS ${mib(t10.peakRss)} MiB (${results.memory.peakPerInputByte10mb.toFixed(1)}x the input), added by parsing ${mib(t10.addedRss)} MiB (${results.memory.addedPerInputByte10mb.toFixed(1)}x)`);
  }

  if (want('adversarial')) {
    const { ADVERSARIAL } = await import('./adversarial.mjs');
    console.log('\nadversarial inputs: a quarter of the full size, then the full size (time ratio of the fastest passes at most 6)');
    for (const a of ADVERSARIAL) {
      const spec = { input: 'adversarial', name: a.name, engine: 'undersigned', warmup: true, minRuns: quick ? 1 : 5, maxRuns: 40, minTotalMs: quick ? 200 : 2000, timeoutMs: 300_000 };
      const small = measure({ ...spec, size: Math.round(a.size / 4) });
      const full = measure({ ...spec, size: a.size });
      // The ratio of the fastest passes: on a shared machine the minimum is
      // the least disturbed figure. Below MIN_MEANINGFUL_MS the fixed cost of
      // a call dominates and the ratio says nothing about growth.
      const ratio = !small.failed && !full.failed ? full.msMin / small.msMin : null;
      const linear = ratio !== null && (ratio <= 6 || full.msMin < MIN_MEANINGFUL_MS);
      results.adversarial[a.name] = { why: a.why, unit: a.unit, size: a.size, quarter: small, full, ratio, linear };
      const status = small.failed || full.failed ? `FAILED: ${small.failed ?? full.failed}` : `${fmt(small.msMin, 1)} ms -> ${fmt(full.msMin, 1)} ms (fastest), x${ratio.toFixed(2)} ${linear ? 'ok' : 'SUPER-LINEAR'}, peak ${mib(full.peakRss)} MiB`;
      console.log(`  ${`${a.name} (${a.size.toLocaleString('en')} ${a.unit})`.padEnd(40)} ${status}`);
    }
  }

  if (want('cold')) {
    results.coldStart = coldStart(10);
    console.log(`\ncold start of \`node dist/cli.js parse FILE\`: ${results.coldStart.skipped ? `not measured: ${results.coldStart.skipped}` : `${fmt(results.coldStart.ms, 0)} ms median of 10 (node alone ${fmt(results.coldStart.nodeAloneMs, 0)} ms)`}`);
  }

  const c1000 = results.ratio['corpus-1000'];
  const advs = Object.values(results.adversarial);
  results.targets = {
    'parse >= 5x compromise on the 1,000-document corpus': c1000 === undefined ? null : c1000 >= 5,
    '10 MB time per MB within 1.5x of 100 KB': results.scaling.ratio === undefined ? null : results.scaling.ratio <= 1.5,
    'peak memory on 10 MB under 10x the input (added by parsing)': results.memory.addedPerInputByte10mb === undefined ? null : results.memory.addedPerInputByte10mb < 10,
    'cold start under 400 ms': results.coldStart?.ms === undefined ? null : results.coldStart.ms < 400,
    'every adversarial input linear (4x input, at most 6x time)': advs.length ? advs.every((a) => a.linear) : null,
  };
  console.log('\ntargets');
  for (const [k, v] of Object.entries(results.targets)) console.log(`  ${v === null ? 'not measured' : v ? 'met    ' : 'MISSED '}  ${k}`);
  if (!only) {
    writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\nwritten to ${RESULTS}`);
  }
}

if (process.argv[2] === '--child') {
  child(JSON.parse(process.argv[3]))
    .then((r) => process.stdout.write(`${JSON.stringify(r)}\n`))
    .catch((e) => {
      console.error(e?.stack ?? String(e));
      process.exit(1);
    });
} else {
  main(process.argv.slice(2)).catch((e) => {
    console.error(e?.stack ?? String(e));
    process.exit(1);
  });
}
