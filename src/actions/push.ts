import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { usageError, runtimeError } from '../core/errors.js';
import { resolveCredentials, type CredentialSource } from '../credentials/lookup.js';
import type { Env } from '../credentials/paths.js';
import { buildFileArtifactManifest, rfc3339, sameContent, EMPTY_CONFIG, EMPTY_CONFIG_DIGEST } from '../registry/artifact-manifest.js';
import { bufferSource, fileSource } from '../registry/blob-source.js';
import { connect, type TransportOptions } from '../registry/connect.js';
import { sha256File } from '../registry/digest.js';
import { OCI_LAYER_TAR, UNKNOWN_CONFIG } from '../registry/media-types.js';
import { pushArtifact } from '../registry/push-artifact.js';
import { pushToOciLayout } from '../registry/oci-layout.js';
import type { PushEvent } from '../registry/push-types.js';
import { checkRepoPath, checkTag, joinRepo, parseRegistry } from '../registry/reference.js';

/** Where Palette looks for pack archives under a registry's base path. */
export const PACK_ARCHIVE_PATH = 'spectro-packs/archive';

export interface RegistryAccess extends TransportOptions {
  /** `HOST[:PORT][/BASE]` */
  registry?: string;
  username?: string;
  password?: string;
  env?: Env;
}

export interface PushOptions extends RegistryAccess {
  /** publish into this OCI image layout folder instead of a registry */
  ociLayout?: string;
  name?: string;
  version?: string;
  force?: boolean;
  /** other packs (names) in the same registry whose repositories may already hold the blobs */
  mountFrom?: string[];
  onEvent?: (e: PushEvent) => void;
}

export interface PushResult {
  reference: string;
  digest: string;
  size: number;
  status: 'pushed' | 'up-to-date';
  uploaded: string[];
  skipped: string[];
  mounted: string[];
  bytesUploaded: number;
  replaced?: string;
  warnings: string[];
  credentialSource?: CredentialSource;
  /** HTTP requests made and request-body bytes sent (registry pushes) */
  requests?: number;
  bytesSent?: number;
}

/** `lb-metallb-helm-0.14.9.tar.gz` → name `lb-metallb-helm`, version `0.14.9` (the version starts with a digit). */
export function parseArchiveName(file: string): { name: string; version: string } | undefined {
  const m = /^(.+?)-(\d[^/]*)\.(?:tar\.gz|tgz)$/.exec(basename(file));
  return m ? { name: m[1]!, version: m[2]! } : undefined;
}

/**
 * Publishes a pack as `HOST[/BASE]/spectro-packs/archive/NAME:VERSION` in the ORAS 1.0 layout. `input` is a
 * pack archive, or a pack directory that is packaged first (validated; errors stop the push).
 */
export async function pushPack(input: string, o: PushOptions): Promise<PushResult> {
  const st = await stat(input).catch(() => undefined);
  if (!st) throw runtimeError(input, 'no such file or directory');
  if (!st.isDirectory()) return pushArchive(input, o);
  const [{ packagePack }, { mkdtemp, rm }, { tmpdir }, { join }] = await Promise.all([import('./package.js'), import('node:fs/promises'), import('node:os'), import('node:path')]);
  const work = await mkdtemp(join(tmpdir(), 'spectro-pack-push-'));
  try {
    const pkg = await packagePack(input, { outDir: work });
    if (!pkg.ok || !pkg.archive) {
      const errors = pkg.diagnostics.filter((d) => d.severity === 'error').length;
      throw runtimeError(input, `the pack has ${errors} error(s); nothing was pushed`, 'see them with: spectro-pack validate ' + input);
    }
    return await pushArchive(pkg.archive.path, { ...o, name: o.name ?? pkg.name, version: o.version ?? pkg.version });
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

async function pushArchive(archive: string, o: PushOptions): Promise<PushResult> {
  const parsed = parseArchiveName(archive);
  const name = o.name ?? parsed?.name;
  const version = o.version ?? parsed?.version;
  if (!name || !version) throw usageError(`cannot tell the pack name and version from "${basename(archive)}"`, 'name it NAME-VERSION.tar.gz, or pass --name and --version');
  checkRepoPath(name, 'pack name');
  checkTag(version, 'pack version');
  const env = o.env ?? process.env;
  const created = createdTime(env['SOURCE_DATE_EPOCH']);
  const { digest, size } = await sha256File(archive);
  const title = `${name}-${version}.tar.gz`;
  const manifest = buildFileArtifactManifest({ title, digest, size, created });
  const blobs = [bufferSource(EMPTY_CONFIG, EMPTY_CONFIG_DIGEST, UNKNOWN_CONFIG), fileSource(archive, size, digest, OCI_LAYER_TAR)];
  const common = { tag: version, manifest, blobs, force: o.force, sameArtifact: (b: Buffer) => sameContent(b, manifest.bytes), onEvent: o.onEvent };

  if (o.ociLayout) {
    const out = await pushToOciLayout(o.ociLayout, common);
    return { reference: `${o.ociLayout}:${version}`, ...out, warnings: [] };
  }
  if (!o.registry) throw usageError('say where to push: --registry HOST[:PORT][/BASE] or --oci-layout DIR');
  const { host } = parseRegistry(o.registry);
  const creds = await resolveCredentials({ host, username: o.username, password: o.password, env });
  const { client, location, warnings } = await connect(o.registry, creds.credentials, o);
  const repo = joinRepo(location.basePath, PACK_ARCHIVE_PATH, name);
  try {
    await client.ping();
    const out = await pushArtifact(client, {
      repo, ...common,
      mountFrom: (o.mountFrom ?? []).map((n) => joinRepo(location.basePath, PACK_ARCHIVE_PATH, n)),
      upload: { chunkThreshold: o.chunk?.threshold, chunkSize: o.chunk?.size },
      restartPolicy: o.retry,
    });
    return { reference: `${location.host}/${repo}:${version}`, ...out, warnings, credentialSource: creds.source, requests: client.stats.requests, bytesSent: client.stats.bytesSent };
  } finally {
    await client.close();
  }
}

function createdTime(epoch: string | undefined): string {
  if (epoch === undefined || epoch === '') return rfc3339(new Date());
  if (!/^\d+$/.test(epoch.trim())) throw usageError(`SOURCE_DATE_EPOCH="${epoch}" is not a number of seconds`);
  return rfc3339(Number(epoch.trim()));
}
