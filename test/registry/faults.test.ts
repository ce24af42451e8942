import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { pushPack } from '../../src/actions/push.js';
import { sha256 } from '../../src/registry/digest.js';
import { startProxy, type FaultProxy } from './fault-proxy.js';
import { makeArchive } from './fixtures.js';
import { skopeoCopyToOci, skopeoRaw, startRegistry, tempDir, type Registry } from './harness.js';

let reg: Registry;
let proxy: FaultProxy;
const fast = { maxAttempts: 4, baseDelayMs: 20, maxDelayMs: 200, maxElapsedMs: 10_000 };
const env = (): Record<string, string> => ({ HOME: tempDir('spr-home-'), SOURCE_DATE_EPOCH: '1700000000' });
const push = (archive: string, extra: Parameters<typeof pushPack>[1] = {}) => pushPack(archive, { registry: proxy.host, plainHttp: true, env: env(), retry: fast, ...extra });
const BLOB_PUT = /\/blobs\/uploads\/.*digest=/;
const MANIFEST = /\/manifests\//;

beforeAll(async () => {
  reg = await startRegistry('plain');
}, 30_000);
afterAll(async () => {
  await reg?.stop();
});
afterEach(async () => {
  await proxy?.stop();
});

/** Every blob a published manifest names is in the registry (fetched directly, not through the proxy). */
async function assertComplete(repo: string, tag: string): Promise<void> {
  const m = JSON.parse(skopeoRaw(reg, `${repo}:${tag}`).toString()) as { config: { digest: string }; layers: { digest: string }[] };
  for (const d of [m.config.digest, ...m.layers.map((l) => l.digest)]) {
    const res = await fetch(`http://${reg.host}/v2/${repo}/blobs/${d}`, { method: 'HEAD' });
    expect(res.status, d).toBe(200);
  }
}

/** In the proxy log, the manifest PUT comes after a successful PUT of every uploaded blob. */
function manifestLast(p: FaultProxy): void {
  const i = p.log.findIndex((l) => l.method === 'PUT' && MANIFEST.test(l.path) && l.status === 201);
  expect(i).toBeGreaterThan(-1);
  const after = p.log.slice(i + 1).filter((l) => l.method === 'PUT' && BLOB_PUT.test(l.path));
  expect(after).toEqual([]);
}

async function tagMissing(repo: string, tag: string): Promise<void> {
  const res = await fetch(`http://${reg.host}/v2/${repo}/manifests/${tag}`, { method: 'HEAD', headers: { accept: 'application/vnd.oci.image.manifest.v1+json' } });
  expect(res.status).toBe(404);
}

describe('faults injected between client and a real registry', () => {
  it('a manifest refused with MANIFEST_BLOB_UNKNOWN (a blob lost to a concurrent upload): blobs are checked again, then the manifest is published', async () => {
    proxy = await startProxy(reg.host);
    const body = JSON.stringify({ errors: [{ code: 'MANIFEST_BLOB_UNKNOWN', message: 'blob unknown to registry' }] });
    proxy.rules.push({ method: 'PUT', path: MANIFEST, times: 1, fault: { kind: 'status', status: 400, headers: { 'content-type': 'application/json' }, body } });
    const archive = await makeArchive('lostblob', '1.0.0', 50_000);
    const r = await push(archive);
    expect(r.status).toBe('pushed');
    const puts = proxy.log.filter((l) => l.method === 'PUT' && MANIFEST.test(l.path)).map((l) => l.status);
    expect(puts).toEqual([400, 201]);
    // between the two manifest PUTs, every blob was looked at again
    const first = proxy.log.findIndex((l) => l.method === 'PUT' && MANIFEST.test(l.path));
    const heads = proxy.log.slice(first + 1).filter((l) => l.method === 'HEAD' && /\/blobs\/sha256:/.test(l.path));
    expect(heads.length).toBeGreaterThanOrEqual(2);
    await assertComplete('spectro-packs/archive/lostblob', '1.0.0');
  });

  it('a connection dropped mid-upload: the blob is uploaded again in a new session, the push completes', async () => {
    proxy = await startProxy(reg.host);
    proxy.rules.push({ method: 'PUT', path: BLOB_PUT, times: 1, fault: { kind: 'drop', afterBytes: 20_000 } });
    const archive = await makeArchive('drop', '1.0.0', 200_000);
    const r = await push(archive);
    expect(r.status).toBe('pushed');
    expect(proxy.log.some((l) => l.status === 'dropped')).toBe(true);
    // committed bytes only: the layer and the `{}` config once each, not the bytes of the dropped attempt
    expect(r.bytesUploaded).toBe(readFileSync(archive).length + 2);
    expect(r.bytesSent).toBeGreaterThan(r.bytesUploaded); // request bodies: the dropped attempt and the manifest too
    expect(proxy.log.filter((l) => l.method === 'POST').length).toBeGreaterThanOrEqual(2);
    manifestLast(proxy);
    await assertComplete('spectro-packs/archive/drop', '1.0.0');
    const bytes = readFileSync(archive);
    const oci = skopeoCopyToOci(reg, 'spectro-packs/archive/drop:1.0.0');
    expect(readFileSync(join(oci, 'blobs', 'sha256', sha256(bytes).slice(7))).equals(bytes)).toBe(true);
  });

  it('a chunked upload dropped mid-PATCH starts over and completes', async () => {
    proxy = await startProxy(reg.host);
    proxy.rules.push({ method: 'PATCH', times: 1, fault: { kind: 'drop', afterBytes: 1 } });
    proxy.relativeLocation = true;
    const archive = await makeArchive('drop-chunk', '1.0.0', 200_000);
    await push(archive, { chunk: { threshold: 10_000, size: 50_000 } });
    expect(proxy.log.some((l) => l.method === 'PATCH' && l.status === 'dropped')).toBe(true);
    manifestLast(proxy);
    await assertComplete('spectro-packs/archive/drop-chunk', '1.0.0');
  });

  it('500 then success (ping, HEAD, POST, manifest PUT) is retried transparently', async () => {
    proxy = await startProxy(reg.host);
    for (const [method, path] of [['GET', /^\/v2\/$/], ['HEAD', MANIFEST], ['POST', /uploads/], ['PUT', MANIFEST]] as const) {
      proxy.rules.push({ method, path, times: 1, fault: { kind: 'status', status: method === 'POST' ? 503 : 500 } });
    }
    const retries: string[] = [];
    const r = await push(await makeArchive('flaky', '1.0.0', 1000), { onRetry: (i) => retries.push(`${i.method} ${i.reason}`) });
    expect(r.status).toBe('pushed');
    expect(retries).toEqual(expect.arrayContaining(['GET HTTP 500', 'HEAD HTTP 500', 'POST HTTP 503', 'PUT HTTP 500']));
    manifestLast(proxy);
    await assertComplete('spectro-packs/archive/flaky', '1.0.0');
  });

  it('429 with Retry-After waits as told, then succeeds', async () => {
    proxy = await startProxy(reg.host);
    proxy.rules.push({ method: 'PUT', path: MANIFEST, times: 1, fault: { kind: 'status', status: 429, headers: { 'retry-after': '1' } } });
    const delays: number[] = [];
    const t0 = Date.now();
    await push(await makeArchive('throttled', '1.0.0', 100), { onRetry: (i) => delays.push(i.delayMs) });
    expect(delays[0]).toBeGreaterThanOrEqual(1000);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(1000);
    await assertComplete('spectro-packs/archive/throttled', '1.0.0');
  });

  it('a slow trickle both ways still completes', async () => {
    proxy = await startProxy(reg.host);
    proxy.rules.push({ method: 'PUT', path: BLOB_PUT, times: 2, fault: { kind: 'trickle', chunk: 2048, delayMs: 2 } });
    const r = await push(await makeArchive('trickle', '1.0.0', 60_000));
    expect(r.status).toBe('pushed');
    expect(proxy.log.some((l) => l.fault === 'trickle')).toBe(true);
    await assertComplete('spectro-packs/archive/trickle', '1.0.0');
  });

  it('a blob upload that keeps failing ends in a clear error, bounded, and no manifest is published', async () => {
    proxy = await startProxy(reg.host);
    proxy.rules.push({ method: 'PUT', path: BLOB_PUT, times: 1000, fault: { kind: 'status', status: 500 } });
    const t0 = Date.now();
    const err = await push(await makeArchive('broken', '1.0.0', 5000)).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'SpectroPackError', message: expect.stringMatching(/uploading sha256:[a-f0-9]{64}: HTTP 500/) });
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(proxy.log.filter((l) => l.method === 'PUT' && BLOB_PUT.test(l.path)).length).toBeLessThanOrEqual(2 * fast.maxAttempts);
    expect(proxy.log.some((l) => MANIFEST.test(l.path) && l.method === 'PUT')).toBe(false);
    await tagMissing('spectro-packs/archive/broken', '1.0.0');
  });

  it('dropped connections every time: bounded attempts, a clear error, no manifest', async () => {
    proxy = await startProxy(reg.host);
    proxy.rules.push({ method: 'PUT', path: BLOB_PUT, times: 1000, fault: { kind: 'drop', afterBytes: 100 } });
    const err = await push(await makeArchive('cut', '1.0.0', 50_000)).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'SpectroPackError', message: expect.stringMatching(/failed after|other side closed|UND_ERR|ECONNRESET|EPIPE/) });
    expect(proxy.log.some((l) => MANIFEST.test(l.path) && l.method === 'PUT')).toBe(false);
    await tagMissing('spectro-packs/archive/cut', '1.0.0');
  });

  it('a push interrupted at the manifest can simply be run again; the re-run sends no blob bytes', async () => {
    proxy = await startProxy(reg.host);
    proxy.rules.push({ method: 'PUT', path: MANIFEST, times: 1000, fault: { kind: 'status', status: 503 } });
    const archive = await makeArchive('rerun', '1.0.0', 30_000);
    await expect(push(archive)).rejects.toThrow(/publishing the manifest.*HTTP 503/);
    await tagMissing('spectro-packs/archive/rerun', '1.0.0');
    proxy.rules.length = 0;
    const again = await push(archive);
    expect(again).toMatchObject({ status: 'pushed', bytesUploaded: 0, uploaded: [] });
    expect(again.skipped).toHaveLength(2);
    await assertComplete('spectro-packs/archive/rerun', '1.0.0');
  });

  it('relative Location headers work for single-PUT and chunked uploads', async () => {
    proxy = await startProxy(reg.host);
    proxy.relativeLocation = true;
    await push(await makeArchive('relative', '1.0.0', 1000));
    await push(await makeArchive('relative', '1.0.1', 100_000), { chunk: { threshold: 1, size: 30_000 } });
    await assertComplete('spectro-packs/archive/relative', '1.0.0');
    await assertComplete('spectro-packs/archive/relative', '1.0.1');
  });
});
