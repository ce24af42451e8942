import type { MObject, RuleContext } from '../../model.js';
import { mayShareNode } from '../peers/selection.js';

/**
 * Each BGPPeer paired with the earlier peers that may run on one node with it (FRR keeps one router per
 * node and VRF). The legacy ConfigMap of 0.12 has one global FRR configuration: every pair shares.
 */
export function sharingPairs(ctx: RuleContext): { peer: MObject; earlier: MObject[] }[] {
  const peers = ctx.ofKind('BGPPeer');
  const global = ctx.config.form === 'configmap';
  return peers.map((peer, i) => ({
    peer,
    earlier: peers.slice(0, i).filter((other) => global || mayShareNode(peer, other, ctx.config.nodes)),
  }));
}

export function frrMode(ctx: RuleContext): boolean {
  return ctx.mode === 'frr' || ctx.mode === 'frr-k8s';
}

/** The VRF a peer lives in ('' for the default). */
export function vrfOf(peer: MObject): string {
  const v = peer.spec['vrf'];
  return typeof v === 'string' ? v : '';
}
