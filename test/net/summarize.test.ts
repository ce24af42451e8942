import { describe, expect, it } from 'vitest';
import { formatPrefix } from '../../src/metallb/net/cidr.js';
import { parseAddressEntry } from '../../src/metallb/net/address-entry.js';
import type { IPRange } from '../../src/metallb/net/ip-range.js';
import { summarize, widestPrefixLength } from '../../src/metallb/net/summarize.js';

function range(text: string): IPRange {
  const e = parseAddressEntry(text);
  if (!e.ok) throw new Error(e.message);
  return e.range;
}

describe('summarize', () => {
  it.each([
    ['10.0.0.0/24', ['10.0.0.0/24']],
    ['10.0.0.0-10.0.0.255', ['10.0.0.0/24']],
    ['10.0.0.1-10.0.0.1', ['10.0.0.1/32']],
    ['10.0.0.1-10.0.0.6', ['10.0.0.1/32', '10.0.0.2/31', '10.0.0.4/31', '10.0.0.6/32']],
    [
      '3.3.3.2-3.3.3.254',
      ['3.3.3.2/31', '3.3.3.4/30', '3.3.3.8/29', '3.3.3.16/28', '3.3.3.32/27', '3.3.3.64/26', '3.3.3.128/26', '3.3.3.192/27', '3.3.3.224/28', '3.3.3.240/29', '3.3.3.248/30', '3.3.3.252/31', '3.3.3.254/32'],
    ],
    ['0.0.0.0-255.255.255.255', ['0.0.0.0/0']],
    ['fd00::1-fd00::2', ['fd00::1/128', 'fd00::2/128']],
    ['::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', ['::/0']],
  ])('%s', (text, expected) => {
    expect(summarize(range(text)).map(formatPrefix)).toEqual(expected);
  });

  it('covers the range exactly, without gaps, for awkward bounds', () => {
    const r = range('10.0.0.3-10.200.17.9');
    const ps = summarize(r);
    expect(ps.length).toBeLessThanOrEqual(64);
    let next = r.start;
    for (const p of ps) {
      expect(p.base).toBe(next);
      next = p.base + (1n << BigInt(32 - p.length));
    }
    expect(next - 1n).toBe(r.end);
  });
});

describe('widestPrefixLength (MetalLB: 3.3.3.2-3.3.3.254 → /26)', () => {
  it.each([
    ['3.3.3.2-3.3.3.254', 26],
    ['10.0.0.0/24', 24],
    ['10.0.0.1/32', 32],
    ['10.0.0.1-10.0.0.2', 32],
    ['fd00::/64', 64],
    ['fd00::1-fd00::ff', 121],
  ])('%s → %i', (text, expected) => {
    expect(widestPrefixLength(range(text))).toBe(expected);
  });
});
