import { configMap, table } from '../peers/table.js';
import { expect, it } from 'vitest';
import { brief, diagnose } from '../../helpers/diagnose.js';

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

table('legacy/community and metallb/community-invalid report a bad legacy community once', [
  { name: 'bad alias value', text: configMap('bgp-communities:', '  nbr: 70000:1', ...pool('nbr')), opts: v12, codes: ['legacy/community', 'metallb/community-invalid'], want: ['legacy/community@9:12'] },
  { name: 'bad literal in an advertisement', text: configMap(...pool('65536:1', 'large:1:2:3')), opts: v12, codes: ['legacy/community', 'metallb/community-invalid'], want: ['legacy/community@14:11', 'legacy/community@15:11'] },
  {
    name: 'macros are deferred, not errors',
    text: configMap('bgp-communities:', '  nbr: "{{ .spectro.var.c }}"', ...pool('nbr', '"{{ .spectro.var.d }}"')),
    opts: v12,
    codes: ['legacy/community', 'metallb/community-invalid', 'macro/deferred'],
    want: ['macro/deferred@9:12', 'macro/deferred@17:11'],
  },
]);

it('one message, in legacy terms', () => {
  const diags = diagnose(configMap('bgp-communities:', '  nbr: 70000:1', ...pool('nbr')), v12);
  expect(diags.filter((d) => d.code.includes('communit')).map((d) => d.message)).toEqual(['"70000:1" is out of range; both parts of AA:NN are 0..65535']);
});
