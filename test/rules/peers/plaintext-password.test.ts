import { docs, helm, peer, table } from './table.js';

const values = (pw: string) => helm('bgppeers:', '  p1:', '    spec:', '      myASN: 1', '      peerASN: 2', '      peerAddress: 10.0.0.1', `      password: ${pw}`);

table('metallb/peer-plaintext-password', [
  { name: 'plaintext password in values', text: values('hunter2'), want: ['metallb/peer-plaintext-password@10:23'] },
  { name: 'a macro is not plaintext', text: values('"{{ .spectro.var.bgpPassword }}"'), want: [] },
  { name: 'CR files are not values', text: docs(peer('p', 'myASN: 1', 'peerASN: 2', 'peerAddress: 10.0.0.1', 'password: hunter2')), want: [] },
]);
