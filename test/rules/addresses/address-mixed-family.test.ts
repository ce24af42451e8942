import { describe, expect, it } from 'vitest';
import { brief, diagnose, yaml } from '../../helpers/diagnose.js';

const pool = (...entries: string[]) =>
  yaml('apiVersion: metallb.io/v1beta1', 'kind: IPAddressPool', 'metadata:', '  name: a', 'spec:', '  addresses:', ...entries.map((e) => `    - ${e}`));

describe('metallb/address-mixed-family', () => {
  it.each([
    { name: 'dual-stack pool with one range per family passes', text: pool('10.0.0.1-10.0.0.10', 'fd00::1-fd00::10', 'fd01::/64'), expected: [] },
    { name: 'IPv4 to IPv6', text: pool('10.0.0.1-fd00::1'), expected: ['metallb/address-mixed-family@7:7'] },
    { name: 'IPv6 to IPv4 (MetalLB yields nothing silently)', text: pool('10.0.1.0/24', 'fd00::1-10.0.0.1'), expected: ['metallb/address-mixed-family@8:7'] },
  ])('$name', ({ text, expected }) => {
    expect(brief(diagnose(text, { metallbVersion: '0.14.9' }), 'metallb/address-mixed-family')).toEqual(expected);
  });

  it('maps manifest pack positions', () => {
    const text = yaml('manifests:', '  metallb:', '    addresses:', '      - 10.0.0.1-fd00::1');
    expect(brief(diagnose(text, { metallbVersion: '0.13.0' }), 'metallb/address-mixed-family')).toEqual(['metallb/address-mixed-family@4:9']);
  });
});
