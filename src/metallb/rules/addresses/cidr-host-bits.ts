import type { Finding } from '../../../diagnostics/finding.js';
import { formatPrefix } from '../../net/cidr.js';
import { bitsOf, formatIP } from '../../net/ip.js';
import { countAddresses } from '../../net/count.js';
import { defineRule } from '../../rule.js';
import { poolAddresses } from './pool-addresses.js';

/** `10.20.30.40/24` is silently read as `10.20.30.0/24`: probably not what was meant. */
export const cidrHostBits = defineRule({
  code: 'metallb/cidr-host-bits',
  severity: 'warning',
  description: 'a CIDR with host bits set, which MetalLB silently masks (10.20.30.40/24 means 10.20.30.0/24)',
  check(ctx) {
    const out: Finding[] = [];
    for (const pool of ctx.ofKind('IPAddressPool')) {
      for (const e of poolAddresses(pool).entries) {
        const p = e.parsed;
        if (!p?.ok || p.kind !== 'cidr' || !p.hostBits) continue;
        const text = String(e.raw);
        const single = `${text.slice(0, text.indexOf('/'))}/${bitsOf(p.prefix.family)}`;
        out.push({
          message: `\`${text}\` has host bits set; MetalLB reads it as \`${formatPrefix(p.prefix)}\` (${countAddresses(p.range)} addresses from ${formatIP({ family: p.range.family, value: p.range.start })}). Write \`${formatPrefix(p.prefix)}\`, or \`${single}\` for the single address`,
          loc: pool.at('addresses', e.index),
        });
      }
    }
    return out;
  },
});
