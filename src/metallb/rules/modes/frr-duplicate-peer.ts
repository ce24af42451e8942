import type { Finding } from '../../../diagnostics/finding.js';
import { hasMacro } from '../peers/read.js';
import type { MObject } from '../../model.js';
import { defineRule } from '../../rule.js';
import { fieldName } from './fix.js';
import { frrMode, sharingPairs, vrfOf } from './shared-node.js';

function target(peer: MObject): { key: string; field: string } | undefined {
  for (const field of ['peerAddress', 'interface']) {
    const v = peer.spec[field];
    if (typeof v === 'string' && v.trim() !== '' && !hasMacro(v)) return { key: `${field}:${v.trim().toLowerCase()}@${vrfOf(peer)}`, field };
  }
  return undefined;
}

/** In FRR modes, one node cannot have two sessions to the same address (or interface) in one VRF. */
export const frrDuplicatePeer = defineRule({
  code: 'metallb/frr-duplicate-peer',
  severity: 'error',
  description: 'FRR mode: two BGPPeers with the same address (and VRF) that may share a node',
  check(ctx) {
    if (!frrMode(ctx)) return [];
    const out: Finding[] = [];
    for (const { peer, earlier } of sharingPairs(ctx)) {
      const mine = target(peer);
      if (!mine) continue;
      const other = earlier.find((o) => target(o)?.key === mine.key);
      if (!other) continue;
      const name = fieldName(ctx, mine.field);
      const vrf = vrfOf(peer);
      out.push({
        message: `BGP peers "${other.name}" and "${peer.name}" have the same ${name} ${String(peer.spec[mine.field]).trim()}${vrf ? ` in VRF ${vrf}` : ''} and may run on the same node; FRR keeps one session per neighbor: merge them${ctx.config.form === 'configmap' ? '' : ' or give them nodeSelectors that do not overlap'}`,
        loc: peer.at(mine.field),
        related: [{ loc: other.at(mine.field), message: `"${other.name}" is configured here` }],
      });
    }
    return out;
  },
});
