import type { MObject, RuleContext } from '../../model.js';

/** An alias defined in a Community object's `spec.communities[index]`. */
export interface AliasSite {
  obj: MObject;
  index: number;
  name: string;
  value: unknown;
}

const cache = new WeakMap<RuleContext, Map<string, AliasSite[]>>();

/** Every alias name → its definitions, in source order (more than one is an error). */
export function communityAliases(ctx: RuleContext): Map<string, AliasSite[]> {
  let m = cache.get(ctx);
  if (m) return m;
  m = new Map();
  for (const obj of ctx.ofKind('Community')) {
    const list = obj.spec['communities'];
    if (!Array.isArray(list)) continue;
    list.forEach((c: unknown, index) => {
      if (typeof c !== 'object' || c === null || Array.isArray(c)) return;
      const name = (c as Record<string, unknown>)['name'];
      if (typeof name !== 'string' || name === '') return;
      const sites = m!.get(name) ?? [];
      sites.push({ obj, index, name, value: (c as Record<string, unknown>)['value'] });
      m!.set(name, sites);
    });
  }
  cache.set(ctx, m);
  return m;
}
