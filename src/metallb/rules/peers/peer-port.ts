import type { Finding } from '../../../diagnostics/finding.js';
import { defineRule } from '../../rule.js';
import { deferIfMacro, readInt } from './read.js';
import { fieldName } from '../wording.js';

/** peerPort: 1..16384 (the CRD's bounds), default 179. */
export const peerPort = defineRule({
  code: 'metallb/peer-port',
  severity: 'error',
  description: 'peerPort outside 1..16384',
  check(ctx) {
    const out: Finding[] = [];
    for (const peer of ctx.ofKind('BGPPeer')) {
      const r = readInt(peer, 'peerPort');
      if (r.kind === 'macro') out.push(...deferIfMacro(peer, 'peerPort', 'port'));
      if (r.kind === 'value' && (r.value < 1 || r.value > 16384)) {
        out.push({ message: `${fieldName(ctx, 'peerPort')} ${r.value} is out of range; use 1..16384 (BGP's port is 179, the default)`, loc: peer.at('peerPort') });
      }
    }
    return out;
  },
});
