import { docs, peer, table } from './table.js';

const base = ['myASN: 64500', 'peerAddress: 10.0.0.1'];
const v = { metallbVersion: '0.16.1' };

table('metallb/peer-asn', [
  { name: 'peerASN 0 without dynamicASN', text: docs(peer('p', ...base, 'peerASN: 0')), opts: v, want: ['metallb/peer-asn@8:12'] },
  { name: 'peerASN missing without dynamicASN', text: docs(peer('p', ...base)), opts: v, want: ['metallb/peer-asn@5:1'] },
  { name: 'peerASN and dynamicASN both', text: docs(peer('p', ...base, 'peerASN: 64501', 'dynamicASN: external')), opts: v, want: ['metallb/peer-asn@9:15'] },
  { name: 'dynamicASN alone is fine', text: docs(peer('p', ...base, 'dynamicASN: internal')), opts: v, want: [] },
  { name: 'peerASN 0 with dynamicASN is fine', text: docs(peer('p', ...base, 'peerASN: 0', 'dynamicASN: internal')), opts: v, want: [] },
  { name: 'plain eBGP peer', text: docs(peer('p', ...base, 'peerASN: 64501')), opts: v, want: [] },
  {
    name: 'macro peerASN is deferred',
    text: docs(peer('p', ...base, 'peerASN: "{{ .spectro.var.peerAsn }}"')),
    opts: v,
    codes: ['metallb/peer-asn', 'macro/deferred'],
    want: ['macro/deferred@8:12'],
  },
]);
