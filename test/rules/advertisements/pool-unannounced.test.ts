import { describe, expect, it } from 'vitest';
import { brief, diagnose, yaml } from '../../helpers/diagnose.js';
import { docs, obj, pool } from './docs.js';
import { configMap } from '../peers/table.js';

const run = (text: string) => brief(diagnose(text, { metallbVersion: '0.14.9' }), 'metallb/pool-unannounced');

describe('metallb/pool-unannounced', () => {
  it.each([
    { name: 'no pools, nothing to say', text: docs(obj('L2Advertisement', 'l2')), expected: [] },
    { name: 'a pool and no advertisement (spec §8.1)', text: docs(pool('a', ['10.0.0.0/24'])), expected: ['metallb/pool-unannounced@4:9'] },
    { name: 'an advertisement with neither field covers all pools', text: docs(pool('a', ['10.0.0.0/24']), obj('L2Advertisement', 'l2')), expected: [] },
    {
      name: 'selected by name',
      text: docs(pool('a', ['10.0.0.0/24']), pool('b', ['10.0.1.0/24']), obj('BGPAdvertisement', 'bgp', '  ipAddressPools: [a]')),
      expected: ['metallb/pool-unannounced@11:9'],
    },
    {
      name: 'selected by matchLabels',
      text: docs(pool('a', ['10.0.0.0/24'], { zone: 'east' }), pool('b', ['10.0.1.0/24'], { zone: 'west' }), obj('L2Advertisement', 'l2', '  ipAddressPoolSelectors:', '    - matchLabels: {zone: east}')),
      expected: ['metallb/pool-unannounced@13:9'],
    },
    {
      name: 'matchExpressions In / NotIn / Exists / DoesNotExist',
      text: docs(
        pool('a', ['10.0.0.0/24'], { tier: 'gold' }),
        pool('b', ['10.0.1.0/24'], { tier: 'silver' }),
        pool('c', ['10.0.2.0/24'], { shared: 'yes' }),
        pool('d', ['10.0.3.0/24']),
        obj(
          'L2Advertisement',
          'l2',
          '  ipAddressPoolSelectors:',
          '    - matchExpressions: [{key: tier, operator: In, values: [gold]}]',
          '    - matchExpressions: [{key: shared, operator: Exists}, {key: tier, operator: DoesNotExist}]',
          '    - matchExpressions: [{key: tier, operator: NotIn, values: [gold, silver]}, {key: shared, operator: DoesNotExist}]',
        ),
      ),
      expected: ['metallb/pool-unannounced@13:9'],
    },
    {
      name: 'a malformed selector makes it unknowable: no guess',
      text: docs(pool('a', ['10.0.0.0/24']), obj('L2Advertisement', 'l2', '  ipAddressPoolSelectors:', '    - matchExpressions: [{key: x, operator: Maybe}]')),
      expected: [],
    },
  ])('$name', ({ text, expected }) => {
    expect(run(text)).toEqual(expected);
  });

  it('points at the helm key', () => {
    const text = yaml(
      'charts:',
      '  metallb-full:',
      '    configuration:',
      '      ipaddresspools:',
      '        lan:',
      '          spec: {addresses: [10.0.0.0/24]}',
      '        dmz:',
      '          spec: {addresses: [10.0.1.0/24]}',
      '      l2advertisements:',
      '        l2:',
      '          spec: {ipAddressPools: [lan]}',
    );
    expect(run(text)).toEqual(['metallb/pool-unannounced@7:9']);
  });

  it('the manifest pack announces its own pool', () => {
    expect(run(yaml('manifests:', '  metallb:', '    addresses: [10.0.0.1-10.0.0.9]'))).toEqual([]);
  });
});

describe('metallb/pool-unannounced in the legacy ConfigMap', () => {
  it('a pool without protocol is legacy/protocol only (its fix: set protocol), not also unannounced', () => {
    const text = configMap('address-pools:', '- name: a', '  addresses: [10.0.0.0/24]', '- name: b', '  protocol: layer2', '  addresses: [10.1.0.0/24]');
    const diags = diagnose(text, { metallbVersion: '0.12.1' });
    expect(brief(diags, 'metallb/pool-unannounced', 'legacy/protocol')).toEqual(['legacy/protocol@9:7']);
    expect(diags.find((d) => d.code === 'legacy/protocol')?.message).toMatch(/add protocol: layer2 or protocol: bgp$/);
  });
});
