import type { Finding } from '../../../diagnostics/finding.js';
import { FIELDS } from '../../fields.js';
import { defineRule } from '../../rule.js';
import { atLeastVersion } from '../../version.js';
import { gatesFields, userObjects } from './gate.js';

/** A spec field that still works but is deprecated in the target release (e.g. BGPPeer disableMP in 0.15+). */
export const fieldDeprecated = defineRule({
  code: 'metallb/field-deprecated',
  severity: 'warning',
  description: 'a spec field that the target MetalLB version deprecates',
  check(ctx) {
    if (!gatesFields(ctx)) return [];
    const out: Finding[] = [];
    for (const obj of userObjects(ctx)) {
      for (const field of Object.keys(obj.spec)) {
        const info = FIELDS[obj.kind][field];
        if (!info?.deprecated || !atLeastVersion(ctx.version, info.deprecated)) continue;
        out.push({
          message: `\`${field}\` is deprecated since MetalLB ${info.deprecated}${info.instead ? `; use \`${info.instead}\` instead` : ''}`,
          loc: obj.at(field),
          target: 'key',
        });
      }
    }
    return out;
  },
});
