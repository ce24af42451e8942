import { docs, peer, table } from './table.js';

table('metallb/asn-range', [
  { name: 'myASN above 2^32-1', text: docs(peer('p', 'myASN: 4294967296', 'peerASN: 1', 'peerAddress: 10.0.0.1')), want: ['metallb/asn-range@6:10'] },
  { name: 'negative peerASN', text: docs(peer('p', 'myASN: 1', 'peerASN: -5', 'peerAddress: 10.0.0.1')), want: ['metallb/asn-range@7:12'] },
  {
    name: 'localASN out of range',
    text: docs(peer('p', 'myASN: 1', 'peerASN: 2', 'peerAddress: 10.0.0.1', 'localASN: 5000000000')),
    opts: { metallbVersion: '0.16.1' },
    want: ['metallb/asn-range@9:13'],
  },
  { name: 'largest ASN accepted', text: docs(peer('p', 'myASN: 4294967295', 'peerASN: 4200000000', 'peerAddress: 10.0.0.1')), want: [] },
]);

table('macro/deferred', [
  {
    name: 'localASN macro is deferred',
    text: docs(peer('p', 'myASN: 1', 'peerASN: 2', 'peerAddress: 10.0.0.1', 'localASN: "{{ .spectro.var.local }}"')),
    opts: { metallbVersion: '0.16.1', bgpMode: 'frr' },
    want: ['macro/deferred@9:13'],
  },
]);
