import { docs, peer, table } from './table.js';

table('metallb/ebgp-multihop-ibgp', [
  { name: 'iBGP with ebgpMultiHop', text: docs(peer('p', 'myASN: 64500', 'peerASN: 64500', 'peerAddress: 10.0.0.1', 'ebgpMultiHop: true')), want: ['metallb/ebgp-multihop-ibgp@9:17'] },
  {
    name: 'dynamicASN internal with ebgpMultiHop',
    text: docs(peer('p', 'myASN: 64500', 'dynamicASN: internal', 'peerAddress: 10.0.0.1', 'ebgpMultiHop: true')),
    opts: { metallbVersion: '0.16.1' },
    want: ['metallb/ebgp-multihop-ibgp@9:17'],
  },
  { name: 'eBGP with ebgpMultiHop is fine', text: docs(peer('p', 'myASN: 64500', 'peerASN: 64501', 'peerAddress: 10.0.0.1', 'ebgpMultiHop: true')), want: [] },
  { name: 'iBGP with ebgpMultiHop false is fine', text: docs(peer('p', 'myASN: 64500', 'peerASN: 64500', 'peerAddress: 10.0.0.1', 'ebgpMultiHop: false')), want: [] },
]);
