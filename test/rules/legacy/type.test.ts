import { configMap, table } from '../peers/table.js';

const v12 = { metallbVersion: '0.12.1' };

table('legacy/type', [
  { name: 'config is not a mapping', text: configMap('- a', '- b'), opts: v12, want: ['legacy/type@8:5'] },
  { name: 'quoted ASN', text: configMap('peers:', '- peer-address: 10.0.0.1', '  peer-asn: "2"', '  my-asn: 1'), opts: v12, want: ['legacy/type@10:17'] },
  { name: 'addresses not a list', text: configMap('address-pools:', '- name: a', '  protocol: layer2', '  addresses: 10.0.0.0/24'), opts: v12, want: ['legacy/type@11:18'] },
  { name: 'auto-assign not a bool', text: configMap('address-pools:', '- name: a', '  protocol: layer2', '  addresses: [10.0.0.0/24]', '  auto-assign: "no"'), opts: v12, want: ['legacy/type@12:20'] },
  { name: 'a pool that is not a mapping', text: configMap('address-pools:', '- just-a-string'), opts: v12, want: ['legacy/type@9:7'] },
  { name: 'a macro ASN is not a type error', text: configMap('peers:', '- peer-address: 10.0.0.1', '  peer-asn: "{{ .spectro.var.asn }}"', '  my-asn: 1'), opts: v12, codes: ['legacy/type', 'macro/deferred'], want: ['macro/deferred@10:17'] },
]);
