#!/usr/bin/env node
// Benchmarks of `spectro-pack render` (the built CLI: run `npm run build` first; this script does
// not build). Prints figures with their targets; it never fails on a missed target (figures vary with
// the machine: compare ratios, not seconds).
//   BENCH_RUNS=N    runs per measurement (the median is printed; default 11)
// (a) render of each bundled pack (packs/*): wall time relative to `node -e 0` (target ≤ 1.8×)
// (b) render of a generated 10 000-pool CR file written to a temporary folder (target < 2 s)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { generateConfig } from './gen-config.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin/spectro-pack.js');
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 11));
const ENV = { ...process.env, NO_COLOR: '1' };
delete ENV.FORCE_COLOR;
delete ENV.NODE_OPTIONS;

if (!existsSync(join(ROOT, 'dist/cli/main.js'))) {
  console.error('bench/render.mjs: dist/ is missing; run `npm run build` first');
  process.exit(2);
}

/** One run of `node ARGS`: wall ms, exit status and the first line of stderr. */
function runOnce(args) {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { env: ENV, cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 28 });
  return { ms: performance.now() - t, status: r.status, stderr: (r.stderr ?? '').trim().split('\n')[0] ?? '' };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** Median wall time of `runs` runs, after one warm-up run (fills the OS file cache and Node's compile cache). */
function measure(args, runs = RUNS) {
  const first = runOnce(args);
  const times = [];
  for (let i = 0; i < runs; i++) times.push(runOnce(args).ms);
  return { ms: median(times), status: first.status, stderr: first.stderr };
}

/** Medians of several commands measured round-robin, so that a burst of load slows them alike. */
function measureInterleaved(argsList, runs = RUNS) {
  const first = argsList.map((args) => runOnce(args));
  const all = argsList.map(() => []);
  for (let i = 0; i < runs; i++) argsList.forEach((args, k) => all[k].push(runOnce(args).ms));
  return all.map((times, k) => ({ ms: median(times), status: first[k].status, stderr: first[k].stderr }));
}

const fmt = (ms) => `${ms.toFixed(0).padStart(5)} ms`;
const mark = (ok) => (ok ? 'ok' : 'MISSED');
const outcome = (r) => (r.status === 0 ? 'exit 0' : `exit ${r.status}: ${r.stderr}`);

console.log(`spectro-pack render bench — node ${process.version}, ${process.platform}/${process.arch}, median of ${RUNS} runs`);

console.log('\n(a) render each bundled pack (stdout): wall time relative to `node -e 0` (target ≤ 1.8×)');
const packsDir = join(ROOT, 'packs');
const packs = existsSync(packsDir) ? readdirSync(packsDir).filter((n) => statSync(join(packsDir, n)).isDirectory()).sort() : [];
if (!packs.length) console.log('  (no packs under packs/)');
const [base, ...rendered] = measureInterleaved([['-e', '0'], ...packs.map((p) => [BIN, 'render', join('packs', p)])]);
console.log(`  ${'node -e 0'.padEnd(26)} ${fmt(base.ms)}  1.00×`);
for (const [k, p] of packs.entries()) {
  const r = rendered[k];
  const ratio = r.ms / base.ms;
  console.log(`  ${p.padEnd(26)} ${fmt(r.ms)}  ${ratio.toFixed(2)}×  ${mark(ratio <= 1.8 && r.status === 0)} (${outcome(r)})`);
}

const tmp = mkdtempSync(join(tmpdir(), 'spectro-pack-render-bench-'));
try {
  console.log('\n(b) render generated CRs: 10 000 pools / 20 000 ranges / 200 BGPPeers / 5 advertisements (target < 2 s)');
  const big = join(tmp, 'pools-10000.yaml');
  writeFileSync(big, generateConfig(10000, 200));
  const size = (statSync(big).size / 1024 / 1024).toFixed(1);
  const runs = Math.min(RUNS, 5);
  const toStdout = measure([BIN, 'render', big], runs);
  console.log(`  ${size} MiB to stdout:        wall ${fmt(toStdout.ms)}  ${mark(toStdout.ms < 2000 && toStdout.status === 0)} (${outcome(toStdout)})`);
  const toDir = measure([BIN, 'render', big, '--out', join(tmp, 'out')], runs);
  console.log(`  ${size} MiB to --out (files): wall ${fmt(toDir.ms)}  ${mark(toDir.ms < 2000 && toDir.status === 0)} (${outcome(toDir)})`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
