import type { Finding } from '../../../diagnostics/finding.js';
import { KINDS, type MObject } from '../../model.js';
import { defineRule } from '../../rule.js';
import { nameSite } from './object-names.js';
import { objectName } from '../wording.js';

/**
 * Two objects of one kind with one name in one namespace: the second replaces the first when
 * applied (and MetalLB reports "duplicate definition of pool"). One pass with a map per kind.
 */
export const duplicateName = defineRule({
  code: 'metallb/duplicate-name',
  severity: 'error',
  description: 'two MetalLB objects of the same kind with the same name',
  check(ctx) {
    const out: Finding[] = [];
    for (const kind of KINDS) {
      // BFD profiles have their own rule (metallb/bfd-profile-duplicate, spec §5); report once.
      if (kind === 'BFDProfile') continue;
      const first = new Map<string, MObject>();
      for (const obj of ctx.ofKind(kind)) {
        if (obj.synthetic || obj.name === '') continue;
        const key = `${obj.namespace ?? ctx.config.namespace}/${obj.name}`;
        const prev = first.get(key);
        if (!prev) {
          first.set(key, obj);
          continue;
        }
        const site = nameSite(ctx.config.form, prev);
        out.push({
          ...nameSite(ctx.config.form, obj),
          message: `${objectName(ctx, obj)} is defined twice; the later one replaces the earlier when applied. Rename one or merge them`,
          related: [{ loc: site.loc, target: site.target, message: `${objectName(ctx, prev)} first defined here` }],
        });
      }
    }
    return out;
  },
});
