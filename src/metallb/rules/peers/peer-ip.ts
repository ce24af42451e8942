import { isIP } from 'node:net';
import type { Finding } from '../../../diagnostics/finding.js';
import { defineRule } from '../../rule.js';
import { fieldName } from '../wording.js';
import { deferIfMacro, readStr } from './read.js';

const FIELDS: [field: string, what: string, write: string][] = [
  ['peerAddress', 'peer address', "the BGP router's IP address, such as 192.168.1.1 or fd00::1"],
  ['sourceAddress', 'source address', 'an IP address of the node to open the session from, such as 192.168.1.10, or remove it'],
  ['routerID', 'router ID', 'an IPv4 address such as 10.0.0.1 (a 32-bit BGP identifier), or remove it'],
];

/** peerAddress and sourceAddress are IP addresses; routerID is a BGP identifier written as an IPv4 address. */
export const peerIp = defineRule({
  code: 'metallb/peer-ip',
  severity: 'error',
  description: 'peerAddress or sourceAddress that is not an IP address, or routerID that is not an IPv4 address',
  check(ctx) {
    const out: Finding[] = [];
    for (const peer of ctx.ofKind('BGPPeer')) {
      for (const [field, what, write] of FIELDS) {
        const r = readStr(peer, field);
        if (r.kind === 'macro') out.push(...deferIfMacro(peer, field, what));
        if (r.kind !== 'value') continue;
        const family = isIP(r.value);
        const name = fieldName(ctx, field);
        if (family === 0) {
          const bare = r.value.includes('/') ? r.value.split('/')[0]!.trim() : r.value.trim();
          const fix =
            bare !== r.value && isIP(bare) !== 0
              ? `write \`${bare}\` (${r.value.includes('/') ? `without the /${r.value.split('/')[1]} prefix length` : 'without the surrounding spaces'})`
              : `write ${write}`;
          out.push({ message: `${name} "${r.value}" is not an IP address; ${fix}`, loc: peer.at(field) });
        } else if (field === 'routerID' && family !== 4) {
          out.push({ message: `${name} "${r.value}" is IPv6; a BGP router ID is 32 bits: write an IPv4 address such as 10.0.0.1`, loc: peer.at(field) });
        }
      }
    }
    return out;
  },
});
