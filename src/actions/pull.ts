import { lstat, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { runtimeError, usageError } from '../core/errors.js';
import { resolveCredentials } from '../credentials/lookup.js';
import { connect } from '../registry/connect.js';
import { placeNew, pullFileArtifact } from '../registry/pull-artifact.js';
import { checkRepoPath, checkTag, joinRepo, parseRegistry } from '../registry/reference.js';
import { inspectPackArchive, PACK_ARCHIVE_PATH, type RegistryAccess } from './push.js';
import { registryHint } from './registry-hints.js';

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

/**
 * `NAME:VERSION` → OUT/NAME-VERSION.tar.gz (the name is ours, never the registry's layer title), and with
 * `extract` the pack folder OUT/NAME-VERSION/. Nothing that exists is overwritten: an existing archive or folder
 * is refused before anything is fetched. Every digest and size is verified, the layer must be titled
 * NAME-VERSION.tar.gz, and the archive must pass the unpack rules with a pack.json naming NAME and VERSION;
 * only then is it given its name (and extracted).
 */
export async function pullPack(ref: string, o: PullOptions): Promise<PullResult> {
  const m = /^([^:@]+):([^:@]+)$/.exec(ref);
  if (!m) throw usageError(`"${ref}" is not NAME:VERSION`);
  const [, name, version] = m as unknown as [string, string, string];
  checkRepoPath(name, 'pack name');
  checkTag(version, 'pack version');
  if (!o.registry) throw usageError('say where to pull from: --registry HOST[:PORT][/BASE]');
  const out = resolve(o.out ?? '.');
  const base = `${name}-${version}`;
  const archive = join(out, `${base}.tar.gz`);
  const folder = join(out, base);
  for (const p of o.extract === false ? [archive] : [archive, folder]) {
    if (await lstat(p).then(() => true, () => false)) throw runtimeError(p, 'already exists; not overwritten', 'remove it, or pull into another folder with --out DIR');
  }
  const { host } = parseRegistry(o.registry);
  const creds = await resolveCredentials({ host, username: o.username, password: o.password, env: o.env });
  const { client, location, warnings } = await connect(o.registry, creds.credentials, o);
  const repo = joinRepo(location.basePath, PACK_ARCHIVE_PATH, name);
  const part = join(out, `.${base}.tar.gz.${process.pid}.pull`);
  try {
    await client.ping();
    const got = await pullFileArtifact(client, repo, version, part, { title: `${base}.tar.gz`, onProgress: o.onProgress });
    const { pack } = await inspectPackArchive(part, { consequence: 'nothing was written', hint: 'the registry holds something that is not this pack: tell whoever published it' });
    if (pack.name !== name || pack.version !== version) {
      throw runtimeError(`${location.host}/${repo}:${version}`, `holds the pack ${pack.name} ${pack.version} (pack.json), not ${name} ${version}; nothing was written`, 'the registry content is mislabelled: tell whoever published it');
    }
    await placeNew(part, archive);
    const result: PullResult = { reference: `${location.host}/${repo}:${version}`, digest: got.manifestDigest, archive, archiveDigest: got.digest, size: got.size, warnings };
    if (o.extract !== false) {
      const { extractArchive } = await import('../archive/extract.js');
      const x = await extractArchive(archive, out);
      result.extractedTo = x.topLevel.length === 1 ? resolve(x.dir, x.topLevel[0]!) : x.dir;
    }
    return result;
  } catch (e) {
    throw registryHint(e);
  } finally {
    await rm(part, { force: true });
    await client.close();
  }
}
