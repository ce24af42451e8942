import { describe, expect, it } from 'vitest';
import { makeContext } from '../../../src/metallb/context.js';
import type { MObject } from '../../../src/metallb/model.js';
import { rules as addressRules } from '../../../src/metallb/rules/addresses/index.js';
import { poolOverlap } from '../../../src/metallb/rules/addresses/pool-overlap.js';
import { rules as advertisementRules } from '../../../src/metallb/rules/advertisements/index.js';
import { parseVersion } from '../../../src/metallb/version.js';
import { brief, diagnose, yaml } from '../../helpers/diagnose.js';

const pool = (name: string, ...entries: string[]) => [
  'apiVersion: metallb.io/v1beta1',
  'kind: IPAddressPool',
  'metadata:',
  `  name: ${name}`,
  'spec:',
  '  addresses:',
  ...entries.map((e) => `    - ${e}`),
];

describe('metallb/pool-overlap', () => {
  it.each([
    { name: 'disjoint and adjacent entries pass', text: yaml(...pool('a', '10.0.0.0/24', '10.0.1.0-10.0.1.9'), '---', ...pool('b', '10.0.1.10-10.0.1.20', 'fd00::/64')), expected: [] },
    { name: 'overlap within one pool (MetalLB case)', text: yaml(...pool('a', '10.0.0.0/24', '10.0.0.128/25')), expected: ['metallb/pool-overlap@8:7'] },
    { name: 'the same CIDR twice in one pool', text: yaml(...pool('a', '10.0.0.0/24', '10.0.0.0/24')), expected: ['metallb/pool-overlap@8:7'] },
    {
      name: 'overlap across pools, reported on the later definition',
      text: yaml(...pool('a', '10.0.0.100/30'), '---', ...pool('b', '10.0.0.0-10.0.0.255')),
      expected: ['metallb/pool-overlap@15:7'],
    },
    {
      name: 'a range overlapping a CIDR by one address',
      text: yaml(...pool('a', '10.0.0.0/24'), '---', ...pool('b', '10.0.0.255-10.0.1.10')),
      expected: ['metallb/pool-overlap@15:7'],
    },
    { name: 'IPv6 overlaps', text: yaml(...pool('a', 'fd00::/64', 'fd00::1-fd00::5')), expected: ['metallb/pool-overlap@8:7'] },
    { name: 'families never overlap', text: yaml(...pool('a', '0.0.0.0/0', '::/0')), expected: [] },
    { name: 'host bits are masked before comparing', text: yaml(...pool('a', '10.0.0.200/24', '10.0.0.1/32')), expected: ['metallb/pool-overlap@8:7'] },
    {
      name: 'two entries of one pool inside a later, wider entry: every pair once, each on its later entry',
      text: yaml(...pool('p1', '10.0.2.10 - 10.0.2.20', '10.0.2.15/32'), '---', ...pool('p2', '10.0.2.0/24')),
      expected: ['metallb/pool-overlap@8:7', 'metallb/pool-overlap@16:7', 'metallb/pool-overlap@16:7'],
    },
  ])('$name', ({ text, expected }) => {
    expect(brief(diagnose(text, { metallbVersion: '0.14.9' }), 'metallb/pool-overlap')).toEqual(expected);
  });

  it('relates the overlap to the first definition and names its pool', () => {
    const text = yaml(...pool('a', '10.0.0.100/30'), '---', ...pool('b', '10.0.0.0-10.0.0.255'));
    const d = diagnose(text, { metallbVersion: '0.14.9' }).find((x) => x.code === 'metallb/pool-overlap');
    expect(d?.message).toContain('pool "a"');
    expect(d?.related?.[0]).toMatchObject({ range: { start: { line: 7, column: 7 } }, message: '`10.0.0.100/30` first defined here' });
  });

  it('names the partner of each pair of nested entries', () => {
    const text = yaml(...pool('p1', '10.0.2.10 - 10.0.2.20', '10.0.2.15/32'), '---', ...pool('p2', '10.0.2.0/24'));
    const found = diagnose(text, { metallbVersion: '0.14.9' }).filter((x) => x.code === 'metallb/pool-overlap');
    expect(found.map((d) => [d.range?.start.line, d.related?.[0]?.range?.start.line])).toEqual([
      [8, 7],
      [16, 7],
      [16, 8],
    ]);
    expect(found[0]!.message).toContain('an earlier entry of the same pool');
  });

  it('maps helm values positions across pools', () => {
    const text = yaml(
      'charts:',
      '  metallb-full:',
      '    configuration:',
      '      ipaddresspools:',
      '        a:',
      '          spec:',
      '            addresses: [192.168.1.0/24]',
      '        b:',
      '          spec:',
      '            addresses:',
      '              - 192.168.2.0/24',
      '              - 192.168.1.128-192.168.1.130',
    );
    expect(brief(diagnose(text, { metallbVersion: '0.14.9' }), 'metallb/pool-overlap')).toEqual(['metallb/pool-overlap@12:17']);
  });

  it('maps manifest pack positions', () => {
    const text = yaml('manifests:', '  metallb:', '    addresses:', '      - 192.168.1.0/24', '      - 192.168.1.10-192.168.1.20');
    expect(brief(diagnose(text, { metallbVersion: '0.13.0' }), 'metallb/pool-overlap')).toEqual(['metallb/pool-overlap@5:9']);
  });
});

describe('scale: 10,000 pools with 20,000 ranges', () => {
  function bigContext(withOverlap: boolean) {
    const objects: MObject[] = [];
    const loc = { file: 'big.yaml', path: [] };
    for (let i = 0; i < 10000; i++) {
      const a = 10 + Math.floor(i / 256);
      const b = i % 256;
      const addresses = [`${a}.${b}.0.1-${a}.${b}.0.200`, `${a}.${b}.1.0/25`];
      if (withOverlap && i === 9999) addresses.push('10.0.0.100/32');
      objects.push({
        kind: 'IPAddressPool',
        apiVersion: 'metallb.io/v1beta1',
        name: `pool-${i}`,
        labels: { tier: i % 2 ? 'a' : 'b' },
        spec: { addresses, avoidBuggyIPs: true },
        loc,
        nameLoc: loc,
        at: (...sub) => ({ ...loc, path: ['spec', ...sub] }),
      });
    }
    for (let i = 0; i < 200; i++) {
      objects.push({
        kind: 'BGPAdvertisement',
        apiVersion: 'metallb.io/v1beta1',
        name: `adv-${i}`,
        labels: {},
        spec: i % 2 ? { ipAddressPools: [`pool-${i}`, `pool-${i + 1}`], localPref: i } : { ipAddressPoolSelectors: [{ matchLabels: { tier: 'a' } }], aggregationLength: 24 },
        loc,
        nameLoc: loc,
        at: (...sub) => ({ ...loc, path: ['spec', ...sub] }),
      });
    }
    return makeContext({ form: 'crs', objects, secrets: [], nodes: [], namespace: 'metallb-system' }, parseVersion('0.14.9')!, 'frr');
  }

  it('pool-overlap sweeps in well under a second', () => {
    poolOverlap.check(bigContext(false)); // warm the JIT; the measured run parses a fresh model
    const ctx = bigContext(true);
    const t0 = performance.now();
    const found = poolOverlap.check(ctx);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(found).toHaveLength(1);
  });

  it('every address and advertisement rule together stays fast', () => {
    const ctx = bigContext(false);
    const t0 = performance.now();
    for (const r of [...addressRules, ...advertisementRules]) r.check(ctx);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
