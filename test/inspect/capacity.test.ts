import { describe, expect, it } from 'vitest';
import { poolCapacities } from '../../src/inspect/capacity.js';
import { parseAddressEntry } from '../../src/metallb/net/address-entry.js';
import type { IPRange } from '../../src/metallb/net/ip-range.js';

function ranges(...entries: string[]): IPRange[] {
  return entries.map((e) => {
    const p = parseAddressEntry(e);
    if (!p.ok) throw new Error(e);
    return p.range;
  });
}

const view = (cs: ReturnType<typeof poolCapacities>) => cs.map((c) => ({ total: String(c.total), usable: String(c.usable), shared: String(c.shared), sharedWith: c.sharedWith }));

describe('pool capacity (arithmetic, never enumerated)', () => {
  it('avoidBuggyIPs removes .0 and .255 of every /24 a pool covers; IPv6 is untouched', () => {
    expect(view(poolCapacities([{ ranges: ranges('10.0.0.0/22'), avoidBuggyIPs: true }, { ranges: ranges('2001:db8::/120'), avoidBuggyIPs: true }]))).toEqual([
      { total: '1024', usable: '1016', shared: '0', sharedWith: [] },
      { total: '256', usable: '256', shared: '0', sharedWith: [] },
    ]);
  });

  it('addresses two pools hold are shared, counted for neither as usable (each with its own avoidBuggyIPs)', () => {
    const cs = poolCapacities([
      { ranges: ranges('10.0.0.0/24'), avoidBuggyIPs: true },
      { ranges: ranges('10.0.0.128-10.0.1.10'), avoidBuggyIPs: false },
      { ranges: ranges('10.9.0.0/30'), avoidBuggyIPs: false },
    ]);
    expect(view(cs)).toEqual([
      { total: '256', usable: '127', shared: '127', sharedWith: [1] },
      { total: '139', usable: '11', shared: '128', sharedWith: [0] },
      { total: '4', usable: '4', shared: '0', sharedWith: [] },
    ]);
  });

  it('overlaps inside one pool are counted once, not as shared', () => {
    expect(view(poolCapacities([{ ranges: ranges('10.0.0.0/28', '10.0.0.8-10.0.0.20'), avoidBuggyIPs: false }]))).toEqual([
      { total: '21', usable: '21', shared: '0', sharedWith: [] },
    ]);
  });

  it('whole address families cost the same as a /32', () => {
    const cs = poolCapacities([
      { ranges: ranges('::/0'), avoidBuggyIPs: false },
      { ranges: ranges('0.0.0.0/0'), avoidBuggyIPs: true },
      { ranges: ranges('2001:db8::/64'), avoidBuggyIPs: false },
    ]);
    expect(String(cs[0]!.total)).toBe(String(2n ** 128n));
    expect(String(cs[0]!.usable)).toBe(String(2n ** 128n - 2n ** 64n));
    expect(String(cs[1]!.usable)).toBe(String(2n ** 32n - 2n * 2n ** 24n));
    expect(String(cs[2]!.shared)).toBe(String(2n ** 64n));
  });

  it('10 000 pools with two ranges each in well under a second', () => {
    const pools = Array.from({ length: 10_000 }, (_, i) => ({
      ranges: ranges(`10.${i >> 8}.${i & 255}.10-10.${i >> 8}.${i & 255}.40`, `10.${i >> 8}.${i & 255}.100-10.${i >> 8}.${i & 255}.140`),
      avoidBuggyIPs: i % 2 === 0,
    }));
    const t = performance.now();
    const cs = poolCapacities(pools);
    expect(performance.now() - t).toBeLessThan(1000);
    expect(cs.every((c) => c.usable === 72n && c.shared === 0n)).toBe(true);
  });
});
