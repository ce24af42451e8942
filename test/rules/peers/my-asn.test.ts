import { yaml } from '../../helpers/diagnose.js';
import { docs, helm, peer, table } from './table.js';

const ok = ['peerASN: 64501', 'peerAddress: 10.0.0.1'];

table('metallb/peer-my-asn', [
  { name: 'myASN 0', text: docs(peer('p', 'myASN: 0', ...ok)), want: ['metallb/peer-my-asn@6:10'] },
  { name: 'myASN missing points at spec', text: docs(peer('p', ...ok)), want: ['metallb/peer-my-asn@5:1'] },
  { name: 'accepts a real ASN', text: docs(peer('p', 'myASN: 64500', ...ok)), want: [] },
  {
    name: 'macro is deferred, not an error',
    text: docs(peer('p', 'myASN: "{{ .spectro.var.asn }}"', ...ok)),
    codes: ['metallb/peer-my-asn', 'macro/deferred'],
    want: ['macro/deferred@6:10'],
  },
  { name: 'wrong type is skipped', text: docs(peer('p', 'myASN: [1]', ...ok)), want: [] },
  {
    name: 'helm values',
    text: helm('bgppeers:', '  p1:', '    spec:', '      myASN: 0', '      peerASN: 1', '      peerAddress: 10.0.0.1'),
    want: ['metallb/peer-my-asn@7:20'],
  },
  {
    name: 'legacy ConfigMap: inside the block scalar',
    text: yaml('apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: config', '  namespace: metallb-system', 'data:', '  config: |', '    peers:', '    - peer-address: 10.0.0.1', '      peer-asn: 1', '      my-asn: 0'),
    opts: { metallbVersion: '0.12.1' },
    want: ['metallb/peer-my-asn@11:15'],
  },
]);
