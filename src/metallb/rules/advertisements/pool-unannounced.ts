import type { Finding } from '../../../diagnostics/finding.js';
import { defineRule } from '../../rule.js';
import { nameSite } from '../addresses/object-names.js';
import { selectedPools } from './selection.js';

/**
 * A pool that no L2Advertisement or BGPAdvertisement selects: MetalLB assigns its addresses to
 * services and never announces them (spec §8.1). Linear in advertisements × pools at most.
 */
export const poolUnannounced = defineRule({
  code: 'metallb/pool-unannounced',
  severity: 'warning',
  description: 'an IPAddressPool that no L2Advertisement or BGPAdvertisement selects, so its IPs are never announced',
  check(ctx) {
    // the ConfigMap has no advertisements of its own: a pool's `protocol` makes one, and a pool without
    // a valid protocol is already legacy/protocol (whose fix is "set protocol: layer2 or bgp")
    if (ctx.config.form === 'configmap') return [];
    const pools = ctx.ofKind('IPAddressPool');
    if (pools.length === 0) return [];
    const announced = new Set<unknown>();
    const seen = new Set<Set<unknown>>();
    for (const adv of [...ctx.ofKind('L2Advertisement'), ...ctx.ofKind('BGPAdvertisement')]) {
      const sel = selectedPools(ctx, adv);
      if (sel.all || sel.uncertain) return [];
      if (seen.has(sel.pools)) continue; // advertisements with the same selectors share one set
      seen.add(sel.pools);
      for (const p of sel.pools) announced.add(p);
    }
    const out: Finding[] = [];
    for (const pool of pools) {
      if (announced.has(pool) || pool.name === '') continue;
      out.push({
        ...nameSite(ctx.config.form, pool),
        message: `pool "${pool.name}" is not selected by any L2Advertisement or BGPAdvertisement: its IPs are assigned to services but never announced. List it in an advertisement's ipAddressPools (or match its labels with ipAddressPoolSelectors)`,
      });
    }
    return out;
  },
});
