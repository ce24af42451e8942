import { describe, expect, it } from 'vitest';
import { brief, diagnose, yaml } from '../../helpers/diagnose.js';

describe('metallb/name-missing', () => {
  it.each([
    {
      name: 'named objects pass',
      text: yaml('apiVersion: metallb.io/v1beta1', 'kind: IPAddressPool', 'metadata:', '  name: a', 'spec:', '  addresses: [10.0.0.0/24]'),
      expected: [],
    },
    {
      name: 'pool without metadata.name points at the metadata mapping',
      text: yaml('apiVersion: metallb.io/v1beta1', 'kind: IPAddressPool', 'metadata:', '  namespace: metallb-system', 'spec:', '  addresses: [10.0.0.0/24]'),
      expected: ['metallb/name-missing@4:3'],
    },
    {
      name: 'every kind is checked',
      text: yaml(
        'apiVersion: metallb.io/v1beta1',
        'kind: L2Advertisement',
        'metadata:',
        '  name: ""',
        '---',
        'apiVersion: metallb.io/v1beta2',
        'kind: BGPPeer',
        'metadata: {}',
        'spec: {myASN: 1, peerASN: 2, peerAddress: 10.0.0.1}',
        '---',
        'apiVersion: metallb.io/v1beta1',
        'kind: BFDProfile',
        'metadata:',
        '  name: ok',
      ),
      expected: ['metallb/name-missing@4:9', 'metallb/name-missing@8:11'],
    },
  ])('$name', ({ text, expected }) => {
    expect(brief(diagnose(text, { metallbVersion: '0.14.9' }), 'metallb/name-missing')).toEqual(expected);
  });

  it('never flags the manifest pack’s own pool and advertisement', () => {
    const text = yaml('manifests:', '  metallb:', '    addresses: [10.0.0.1-10.0.0.9]');
    expect(brief(diagnose(text, { metallbVersion: '0.13.0' }), 'metallb/name-')).toEqual([]);
  });

  it('flags an empty helm key, pointing at the key', () => {
    const text = yaml('charts:', '  metallb-full:', '    configuration:', '      ipaddresspools:', '        "":', '          spec:', '            addresses: [10.0.0.0/24]');
    expect(brief(diagnose(text, { metallbVersion: '0.14.9' }), 'metallb/name-missing')).toEqual(['metallb/name-missing@5:9']);
  });
});
