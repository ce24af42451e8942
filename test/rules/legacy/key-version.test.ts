import { configMap, table } from '../peers/table.js';

const peer = (...more: string[]) => configMap('peers:', '- peer-address: 10.0.0.1', '  peer-asn: 2', '  my-asn: 1', ...more);

table('legacy/key-version', [
  { name: 'source-address on 0.10', text: peer('  source-address: 10.0.0.5'), opts: { metallbVersion: '0.10.3' }, want: ['legacy/key-version@12:7'] },
  { name: 'source-address on 0.11', text: peer('  source-address: 10.0.0.5'), opts: { metallbVersion: '0.11.0' }, want: [] },
  {
    name: 'keepalive-time, bfd-profile, ebgp-multihop on 0.11',
    text: peer('  keepalive-time: 30s', '  bfd-profile: b', '  ebgp-multihop: true'),
    opts: { metallbVersion: '0.11.0' },
    want: ['legacy/key-version@12:7', 'legacy/key-version@13:7', 'legacy/key-version@14:7'],
  },
  { name: 'bfd-profiles on 0.9', text: configMap('bfd-profiles:', '- name: b'), opts: { metallbVersion: '0.9.6' }, want: ['legacy/key-version@8:5'] },
  {
    name: 'aggregation-length-v6 on 0.11',
    text: configMap('address-pools:', '- name: a', '  protocol: bgp', '  addresses: [10.0.0.0/24]', '  bgp-advertisements:', '  - aggregation-length-v6: 128'),
    opts: { metallbVersion: '0.11.0' },
    want: ['legacy/key-version@13:9'],
  },
  { name: 'keepalive-time on 0.12', text: peer('  keepalive-time: 30s'), opts: { metallbVersion: '0.12.1', bgpMode: 'frr' }, want: [] },
]);
