import { runtimeError } from '../core/errors.js';
import { pullScope } from './auth.js';
import type { RegistryClient } from './client.js';

/** The `rel="next"` target of a Link header, if any. */
export function nextLink(link: string | string[] | undefined): string | undefined {
  const values = Array.isArray(link) ? link : link ? [link] : [];
  for (const v of values) {
    for (const part of v.split(/,(?=\s*<)/)) {
      const m = /^\s*<([^>]*)>\s*;(.*)$/.exec(part);
      if (m && /\brel\s*=\s*"?next"?/i.test(m[2]!)) return m[1];
    }
  }
  return undefined;
}

/** All tags of a repository, following Link pagination; `pageSize` sets `?n=`. Undefined if the repo is unknown. */
export async function listTags(client: RegistryClient, repo: string, pageSize?: number): Promise<string[] | undefined> {
  const tags: string[] = [];
  let url: string | undefined = `/v2/${repo}/tags/list${pageSize ? `?n=${pageSize}` : ''}`;
  const seen = new Set<string>();
  while (url) {
    if (seen.has(url) || seen.size > 10_000) throw runtimeError(`${client.host}/${repo}`, 'the tag list pagination loops');
    seen.add(url);
    const res = await client.send({ method: 'GET', url, scopes: [pullScope(repo)] });
    if (res.status === 404) {
      await res.body.dump();
      if (tags.length === 0) return undefined;
      break;
    }
    if (res.status !== 200) throw await client.failure(res, `listing the tags of ${repo}`);
    const body = (await res.body.json()) as { tags?: string[] | null };
    tags.push(...(body.tags ?? []));
    const next = nextLink(res.headers['link']);
    url = next ? client.resolve(new URL(next, res.url).href) : undefined;
  }
  return tags;
}
