import { docs, peer, table } from './table.js';

const v = { metallbVersion: '0.16.1', bgpMode: 'frr' as const };

table('metallb/peer-address-or-interface', [
  { name: 'neither', text: docs(peer('p', 'myASN: 1', 'peerASN: 2')), opts: v, want: ['metallb/peer-address-or-interface@5:1'] },
  { name: 'both', text: docs(peer('p', 'myASN: 1', 'peerASN: 2', 'peerAddress: 10.0.0.1', 'interface: eth1')), opts: v, want: ['metallb/peer-address-or-interface@9:14'] },
  { name: 'address only', text: docs(peer('p', 'myASN: 1', 'peerASN: 2', 'peerAddress: 10.0.0.1')), opts: v, want: [] },
  { name: 'interface only (unnumbered)', text: docs(peer('p', 'myASN: 1', 'peerASN: 2', 'interface: eth1')), opts: v, want: [] },
]);
