#!/usr/bin/env node
// Push benchmark against a local registry (Debian's docker-registry, distribution 2.8, on 127.0.0.1), both
// clients timed as processes, the way a user runs them:
//   - `node bin/spectro-pack.js push NAME-VERSION.tar.gz --registry … --plain-http` of a 50 MB pack archive, as
//     a ratio to `skopeo copy oci:LAYOUT docker://…` of an archive of the same size (target ≤ 1.2×);
//   - the requests and bytes of a re-push of the unchanged archive, counted on the wire by a small proxy in
//     front of the registry (target: zero blob bytes).
// Each run makes fresh random content for each side (neither client can skip, mount or reuse a blob it has
// seen; skopeo keeps a blob-info cache), alternating which side goes first. Medians of BENCH_RUNS are printed.
// Needs the build (`npm run build`), docker-registry and skopeo.
//   BENCH_RUNS=N  runs (default 5)   BENCH_MB=N  payload size (default 50)
//   SPECTRO_PACK_BIN=file.js  the CLI entry to run with node (default bin/spectro-pack.js)
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest, Agent } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = resolve(process.env.SPECTRO_PACK_BIN ?? join(ROOT, 'bin', 'spectro-pack.js'));
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const MB = Number(process.env.BENCH_MB ?? 50);
const TARGET = 1.2;

try {
  execFileSync(process.execPath, [BIN, '--version'], { stdio: 'ignore' });
} catch {
  console.error(`bench/push.mjs: cannot run ${BIN}; run npm run build first (or set SPECTRO_PACK_BIN)`);
  process.exit(2);
}
const tar = await import('tar');

const work = mkdtempSync(join(tmpdir(), 'spectro-pack-bench-'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
// a private HOME: no stored logins, and a fresh skopeo blob-info cache
const env = { ...process.env, HOME: work, SOURCE_DATE_EPOCH: '1700000000', CI: 'true', NO_COLOR: '1' };
delete env.SPECTRO_PACK_USERNAME;
delete env.SPECTRO_PACK_PASSWORD;

async function startRegistry() {
  const config = join(work, 'registry.yml');
  writeFileSync(config, ['version: 0.1', 'log:', '  level: info', '  accesslog:', '    disabled: true', 'storage:', '  filesystem:', `    rootdirectory: ${join(work, 'data')}`, 'http:', '  addr: 127.0.0.1:0', '  secret: bench'].join('\n') + '\n');
  const child = spawn('docker-registry', ['serve', config], { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  const host = await new Promise((res, rej) => {
    const t = setTimeout(() => rej(new Error('registry did not start:\n' + log)), 15000);
    child.stderr.on('data', (b) => {
      log += b;
      const m = /listening on (127\.0\.0\.1:\d+)/.exec(log);
      if (m) { clearTimeout(t); res(m[1]); }
    });
    child.on('exit', (c) => rej(new Error(`registry exited ${c}:\n${log}`)));
  });
  return { host, stop: () => new Promise((r) => { if (child.exitCode !== null) return r(); child.once('exit', r); child.kill('SIGTERM'); }) };
}

/** A pass-through proxy counting requests and request-body bytes (blob bytes: PATCH/PUT to blobs/uploads). */
async function startCounter(target) {
  const [host, port] = target.split(':');
  const agent = new Agent({ keepAlive: true });
  const counts = { requests: 0, bodyBytes: 0, blobBytes: 0, lines: [] };
  const server = createServer((req, res) => {
    counts.requests++;
    counts.lines.push(`${req.method} ${req.url.replace(/\?.*/, '')}`);
    const blob = /\/blobs\/uploads\//.test(req.url) && (req.method === 'PUT' || req.method === 'PATCH');
    req.on('data', (c) => { counts.bodyBytes += c.length; if (blob) counts.blobBytes += c.length; });
    const up = httpRequest({ host, port, method: req.method, path: req.url, headers: { ...req.headers, host: target }, agent }, (r) => {
      res.writeHead(r.statusCode, r.headers);
      r.pipe(res);
    });
    up.on('error', () => res.destroy());
    req.pipe(up);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { host: `127.0.0.1:${server.address().port}`, counts, stop: () => new Promise((r) => { server.closeAllConnections(); agent.destroy(); server.close(() => r()); }) };
}

/** A fresh pack archive NAME-1.0.0.tar.gz (top folder NAME-1.0.0/, pack.json, MB of random bytes). */
async function makeArchive(name) {
  const dir = join(work, name);
  const top = `${name}-1.0.0`;
  mkdirSync(join(dir, top), { recursive: true });
  writeFileSync(join(dir, top, 'pack.json'), JSON.stringify({ name, displayName: name, version: '1.0.0', layer: 'addon' }));
  writeFileSync(join(dir, top, 'payload.bin'), randomBytes(MB * 1024 * 1024));
  const archive = join(dir, `${top}.tar.gz`);
  await tar.c({ gzip: true, cwd: dir, file: archive, portable: true, mtime: new Date(0) }, [top]);
  return archive;
}

function cli(args) {
  return execFileSync(process.execPath, [BIN, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] }).toString();
}

/** The CLI without blocking this process's event loop (the counting proxy runs in it). */
function cliAsync(args) {
  return new Promise((res, rej) => {
    const child = spawn(process.execPath, [BIN, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (b) => (out += b));
    child.stderr.on('data', (b) => (err += b));
    child.on('exit', (code) => (code === 0 ? res(out) : rej(new Error(`spectro-pack ${args[0]} exited ${code}: ${err}`))));
  });
}

function timed(fn) {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

const reg = await startRegistry();
try {
  const ours = [];
  const theirs = [];
  let size = 0;
  let first;
  for (let i = 0; i < RUNS; i++) {
    const mine = await makeArchive(`ours-${i}`);
    const other = await makeArchive(`skopeo-${i}`);
    first ??= mine;
    size = statSync(mine).size;
    // skopeo reads an OCI layout holding the same ORAS manifest (written by our --oci-layout, untimed)
    const layout = join(work, `layout-${i}`);
    cli(['push', other, '--oci-layout', layout, '--json']);
    const runOurs = () => ours.push(timed(() => {
      const r = JSON.parse(cli(['push', mine, '--registry', reg.host, '--plain-http', '--json']));
      if (r.status !== 'pushed' || r.skipped.length) throw new Error('our push skipped blobs: not a fair run');
    }));
    const runSkopeo = () => theirs.push(timed(() => {
      execFileSync('skopeo', ['copy', '--quiet', '--dest-tls-verify=false', `oci:${layout}:spectro-packs/archive/skopeo-${i}:1.0.0`, `docker://${reg.host}/spectro-packs/archive/skopeo-${i}:1.0.0`], { env, stdio: 'ignore' });
    }));
    if (i % 2) { runSkopeo(); runOurs(); } else { runOurs(); runSkopeo(); }
    rmSync(dirname(other), { recursive: true, force: true });
    rmSync(layout, { recursive: true, force: true });
    if (mine !== first) rmSync(dirname(mine), { recursive: true, force: true });
  }
  // startup alone, for reading the figures: `--version` of each
  const nodeStart = median(Array.from({ length: 5 }, () => timed(() => cli(['--version']))));
  const skopeoStart = median(Array.from({ length: 5 }, () => timed(() => execFileSync('skopeo', ['--version'], { stdio: 'ignore' }))));

  const counter = await startCounter(reg.host);
  let again;
  try {
    again = JSON.parse(await cliAsync(['push', first, '--registry', counter.host, '--plain-http', '--json']));
  } finally {
    await counter.stop();
  }
  const mo = median(ours);
  const ms = median(theirs);
  const ratio = mo / ms;
  const rate = (ms_) => `${(size / 1048576 / (ms_ / 1000)).toFixed(0)} MiB/s`;
  console.log(`archive: ${(size / 1048576).toFixed(1)} MiB of fresh random content per run and side; ${RUNS} runs, medians`);
  console.log(`spectro-pack push (process): ${mo.toFixed(0)} ms  ${rate(mo)}   runs: ${ours.map((x) => x.toFixed(0)).join(' ')}`);
  console.log(`skopeo copy oci → registry:  ${ms.toFixed(0)} ms  ${rate(ms)}   runs: ${theirs.map((x) => x.toFixed(0)).join(' ')}`);
  console.log(`process start alone: node CLI --version ${nodeStart.toFixed(0)} ms, skopeo --version ${skopeoStart.toFixed(0)} ms`);
  console.log(`ratio push / skopeo copy: ${ratio.toFixed(2)}  (target ≤ ${TARGET}: ${ratio <= TARGET ? 'met' : 'MISSED'})`);
  console.log(`re-push of the unchanged archive: status ${again.status}, ${counter.counts.requests} requests (${counter.counts.lines.join(', ')}), ${counter.counts.bodyBytes} request-body bytes, ${counter.counts.blobBytes} blob bytes`);
} finally {
  await reg.stop();
  rmSync(work, { recursive: true, force: true });
}
