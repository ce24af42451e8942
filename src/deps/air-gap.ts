import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../diagnostics/finding.js';
import { isPlainObject, mergeValues } from '../values/layers.js';
import { readChartScope, readPackagedChart, type ChartScope } from './chart-values.js';
import { chartImages, manifestImages, manifestValueImages, normaliseImage, type FoundImage } from './images.js';

export interface AirGapInput {
  /** absolute pack directory */
  dir: string;
  /** display prefix of the pack's files ('' or 'packs/x') */
  display: string;
  /** the pack's values (values.yaml, already merged with any layers) */
  values: unknown;
  /** display path of values.yaml (findings point at pack.content.images in it) */
  valuesFile: string;
  /** chart folders in source form, relative ('charts/metallb-full') */
  chartDirs: string[];
}

export interface AirGapResult {
  findings: Finding[];
  /** every image found, deduplicated, in order of discovery */
  images: FoundImage[];
  /** chart scopes read (source folders and packaged charts), by relative path */
  charts: Map<string, ChartScope>;
}

const show = (display: string, rel: string) => (display ? `${display.replace(/\/+$/, '')}/${rel}` : rel);

/**
 * Air-gap check: each image the pack deploys must be listed in `pack.content.images`, or Palette
 * will not mirror it. Helm packs: images of each chart's defaults merged with `charts.<name>` of
 * the pack values (vendored subcharts included); manifest packs: `image:` fields of manifests/*.yaml
 * and `manifests.*.images`. A chart dependency that is not vendored is reported (its images and the
 * chart itself would be missing at install time).
 */
export async function checkAirGap(input: AirGapInput): Promise<AirGapResult> {
  const found: FoundImage[] = [];
  const findings: Finding[] = [];
  const charts = new Map<string, ChartScope>();
  const chartValues = isPlainObject(input.values) && isPlainObject(input.values['charts']) ? input.values['charts'] : {};
  const packaged = existsSync(join(input.dir, 'charts')) ? readdirSync(join(input.dir, 'charts')).filter((n) => n.endsWith('.tgz')).sort().map((n) => `charts/${n}`) : [];
  for (const rel of [...input.chartDirs, ...packaged]) {
    const abs = join(input.dir, rel);
    const scope = rel.endsWith('.tgz') ? await readPackagedChart(abs, show(input.display, rel)) : await readChartScope(abs, show(input.display, rel));
    charts.set(rel, scope);
    const merged = mergeValues(scope.values, chartValues[scope.meta.name] ?? {});
    found.push(...chartImages(scope, merged, `charts.${scope.meta.name}`));
    scope.meta.dependencies.forEach((dep, i) => {
      if (!scope.missing.includes(dep.name)) return;
      findings.push({
        code: 'pack/chart-dependency-missing',
        severity: 'error',
        message: `chart dependency "${dep.name}" (${dep.version}${dep.repository ? ` from ${dep.repository}` : ''}) is not vendored under ${rel}/charts/; the packaged chart would not install. Run \`spectro-pack deps ${input.display || '.'}\` or package with --fetch-deps`,
        loc: { file: show(input.display, `${rel}/Chart.yaml`), path: ['dependencies', i] },
      });
    });
  }
  const manifestsDir = join(input.dir, 'manifests');
  if (existsSync(manifestsDir)) {
    for (const name of readdirSync(manifestsDir).filter((n) => /\.ya?ml$/.test(n)).sort()) {
      found.push(...manifestImages(readFileSync(join(manifestsDir, name), 'utf8'), show(input.display, `manifests/${name}`)));
    }
  }
  found.push(...manifestValueImages(input.values));
  const listed = new Set(listedImages(input.values).map(normaliseImage));
  const seen = new Set<string>();
  const images: FoundImage[] = [];
  for (const f of found) {
    const key = normaliseImage(f.image);
    if (seen.has(key)) continue;
    seen.add(key);
    images.push(f);
    if (listed.has(key)) continue;
    findings.push({
      code: 'pack/image-not-listed',
      severity: 'error',
      message: `image \`${f.image}\` (from ${f.from}) is not in pack.content.images; add \`- image: ${f.image}\` so air-gapped installs mirror it`,
      loc: { file: input.valuesFile, path: ['pack', 'content', 'images'] },
    });
  }
  return { findings, images, charts };
}

export function listedImages(values: unknown): string[] {
  const pack = isPlainObject(values) ? values['pack'] : undefined;
  const content = isPlainObject(pack) ? pack['content'] : undefined;
  const images = isPlainObject(content) ? content['images'] : undefined;
  if (!Array.isArray(images)) return [];
  return images.map((e) => (isPlainObject(e) && typeof e['image'] === 'string' ? e['image'] : typeof e === 'string' ? e : '')).filter(Boolean);
}
