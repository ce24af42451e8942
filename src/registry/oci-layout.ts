import { createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { runtimeError } from '../core/errors.js';
import { sha256Tap } from '../core/sha256-tap.js';
import type { BlobSource } from './blob-source.js';
import { registryError } from './errors.js';
import { ANNOTATION_REF_NAME, OCI_INDEX } from './media-types.js';
import type { PushEvent, PushOutcome } from './push-types.js';

interface Index {
  schemaVersion: number;
  mediaType?: string;
  manifests: { mediaType: string; digest: string; size: number; annotations?: Record<string, string> }[];
}

export interface LayoutPush {
  /**
   * the `org.opencontainers.image.ref.name` the manifest is indexed under, e.g. `repo/path:tag`: several
   * artifacts share one layout folder when their ref names differ (any OCI ref: components of
   * [A-Za-z0-9] joined by - . _ : @ + or --, separated by /)
   */
  refName: string;
  manifest: { bytes: Buffer; digest: string; mediaType: string };
  blobs: BlobSource[];
  force?: boolean;
  sameArtifact?: (existing: Buffer) => boolean;
  onEvent?: (e: PushEvent) => void;
}

/** The OCI image-layout grammar for ref.name. */
const REF_NAME_RE = /^[A-Za-z0-9]+(?:(?:[-._:@+]|--)[A-Za-z0-9]+)*(?:\/[A-Za-z0-9]+(?:(?:[-._:@+]|--)[A-Za-z0-9]+)*)*$/;

const blobPath = (dir: string, digest: string): string => join(dir, 'blobs', ...digest.split(':'));

/** Publishes into an OCI image layout folder (oci-layout, index.json, blobs/sha256/…), keyed by `refName`. */
export async function pushToOciLayout(dir: string, p: LayoutPush): Promise<PushOutcome> {
  const emit = p.onEvent ?? (() => {});
  if (!REF_NAME_RE.test(p.refName)) throw runtimeError(dir, `"${p.refName}" is not a valid OCI reference name`);
  await mkdir(join(dir, 'blobs', 'sha256'), { recursive: true });
  const layoutFile = join(dir, 'oci-layout');
  if (!(await exists(layoutFile))) await writeFile(layoutFile, JSON.stringify({ imageLayoutVersion: '1.0.0' }));
  const indexFile = join(dir, 'index.json');
  let index: Index = { schemaVersion: 2, mediaType: OCI_INDEX, manifests: [] };
  if (await exists(indexFile)) {
    try {
      index = JSON.parse(await readFile(indexFile, 'utf8')) as Index;
      index.manifests ??= [];
    } catch (e) {
      throw registryError(indexFile, 'is not a readable OCI index', 'layout-unreadable', 'use an empty folder or an OCI image layout', e);
    }
  }
  const current = index.manifests.find((m) => m.annotations?.[ANNOTATION_REF_NAME] === p.refName);
  let replaced: string | undefined;
  if (current) {
    let same = current.digest === p.manifest.digest;
    if (!same && p.sameArtifact) {
      const bytes = await readFile(blobPath(dir, current.digest)).catch(() => undefined);
      same = bytes !== undefined && p.sameArtifact(bytes);
    }
    if (same) {
      emit({ type: 'up-to-date', digest: current.digest });
      return { digest: current.digest, size: current.size, status: 'up-to-date', uploaded: [], skipped: p.blobs.map((b) => b.digest), mounted: [], bytesUploaded: 0 };
    }
    if (!p.force) throw registryError(`${dir}:${p.refName}`, `${p.refName} already exists with other content (${current.digest}; this push would be ${p.manifest.digest})`, 'tag-exists');
    replaced = current.digest;
  }
  const out: PushOutcome = { digest: p.manifest.digest, size: p.manifest.bytes.length, status: 'pushed', uploaded: [], skipped: [], mounted: [], bytesUploaded: 0, replaced };
  for (const b of p.blobs) {
    const target = blobPath(dir, b.digest);
    const st = await stat(target).catch(() => undefined);
    if (st?.size === b.size) {
      out.skipped.push(b.digest);
      emit({ type: 'blob', digest: b.digest, size: b.size, state: 'exists' });
      continue;
    }
    emit({ type: 'blob', digest: b.digest, size: b.size, state: 'uploading' });
    await writeVerified(target, b, (sent) => emit({ type: 'progress', digest: b.digest, sent, size: b.size }));
    out.uploaded.push(b.digest);
    out.bytesUploaded += b.size;
    emit({ type: 'blob', digest: b.digest, size: b.size, state: 'uploaded' });
  }
  await writeFile(blobPath(dir, p.manifest.digest), p.manifest.bytes);
  index.manifests = index.manifests.filter((m) => m.annotations?.[ANNOTATION_REF_NAME] !== p.refName);
  index.manifests.push({ mediaType: p.manifest.mediaType, digest: p.manifest.digest, size: p.manifest.bytes.length, annotations: { [ANNOTATION_REF_NAME]: p.refName } });
  const tmp = `${indexFile}.${process.pid}.tmp`;
  await writeFile(tmp, JSON.stringify(index));
  await rename(tmp, indexFile);
  emit({ type: 'manifest', digest: p.manifest.digest, tag: p.refName });
  return out;
}

async function writeVerified(target: string, b: BlobSource, progress: (sent: number) => void): Promise<void> {
  const tmp = `${target}.${process.pid}.tmp`;
  const tap = sha256Tap(progress);
  try {
    await pipeline(b.open(0, b.size), tap.stream, createWriteStream(tmp));
    const digest = 'sha256:' + tap.hex();
    const sent = tap.size();
    if (digest !== b.digest || sent !== b.size) throw runtimeError(target, `content changed while copying: got ${digest} (${sent} bytes), expected ${b.digest} (${b.size} bytes)`);
    await rename(tmp, target);
  } finally {
    await rm(tmp, { force: true });
  }
}

async function exists(p: string): Promise<boolean> {
  return stat(p).then(() => true, () => false);
}
