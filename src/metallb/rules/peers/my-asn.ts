import type { Finding } from '../../../diagnostics/finding.js';
import { defineRule } from '../../rule.js';
import { deferIfMacro, readInt } from './read.js';
import { fieldName, objectName } from '../wording.js';

/** myASN is required and may not be 0. */
export const peerMyAsn = defineRule({
  code: 'metallb/peer-my-asn',
  severity: 'error',
  description: 'a BGPPeer without myASN, or with myASN 0',
  check(ctx) {
    const out: Finding[] = [];
    const myASN = fieldName(ctx, 'myASN');
    for (const peer of ctx.ofKind('BGPPeer')) {
      const r = readInt(peer, 'myASN');
      if (r.kind === 'macro') out.push(...deferIfMacro(peer, 'myASN', 'AS number'));
      else if (r.kind === 'absent') out.push({ message: `${objectName(ctx, peer)} has no ${myASN}; set the AS number MetalLB speaks as`, loc: peer.at('myASN') });
      else if (r.kind === 'value' && r.value === 0) out.push({ message: `${myASN} is 0, which is not a usable AS number; set the AS number MetalLB speaks as`, loc: peer.at('myASN') });
    }
    return out;
  },
});
