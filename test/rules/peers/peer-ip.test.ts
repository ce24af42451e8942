import { docs, peer, table } from './table.js';

const asn = ['myASN: 1', 'peerASN: 2'];

table('metallb/peer-ip', [
  { name: 'peerAddress not an IP', text: docs(peer('p', ...asn, 'peerAddress: 10.0.0.256')), want: ['metallb/peer-ip@8:16'] },
  { name: 'peerAddress with prefix length', text: docs(peer('p', ...asn, 'peerAddress: 10.0.0.1/32')), want: ['metallb/peer-ip@8:16'] },
  { name: 'sourceAddress hostname', text: docs(peer('p', ...asn, 'peerAddress: 10.0.0.1', 'sourceAddress: node1')), want: ['metallb/peer-ip@9:18'] },
  { name: 'routerID IPv6', text: docs(peer('p', ...asn, 'peerAddress: 10.0.0.1', 'routerID: "fd00::1"')), want: ['metallb/peer-ip@9:13'] },
  { name: 'IPv6 peer and IPv4 router ID', text: docs(peer('p', ...asn, 'peerAddress: "fd00::1"', 'sourceAddress: "fd00::2"', 'routerID: 10.1.1.1')), want: [] },
  {
    name: 'macro address is deferred',
    text: docs(peer('p', ...asn, 'peerAddress: "{{ .spectro.var.router }}"')),
    codes: ['metallb/peer-ip', 'macro/deferred'],
    want: ['macro/deferred@8:16'],
  },
]);
