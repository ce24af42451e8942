import type { Finding } from '../../../diagnostics/finding.js';
import { at } from '../../../diagnostics/finding.js';
import { isPlainObject } from '../../../values/layers.js';
import { defineRule } from '../../rule.js';

const BASIC_AUTH = 'kubernetes.io/basic-auth';

/**
 * passwordSecret names a Secret of type kubernetes.io/basic-auth with a `password` key. Checked when the
 * Secret is part of the input; otherwise a warning that it must exist in the cluster.
 */
export const peerPasswordSecret = defineRule({
  code: 'metallb/peer-password-secret',
  severity: 'warning',
  description: 'passwordSecret without a name, naming a Secret that is not basic-auth or lacks `password`, or a Secret that is not in the input (warning)',
  check(ctx) {
    const out: Finding[] = [];
    for (const peer of ctx.ofKind('BGPPeer')) {
      const ref = peer.spec['passwordSecret'];
      if (ref === undefined || ref === null) continue;
      if (!isPlainObject(ref)) continue;
      const name = ref['name'];
      if (typeof name !== 'string' || name === '') {
        out.push({ severity: 'error', message: 'passwordSecret has no name; set passwordSecret.name to the Secret holding the password', loc: peer.at('passwordSecret'), target: 'key' });
        continue;
      }
      const ns = typeof ref['namespace'] === 'string' && ref['namespace'] ? ref['namespace'] : (peer.namespace ?? ctx.config.namespace);
      const secret = ctx.config.secrets.find((s) => s.name === name && (s.namespace ?? ctx.config.namespace) === ns);
      if (!secret) {
        out.push({
          message: `Secret "${name}" (namespace ${ns}) is not part of the input; it must exist in the cluster, of type ${BASIC_AUTH} with a \`password\` key`,
          loc: peer.at('passwordSecret', 'name'),
        });
        continue;
      }
      const related = [{ loc: peer.at('passwordSecret', 'name'), message: 'referenced here' }];
      if (secret.type !== BASIC_AUTH) {
        out.push({
          severity: 'error',
          message: `Secret "${name}" has type ${secret.type ?? 'Opaque (none given)'}; MetalLB reads BGP passwords only from type ${BASIC_AUTH}`,
          loc: at(secret.loc, 'type'),
          related,
        });
      }
      if (!secret.keys.includes('password')) {
        out.push({ severity: 'error', message: `Secret "${name}" has no \`password\` key; add it under data (base64) or stringData`, loc: at(secret.loc, 'data'), related });
      }
    }
    return out;
  },
});
