import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pushPack } from '../../src/actions/push.js';
import { pullPack } from '../../src/actions/pull.js';
import { listPackVersions } from '../../src/actions/tags.js';
import { buildFileArtifactManifest, rfc3339 } from '../../src/registry/artifact-manifest.js';
import { sha256 } from '../../src/registry/digest.js';
import type { PushEvent } from '../../src/registry/push-types.js';
import { startProxy } from './fault-proxy.js';
import { makeArchive } from './fixtures.js';
import { skopeoCopyToOci, skopeoRaw, startRegistry, tempDir, type Registry } from './harness.js';

const EPOCH = '1700000000';
let reg: Registry;
const env = (extra: Record<string, string> = {}): Record<string, string> => ({ HOME: tempDir('spr-home-'), SOURCE_DATE_EPOCH: EPOCH, ...extra });
const fast = { maxAttempts: 4, baseDelayMs: 20, maxDelayMs: 200, maxElapsedMs: 10_000 };

beforeAll(async () => {
  reg = await startRegistry('plain');
}, 30_000);
afterAll(async () => {
  await reg?.stop();
});

describe('push to a real registry (no auth, plain http)', () => {
  it('publishes the ORAS 1.0 layout that skopeo reads back byte for byte', async () => {
    const archive = await makeArchive('lb-metallb-helm', '0.14.9', 4096);
    const events: PushEvent[] = [];
    const r = await pushPack(archive, { registry: reg.host, plainHttp: true, env: env(), retry: fast, onEvent: (e) => events.push(e) });
    expect(r.status).toBe('pushed');
    expect(r.reference).toBe(`${reg.host}/spectro-packs/archive/lb-metallb-helm:0.14.9`);
    expect(r.warnings.join()).toMatch(/plain HTTP/);

    const raw = skopeoRaw(reg, 'spectro-packs/archive/lb-metallb-helm:0.14.9');
    const bytes = readFileSync(archive);
    const expected = buildFileArtifactManifest({ title: 'lb-metallb-helm-0.14.9.tar.gz', digest: sha256(bytes), size: bytes.length, created: rfc3339(Number(EPOCH)) });
    expect(raw.equals(expected.bytes)).toBe(true);
    expect(r.digest).toBe(sha256(raw));
    const m = JSON.parse(raw.toString());
    expect(m).toEqual({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.unknown.config.v1+json', digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a', size: 2 },
      layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar', digest: sha256(bytes), size: bytes.length, annotations: { 'org.opencontainers.image.title': 'lb-metallb-helm-0.14.9.tar.gz' } }],
      annotations: { 'org.opencontainers.image.created': '2023-11-14T22:13:20Z' },
    });
    expect(m.artifactType).toBeUndefined();

    // an independent client fetches the layer: the archive, byte for byte
    const oci = skopeoCopyToOci(reg, 'spectro-packs/archive/lb-metallb-helm:0.14.9');
    expect(readFileSync(join(oci, 'blobs', 'sha256', sha256(bytes).slice(7))).equals(bytes)).toBe(true);

    // progress: bytes per blob add up to the archive size
    const progress = events.filter((e): e is Extract<PushEvent, { type: 'progress' }> => e.type === 'progress' && e.digest === sha256(bytes));
    expect(progress.at(-1)?.sent).toBe(bytes.length);
    expect(events.at(-1)).toMatchObject({ type: 'manifest', digest: r.digest });
  });

  it('re-push of an unchanged archive uploads nothing and says up to date (with or without SOURCE_DATE_EPOCH)', async () => {
    const archive = await makeArchive('repush', '1.0.0', 2048);
    const first = await pushPack(archive, { registry: reg.host, plainHttp: true, env: env(), retry: fast });
    expect(first.bytesUploaded).toBeGreaterThan(2048);
    const again = await pushPack(archive, { registry: reg.host, plainHttp: true, env: env(), retry: fast });
    expect(again).toMatchObject({ status: 'up-to-date', digest: first.digest, bytesUploaded: 0, uploaded: [] });
    expect(again.requests).toBeLessThanOrEqual(3); // ping + HEAD manifest (+ nothing else)
    // without SOURCE_DATE_EPOCH the created time differs, but the content is the same: still a no-op
    const noEpoch = await pushPack(archive, { registry: reg.host, plainHttp: true, env: { HOME: tempDir() }, retry: fast });
    expect(noEpoch).toMatchObject({ status: 'up-to-date', digest: first.digest, bytesUploaded: 0 });
  });

  it('refuses a tag that holds other content unless --force; --force replaces it and skips existing blobs', async () => {
    const a = await makeArchive('tagsafe', '2.0.0', 100, 'a');
    const b = await makeArchive('tagsafe', '2.0.0', 100, 'b');
    const first = await pushPack(a, { registry: reg.host, plainHttp: true, env: env(), retry: fast });
    await expect(pushPack(b, { registry: reg.host, plainHttp: true, env: env(), retry: fast })).rejects.toMatchObject({
      message: expect.stringMatching(/already exists with other content/),
      hint: expect.stringMatching(/--force/),
    });
    expect(sha256(skopeoRaw(reg, 'spectro-packs/archive/tagsafe:2.0.0'))).toBe(first.digest);
    const forced = await pushPack(b, { registry: reg.host, plainHttp: true, env: env(), retry: fast, force: true });
    expect(forced).toMatchObject({ status: 'pushed', replaced: first.digest });
    expect(forced.skipped).toEqual(['sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a']);
    expect(sha256(skopeoRaw(reg, 'spectro-packs/archive/tagsafe:2.0.0'))).toBe(forced.digest);
  });

  it('uploads a large blob in PATCH chunks with Content-Range', async () => {
    const archive = await makeArchive('chunked', '0.1.0', 300_000);
    const size = statSync(archive).size;
    const trace: string[] = [];
    const r = await pushPack(archive, { registry: reg.host, plainHttp: true, env: env(), retry: fast, chunk: { threshold: 50_000, size: 64 * 1024 }, trace: (l) => trace.push(l) });
    expect(trace.filter((l) => l.startsWith('PATCH')).length).toBe(Math.ceil(size / 65536));
    const oci = skopeoCopyToOci(reg, 'spectro-packs/archive/chunked:0.1.0');
    const bytes = readFileSync(archive);
    expect(readFileSync(join(oci, 'blobs', 'sha256', sha256(bytes).slice(7))).equals(bytes)).toBe(true);
    expect(r.uploaded).toContain(sha256(bytes));
  });

  it('mounts a blob from another pack repository instead of uploading it', async () => {
    const archive = await makeArchive('mount-src', '1.0.0', 5000);
    await pushPack(archive, { registry: reg.host, plainHttp: true, env: env(), retry: fast });
    const r = await pushPack(archive, { registry: reg.host, plainHttp: true, env: env(), retry: fast, name: 'mount-dst', version: '1.0.0', mountFrom: ['mount-src'] });
    const layer = sha256(readFileSync(archive));
    expect(r.mounted).toContain(layer);
    expect(r.uploaded).toEqual([]);
    expect(r.bytesUploaded).toBe(0);
    const m = JSON.parse(skopeoRaw(reg, 'spectro-packs/archive/mount-dst:1.0.0').toString());
    expect(m.layers[0].annotations['org.opencontainers.image.title']).toBe('mount-dst-1.0.0.tar.gz');
  });

  it('pulls a pack back, verified, and lists its versions across Link pages', async () => {
    const versions = ['0.9.1', '0.13.7', '0.14.9', '0.15.3', '0.16.1'];
    let last = '';
    for (const v of versions) {
      last = await makeArchive('lb-metallb', v, 300);
      await pushPack(last, { registry: reg.host, plainHttp: true, env: env(), retry: fast });
    }
    // distribution 2.8 ignores ?n= on tags/list: the proxy pages the real answer and sends Link headers
    const proxy = await startProxy(reg.host);
    proxy.paginateTags = true;
    try {
      const t = await listPackVersions('lb-metallb', { registry: proxy.host, plainHttp: true, env: env(), pageSize: 2 });
      expect(t.versions).toEqual(versions);
      expect(proxy.log.filter((l) => l.path.includes('/tags/list')).map((l) => l.path)).toEqual([
        '/v2/spectro-packs/archive/lb-metallb/tags/list?n=2',
        '/v2/spectro-packs/archive/lb-metallb/tags/list?last=0.14.9&n=2',
        '/v2/spectro-packs/archive/lb-metallb/tags/list?last=0.16.1&n=2',
      ]);
      const plain = await listPackVersions('lb-metallb', { registry: reg.host, plainHttp: true, env: env() });
      expect(plain.versions).toEqual(versions);
    } finally {
      await proxy.stop();
    }

    const out = tempDir('spr-pull-');
    const p = await pullPack('lb-metallb:0.16.1', { registry: reg.host, plainHttp: true, env: env(), out });
    expect(p.archive).toBe(join(out, 'lb-metallb-0.16.1.tar.gz'));
    expect(readFileSync(p.archive).equals(readFileSync(last))).toBe(true);
    // extracted safely beside it (archive/ module): the pack folder with its pack.json
    expect(readdirSync(out).sort()).toEqual(['lb-metallb', 'lb-metallb-0.16.1.tar.gz']);
    expect(p.extractedTo).toBe(join(out, 'lb-metallb'));
    expect(JSON.parse(readFileSync(join(out, 'lb-metallb', 'pack.json'), 'utf8')).version).toBe('0.16.1');
    const only = tempDir('spr-pull-');
    await pullPack('lb-metallb:0.16.1', { registry: reg.host, plainHttp: true, env: env(), out: only, extract: false });
    expect(readdirSync(only)).toEqual(['lb-metallb-0.16.1.tar.gz']);
    await expect(pullPack('lb-metallb:9.9.9', { registry: reg.host, plainHttp: true, env: env(), out })).rejects.toThrow(/not found/);
    await expect(listPackVersions('nope', { registry: reg.host, plainHttp: true, env: env() })).rejects.toThrow(/no such pack/);
  });

  it('two concurrent pushes of the same pack both succeed and leave one tag', async () => {
    const archive = await makeArchive('concurrent', '3.0.0', 200_000);
    const [a, b] = await Promise.all([
      pushPack(archive, { registry: reg.host, plainHttp: true, env: env(), retry: fast }),
      pushPack(archive, { registry: reg.host, plainHttp: true, env: env(), retry: fast }),
    ]);
    expect(a.digest).toBe(b.digest);
    const t = await listPackVersions('concurrent', { registry: reg.host, plainHttp: true, env: env() });
    expect(t.versions).toEqual(['3.0.0']);
    expect(sha256(skopeoRaw(reg, 'spectro-packs/archive/concurrent:3.0.0'))).toBe(a.digest);
  });

  it('honours a base path and publishes into an OCI layout folder that skopeo can copy', async () => {
    const archive = await makeArchive('based', '1.2.3', 100);
    const r = await pushPack(archive, { registry: `${reg.host}/team/packs`, plainHttp: true, env: env(), retry: fast });
    expect(r.reference).toBe(`${reg.host}/team/packs/spectro-packs/archive/based:1.2.3`);
    skopeoRaw(reg, 'team/packs/spectro-packs/archive/based:1.2.3');

    const dir = tempDir('spr-layout-');
    const l = await pushPack(archive, { ociLayout: dir, env: env() });
    expect(l.digest).toBe(r.digest);
    expect(JSON.parse(readFileSync(join(dir, 'oci-layout'), 'utf8'))).toEqual({ imageLayoutVersion: '1.0.0' });
    const again = await pushPack(archive, { ociLayout: dir, env: env() });
    expect(again.status).toBe('up-to-date');
    execFileSync('skopeo', ['copy', '--quiet', '--dest-tls-verify=false', `oci:${dir}:1.2.3`, `docker://${reg.host}/from-layout/based:1.2.3`]);
    expect(sha256(skopeoRaw(reg, 'from-layout/based:1.2.3'))).toBe(r.digest);
  });

  it('packages a pack directory first (package action), then pushes the archive', async () => {
    const r = await pushPack(join(process.cwd(), 'packs', 'lb-metallb-0.13.5'), { registry: reg.host, plainHttp: true, env: env(), retry: fast });
    expect(r.reference).toBe(`${reg.host}/spectro-packs/archive/lb-metallb:0.13.5`);
    const m = JSON.parse(skopeoRaw(reg, 'spectro-packs/archive/lb-metallb:0.13.5').toString());
    expect(m.layers[0].annotations['org.opencontainers.image.title']).toBe('lb-metallb-0.13.5.tar.gz');
  });

  it('rejects an empty directory (not a pack) and an unnamed archive', async () => {
    const dir = tempDir();
    await expect(pushPack(dir, { registry: reg.host, plainHttp: true, env: env() })).rejects.toThrow();
    const f = join(dir, 'whatever.tar.gz');
    writeFileSync(f, 'x');
    await expect(pushPack(f, { registry: reg.host, plainHttp: true, env: env() })).rejects.toMatchObject({ kind: 'usage', message: expect.stringMatching(/name and version/) });
  });
});
