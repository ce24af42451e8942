import type { Path } from '../../diagnostics/diagnostic.js';
import { isPlainObject } from '../../values/layers.js';

/** Every item of a list: `addresses.$[]`. */
export const EACH = '$[]';

export interface DottedMatch {
  /** concrete paths the dotted path stands for (one per list item under `.$[]`) */
  matches: Path[];
  /** false when some key is absent (an empty list under `.$[]` is not absent) */
  exists: boolean;
  /** the longest concrete prefix that exists (where a missing value is reported) */
  deepest: Path;
}

/** `a.b.$[].c` → segments. `$[]` may also be glued to a key: `addresses$[]`. */
export function splitDotted(dotted: string): string[] {
  const out: string[] = [];
  for (const raw of dotted.split('.')) {
    if (raw.endsWith(EACH) && raw !== EACH) out.push(raw.slice(0, -EACH.length), EACH);
    else out.push(raw);
  }
  return out;
}

/**
 * Resolves a dotted value path (Palette's schema.yaml/presets.yaml notation) against values.
 * Keys may themselves hold dots (`pack.spectrocloud.com/install-priority`): at each level the
 * longest run of segments that names an existing key wins.
 */
export function resolveDotted(values: unknown, dotted: string): DottedMatch {
  const segs = splitDotted(dotted);
  const result: DottedMatch = { matches: [], exists: true, deepest: [] };
  const note = (p: Path) => {
    if (p.length > result.deepest.length) result.deepest = p;
  };
  const walk = (node: unknown, i: number, path: Path): void => {
    note(path);
    if (i === segs.length) {
      result.matches.push(path);
      return;
    }
    const seg = segs[i]!;
    if (seg === EACH) {
      if (!Array.isArray(node)) {
        result.exists = false;
        return;
      }
      node.forEach((item, k) => walk(item, i + 1, [...path, k]));
      return;
    }
    if (Array.isArray(node) && /^\d+$/.test(seg) && Number(seg) < node.length) {
      walk(node[Number(seg)], i + 1, [...path, Number(seg)]);
      return;
    }
    if (isPlainObject(node)) {
      for (let j = segs.length; j > i; j--) {
        const parts = segs.slice(i, j);
        if (parts.includes(EACH)) continue;
        const key = parts.join('.');
        if (Object.prototype.hasOwnProperty.call(node, key)) {
          walk(node[key], j, [...path, key]);
          return;
        }
      }
    }
    result.exists = false;
  };
  walk(values, 0, []);
  return result;
}
