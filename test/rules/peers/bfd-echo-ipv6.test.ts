import { cr, docs, peer, table } from './table.js';

const frr = { bgpMode: 'frr' as const };
const p = (name: string, profile: string) => peer(name, 'myASN: 1', 'peerASN: 2', 'peerAddress: 10.0.0.1', `bfdProfile: ${profile}`);
const echo = cr('BFDProfile', 'echo', 'echoMode: true');
const plain = cr('BFDProfile', 'plain', 'echoMode: false');
const v6 = cr('IPAddressPool', 'v6', 'addresses:', '- fc00::/120');
const v4 = cr('IPAddressPool', 'v4', 'addresses:', '- 10.1.0.0/24');

table('metallb/bfd-echo-ipv6', [
  { name: 'echo profile, advertisement without peers list', text: docs(p('a', 'echo'), echo, v6, cr('BGPAdvertisement', 'ad', 'ipAddressPools:', '- v6')), opts: frr, want: ['metallb/bfd-echo-ipv6@9:15'] },
  { name: 'echo profile, advertisement lists the peer', text: docs(p('a', 'echo'), echo, v6, cr('BGPAdvertisement', 'ad', 'peers:', '- a')), opts: frr, want: ['metallb/bfd-echo-ipv6@9:15'] },
  { name: 'advertisement lists another peer', text: docs(p('a', 'echo'), echo, v6, cr('BGPAdvertisement', 'ad', 'peers:', '- b')), opts: frr, want: [] },
  { name: 'IPv4 pool only', text: docs(p('a', 'echo'), echo, v4, cr('BGPAdvertisement', 'ad')), opts: frr, want: [] },
  { name: 'profile without echo', text: docs(p('a', 'plain'), plain, v6, cr('BGPAdvertisement', 'ad')), opts: frr, want: [] },
  { name: 'pool not advertised over BGP', text: docs(p('a', 'echo'), echo, v6, cr('L2Advertisement', 'l2')), opts: frr, want: [] },
]);
