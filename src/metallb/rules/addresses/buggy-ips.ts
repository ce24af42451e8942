import type { Finding } from '../../../diagnostics/finding.js';
import { buggyAddressCount } from '../../net/count.js';
import { formatIP } from '../../net/ip.js';
import type { IPRange } from '../../net/ip-range.js';
import type { RuleContext } from '../../model.js';
import { atLeastVersion } from '../../version.js';
import { defineRule } from '../../rule.js';
import { poolAddresses } from './pool-addresses.js';

/** the first address of the range ending in .0 or .255 (the range has one) */
function firstBuggy(r: IPRange): bigint {
  const low = r.start % 256n;
  if (low === 0n || low === 255n) return r.start;
  return r.start - low + 255n;
}

function howToAvoid(ctx: RuleContext): string {
  switch (ctx.config.form) {
    case 'manifest':
      return 'set `avoidBuggyIps: true` under manifests.metallb';
    case 'configmap':
      return 'set `avoid-buggy-ips: true` on the pool';
    default:
      return atLeastVersion(ctx.version, '0.13.4') ? 'set `avoidBuggyIPs: true` on the pool' : 'upgrade to MetalLB 0.13.4+ for `avoidBuggyIPs`';
  }
}

/** IPv4 addresses ending in .0 or .255 are dropped by some old clients' smurf protection (spec §8.3). */
export const buggyIps = defineRule({
  code: 'metallb/buggy-ips',
  severity: 'warning',
  description: 'an IPv4 pool that hands out addresses ending in .0 or .255 without avoidBuggyIPs',
  check(ctx) {
    const out: Finding[] = [];
    for (const pool of ctx.ofKind('IPAddressPool')) {
      const pa = poolAddresses(pool);
      if (pa.avoidBuggyIPs !== false) continue;
      for (const e of pa.entries) {
        if (!e.parsed?.ok) continue;
        const n = buggyAddressCount(e.parsed.range);
        if (n === 0n) continue;
        const example = formatIP({ family: 4, value: firstBuggy(e.parsed.range) });
        out.push({
          message: `\`${String(e.raw)}\` hands out ${n} address${n === 1n ? '' : 'es'} ending in .0 or .255 (such as ${example}), which some client devices drop; ${howToAvoid(ctx)}, or narrow the entry to .1-.254`,
          loc: pool.at('addresses', e.index),
        });
      }
    }
    return out;
  },
});
