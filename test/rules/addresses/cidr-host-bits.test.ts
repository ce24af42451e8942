import { describe, expect, it } from 'vitest';
import { brief, diagnose, yaml } from '../../helpers/diagnose.js';

const pool = (...entries: string[]) =>
  yaml('apiVersion: metallb.io/v1beta1', 'kind: IPAddressPool', 'metadata:', '  name: a', 'spec:', '  addresses:', ...entries.map((e) => `    - ${e}`));

describe('metallb/cidr-host-bits', () => {
  it.each([
    { name: 'network addresses pass', text: pool('10.20.30.0/24', '10.0.0.7/32', 'fd00::/64', '10.1.0.3-10.1.0.9'), expected: [] },
    { name: 'host bits masked silently (MetalLB case 10.20.30.40/24)', text: pool('10.20.30.40/24'), expected: ['metallb/cidr-host-bits@7:7'] },
    { name: 'IPv6 host bits', text: pool('10.0.0.0/24', 'fd00::1/64'), expected: ['metallb/cidr-host-bits@8:7'] },
  ])('$name', ({ text, expected }) => {
    expect(brief(diagnose(text, { metallbVersion: '0.14.9' }), 'metallb/cidr-host-bits')).toEqual(expected);
  });

  it('is a warning that says what MetalLB reads', () => {
    const d = diagnose(pool('10.20.30.40/24'), { metallbVersion: '0.14.9' }).find((x) => x.code === 'metallb/cidr-host-bits');
    expect(d?.severity).toBe('warning');
    expect(d?.message).toContain('`10.20.30.0/24`');
    expect(d?.message).toContain('`10.20.30.40/32`');
  });

  it('maps manifest pack positions', () => {
    const text = yaml('manifests:', '  metallb:', '    avoidBuggyIps: true', '    addresses:', '      - 192.168.1.1-192.168.1.9', '      - 192.168.2.5/28');
    expect(brief(diagnose(text, { metallbVersion: '0.13.0' }), 'metallb/cidr-host-bits')).toEqual(['metallb/cidr-host-bits@6:9']);
  });
});
