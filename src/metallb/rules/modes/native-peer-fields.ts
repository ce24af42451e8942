import type { Finding } from '../../../diagnostics/finding.js';
import { defineRule } from '../../rule.js';
import { isSet } from '../peers/read.js';
import { fieldName, frrFix } from './fix.js';

/** BGPPeer fields the native BGP speaker does not implement. */
export const NATIVE_UNSUPPORTED_PEER_FIELDS = [
  'bfdProfile',
  'keepaliveTime',
  'vrf',
  'connectTime',
  'enableGracefulRestart',
  'disableMP',
  'dualStackAddressFamily',
  'dynamicASN',
  'interface',
  'localASN',
] as const;

/** In native mode, FRR-only peer fields are refused. `false` booleans are harmless and pass. */
export const nativePeerFields = defineRule({
  code: 'metallb/native-unsupported-field',
  severity: 'error',
  description: 'a BGPPeer field that only FRR implements (bfdProfile, keepaliveTime, vrf, connectTime, …) in native BGP mode',
  check(ctx) {
    if (ctx.mode !== 'native') return [];
    const out: Finding[] = [];
    for (const peer of ctx.ofKind('BGPPeer')) {
      for (const field of NATIVE_UNSUPPORTED_PEER_FIELDS) {
        const v = peer.spec[field];
        if (!isSet(v) || v === false) continue;
        const name = fieldName(ctx, field);
        out.push({
          message: `\`${name}\` is not supported by the native BGP speaker; ${frrFix(ctx, `remove \`${name}\``)}`,
          loc: peer.at(field),
          target: 'key',
        });
      }
    }
    return out;
  },
});
