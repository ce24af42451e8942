import type { Path } from '../../diagnostics/diagnostic.js';
import { isPlainObject } from '../../values/layers.js';
import type { SourceFile } from '../../values/source-file.js';

/** One entry of presets.yaml, with the path of the entry in the file. */
export interface Preset {
  index: number;
  path: Path;
  name?: string;
  displayName?: string;
  group?: string;
  /** dotted value paths removed when the preset is chosen */
  remove: { path: string; at: Path }[];
  /** YAML text merged into the values when the preset is chosen */
  add?: string;
  raw: Record<string, unknown>;
}

const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : undefined);

/** The presets of presets.yaml; undefined when the file is not `presets: [...]`. */
export function readPresets(src: SourceFile): Preset[] | undefined {
  const doc = src.value(0);
  if (!isPlainObject(doc) || !Array.isArray(doc['presets'])) return undefined;
  return doc['presets'].map((raw, index): Preset => {
    const path: Path = ['presets', index];
    const r = isPlainObject(raw) ? raw : {};
    const remove = Array.isArray(r['remove'])
      ? r['remove'].flatMap((p, j) => (typeof p === 'string' ? [{ path: p, at: [...path, 'remove', j] }] : []))
      : [];
    return {
      index,
      path,
      name: str(r['name']),
      displayName: str(r['displayName']),
      group: str(r['group']),
      remove,
      add: typeof r['add'] === 'string' ? r['add'] : undefined,
      raw: r,
    };
  });
}
