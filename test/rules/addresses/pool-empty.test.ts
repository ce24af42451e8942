import { describe, expect, it } from 'vitest';
import { brief, diagnose, yaml } from '../../helpers/diagnose.js';

const pool = (avoid: boolean, ...entries: string[]) =>
  yaml('apiVersion: metallb.io/v1beta1', 'kind: IPAddressPool', 'metadata:', '  name: a', 'spec:', `  avoidBuggyIPs: ${avoid}`, '  addresses:', ...entries.map((e) => `    - ${e}`));

describe('metallb/pool-empty', () => {
  it.each([
    { name: 'a pool with usable addresses passes', text: pool(true, '10.0.0.255/32', '10.0.1.0/31'), expected: [] },
    { name: 'only .255 with avoidBuggyIPs', text: pool(true, '10.0.0.255/32'), expected: ['metallb/pool-empty@8:5'] },
    { name: '.255-.0 across a boundary', text: pool(true, '10.0.0.255-10.0.1.0', '10.0.2.0/32'), expected: ['metallb/pool-empty@8:5'] },
    { name: 'without avoidBuggyIPs every address counts', text: pool(false, '10.0.0.255/32'), expected: [] },
    { name: 'IPv6 is untouched', text: pool(true, '10.0.0.255/32', 'fd00::/128'), expected: [] },
    { name: 'an invalid entry makes the count unknowable', text: pool(true, '10.0.0.255/32', 'nonsense'), expected: [] },
  ])('$name', ({ text, expected }) => {
    expect(brief(diagnose(text, { metallbVersion: '0.14.9' }), 'metallb/pool-empty')).toEqual(expected);
  });

  it('maps manifest pack positions', () => {
    const text = yaml('manifests:', '  metallb:', '    avoidBuggyIps: true', '    addresses:', '      - 192.168.1.255/32');
    expect(brief(diagnose(text, { metallbVersion: '0.13.0' }), 'metallb/pool-empty')).toEqual(['metallb/pool-empty@5:7']);
  });
});
