import { createWriteStream } from 'node:fs';
import { link, lstat, mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { runtimeError } from '../core/errors.js';
import { sha256Tap } from '../core/sha256-tap.js';
import { pullScope } from './auth.js';
import { registryError } from './errors.js';
import type { RegistryClient } from './client.js';
import { sha256 } from './digest.js';
import { getManifest } from './manifests.js';
import { ANNOTATION_TITLE, DOCKER_MANIFEST, OCI_MANIFEST } from './media-types.js';

interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  annotations?: Record<string, string>;
}

export interface PulledFile {
  manifestDigest: string;
  /** the layer's title annotation ('' when it has none) */
  title: string;
  path: string;
  digest: string;
  size: number;
}

const MAX_CONFIG = 1024 * 1024;

export interface PullFileOptions {
  /** refuse the artifact unless its layer's title annotation is exactly this */
  title?: string;
  onProgress?: (received: number, size: number) => void;
}

/**
 * Fetches a one-file artifact (manifest, config, the titled layer) and writes the layer as `destFile`, whose
 * name the caller chooses (the registry's title is checked, never used as a path). Every digest and size is
 * checked; nothing is left under `destFile` unless it verified, and an existing `destFile` is never replaced.
 */
export async function pullFileArtifact(client: RegistryClient, repo: string, reference: string, destFile: string, o: PullFileOptions = {}): Promise<PulledFile> {
  const onProgress = o.onProgress;
  const where = `${client.host}/${repo}:${reference}`;
  const m = await getManifest(client, repo, reference);
  if (!m) throw registryError(where, 'not found', 'not-found');
  let manifest: { mediaType?: string; config?: Descriptor; layers?: Descriptor[] };
  try {
    manifest = JSON.parse(m.bytes.toString('utf8')) as typeof manifest;
  } catch {
    throw runtimeError(where, 'the manifest is not JSON');
  }
  const type = manifest.mediaType ?? m.mediaType;
  if (type !== OCI_MANIFEST && type !== DOCKER_MANIFEST) throw runtimeError(where, `expected an image manifest, got ${type || 'no media type'}`);
  const layers = manifest.layers ?? [];
  const layer = layers.find((l) => l.annotations?.[ANNOTATION_TITLE]) ?? layers[0];
  if (!layer || layers.length !== 1) throw runtimeError(where, `expected one layer, found ${layers.length}`);
  checkDescriptor(layer, where);
  const title = layer.annotations?.[ANNOTATION_TITLE] ?? '';
  if (o.title !== undefined && title !== o.title) {
    throw runtimeError(where, `the layer is titled ${title ? `"${title}"` : 'nothing'}, not "${o.title}": this is not the artifact asked for`);
  }
  if (manifest.config) {
    checkDescriptor(manifest.config, where);
    if (manifest.config.size <= MAX_CONFIG) {
      const res = await client.send({ method: 'GET', url: `/v2/${repo}/blobs/${manifest.config.digest}`, scopes: [pullScope(repo)] });
      if (res.status !== 200) throw await client.failure(res, `fetching config ${manifest.config.digest}`);
      const bytes = Buffer.from(await res.body.arrayBuffer());
      if (bytes.length !== manifest.config.size || sha256(bytes) !== manifest.config.digest) throw runtimeError(where, `the config blob does not match ${manifest.config.digest}`);
    }
  }
  const path = destFile;
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.part`;
  try {
    const res = await client.send({ method: 'GET', url: `/v2/${repo}/blobs/${layer.digest}`, scopes: [pullScope(repo)] });
    if (res.status !== 200) throw await client.failure(res, `fetching ${layer.digest}`);
    const tap = sha256Tap((received) => {
      if (received > layer.size) throw runtimeError(where, `the layer is larger than the ${layer.size} bytes the manifest says`);
      onProgress?.(received, layer.size);
    });
    await pipeline(res.body, tap.stream, createWriteStream(tmp, { mode: 0o644 }));
    const digest = 'sha256:' + tap.hex();
    const received = tap.size();
    if (received !== layer.size || digest !== layer.digest) {
      throw runtimeError(where, `the layer received (${digest}, ${received} bytes) does not match the manifest (${layer.digest}, ${layer.size} bytes)`, 'try again; if it persists the registry content is damaged');
    }
    // link, not rename: fails (EEXIST) rather than replace a file that appeared meanwhile
    await placeNew(tmp, path);
  } finally {
    await rm(tmp, { force: true });
  }
  return { manifestDigest: m.digest, title, path, digest: layer.digest, size: layer.size };
}

function checkDescriptor(d: Descriptor, where: string): void {
  if (!/^sha256:[a-f0-9]{64}$/.test(d.digest ?? '') || !Number.isSafeInteger(d.size) || d.size < 0) {
    throw runtimeError(where, `the manifest holds an invalid descriptor (${String(d.digest)}, ${String(d.size)})`);
  }
}

/**
 * Gives `from` the name `to` unless `to` exists: a hard link fails with EEXIST rather than replace a file that
 * appeared meanwhile; where links are not supported, an existence check then a rename. `from` stays (the caller
 * removes it).
 */
export async function placeNew(from: string, to: string): Promise<void> {
  const exists = (): SpectroPackErrorLike => runtimeError(to, 'already exists; not overwritten');
  try {
    await link(from, to);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw exists();
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EOPNOTSUPP') throw runtimeError(to, `cannot write: ${code ?? (e as Error).message}`);
    if (await lstat(to).then(() => true, () => false)) throw exists();
    await rename(from, to);
  }
}

type SpectroPackErrorLike = ReturnType<typeof runtimeError>;
