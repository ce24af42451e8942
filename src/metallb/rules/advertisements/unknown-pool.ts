import type { Finding } from '../../../diagnostics/finding.js';
import { isLiteralString } from '../addresses/literal-string.js';
import { defineRule } from '../../rule.js';
import { didYouMean } from './closest-name.js';
import { poolsByName } from './selection.js';

/** An advertisement names a pool that does not exist: MetalLB ignores the name silently. */
export const unknownPool = defineRule({
  code: 'metallb/unknown-pool',
  severity: 'error',
  description: 'an L2Advertisement or BGPAdvertisement that names an IPAddressPool that is not defined',
  check(ctx) {
    const byName = poolsByName(ctx);
    const out: Finding[] = [];
    for (const adv of [...ctx.ofKind('L2Advertisement'), ...ctx.ofKind('BGPAdvertisement')]) {
      const names = adv.spec['ipAddressPools'];
      if (!Array.isArray(names)) continue;
      names.forEach((n: unknown, i) => {
        if (!isLiteralString(n) || byName.has(n)) return;
        out.push({
          message: `${adv.kind} "${adv.name}" names pool "${n}", which is not defined; MetalLB ignores it, so nothing is announced for it${didYouMean(n, byName.keys())}`,
          loc: adv.at('ipAddressPools', i),
        });
      });
    }
    return out;
  },
});
