/** OCI distribution client: knows registries, blobs and manifests, nothing of packs. */
export { RegistryClient, type ClientOptions, type ClientStats } from './client.js';
export type { Credentials } from './credentials.js';
export { bufferSource, fileSource, type BlobSource } from './blob-source.js';
export { sha256, sha256File, shortDigest } from './digest.js';
export { buildFileArtifactManifest, rfc3339, sameContent, EMPTY_CONFIG, EMPTY_CONFIG_DIGEST } from './artifact-manifest.js';
export { pushArtifact, type ArtifactPush } from './push-artifact.js';
export { pushToOciLayout } from './oci-layout.js';
export { pullFileArtifact, type PulledFile } from './pull-artifact.js';
export { listTags } from './tags.js';
export { parseRegistry, joinRepo, checkRepoPath, checkTag, type RegistryLocation } from './reference.js';
export type { PushEvent, PushOutcome } from './push-types.js';
export type { RetryPolicy } from './retry.js';
export * from './media-types.js';
