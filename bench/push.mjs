#!/usr/bin/env node
// Push benchmark against a local registry (Debian's docker-registry, distribution 2.8, on 127.0.0.1):
//   - `spectro-pack push` of a 50 MB archive, as a ratio to `skopeo copy` of the same content
//     (from an OCI layout folder written by `push --oci-layout`) into the same registry;
//   - the request count and bytes sent by a re-push of the unchanged archive (expected: no blob bytes).
// Needs the build (`npm run build`; or SPECTRO_PACK_DIST=folder of a tsc build), docker-registry and skopeo.
//   BENCH_RUNS=N   runs per measurement, median printed (default 3)   BENCH_MB=N  archive size (default 50)
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = resolve(process.env.SPECTRO_PACK_DIST ?? join(ROOT, 'dist'));
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const MB = Number(process.env.BENCH_MB ?? 50);
if (!existsSync(join(DIST, 'actions/push.js'))) {
  console.error(`bench/push.mjs: ${DIST}/actions/push.js is missing; run npm run build first`);
  process.exit(2);
}
const { pushPack } = await import(pathToFileURL(join(DIST, 'actions/push.js')).href);
const tar = await import('tar');

const work = mkdtempSync(join(tmpdir(), 'spectro-pack-bench-'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

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
  return { host, stop: () => new Promise((r) => { child.once('exit', r); child.kill('SIGTERM'); }) };
}

const reg = await startRegistry();
try {
  // fresh content per run, so neither client can skip or mount a blob it has seen (skopeo keeps a blob-info cache)
  const env = { HOME: work, SOURCE_DATE_EPOCH: '1700000000' };
  async function makeRun(i) {
    const dir = join(work, `run-${i}`);
    mkdirSync(join(dir, 'bench'), { recursive: true });
    writeFileSync(join(dir, 'bench', 'payload.bin'), randomBytes(MB * 1024 * 1024));
    const archive = join(dir, 'bench-1.0.0.tar.gz');
    await tar.c({ gzip: true, cwd: dir, file: archive, portable: true, mtime: new Date(0) }, ['bench']);
    const layout = join(dir, 'layout');
    await pushPack(archive, { ociLayout: layout, env });
    return { archive, layout };
  }
  const ours = [];
  const theirs = [];
  let first;
  let size = 0;
  for (let i = 0; i < RUNS; i++) {
    const { archive, layout } = await makeRun(i);
    first ??= archive;
    size = statSync(archive).size;
    const skopeo = () => {
      const t = performance.now();
      execFileSync('skopeo', ['copy', '--quiet', '--dest-tls-verify=false', `oci:${layout}:1.0.0`, `docker://${reg.host}/spectro-packs/archive/skopeo-${i}:1.0.0`], { stdio: 'ignore' });
      theirs.push(performance.now() - t);
    };
    const push = async () => {
      const t = performance.now();
      const r = await pushPack(archive, { registry: reg.host, plainHttp: true, env, name: `ours-${i}`, version: '1.0.0' });
      ours.push(performance.now() - t);
      if (r.bytesUploaded < size) throw new Error('push skipped bytes: not a fair run');
    };
    if (i % 2) { skopeo(); await push(); } else { await push(); skopeo(); }
  }
  const archive = first;
  const again = await pushPack(archive, { registry: reg.host, plainHttp: true, env, name: 'ours-0', version: '1.0.0' });
  const mo = median(ours);
  const ms = median(theirs);
  console.log(`archive: ${(size / 1048576).toFixed(1)} MiB, runs: ${RUNS} (median)`);
  console.log(`push (spectro-pack, in-process): ${mo.toFixed(0)} ms   ${(size / 1048576 / (mo / 1000)).toFixed(0)} MiB/s`);
  console.log(`skopeo copy oci-layout → registry: ${ms.toFixed(0)} ms   ${(size / 1048576 / (ms / 1000)).toFixed(0)} MiB/s`);
  console.log(`ratio push / skopeo copy: ${(mo / ms).toFixed(2)}   (below 1: faster than skopeo)`);
  console.log(`re-push of the unchanged archive: status ${again.status}, ${again.requests} requests, ${again.bytesSent} request-body bytes, ${again.bytesUploaded} blob bytes`);
} finally {
  await reg.stop();
  rmSync(work, { recursive: true, force: true });
}
