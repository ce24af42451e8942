import type { Finding } from '../../../diagnostics/finding.js';
import { isMacro } from '../../../values/macro.js';
import { defineRule } from '../../rule.js';

/** A BGP password written into pack values ends up in the cluster profile in clear text. */
export const peerPlaintextPassword = defineRule({
  code: 'metallb/peer-plaintext-password',
  severity: 'warning',
  description: 'a plaintext BGP password in pack values (use passwordSecret)',
  check(ctx) {
    if (ctx.config.form !== 'helm') return [];
    const out: Finding[] = [];
    for (const peer of ctx.ofKind('BGPPeer')) {
      const pw = peer.spec['password'];
      if (typeof pw !== 'string' || pw === '' || isMacro(pw)) continue;
      out.push({
        message: 'the BGP password is stored in plain text in the pack values; create a Secret of type kubernetes.io/basic-auth with a `password` key and reference it with passwordSecret: {name: …}',
        loc: peer.at('password'),
      });
    }
    return out;
  },
});
