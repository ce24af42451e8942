import { docs, peer, table } from '../peers/table.js';

const frr = { bgpMode: 'frr' as const };
const p = (name: string, asn: number, addr: string, ...more: string[]) => peer(name, `myASN: ${asn}`, 'peerASN: 2', `peerAddress: ${addr}`, ...more);

table('metallb/frr-my-asn', [
  { name: 'different myASN', text: docs(p('a', 64500, '10.0.0.1'), p('b', 64501, '10.0.0.2')), opts: frr, want: ['metallb/frr-my-asn@15:10'] },
  { name: 'different VRFs', text: docs(p('a', 64500, '10.0.0.1'), p('b', 64501, '10.0.0.2', 'vrf: red')), opts: frr, want: [] },
  { name: 'same VRF, different ASNs', text: docs(p('a', 64500, '10.0.0.1', 'vrf: red'), p('b', 64501, '10.0.0.2', 'vrf: red')), opts: { bgpMode: 'frr-k8s' }, want: ['metallb/frr-my-asn@16:10'] },
  { name: 'same myASN', text: docs(p('a', 64500, '10.0.0.1'), p('b', 64500, '10.0.0.2')), opts: frr, want: [] },
]);
