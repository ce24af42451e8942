import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { writeAtomically } from '../archive/atomic.js';
import { unsafePathReason } from '../archive/entry.js';
import { runtimeError } from '../core/errors.js';
import { sourceCachePath } from './cache.js';
import { fetchBytes, type FetchOptions } from './http.js';

/**
 * `sources.yaml` at the top of a pack declares upstream files (an install manifest) that `deps`
 * and `package --fetch-deps` download, verify and place in the pack:
 *
 * ```yaml
 * sources:
 *   - url: https://raw.githubusercontent.com/metallb/metallb/v0.13.5/config/manifests/metallb-native.yaml
 *     sha256: 6f1c…   # hex, optionally 'sha256:'-prefixed
 *     path: manifests/metallb-native.yaml
 * ```
 *
 * `path` must be `manifests/<name>.yaml` (or `.yml`). The file itself is build input, not pack
 * content: package leaves sources.yaml out of the archive.
 */
export const SOURCES_FILE = 'sources.yaml';

export interface DeclaredSource {
  url: string;
  /** lower-case hex */
  sha256: string;
  /** '/'-separated, relative to the pack folder: manifests/<name>.yaml */
  path: string;
}

export interface VendoredSource extends DeclaredSource {
  status: 'present' | 'downloaded' | 'cached';
}

export interface SourceOptions extends FetchOptions {
  /** the pack folder as shown in messages ('' or '.' for the current folder) */
  display?: string;
  /** environment for the cache folder (XDG_CACHE_HOME, HOME) */
  env?: NodeJS.ProcessEnv;
}

const shown = (display: string | undefined, rel: string) => (!display || display === '.' ? rel : `${display.replace(/\/+$/, '')}/${rel}`);

/** The sources declared by the pack's sources.yaml; [] when there is none. Throws on a malformed file. */
export function readSources(dir: string, display?: string): DeclaredSource[] {
  const file = join(dir, SOURCES_FILE);
  if (!existsSync(file)) return [];
  const where = shown(display, SOURCES_FILE);
  let doc: unknown;
  try {
    doc = parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw runtimeError(where, `is not valid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  if (doc === null || doc === undefined) return [];
  const list = (doc as { sources?: unknown }).sources;
  if (typeof doc !== 'object' || Array.isArray(doc) || !Array.isArray(list)) {
    throw runtimeError(where, 'must be a mapping with a `sources:` list of {url, sha256, path}');
  }
  const out: DeclaredSource[] = [];
  list.forEach((raw, i) => {
    const at = `${where} (sources[${i}])`;
    const o = (raw ?? {}) as Record<string, unknown>;
    const url = typeof o['url'] === 'string' ? o['url'] : '';
    const digest = typeof o['sha256'] === 'string' ? o['sha256'].trim().replace(/^sha256:/, '').toLowerCase() : '';
    const path = typeof o['path'] === 'string' ? o['path'].replace(/^\.\//, '') : '';
    if (!/^https?:\/\//.test(url)) throw runtimeError(at, `url ${url ? `"${url}" is not http(s)` : 'is missing'}`, 'give the https URL of the upstream file');
    if (!/^[0-9a-f]{64}$/.test(digest)) throw runtimeError(at, `sha256 ${digest ? `"${String(o['sha256'])}" is not 64 hex digits` : 'is missing'}`, `pin the file: sha256sum of the download from ${url}`);
    if (unsafePathReason(path) || !/^manifests\/[^/]+\.ya?ml$/.test(path)) {
      throw runtimeError(at, `path ${path ? `"${path}"` : 'is missing'}${path ? ' must be manifests/<name>.yaml' : ''}`, 'upstream files land under manifests/');
    }
    if (out.some((s) => s.path === path)) throw runtimeError(at, `path "${path}" is declared twice`);
    out.push({ url, sha256: digest, path });
  });
  return out;
}

function sha256(b: Buffer): string {
  return createHash('sha256').update(b).digest('hex');
}

/** Checks a declared file already in the pack: undefined when absent, throws when it differs from the pin. */
function presentDigest(dir: string, s: DeclaredSource, display?: string): string | undefined {
  const file = join(dir, ...s.path.split('/'));
  if (!existsSync(file)) return undefined;
  const got = sha256(readFileSync(file));
  if (got !== s.sha256) {
    throw runtimeError(shown(display, s.path), `has sha256:${got}, but ${SOURCES_FILE} pins sha256:${s.sha256} (from ${s.url})`, `delete it and run \`spectro-pack deps ${display || '.'}\` to download the pinned file, or update sha256 in ${SOURCES_FILE}`);
  }
  return got;
}

/**
 * For `package` without --fetch-deps: every declared file must be in the pack with the pinned
 * digest. Throws (naming the URL and the fix) when one is missing or differs.
 */
export function checkSources(dir: string, display?: string): DeclaredSource[] {
  const sources = readSources(dir, display);
  for (const s of sources) {
    if (presentDigest(dir, s, display) === undefined) {
      throw runtimeError(shown(display, SOURCES_FILE), `declares ${s.path} (from ${s.url}), which is missing`, `run \`spectro-pack deps ${display || '.'}\` or package with --fetch-deps to download and verify it`);
    }
  }
  return sources;
}

/**
 * Vendors the declared files: a file already present with the pinned digest is kept; otherwise it
 * comes from the cache (by sha256) or is downloaded with undici, verified against the pin, cached
 * and written to its path (atomically). A digest mismatch writes nothing. Plain http URLs are
 * allowed (the digest protects the content) but reported in `warnings`.
 */
export async function vendorSources(dir: string, opts: SourceOptions = {}): Promise<{ sources: VendoredSource[]; warnings: string[] }> {
  const declared = readSources(dir, opts.display);
  const sources: VendoredSource[] = [];
  const warnings: string[] = [];
  for (const s of declared) {
    if (s.url.startsWith('http://')) warnings.push(`${shown(opts.display, SOURCES_FILE)}: ${s.url} is plain http; the sha256 pin still protects the content, but prefer https`);
    if (presentDigest(dir, s, opts.display) !== undefined) {
      sources.push({ ...s, status: 'present' });
      continue;
    }
    const cached = sourceCachePath(s.sha256, opts.env);
    let bytes: Buffer | undefined;
    let status: VendoredSource['status'] = 'cached';
    if (existsSync(cached)) {
      const b = readFileSync(cached);
      if (sha256(b) === s.sha256) bytes = b;
    }
    if (!bytes) {
      const b = await fetchBytes(s.url, opts);
      const got = sha256(b);
      if (got !== s.sha256) {
        throw runtimeError(s.url, `digest mismatch for ${s.path}: ${SOURCES_FILE} pins sha256:${s.sha256}, the download is sha256:${got}`, `nothing was written; if upstream really changed, check the new file and update sha256 in ${SOURCES_FILE}`);
      }
      mkdirSync(dirname(cached), { recursive: true });
      await writeAtomically(cached, (tmp) => writeFile(tmp, b, { flag: 'wx' }));
      bytes = b;
      status = 'downloaded';
    }
    const target = join(dir, ...s.path.split('/'));
    mkdirSync(dirname(target), { recursive: true });
    await writeAtomically(target, (tmp) => writeFile(tmp, bytes, { flag: 'wx' }));
    sources.push({ ...s, status });
  }
  return { sources, warnings };
}
