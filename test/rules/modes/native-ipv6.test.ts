import { configMap, cr, docs, table } from '../peers/table.js';

const v6 = cr('IPAddressPool', 'v6', 'addresses:', '- 10.1.0.0/24', '- fc00::1-fc00::ff');

table('metallb/native-ipv6-bgp', [
  { name: 'IPv6 entry of a BGP-announced pool', text: docs(v6, cr('BGPAdvertisement', 'ad', 'ipAddressPools:', '- v6')), want: ['metallb/native-ipv6-bgp@8:5'] },
  { name: 'advertisement of all pools', text: docs(v6, cr('BGPAdvertisement', 'ad')), want: ['metallb/native-ipv6-bgp@8:5'] },
  { name: 'layer2 only', text: docs(v6, cr('L2Advertisement', 'l2')), want: [] },
  { name: 'advertisement of another pool', text: docs(v6, cr('BGPAdvertisement', 'ad', 'ipAddressPools:', '- other')), want: [] },
  { name: 'FRR mode', text: docs(v6, cr('BGPAdvertisement', 'ad')), opts: { bgpMode: 'frr' }, want: [] },
  // a malformed pool list announces nothing that can be known (the schema layer reports the type), not every pool
  { name: 'ipAddressPools not a list', text: docs(v6, cr('BGPAdvertisement', 'ad', 'ipAddressPools: v6')), want: [] },
  { name: 'selected by labels', text: docs(cr('IPAddressPool', 'v6', 'addresses:', '- fc00::/120'), cr('BGPAdvertisement', 'ad', 'ipAddressPoolSelectors:', '- matchLabels: {}')), want: ['metallb/native-ipv6-bgp@7:5'] },
  {
    name: 'legacy bgp pool with IPv6',
    text: configMap('address-pools:', '- name: v6', '  protocol: bgp', '  addresses:', '  - fc00::/120'),
    opts: { metallbVersion: '0.12.1' },
    want: ['metallb/native-ipv6-bgp@12:9'],
  },
]);
