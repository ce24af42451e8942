import type { Finding } from '../../../diagnostics/finding.js';
import type { MObject } from '../../model.js';
import { defineRule } from '../../rule.js';
import { formatDuration, parseDuration } from './duration.js';
import { deferIfMacro, readStr } from './read.js';
import { fieldName } from '../wording.js';

type Parsed = { ms: number } | 'skip' | 'absent';

function parse(peer: MObject, field: string, name: string, out: Finding[]): Parsed {
  const r = readStr(peer, field);
  if (r.kind === 'absent') return 'absent';
  if (r.kind === 'macro') {
    out.push(...deferIfMacro(peer, field, 'duration'));
    return 'skip';
  }
  if (r.kind === 'invalid') return 'skip';
  const ms = parseDuration(r.value);
  if (ms === undefined || ms < 0) {
    out.push({ message: `${name} "${r.value}" is not a duration; write it like 90s, 1m30s or 500ms`, loc: peer.at(field) });
    return 'skip';
  }
  return { ms };
}

/**
 * holdTime/keepaliveTime as MetalLB derives them: hold only → keepalive = hold/3; keepalive only →
 * hold = keepalive×3. Hold rounded down to seconds must be 0 or ≥ 3s; keepalive may not exceed hold.
 */
export const peerTimers = defineRule({
  code: 'metallb/peer-timers',
  severity: 'error',
  description: 'holdTime/keepaliveTime that are not durations, a hold time (given or keepalive×3) between 1s and 3s, or keepalive > hold',
  check(ctx) {
    const out: Finding[] = [];
    const holdTime = fieldName(ctx, 'holdTime');
    const keepaliveTime = fieldName(ctx, 'keepaliveTime');
    for (const peer of ctx.ofKind('BGPPeer')) {
      const hold = parse(peer, 'holdTime', holdTime, out);
      const ka = parse(peer, 'keepaliveTime', keepaliveTime, out);
      if (hold === 'skip' || ka === 'skip') continue;
      if (hold !== 'absent') {
        const secs = Math.floor(hold.ms / 1000);
        if (secs !== 0 && secs < 3) {
          out.push({ message: `${holdTime} ${formatDuration(hold.ms)} is too short; BGP hold time must be 0 (no keepalives) or at least 3s`, loc: peer.at('holdTime') });
          continue;
        }
        if (ka !== 'absent' && ka.ms > hold.ms) {
          out.push({
            message: `${keepaliveTime} ${formatDuration(ka.ms)} is longer than ${holdTime} ${formatDuration(hold.ms)}; the session would expire between keepalives: use at most ${holdTime} (usually ${holdTime}/3)`,
            loc: peer.at('keepaliveTime'),
          });
        }
      } else if (ka !== 'absent') {
        const derived = ka.ms * 3;
        const secs = Math.floor(derived / 1000);
        if (secs !== 0 && secs < 3) {
          out.push({
            message: `${keepaliveTime} ${formatDuration(ka.ms)} without ${holdTime} implies ${holdTime} ${formatDuration(derived)} (3×keepalive), which is under 3s; set ${holdTime}: 3s or more, or a ${keepaliveTime} of at least 1s`,
            loc: peer.at('keepaliveTime'),
          });
        }
      }
    }
    return out;
  },
});
