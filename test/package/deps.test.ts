import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MockAgent } from 'undici';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { vendorPackDependencies } from '../../src/actions/deps.js';
import { cacheDir } from '../../src/deps/cache.js';
import { packageChart } from '../../src/deps/chart-package.js';
import { fetchBytes } from '../../src/deps/http.js';
import { stubChart, writeTree } from './fixtures.js';

let dir: string;
let server: Server;
let base: string;
const hits: string[] = [];
const charts = new Map<string, Buffer>();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sp-deps-'));
  for (const v of ['0.1.0', '0.2.0', '0.3.0']) {
    stubChart(join(dir, 'src', v), 'upstream', v);
    const c = await packageChart(join(dir, 'src', v), (m) => join(dir, `${m.name}-${m.version}.tgz`));
    charts.set(v, readFileSync(c.path));
  }
  ({ server, base } = await serve());
});

const digest = (v: string) => createHash('sha256').update(charts.get(v)!).digest('hex');
const index = (digestOf: (v: string) => string) =>
  `apiVersion: v1\nentries:\n  upstream:\n${['0.3.0', '0.2.0', '0.1.0'].map((v) => `    - name: upstream\n      version: ${v}\n      digest: ${digestOf(v)}\n      urls:\n        - charts/upstream-${v}.tgz\n`).join('')}`;

/** A Helm repository on 127.0.0.1: /repo (good), /bad (wrong digests), /slow, /loop, 404 elsewhere. */
async function serve(): Promise<{ server: Server; base: string }> {
  let base = '';
  const server = createServer((req, res) => {
    const url = req.url ?? '';
    hits.push(url);
    const m = /^\/(repo|bad)\/charts\/upstream-(.+)\.tgz$/.exec(url);
    if (url === '/repo/index.yaml') return void res.end(index(digest));
    if (url === '/bad/index.yaml') return void res.end(index(() => 'ab'.repeat(32)));
    if (m && charts.has(m[2]!)) return void res.end(charts.get(m[2]!));
    if (url === '/slow/index.yaml') return; // never answers
    if (url === '/loop/index.yaml') return void res.writeHead(302, { location: '/loop2/index.yaml' }).end();
    if (url === '/loop2/index.yaml') return void res.writeHead(301, { location: `${base}/loop/index.yaml` }).end();
    res.writeHead(404).end('not found');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { server, base };
}

async function stop(s: Server): Promise<void> {
  s.closeAllConnections();
  await new Promise((r) => s.close(r));
}
afterAll(async () => {
  await stop(server);
  rmSync(dir, { recursive: true, force: true });
});

let n = 0;
let pack: string;
let env: NodeJS.ProcessEnv;
beforeEach(() => {
  pack = join(dir, `pack${n++}`);
  env = { XDG_CACHE_HOME: join(dir, 'cache'), HOME: dir };
});

function chartWith(repo: string, range = '^0.2.0'): void {
  writeTree(pack, { 'pack.json': '{}', 'charts/full/Chart.yaml': `apiVersion: v2\nname: full\nversion: 1.0.0\ndependencies:\n  - name: upstream\n    version: "${range}"\n    repository: ${repo}\n` });
}

describe('deps: vendoring chart dependencies from a Helm repository', () => {
  it('picks the highest version in range, verifies the digest, writes charts/<name>-<version>.tgz and caches it', async () => {
    chartWith(`${base}/repo`, '>=0.1.0 <0.3.0');
    hits.length = 0;
    const r = await vendorPackDependencies(pack, { env });
    expect(r.charts[0]!.dependencies).toMatchObject([{ name: 'upstream', version: '0.2.0', file: 'charts/upstream-0.2.0.tgz', status: 'downloaded' }]);
    expect(readFileSync(join(pack, 'charts/full/charts/upstream-0.2.0.tgz')).equals(charts.get('0.2.0')!)).toBe(true);
    expect(hits).toEqual(['/repo/index.yaml', '/repo/charts/upstream-0.2.0.tgz']);
    expect(cacheDir(env)).toBe(join(dir, 'cache', 'spectro-pack'));
    // a second pack online: the index is read again (fresh versions), the chart comes from the cache;
    // the offline case is tested below
    pack = join(dir, `pack${n++}`);
    chartWith(`${base}/repo/`, '~0.2');
    hits.length = 0;
    const r2 = await vendorPackDependencies(pack, { env });
    expect(r2.charts[0]!.dependencies[0]!.status).toBe('cached');
    expect(hits).toEqual(['/repo/index.yaml']);
    // already vendored: nothing fetched
    hits.length = 0;
    expect((await vendorPackDependencies(pack, { env })).charts[0]!.dependencies[0]!.status).toBe('present');
    expect(hits).toEqual([]);
  });

  it('refuses a download whose digest differs from the index, writing nothing', async () => {
    chartWith(`${base}/bad`);
    await expect(vendorPackDependencies(pack, { env: { XDG_CACHE_HOME: join(dir, 'cache-bad') } })).rejects.toThrow(/digest mismatch for upstream 0\.2\.0: the index says sha256:abab.*, the download is sha256:[0-9a-f]{64}/);
    expect(existsSync(join(pack, 'charts/full/charts'))).toBe(false);
    // the index is cached (for offline use), the rejected chart is not
    expect(existsSync(join(dir, 'cache-bad', 'spectro-pack', 'charts'))).toBe(false);
    expect(readdirSync(join(dir, 'cache-bad', 'spectro-pack'))).toEqual(['index']);
  });

  it('names a 404', async () => {
    chartWith(`${base}/nothing-here`);
    await expect(vendorPackDependencies(pack, { env })).rejects.toMatchObject({ message: 'HTTP 404 (not found)', where: `${base}/nothing-here/index.yaml` });
  });

  it('times out', async () => {
    chartWith(`${base}/slow`);
    const t0 = Date.now();
    await expect(vendorPackDependencies(pack, { env, timeoutMs: 300 })).rejects.toThrow(/timed out/);
    expect(Date.now() - t0).toBeLessThan(5000);
  });

  it('detects a redirect loop', async () => {
    chartWith(`${base}/loop`);
    await expect(vendorPackDependencies(pack, { env })).rejects.toThrow(/redirect loop \(.*\/loop\/index\.yaml → .*\/loop2\/index\.yaml → .*\/loop\/index\.yaml\)/);
  });

  it('says when no version satisfies the range, and refuses unsupported repositories', async () => {
    chartWith(`${base}/repo`, '^1.0.0');
    await expect(vendorPackDependencies(pack, { env })).rejects.toThrow(/no version of upstream .* satisfies "\^1\.0\.0" \(has 0\.3\.0, 0\.2\.0, 0\.1\.0\)/);
    pack = join(dir, `pack${n++}`);
    chartWith('oci://registry.example/charts');
    await expect(vendorPackDependencies(pack, { env })).rejects.toThrow(/not supported \(http, https or file:\/\/ only\)/);
    expect(readdirSync(pack)).toEqual(['charts', 'pack.json']);
  });

  it('works offline from the cache: with the server stopped, the cached index and chart vendor a new pack', async () => {
    const own = await serve();
    const offEnv = { XDG_CACHE_HOME: join(dir, 'cache-offline'), HOME: dir };
    chartWith(`${own.base}/repo`, '~0.2.0');
    const warnings: string[] = [];
    const online = await vendorPackDependencies(pack, { env: offEnv, warnings });
    expect(online.charts[0]!.dependencies[0]).toMatchObject({ version: '0.2.0', status: 'downloaded' });
    expect(online.charts[0]!.dependencies[0]!.offline).toBeUndefined();
    expect(online.warnings.join('\n')).not.toMatch(/offline/);
    await stop(own.server);
    // a fresh pack, nothing vendored, the repository unreachable
    pack = join(dir, `pack${n++}`);
    chartWith(`${own.base}/repo`, '~0.2.0');
    const r = await vendorPackDependencies(pack, { env: offEnv });
    expect(r.charts[0]!.dependencies).toMatchObject([{ name: 'upstream', version: '0.2.0', status: 'cached', offline: true, sha256: digest('0.2.0') }]);
    expect(readFileSync(join(pack, 'charts/full/charts/upstream-0.2.0.tgz')).equals(charts.get('0.2.0')!)).toBe(true);
    expect(r.warnings.join('\n')).toMatch(/index\.yaml: cannot fetch: [A-Z_]+; working offline from the index cached at \d{4}-\d\d-\d\dT/);
    // offline, a version the cache does not hold is a clear error, and so is a repository never indexed
    pack = join(dir, `pack${n++}`);
    chartWith(`${own.base}/repo`, '^0.3.0');
    await expect(vendorPackDependencies(pack, { env: offEnv })).rejects.toThrow(/is unreachable and upstream 0\.3\.0 \(sha256:[0-9a-f]{64}\) is not in the cache/);
    pack = join(dir, `pack${n++}`);
    chartWith(`${own.base}/other`, '~0.2.0');
    await expect(vendorPackDependencies(pack, { env: offEnv })).rejects.toMatchObject({ message: expect.stringMatching(/^cannot fetch: /), hint: expect.stringContaining('no cached copy of this index') });
  });

  it('a 404 is not taken for "offline": the cached index is not used', async () => {
    const cacheEnv = { XDG_CACHE_HOME: join(dir, 'cache-404'), HOME: dir };
    chartWith(`${base}/repo`);
    await vendorPackDependencies(pack, { env: cacheEnv });
    expect(existsSync(join(dir, 'cache-404', 'spectro-pack', 'index'))).toBe(true);
    pack = join(dir, `pack${n++}`);
    chartWith(`${base}/nothing-here`);
    await expect(vendorPackDependencies(pack, { env: cacheEnv })).rejects.toThrow(/HTTP 404/);
  });

  it('warns about a plain-http repository', async () => {
    chartWith(`${base}/repo`);
    const r = await vendorPackDependencies(pack, { env });
    expect(r.warnings).toEqual([expect.stringMatching(/repository http:\/\/127\.0\.0\.1:\d+\/repo is plain http; .*prefer https/)]);
  });

  it('refuses an https → http redirect (downgrade)', async () => {
    const agent = new MockAgent();
    agent.disableNetConnect();
    agent.get('https://charts.example').intercept({ path: '/index.yaml' }).reply(302, '', { headers: { location: `${base}/repo/index.yaml` } });
    agent.get('https://charts.example').intercept({ path: '/ok.yaml' }).reply(302, '', { headers: { location: 'https://mirror.example/ok.yaml' } });
    agent.get('https://mirror.example').intercept({ path: '/ok.yaml' }).reply(200, 'fine');
    try {
      await expect(fetchBytes('https://charts.example/index.yaml', { dispatcher: agent })).rejects.toMatchObject({
        where: 'https://charts.example/index.yaml',
        message: expect.stringMatching(/redirects from https to plain http \(http:\/\/127\.0\.0\.1:\d+\/repo\/index\.yaml\); refused/),
      });
      // https → https is followed
      expect((await fetchBytes('https://charts.example/ok.yaml', { dispatcher: agent })).toString()).toBe('fine');
    } finally {
      await agent.close();
    }
  });
});
