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
        const down = Math.max(1000, Math.floor(ms / 1000) * 1000);
        out.push({ message: `connectTime "${r.value}" is not a whole number of seconds; round it to seconds, e.g. ${formatDuration(down)}`, loc: peer.at('connectTime') });
      } else if (ms < 1000 || ms > 65535_000) {
        // echo what the user wrote: `70000s` is clearer than its normalised `19h26m40s`
        out.push({ message: `connectTime "${r.value}" is out of range; use 1s..65535s, e.g. ${ms < 1000 ? '10s' : '65535s'}`, loc: peer.at('connectTime') });
      }
    }
    return out;
  },
});
