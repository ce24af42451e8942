import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { writeAtomically } from '../archive/atomic.js';
import { runtimeError, type SpectroPackError } from '../core/errors.js';
import { chartCachePath, indexCachePath } from './cache.js';
import { packageChart } from './chart-package.js';
import { readChartYaml, type ChartDependency } from './chart-yaml.js';
import { fetchBytes, isNetworkFailure, type FetchOptions } from './http.js';
import { parseRepoIndex, repoBase, type RepoIndex } from './repo-index.js';
import { maxSatisfying, parseRange, parseSemVer, satisfies } from './semver.js';

export interface VendorOptions extends FetchOptions {
  display?: string;
  /** environment for the cache folder (XDG_CACHE_HOME, HOME) */
  env?: NodeJS.ProcessEnv;
  /** collects what the user should hear about (plain-http repositories, offline fallbacks) */
  warnings?: string[];
}

export interface VendoredDependency {
  name: string;
  version: string;
  /** charts/<name>-<version>.tgz, relative to the chart folder */
  file: string;
  source: string;
  sha256: string;
  status: 'present' | 'downloaded' | 'cached' | 'packaged';
  /** the repository was unreachable: resolved from the cached index.yaml, chart from the cache */
  offline?: boolean;
}

interface LoadedIndex {
  index: RepoIndex;
  offline: boolean;
}

/**
 * A repository's index.yaml: fetched, then kept in the cache (one file per repository URL). When the
 * network fails (connection refused, DNS, timeout, 5xx) and a cached copy exists, the cached index
 * is used and a warning says so; wrong answers (404, invalid YAML) are never papered over.
 */
async function loadIndex(repo: string, opts: VendorOptions): Promise<LoadedIndex> {
  const url = new URL('index.yaml', repoBase(repo)).toString();
  const cached = indexCachePath(repo, opts.env);
  let text: string;
  try {
    text = (await fetchBytes(url, { ...opts, maxBytes: 64 * 1024 * 1024 })).toString('utf8');
  } catch (e) {
    if (!isNetworkFailure(e)) throw e;
    if (!existsSync(cached)) {
      const err = e as SpectroPackError;
      throw runtimeError(err.where ?? url, err.message, `${err.hint ? `${err.hint}; ` : ''}no cached copy of this index for offline use (run deps once online)`, e);
    }
    const index = parseRepoIndex(readFileSync(cached, 'utf8'), url);
    const when = statSync(cached).mtime.toISOString().replace(/\.\d+Z$/, 'Z');
    opts.warnings?.push(`${url}: ${(e as Error).message}; working offline from the index cached at ${when}`);
    return { index, offline: true };
  }
  const index = parseRepoIndex(text, url);
  mkdirSync(dirname(cached), { recursive: true });
  await writeAtomically(cached, (tmp) => writeFile(tmp, text, { flag: 'wx' }));
  return { index, offline: false };
}

/**
 * `helm dependency build` for one chart folder: each Chart.yaml dependency not yet under charts/
 * is resolved (Chart.lock's version when there is one, else the highest version of the index that
 * satisfies the range), downloaded, checked against the index's sha256 digest, cached under the
 * user cache folder, and written to charts/<name>-<version>.tgz. The index is cached per repository
 * URL too: offline, the cached index and the cached chart (by digest) do the job, with a warning. `file://` dependencies are packaged
 * from their folder. Nothing is written for a dependency that fails.
 */
export async function vendorChartDependencies(chartDir: string, opts: VendorOptions = {}): Promise<VendoredDependency[]> {
  const display = opts.display ?? chartDir;
  const meta = readChartYaml(chartDir, display);
  const chartsDir = join(chartDir, 'charts');
  const locked = readLock(chartDir);
  const indexes = new Map<string, Promise<LoadedIndex>>();
  const out: VendoredDependency[] = [];
  for (const dep of meta.dependencies) {
    const where = `${display}/Chart.yaml (dependency ${dep.name})`;
    const wanted = locked.get(dep.name) ?? dep.version;
    const range = parseRange(wanted);
    if (!range) throw runtimeError(where, `version "${wanted}" is not a semver range spectro-pack understands`, 'use an exact version, ^, ~, >=/<, or an x-range');
    const present = vendoredVersion(chartsDir, dep.name);
    if (present) {
      const pv = parseSemVer(present.version);
      if (pv && satisfies(pv, range)) {
        out.push({ name: dep.name, version: present.version, file: `charts/${present.file}`, source: 'charts/', sha256: '', status: 'present' });
        continue;
      }
      throw runtimeError(`${display}/charts/${present.file}`, `holds ${dep.name} ${present.version}, which does not satisfy "${wanted}"`, 'remove it and run deps again');
    }
    const repo = dep.repository ?? '';
    if (repo.startsWith('file://')) {
      out.push(await fromFolder(chartDir, chartsDir, dep, repo, range, where));
      continue;
    }
    if (!/^https?:\/\//.test(repo)) {
      throw runtimeError(where, repo ? `repository "${repo}" is not supported (http, https or file:// only)` : 'has no repository', 'give the repository URL in Chart.yaml, e.g. https://metallb.github.io/metallb');
    }
    if (!indexes.has(repo)) {
      if (repo.startsWith('http://')) opts.warnings?.push(`${where}: repository ${repo} is plain http; downloads are checked against the index's digests, but the index itself is not protected in transit (prefer https)`);
      indexes.set(repo, loadIndex(repo, opts));
    }
    const { index, offline } = await indexes.get(repo)!;
    const versions = index.get(dep.name) ?? [];
    if (!versions.length) throw runtimeError(where, `chart "${dep.name}" is not in ${repo}/index.yaml`);
    const version = maxSatisfying(versions.map((v) => v.version), wanted);
    if (!version) throw runtimeError(where, `no version of ${dep.name} in ${repo} satisfies "${wanted}" (has ${versions.map((v) => v.version).slice(0, 8).join(', ')})`);
    const entry = versions.find((v) => v.version === version)!;
    if (!entry.urls.length) throw runtimeError(where, `${repo}/index.yaml gives no download URL for ${dep.name} ${version}`);
    if (!entry.digest) throw runtimeError(where, `${repo}/index.yaml gives no digest for ${dep.name} ${version}; the download cannot be verified`);
    const fileName = `${dep.name}-${version}.tgz`;
    const cached = chartCachePath(entry.digest, fileName, opts.env);
    let bytes: Buffer;
    let status: VendoredDependency['status'] = 'cached';
    if (existsSync(cached) && sha256(readFileSync(cached)) === entry.digest) {
      bytes = readFileSync(cached);
    } else if (offline) {
      throw runtimeError(where, `${repo} is unreachable and ${dep.name} ${version} (sha256:${entry.digest}) is not in the cache`, 'connect to the network once and run deps again');
    } else {
      bytes = await fetchBytes(entry.urls[0]!, opts);
      const got = sha256(bytes);
      if (got !== entry.digest) throw runtimeError(entry.urls[0]!, `digest mismatch for ${dep.name} ${version}: the index says sha256:${entry.digest}, the download is sha256:${got}`, 'the repository or a proxy serves altered content; nothing was written');
      mkdirSync(dirname(cached), { recursive: true });
      await writeAtomically(cached, (tmp) => writeFile(tmp, bytes, { flag: 'wx' }));
      status = 'downloaded';
    }
    mkdirSync(chartsDir, { recursive: true });
    await writeAtomically(join(chartsDir, fileName), (tmp) => writeFile(tmp, bytes, { flag: 'wx' }));
    out.push({ name: dep.name, version, file: `charts/${fileName}`, source: entry.urls[0]!, sha256: entry.digest, status, ...(offline ? { offline: true } : {}) });
  }
  return out;
}

async function fromFolder(chartDir: string, chartsDir: string, dep: ChartDependency, repo: string, range: NonNullable<ReturnType<typeof parseRange>>, where: string): Promise<VendoredDependency> {
  const rel = repo.slice('file://'.length);
  const src = isAbsolute(rel) ? rel : resolve(chartDir, rel);
  const sub = readChartYaml(src, rel);
  const sv = parseSemVer(sub.version);
  if (sub.name !== dep.name) throw runtimeError(where, `${repo} holds chart "${sub.name}", not "${dep.name}"`);
  if (!sv || !satisfies(sv, range)) throw runtimeError(where, `${repo} holds ${dep.name} ${sub.version}, which does not satisfy "${dep.version}"`);
  mkdirSync(chartsDir, { recursive: true });
  const built = await packageChart(src, (m) => join(chartsDir, `${m.name}-${m.version}.tgz`), { display: rel });
  return { name: dep.name, version: sub.version, file: `charts/${built.fileName}`, source: repo, sha256: built.sha256, status: 'packaged' };
}

function vendoredVersion(chartsDir: string, name: string): { file: string; version: string } | undefined {
  if (!existsSync(chartsDir)) return undefined;
  for (const f of readdirSync(chartsDir).sort()) {
    const m = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-(v?\\d+\\.\\d+\\.\\d+[^/]*)\\.tgz$`).exec(f);
    if (m) return { file: f, version: m[1]! };
    if (f === name && existsSync(join(chartsDir, f, 'Chart.yaml'))) return { file: f, version: readChartYaml(join(chartsDir, f)).version };
  }
  return undefined;
}

function readLock(chartDir: string): Map<string, string> {
  const out = new Map<string, string>();
  const file = join(chartDir, 'Chart.lock');
  if (!existsSync(file)) return out;
  const doc = parse(readFileSync(file, 'utf8')) as { dependencies?: { name?: string; version?: string }[] } | null;
  for (const d of doc?.dependencies ?? []) if (d?.name && d.version) out.set(d.name, String(d.version));
  return out;
}

function sha256(b: Buffer): string {
  return createHash('sha256').update(b).digest('hex');
}

