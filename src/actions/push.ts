import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { runtimeError, SpectroPackError, usageError } from '../core/errors.js';
import { resolveCredentials, type CredentialSource } from '../credentials/lookup.js';
import type { Env } from '../credentials/paths.js';
import { buildFileArtifactManifest, rfc3339, sameContent, EMPTY_CONFIG, EMPTY_CONFIG_DIGEST } from '../registry/artifact-manifest.js';
import { bufferSource, fileSource } from '../registry/blob-source.js';
import { connect, type TransportOptions } from '../registry/connect.js';
import { OCI_LAYER_TAR, UNKNOWN_CONFIG } from '../registry/media-types.js';
import { pushArtifact } from '../registry/push-artifact.js';
import { pushToOciLayout } from '../registry/oci-layout.js';
import type { PushEvent, PushOutcome } from '../registry/push-types.js';
import { checkRepoPath, checkTag, joinRepo, parseRegistry } from '../registry/reference.js';
import { registryHint } from './registry-hints.js';
import { listArchive } from './unpack.js';

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

/** What the registry side did (PushOutcome), and where, for the CLI to print. */
export interface PushResult extends PushOutcome {
  reference: string;
  warnings: string[];
  credentialSource?: CredentialSource;
  /** HTTP requests made and request-body bytes sent (registry pushes) */
  requests?: number;
  bytesSent?: number;
}

/**
 * `lb-metallb-helm-0.14.9.tar.gz` → name `lb-metallb-helm`, version `0.14.9` (the version starts with a digit).
 * A name or version known otherwise (pack.json) settles names that split two ways: `p-2-1.0.0.tar.gz` is
 * `p-2` 1.0.0 when the pack is called `p-2`.
 */
export function parseArchiveName(file: string, known: { name?: string; version?: string } = {}): { name: string; version: string } | undefined {
  const stem = /^(.+)\.(?:tar\.gz|tgz)$/.exec(basename(file))?.[1];
  if (!stem) return undefined;
  const { name, version } = known;
  if (name && stem.length > name.length + 1 && stem.startsWith(`${name}-`)) return { name, version: stem.slice(name.length + 1) };
  if (version && stem.length > version.length + 1 && stem.endsWith(`-${version}`)) return { name: stem.slice(0, -version.length - 1), version };
  const m = /^(.+?)-(\d[^/]*)$/.exec(stem);
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
  const env = o.env ?? process.env;
  const created = createdTime(env['SOURCE_DATE_EPOCH']);
  const { digest, size, pack } = await inspectPackArchive(archive);
  const parsed = parseArchiveName(archive, pack);
  const name = o.name ?? parsed?.name;
  const version = o.version ?? parsed?.version;
  if (!name || !version) throw usageError(`cannot tell the pack name and version from "${basename(archive)}"`, 'name it NAME-VERSION.tar.gz, or pass --name and --pack-version');
  checkRepoPath(name, 'pack name');
  checkTag(version, 'pack version');
  const differ: string[] = [];
  if (pack.name !== name) differ.push(`name "${name}"${o.name !== undefined ? ' (--name)' : ' (from the file name)'} but pack.json says "${pack.name}"`);
  if (pack.version !== version) differ.push(`version "${version}"${o.version !== undefined ? ' (--pack-version)' : ' (from the file name)'} but pack.json says "${pack.version}"`);
  if (differ.length) {
    throw runtimeError(archive, `would be published as ${name}:${version}: ${differ.join('; ')}; nothing was pushed`, `publish it as ${pack.name}:${pack.version} (name the file ${pack.name}-${pack.version}.tar.gz, or drop --name/--pack-version)`);
  }
  const title = `${name}-${version}.tar.gz`;
  const manifest = buildFileArtifactManifest({ title, digest, size, created });
  const blobs = [bufferSource(EMPTY_CONFIG, EMPTY_CONFIG_DIGEST, UNKNOWN_CONFIG), fileSource(archive, size, digest, OCI_LAYER_TAR)];
  const common = { manifest, blobs, force: o.force, sameArtifact: (b: Buffer) => sameContent(b, manifest.bytes), onEvent: o.onEvent };

  if (o.ociLayout) {
    // indexed as the repository path a registry would hold it under, so several packs share one layout:
    // `skopeo copy oci:DIR:spectro-packs/archive/NAME:VERSION docker://HOST/spectro-packs/archive/NAME:VERSION`
    const refName = `${PACK_ARCHIVE_PATH}/${name}:${version}`;
    const out = await pushToOciLayout(o.ociLayout, { ...common, refName }).catch((e: unknown) => {
      throw registryHint(e);
    });
    return { reference: `${o.ociLayout}:${refName}`, ...out, warnings: [] };
  }
  if (!o.registry) throw usageError('say where to push: --registry HOST[:PORT][/BASE] or --oci-layout DIR');
  const { host } = parseRegistry(o.registry);
  const creds = await resolveCredentials({ host, username: o.username, password: o.password, env });
  const { client, location, warnings } = await connect(o.registry, creds.credentials, o);
  const repo = joinRepo(location.basePath, PACK_ARCHIVE_PATH, name);
  try {
    await client.ping();
    const out = await pushArtifact(client, {
      repo, tag: version, ...common,
      mountFrom: (o.mountFrom ?? []).map((n) => joinRepo(location.basePath, PACK_ARCHIVE_PATH, n)),
      upload: { chunkThreshold: o.chunk?.threshold, chunkSize: o.chunk?.size },
      restartPolicy: o.retry,
    });
    return { reference: `${location.host}/${repo}:${version}`, ...out, warnings, credentialSource: creds.source, requests: client.stats.requests, bytesSent: client.stats.bytesSent };
  } catch (e) {
    throw registryHint(e);
  } finally {
    await client.close();
  }
}

/**
 * Opens the archive before anything is published (read-only, with the unpack rules): it must be safe to
 * extract and hold a single top-level NAME-VERSION/ folder whose pack.json names NAME and VERSION. Returns
 * pack.json's name and version, which the caller compares with what it publishes, and the archive's digest and
 * size (one read serves both the check and the layer descriptor).
 */
export async function inspectPackArchive(
  archive: string,
  o: { consequence?: string; hint?: string } = {},
): Promise<{ digest: string; size: number; pack: { name: string; version: string } }> {
  const hint = o.hint ?? 'push the pack folder (it is packaged first), or make the archive with: spectro-pack package DIR';
  const consequence = o.consequence ?? 'nothing was pushed';
  const inspection = await listArchive(archive).catch((e: unknown) => {
    if (e instanceof SpectroPackError) throw runtimeError(archive, `is not a pack archive: ${e.message.replace(/^is not /, '')}; ${consequence}`, hint, e);
    throw e;
  });
  // the file name only gives NAME/VERSION a default: the caller checks what it publishes against pack.json
  const fileNameProblem = `file name "${basename(archive)}"`;
  const problems = inspection.problems.filter((p) => !p.startsWith(fileNameProblem));
  const pack = inspection.pack;
  // pack.json without a name or version: say so, rather than the folder name derived from it
  if (pack && (!pack.name || !pack.version)) throw runtimeError(archive, `is not a pack archive: ${inspection.topFolder}/pack.json has no ${!pack.name ? 'name' : 'version'}; ${consequence}`, hint);
  if (problems.length || !pack?.name || !pack.version) throw runtimeError(archive, `is not a pack archive: ${problems.join('; ') || 'no pack.json found'}; ${consequence}`, hint);
  return { digest: `sha256:${inspection.sha256}`, size: inspection.size, pack: { name: pack.name, version: pack.version } };
}

function createdTime(epoch: string | undefined): string {
  if (epoch === undefined || epoch === '') return rfc3339(new Date());
  if (!/^\d+$/.test(epoch.trim())) throw usageError(`SOURCE_DATE_EPOCH="${epoch}" is not a number of seconds`);
  return rfc3339(Number(epoch.trim()));
}
