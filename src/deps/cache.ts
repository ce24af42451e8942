import { createHash } from 'node:crypto';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** spectro-pack's cache folder: $XDG_CACHE_HOME/spectro-pack, else ~/.cache/spectro-pack. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const xdg = env['XDG_CACHE_HOME'];
  return join(xdg && xdg.startsWith('/') ? xdg : join(homedir(), '.cache'), 'spectro-pack');
}

/** Where a chart with this digest is cached (content-addressed: a cache hit needs no re-check of the index). */
export function chartCachePath(digest: string, fileName: string, env?: NodeJS.ProcessEnv): string {
  return join(cacheDir(env), 'charts', digest.slice(0, 2), `${digest}-${fileName}`);
}

/**
 * Where a Helm repository's index.yaml is kept for offline use: one file per repository URL
 * (normalised with a trailing '/'), named by the sha256 of that URL.
 */
export function indexCachePath(repoUrl: string, env?: NodeJS.ProcessEnv): string {
  const base = repoUrl.endsWith('/') ? repoUrl : `${repoUrl}/`;
  return join(cacheDir(env), 'index', `${createHash('sha256').update(base).digest('hex')}.yaml`);
}

/** Where an upstream file declared in sources.yaml is cached (content-addressed by its sha256). */
export function sourceCachePath(sha256: string, env?: NodeJS.ProcessEnv): string {
  return join(cacheDir(env), 'sources', sha256.slice(0, 2), sha256);
}
