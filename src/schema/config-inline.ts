import type { Path } from '../diagnostics/diagnostic.js';
import type { Finding, Loc } from '../diagnostics/finding.js';
import { isPlainObject } from '../values/layers.js';

/** `configInline` (and the chart schema's `configInLine` spelling), in any case. */
export function isConfigInlineKey(key: string): boolean {
  return key.toLowerCase() === 'configinline';
}

export const CONFIG_INLINE_MESSAGE =
  '`configInline` was removed from the metallb chart in 0.13 and is ignored: MetalLB would start without pools or peers. ' +
  'Move its pools, advertisements and peers to charts.metallb-full.configuration (or to MetalLB CRs); `spectro-pack convert` does it for you';

/**
 * Every `configInline` key under `base` (the chart values, or directly under charts.metallb-full),
 * at any depth: `deep` walks into nested maps and lists.
 */
export function findConfigInline(value: unknown, base: Path, locate: (p: Path) => Loc, deep: boolean): Finding[] {
  const out: Finding[] = [];
  const walk = (v: unknown, path: Path, depth: number) => {
    if (depth > 64) return;
    if (Array.isArray(v)) {
      if (deep) v.forEach((item, i) => walk(item, [...path, i], depth + 1));
      return;
    }
    if (!isPlainObject(v)) return;
    for (const [k, child] of Object.entries(v)) {
      if (isConfigInlineKey(k)) {
        out.push({ code: 'schema/config-inline', severity: 'error', message: CONFIG_INLINE_MESSAGE, loc: locate([...path, k]), target: 'key' });
      } else if (deep) walk(child, [...path, k], depth + 1);
    }
  };
  walk(value, base, 0);
  return out;
}
