import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectTree } from '../archive/collect.js';
import { comparePaths, type ArchiveEntry } from '../archive/entry.js';
import { BUILTIN_EXCLUDES, IgnoreMatcher } from '../archive/ignore.js';
import { writeTarGz, type WrittenArchive } from '../archive/write.js';
import { readChartYaml, type ChartMeta } from './chart-yaml.js';

export interface PackagedChart extends WrittenArchive {
  chart: ChartMeta;
  /** `<name>-<version>.tgz` */
  fileName: string;
}

/**
 * `helm package` done reproducibly: `<name>-<version>.tgz` holding `<name>/Chart.yaml` first, then
 * the rest of the chart folder under `<name>/` in byte order (files only, like helm), honouring
 * .helmignore plus the built-in excludes. Modes 0644/0755, uid/gid 0, fixed mtime (see archive/).
 * Subcharts already vendored under `charts/` (folders or .tgz) are carried as they are.
 */
export async function packageChart(chartDir: string, outFile: (meta: ChartMeta) => string, opts: { display?: string; mtime?: Date } = {}): Promise<PackagedChart> {
  const display = opts.display ?? chartDir;
  const chart = readChartYaml(chartDir, display);
  const ignore = new IgnoreMatcher(BUILTIN_EXCLUDES);
  const helmignore = join(chartDir, '.helmignore');
  if (existsSync(helmignore)) ignore.add(readFileSync(helmignore, 'utf8'));
  const files = collectTree(chartDir, { prefix: chart.name, ignore, display, what: 'the chart', ignoreFile: '.helmignore' }).filter((e) => e.type === 'file');
  const first = `${chart.name}/Chart.yaml`;
  const ordered: ArchiveEntry[] = [
    ...files.filter((e) => e.path === first),
    ...files.filter((e) => e.path !== first).sort((a, b) => comparePaths(a.path, b.path)),
  ];
  const fileName = `${chart.name}-${chart.version}.tgz`;
  const written = await writeTarGz(outFile(chart), ordered, { order: 'given', mtime: opts.mtime });
  return { ...written, chart, fileName };
}
