import type { Finding } from '../../../diagnostics/finding.js';
import { fieldAvailability } from '../../fields.js';
import { defineRule } from '../../rule.js';
import { gatesFields, userObjects } from './gate.js';

/** metallb.io/v1beta1 BGPPeer has only the fields of 0.13; newer ones need v1beta2. */
export const peerV1beta1Field = defineRule({
  code: 'metallb/bgppeer-v1beta1-field',
  severity: 'error',
  description: 'a BGPPeer field that metallb.io/v1beta1 does not have (use v1beta2)',
  check(ctx) {
    if (!gatesFields(ctx)) return [];
    const out: Finding[] = [];
    for (const obj of userObjects(ctx)) {
      if (obj.kind !== 'BGPPeer' || !obj.apiVersion.endsWith('/v1beta1')) continue;
      for (const field of Object.keys(obj.spec)) {
        if (fieldAvailability(obj.kind, obj.apiVersion, field, ctx.version).ok) continue;
        if (fieldAvailability(obj.kind, 'metallb.io/v1beta2', field, ctx.version).ok) {
          out.push({ message: `\`${field}\` is not part of metallb.io/v1beta1 BGPPeer; write apiVersion: metallb.io/v1beta2`, loc: obj.at(field), target: 'key' });
        }
      }
    }
    return out;
  },
});
