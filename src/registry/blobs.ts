import { pullScope, pushScope } from './auth.js';
import type { BlobSource } from './blob-source.js';
import type { RegistryClient, RegistryResponse } from './client.js';
import { appendQuery } from './location.js';
import { isRetryableStatus } from './retry.js';

export interface UploadOptions {
  /** blobs larger than this go up in PATCH chunks of `chunkSize` bytes */
  chunkThreshold?: number;
  chunkSize?: number;
  onBytes?: (n: number) => void;
}

export const DEFAULT_CHUNK_THRESHOLD = 64 * 1024 * 1024;
export const DEFAULT_CHUNK_SIZE = 16 * 1024 * 1024;

/** HEAD /v2/<repo>/blobs/<digest>: true when the registry holds it (with the expected size when it says). */
export async function blobExists(client: RegistryClient, repo: string, digest: string, size?: number, scopes = [pullScope(repo)]): Promise<boolean> {
  const res = await client.send({ method: 'HEAD', url: `/v2/${repo}/blobs/${digest}`, scopes });
  await res.body.dump();
  if (res.status === 200) {
    const len = Number(res.headers['content-length']);
    return size === undefined || Number.isNaN(len) || len === size;
  }
  if (res.status === 404) return false;
  throw await client.failure(res, `checking blob ${digest} in ${repo}`);
}

/**
 * Cross-repository mount: POST ?mount=&from=. Returns 'mounted' (201), or the Location of the upload session
 * the registry opened instead (202), to be used for a normal upload.
 */
export async function mountBlob(client: RegistryClient, repo: string, digest: string, from: string): Promise<{ mounted: true } | { mounted: false; location: string }> {
  const q = new URLSearchParams({ mount: digest, from });
  const res = await client.send({ method: 'POST', url: `/v2/${repo}/blobs/uploads/?${q}`, scopes: [pushScope(repo), pullScope(from)] });
  await res.body.dump();
  if (res.status === 201) return { mounted: true };
  if (res.status === 202 && res.headers['location']) return { mounted: false, location: String(res.headers['location']) };
  throw await client.failure(res, `mounting blob ${digest} from ${from} into ${repo}`);
}

/** POST /v2/<repo>/blobs/uploads/ → the session Location. */
export async function startUpload(client: RegistryClient, repo: string): Promise<string> {
  const res = await client.send({ method: 'POST', url: `/v2/${repo}/blobs/uploads/`, scopes: [pushScope(repo)], headers: { 'content-length': '0' } });
  const location = res.headers['location'];
  if (res.status === 202 && location) {
    await res.body.dump();
    return String(location);
  }
  throw await client.failure(res, `starting an upload to ${repo}`);
}

/**
 * Uploads a blob through an open session: one PUT ?digest= with the bytes, or PATCH chunks with Content-Range
 * then an empty PUT ?digest=. The session's requests are not replayed (a half-written session cannot be
 * trusted); `uploadBlob` restarts the whole upload instead.
 */
export async function uploadToSession(client: RegistryClient, repo: string, location: string, src: BlobSource, opts: UploadOptions = {}): Promise<void> {
  const scopes = [pushScope(repo)];
  const threshold = opts.chunkThreshold ?? DEFAULT_CHUNK_THRESHOLD;
  const chunkSize = Math.max(1, opts.chunkSize ?? DEFAULT_CHUNK_SIZE);
  let loc = client.resolve(location);
  if (src.size > threshold) {
    for (let start = 0; start < src.size; start += chunkSize) {
      const end = Math.min(src.size, start + chunkSize);
      const res = await client.send({
        method: 'PATCH', url: loc, scopes, retry: false, onBytes: opts.onBytes,
        headers: { 'content-type': 'application/octet-stream', 'content-range': `${start}-${end - 1}` },
        body: { length: end - start, open: () => src.open(start, end) },
      });
      if (res.status !== 202) throw await uploadFailure(client, res, `uploading bytes ${start}-${end - 1} of ${src.digest}`);
      await res.body.dump();
      if (res.headers['location']) loc = client.resolve(String(res.headers['location']));
    }
    const res = await client.send({ method: 'PUT', url: appendQuery(loc, client.origin, 'digest', src.digest), scopes, retry: false, headers: { 'content-length': '0' } });
    if (res.status !== 201) throw await uploadFailure(client, res, `completing the upload of ${src.digest}`);
    await res.body.dump();
    return;
  }
  const res = await client.send({
    method: 'PUT', url: appendQuery(loc, client.origin, 'digest', src.digest), scopes, retry: false, onBytes: opts.onBytes,
    headers: { 'content-type': 'application/octet-stream' },
    body: { length: src.size, open: () => src.open(0, src.size) },
  });
  if (res.status !== 201) throw await uploadFailure(client, res, `uploading ${src.digest}`);
  await res.body.dump();
}

/** A failed session request; retryable statuses are marked so `uploadBlob` can start over. */
async function uploadFailure(client: RegistryClient, res: RegistryResponse, what: string): Promise<Error> {
  const err = await client.failure(res, `${what}`);
  (err as Error & { restartable?: boolean }).restartable = isRetryableStatus(res.status) || res.status === 404;
  return err;
}

export function isRestartable(e: unknown): boolean {
  return Boolean((e as { restartable?: boolean }).restartable);
}

