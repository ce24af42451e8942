import { readFileSync } from 'node:fs';

export interface OwnPackage {
  version: string;
  /** `homepage` or the web address of `repository` in package.json, if any */
  homepage?: string;
}

let cached: OwnPackage | undefined;

/** name, version and homepage from this tool's package.json (read once, lazily). */
export function readOwnPackage(): OwnPackage {
  if (cached) return cached;
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version?: string;
      homepage?: string;
      repository?: string | { url?: string };
    };
    const repo = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
    const web = repo?.replace(/^git\+/, '').replace(/\.git$/, '');
    const homepage = pkg.homepage ?? (web && /^https?:\/\//.test(web) ? web : undefined);
    cached = { version: pkg.version ?? '0.0.0', homepage };
  } catch {
    cached = { version: '0.0.0' };
  }
  return cached;
}

/** The version in package.json. */
export function readOwnVersion(): string {
  return readOwnPackage().version;
}
