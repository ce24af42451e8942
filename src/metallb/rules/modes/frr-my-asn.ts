import type { Finding } from '../../../diagnostics/finding.js';
import { defineRule } from '../../rule.js';
import { readInt } from '../peers/read.js';
import { fieldName } from './fix.js';
import { frrMode, sharingPairs, vrfOf } from './shared-node.js';

/** In FRR modes, peers in one VRF that can land on one node must share myASN (one BGP router per VRF). */
export const frrMyAsn = defineRule({
  code: 'metallb/frr-my-asn',
  severity: 'error',
  description: 'FRR mode: two BGPPeers in the same VRF that may share a node with different myASN',
  check(ctx) {
    if (!frrMode(ctx)) return [];
    const out: Finding[] = [];
    const name = fieldName(ctx, 'myASN');
    for (const { peer, earlier } of sharingPairs(ctx)) {
      const mine = readInt(peer, 'myASN');
      if (mine.kind !== 'value') continue;
      const other = earlier.find((o) => {
        const theirs = readInt(o, 'myASN');
        return vrfOf(o) === vrfOf(peer) && theirs.kind === 'value' && theirs.value !== mine.value;
      });
      if (!other) continue;
      const vrf = vrfOf(peer);
      out.push({
        message: `BGP peers "${other.name}" (myASN ${String(other.spec['myASN'])}) and "${peer.name}" (myASN ${mine.value}) may run on the same node${vrf ? ` in VRF ${vrf}` : ''}; FRR has one BGP router per VRF: use the same \`${name}\`${ctx.config.form === 'configmap' ? '' : ', different VRFs or nodeSelectors that do not overlap'}`,
        loc: peer.at('myASN'),
        related: [{ loc: other.at('myASN'), message: `"${other.name}" is configured here` }],
      });
    }
    return out;
  },
});
