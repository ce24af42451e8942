import { parse } from 'yaml';
import { mergeValues } from '../../values/layers.js';
import { resolveDotted } from '../schema-yaml/dotted-path.js';

type Obj = Record<string, unknown>;

/** What Palette needs of a preset to apply it. */
export interface PresetChange {
  remove?: string[];
  /** YAML text merged into the values */
  add?: string;
}

/**
 * Applies a preset the way Palette does: delete each `remove` dotted path (`a.b`, arrays as `.$[]`),
 * then deep-merge the `add` YAML over the result (Helm coalescing). Returns a new object.
 */
export function applyPreset(values: Obj, preset: PresetChange): Obj {
  const copy = structuredClone(values);
  for (const dotted of preset.remove ?? []) {
    for (const path of resolveDotted(copy, dotted).matches) {
      let cur: unknown = copy;
      for (const seg of path.slice(0, -1)) cur = (cur as Obj)[String(seg)];
      delete (cur as Obj)[String(path[path.length - 1])];
    }
  }
  return mergeValues(copy, preset.add ? parse(preset.add) : {}) as Obj;
}
