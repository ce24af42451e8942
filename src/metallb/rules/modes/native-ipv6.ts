import type { Finding } from '../../../diagnostics/finding.js';
import { defineRule } from '../../rule.js';
import { bgpAdvertisedPools, ipv6Entries } from '../peers/selection.js';
import { frrFix } from './fix.js';

/** The native BGP speaker announces IPv4 only: an IPv6 pool selected by a BGPAdvertisement needs FRR. */
export const nativeIpv6 = defineRule({
  code: 'metallb/native-ipv6-bgp',
  severity: 'error',
  description: 'an IPv6 pool announced over BGP in native mode (the native speaker is IPv4-only)',
  check(ctx) {
    if (ctx.mode !== 'native') return [];
    const out: Finding[] = [];
    for (const { pool, ad } of bgpAdvertisedPools(ctx)) {
      const v6 = ipv6Entries(pool);
      if (!v6.length) continue;
      const via = ad.synthetic ? 'BGP' : `BGPAdvertisement "${ad.name}"`;
      out.push({
        message: `pool "${pool.name}" has IPv6 addresses and is announced by ${via}; the native BGP speaker announces IPv4 only: ${frrFix(ctx, 'remove the IPv6 addresses from BGP-announced pools')}`,
        loc: pool.at('addresses', v6[0]!),
        related: [{ loc: ad.nameLoc, message: 'announced over BGP here' }],
      });
    }
    return out;
  },
});
