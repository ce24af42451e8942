import { docs, peer, table } from './table.js';

const base = ['myASN: 1', 'peerASN: 2', 'peerAddress: 10.0.0.1'];

table('metallb/peer-port', [
  { name: 'port 0', text: docs(peer('p', ...base, 'peerPort: 0')), want: ['metallb/peer-port@9:13'] },
  { name: 'port above 16384', text: docs(peer('p', ...base, 'peerPort: 20000')), want: ['metallb/peer-port@9:13'] },
  { name: 'port 179', text: docs(peer('p', ...base, 'peerPort: 179')), want: [] },
  { name: 'port 16384', text: docs(peer('p', ...base, 'peerPort: 16384')), want: [] },
]);
