import { describe, expect, it } from 'vitest';
import { brief, diagnose, yaml } from '../../helpers/diagnose.js';
import { docs, obj, pool } from './docs.js';

const run = (text: string) => brief(diagnose(text, { metallbVersion: '0.14.9' }), 'metallb/unknown-pool');

describe('metallb/unknown-pool', () => {
  it.each([
    { name: 'known names pass', text: docs(pool('a', ['10.0.0.0/24']), obj('L2Advertisement', 'l2', '  ipAddressPools: [a]')), expected: [] },
    { name: 'L2Advertisement with a typo', text: docs(pool('first', ['10.0.0.0/24']), obj('L2Advertisement', 'l2', '  ipAddressPools:', '    - first', '    - frist')), expected: ['metallb/unknown-pool@15:7'] },
    { name: 'BGPAdvertisement', text: docs(pool('a', ['10.0.0.0/24']), obj('BGPAdvertisement', 'b', '  ipAddressPools: [a, zz]')), expected: ['metallb/unknown-pool@13:23'] },
    { name: 'a macro name is not judged', text: docs(pool('a', ['10.0.0.0/24']), obj('L2Advertisement', 'l2', '  ipAddressPools: ["{{ .spectro.var.pool }}"]')), expected: [] },
  ])('$name', ({ text, expected }) => {
    expect(run(text)).toEqual(expected);
  });

  it('suggests the near miss', () => {
    const d = diagnose(docs(pool('first', ['10.0.0.0/24']), obj('L2Advertisement', 'l2', '  ipAddressPools: [frist]')), { metallbVersion: '0.14.9' }).find((x) => x.code === 'metallb/unknown-pool');
    expect(d?.message).toContain('did you mean "first"?');
  });

  it('maps helm values positions', () => {
    const text = yaml(
      'charts:',
      '  metallb-full:',
      '    configuration:',
      '      ipaddresspools:',
      '        lan: {spec: {addresses: [10.0.0.0/24]}}',
      '      bgpadvertisements:',
      '        adv:',
      '          spec:',
      '            ipAddressPools:',
      '              - lan',
      '              - wan',
    );
    expect(run(text)).toEqual(['metallb/unknown-pool@11:17']);
  });
});
