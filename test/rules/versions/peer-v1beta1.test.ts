import { docs, table } from '../peers/table.js';

const v1 = (...spec: string[]) => ['apiVersion: metallb.io/v1beta1', 'kind: BGPPeer', 'metadata:', '  name: p', 'spec:', ...spec.map((l) => `  ${l}`)];
const frr = { bgpMode: 'frr' as const, metallbVersion: '0.16.1' };

table('metallb/bgppeer-v1beta1-field', [
  {
    name: 'v1beta2-only fields in v1beta1',
    text: docs(v1('myASN: 1', 'peerASN: 2', 'peerAddress: 10.0.0.1', 'vrf: red', 'passwordSecret:', '  name: s')),
    opts: frr,
    want: ['metallb/bgppeer-v1beta1-field@9:3', 'metallb/bgppeer-v1beta1-field@10:3'],
  },
  { name: 'v1beta1 fields only', text: docs(v1('myASN: 1', 'peerASN: 2', 'peerAddress: 10.0.0.1', 'holdTime: 90s')), opts: frr, want: [] },
]);
