import { parse as parseYaml } from 'yaml';
import { runtimeError } from '../core/errors.js';
import type { Path } from '../diagnostics/diagnostic.js';
import { configFromCrs } from '../metallb/build/from-crs.js';
import type { Version } from '../metallb/version.js';
import { isPlainObject } from '../values/layers.js';
import { SourceFile } from '../values/source-file.js';
import { renderConfigMapFile, renderObjectFiles } from './files.js';
import { LEGACY_CONFIGMAP_NAME, normaliseLegacyConfig } from './legacy-config.js';
import { substituteMacros, type LocatedMacroEvent, type MacroEvent, type MacroValues } from './macros.js';
import { toRenderObjects } from './objects.js';
import { toYamlText } from './yaml-emit.js';

/**
 * MetalLB CR files (re-rendered normalised) and the legacy ConfigMap, with macros substituted.
 */

/** A ConfigMap document with a `data.config` string: the legacy MetalLB configuration. */
export function isConfigMapDoc(d: unknown): boolean {
  return isPlainObject(d) && d['kind'] === 'ConfigMap' && isPlainObject(d['data']) && typeof d['data']['config'] === 'string';
}


/** CR documents → one normalised object per MetalLB resource (Secrets, Nodes and others are not rendered). */
export function renderCrFile(src: SourceFile, version: Version, macros: MacroValues, events: LocatedMacroEvent[]): Map<string, string> {
  const docs = Array.from({ length: src.documentCount }, (_, i) => {
    const evs: MacroEvent[] = [];
    const v = substituteMacros(src.value(i), macros, evs);
    for (const event of evs) events.push({ event, loc: { file: src.file, document: i, path: event.path } });
    return v;
  });
  const substituted = SourceFile.parse(src.file, docs.map((d) => toYamlText(d ?? null)).join('---\n'));
  const { config } = configFromCrs(substituted, version);
  return renderObjectFiles(toRenderObjects(config.objects, version, config.namespace));
}

/** The legacy ConfigMap → the same ConfigMap with only the keys the target version knows. */
export function renderConfigMap(src: SourceFile, version: Version, macros: MacroValues, events: LocatedMacroEvent[]): Map<string, string> {
  const docIndex = Array.from({ length: src.documentCount }, (_, i) => src.value(i)).findIndex(isConfigMapDoc);
  const doc = src.value(docIndex) as Record<string, unknown>;
  const meta = isPlainObject(doc['metadata']) ? doc['metadata'] : {};
  const name = typeof meta['name'] === 'string' ? meta['name'] : LEGACY_CONFIGMAP_NAME;
  const namespace = typeof meta['namespace'] === 'string' ? meta['namespace'] : 'metallb-system';
  const dataPath: Path = ['data', 'config'];
  src.embed(docIndex, dataPath); // positions inside the block scalar, for macro findings
  let inner: unknown;
  try {
    inner = parseYaml((doc['data'] as Record<string, string>)['config']!);
  } catch (e) {
    throw runtimeError(src.file, `data.config is not valid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  const evs: MacroEvent[] = [];
  const substituted = substituteMacros(inner, macros, evs);
  for (const event of evs) events.push({ event, loc: { file: src.file, document: docIndex, path: [...dataPath, ...event.path] } });
  return renderConfigMapFile(name, namespace, normaliseLegacyConfig(substituted, version));
}
