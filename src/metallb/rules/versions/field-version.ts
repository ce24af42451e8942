import type { Finding } from '../../../diagnostics/finding.js';
import { fieldAvailability } from '../../fields.js';
import { defineRule } from '../../rule.js';
import { gatesFields, target, userObjects } from './gate.js';

/** A spec field the target MetalLB release does not have yet (or no longer has). */
export const fieldVersion = defineRule({
  code: 'metallb/field-version',
  severity: 'error',
  description: 'a spec field that the target MetalLB version does not have (added later, or removed)',
  check(ctx) {
    if (!gatesFields(ctx)) return [];
    const out: Finding[] = [];
    for (const obj of userObjects(ctx)) {
      for (const field of Object.keys(obj.spec)) {
        const a = fieldAvailability(obj.kind, obj.apiVersion, field, ctx.version);
        if (a.ok) continue;
        if (a.reason === 'too-old') {
          out.push({ message: `\`${field}\` needs MetalLB ${a.since} or newer; ${target(ctx)}: upgrade MetalLB or remove \`${field}\``, loc: obj.at(field), target: 'key' });
        } else if (a.reason === 'removed') {
          out.push({ message: `\`${field}\` was removed in MetalLB ${a.removed}; ${target(ctx)}: remove \`${field}\``, loc: obj.at(field), target: 'key' });
        }
      }
    }
    return out;
  },
});
