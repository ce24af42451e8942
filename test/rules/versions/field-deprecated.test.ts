import { docs, peer, table } from '../peers/table.js';

const base = ['myASN: 1', 'peerASN: 2', 'peerAddress: 10.0.0.1'];
const frr = { bgpMode: 'frr' as const };

table('metallb/field-deprecated', [
  { name: 'disableMP on 0.15.3', text: docs(peer('p', ...base, 'disableMP: true')), opts: { ...frr, metallbVersion: '0.15.3' }, want: ['metallb/field-deprecated@9:3'] },
  { name: 'disableMP on 0.14.9', text: docs(peer('p', ...base, 'disableMP: true')), opts: { ...frr, metallbVersion: '0.14.9' }, want: [] },
]);
