import { cr, docs, table } from './table.js';

const frr = { bgpMode: 'frr' as const };

table('metallb/bfd-profile-duplicate', [
  { name: 'same name twice', text: docs(cr('BFDProfile', 'b', 'detectMultiplier: 3'), cr('BFDProfile', 'b', 'detectMultiplier: 4')), opts: frr, want: ['metallb/bfd-profile-duplicate@11:9'] },
  { name: 'different names', text: docs(cr('BFDProfile', 'a', 'detectMultiplier: 3'), cr('BFDProfile', 'b', 'detectMultiplier: 4')), opts: frr, want: [] },
]);
