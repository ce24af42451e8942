import type { Finding } from '../../../diagnostics/finding.js';
import { defineRule } from '../../rule.js';
import { poolAddresses } from './pool-addresses.js';

/** `start-end` with start after end: MetalLB rejects the pool. */
export const addressRangeReversed = defineRule({
  code: 'metallb/address-range-reversed',
  severity: 'error',
  description: 'an address range whose start is after its end',
  check(ctx) {
    const out: Finding[] = [];
    for (const pool of ctx.ofKind('IPAddressPool')) {
      for (const e of poolAddresses(pool).entries) {
        if (e.parsed && !e.parsed.ok && e.parsed.problem === 'reversed') out.push({ message: e.parsed.message, loc: pool.at('addresses', e.index) });
      }
    }
    return out;
  },
});
