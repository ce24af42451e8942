import { createHash } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { packagePack } from '../../src/actions/package.js';
import { collectTree } from '../../src/archive/collect.js';
import { writeTarGz } from '../../src/archive/write.js';
import { manifestPack, writeTree } from './fixtures.js';

/**
 * Cross-machine reproducibility: the sha256 of archives of fixed inputs, packaged with
 * SOURCE_DATE_EPOCH set, is pinned in golden/archive-sha256.json. Both the .tar (our bytes only) and
 * the .tar.gz (plus zlib's deflate output) are pinned, so a failure says which layer moved.
 * Re-pin deliberately with UPDATE_GOLDEN=1 (then review the diff).
 */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const GOLDEN = join(ROOT, 'test/package/golden/archive-sha256.json');
const BUNDLED = 'lb-metallb-0.11.0';
const EPOCH = '1700000000';
const update = process.env['UPDATE_GOLDEN'] === '1';

interface Pin {
  /** sha256 of the inputs (paths and contents), for pins of files that live elsewhere in the repo */
  input?: string;
  tar: string;
  tarGz: string;
}
const golden: Record<string, Pin> = existsSync(GOLDEN) ? (JSON.parse(readFileSync(GOLDEN, 'utf8')) as Record<string, Pin>) : {};
const seen: Record<string, Pin> = {};
afterAll(() => {
  if (update) {
    mkdirSync(dirname(GOLDEN), { recursive: true });
    writeFileSync(GOLDEN, `${JSON.stringify({ ...golden, ...seen }, null, 2)}\n`);
  }
});

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sp-golden-'));
  vi.stubEnv('SOURCE_DATE_EPOCH', EPOCH);
});
afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

function inputDigest(root: string): string {
  const h = createHash('sha256');
  for (const e of readdirSync(root, { recursive: true, withFileTypes: true }).filter((x) => x.isFile()).map((x) => join(x.parentPath, x.name)).sort()) {
    h.update(`${e.slice(root.length + 1)}\0`).update(readFileSync(e)).update('\0');
  }
  return h.digest('hex');
}

function check(key: string, archive: string, input?: string): void {
  const gz = readFileSync(archive);
  const got: Pin = { ...(input ? { input } : {}), tar: sha(gunzipSync(gz)), tarGz: sha(gz) };
  seen[key] = got;
  if (update) return;
  const want = golden[key];
  expect(want, `no pin for "${key}" in ${GOLDEN}: run UPDATE_GOLDEN=1 npx vitest run test/package/golden-sha.test.ts`).toBeDefined();
  if (input !== undefined) {
    expect(input, `the inputs of "${key}" changed since its archive was pinned: check the change, then re-pin with UPDATE_GOLDEN=1 npx vitest run test/package/golden-sha.test.ts`).toBe(want!.input);
  }
  expect(got.tar, `"${key}": the tar stream (our bytes: order, headers, modes, mtime) differs from the pin`).toBe(want!.tar);
  expect(got.tarGz, `"${key}": the tar is identical but the gzip bytes differ: zlib's deflate output changed (another Node/zlib build?); see src/archive/README.md`).toBe(want!.tarGz);
}

describe('golden sha256: the same inputs give the same archive on any machine', () => {
  it('writeTarGz of a fixed small tree (nested folders, an executable, a non-ASCII name)', async () => {
    const t = join(dir, 't');
    writeTree(t, {
      'pack.json': '{"name":"golden","version":"1.0.0"}\n',
      'b/c.yaml': 'key: value\n',
      'b/d/e.json': '[1, 2, 3]\n',
      'bin/run.sh': '#!/bin/sh\necho hi\n',
      'Zeta.md': '# Z\n',
      'naïve.txt': 'unicode path\n',
      'big.txt': 'line of text that repeats\n'.repeat(4096),
    });
    chmodSync(join(t, 'bin/run.sh'), 0o750);
    const w = await writeTarGz(join(dir, 'golden-1.0.0.tar.gz'), collectTree(t, { prefix: 'golden-1.0.0' }));
    expect(w.entries).toBe(11);
    check('fixed-tree', w.path);
  });

  it('package of the manifest-pack test fixture', async () => {
    const p = join(dir, 'pack');
    manifestPack(p);
    const r = await packagePack(p, { outDir: join(dir, 'out') });
    expect(r.ok).toBe(true);
    check('manifest-fixture', r.archive!.path);
  });

  it(`package of the bundled ${BUNDLED} pack`, async () => {
    const src = join(ROOT, 'packs', BUNDLED);
    const p = join(dir, BUNDLED);
    cpSync(src, p, { recursive: true });
    const r = await packagePack(p, { outDir: join(dir, 'out') });
    expect(r.ok).toBe(true);
    expect(r.notes).toEqual([]);
    check(BUNDLED, r.archive!.path, inputDigest(src));
  });
});
