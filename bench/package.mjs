#!/usr/bin/env node
// Package benchmark: time and peak memory (max RSS) of `packagePack` for the bundled packs (Helm
// packs with the upstream chart stubbed, offline) and generated packs of two sizes (SIZES, default
// 50 and 200 MB: peak memory must not grow with the size), each as a ratio to `tar -czf` of the
// same tree (target ≤ 1.3× in time).
// Uses the compiled sources: run `npm run build` first (or set SPECTRO_PACK_DIST to another tsc outDir).
// Each measurement runs in a fresh process; the best of RUNS is kept.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { randomBytes } from 'node:crypto';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const dist = resolve(process.env.SPECTRO_PACK_DIST ?? join(root, 'dist'));
const RUNS = Number(process.env.RUNS ?? 3);
const SIZES = (process.env.SIZES ?? process.env.SIZE_MB ?? '50,200').split(',').map(Number).filter((n) => n > 0);
const actionUrl = pathToFileURL(join(dist, 'actions', 'package.js')).href;
if (!existsSync(fileURLToPath(actionUrl))) {
  console.error(`bench/package.mjs: ${fileURLToPath(actionUrl)} not found; run \`npm run build\` first`);
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), 'sp-bench-'));
const hasGnuTime = existsSync('/usr/bin/time');

/** Runs a command under /usr/bin/time; returns wall ms and max RSS in MB. */
function measure(cmd, args, env = {}) {
  const t0 = process.hrtime.bigint();
  const r = hasGnuTime
    ? spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...args], { encoding: 'utf8', env: { ...process.env, ...env } })
    : spawnSync(cmd, args, { encoding: 'utf8', env: { ...process.env, ...env } });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${cmd === process.execPath ? 'packagePack' : cmd} failed: ${r.stderr.trim().split('\n').slice(-8).join(' | ')}`);
  const kb = hasGnuTime ? Number(r.stderr.trim().split('\n').pop()) : NaN;
  return { ms, rssMB: kb / 1024, stdout: r.stdout };
}

function best(fn) {
  let b;
  for (let i = 0; i < RUNS; i++) {
    const m = fn(i);
    if (!b || m.ms < b.ms) b = { ...m, rssMB: Math.max(m.rssMB, b?.rssMB ?? 0) };
  }
  return b;
}

const packScript = `
  const { packagePack } = await import(${JSON.stringify(actionUrl)});
  const t0 = performance.now();
  const r = await packagePack(process.argv[1], { outDir: process.argv[2] });
  const inProcessMs = performance.now() - t0;
  if (!r.ok) { console.error('errors: ' + r.diagnostics.filter(d => d.severity === 'error').map(d => d.code + ' ' + d.message.slice(0, 120)).join(' / ')); process.exit(1); }
  console.log(JSON.stringify({ ...r.archive, inProcessMs }));
`;

function generatedPack(SIZE_MB) {
  const p = join(work, `big-pack-${SIZE_MB}`);
  mkdirSync(join(p, 'manifests'), { recursive: true });
  mkdirSync(join(p, 'files'), { recursive: true });
  writeFileSync(join(p, 'pack.json'), JSON.stringify({ name: 'bench-big', displayName: 'Bench', version: '1.0.0', layer: 'addon', addonType: 'system app', cloudTypes: ['all'], kubeManifests: ['manifests/app.yaml'] }));
  writeFileSync(join(p, 'values.yaml'), 'pack:\n  namespace: bench\n  content:\n    images:\n      - image: quay.io/bench/app:v1\n');
  writeFileSync(join(p, 'README.md'), '# bench\n');
  writeFileSync(join(p, 'logo.png'), Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex'));
  writeFileSync(join(p, 'manifests', 'app.yaml'), 'kind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n        - image: quay.io/bench/app:v1\n');
  // half incompressible (images, binaries), half text-like
  const chunk = 10 * 1024 * 1024;
  const text = Buffer.from('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: filler-' + 'x'.repeat(60) + '\n');
  for (let i = 0; i < Math.max(1, Math.round(SIZE_MB / 10)); i++) {
    let body;
    if (i % 2 === 0) body = randomBytes(chunk);
    else {
      body = Buffer.alloc(chunk);
      for (let o = 0; o < chunk; o += text.length) text.copy(body, o, 0, Math.min(text.length, chunk - o));
      randomBytes(4096).copy(body, 1000);
    }
    writeFileSync(join(p, 'files', `blob-${String(i).padStart(3, '0')}.bin`), body);
  }
  return p;
}

/**
 * Bundled Helm packs name the upstream chart as a dependency that is not vendored (packaging them
 * needs `deps`, i.e. the network). Offline, the bench copies such a pack and vendors a stub chart of
 * the same name and version under charts/<chart>/charts/.
 */
async function offlineCopy(name, dir) {
  const chartsDir = join(dir, 'charts');
  const sources = existsSync(chartsDir) ? readdirSync(chartsDir).filter((n) => existsSync(join(chartsDir, n, 'Chart.yaml'))) : [];
  if (!sources.length) return dir;
  const { readChartYaml } = await import(pathToFileURL(join(dist, 'deps', 'chart-yaml.js')).href);
  const { packageChart } = await import(pathToFileURL(join(dist, 'deps', 'chart-package.js')).href);
  const copy = join(work, 'bundled', name);
  cpSync(dir, copy, { recursive: true });
  for (const c of sources) {
    for (const dep of readChartYaml(join(copy, 'charts', c)).dependencies) {
      const stub = join(work, 'stubs', dep.name);
      mkdirSync(stub, { recursive: true });
      writeFileSync(join(stub, 'Chart.yaml'), `apiVersion: v2\nname: ${dep.name}\nversion: ${dep.version}\n`);
      mkdirSync(join(copy, 'charts', c, 'charts'), { recursive: true });
      await packageChart(stub, (m) => join(copy, 'charts', c, 'charts', `${m.name}-${m.version}.tgz`));
    }
  }
  return copy;
}

const targets = [];
const packsDir = join(root, 'packs');
if (existsSync(packsDir)) for (const n of readdirSync(packsDir).sort()) targets.push({ name: n, dir: await offlineCopy(n, join(packsDir, n)) });
for (const mb of SIZES) targets.push({ name: `generated-${mb}MB`, dir: generatedPack(mb), generatedMB: mb });

const rows = [];
try {
  for (const t of targets) {
    let ours;
    try {
      ours = best((i) => {
        const out = join(work, `out-${t.name}-${i}`);
        mkdirSync(out, { recursive: true });
        return measure(process.execPath, ['--input-type=module', '-e', packScript, t.dir, out]);
      });
    } catch (e) {
      rows.push({ pack: t.name, error: String(e.message).replace(/^.*errors: /s, '').slice(0, 200) });
      continue;
    }
    const tar = best((i) => measure('tar', ['-czf', join(work, `tar-${t.name}-${i}.tar.gz`), '-C', dirname(t.dir), basename(t.dir)]));
    const archive = JSON.parse(ours.stdout.trim().split('\n').pop());
    rows.push({
      pack: t.name,
      'size MB': +(archive.size / 1048576).toFixed(2),
      'ours ms': Math.round(ours.ms),
      'tar -czf ms': Math.round(tar.ms),
      'time ratio': +(ours.ms / tar.ms).toFixed(2),
      'in-process ms': Math.round(archive.inProcessMs),
      'in-process ratio': +(archive.inProcessMs / tar.ms).toFixed(2),
      'ours maxRSS MB': Math.round(ours.rssMB),
      'tar maxRSS MB': Math.round(tar.rssMB),
    });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.table(rows);
const generated = rows.filter((r) => /^generated-/.test(r.pack) && r['ours maxRSS MB'] !== undefined);
if (generated.length >= 2) {
  const [a, b] = [generated[0], generated[generated.length - 1]];
  console.log(`peak memory: ${a['ours maxRSS MB']} MB at ${a.pack}, ${b['ours maxRSS MB']} MB at ${b.pack} (${(b['ours maxRSS MB'] / a['ours maxRSS MB']).toFixed(2)}× for ${(b['size MB'] / a['size MB']).toFixed(1)}× the archive): ${b['ours maxRSS MB'] - a['ours maxRSS MB'] < 32 ? 'flat (streamed)' : 'GROWS with size'}`);
}
console.log(`node ${process.version}; best of ${RUNS}; time includes node start-up and validation; target: time ratio ≤ 1.3 on the large pack, flat memory`);
