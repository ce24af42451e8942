import { isIP } from 'node:net';
import type { Finding } from '../../../diagnostics/finding.js';
import { defineRule } from '../../rule.js';
import { deferIfMacro, readStr } from './read.js';

const FIELDS: [field: string, what: string][] = [
  ['peerAddress', 'peer address'],
  ['sourceAddress', 'source address'],
  ['routerID', 'router ID'],
];

/** peerAddress and sourceAddress are IP addresses; routerID is a BGP identifier written as an IPv4 address. */
export const peerIp = defineRule({
  code: 'metallb/peer-ip',
  severity: 'error',
  description: 'peerAddress or sourceAddress that is not an IP address, or routerID that is not an IPv4 address',
  check(ctx) {
    const out: Finding[] = [];
    for (const peer of ctx.ofKind('BGPPeer')) {
      for (const [field, what] of FIELDS) {
        const r = readStr(peer, field);
        if (r.kind === 'macro') out.push(...deferIfMacro(peer, field, what));
        if (r.kind !== 'value') continue;
        const family = isIP(r.value);
        if (family === 0) {
          const hint = r.value.includes('/') ? ` (write the address without the /${r.value.split('/')[1]} prefix length)` : r.value.trim() !== r.value ? ' (remove the surrounding spaces)' : '';
          out.push({ message: `${field} "${r.value}" is not an IP address${hint}`, loc: peer.at(field) });
        } else if (field === 'routerID' && family !== 4) {
          out.push({ message: `routerID "${r.value}" is IPv6; a BGP router ID is 32 bits, written as an IPv4 address such as 10.0.0.1`, loc: peer.at(field) });
        }
      }
    }
    return out;
  },
});
