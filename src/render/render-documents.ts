import { parse as parseYaml } from 'yaml';
import { runtimeError } from '../core/errors.js';
import type { Path } from '../diagnostics/diagnostic.js';
import { configFromCrs } from '../metallb/build/from-crs.js';
import type { Version } from '../metallb/version.js';
import { isPlainObject } from '../values/layers.js';
import type { SourceFile } from '../values/source-file.js';
import { renderConfigMapFile, renderObjectFiles } from './files.js';
import { LEGACY_CONFIGMAP_NAME, normaliseLegacyConfig } from './legacy-config.js';
import { mayHoldMacros, substituteMacros, type LocatedMacroEvent, type MacroEvent, type MacroValues } from './macros.js';
import { toRenderObjects } from './objects.js';

/**
 * MetalLB CR files (re-rendered normalised) and the legacy ConfigMap, with macros substituted.
 */

/** A ConfigMap document with a `data.config` string: the legacy MetalLB configuration. */
export function isConfigMapDoc(d: unknown): boolean {
  return isPlainObject(d) && d['kind'] === 'ConfigMap' && isPlainObject(d['data']) && typeof d['data']['config'] === 'string';
}


/**
 * CR documents → one normalised object per MetalLB resource (Secrets, Nodes and others are not rendered).
 * The model is built from the substituted documents directly: configFromCrs reads only the file
 * name and each document's value, and the values are plain data (what YAML text would give back).
 */
export function renderCrFile(src: SourceFile, version: Version, macros: MacroValues, events: LocatedMacroEvent[]): Map<string, string> {
  const docs = Array.from({ length: src.documentCount }, (_, i) => {
    const doc = src.value(i);
    if (!mayHoldMacros(doc)) return doc ?? null; // nothing to substitute, and nothing below changes the values
    const evs: MacroEvent[] = [];
    const v = substituteMacros(doc, macros, evs);
    for (const event of evs) events.push({ event, loc: { file: src.file, document: i, path: event.path } });
    return v ?? null;
  });
  const substituted: Pick<SourceFile, 'file' | 'documentCount' | 'value'> = { file: src.file, documentCount: docs.length, value: (i = 0) => docs[i] };
  const { config } = configFromCrs(substituted as SourceFile, version);
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
