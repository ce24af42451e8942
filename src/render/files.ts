import type { RenderObject } from './objects.js';
import { uniqueFileNames } from './objects.js';
import { renderTemplate } from './templates.js';
import { toYamlText } from './yaml-emit.js';

/** One file per object, `<kind>-<name>.yaml`, in the order given (already sorted). */
export function renderObjectFiles(objects: readonly RenderObject[]): Map<string, string> {
  const names = uniqueFileNames(objects);
  const files = new Map<string, string>();
  objects.forEach((o, i) => {
    files.set(names[i]!, renderTemplate(`crs/${o.kind.toLowerCase()}.yaml.hbs`, o));
  });
  return files;
}

/** The legacy ConfigMap `config` (MetalLB ≤ 0.12) holding `config` as its `config` key. */
export function renderConfigMapFile(name: string, namespace: string, config: Record<string, unknown>): Map<string, string> {
  const text = renderTemplate('configmap/config.yaml.hbs', { name, namespace, config: toYamlText(config) });
  return new Map([[`configmap-${name}.yaml`.replace(/[^A-Za-z0-9._-]/g, '_'), text]]);
}

/** The files as one multi-document YAML stream, each document opened by `---`, in map order. */
export function joinDocuments(files: ReadonlyMap<string, string>): string {
  let out = '';
  for (const text of files.values()) out += `---\n${text.endsWith('\n') ? text : `${text}\n`}`;
  return out;
}
