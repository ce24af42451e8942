import { describe, expect, it } from 'vitest';
import { brief, diagnose, yaml } from '../../helpers/diagnose.js';

const pool = (...entries: string[]) =>
  yaml('apiVersion: metallb.io/v1beta1', 'kind: IPAddressPool', 'metadata:', '  name: a', 'spec:', '  addresses:', ...entries.map((e) => `    - ${e}`));

const cases: { name: string; text: string; expected: string[]; opts?: Record<string, string> }[] = [
  { name: 'CIDRs and ranges are accepted', text: pool('10.0.0.0/24', '10.0.1.1-10.0.1.9', '"10.0.2.1 - 10.0.2.9"', 'fd00::/120', 'fd01::1-fd01::9'), expected: [] },
  { name: 'bare IPv4 (MetalLB: invalid CIDR)', text: pool('10.0.0.1'), expected: ['metallb/address-invalid@7:7'] },
  { name: 'bare IPv6', text: pool('fd00::1'), expected: ['metallb/address-invalid@7:7'] },
  { name: 'whitespace around a CIDR', text: pool('"10.0.0.0/24 "', '10.0.1.0/24', '" 10.0.2.0/24"'), expected: ['metallb/address-invalid@7:7', 'metallb/address-invalid@9:7'] },
  { name: 'spaces around the sides of a range are fine', text: pool('"  10.0.0.1 -  10.0.0.5  "'), expected: [] },
  { name: 'prefix length too long', text: pool('10.0.0.0/33', 'fd00::/129'), expected: ['metallb/address-invalid@7:7', 'metallb/address-invalid@8:7'] },
  { name: 'not an address at all', text: pool('foo', '10.0.0.300/24', '10.0.0.1-10.0.0.x'), expected: ['metallb/address-invalid@7:7', 'metallb/address-invalid@8:7', 'metallb/address-invalid@9:7'] },
  { name: 'a non-string entry is left to the schema', text: pool('42', '{a: 1}'), expected: [] },
  { name: 'addresses as a number does not crash', text: yaml('apiVersion: metallb.io/v1beta1', 'kind: IPAddressPool', 'metadata:', '  name: a', 'spec:', '  addresses: 12'), expected: [] },
];

describe('metallb/address-invalid', () => {
  it.each(cases)('$name', ({ text, expected }) => {
    expect(brief(diagnose(text, { metallbVersion: '0.14.9' }), 'metallb/address-invalid')).toEqual(expected);
  });

  it('says the fix for a bare IP', () => {
    const [d] = diagnose(pool('10.0.0.1'), { metallbVersion: '0.14.9' }).filter((x) => x.code === 'metallb/address-invalid');
    expect(d?.message).toContain('`10.0.0.1/32`');
    expect(d?.severity).toBe('error');
  });

  it('defers Palette macros (info, never an error)', () => {
    const diags = diagnose(pool('"{{ .spectro.var.lbRange }}"'), { metallbVersion: '0.14.9' });
    expect(brief(diags, 'metallb/address', 'macro/')).toEqual(['macro/deferred@7:7']);
    expect(diags.find((d) => d.code === 'macro/deferred')?.severity).toBe('info');
  });

  it('maps helm values positions', () => {
    const text = yaml(
      'charts:',
      '  metallb-full:',
      '    configuration:',
      '      ipaddresspools:',
      '        lan:',
      '          spec:',
      '            addresses:',
      '              - 192.168.1.10',
      '              - 192.168.2.0/24',
    );
    expect(brief(diagnose(text, { metallbVersion: '0.14.9' }), 'metallb/address-invalid')).toEqual(['metallb/address-invalid@8:17']);
  });

  it('maps manifest pack positions, macros included', () => {
    const text = yaml('manifests:', '  metallb:', '    avoidBuggyIps: true', '    addresses:', '      - "192.168.1.10 "', '      - "{{ .spectro.var.range }}"');
    expect(brief(diagnose(text, { metallbVersion: '0.13.0' }), 'metallb/address-invalid', 'macro/')).toEqual(['metallb/address-invalid@5:9', 'macro/deferred@6:9']);
  });

  it('defers a macro standing for the whole list', () => {
    const manifest = yaml('manifests:', '  metallb:', '    addresses: "{{ .spectro.var.addresses }}"');
    const m = brief(diagnose(manifest, { metallbVersion: '0.13.0' }), 'metallb/', 'macro/');
    expect(new Set(m)).toEqual(new Set(['macro/deferred@3:16']));
    const helm = yaml('charts:', '  metallb-full:', '    configuration:', '      ipaddresspools:', '        lan:', '          spec:', '            addresses: "{{ .spectro.var.addresses }}"');
    expect(brief(diagnose(helm, { metallbVersion: '0.14.9' }), 'metallb/address', 'metallb/pool-no', 'macro/')).toEqual(['macro/deferred@7:24']);
  });
});
