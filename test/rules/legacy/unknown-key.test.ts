import { expect, it } from 'vitest';
import { diagnose } from '../../helpers/diagnose.js';
import { configMap, table } from '../peers/table.js';

const v12 = { metallbVersion: '0.12.1' };

table('legacy/unknown-key', [
  { name: 'unknown top-level key', text: configMap('address-pool:', '- name: a'), opts: v12, want: ['legacy/unknown-key@8:5'] },
  { name: 'camelCase peer key', text: configMap('peers:', '- peer-address: 10.0.0.1', '  peer-asn: 2', '  my-asn: 1', '  peerPort: 180'), opts: v12, want: ['legacy/unknown-key@12:7'] },
  {
    name: 'unknown pool and advertisement keys',
    text: configMap('address-pools:', '- name: a', '  protocol: bgp', '  addresses: [10.0.0.0/24]', '  autoAssign: false', '  bgp-advertisements:', '  - aggregation-length: 32', '    local-pref: 100'),
    opts: v12,
    want: ['legacy/unknown-key@12:7', 'legacy/unknown-key@15:9'],
  },
  {
    name: 'unknown node selector and expression keys',
    text: configMap('peers:', '- peer-address: 10.0.0.1', '  peer-asn: 2', '  my-asn: 1', '  node-selectors:', '  - matchLabels: {a: b}', '    match-expressions:', '    - key: a', '      op: In'),
    opts: v12,
    want: ['legacy/unknown-key@13:9', 'legacy/unknown-key@16:11'],
  },
  { name: 'unknown bfd profile key', text: configMap('bfd-profiles:', '- name: b', '  multiplier: 3'), opts: { ...v12, bgpMode: 'frr' }, want: ['legacy/unknown-key@10:7'] },
  {
    name: 'a complete 0.12 configuration is accepted',
    text: configMap(
      'peers:',
      '- peer-address: 10.0.0.1',
      '  peer-asn: 64501',
      '  my-asn: 64500',
      '  peer-port: 179',
      '  hold-time: 90s',
      '  keepalive-time: 30s',
      '  router-id: 10.1.1.1',
      '  source-address: 10.0.0.5',
      '  password: x',
      '  bfd-profile: fast',
      '  ebgp-multihop: true',
      '  node-selectors:',
      '  - match-labels: {zone: a}',
      '    match-expressions:',
      '    - key: rack',
      '      operator: In',
      '      values: [r1]',
      'bgp-communities:',
      '  nbr: 65535:65282',
      'bfd-profiles:',
      '- name: fast',
      '  receive-interval: 300',
      '  transmit-interval: 300',
      '  detect-multiplier: 3',
      '  echo-interval: 50',
      '  echo-mode: false',
      '  passive-mode: false',
      '  minimum-ttl: 254',
      'address-pools:',
      '- name: pool-a',
      '  protocol: bgp',
      '  addresses: [192.168.10.0/24]',
      '  avoid-buggy-ips: true',
      '  auto-assign: true',
      '  bgp-advertisements:',
      '  - aggregation-length: 32',
      '    aggregation-length-v6: 128',
      '    localpref: 100',
      '    communities: [nbr, 64512:1]',
    ),
    opts: { ...v12, bgpMode: 'frr' },
    codes: ['legacy/'],
    want: [],
  },
]);

it('the message suggests the kebab-case key', () => {
  const d = diagnose(configMap('peers:', '- peer-address: 10.0.0.1', '  peer-asn: 2', '  my-asn: 1', '  peerPort: 180'), v12);
  expect(d.find((x) => x.code === 'legacy/unknown-key')!.message).toContain('write `peer-port`');
});
