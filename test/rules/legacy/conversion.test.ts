import { expect, it } from 'vitest';
import { configFromConfigMap } from '../../../src/metallb/build/from-configmap.js';
import { parseVersion } from '../../../src/metallb/version.js';
import { SourceFile } from '../../../src/values/source-file.js';
import { configMap, table } from '../peers/table.js';

const v12 = { metallbVersion: '0.12.1' };

/** Shared rules run on the converted model and point inside the block scalar. */
table('metallb/peer-ip', [
  { name: 'peer-address inside the block', text: configMap('peers:', '- peer-address: 10.0.0.300', '  peer-asn: 2', '  my-asn: 1'), opts: v12, want: ['metallb/peer-ip@9:21'] },
]);
table('metallb/peer-timers', [
  { name: 'hold-time inside the block', text: configMap('peers:', '- peer-address: 10.0.0.1', '  peer-asn: 2', '  my-asn: 1', '  hold-time: 1s'), opts: v12, want: ['metallb/peer-timers@12:18'] },
]);
table('metallb/frr-duplicate-peer', [
  {
    name: 'FRR mode of 0.12: peer addresses are unique',
    text: configMap('peers:', '- peer-address: 10.0.0.1', '  peer-asn: 2', '  my-asn: 1', '- peer-address: 10.0.0.1', '  peer-asn: 3', '  my-asn: 1'),
    opts: { ...v12, bgpMode: 'frr' },
    want: ['metallb/frr-duplicate-peer@12:21'],
  },
]);
table('metallb/bfd-profile-bounds', [
  { name: 'bfd profile inside the block', text: configMap('bfd-profiles:', '- name: b', '  detect-multiplier: 1'), opts: { ...v12, bgpMode: 'frr' }, want: ['metallb/bfd-profile-bounds@10:26'] },
]);
table('yaml/', [
  { name: 'YAML errors inside the block are reported there', text: configMap('peers:', '- peer-address: 10.0.0.1', '  peer-asn: 2', '  peer-asn: 3'), opts: v12, want: ['yaml/duplicate-key@11:7'] },
]);

it('converts like MetalLB: pools, advertisements, one Community, peers named peerN', () => {
  const text = configMap(
    'bgp-communities:',
    '  nbr: 65535:65282',
    'peers:',
    '- peer-address: 10.0.0.1',
    '  peer-asn: 64501',
    '  my-asn: 64500',
    '- peer-address: 10.0.0.2',
    '  peer-asn: 64502',
    '  my-asn: 64500',
    'address-pools:',
    '- name: L2_Pool',
    '  protocol: layer2',
    '  addresses: [10.0.0.0/24]',
    '- name: bgp-plain',
    '  protocol: bgp',
    '  addresses: [10.1.0.0/24]',
    '- name: bgp-adv',
    '  protocol: bgp',
    '  addresses: [10.2.0.0/24]',
    '  bgp-advertisements:',
    '  - aggregation-length: 32',
    '    communities: [nbr]',
    '  - localpref: 50',
  );
  const src = SourceFile.parse('cm.yaml', text);
  const { config } = configFromConfigMap(src, 0, parseVersion('0.12.1')!);
  const summary = config.objects.map((o) => `${o.kind}/${o.name}`);
  expect(summary).toEqual([
    'Community/bgp-communities',
    'IPAddressPool/l2-pool',
    'L2Advertisement/l2advertisement1',
    'IPAddressPool/bgp-plain',
    'BGPAdvertisement/bgpadvertisement1',
    'IPAddressPool/bgp-adv',
    'BGPAdvertisement/bgpadvertisement2',
    'BGPAdvertisement/bgpadvertisement3',
    'BGPPeer/peer1',
    'BGPPeer/peer2',
  ]);
  const ad = config.objects.find((o) => o.name === 'bgpadvertisement2')!;
  expect(ad.spec).toEqual({ aggregationLength: 32, communities: ['nbr'], ipAddressPools: ['bgp-adv'] });
  expect(ad.at('aggregationLength').path).toEqual(['data', 'config', 'address-pools', 2, 'bgp-advertisements', 0, 'aggregation-length']);
  expect(config.objects.find((o) => o.name === 'peer2')!.spec).toEqual({ peerAddress: '10.0.0.2', peerASN: 64502, myASN: 64500 });
});
