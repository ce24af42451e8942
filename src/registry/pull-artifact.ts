import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { runtimeError } from '../core/errors.js';
import { pullScope } from './auth.js';
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
  /** the layer's title annotation (a plain file name) */
  title: string;
  path: string;
  digest: string;
  size: number;
}

const MAX_CONFIG = 1024 * 1024;

/**
 * Fetches a one-file artifact (manifest, config, the titled layer) and writes the layer as `destDir/title`.
 * Every digest and size is checked; nothing is left under the final name unless it verified.
 */
export async function pullFileArtifact(client: RegistryClient, repo: string, reference: string, destDir: string, onProgress?: (received: number, size: number) => void): Promise<PulledFile> {
  const where = `${client.host}/${repo}:${reference}`;
  const m = await getManifest(client, repo, reference);
  if (!m) throw runtimeError(where, 'not found', 'list the versions with: spectro-pack tags NAME --registry …');
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
  const title = layer.annotations?.[ANNOTATION_TITLE] ?? `${reference}.tar.gz`;
  if (!/^[^/\\]+$/.test(title) || title === '.' || title === '..' || title.includes('\0')) throw runtimeError(where, `refusing the layer title "${title}": not a plain file name`);
  if (manifest.config) {
    checkDescriptor(manifest.config, where);
    if (manifest.config.size <= MAX_CONFIG) {
      const res = await client.send({ method: 'GET', url: `/v2/${repo}/blobs/${manifest.config.digest}`, scopes: [pullScope(repo)] });
      if (res.status !== 200) throw await client.failure(res, `fetching config ${manifest.config.digest}`);
      const bytes = Buffer.from(await res.body.arrayBuffer());
      if (bytes.length !== manifest.config.size || sha256(bytes) !== manifest.config.digest) throw runtimeError(where, `the config blob does not match ${manifest.config.digest}`);
    }
  }
  await mkdir(destDir, { recursive: true });
  const path = join(destDir, title);
  const tmp = `${path}.${process.pid}.part`;
  try {
    const res = await client.send({ method: 'GET', url: `/v2/${repo}/blobs/${layer.digest}`, scopes: [pullScope(repo)] });
    if (res.status !== 200) throw await client.failure(res, `fetching ${layer.digest}`);
    const hash = createHash('sha256');
    let received = 0;
    const tap = new Transform({
      transform(chunk: Buffer, _e, done) {
        received += chunk.length;
        if (received > layer.size) return done(runtimeError(where, `the layer is larger than the ${layer.size} bytes the manifest says`));
        hash.update(chunk);
        onProgress?.(received, layer.size);
        done(null, chunk);
      },
    });
    await pipeline(res.body, tap, createWriteStream(tmp, { mode: 0o644 }));
    const digest = 'sha256:' + hash.digest('hex');
    if (received !== layer.size || digest !== layer.digest) {
      throw runtimeError(where, `the layer received (${digest}, ${received} bytes) does not match the manifest (${layer.digest}, ${layer.size} bytes)`, 'try again; if it persists the registry content is damaged');
    }
    await rename(tmp, path);
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
