#!/usr/bin/env node
// Benchmarks of the built CLI (`npm run bench` builds first). Prints figures with their targets;
// it never fails on a missed target (figures vary with the machine: compare ratios, not seconds).
//   BENCH_RUNS=N    runs per measurement (median is printed; default 11)
// Only Node is used: child_process for real process starts, perf_hooks for wall time, and a preload
// in each child that reports its CPU time and peak RSS (process.resourceUsage()). CPU time is printed
// next to wall time because it is far less disturbed by other load on the machine.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { generateConfig } from './gen-config.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin/spectro-pack.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 11);
const ENV = { ...process.env, NO_COLOR: '1' };
delete ENV.FORCE_COLOR;
delete ENV.NODE_OPTIONS;

// A preload that reports the child's CPU time and peak RSS on exit (on stderr, last line). CommonJS,
// loaded with --require: an ES module preload (--import) would start Node's ES module loader in
// every measured process, which the CLI itself does not (its bin is CommonJS).
const PROBE = join(tmpdir(), `spectro-pack-bench-probe-${process.pid}.cjs`);
writeFileSync(
  PROBE,
  "process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write(`\\n@@probe cpu=${(u.userCPUTime + u.systemCPUTime) / 1000} rss=${u.maxRSS / 1024}\\n`); });\n",
);
process.on('exit', () => rmSync(PROBE, { force: true }));

/** One run of `node ARGS`: wall ms, CPU ms (user+sys), peak RSS MiB, status, stdout, stderr. */
function runOnce(args, { capture = false } = {}) {
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--require', PROBE, ...args], {
    env: ENV,
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', capture ? 'pipe' : 'ignore', 'pipe'],
    maxBuffer: 1 << 28,
  });
  const ms = performance.now() - t;
  const m = /\n?@@probe cpu=([\d.]+) rss=([\d.]+)\n/.exec(r.stderr ?? '');
  return {
    ms,
    cpu: m ? Number(m[1]) : NaN,
    rss: m ? Number(m[2]) : NaN,
    status: r.status,
    stdout: r.stdout ?? '',
    stderr: (r.stderr ?? '').replace(/\n?@@probe [^\n]*\n/, '').trim(),
  };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** Medians over `runs` runs (after one warm-up run that fills the OS file cache). */
function measure(args, runs = RUNS, opts = {}) {
  const first = runOnce(args, opts);
  const all = [];
  for (let i = 0; i < runs; i++) all.push(runOnce(args, opts));
  return {
    ms: median(all.map((r) => r.ms)),
    cpu: median(all.map((r) => r.cpu)),
    rss: Math.max(...all.map((r) => r.rss)),
    status: first.status,
    stdout: first.stdout,
    stderr: first.stderr,
  };
}

/**
 * Medians of several commands measured round-robin (one warm-up each, then `runs` rounds of one run
 * of every command): a burst of load on the machine then slows all of them alike, instead of
 * whichever happened to be measured at the time, so the ratios hold even when the seconds do not.
 */
function measureInterleaved(argsList, runs = RUNS) {
  const first = argsList.map((args) => runOnce(args, { capture: true }));
  const all = argsList.map(() => []);
  for (let i = 0; i < runs; i++) argsList.forEach((args, k) => all[k].push(runOnce(args)));
  return all.map((rs, k) => ({
    ms: median(rs.map((r) => r.ms)),
    cpu: median(rs.map((r) => r.cpu)),
    rss: Math.max(...rs.map((r) => r.rss)),
    status: first[k].status,
    stdout: first[k].stdout,
    stderr: first[k].stderr,
  }));
}

const fmt = (ms) => `${ms.toFixed(0).padStart(5)} ms`;
const mark = (ok) => (ok ? 'ok' : 'MISSED');

console.log(`spectro-pack bench — node ${process.version}, ${process.platform}/${process.arch}, median of ${RUNS} runs`);

// (a) startup-dominated: validate each bundled pack, relative to `node -e 0`
console.log('\n(a) validate each bundled pack: wall time (and CPU time) relative to `node -e 0` (target ≤ 1.6×)');
const packsDir = join(ROOT, 'packs');
let packs = [];
try {
  packs = readdirSync(packsDir).filter((n) => statSync(join(packsDir, n)).isDirectory()).sort();
} catch {
  /* no packs/ */
}
if (!packs.length) console.log('  (no packs under packs/)');
// the floor: a process that only parses the same YAML files with the yaml library (bench/yaml-floor.cjs)
const FLOOR = join(ROOT, 'bench/yaml-floor.cjs');
const yamlFilesOf = (p) =>
  ['pack.json', 'values.yaml', 'schema.yaml', 'presets.yaml'].map((f) => join('packs', p, f)).filter((f) => {
    try {
      return statSync(join(ROOT, f)).isFile();
    } catch {
      return false;
    }
  });
const measured = measureInterleaved([
  ['-e', '0'],
  [BIN, '--version'],
  ...packs.map((p) => [BIN, 'validate', join('packs', p)]),
  ...packs.map((p) => [FLOOR, ...yamlFilesOf(p)]),
]);
const [base, version] = measured;
const perPack = measured.slice(2, 2 + packs.length);
const floors = measured.slice(2 + packs.length);
console.log(`  ${'node -e 0'.padEnd(26)} ${fmt(base.ms)} 1.00×   cpu ${fmt(base.cpu)} 1.00×`);
const row = (label, r, note) => {
  const ratio = r.ms / base.ms;
  const cpuRatio = r.cpu / base.cpu;
  return `  ${label.padEnd(26)} ${fmt(r.ms)} ${ratio.toFixed(2)}×   cpu ${fmt(r.cpu)} ${cpuRatio.toFixed(2)}×  ${note}`;
};
packs.forEach((p, k) => {
  const r = perPack[k];
  const status = r.status === 2 ? `exit 2: ${r.stderr.split('\n')[0]}` : `exit ${r.status}`;
  console.log(row(p, r, `${mark(r.ms / base.ms <= 1.6)} (${status})`));
});
console.log(row('spectro-pack --version', version, '(start-up without validation)'));
console.log('  the floor set by the YAML library: node + parsing the same files with `yaml`, nothing else (bench/yaml-floor.cjs)');
packs.forEach((p, k) => console.log(row(`  yaml only: ${p}`, floors[k], `(validate adds ${fmt(perPack[k].ms - floors[k].ms).trim()})`)));

// (b) scale: a generated CR file
const tmp = mkdtempSync(join(tmpdir(), 'spectro-pack-bench-'));
try {
  console.log('\n(b) generated CRs: 10 000 pools / 20 000 ranges / 200 BGPPeers / 5 advertisements (target < 1 s)');
  const big = join(tmp, 'pools-10000.yaml');
  writeFileSync(big, generateConfig(10000, 200));
  const sizeMiB = statSync(big).size / 1024 / 1024;
  // validate and the floor measured round-robin, so that both see the same load
  const [r, floor] = measureInterleaved([[BIN, 'validate', '--format', 'json', big], [FLOOR, big]], Math.max(5, Math.min(RUNS, 9)));
  let summary = 'no JSON output';
  try {
    const s = JSON.parse(r.stdout).summary;
    summary = `${s.error} errors, ${s.warning} warnings, ${s.info} info`;
  } catch {
    /* reported as is */
  }
  console.log(`  file ${sizeMiB.toFixed(1)} MiB: wall ${fmt(r.ms)} ${mark(r.ms < 1000)}; cpu ${fmt(r.cpu)}; peak RSS ${r.rss.toFixed(0)} MiB; exit ${r.status}; ${summary}`);
  if (r.stderr) console.log(`  stderr: ${r.stderr.split('\n')[0]}`);
  console.log(`  yaml only (node + the yaml library parsing the file, nothing else): wall ${fmt(floor.ms)}; cpu ${fmt(floor.cpu)}; validate adds ${fmt(r.ms - floor.ms).trim()}`);

  // growth: wall time less the fixed cost (process start, module loading, JIT warm-up), measured
  // as the validation of a one-pool file, so the ratios show how the work itself grows
  const tiny = join(tmp, 'pools-1.yaml');
  writeFileSync(tiny, generateConfig(1, 1));
  const fixed = measure([BIN, 'validate', '--format', 'json', tiny], Math.min(RUNS, 5));
  console.log(`\n  growth: n pools, 200 peers; work = wall − fixed cost (${fmt(fixed.ms).trim()}, a one-pool file)`);
  console.log('  per doubling of n: n → 2.0×, n·log n → ~2.1×, n² → 4×');
  let prev;
  for (const n of [1250, 2500, 5000, 10000]) {
    const file = join(tmp, `pools-${n}.yaml`);
    writeFileSync(file, generateConfig(n, 200));
    const m = measure([BIN, 'validate', '--format', 'json', file], Math.min(RUNS, 5));
    const work = Math.max(1, m.ms - fixed.ms);
    const ratio = prev ? `${(work / prev).toFixed(2)}×` : '   –';
    console.log(`  n=${String(n).padStart(5)}  wall ${fmt(m.ms)}  work ${fmt(work)}  ratio to n/2: ${ratio}  cpu ${fmt(m.cpu)}  peak RSS ${m.rss.toFixed(0)} MiB`);
    prev = work;
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
