import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runtimeError } from '../core/errors.js';
import { vendorChartDependencies, type VendoredDependency, type VendorOptions } from '../deps/vendor.js';

export interface DepsResult {
  target: string;
  charts: { chart: string; dependencies: VendoredDependency[] }[];
}

/**
 * Vendors the chart dependencies of a pack (each chart folder under charts/ with a Chart.yaml) or
 * of a single chart folder. Network: the repositories named in Chart.yaml. Never prints.
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
  const result: DepsResult = { target: path, charts: [] };
  for (const rel of chartDirs) {
    const shown = rel ? `${display}/${rel}` : display;
    result.charts.push({ chart: shown, dependencies: await vendorChartDependencies(join(dir, rel), { ...opts, display: shown }) });
  }
  return result;
}
