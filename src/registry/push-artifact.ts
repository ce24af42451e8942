import { registryError } from './errors.js';
import { pullScope, pushScope } from './auth.js';
import type { BlobSource } from './blob-source.js';
import { blobExists, isRestartable, mountBlob, startUpload, uploadToSession, type UploadOptions } from './blobs.js';
import type { RegistryClient } from './client.js';
import { headManifest, getManifest, putManifest } from './manifests.js';
import { defaultRetryPolicy, isRetryableError, RetryBudget, sleep, type RetryPolicy } from './retry.js';
import type { PushEvent, PushOutcome } from './push-types.js';

export interface ArtifactPush {
  repo: string;
  tag: string;
  manifest: { bytes: Buffer; digest: string; mediaType: string };
  /** every blob the manifest references */
  blobs: BlobSource[];
  /** replace a tag that points at other content */
  force?: boolean;
  /** an existing manifest that counts as this one (e.g. differing only in its created time) */
  sameArtifact?: (existing: Buffer) => boolean;
  /** repositories of the same registry that may already hold the blobs (cross-repository mount) */
  mountFrom?: string[];
  upload?: Omit<UploadOptions, 'onBytes'>;
  /** restarts of a whole blob upload after a failure mid-session */
  restartPolicy?: Partial<RetryPolicy>;
  onEvent?: (e: PushEvent) => void;
}

/**
 * Pushes blobs then the manifest (never a manifest before its blobs). The tag is checked first: the same
 * content is a no-op ("up to date"), other content is refused unless `force`. Blobs the repository holds are
 * skipped, blobs another repository holds are mounted, the rest uploaded; an upload that fails mid-session
 * starts over in a new session. Safe to run again after any interruption.
 */
export async function pushArtifact(client: RegistryClient, p: ArtifactPush): Promise<PushOutcome> {
  const emit = p.onEvent ?? (() => {});
  const where = `${client.host}/${p.repo}:${p.tag}`;
  const existing = await headManifest(client, p.repo, p.tag, [pushScope(p.repo)]);
  let replaced: string | undefined;
  if (existing) {
    let same = existing.digest === p.manifest.digest;
    if (!same && p.sameArtifact) {
      const m = await getManifest(client, p.repo, existing.digest, [pushScope(p.repo)]);
      same = m !== undefined && p.sameArtifact(m.bytes);
    }
    if (same) {
      emit({ type: 'up-to-date', digest: existing.digest });
      return { digest: existing.digest, size: existing.size, status: 'up-to-date', uploaded: [], skipped: p.blobs.map((b) => b.digest), mounted: [], bytesUploaded: 0 };
    }
    if (!p.force) {
      throw registryError(where, `the tag already exists with other content (${existing.digest}; this push would be ${p.manifest.digest})`, 'tag-exists');
    }
    replaced = existing.digest;
  }

  const outcome: PushOutcome = { digest: p.manifest.digest, size: p.manifest.bytes.length, status: 'pushed', uploaded: [], skipped: [], mounted: [], bytesUploaded: 0, replaced };
  const pushBlobs = () =>
    Promise.all(
      p.blobs.map(async (b) => {
        const how = await pushBlob(client, p, b, emit);
        // committed bytes only: what failed attempts sent shows in the client's request stats, not here
        if (how === 'uploaded') outcome.bytesUploaded += b.size;
        const list = how === 'uploaded' ? outcome.uploaded : how === 'mounted' ? outcome.mounted : outcome.skipped;
        if (!list.includes(b.digest)) list.push(b.digest);
      }),
    );
  await pushBlobs();
  // A registry may lose a blob to a concurrent upload of the same digest (distribution 2.8 does, when two
  // pushes commit it at once) and then refuse the manifest with BLOB_UNKNOWN: check the blobs again,
  // upload what is missing, and publish once more. The manifest still never goes out before its blobs.
  for (let attempt = 0; ; attempt++) {
    try {
      await putManifest(client, p.repo, p.tag, p.manifest.bytes, p.manifest.mediaType);
      break;
    } catch (e) {
      if (attempt >= 2 || !/BLOB_UNKNOWN/.test((e as Error).message)) throw e;
      await pushBlobs();
    }
  }
  emit({ type: 'manifest', digest: p.manifest.digest, tag: p.tag });
  return outcome;
}

async function pushBlob(client: RegistryClient, p: ArtifactPush, b: BlobSource, emit: (e: PushEvent) => void): Promise<'uploaded' | 'mounted' | 'exists'> {
  const budget = new RetryBudget({ ...defaultRetryPolicy, ...p.restartPolicy });
  for (;;) {
    let sent = 0;
    try {
      if (await blobExists(client, p.repo, b.digest, b.size, [pushScope(p.repo)])) {
        emit({ type: 'blob', digest: b.digest, size: b.size, state: 'exists' });
        return 'exists';
      }
      let location: string | undefined;
      for (const from of p.mountFrom ?? []) {
        if (from === p.repo || !(await blobExists(client, from, b.digest, b.size, [pushScope(p.repo), pullScope(from)]))) continue;
        const m = await mountBlob(client, p.repo, b.digest, from);
        if (m.mounted) {
          emit({ type: 'blob', digest: b.digest, size: b.size, state: 'mounted', from });
          return 'mounted';
        }
        location = m.location;
        break;
      }
      emit({ type: 'blob', digest: b.digest, size: b.size, state: 'uploading' });
      location ??= await startUpload(client, p.repo);
      await uploadToSession(client, p.repo, location, b, {
        ...p.upload,
        onBytes: (n) => {
          sent += n;
          emit({ type: 'progress', digest: b.digest, sent, size: b.size });
        },
      });
      emit({ type: 'blob', digest: b.digest, size: b.size, state: 'uploaded' });
      return 'uploaded';
    } catch (e) {
      if (!(isRestartable(e) || isRetryableError(e))) throw e;
      const delay = budget.next();
      if (delay === undefined) throw e;
      emit({ type: 'restart', digest: b.digest, attempt: budget.attempts, reason: (e as Error).message });
      if (sent) emit({ type: 'progress', digest: b.digest, sent: 0, size: b.size });
      await sleep(delay);
    }
  }
}
