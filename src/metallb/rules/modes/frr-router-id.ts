import type { Finding } from '../../../diagnostics/finding.js';
import { hasMacro } from '../peers/read.js';
import type { MObject } from '../../model.js';
import { defineRule } from '../../rule.js';
import { fieldName } from './fix.js';
import { frrMode, sharingPairs } from './shared-node.js';

function routerId(peer: MObject): string | undefined {
  const v = peer.spec['routerID'];
  if (v === undefined || v === null || v === '') return '';
  if (typeof v !== 'string' || hasMacro(v)) return undefined;
  return v.trim();
}

/** In FRR modes, peers that can land on one node must agree on routerID (unset counts as a value). */
export const frrRouterId = defineRule({
  code: 'metallb/frr-router-id',
  severity: 'error',
  description: 'FRR mode: two BGPPeers that may share a node with different routerIDs',
  check(ctx) {
    if (!frrMode(ctx)) return [];
    const out: Finding[] = [];
    const name = fieldName(ctx, 'routerID');
    for (const { peer, earlier } of sharingPairs(ctx)) {
      const mine = routerId(peer);
      if (mine === undefined) continue;
      const other = earlier.find((o) => {
        const theirs = routerId(o);
        return theirs !== undefined && theirs !== mine;
      });
      if (!other) continue;
      const theirs = routerId(other)!;
      const show = (v: string) => (v === '' ? `no ${name}` : `${name} ${v}`);
      out.push({
        message: `BGP peers "${other.name}" (${show(theirs)}) and "${peer.name}" (${show(mine)}) may run on the same node; FRR uses one router ID per node: give both the same \`${name}\`${ctx.config.form === 'configmap' ? '' : ' or nodeSelectors that do not overlap'}`,
        loc: peer.spec['routerID'] === undefined ? peer.nameLoc : peer.at('routerID'),
        related: [{ loc: other.spec['routerID'] === undefined ? other.nameLoc : other.at('routerID'), message: `"${other.name}" is configured here` }],
      });
    }
    return out;
  },
});
