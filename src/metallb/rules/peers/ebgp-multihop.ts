import type { Finding } from '../../../diagnostics/finding.js';
import { defineRule } from '../../rule.js';
import { readInt } from './read.js';
import { fieldName } from '../wording.js';

/** ebgpMultiHop only makes sense for eBGP; MetalLB refuses it on an iBGP session. */
export const ebgpMultihopIbgp = defineRule({
  code: 'metallb/ebgp-multihop-ibgp',
  severity: 'error',
  description: 'ebgpMultiHop set on an iBGP peer (peerASN equal to myASN, or dynamicASN internal)',
  check(ctx) {
    const out: Finding[] = [];
    for (const peer of ctx.ofKind('BGPPeer')) {
      if (peer.spec['ebgpMultiHop'] !== true) continue;
      const my = readInt(peer, 'myASN');
      const their = readInt(peer, 'peerASN');
      const internal = peer.spec['dynamicASN'] === 'internal';
      const same = my.kind === 'value' && their.kind === 'value' && my.value === their.value;
      if (same || internal) {
        out.push({
          message: `${fieldName(ctx, 'ebgpMultiHop')} is set but the session is iBGP (${internal ? 'dynamicASN: internal' : `${fieldName(ctx, 'peerASN')} = ${fieldName(ctx, 'myASN')} = ${my.kind === 'value' ? my.value : ''}`}); remove ${fieldName(ctx, 'ebgpMultiHop')}`,
          loc: peer.at('ebgpMultiHop'),
        });
      }
    }
    return out;
  },
});
