import type { Finding } from '../../../diagnostics/finding.js';
import { defineRule } from '../../rule.js';
import { aggregationLength, AGGREGATION_FIELDS } from './bgp-settings.js';
import { poolWidths, widestOf } from './pool-prefix-widths.js';
import { selectedPools } from './selection.js';
import { fieldName } from '../wording.js';

/**
 * For each selected pool entry, the aggregation length of its family must be ≥ the shortest prefix
 * the entry summarises to (`3.3.3.2-3.3.3.254` → /26: 26 passes, 24 does not). One finding per
 * advertisement and family, naming the entry that needs the longest aggregation.
 */
export const aggregationTooShort = defineRule({
  code: 'metallb/aggregation-too-short',
  severity: 'error',
  description: "a BGPAdvertisement aggregation length shorter than a selected pool's prefix (MetalLB rejects it)",
  check(ctx) {
    const widths = poolWidths(ctx);
    const out: Finding[] = [];
    for (const adv of ctx.ofKind('BGPAdvertisement')) {
      const sel = selectedPools(ctx, adv);
      for (const { field, family, max } of AGGREGATION_FIELDS) {
        const len = aggregationLength(adv, field);
        if (len === undefined || len === max) continue;
        const key = family === 4 ? 'v4' : 'v6';
        const worst = sel.all ? widths.overall[key] : widestOf(sel.pools, widths.perPool)[key];
        if (!worst || len >= worst.length) continue;
        const name = fieldName(ctx, field);
        out.push({
          message: `${name} ${len} is shorter than /${worst.length}, the widest prefix \`${worst.text}\` of pool "${worst.pool.name}" summarises to; MetalLB rejects the advertisement. Use ${name} ${worst.length} or more`,
          loc: adv.at(field),
          related: [{ loc: worst.pool.at('addresses', worst.index), message: `\`${worst.text}\` summarises to /${worst.length} at its widest` }],
        });
      }
    }
    return out;
  },
});
