import type { Finding } from '../../../diagnostics/finding.js';
import { countAddresses } from '../../net/count.js';
import { defineRule } from '../../rule.js';
import { poolAddresses } from './pool-addresses.js';
import { fieldName } from '../wording.js';

/**
 * Every address of the pool is removed by avoidBuggyIPs (e.g. `10.0.0.255/32`): the pool can never
 * assign anything. Counted arithmetically per entry; only pools whose entries all parsed.
 */
export const poolEmpty = defineRule({
  code: 'metallb/pool-empty',
  severity: 'error',
  description: 'an IPAddressPool with no usable address once avoidBuggyIPs removes .0 and .255',
  check(ctx) {
    const out: Finding[] = [];
    for (const pool of ctx.ofKind('IPAddressPool')) {
      const pa = poolAddresses(pool);
      if (!pa.complete || pa.avoidBuggyIPs !== true) continue;
      const usable = pa.entries.reduce((sum, e) => sum + (e.parsed?.ok ? countAddresses(e.parsed.range, true) : 0n), 0n);
      if (usable > 0n) continue;
      out.push({
        message: `${pool.synthetic ? 'the pool' : `pool "${pool.name}"`} has no usable address: ${fieldName(ctx, 'avoidBuggyIPs')} removes every address ending in .0 or .255, which is all it holds. Add addresses that end in .1-.254`,
        loc: pool.at('addresses'),
      });
    }
    return out;
  },
});
