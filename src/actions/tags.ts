import { runtimeError } from '../core/errors.js';
import { resolveCredentials } from '../credentials/lookup.js';
import { connect } from '../registry/connect.js';
import { checkRepoPath, joinRepo, parseRegistry } from '../registry/reference.js';
import { listTags } from '../registry/tags.js';
import { PACK_ARCHIVE_PATH, type RegistryAccess } from './push.js';
import { registryHint } from './registry-hints.js';

export interface TagsOptions extends RegistryAccess {
  /** page size (`?n=`); the registry's default when unset */
  pageSize?: number;
}

/** The published versions of a pack, in version order. */
export async function listPackVersions(name: string, o: TagsOptions): Promise<{ reference: string; versions: string[]; warnings: string[] }> {
  checkRepoPath(name, 'pack name');
  if (!o.registry) throw runtimeError('tags', 'no registry given', 'pass --registry HOST[:PORT][/BASE]');
  const { host } = parseRegistry(o.registry);
  const creds = await resolveCredentials({ host, username: o.username, password: o.password, env: o.env });
  const { client, location, warnings } = await connect(o.registry, creds.credentials, o);
  const repo = joinRepo(location.basePath, PACK_ARCHIVE_PATH, name);
  try {
    await client.ping();
    const tags = await listTags(client, repo, o.pageSize);
    if (tags === undefined) throw runtimeError(`${location.host}/${repo}`, 'no such pack in this registry');
    return { reference: `${location.host}/${repo}`, versions: [...new Set(tags)].sort(compareVersions), warnings };
  } catch (e) {
    throw registryHint(e);
  } finally {
    await client.close();
  }
}

/** Numeric-aware ordering: 0.9.1 < 0.13.7 < 0.14.9 (pre-releases before their release). */
export function compareVersions(a: string, b: string): number {
  const [ca, pa = ''] = splitPre(a);
  const [cb, pb = ''] = splitPre(b);
  const c = ca.localeCompare(cb, 'en', { numeric: true });
  if (c !== 0) return c;
  if (pa === pb) return 0;
  if (!pa) return 1;
  if (!pb) return -1;
  return pa.localeCompare(pb, 'en', { numeric: true });
}

function splitPre(v: string): [string, string?] {
  const i = v.indexOf('-');
  return i < 0 ? [v] : [v.slice(0, i), v.slice(i + 1)];
}
