import { describe, expect, it } from 'vitest';
import { brief, diagnose, yaml } from '../../helpers/diagnose.js';
import { docs, obj, pool } from './docs.js';

const run = (text: string) => brief(diagnose(text, { metallbVersion: '0.14.9' }), 'metallb/advertisement-duplicate');
const base = [pool('a', ['10.0.0.0/24']), pool('b', ['10.0.1.0/24'])];

describe('metallb/advertisement-duplicate', () => {
  it.each([
    { name: 'distinct entries pass', text: docs(...base, obj('BGPAdvertisement', 'x', '  ipAddressPools: [a, b]', '  communities: ["65000:1", "65000:2"]')), expected: [] },
    { name: 'a pool twice in an L2Advertisement', text: docs(...base, obj('L2Advertisement', 'x', '  ipAddressPools: [a, b, a]')), expected: ['metallb/advertisement-duplicate@20:26'] },
    {
      name: 'pool, community and peer twice in a BGPAdvertisement',
      text: docs(...base, obj('BGPAdvertisement', 'x', '  ipAddressPools: [a, a]', '  communities: ["65000:1", "65000:1"]', '  peers: [p, p]')),
      expected: ['metallb/advertisement-duplicate@20:23', 'metallb/advertisement-duplicate@21:28', 'metallb/advertisement-duplicate@22:14'],
    },
  ])('$name', ({ text, expected }) => {
    expect(run(text)).toEqual(expected);
  });

  it('relates the duplicate to its first listing, in helm values too', () => {
    const text = yaml(
      'charts:',
      '  metallb-full:',
      '    configuration:',
      '      bgpadvertisements:',
      '        adv:',
      '          spec:',
      '            communities:',
      '              - no-export',
      '              - no-export',
    );
    const diags = diagnose(text, { metallbVersion: '0.14.9' });
    expect(brief(diags, 'metallb/advertisement-duplicate')).toEqual(['metallb/advertisement-duplicate@9:17']);
    expect(diags.find((d) => d.code === 'metallb/advertisement-duplicate')?.related?.[0]?.range?.start).toEqual({ line: 8, column: 17 });
  });
});
