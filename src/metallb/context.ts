import type { BgpMode, Kind, MetalLBConfig, MObject, RuleContext } from './model.js';
import type { Version } from './version.js';

export function makeContext(config: MetalLBConfig, version: Version, mode: BgpMode): RuleContext {
  const byKind = new Map<Kind, MObject[]>();
  for (const o of config.objects) {
    const list = byKind.get(o.kind) ?? [];
    list.push(o);
    byKind.set(o.kind, list);
  }
  return { config, version, mode, ofKind: (k) => byKind.get(k) ?? [] };
}
