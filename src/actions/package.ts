import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix, relative, resolve, sep } from 'node:path';
import { collectTree, DEFAULT_MAX_FILE_SIZE } from '../archive/collect.js';
import type { ArchiveEntry } from '../archive/entry.js';
import { BUILTIN_EXCLUDES, IgnoreMatcher } from '../archive/ignore.js';
import { archiveMtime } from '../archive/mtime.js';
import { writeTarGz } from '../archive/write.js';
import { runtimeError, usageError } from '../core/errors.js';
import { compareDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { checkAirGap } from '../deps/air-gap.js';
import { packageChart } from '../deps/chart-package.js';
import { checkSources, SOURCES_FILE } from '../deps/sources.js';
import { displayJoin, loadPack } from '../pack/load.js';
import { resolveFindings } from '../values/resolve.js';
import { SourceFile } from '../values/source-file.js';
import { validatePaths } from './validate.js';

export interface PackageOptions {
  /** folder the archive is written to (default: the current directory) */
  outDir?: string;
  cwd?: string;
  /** vendor missing chart dependencies first (network; see deps) */
  fetchDeps?: boolean;
  /** refuse files larger than this (default 256 MiB) */
  maxFileSize?: number;
  /** entry mtime (default SOURCE_DATE_EPOCH or 1970-01-01) */
  mtime?: Date;
}

export interface PackageResult {
  target: string;
  /** false when validation or the air-gap check found errors; nothing was written */
  ok: boolean;
  diagnostics: Diagnostic[];
  name?: string;
  version?: string;
  archive?: { path: string; size: number; sha256: string; entries: number };
  /** charts built from source folders: charts/<dir> → charts/<name>-<version>.tgz */
  builtCharts: { from: string; to: string; sha256: string }[];
  /** images the pack deploys (air-gap check) */
  images: string[];
  /** what was changed on the way (pack.json charts[]/kubeManifests[] completed) */
  notes: string[];
}

/** Validates a pack directory and writes NAME-VERSION.tar.gz (single top folder NAME-VERSION/). Never prints. */
export async function packagePack(path: string, opts: PackageOptions = {}): Promise<PackageResult> {
  const cwd = opts.cwd ?? process.cwd();
  const dir = resolve(cwd, path);
  if (!existsSync(dir)) throw runtimeError(path, 'no such file or directory');
  if (!statSync(dir).isDirectory()) throw usageError(`${path} is not a pack directory`, 'pass the folder holding pack.json');
  const display = path === '.' ? '' : path.replace(/\/+$/, '');
  const result: PackageResult = { target: path, ok: false, diagnostics: [], builtCharts: [], images: [], notes: [] };

  if (opts.fetchDeps) {
    const { vendorPackDependencies } = await import('./deps.js');
    const deps = await vendorPackDependencies(path, { cwd });
    result.notes.push(...deps.warnings);
  }
  // upstream files pinned in sources.yaml must be there (and unchanged) before anything is judged
  checkSources(dir, display || '.');
  const [validation] = validatePaths([path], { cwd });
  const pack = loadPack(dir, display || '.');
  const chartDirs = [...pack.files].map((f) => /^charts\/([^/]+)\/Chart\.yaml$/.exec(f)?.[1]).filter((d): d is string => !!d).sort().map((d) => `charts/${d}`);
  const airGap = await checkAirGap({
    dir,
    display,
    values: pack.values?.value(0) ?? {},
    valuesFile: displayJoin(display || '.', 'values.yaml'),
    chartDirs,
  });
  result.images = airGap.images.map((i) => i.image);
  const chartSources = chartDirs.map((rel) => SourceFile.parse(displayJoin(display || '.', `${rel}/Chart.yaml`), readFileSync(join(dir, rel, 'Chart.yaml'), 'utf8')));
  const extra = resolveFindings(airGap.findings, [...(pack.values ? [pack.values] : []), ...chartSources]);
  result.diagnostics = [...(validation?.diagnostics ?? []), ...extra].sort(compareDiagnostics);
  if (result.diagnostics.some((d) => d.severity === 'error')) return result;

  const pj = JSON.parse(readFileSync(join(dir, 'pack.json'), 'utf8')) as Record<string, unknown>;
  const name = String(pj['name']);
  const version = String(pj['version']);
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name) || !/^[A-Za-z0-9][A-Za-z0-9.+_-]*$/.test(version)) {
    throw runtimeError(displayJoin(display || '.', 'pack.json'), `name "${name}" and version "${version}" must be plain file-name parts`);
  }
  result.name = name;
  result.version = version;
  const top = `${name}-${version}`;
  const mtime = opts.mtime ?? archiveMtime();
  const outDir = resolve(cwd, opts.outDir ?? '.');
  mkdirSync(outDir, { recursive: true });

  const work = mkdtempSync(join(tmpdir(), 'spectro-pack-'));
  try {
    // 1. charts in source form → charts/<name>-<version>.tgz
    const built: ArchiveEntry[] = [];
    for (const rel of chartDirs) {
      const chart = await packageChart(join(dir, rel), (m) => join(work, `${m.name}-${m.version}.tgz`), { display: displayJoin(display || '.', rel), mtime });
      const to = `charts/${chart.fileName}`;
      if (pack.files.has(to)) throw runtimeError(displayJoin(display || '.', to), `exists and ${rel}/ would be packaged to the same file`, `remove one of them`);
      if (built.some((b) => b.path === `${top}/${to}`)) throw runtimeError(displayJoin(display || '.', rel), `packages to ${to}, like another chart folder`);
      built.push({ path: `${top}/${to}`, type: 'file', source: chart.path, size: chart.size });
      result.builtCharts.push({ from: rel, to, sha256: chart.sha256 });
    }
    // 2. the pack tree, minus chart sources, junk and .packignore'd files
    const ignore = new IgnoreMatcher(BUILTIN_EXCLUDES, ['/.packignore']);
    if (existsSync(join(dir, '.packignore'))) ignore.add(readFileSync(join(dir, '.packignore'), 'utf8'));
    // the archive itself (and its temporary file) when --out is inside the pack: `package .` twice stays the same
    const archivePath = join(outDir, `${top}.tar.gz`);
    const archiveRel = relative(dir, archivePath).split(sep).join('/');
    const ownTemp = (rel: string) => rel === archiveRel || (rel.startsWith(`${posix.dirname(archiveRel) === '.' ? '' : `${posix.dirname(archiveRel)}/`}.${top}.tar.gz.`) && rel.endsWith('.tmp'));
    // a previous archive of this pack (any version, anywhere in the tree) never ships inside the next one
    const previous = new RegExp(`(^|/)${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-[^/]*\\.(tar\\.gz|tgz)$`);
    const leftOut = new Set<string>();
    const skip = (rel: string, isDir: boolean) => {
      if (chartDirs.includes(rel) || ownTemp(rel) || rel === SOURCES_FILE) return true;
      if (!isDir && !rel.startsWith('charts/') && previous.test(rel)) {
        if (rel !== archiveRel) leftOut.add(rel);
        return true;
      }
      return false;
    };
    let entries = collectTree(dir, { prefix: top, ignore, skip, display: display || '.', what: 'the pack', ignoreFile: '.packignore', maxFileSize: opts.maxFileSize ?? DEFAULT_MAX_FILE_SIZE });
    if (leftOut.size) result.notes.push(`left out ${[...leftOut].sort().join(', ')}: a previous archive of ${name} is never packed`);
    const stray = entries.filter((e) => e.path.split('/').length === 2 && !(e.type === 'directory' ? LAYOUT_DIRS : LAYOUT_FILES).has(e.path.slice(top.length + 1)));
    if (stray.length) {
      result.notes.push(`outside the Palette pack layout, shipped as they are: ${stray.map((e) => e.path.slice(top.length + 1) + (e.type === 'directory' ? '/' : '')).join(', ')} (add them to .packignore to leave them out)`);
    }
    if (built.length && !entries.some((e) => e.path === `${top}/charts`)) entries.push({ path: `${top}/charts`, type: 'directory' });
    entries.push(...built);
    // 3. pack.json lists exactly what the archive holds
    entries = reconcilePackJson(pj, entries, top, displayJoin(display || '.', 'pack.json'), result.notes);
    const written = await writeTarGz(archivePath, entries, { mtime });
    result.archive = { path: written.path, size: written.size, sha256: written.sha256, entries: written.entries };
    result.ok = true;
    // "charts[] .tgz not built yet" is answered: package built it
    result.diagnostics = result.diagnostics.filter((d) => d.code !== 'pack/chart-from-source');
    return result;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** What Palette expects at the top of a pack; anything else is shipped but noted. */
const LAYOUT_FILES = new Set(['pack.json', 'values.yaml', 'README.md', 'logo.png', 'schema.yaml', 'presets.yaml']);
const LAYOUT_DIRS = new Set(['charts', 'manifests']);

/**
 * pack.json `charts[]` and `kubeManifests[]` must name files the archive holds (else: error), and
 * every chart .tgz / manifest in the archive is listed (added when missing, noted). pack.json is
 * rewritten only when something was added.
 */
function reconcilePackJson(pj: Record<string, unknown>, entries: ArchiveEntry[], top: string, where: string, notes: string[]): ArchiveEntry[] {
  const inArchive = new Set(entries.filter((e) => e.type === 'file').map((e) => e.path.slice(top.length + 1)));
  let changed = false;
  const fields: [string, RegExp][] = [
    ['charts', /^charts\/[^/]+\.tgz$/],
    ['kubeManifests', /^manifests\/[^/]+\.ya?ml$/],
  ];
  const out = { ...pj };
  for (const [field, pattern] of fields) {
    const listed = Array.isArray(pj[field]) ? (pj[field] as unknown[]).map(String) : [];
    for (const rel of listed) {
      const norm = rel.replace(/^\.\//, '');
      if (!inArchive.has(norm)) throw runtimeError(where, `${field}[] lists "${rel}" but the archive would not hold it`, field === 'charts' ? 'name the chart as helm packages it: charts/<Chart.yaml name>-<version>.tgz' : 'fix the path or add the file');
    }
    const present = [...inArchive].filter((p) => pattern.test(p)).sort();
    const missing = present.filter((p) => !listed.map((l) => l.replace(/^\.\//, '')).includes(p));
    if (missing.length) {
      out[field] = [...listed, ...missing];
      notes.push(`pack.json ${field}[] completed with ${missing.join(', ')}`);
      changed = true;
    }
  }
  if (!changed) return entries;
  const content = Buffer.from(`${JSON.stringify(out, null, 2)}\n`);
  return entries.map((e) => (e.path === `${top}/pack.json` ? { path: e.path, type: 'file', content, size: content.length } : e));
}
