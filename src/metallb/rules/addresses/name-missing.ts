import type { Finding } from '../../../diagnostics/finding.js';
import { KINDS } from '../../model.js';
import { defineRule } from '../../rule.js';
import { nameSite } from './object-names.js';

/** Every MetalLB object needs metadata.name (MetalLB: "missing pool name"; the API server rejects it). */
export const nameMissing = defineRule({
  code: 'metallb/name-missing',
  severity: 'error',
  description: 'a MetalLB object without a name (metadata.name)',
  check(ctx) {
    const out: Finding[] = [];
    for (const kind of KINDS) {
      for (const obj of ctx.ofKind(kind)) {
        if (obj.synthetic || obj.name !== '') continue;
        const where = ctx.config.form === 'helm' ? 'an empty key' : 'no metadata.name';
        out.push({ ...nameSite(ctx.config.form, obj), message: `${kind} has ${where}; give it a name such as "default" (lowercase letters, digits, "-" and ".")` });
      }
    }
    return out;
  },
});
