import { describe, expect, it } from 'vitest';
import { brief, diagnose, yaml } from '../../helpers/diagnose.js';

const doc = (kind: string, name: string, spec: string, ns?: string) => [
  `apiVersion: metallb.io/${kind === 'BGPPeer' ? 'v1beta2' : 'v1beta1'}`,
  `kind: ${kind}`,
  'metadata:',
  `  name: ${name}`,
  ...(ns ? [`  namespace: ${ns}`] : []),
  `spec: ${spec}`,
];

describe('metallb/duplicate-name', () => {
  it.each([
    {
      name: 'same name, different kinds pass',
      text: yaml(...doc('IPAddressPool', 'a', '{addresses: [10.0.0.0/24]}'), '---', ...doc('L2Advertisement', 'a', '{}')),
      expected: [],
    },
    {
      name: 'two pools named alike (MetalLB: duplicate definition of pool)',
      text: yaml(...doc('IPAddressPool', 'a', '{addresses: [10.0.0.0/24]}'), '---', ...doc('IPAddressPool', 'a', '{addresses: [10.0.1.0/24]}')),
      expected: ['metallb/duplicate-name@10:9'],
    },
    {
      name: 'three peers, two duplicates, each against the first',
      text: yaml(
        ...doc('BGPPeer', 'p', '{myASN: 1, peerASN: 2, peerAddress: 10.0.0.1}'),
        '---',
        ...doc('BGPPeer', 'p', '{myASN: 1, peerASN: 2, peerAddress: 10.0.0.2}'),
        '---',
        ...doc('BGPPeer', 'p', '{myASN: 1, peerASN: 2, peerAddress: 10.0.0.3}'),
      ),
      expected: ['metallb/duplicate-name@10:9', 'metallb/duplicate-name@16:9'],
    },
    {
      name: 'different namespaces are different objects',
      text: yaml(...doc('BFDProfile', 'b', '{}', 'metallb-system'), '---', ...doc('BFDProfile', 'b', '{}', 'other')),
      expected: [],
    },
    {
      name: 'default namespace equals metallb-system',
      text: yaml(...doc('Community', 'c', '{}', 'metallb-system'), '---', ...doc('Community', 'c', '{}')),
      expected: ['metallb/duplicate-name@11:9'],
    },
  ])('$name', ({ text, expected }) => {
    expect(brief(diagnose(text, { metallbVersion: '0.14.9' }), 'metallb/duplicate-name')).toEqual(expected);
  });

  it('relates the duplicate to the first definition', () => {
    const text = yaml(...doc('IPAddressPool', 'a', '{addresses: [10.0.0.0/24]}'), '---', ...doc('IPAddressPool', 'a', '{addresses: [10.0.1.0/24]}'));
    const d = diagnose(text, { metallbVersion: '0.14.9' }).find((x) => x.code === 'metallb/duplicate-name');
    expect(d?.related?.[0]?.range?.start).toEqual({ line: 4, column: 9 });
    expect(d?.related?.[0]?.message).toContain('first defined here');
  });
});
