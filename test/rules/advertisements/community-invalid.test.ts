import { describe, expect, it } from 'vitest';
import { parseCommunity } from '../../../src/metallb/rules/advertisements/community-value.js';
import { brief, diagnose, yaml } from '../../helpers/diagnose.js';
import { docs, obj } from './docs.js';

const run = (text: string) => brief(diagnose(text, { metallbVersion: '0.14.9' }), 'metallb/community-invalid');
const community = (...entries: string[]) => obj('Community', 'c', '  communities:', ...entries.map((e) => `    - ${e}`));

describe('parseCommunity (MetalLB community.New)', () => {
  it.each([
    ['65535:65282', 'standard'],
    ['0:0', 'standard'],
    ['large:4294967295:0:1', 'large'],
    ['065000:01', 'standard'],
  ])('%s is a %s community', (text, kind) => {
    expect(parseCommunity(text)).toMatchObject({ ok: true, kind });
  });
  it.each(['65536:1', '1:65536', '-1:1', 'a:1', ':1', 'large:4294967296:0:0', 'Large:1:2:3', 'larg:1:2:3', 'large:1:2:x'])('%s is invalid', (text) => {
    expect(parseCommunity(text)).toMatchObject({ ok: false });
  });
  it.each(['no-advertise', '1:2:3', 'a:b:c:d:e'])('%s is not community-shaped (an alias)', (text) => {
    expect(parseCommunity(text)).toBeUndefined();
  });
});

describe('metallb/community-invalid', () => {
  it.each([
    { name: 'valid values pass', text: docs(community('{name: a, value: "65535:65282"}', '{name: b, value: "large:1:2:3"}')), expected: [] },
    { name: 'uint16 bound: 65536 is invalid', text: docs(community('{name: a, value: "65536:1"}')), expected: ['metallb/community-invalid@7:24'] },
    { name: 'large marker must be exactly `large`', text: docs(community('{name: a, value: "LARGE:1:2:3"}')), expected: ['metallb/community-invalid@7:24'] },
    { name: 'an alias is not a value in a Community', text: docs(community('{name: a, value: no-export}')), expected: ['metallb/community-invalid@7:24'] },
    {
      name: 'literal values in a BGPAdvertisement are checked, aliases are not',
      text: docs(community('{name: "1:2", value: "65000:1"}'), obj('BGPAdvertisement', 'b', '  communities: ["1:2", "70000:1", "large:1:2:99999999999", "some-alias"]')),
      expected: ['metallb/community-invalid@14:24', 'metallb/community-invalid@14:35'],
    },
  ])('$name', ({ text, expected }) => {
    expect(run(text)).toEqual(expected);
  });

  it('says the bound', () => {
    const d = diagnose(docs(community('{name: a, value: "65536:1"}')), { metallbVersion: '0.14.9' }).find((x) => x.code === 'metallb/community-invalid');
    expect(d?.message).toContain('0 to 65535');
  });

  it('maps helm values positions', () => {
    const text = yaml('charts:', '  metallb-full:', '    configuration:', '      communities:', '        c:', '          spec:', '            communities:', '              - name: x', '                value: "1:99999"');
    expect(run(text)).toEqual(['metallb/community-invalid@9:24']);
  });
});
