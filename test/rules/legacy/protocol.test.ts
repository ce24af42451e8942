import { configMap, table } from '../peers/table.js';

const v12 = { metallbVersion: '0.12.1' };

table('legacy/protocol', [
  { name: 'missing protocol points at the pool', text: configMap('address-pools:', '- name: a', '  addresses: [10.0.0.0/24]'), opts: v12, want: ['legacy/protocol@9:7'] },
  { name: 'old arp protocol', text: configMap('address-pools:', '- name: a', '  protocol: arp', '  addresses: [10.0.0.0/24]'), opts: v12, want: ['legacy/protocol@10:17'] },
  { name: 'layer2', text: configMap('address-pools:', '- name: a', '  protocol: layer2', '  addresses: [10.0.0.0/24]'), opts: v12, want: [] },
]);

table('legacy/bgp-advertisements-layer2', [
  {
    name: 'advertisements on a layer2 pool',
    text: configMap('address-pools:', '- name: a', '  protocol: layer2', '  addresses: [10.0.0.0/24]', '  bgp-advertisements:', '  - localpref: 100'),
    opts: v12,
    want: ['legacy/bgp-advertisements-layer2@12:7'],
  },
  {
    name: 'advertisements on a bgp pool',
    text: configMap('address-pools:', '- name: a', '  protocol: bgp', '  addresses: [10.0.0.0/24]', '  bgp-advertisements:', '  - localpref: 100'),
    opts: v12,
    want: [],
  },
]);
