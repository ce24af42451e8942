import { describe, expect, it } from 'vitest';
import { brief, diagnose, yaml } from '../../helpers/diagnose.js';

const pool = (...entries: string[]) =>
  yaml('apiVersion: metallb.io/v1beta1', 'kind: IPAddressPool', 'metadata:', '  name: a', 'spec:', '  addresses:', ...entries.map((e) => `    - ${e}`));

describe('metallb/address-range-reversed', () => {
  it.each([
    { name: 'ordered ranges pass', text: pool('10.0.0.1-10.0.0.10', '10.0.1.5-10.0.1.5', 'fd00::1-fd00::2'), expected: [] },
    { name: 'IPv4 start after end (MetalLB case)', text: pool('10.0.0.10-10.0.0.1'), expected: ['metallb/address-range-reversed@7:7'] },
    { name: 'IPv6 start after end', text: pool('10.0.1.0/24', 'fd00::ff-fd00::1'), expected: ['metallb/address-range-reversed@8:7'] },
  ])('$name', ({ text, expected }) => {
    expect(brief(diagnose(text, { metallbVersion: '0.14.9' }), 'metallb/address-range-reversed')).toEqual(expected);
  });

  it('offers the range the right way round', () => {
    const d = diagnose(pool('10.0.0.10-10.0.0.1'), { metallbVersion: '0.14.9' }).find((x) => x.code === 'metallb/address-range-reversed');
    expect(d?.message).toContain('`10.0.0.1-10.0.0.10`');
  });

  it('maps helm values positions', () => {
    const text = yaml('charts:', '  metallb-full:', '    configuration:', '      ipaddresspools:', '        lan:', '          spec:', '            addresses: ["10.0.0.9-10.0.0.2"]');
    expect(brief(diagnose(text, { metallbVersion: '0.15.3' }), 'metallb/address-range-reversed')).toEqual(['metallb/address-range-reversed@7:25']);
  });
});
