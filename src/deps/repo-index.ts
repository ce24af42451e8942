import { parse } from 'yaml';
import { runtimeError } from '../core/errors.js';
import { fetchBytes, type FetchOptions } from './http.js';

export interface IndexEntry {
  name: string;
  version: string;
  /** absolute download URLs */
  urls: string[];
  /** hex sha256 of the .tgz, as the index gives it */
  digest?: string;
}

/** A Helm repository's index.yaml: name → its versions. */
export type RepoIndex = Map<string, IndexEntry[]>;

export function repoBase(repo: string): string {
  return repo.endsWith('/') ? repo : `${repo}/`;
}

export async function fetchRepoIndex(repo: string, opts: FetchOptions = {}): Promise<RepoIndex> {
  const url = new URL('index.yaml', repoBase(repo)).toString();
  const text = (await fetchBytes(url, { ...opts, maxBytes: 64 * 1024 * 1024 })).toString('utf8');
  return parseRepoIndex(text, url);
}

export function parseRepoIndex(text: string, url: string): RepoIndex {
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (e) {
    throw runtimeError(url, `is not valid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  const entries = (doc as { entries?: unknown } | null)?.entries;
  if (typeof entries !== 'object' || entries === null) throw runtimeError(url, 'is not a Helm repository index (no entries:)');
  const out: RepoIndex = new Map();
  for (const [name, list] of Object.entries(entries as Record<string, unknown>)) {
    if (!Array.isArray(list)) continue;
    out.set(
      name,
      list
        .filter((e): e is Record<string, unknown> => typeof e === 'object' && e !== null && e['version'] !== undefined)
        .map((e) => ({
          name,
          version: String(e['version']),
          urls: (Array.isArray(e['urls']) ? e['urls'] : []).map((u) => new URL(String(u), url).toString()),
          digest: typeof e['digest'] === 'string' ? e['digest'].replace(/^sha256:/, '').toLowerCase() : undefined,
        })),
    );
  }
  return out;
}
