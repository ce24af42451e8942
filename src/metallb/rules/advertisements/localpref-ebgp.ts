import type { Finding } from '../../../diagnostics/finding.js';
import type { MObject } from '../../model.js';
import { defineRule } from '../../rule.js';
import { peerNames } from './bgp-settings.js';
import { fieldName } from '../wording.js';

type Session = 'ibgp' | 'ebgp' | 'unknown';

function asn(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isInteger(v) ? v : undefined;
}

/** iBGP when myASN = peerASN (or dynamicASN internal); unknown when the numbers are not literal */
export function sessionType(peer: MObject): Session {
  const dyn = peer.spec['dynamicASN'];
  if (dyn === 'internal') return 'ibgp';
  if (dyn === 'external') return 'ebgp';
  const my = asn(peer.spec['myASN']);
  const remote = asn(peer.spec['peerASN']);
  if (my === undefined || remote === undefined) return 'unknown';
  return my === remote ? 'ibgp' : 'ebgp';
}

/** LOCAL_PREF is only sent to iBGP peers: on an advertisement that reaches only eBGP peers it does nothing. */
export const localprefEbgp = defineRule({
  code: 'metallb/localpref-ebgp',
  severity: 'warning',
  description: 'a BGPAdvertisement localPref whose peers are all eBGP, where LOCAL_PREF is never sent',
  check(ctx) {
    const peers = ctx.ofKind('BGPPeer');
    const byName = new Map(peers.map((p) => [p.name, p]));
    const out: Finding[] = [];
    for (const adv of ctx.ofKind('BGPAdvertisement')) {
      if (typeof adv.spec['localPref'] !== 'number') continue;
      const names = peerNames(adv);
      const reached = names.length > 0 ? names.map((n) => byName.get(n)).filter((p): p is MObject => p !== undefined) : peers;
      if (reached.length === 0 || !reached.every((p) => sessionType(p) === 'ebgp')) continue;
      const which = reached.length === 1 ? `its only peer "${reached[0]!.name}" is` : `all ${reached.length} peers it reaches are`;
      const [pref, my, their] = [fieldName(ctx, 'localPref'), fieldName(ctx, 'myASN'), fieldName(ctx, 'peerASN')];
      out.push({
        message: `${pref} has no effect here: ${which} eBGP (${my} ≠ ${their}), and LOCAL_PREF is only sent to iBGP peers. Remove ${pref}, or use communities to influence eBGP neighbours`,
        loc: adv.at('localPref'),
      });
    }
    return out;
  },
});
