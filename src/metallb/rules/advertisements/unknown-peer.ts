import type { Finding } from '../../../diagnostics/finding.js';
import { isLiteralString } from '../addresses/literal-string.js';
import { defineRule } from '../../rule.js';
import { didYouMean } from './closest-name.js';

/** BGPAdvertisement.peers limits announcements to the named BGPPeers; an unknown name matches none. */
export const unknownPeer = defineRule({
  code: 'metallb/unknown-peer',
  severity: 'error',
  description: 'a BGPAdvertisement whose `peers` names a BGPPeer that is not defined',
  check(ctx) {
    const peers = new Set(ctx.ofKind('BGPPeer').map((p) => p.name));
    const out: Finding[] = [];
    for (const adv of ctx.ofKind('BGPAdvertisement')) {
      const names = adv.spec['peers'];
      if (!Array.isArray(names)) continue;
      names.forEach((n: unknown, i) => {
        if (!isLiteralString(n) || peers.has(n)) return;
        out.push({
          message: `BGPAdvertisement "${adv.name}" names peer "${n}", which is not a defined BGPPeer; the advertisement reaches no session through it. Define a BGPPeer named "${n}" or remove it from peers${didYouMean(n, peers)}`,
          loc: adv.at('peers', i),
        });
      });
    }
    return out;
  },
});
