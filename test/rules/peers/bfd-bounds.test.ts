import { cr, docs, table } from './table.js';

const frr = { bgpMode: 'frr' as const };

table('metallb/bfd-profile-bounds', [
  {
    name: 'every bound broken',
    text: docs(cr('BFDProfile', 'b', 'receiveInterval: 5', 'transmitInterval: 60001', 'echoInterval: 9', 'detectMultiplier: 1', 'minimumTtl: 255')),
    opts: frr,
    want: ['metallb/bfd-profile-bounds@6:20', 'metallb/bfd-profile-bounds@7:21', 'metallb/bfd-profile-bounds@8:17', 'metallb/bfd-profile-bounds@9:21', 'metallb/bfd-profile-bounds@10:15'],
  },
  {
    name: 'edges accepted',
    text: docs(cr('BFDProfile', 'b', 'receiveInterval: 10', 'transmitInterval: 60000', 'echoInterval: 50', 'detectMultiplier: 255', 'minimumTtl: 1')),
    opts: frr,
    want: [],
  },
  {
    name: 'macro deferred',
    text: docs(cr('BFDProfile', 'b', 'receiveInterval: "{{ .spectro.var.rx }}"')),
    opts: frr,
    codes: ['metallb/bfd-profile-bounds', 'macro/deferred'],
    want: ['macro/deferred@6:20'],
  },
]);
