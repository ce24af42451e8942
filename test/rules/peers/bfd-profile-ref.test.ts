import { cr, docs, peer, table } from './table.js';

const frr = { bgpMode: 'frr' as const };
const p = (profile: string) => peer('p', 'myASN: 1', 'peerASN: 2', 'peerAddress: 10.0.0.1', `bfdProfile: ${profile}`);

table('metallb/peer-bfd-profile', [
  { name: 'undefined profile', text: docs(p('fast'), cr('BFDProfile', 'slow', 'detectMultiplier: 3')), opts: frr, want: ['metallb/peer-bfd-profile@9:15'] },
  { name: 'no profiles at all', text: docs(p('fast')), opts: frr, want: ['metallb/peer-bfd-profile@9:15'] },
  { name: 'defined profile', text: docs(p('fast'), cr('BFDProfile', 'fast', 'detectMultiplier: 3')), opts: frr, want: [] },
]);
