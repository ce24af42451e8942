import { describe, expect, it } from 'vitest';
import { brief, diagnose, yaml } from '../../helpers/diagnose.js';
import { docs, obj, pool } from './docs.js';

const run = (text: string) => brief(diagnose(text, { metallbVersion: '0.14.9' }), 'metallb/aggregation-too-short');

describe('metallb/aggregation-too-short', () => {
  it.each([
    { name: 'range 3.3.3.2-3.3.3.254 with 26 passes (MetalLB case)', text: docs(pool('a', ['3.3.3.2-3.3.3.254']), obj('BGPAdvertisement', 'b', '  aggregationLength: 26')), expected: [] },
    { name: 'range 3.3.3.2-3.3.3.254 with 24 is rejected (MetalLB case)', text: docs(pool('a', ['3.3.3.2-3.3.3.254']), obj('BGPAdvertisement', 'b', '  aggregationLength: 24')), expected: ['metallb/aggregation-too-short@13:22'] },
    { name: 'a /24 CIDR accepts 24', text: docs(pool('a', ['10.0.0.0/24']), obj('BGPAdvertisement', 'b', '  aggregationLength: 24')), expected: [] },
    { name: 'a /24 CIDR rejects 23', text: docs(pool('a', ['10.0.0.0/24']), obj('BGPAdvertisement', 'b', '  aggregationLength: 23')), expected: ['metallb/aggregation-too-short@13:22'] },
    {
      name: 'only selected pools count',
      text: docs(pool('a', ['10.0.0.0/24']), pool('b', ['10.1.0.0/28']), obj('BGPAdvertisement', 'x', '  ipAddressPools: [b]', '  aggregationLength: 28')),
      expected: [],
    },
    {
      name: 'all pools when none is named; the tightest entry decides',
      text: docs(pool('a', ['10.0.0.0/24']), pool('b', ['10.1.0.0/28', '10.2.0.0/30']), obj('BGPAdvertisement', 'x', '  aggregationLength: 28')),
      expected: ['metallb/aggregation-too-short@20:22'],
    },
    {
      name: 'IPv6 uses aggregationLengthV6',
      text: docs(pool('a', ['10.0.0.0/24', 'fd00::/64']), obj('BGPAdvertisement', 'x', '  aggregationLength: 24', '  aggregationLengthV6: 48')),
      expected: ['metallb/aggregation-too-short@14:24'],
    },
    { name: 'out-of-range lengths are left to aggregation-length-invalid', text: docs(pool('a', ['10.0.0.0/24']), obj('BGPAdvertisement', 'x', '  aggregationLength: 0')), expected: [] },
  ])('$name', ({ text, expected }) => {
    expect(run(text)).toEqual(expected);
  });

  it('names the widest prefix and relates the entry', () => {
    const d = diagnose(docs(pool('a', ['3.3.3.2-3.3.3.254']), obj('BGPAdvertisement', 'b', '  aggregationLength: 24')), { metallbVersion: '0.14.9' }).find(
      (x) => x.code === 'metallb/aggregation-too-short',
    );
    expect(d?.message).toContain('/26');
    expect(d?.message).toContain('aggregationLength 26 or more');
    expect(d?.related?.[0]?.range?.start).toEqual({ line: 6, column: 15 });
  });

  it('maps helm values positions', () => {
    const text = yaml(
      'charts:',
      '  metallb-full:',
      '    configuration:',
      '      ipaddresspools:',
      '        lan:',
      '          spec:',
      '            addresses: [3.3.3.2-3.3.3.254]',
      '      bgpadvertisements:',
      '        adv:',
      '          spec:',
      '            ipAddressPools: [lan]',
      '            aggregationLength: 24',
    );
    expect(run(text)).toEqual(['metallb/aggregation-too-short@12:32']);
  });
});
