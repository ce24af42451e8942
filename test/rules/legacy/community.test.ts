import { configMap, table } from '../peers/table.js';

const v12 = { metallbVersion: '0.12.1' };
const pool = (...communities: string[]) => [
  'address-pools:',
  '- name: a',
  '  protocol: bgp',
  '  addresses: [10.0.0.0/24]',
  '  bgp-advertisements:',
  '  - communities:',
  ...communities.map((c) => `    - ${c}`),
];

table('legacy/community', [
  { name: 'large community', text: configMap(...pool('large:1:2:3')), opts: v12, want: ['legacy/community@14:11'] },
  { name: 'undefined alias', text: configMap(...pool('no-export')), opts: v12, want: ['legacy/community@14:11'] },
  { name: 'part above 65535', text: configMap(...pool('65536:1')), opts: v12, want: ['legacy/community@14:11'] },
  { name: 'bad alias value', text: configMap('bgp-communities:', '  nbr: 1:2:3', ...pool('nbr')), opts: v12, want: ['legacy/community@9:12'] },
  { name: 'AA:NN and a defined alias', text: configMap('bgp-communities:', '  nbr: 65535:65282', ...pool('nbr', '64512:7')), opts: v12, want: [] },
]);
