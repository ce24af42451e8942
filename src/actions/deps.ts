import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runtimeError } from '../core/errors.js';
import { vendorSources, type VendoredSource } from '../deps/sources.js';
import { vendorChartDependencies, type VendoredDependency, type VendorOptions } from '../deps/vendor.js';

export interface DepsResult {
  target: string;
  charts: { chart: string; dependencies: VendoredDependency[] }[];
  /** upstream files declared in the pack's sources.yaml (manifest packs) */
  sources: VendoredSource[];
  /** plain-http repositories or URLs, offline fallbacks: the CLI prints them as warnings */
  warnings: string[];
}

/**
 * Vendors the chart dependencies of a pack (each chart folder under charts/ with a Chart.yaml) or
 * of a single chart folder, and the upstream files its sources.yaml declares. Network: the
 * repositories named in Chart.yaml and the URLs of sources.yaml; the cache makes re-runs work
 * offline. Never prints.
 */
export async function vendorPackDependencies(path: string, opts: VendorOptions & { cwd?: string } = {}): Promise<DepsResult> {
  const dir = resolve(opts.cwd ?? process.cwd(), path);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw runtimeError(path, 'is not a directory');
  const display = path.replace(/\/+$/, '') || '.';
  const chartDirs = existsSync(join(dir, 'Chart.yaml'))
    ? ['']
    : existsSync(join(dir, 'charts'))
      ? readdirSync(join(dir, 'charts'))
          .sort()
          .filter((n) => existsSync(join(dir, 'charts', n, 'Chart.yaml')))
          .map((n) => `charts/${n}`)
      : [];
  const warnings: string[] = opts.warnings ?? [];
  const result: DepsResult = { target: path, charts: [], sources: [], warnings };
  for (const rel of chartDirs) {
    const shown = rel ? `${display}/${rel}` : display;
    result.charts.push({ chart: shown, dependencies: await vendorChartDependencies(join(dir, rel), { ...opts, display: shown, warnings }) });
  }
  const s = await vendorSources(dir, { ...opts, display });
  result.sources = s.sources;
  warnings.push(...s.warnings);
  return result;
}
