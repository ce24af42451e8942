import { describe, expect, it } from 'vitest';
import { parseAddressEntry } from '../../src/metallb/net/address-entry.js';
import { buggyAddressCount, countAddresses } from '../../src/metallb/net/count.js';
import { mergeRanges, type IPRange } from '../../src/metallb/net/ip-range.js';

function range(text: string): IPRange {
  const e = parseAddressEntry(text);
  if (!e.ok) throw new Error(e.message);
  return e.range;
}

describe('countAddresses', () => {
  it.each([
    ['10.0.0.0/24', 256n, 254n],
    ['10.0.0.0/23', 512n, 508n],
    ['10.0.0.0/8', 16777216n, 16777216n - 2n * 65536n],
    ['10.0.0.1-10.0.0.254', 254n, 254n],
    ['10.0.0.250-10.0.1.5', 12n, 10n],
    ['10.0.0.255/32', 1n, 0n],
    ['10.0.0.0/32', 1n, 0n],
    ['10.0.0.255-10.0.1.0', 2n, 0n],
    ['0.0.0.0/0', 4294967296n, 4294967296n - 2n * 16777216n],
    ['fd00::/120', 256n, 256n],
    ['fd00::/64', 18446744073709551616n, 18446744073709551616n],
    ['::/0', 1n << 128n, 1n << 128n],
  ])('%s: %s addresses, %s avoiding buggy IPs', (text, all, usable) => {
    expect(countAddresses(range(text))).toBe(all);
    expect(countAddresses(range(text), true)).toBe(usable);
  });

  it('agrees with enumeration on many small IPv4 ranges', () => {
    for (let s = 0; s < 600; s += 37) {
      for (let len = 1; len < 700; len += 53) {
        const r: IPRange = { family: 4, start: BigInt(s), end: BigInt(s + len - 1) };
        let buggy = 0n;
        for (let x = s; x < s + len; x++) if (x % 256 === 0 || x % 256 === 255) buggy++;
        expect(buggyAddressCount(r)).toBe(buggy);
      }
    }
  });
});

describe('mergeRanges', () => {
  it('merges overlapping and adjacent ranges per family', () => {
    const merged = mergeRanges([range('10.0.0.10-10.0.0.20'), range('fd00::/127'), range('10.0.0.0/29'), range('10.0.0.8-10.0.0.9'), range('10.0.1.0/24')]);
    expect(merged.map((r) => [r.family, r.start, r.end])).toEqual([
      [4, 0x0a000000n, 0x0a000014n],
      [4, 0x0a000100n, 0x0a0001ffn],
      [6, 0xfd00n << 112n, (0xfd00n << 112n) + 1n],
    ]);
  });
});
