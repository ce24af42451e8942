import { join } from 'node:path';
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
import type { RenderTarget } from './targets.js';

/** Pack values (lb-metallb, lb-metallb-helm) → CRs, the legacy ConfigMap or the chart's values. */

const CHART = 'metallb-full';
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
  if (target === 'helm-values') return renderHelmValues(pack, sources, layered, macros, events);
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
): Map<string, string> {
  const layers: ValuesLayer[] = [];
  let defaultsFile: string | undefined;
  const rel = `charts/${CHART}/values.yaml`;
  if (pack?.files.has(rel)) {
    defaultsFile = displayJoin(pack.display, rel);
    const src = SourceFile.parse(defaultsFile, readTextFile(join(pack.dir, rel), defaultsFile, { allowEmpty: true }));
    if (src.docs[0]) layers.push({ doc: src.docs[0], at: [] });
    sources.push(src);
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
