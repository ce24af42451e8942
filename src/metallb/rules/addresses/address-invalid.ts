import type { Finding } from '../../../diagnostics/finding.js';
import { defineRule } from '../../rule.js';
import { deferred } from '../deferred.js';
import { poolAddresses } from './pool-addresses.js';

/**
 * An address entry that is neither a CIDR nor a range: a bare IP (needs /32 or /128), whitespace
 * around a CIDR, a bad IP or prefix length. A Palette macro entry is deferred (info), never an error;
 * so is a macro standing for the whole list.
 */
export const addressInvalid = defineRule({
  code: 'metallb/address-invalid',
  severity: 'error',
  description: 'an address entry that is not a CIDR or a `start-end` range (bare IP, whitespace, bad IP or length)',
  check(ctx) {
    const out: Finding[] = [];
    for (const pool of ctx.ofKind('IPAddressPool')) {
      const pa = poolAddresses(pool);
      if (pa.state === 'macro') out.push(deferred(pool.at('addresses'), 'address list'));
      for (const e of pa.entries) {
        if (e.macro) out.push(deferred(pool.at('addresses', e.index), 'address'));
        else if (e.parsed && !e.parsed.ok && ['bare-ip', 'whitespace', 'invalid-cidr', 'invalid-range'].includes(e.parsed.problem)) {
          out.push({ message: e.parsed.message, loc: pool.at('addresses', e.index) });
        }
      }
    }
    return out;
  },
});
