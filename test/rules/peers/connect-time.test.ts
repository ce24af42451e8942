import { docs, peer, table } from './table.js';

const base = ['myASN: 1', 'peerASN: 2', 'peerAddress: 10.0.0.1'];
const o = { metallbVersion: '0.16.1', bgpMode: 'frr' as const };

table('metallb/peer-connect-time', [
  { name: 'fraction of a second', text: docs(peer('p', ...base, 'connectTime: 1500ms')), opts: o, want: ['metallb/peer-connect-time@9:16'] },
  { name: 'zero', text: docs(peer('p', ...base, 'connectTime: 0s')), opts: o, want: ['metallb/peer-connect-time@9:16'] },
  { name: 'above 65535s', text: docs(peer('p', ...base, 'connectTime: 20h')), opts: o, want: ['metallb/peer-connect-time@9:16'] },
  { name: 'not a duration', text: docs(peer('p', ...base, 'connectTime: soon')), opts: o, want: ['metallb/peer-connect-time@9:16'] },
  { name: '10s', text: docs(peer('p', ...base, 'connectTime: 10s')), opts: o, want: [] },
  { name: '2m', text: docs(peer('p', ...base, 'connectTime: 2m')), opts: o, want: [] },
]);
