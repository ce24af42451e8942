import { docs, peer, table } from '../peers/table.js';

const frr = { bgpMode: 'frr' as const };
const p = (name: string, addr: string, ...more: string[]) => peer(name, 'myASN: 1', 'peerASN: 2', `peerAddress: ${addr}`, ...more);

table('metallb/frr-duplicate-peer', [
  { name: 'same address', text: docs(p('a', '10.0.0.1'), p('b', '10.0.0.1')), opts: frr, want: ['metallb/frr-duplicate-peer@17:16'] },
  { name: 'same address, different VRF', text: docs(p('a', '10.0.0.1'), p('b', '10.0.0.1', 'vrf: red')), opts: frr, want: [] },
  {
    name: 'same address on disjoint nodes',
    text: docs(p('a', '10.0.0.1', 'nodeSelectors:', '- matchLabels:', '    zone: a'), p('b', '10.0.0.1', 'nodeSelectors:', '- matchLabels:', '    zone: b')),
    opts: frr,
    want: [],
  },
  { name: 'different addresses', text: docs(p('a', '10.0.0.1'), p('b', '10.0.0.2')), opts: frr, want: [] },
]);
