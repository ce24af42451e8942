import { join } from 'node:path';
import { Document } from 'yaml';
import type { Path } from '../diagnostics/diagnostic.js';
import type { Finding } from '../diagnostics/finding.js';
import { configFromHelmValues } from '../metallb/build/from-helm.js';
import { MANIFEST_PATH, configFromManifestValues } from '../metallb/build/from-manifest.js';
import { atLeastVersion, type Version } from '../metallb/version.js';
import { displayJoin, type LoadedPack } from '../pack/load.js';
import type { PackKind } from '../pack/pack-kind.js';
import { LayeredValues, isPlainObject } from '../values/layers.js';
import { readTextFile } from '../values/read-text.js';
import { SourceFile } from '../values/source-file.js';
import { renderConfigMapFile, renderObjectFiles } from './files.js';
import { mergeChartValues, type ValuesLayer } from './helm-values.js';
import { LEGACY_CONFIGMAP_NAME, legacyFromManifest } from './legacy-config.js';
import { substituteMacros, type LocatedMacroEvent, type MacroEvent, type MacroValues } from './macros.js';
import { toRenderObjects } from './objects.js';
import { findVendoredSubchart, readSubchartDefaults } from './subchart-defaults.js';
import type { RenderTarget } from './targets.js';

/** Pack values (lb-metallb, lb-metallb-helm) → CRs, the legacy ConfigMap or the chart's values. */

const CHART = 'metallb-full';
/** the upstream chart metallb-full depends on; its values sit under this key */
const SUBCHART = 'metallb';
const CHART_PATH: Path = ['charts', CHART];

function get(v: unknown, path: Path): unknown {
  let cur = v;
  for (const p of path) {
    if (Array.isArray(cur) && typeof p === 'number') cur = cur[p];
    else if (isPlainObject(cur) && Object.prototype.hasOwnProperty.call(cur, String(p))) cur = cur[String(p)];
    else return undefined;
  }
  return cur;
}

/**
 * Merged pack values → files for `target`: the helm pack's configuration objects or chart values,
 * the manifest pack's pool and L2Advertisement (0.13+) or ConfigMap (≤ 0.12). Macros are
 * substituted first; `sources` gains the chart's defaults file when it is read.
 */
export function renderValues(
  pack: LoadedPack | undefined,
  packKind: PackKind,
  sources: SourceFile[],
  target: RenderTarget,
  version: Version,
  macros: MacroValues,
  events: LocatedMacroEvent[],
  findings: Finding[],
): Map<string, string> {
  const layered = new LayeredValues(sources);
  const locate = (p: Path) => layered.locate(p);
  const packNs = get(layered.value, ['pack', 'namespace']);
  const namespace = typeof packNs === 'string' && packNs ? packNs : 'metallb-system';
  if (target === 'helm-values') return renderHelmValues(pack, sources, layered, macros, events, findings);
  const evs: MacroEvent[] = [];
  const values = substituteMacros(layered.value, macros, evs);
  for (const event of evs) events.push({ event, loc: locate(event.path) });
  if (packKind === 'lb-metallb-helm') {
    const config = configFromHelmValues(values, locate, namespace);
    return renderObjectFiles(toRenderObjects(config.objects, version, namespace));
  }
  const ns = get(values, [...MANIFEST_PATH, 'namespace']);
  const manifestNs = typeof ns === 'string' && ns ? ns : namespace;
  const config = configFromManifestValues(values, locate);
  const pool = config.objects.find((o) => o.kind === 'IPAddressPool');
  if (target === 'configmap') return renderConfigMapFile(LEGACY_CONFIGMAP_NAME, manifestNs, legacyFromManifest(pool?.spec ?? {}, version));
  if (pool && pool.spec['avoidBuggyIPs'] !== undefined && !atLeastVersion(version, '0.13.4')) {
    const { avoidBuggyIPs: _dropped, ...rest } = pool.spec;
    pool.spec = rest;
    findings.push({
      code: 'render/dropped-field',
      severity: 'warning',
      message: `avoidBuggyIps is not rendered: IPAddressPool.avoidBuggyIPs exists from MetalLB 0.13.4, the target is ${version.raw}`,
      loc: locate([...MANIFEST_PATH, 'avoidBuggyIps']),
    });
  }
  return renderObjectFiles(toRenderObjects(config.objects.map((o) => ({ ...o, namespace: manifestNs })), version, manifestNs));
}

function renderHelmValues(
  pack: LoadedPack | undefined,
  sources: SourceFile[],
  layered: LayeredValues,
  macros: MacroValues,
  events: LocatedMacroEvent[],
  findings: Finding[],
): Map<string, string> {
  const layers: ValuesLayer[] = [];
  let defaultsFile: string | undefined;
  const rel = `charts/${CHART}/values.yaml`;
  // the upstream chart's defaults, when `spectro-pack deps` has vendored it (Helm coalesces them under `metallb:`)
  const archive = pack ? findVendoredSubchart(pack, `charts/${CHART}`, SUBCHART) : undefined;
  const subcharts = pack && archive ? [{ key: SUBCHART, doc: readSubchartDefaults(pack, archive, SUBCHART).doc }] : undefined;
  if (pack?.files.has(rel)) {
    defaultsFile = displayJoin(pack.display, rel);
    const src = SourceFile.parse(defaultsFile, readTextFile(join(pack.dir, rel), defaultsFile, { allowEmpty: true }));
    layers.push({ doc: src.docs[0] ?? new Document(null), at: [], subcharts });
    sources.push(src);
  } else if (subcharts) {
    layers.push({ doc: new Document(null), at: [], subcharts });
  }
  if (!subcharts) {
    const how = pack
      ? `run \`spectro-pack deps ${pack.display}\` to vendor charts/${CHART}/charts/${SUBCHART}-<version>.tgz, then render again`
      : `render the pack directory after \`spectro-pack deps PACK\` has vendored charts/${CHART}/charts/${SUBCHART}-<version>.tgz`;
    findings.push({
      code: 'render/subchart-defaults-missing',
      severity: 'info',
      message: `the upstream ${SUBCHART} chart's default values are not merged under \`${SUBCHART}:\` (its archive is not vendored): only the pack's curated subset is rendered; ${how}`,
      loc: defaultsFile ? { file: defaultsFile, path: [SUBCHART] } : layered.locate([...CHART_PATH, SUBCHART]),
    });
  }
  for (const s of sources) if (s.file !== defaultsFile && s.docs[0]) layers.push({ doc: s.docs[0], at: CHART_PATH });
  const evs: MacroEvent[] = [];
  const text = mergeChartValues(layers, macros, evs);
  for (const event of evs) {
    const full = [...CHART_PATH, ...event.path];
    const loc = layered.locate(full);
    const inValues = get(sources.find((s) => s.file === loc.file)?.value(0), full) !== undefined;
    events.push({ event, loc: inValues || !defaultsFile ? loc : { file: defaultsFile, path: event.path } });
  }
  return new Map([['values.yaml', text]]);
}
