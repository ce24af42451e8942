import type { Finding } from '../../../diagnostics/finding.js';
import { defineRule } from '../../rule.js';
import { formatDuration, parseDuration } from './duration.js';
import { deferIfMacro, readStr } from './read.js';

/** connectTime: a duration of whole seconds, 1..65535. */
export const peerConnectTime = defineRule({
  code: 'metallb/peer-connect-time',
  severity: 'error',
  description: 'connectTime that is not a whole number of seconds in 1..65535',
  check(ctx) {
    const out: Finding[] = [];
    for (const peer of ctx.ofKind('BGPPeer')) {
      const r = readStr(peer, 'connectTime');
      if (r.kind === 'macro') out.push(...deferIfMacro(peer, 'connectTime', 'duration'));
      if (r.kind !== 'value') continue;
      const ms = parseDuration(r.value);
      if (ms === undefined) {
        out.push({ message: `connectTime "${r.value}" is not a duration; write it like 10s or 2m`, loc: peer.at('connectTime') });
      } else if (ms % 1000 !== 0) {
        out.push({ message: `connectTime ${formatDuration(ms)} is not a whole number of seconds; round it to seconds`, loc: peer.at('connectTime') });
      } else if (ms < 1000 || ms > 65535_000) {
        out.push({ message: `connectTime ${formatDuration(ms)} is out of range; use 1s..65535s`, loc: peer.at('connectTime') });
      }
    }
    return out;
  },
});
