import type { Path } from '../diagnostics/diagnostic.js';
import type { Loc } from '../diagnostics/finding.js';
import type { SourceFile } from './source-file.js';

type Obj = Record<string, unknown>;

export function isPlainObject(x: unknown): x is Obj {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Helm's coalescing: maps merge key by key, everything else is replaced, null deletes. */
export function mergeValues(base: unknown, over: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(over)) return over === undefined ? base : over;
  const out: Obj = { ...base };
  for (const [k, v] of Object.entries(over)) {
    if (v === null) delete out[k];
    else out[k] = k in out ? mergeValues(out[k], v) : v;
  }
  return out;
}

function depthFound(value: unknown, path: Path): number {
  let cur: unknown = value;
  let i = 0;
  for (; i < path.length; i++) {
    const seg = path[i]!;
    if (Array.isArray(cur) && typeof seg === 'number' && seg < cur.length) cur = cur[seg];
    else if (isPlainObject(cur) && Object.prototype.hasOwnProperty.call(cur, String(seg))) cur = cur[String(seg)];
    else break;
  }
  return i;
}

/**
 * values.yaml with `--values` files layered over it (later wins, like `helm -f`). `locate(path)`
 * says which file a value came from: the last layer that has the whole path, else the layer that
 * has the longest part of it.
 */
export class LayeredValues {
  readonly layers: SourceFile[];
  readonly value: unknown;

  constructor(layers: SourceFile[]) {
    this.layers = layers;
    let merged: unknown = undefined;
    for (const l of layers) {
      const v = l.value(0);
      merged = merged === undefined ? v : mergeValues(merged, v ?? {});
    }
    this.value = merged ?? {};
  }

  locate(path: Path): Loc {
    let best = this.layers[0]!;
    let bestDepth = -1;
    for (let i = this.layers.length - 1; i >= 0; i--) {
      const layer = this.layers[i]!;
      const d = depthFound(layer.value(0), path);
      if (d === path.length) return { file: layer.file, path };
      if (d > bestDepth) {
        best = layer;
        bestDepth = d;
      }
    }
    return { file: best.file, path };
  }
}
