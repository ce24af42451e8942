import { describe, expect, it } from 'vitest';
import { brief, diagnose, yaml } from '../../helpers/diagnose.js';

const pool = (avoid: string | undefined, ...entries: string[]) =>
  yaml(
    'apiVersion: metallb.io/v1beta1',
    'kind: IPAddressPool',
    'metadata:',
    '  name: a',
    'spec:',
    ...(avoid === undefined ? [] : [`  avoidBuggyIPs: ${avoid}`]),
    '  addresses:',
    ...entries.map((e) => `    - ${e}`),
  );

describe('metallb/buggy-ips', () => {
  it.each([
    { name: '.1-.254 ranges pass', text: pool(undefined, '10.0.0.1-10.0.0.254', '10.0.1.10/31'), expected: [] },
    { name: 'avoidBuggyIPs: true passes', text: pool('true', '10.0.0.0/24'), expected: [] },
    { name: 'IPv6 is never affected', text: pool(undefined, 'fd00::/120'), expected: [] },
    { name: 'a /24 hands out .0 and .255', text: pool(undefined, '10.0.0.0/24'), expected: ['metallb/buggy-ips@7:7'] },
    { name: 'explicit false', text: pool('false', '10.0.0.1-10.0.0.254', '10.0.1.255/32'), expected: ['metallb/buggy-ips@9:7'] },
    { name: 'a range across a /24 boundary', text: pool(undefined, '10.0.0.250-10.0.1.5'), expected: ['metallb/buggy-ips@7:7'] },
    { name: 'a macro for avoidBuggyIPs is not guessed', text: pool('"{{ .spectro.var.avoid }}"', '10.0.0.0/24'), expected: [] },
  ])('$name', ({ text, expected }) => {
    expect(brief(diagnose(text, { metallbVersion: '0.14.9' }), 'metallb/buggy-ips')).toEqual(expected);
  });

  it('counts and names an example address', () => {
    const d = diagnose(pool(undefined, '10.0.0.250-10.0.1.5'), { metallbVersion: '0.14.9' }).find((x) => x.code === 'metallb/buggy-ips');
    expect(d?.message).toContain('2 addresses');
    expect(d?.message).toContain('10.0.0.255');
    expect(d?.severity).toBe('warning');
  });

  it('words the fix for the manifest pack', () => {
    const text = yaml('manifests:', '  metallb:', '    avoidBuggyIps: false', '    addresses:', '      - 192.168.1.0/24');
    const diags = diagnose(text, { metallbVersion: '0.13.0' });
    expect(brief(diags, 'metallb/buggy-ips')).toEqual(['metallb/buggy-ips@5:9']);
    expect(diags.find((d) => d.code === 'metallb/buggy-ips')?.message).toContain('avoidBuggyIps: true');
  });

  it('maps helm values positions', () => {
    const text = yaml('charts:', '  metallb-full:', '    configuration:', '      ipaddresspools:', '        lan:', '          spec:', '            addresses:', '              - 192.168.1.0/24');
    expect(brief(diagnose(text, { metallbVersion: '0.14.9' }), 'metallb/buggy-ips')).toEqual(['metallb/buggy-ips@8:17']);
  });
});
