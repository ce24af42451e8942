import type { Finding } from '../../../diagnostics/finding.js';
import { defineRule } from '../../rule.js';
import { isSet } from './read.js';

/** password and passwordSecret are mutually exclusive. */
export const peerPasswordConflict = defineRule({
  code: 'metallb/peer-password-conflict',
  severity: 'error',
  description: 'a BGPPeer that sets both password and passwordSecret',
  check(ctx) {
    const out: Finding[] = [];
    for (const peer of ctx.ofKind('BGPPeer')) {
      if (isSet(peer.spec['password']) && isSet(peer.spec['passwordSecret'])) {
        out.push({ message: 'password and passwordSecret are mutually exclusive; keep passwordSecret and remove the plaintext password', loc: peer.at('passwordSecret'), target: 'key' });
      }
    }
    return out;
  },
});
