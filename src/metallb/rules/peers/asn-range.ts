import type { Finding } from '../../../diagnostics/finding.js';
import { defineRule } from '../../rule.js';
import { deferIfMacro, readInt } from './read.js';
import { fieldName } from '../wording.js';

export const MAX_ASN = 4294967295;

/** AS numbers are 32-bit: 0..4294967295. */
export const asnRange = defineRule({
  code: 'metallb/asn-range',
  severity: 'error',
  description: 'myASN, peerASN or localASN outside 0..4294967295',
  check(ctx) {
    const out: Finding[] = [];
    for (const peer of ctx.ofKind('BGPPeer')) {
      for (const field of ['myASN', 'peerASN', 'localASN']) {
        const r = readInt(peer, field);
        if (r.kind === 'macro' && field === 'localASN') out.push(...deferIfMacro(peer, field, 'AS number'));
        if (r.kind === 'value' && (r.value < 0 || r.value > MAX_ASN)) {
          out.push({ message: `${fieldName(ctx, field)} ${r.value} is out of range; AS numbers are 0..${MAX_ASN}`, loc: peer.at(field) });
        }
      }
    }
    return out;
  },
});
