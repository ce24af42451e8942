import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { vendorPackDependencies } from '../../src/actions/deps.js';
import { packagePack } from '../../src/actions/package.js';
import { listArchive } from '../../src/actions/unpack.js';
import { registerDeps } from '../../src/cli/commands/deps.js';
import { runCommand } from '../convert/run-cli.js';
import { manifestPack, writeTree } from './fixtures.js';

/** An upstream install manifest, as e.g. metallb-native.yaml would be served. */
const UPSTREAM = 'apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: speaker\nspec:\n  template:\n    spec:\n      containers:\n        - name: speaker\n          image: quay.io/demo/sidecar:v2\n';
const PIN = createHash('sha256').update(UPSTREAM).digest('hex');

let dir: string;
let server: Server;
let base: string;
const hits: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    hits.push(req.url ?? '');
    if (req.url === '/v1/native.yaml') return void res.end(UPSTREAM);
    if (req.url === '/v1/tampered.yaml') return void res.end(`${UPSTREAM}# changed\n`);
    res.writeHead(404).end('not found');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

let pack: string;
let env: NodeJS.ProcessEnv;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sp-sources-'));
  pack = join(dir, 'pack');
  env = { XDG_CACHE_HOME: join(dir, 'cache'), HOME: dir };
  // package --fetch-deps uses the process environment for the cache folder
  vi.stubEnv('XDG_CACHE_HOME', join(dir, 'cache'));
  manifestPack(pack);
});
afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

function declare(url: string, sha256 = PIN, path = 'manifests/upstream.yaml'): void {
  writeTree(pack, { 'sources.yaml': `# upstream files, vendored by spectro-pack deps\nsources:\n  - url: ${url}\n    sha256: ${sha256}\n    path: ${path}\n` });
}

describe('sources.yaml: upstream manifests vendored by deps / package --fetch-deps', () => {
  it('deps downloads, verifies and writes the file, caches it by sha256, and keeps it on re-runs', async () => {
    declare(`${base}/v1/native.yaml`);
    hits.length = 0;
    const r = await vendorPackDependencies(pack, { env });
    expect(r.sources).toEqual([{ url: `${base}/v1/native.yaml`, sha256: PIN, path: 'manifests/upstream.yaml', status: 'downloaded' }]);
    expect(readFileSync(join(pack, 'manifests/upstream.yaml'), 'utf8')).toBe(UPSTREAM);
    expect(readFileSync(join(dir, 'cache', 'spectro-pack', 'sources', PIN.slice(0, 2), PIN), 'utf8')).toBe(UPSTREAM);
    expect(r.warnings).toEqual([expect.stringMatching(/sources\.yaml: http:\/\/127\.0\.0\.1:\d+\/v1\/native\.yaml is plain http; .*prefer https/)]);
    expect(hits).toEqual(['/v1/native.yaml']);
    // present with the pinned digest: nothing fetched
    hits.length = 0;
    expect((await vendorPackDependencies(pack, { env })).sources[0]!.status).toBe('present');
    // removed: it comes back from the cache, without the network
    rmSync(join(pack, 'manifests/upstream.yaml'));
    expect((await vendorPackDependencies(pack, { env })).sources[0]!.status).toBe('cached');
    expect(hits).toEqual([]);
    expect(readFileSync(join(pack, 'manifests/upstream.yaml'), 'utf8')).toBe(UPSTREAM);
  });

  it('refuses a download whose sha256 differs from the pin, writing nothing', async () => {
    declare(`${base}/v1/tampered.yaml`);
    await expect(vendorPackDependencies(pack, { env })).rejects.toMatchObject({
      where: `${base}/v1/tampered.yaml`,
      message: expect.stringMatching(new RegExp(`digest mismatch for manifests/upstream\\.yaml: sources\\.yaml pins sha256:${PIN}, the download is sha256:[0-9a-f]{64}`)),
    });
    expect(existsSync(join(pack, 'manifests/upstream.yaml'))).toBe(false);
    expect(existsSync(join(dir, 'cache'))).toBe(false);
  });

  it('names a 404', async () => {
    declare(`${base}/v1/missing.yaml`);
    await expect(vendorPackDependencies(pack, { env })).rejects.toMatchObject({ where: `${base}/v1/missing.yaml`, message: 'HTTP 404 (not found)' });
    expect(existsSync(join(pack, 'manifests/upstream.yaml'))).toBe(false);
  });

  it('package without --fetch-deps refuses when a declared file is missing, naming the URL and the fix', async () => {
    declare(`${base}/v1/native.yaml`);
    const err = await packagePack(pack, { outDir: join(dir, 'out') }).catch((e: Error) => e);
    expect(err).toMatchObject({
      where: `${pack}/sources.yaml`,
      message: `declares manifests/upstream.yaml (from ${base}/v1/native.yaml), which is missing`,
      hint: expect.stringMatching(/spectro-pack deps .*--fetch-deps/),
    });
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('package refuses a declared file that differs from its pin', async () => {
    declare(`${base}/v1/native.yaml`);
    writeTree(pack, { 'manifests/upstream.yaml': `${UPSTREAM}# local edit\n` });
    await expect(packagePack(pack, { outDir: join(dir, 'out') })).rejects.toThrow(new RegExp(`has sha256:[0-9a-f]{64}, but sources\\.yaml pins sha256:${PIN}`));
  });

  it('package --fetch-deps vendors it: the archive holds the manifest (listed in kubeManifests[]), not sources.yaml', async () => {
    declare(`${base}/v1/native.yaml`);
    const r = await packagePack(pack, { outDir: join(dir, 'out'), fetchDeps: true });
    expect(r.ok).toBe(true);
    expect(r.notes).toContain('pack.json kubeManifests[] completed with manifests/upstream.yaml');
    expect(r.notes.some((n) => /plain http/.test(n))).toBe(true);
    const l = await listArchive(r.archive!.path);
    expect(l.problems).toEqual([]);
    const paths = l.entries.map((e) => e.path);
    expect(paths).toContain('demo-manifests-1.0.0/manifests/upstream.yaml');
    expect(paths).not.toContain('demo-manifests-1.0.0/sources.yaml');
    expect(l.entries.find((e) => e.path.endsWith('/upstream.yaml'))!.sha256).toBe(PIN);
    // the same again, now from the vendored file: the same bytes
    const again = await packagePack(pack, { outDir: join(dir, 'out2') });
    expect(again.archive!.sha256).toBe(r.archive!.sha256);
  });

  it('refuses a malformed sources.yaml, naming the entry', async () => {
    declare(`${base}/v1/native.yaml`, PIN, '../outside.yaml');
    await expect(vendorPackDependencies(pack, { env })).rejects.toMatchObject({ where: `${pack}/sources.yaml (sources[0])`, message: 'path "../outside.yaml" must be manifests/<name>.yaml' });
    declare(`${base}/v1/native.yaml`, 'abc');
    await expect(vendorPackDependencies(pack, { env })).rejects.toThrow(/sha256 "abc" is not 64 hex digits/);
    declare('ftp://example/x.yaml');
    await expect(vendorPackDependencies(pack, { env })).rejects.toThrow(/url "ftp:\/\/example\/x\.yaml" is not http\(s\)/);
    writeFileSync(join(pack, 'sources.yaml'), '- just a list\n');
    await expect(packagePack(pack, { outDir: join(dir, 'out') })).rejects.toThrow(/must be a mapping with a `sources:` list/);
    expect(readdirSync(join(pack, 'manifests'))).toEqual(['app.yaml']);
  });

  it('deps command prints the vendored file and the plain-http warning', async () => {
    declare(`${base}/v1/native.yaml`);
    const r = await runCommand(registerDeps, ['deps', pack], dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`: ${base.replace(/\./g, '\\.')}/v1/native\\.yaml → manifests/upstream\\.yaml \\(downloaded, sha256:${PIN.slice(0, 12)}…\\)`));
    expect(r.stderr).toMatch(/warning: .*plain http/);
  });
});
