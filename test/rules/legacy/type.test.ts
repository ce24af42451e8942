import { expect, it } from 'vitest';
import { configFromConfigMap } from '../../../src/metallb/build/from-configmap.js';
import { parseVersion } from '../../../src/metallb/version.js';
import { SourceFile } from '../../../src/values/source-file.js';
import { diagnose } from '../../helpers/diagnose.js';
import { configMap, table } from '../peers/table.js';

const v12 = { metallbVersion: '0.12.1' };

table('legacy/type', [
  { name: 'config is not a mapping', text: configMap('- a', '- b'), opts: v12, want: ['legacy/type@8:5'] },
  { name: 'quoted ASN', text: configMap('peers:', '- peer-address: 10.0.0.1', '  peer-asn: "2"', '  my-asn: 1'), opts: v12, want: ['legacy/type@10:17'] },
  { name: 'addresses not a list', text: configMap('address-pools:', '- name: a', '  protocol: layer2', '  addresses: 10.0.0.0/24'), opts: v12, want: ['legacy/type@11:18'] },
  { name: 'auto-assign not a bool', text: configMap('address-pools:', '- name: a', '  protocol: layer2', '  addresses: [10.0.0.0/24]', '  auto-assign: "no"'), opts: v12, want: ['legacy/type@12:20'] },
  {
    name: 'YAML 1.1 booleans (yaml.v2) are booleans, and avoid-buggy-ips: yes takes effect',
    text: configMap('address-pools:', '- name: a', '  protocol: layer2', '  addresses: [10.0.0.0/24]', '  avoid-buggy-ips: yes', '  auto-assign: Off'),
    opts: v12,
    codes: ['legacy/type', 'metallb/buggy-ips'],
    want: [],
  },
  { name: 'y and NO too', text: configMap('peers:', '- peer-address: 10.0.0.1', '  peer-asn: 2', '  my-asn: 1', '  ebgp-multihop: y', 'bfd-profiles:', '- name: b', '  echo-mode: NO'), opts: v12, want: [] },
  { name: 'mixed case is a string to yaml.v2 too', text: configMap('address-pools:', '- name: a', '  protocol: layer2', '  addresses: [10.0.0.0/24]', '  auto-assign: yEs'), opts: v12, want: ['legacy/type@12:20'] },
  {
    name: 'a quoted "yes" stays a string: a type error, and avoid-buggy-ips has no effect',
    text: configMap('address-pools:', '- name: a', '  protocol: layer2', '  addresses: [10.0.0.0/24]', '  avoid-buggy-ips: "yes"'),
    opts: v12,
    codes: ['legacy/type', 'metallb/buggy-ips'],
    want: ['metallb/buggy-ips@11:19', 'legacy/type@12:24'],
  },
  { name: 'a pool that is not a mapping', text: configMap('address-pools:', '- just-a-string'), opts: v12, want: ['legacy/type@9:7'] },
  { name: 'a macro ASN is not a type error', text: configMap('peers:', '- peer-address: 10.0.0.1', '  peer-asn: "{{ .spectro.var.asn }}"', '  my-asn: 1'), opts: v12, codes: ['legacy/type', 'macro/deferred'], want: ['macro/deferred@10:17'] },
]);

it('converts YAML 1.1 booleans to true/false in the model', () => {
  const text = configMap('address-pools:', '- name: a', '  protocol: layer2', '  addresses: [10.0.0.0/24]', '  avoid-buggy-ips: yes', '  auto-assign: off');
  const { config } = configFromConfigMap(SourceFile.parse('cm.yaml', text), 0, parseVersion('0.12.1')!);
  expect(config.objects.find((o) => o.kind === 'IPAddressPool')?.spec).toMatchObject({ avoidBuggyIPs: true, autoAssign: false });
});

it('a quoted boolean word says to drop the quotes', () => {
  const text = configMap('address-pools:', '- name: a', '  protocol: layer2', '  addresses: [10.0.0.0/24]', '  auto-assign: "no"');
  expect(diagnose(text, v12).find((d) => d.code === 'legacy/type')?.message).toBe('`auto-assign` must be true or false; "no" in quotes is a string: write false without quotes');
});
