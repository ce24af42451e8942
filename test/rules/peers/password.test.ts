import { docs, peer, table } from './table.js';

const base = ['myASN: 1', 'peerASN: 2', 'peerAddress: 10.0.0.1'];

table('metallb/peer-password-conflict', [
  {
    name: 'both',
    text: docs(peer('p', ...base, 'password: hunter2', 'passwordSecret:', '  name: bgp-auth')),
    want: ['metallb/peer-password-conflict@10:3'],
  },
  { name: 'password only', text: docs(peer('p', ...base, 'password: hunter2')), want: [] },
  { name: 'secret only', text: docs(peer('p', ...base, 'passwordSecret:', '  name: bgp-auth')), want: [] },
]);
