import type { Finding } from '../../../diagnostics/finding.js';
import { defineRule } from '../../rule.js';
import { deferIfMacro, isSet, readInt } from './read.js';
import { fieldName } from '../wording.js';

/** peerASN 0 (or missing) needs dynamicASN; peerASN and dynamicASN together are refused. */
export const peerAsn = defineRule({
  code: 'metallb/peer-asn',
  severity: 'error',
  description: 'a BGPPeer whose peerASN is 0 or missing without dynamicASN, or that sets both peerASN and dynamicASN',
  check(ctx) {
    const out: Finding[] = [];
    for (const peer of ctx.ofKind('BGPPeer')) {
      const r = readInt(peer, 'peerASN');
      const dynamic = isSet(peer.spec['dynamicASN']);
      if (r.kind === 'macro') {
        out.push(...deferIfMacro(peer, 'peerASN', 'AS number'));
        if (dynamic) out.push({ message: 'peerASN and dynamicASN are mutually exclusive; remove one', loc: peer.at('dynamicASN') });
      } else if (r.kind === 'absent' || (r.kind === 'value' && r.value === 0)) {
        if (!dynamic) {
          const dynamicFix = ctx.config.form === 'configmap' ? '' : ', or dynamicASN: internal|external (MetalLB 0.14.9+) to detect it';
          out.push({
            message: `${fieldName(ctx, 'peerASN')} is ${r.kind === 'absent' ? 'missing' : '0'}; set the peer's AS number${dynamicFix}`,
            loc: peer.at('peerASN'),
          });
        }
      } else if (r.kind === 'value' && dynamic) {
        out.push({ message: 'peerASN and dynamicASN are mutually exclusive; remove dynamicASN or peerASN', loc: peer.at('dynamicASN') });
      }
    }
    return out;
  },
});
