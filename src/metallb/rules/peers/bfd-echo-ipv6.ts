import type { Finding } from '../../../diagnostics/finding.js';
import { defineRule } from '../../rule.js';
import { readStr } from './read.js';
import { advertisesTo, ipv6Entries, poolsOf } from './selection.js';

/**
 * BFD echo mode works for IPv4 only: a peer using an echo-mode profile may not be advertised an IPv6
 * pool (a BGPAdvertisement selects the pool and lists the peer, or lists no peers).
 */
export const bfdEchoIpv6 = defineRule({
  code: 'metallb/bfd-echo-ipv6',
  severity: 'error',
  description: 'a BFD profile with echoMode used by a peer that is advertised an IPv6 pool',
  check(ctx) {
    const out: Finding[] = [];
    const echo = new Map(ctx.ofKind('BFDProfile').filter((p) => p.spec['echoMode'] === true).map((p) => [p.name, p]));
    if (echo.size === 0) return out;
    const pools = ctx.ofKind('IPAddressPool');
    const ads = ctx.ofKind('BGPAdvertisement');
    for (const peer of ctx.ofKind('BGPPeer')) {
      const r = readStr(peer, 'bfdProfile');
      const profile = r.kind === 'value' ? echo.get(r.value) : undefined;
      if (!profile) continue;
      let hit: { pool: string; index: number; ad: string } | undefined;
      for (const ad of ads) {
        if (!advertisesTo(ad, peer)) continue;
        for (const pool of poolsOf(ctx, ad)) {
          const v6 = ipv6Entries(pool);
          if (v6.length) {
            hit = { pool: pool.name, index: v6[0]!, ad: ad.name };
            break;
          }
        }
        if (hit) break;
      }
      if (!hit) continue;
      const pool = pools.find((p) => p.name === hit!.pool)!;
      out.push({
        message: `BFD profile "${profile.name}" has echoMode, which works for IPv4 only, but BGPAdvertisement "${hit.ad}" advertises IPv6 pool "${hit.pool}" to this peer; set echoMode: false, use another profile, or keep IPv6 pools away from this peer (peers: [...])`,
        loc: peer.at('bfdProfile'),
        related: [
          { loc: profile.at('echoMode'), message: 'echo mode enabled here' },
          { loc: pool.at('addresses', hit.index), message: 'IPv6 addresses' },
        ],
      });
    }
    return out;
  },
});
