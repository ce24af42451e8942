import { resolve } from 'node:path';
import { usageError } from '../core/errors.js';
import { resolveCredentials } from '../credentials/lookup.js';
import { connect } from '../registry/connect.js';
import { pullFileArtifact } from '../registry/pull-artifact.js';
import { checkRepoPath, checkTag, joinRepo, parseRegistry } from '../registry/reference.js';
import { PACK_ARCHIVE_PATH, type RegistryAccess } from './push.js';

export interface PullOptions extends RegistryAccess {
  /** folder to write the archive into (default: the current folder) */
  out?: string;
  /** extract the archive safely into `out` as well (default true) */
  extract?: boolean;
  onProgress?: (received: number, size: number) => void;
}

export interface PullResult {
  reference: string;
  digest: string;
  archive: string;
  archiveDigest: string;
  size: number;
  /** set when the archive was also extracted */
  extractedTo?: string;
  warnings: string[];
}

/** `NAME:VERSION` → the pack archive, every digest and size verified, written as OUT/NAME-VERSION.tar.gz. */
export async function pullPack(ref: string, o: PullOptions): Promise<PullResult> {
  const m = /^([^:@]+):([^:@]+)$/.exec(ref);
  if (!m) throw usageError(`"${ref}" is not NAME:VERSION`);
  const [, name, version] = m as unknown as [string, string, string];
  checkRepoPath(name, 'pack name');
  checkTag(version, 'pack version');
  if (!o.registry) throw usageError('say where to pull from: --registry HOST[:PORT][/BASE]');
  const { host } = parseRegistry(o.registry);
  const creds = await resolveCredentials({ host, username: o.username, password: o.password, env: o.env });
  const { client, location, warnings } = await connect(o.registry, creds.credentials, o);
  const repo = joinRepo(location.basePath, PACK_ARCHIVE_PATH, name);
  try {
    await client.ping();
    const got = await pullFileArtifact(client, repo, version, resolve(o.out ?? '.'), o.onProgress);
    const result: PullResult = { reference: `${location.host}/${repo}:${version}`, digest: got.manifestDigest, archive: got.path, archiveDigest: got.digest, size: got.size, warnings };
    if (o.extract !== false) {
      const { extractArchive } = await import('../archive/extract.js');
      const x = await extractArchive(got.path, resolve(o.out ?? '.'));
      result.extractedTo = x.topLevel.length === 1 ? resolve(x.dir, x.topLevel[0]!) : x.dir;
    }
    return result;
  } finally {
    await client.close();
  }
}
