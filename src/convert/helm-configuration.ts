import { HELM_CONFIG_KEYS } from '../metallb/build/from-helm.js';
import type { RenderObject } from '../render/objects.js';
import { setOwn } from '../render/own.js';

/** kind → key of `charts.metallb-full.configuration`, in the chart's order */
const KEY_OF = Object.fromEntries(Object.entries(HELM_CONFIG_KEYS).map(([key, kind]) => [kind, key])) as Record<string, string>;

/**
 * Render objects (sorted, specs normalised) → `charts.metallb-full.configuration`: one map per kind
 * (all six, empty ones as `{}`), name → `{metadata: {labels}, spec}`; metadata only when the object
 * has labels. Keys are set as own properties, so any name is safe.
 */
export function helmConfiguration(objects: readonly RenderObject[]): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const key of Object.keys(HELM_CONFIG_KEYS)) out[key] = {};
  for (const o of objects) {
    const entry: Record<string, unknown> = {};
    if (o.labels) entry['metadata'] = { labels: o.labels };
    entry['spec'] = o.spec;
    setOwn(out[KEY_OF[o.kind]!]!, o.name, entry);
  }
  return out;
}
