import type { Finding } from '../../../diagnostics/finding.js';
import { defineRule } from '../../rule.js';
import { poolAddresses } from './pool-addresses.js';

/** A range from an IPv4 to an IPv6 address (or back): one order is rejected, the other silently empty. */
export const addressMixedFamily = defineRule({
  code: 'metallb/address-mixed-family',
  severity: 'error',
  description: 'an address range whose start and end are of different IP families',
  check(ctx) {
    const out: Finding[] = [];
    for (const pool of ctx.ofKind('IPAddressPool')) {
      for (const e of poolAddresses(pool).entries) {
        if (e.parsed && !e.parsed.ok && e.parsed.problem === 'mixed-family') out.push({ message: e.parsed.message, loc: pool.at('addresses', e.index) });
      }
    }
    return out;
  },
});
