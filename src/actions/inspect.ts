import { compareDiagnostics, countBySeverity, type Diagnostic, type Severity } from '../diagnostics/diagnostic.js';
import { listArchive, type ArchiveListing } from '../archive/list.js';
import { resolve } from 'node:path';
import { makeContext } from '../metallb/context.js';
import type { BgpMode } from '../metallb/model.js';
import { loadConfigSource, loadConfigText, type ConfigSource, type SourceForm } from '../convert/source.js';
import { inspectPools, type PoolReport } from '../inspect/pools.js';

export interface InspectOptions {
  metallbVersion?: string;
  bgpMode?: BgpMode;
  cwd?: string;
}

/** What `inspect` found in a configuration. Plain data; key order is the output order. */
export interface InspectResult {
  kind: 'config';
  /** the path as given */
  target: string;
  form: SourceForm;
  metallbVersion: string;
  bgpMode: BgpMode;
  pools: PoolReport[];
  summary: {
    pools: number;
    /** decimal strings; null when some pool's count is unknown (macros, invalid entries) */
    addresses: string | null;
    usable: string | null;
    /** pools no advertisement selects (those that only a macro-dependent one might select are not listed) */
    unannounced: string[];
    /** how many validate findings there are of each severity (run validate for the details) */
    findings: Record<Severity, number>;
  };
  /** the validation findings (the CLI shows errors; JSON consumers get the counts above) */
  diagnostics: Diagnostic[];
}

/** A pack archive (.tar.gz): its entries and digests. */
export interface ArchiveInspectResult {
  kind: 'archive';
  target: string;
  size: number;
  sha256: string;
  unpackedSize: number;
  entries: ArchiveListing['list'];
  /** entries safe extraction would refuse */
  problems: ArchiveListing['problems'];
}

export function isArchivePath(path: string): boolean {
  return /\.(tar\.gz|tgz)$/i.test(path);
}

/**
 * Capacity and announcement of every pool of a pack directory, values file, CR file or legacy
 * ConfigMap; for a `.tar.gz`, the archive's entries and sha256. Findings never stop it: a
 * configuration with errors (overlapping pools) is exactly what one wants to look at. Never prints.
 */
export async function inspectPath(path: string, opts: InspectOptions = {}): Promise<InspectResult | ArchiveInspectResult> {
  if (isArchivePath(path)) return inspectArchive(path, opts.cwd);
  return inspectSource(loadConfigSource(path, opts));
}

/** Like inspectPath for YAML text held in memory (tests, editors). */
export function inspectText(display: string, text: string, opts: InspectOptions = {}): InspectResult {
  return inspectSource(loadConfigText(display, text, opts));
}

async function inspectArchive(path: string, cwd = process.cwd()): Promise<ArchiveInspectResult> {
  const l = await listArchive(resolve(cwd, path));
  return { kind: 'archive', target: path, size: l.size, sha256: l.sha256, unpackedSize: l.unpackedSize, entries: l.list, problems: l.problems };
}

function sum(values: (string | null)[]): string | null {
  if (values.some((v) => v === null)) return null;
  return values.reduce((n, v) => n + BigInt(v!), 0n).toString();
}

function inspectSource(src: ConfigSource): InspectResult {
  const pools = inspectPools(makeContext(src.config, src.version, src.mode));
  const diagnostics = [...src.validation.diagnostics].sort(compareDiagnostics);
  return {
    kind: 'config',
    target: src.display,
    form: src.form,
    metallbVersion: src.version.raw,
    bgpMode: src.mode,
    pools,
    summary: {
      pools: pools.length,
      addresses: sum(pools.map((p) => p.addresses)),
      usable: sum(pools.map((p) => p.usable)),
      unannounced: pools.filter((p) => p.announcements.length === 0).map((p) => p.name),
      findings: countBySeverity(diagnostics),
    },
    diagnostics,
  };
}
