import { describe, expect, it } from 'vitest';
import { brief, diagnose, yaml } from '../../helpers/diagnose.js';

const head = ['apiVersion: metallb.io/v1beta1', 'kind: IPAddressPool', 'metadata:', '  name: a', 'spec:'];

describe('metallb/pool-no-addresses', () => {
  it.each([
    { name: 'a pool with addresses passes', text: yaml(...head, '  addresses: [10.0.0.0/24]'), expected: [] },
    { name: 'empty list', text: yaml(...head, '  addresses: []'), expected: ['metallb/pool-no-addresses@6:14'] },
    { name: 'missing field points at spec', text: yaml(...head, '  autoAssign: true'), expected: ['metallb/pool-no-addresses@5:1'] },
    { name: 'null', text: yaml(...head, '  addresses:'), expected: ['metallb/pool-no-addresses@6:13'] },
    { name: 'wrong type is left to the schema', text: yaml(...head, '  addresses: "10.0.0.0/24"'), expected: [] },
  ])('$name', ({ text, expected }) => {
    expect(brief(diagnose(text, { metallbVersion: '0.14.9' }), 'metallb/pool-no-addresses')).toEqual(expected);
  });

  it('maps helm values and manifest pack positions', () => {
    const helm = yaml('charts:', '  metallb-full:', '    configuration:', '      ipaddresspools:', '        lan:', '          spec:', '            addresses: []');
    expect(brief(diagnose(helm, { metallbVersion: '0.14.9' }), 'metallb/pool-no-addresses')).toEqual(['metallb/pool-no-addresses@7:24']);
    const manifest = yaml('manifests:', '  metallb:', '    avoidBuggyIps: true', '    addresses: []');
    expect(brief(diagnose(manifest, { metallbVersion: '0.13.0' }), 'metallb/pool-no-addresses')).toEqual(['metallb/pool-no-addresses@4:16']);
  });
});
