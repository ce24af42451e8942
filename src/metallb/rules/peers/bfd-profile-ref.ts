import type { Finding } from '../../../diagnostics/finding.js';
import { defineRule } from '../../rule.js';
import { readStr } from './read.js';
import { fieldName, kindToDefine } from '../wording.js';

/** bfdProfile must name a BFDProfile of the configuration. */
export const peerBfdProfileRef = defineRule({
  code: 'metallb/peer-bfd-profile',
  severity: 'error',
  description: 'a BGPPeer whose bfdProfile names no defined BFDProfile',
  check(ctx) {
    const names = new Set(ctx.ofKind('BFDProfile').map((p) => p.name));
    const out: Finding[] = [];
    for (const peer of ctx.ofKind('BGPPeer')) {
      const r = readStr(peer, 'bfdProfile');
      if (r.kind !== 'value' || names.has(r.value)) continue;
      const known = [...names];
      out.push({
        message: `${fieldName(ctx, 'bfdProfile')} "${r.value}" is not defined; ${known.length ? `use one of ${known.map((n) => `"${n}"`).join(', ')} or ` : ''}add ${kindToDefine(ctx, 'BFDProfile')} named "${r.value}"`,
        loc: peer.at('bfdProfile'),
      });
    }
    return out;
  },
});
