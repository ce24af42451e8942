import { runtimeError } from '../core/errors.js';
import { pullScope, pushScope } from './auth.js';
import type { RegistryClient } from './client.js';
import { sha256 } from './digest.js';
import { MANIFEST_ACCEPT } from './media-types.js';

export interface ManifestRef {
  digest: string;
  size: number;
  mediaType: string;
}

const MAX_MANIFEST = 4 * 1024 * 1024;

/** HEAD a manifest by tag or digest; undefined when the registry has none. */
export async function headManifest(client: RegistryClient, repo: string, reference: string, scopes = [pullScope(repo)]): Promise<ManifestRef | undefined> {
  const res = await client.send({ method: 'HEAD', url: `/v2/${repo}/manifests/${reference}`, scopes, headers: { accept: MANIFEST_ACCEPT } });
  await res.body.dump();
  if (res.status === 404) return undefined;
  if (res.status !== 200) throw await client.failure(res, `checking ${repo}:${reference}`);
  const digest = res.headers['docker-content-digest'];
  if (!digest) {
    const m = await getManifest(client, repo, reference, scopes);
    return m && { digest: m.digest, size: m.bytes.length, mediaType: m.mediaType };
  }
  return { digest: String(digest), size: Number(res.headers['content-length'] ?? 0), mediaType: String(res.headers['content-type'] ?? '') };
}

/** GET a manifest; its bytes are checked against the digest asked for or the one the registry announces. */
export async function getManifest(client: RegistryClient, repo: string, reference: string, scopes = [pullScope(repo)]): Promise<{ bytes: Buffer; digest: string; mediaType: string } | undefined> {
  const res = await client.send({ method: 'GET', url: `/v2/${repo}/manifests/${reference}`, scopes, headers: { accept: MANIFEST_ACCEPT } });
  if (res.status === 404) {
    await res.body.dump();
    return undefined;
  }
  if (res.status !== 200) throw await client.failure(res, `fetching ${repo}:${reference}`);
  const bytes = Buffer.from(await res.body.arrayBuffer());
  if (bytes.length > MAX_MANIFEST) throw runtimeError(`${repo}:${reference}`, `the manifest is ${bytes.length} bytes, more than a manifest may be`);
  const digest = sha256(bytes);
  const expected = reference.startsWith('sha256:') ? reference : res.headers['docker-content-digest'] ? String(res.headers['docker-content-digest']) : undefined;
  if (expected && expected !== digest) {
    throw runtimeError(`${repo}:${reference}`, `the manifest received has digest ${digest}, not ${expected}`, 'the registry or a proxy altered it; try again');
  }
  const mediaType = String(res.headers['content-type'] ?? '').split(';')[0]!.trim();
  return { bytes, digest, mediaType };
}

/** PUT a manifest under a tag, Content-Type = its media type; returns the digest the registry confirms. */
export async function putManifest(client: RegistryClient, repo: string, tag: string, bytes: Buffer, mediaType: string): Promise<string> {
  const res = await client.send({
    method: 'PUT', url: `/v2/${repo}/manifests/${tag}`, scopes: [pushScope(repo)],
    headers: { 'content-type': mediaType },
    body: { length: bytes.length, open: () => bytes },
  });
  if (res.status !== 201 && res.status !== 200) throw await client.failure(res, `publishing the manifest of ${repo}:${tag}`);
  await res.body.dump();
  const digest = sha256(bytes);
  const confirmed = res.headers['docker-content-digest'];
  if (confirmed && String(confirmed) !== digest) {
    throw runtimeError(`${repo}:${tag}`, `the registry stored the manifest as ${String(confirmed)}, not ${digest}`);
  }
  return digest;
}
