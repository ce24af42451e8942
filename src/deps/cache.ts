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
