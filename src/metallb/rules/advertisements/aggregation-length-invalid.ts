import type { Finding } from '../../../diagnostics/finding.js';
import { isMacro } from '../../../values/macro.js';
import { defineRule } from '../../rule.js';
import { deferred } from '../deferred.js';
import { AGGREGATION_FIELDS } from './bgp-settings.js';
import { fieldName } from '../wording.js';

/** aggregationLength must be 1..32 and aggregationLengthV6 1..128 (MetalLB: "invalid aggregation length"). */
export const aggregationLengthInvalid = defineRule({
  code: 'metallb/aggregation-length-invalid',
  severity: 'error',
  description: 'a BGPAdvertisement aggregationLength outside 1..32 or aggregationLengthV6 outside 1..128',
  check(ctx) {
    const out: Finding[] = [];
    for (const adv of ctx.ofKind('BGPAdvertisement')) {
      for (const { field, family, max } of AGGREGATION_FIELDS) {
        const v = adv.spec[field];
        const loc = adv.at(field);
        if (isMacro(v)) {
          out.push(deferred(loc, 'aggregation length'));
          continue;
        }
        if (typeof v !== 'number' || !Number.isInteger(v) || (v >= 1 && v <= max)) continue;
        out.push({
          message: `${fieldName(ctx, field)} ${v} is out of range: a prefix length for IPv${family} is 1 to ${max} (${max} = no aggregation, the default)`,
          loc,
        });
      }
    }
    return out;
  },
});
