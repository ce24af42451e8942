import type { Finding } from '../../../diagnostics/finding.js';
import { defineRule } from '../../rule.js';
import { isSet } from './read.js';
import { fieldName, objectName } from '../wording.js';

/** A peer is reached by address or (unnumbered, 0.15+) by interface: exactly one of them. */
export const peerAddressOrInterface = defineRule({
  code: 'metallb/peer-address-or-interface',
  severity: 'error',
  description: 'a BGPPeer with neither peerAddress nor interface, or with both',
  check(ctx) {
    const out: Finding[] = [];
    for (const peer of ctx.ofKind('BGPPeer')) {
      const addr = isSet(peer.spec['peerAddress']);
      const iface = isSet(peer.spec['interface']);
      if (!addr && !iface) {
        const fix = ctx.config.form === 'configmap' ? '' : ' (or interface for unnumbered BGP, MetalLB 0.15+)';
        out.push({ message: `${objectName(ctx, peer)} has no ${fieldName(ctx, 'peerAddress')}; set the router's IP address${fix}`, loc: peer.at('peerAddress') });
      } else if (addr && iface) {
        out.push({ message: 'peerAddress and interface are mutually exclusive; keep peerAddress for a numbered session or interface for unnumbered BGP', loc: peer.at('interface') });
      }
    }
    return out;
  },
});
