import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pushPack } from '../../src/actions/push.js';
import { pullPack } from '../../src/actions/pull.js';
import { listPackVersions } from '../../src/actions/tags.js';
import { buildFileArtifactManifest, EMPTY_CONFIG, EMPTY_CONFIG_DIGEST, rfc3339 } from '../../src/registry/artifact-manifest.js';
import { bufferSource, fileSource } from '../../src/registry/blob-source.js';
import { RegistryClient } from '../../src/registry/client.js';
import { OCI_LAYER_TAR, UNKNOWN_CONFIG } from '../../src/registry/media-types.js';
import { pushArtifact } from '../../src/registry/push-artifact.js';
import { sha256 } from '../../src/registry/digest.js';
import type { PushEvent } from '../../src/registry/push-types.js';
import { startProxy } from './fault-proxy.js';
import { makeArchive, makeCustomArchive } from './fixtures.js';
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
    // two packs share the `{}` config blob: the second mounts it from the first's repository
    await pushPack(await makeArchive('mount-src', '1.0.0', 5000), { registry: reg.host, plainHttp: true, env: env(), retry: fast });
    const dst = await makeArchive('mount-dst', '1.0.0', 5000);
    const r = await pushPack(dst, { registry: reg.host, plainHttp: true, env: env(), retry: fast, mountFrom: ['mount-src'] });
    expect(r.mounted).toEqual([EMPTY_CONFIG_DIGEST]);
    expect(r.uploaded).toEqual([sha256(readFileSync(dst))]);
    expect(r.bytesUploaded).toBe(statSync(dst).size);
    const m = JSON.parse(skopeoRaw(reg, 'spectro-packs/archive/mount-dst:1.0.0').toString());
    expect(m.layers[0].annotations['org.opencontainers.image.title']).toBe('mount-dst-1.0.0.tar.gz');
  });

  it('refuses an archive that is not the pack it is published as, before any request', async () => {
    const dir = tempDir();
    const junk = join(dir, 'junk-1.0.0.tar.gz');
    writeFileSync(junk, 'junk\n');
    const cases: [string, RegExp][] = [
      [junk, /is not a pack archive/],
      // a real pack archive renamed: pack.json says lb-metallb 0.13.5
      [await makeCustomArchive({ file: 'renamed-9.9.9.tar.gz', top: 'lb-metallb-0.13.5', pack: { name: 'lb-metallb', version: '0.13.5' } }),
        /published as renamed:9\.9\.9: name "renamed" \(from the file name\) but pack\.json says "lb-metallb"; version "9\.9\.9" \(from the file name\) but pack\.json says "0\.13\.5"/],
      [await makeCustomArchive({ file: 'nojson-1.0.0.tar.gz', top: 'nojson-1.0.0' }), /nojson-1\.0\.0\/pack\.json is missing/],
      [await makeCustomArchive({ file: 'top-1.0.0.tar.gz', top: 'elsewhere', pack: { name: 'top', version: '1.0.0' } }), /top folder "elsewhere" should be "top-1\.0\.0"/],
      [await makeCustomArchive({ file: 'noversion-1.0.0.tar.gz', top: 'noversion-1.0.0', pack: { name: 'noversion' } }), /pack\.json has no version/],
    ];
    // a proxy in front of the registry: not one request may reach it
    const proxy = await startProxy(reg.host);
    try {
      for (const [file, why] of cases) {
        const err = await pushPack(file, { registry: proxy.host, plainHttp: true, env: env(), retry: fast }).catch((e: unknown) => e);
        expect(err, file).toMatchObject({ name: 'SpectroPackError', kind: 'runtime', message: expect.stringMatching(why) });
        expect((err as Error).message).toMatch(/nothing was pushed/);
      }
      expect(proxy.log).toEqual([]);
    } finally {
      await proxy.stop();
    }
    // --name/--pack-version must agree with pack.json too; when they do, the file name does not matter
    const good = await makeCustomArchive({ file: 'build-output.tar.gz', top: 'flagged-2.0.0', pack: { name: 'flagged', version: '2.0.0' } });
    await expect(pushPack(good, { registry: reg.host, plainHttp: true, env: env(), retry: fast, name: 'flagged', version: '2.0.1' })).rejects.toMatchObject({
      message: expect.stringMatching(/version "2\.0\.1" \(--pack-version\) but pack\.json says "2\.0\.0"/),
      hint: expect.stringMatching(/flagged:2\.0\.0/),
    });
    const r = await pushPack(good, { registry: reg.host, plainHttp: true, env: env(), retry: fast, name: 'flagged', version: '2.0.0' });
    expect(r.reference).toBe(`${reg.host}/spectro-packs/archive/flagged:2.0.0`);
    await expect(pushPack(junk, { ociLayout: tempDir(), env: env() })).rejects.toThrow(/is not a pack archive/);
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
    expect(readdirSync(out).sort()).toEqual(['lb-metallb-0.16.1', 'lb-metallb-0.16.1.tar.gz']);
    expect(p.extractedTo).toBe(join(out, 'lb-metallb-0.16.1'));
    expect(JSON.parse(readFileSync(join(out, 'lb-metallb-0.16.1', 'pack.json'), 'utf8')).version).toBe('0.16.1');
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

  it('two concurrent pushes with different created times (two manifests, one tag) both finish cleanly and leave one complete manifest', async () => {
    for (let round = 0; round < 3; round++) {
      const archive = await makeArchive('race', `4.0.${round}`, 150_000, `r${round}`);
      const bytes = readFileSync(archive);
      const candidates = ['1700000000', '1800000000'].map((epoch) =>
        buildFileArtifactManifest({ title: `race-4.0.${round}.tar.gz`, digest: sha256(bytes), size: bytes.length, created: rfc3339(Number(epoch)) }).digest);
      expect(candidates[0]).not.toBe(candidates[1]);
      const results = await Promise.all(['1700000000', '1800000000'].map((epoch) =>
        pushPack(archive, { registry: reg.host, plainHttp: true, env: env({ SOURCE_DATE_EPOCH: epoch }), retry: fast })));
      // each push either published its manifest or found the other's (same content, other created time): up to date
      for (const r of results) {
        expect(['pushed', 'up-to-date']).toContain(r.status);
        expect(candidates).toContain(r.digest);
      }
      const t = await listPackVersions('race', { registry: reg.host, plainHttp: true, env: env() });
      expect(t.versions).toContain(`4.0.${round}`);
      expect(t.versions.filter((v) => v === `4.0.${round}`)).toHaveLength(1);
      const raw = skopeoRaw(reg, `spectro-packs/archive/race:4.0.${round}`);
      expect(candidates).toContain(sha256(raw));
      const m = JSON.parse(raw.toString()) as { config: { digest: string }; layers: { digest: string; size: number }[] };
      expect(m.layers).toEqual([expect.objectContaining({ digest: sha256(bytes), size: bytes.length })]);
      for (const d of [m.config.digest, ...m.layers.map((l) => l.digest)]) {
        const res = await fetch(`http://${reg.host}/v2/spectro-packs/archive/race/blobs/${d}`, { method: 'HEAD' });
        expect(res.status, d).toBe(200);
      }
      // the layer an independent client fetches is the archive
      const oci = skopeoCopyToOci(reg, `spectro-packs/archive/race:4.0.${round}`);
      expect(readFileSync(join(oci, 'blobs', 'sha256', sha256(bytes).slice(7))).equals(bytes)).toBe(true);
    }
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
    expect(l.reference).toBe(`${dir}:spectro-packs/archive/based:1.2.3`);
    execFileSync('skopeo', ['copy', '--quiet', '--dest-tls-verify=false', `oci:${dir}:spectro-packs/archive/based:1.2.3`, `docker://${reg.host}/from-layout/based:1.2.3`]);
    expect(sha256(skopeoRaw(reg, 'from-layout/based:1.2.3'))).toBe(r.digest);
  });

  it('keys an OCI layout by NAME:VERSION: several packs of the same version share it, skopeo reads each', async () => {
    const dir = tempDir('spr-layout-');
    const packs = ['junk', 'other', 'lb-metallb'];
    const pushed = new Map<string, { digest: string; archive: string }>();
    for (const name of packs) {
      const archive = await makeArchive(name, '1.0.0', 500, name);
      const r = await pushPack(archive, { ociLayout: dir, env: env() });
      expect(r).toMatchObject({ status: 'pushed', reference: `${dir}:spectro-packs/archive/${name}:1.0.0` });
      pushed.set(name, { digest: r.digest, archive });
    }
    const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
    expect(index.manifests.map((m: { annotations: Record<string, string> }) => m.annotations['org.opencontainers.image.ref.name']).sort()).toEqual(
      packs.map((n) => `spectro-packs/archive/${n}:1.0.0`).sort(),
    );
    for (const [name, { digest, archive }] of pushed) {
      const raw = execFileSync('skopeo', ['inspect', '--raw', `oci:${dir}:spectro-packs/archive/${name}:1.0.0`]);
      expect(sha256(raw), name).toBe(digest);
      expect(JSON.parse(raw.toString()).layers[0].annotations['org.opencontainers.image.title']).toBe(`${name}-1.0.0.tar.gz`);
      execFileSync('skopeo', ['copy', '--quiet', '--dest-tls-verify=false', `oci:${dir}:spectro-packs/archive/${name}:1.0.0`, `docker://${reg.host}/layout-share/spectro-packs/archive/${name}:1.0.0`]);
      const oci = skopeoCopyToOci(reg, `layout-share/spectro-packs/archive/${name}:1.0.0`);
      const bytes = readFileSync(archive);
      expect(readFileSync(join(oci, 'blobs', 'sha256', sha256(bytes).slice(7))).equals(bytes)).toBe(true);
    }
    // the same NAME:VERSION is still guarded: up to date when unchanged, refused with other content unless forced
    expect((await pushPack(pushed.get('other')!.archive, { ociLayout: dir, env: env() })).status).toBe('up-to-date');
    const changed = await makeArchive('other', '1.0.0', 500, 'changed');
    await expect(pushPack(changed, { ociLayout: dir, env: env() })).rejects.toThrow(/spectro-packs\/archive\/other:1\.0\.0 already exists with other content/);
    const forced = await pushPack(changed, { ociLayout: dir, env: env(), force: true });
    expect(forced).toMatchObject({ status: 'pushed', replaced: pushed.get('other')!.digest });
    const after = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
    expect(after.manifests).toHaveLength(3);
    expect(sha256(execFileSync('skopeo', ['inspect', '--raw', `oci:${dir}:spectro-packs/archive/junk:1.0.0`]))).toBe(pushed.get('junk')!.digest);
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
    const f = await makeCustomArchive({ file: 'whatever.tar.gz', top: 'whatever-1.0.0', pack: { name: 'whatever', version: '1.0.0' } });
    await expect(pushPack(f, { registry: reg.host, plainHttp: true, env: env() })).rejects.toMatchObject({ kind: 'usage', message: expect.stringMatching(/name and version/) });
  });
});

describe('pull writes NAME-VERSION.tar.gz, never over anything, and only the pack asked for', () => {
  /** Publishes `archive` as REPO:TAG with any layer title, bypassing the pack checks of push (a hostile or buggy publisher). */
  async function publishRaw(repoName: string, tag: string, archive: string, title: string): Promise<void> {
    const client = new RegistryClient({ host: reg.host, plainHttp: true, retry: fast });
    try {
      const bytes = readFileSync(archive);
      const digest = sha256(bytes);
      const manifest = buildFileArtifactManifest({ title, digest, size: bytes.length, created: rfc3339(Number(EPOCH)) });
      await pushArtifact(client, {
        repo: `spectro-packs/archive/${repoName}`, tag, manifest,
        blobs: [bufferSource(EMPTY_CONFIG, EMPTY_CONFIG_DIGEST, UNKNOWN_CONFIG), fileSource(archive, bytes.length, digest, OCI_LAYER_TAR)],
      });
    } finally {
      await client.close();
    }
  }
  const pull = (ref: string, out: string, extract = true) => pullPack(ref, { registry: reg.host, plainHttp: true, env: env(), out, extract });

  it('refuses an existing archive or pack folder before fetching, and leaves them as they were', async () => {
    await pushPack(await makeArchive('noclobber', '1.0.0', 100), { registry: reg.host, plainHttp: true, env: env(), retry: fast });
    const out = tempDir('spr-pull-');
    writeFileSync(join(out, 'noclobber-1.0.0.tar.gz'), 'mine');
    await expect(pull('noclobber:1.0.0', out)).rejects.toMatchObject({ where: join(out, 'noclobber-1.0.0.tar.gz'), message: 'already exists; not overwritten', hint: expect.stringMatching(/--out/) });
    expect(readFileSync(join(out, 'noclobber-1.0.0.tar.gz'), 'utf8')).toBe('mine');
    const out2 = tempDir('spr-pull-');
    mkdirSync(join(out2, 'noclobber-1.0.0'));
    await expect(pull('noclobber:1.0.0', out2)).rejects.toMatchObject({ where: join(out2, 'noclobber-1.0.0'), message: /already exists/ });
    expect(readdirSync(out2)).toEqual(['noclobber-1.0.0']);
    // without extraction, only the archive's name matters
    const p = await pull('noclobber:1.0.0', out2, false);
    expect(p.archive).toBe(join(out2, 'noclobber-1.0.0.tar.gz'));
    expect(readdirSync(out2).sort()).toEqual(['noclobber-1.0.0', 'noclobber-1.0.0.tar.gz']);
  });

  it('names the file NAME-VERSION.tar.gz itself and refuses a layer titled otherwise', async () => {
    const archive = await makeArchive('titled', '1.0.0', 100);
    await publishRaw('titled', '1.0.0', archive, '../../evil.tar.gz');
    const out = tempDir('spr-pull-');
    await expect(pull('titled:1.0.0', out)).rejects.toThrow(/titled "\.\.\/\.\.\/evil\.tar\.gz", not "titled-1\.0\.0\.tar\.gz"/);
    expect(readdirSync(out)).toEqual([]);
  });

  it('refuses an archive whose pack.json is another pack or version, writing nothing', async () => {
    const other = await makeArchive('honest', '2.0.0', 100);
    await publishRaw('liar', '1.0.0', other, 'liar-1.0.0.tar.gz');
    const out = tempDir('spr-pull-');
    await expect(pull('liar:1.0.0', out)).rejects.toMatchObject({ message: /holds the pack honest 2\.0\.0 \(pack\.json\), not liar 1\.0\.0; nothing was written/ });
    expect(readdirSync(out)).toEqual([]);
    const junk = join(tempDir(), 'junk.tar.gz');
    writeFileSync(junk, 'junk');
    await publishRaw('junkpack', '1.0.0', junk, 'junkpack-1.0.0.tar.gz');
    await expect(pull('junkpack:1.0.0', out)).rejects.toThrow(/is not a pack archive.*nothing was written/);
    expect(readdirSync(out)).toEqual([]);
  });
});
