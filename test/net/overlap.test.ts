import { describe, expect, it } from 'vitest';
import { parseAddressEntry } from '../../src/metallb/net/address-entry.js';
import { findOverlaps, type Tagged } from '../../src/metallb/net/overlap.js';

function tagged(texts: string[]): Tagged<string>[] {
  return texts.map((t, order) => {
    const e = parseAddressEntry(t);
    if (!e.ok) throw new Error(e.message);
    return { range: e.range, order, item: t };
  });
}

function pairs(texts: string[]): string[] {
  return findOverlaps(tagged(texts)).map((o) => `${o.first.item} ~ ${o.second.item}`);
}

describe('findOverlaps', () => {
  it('finds nothing in disjoint and adjacent ranges', () => {
    expect(pairs(['10.0.0.0/24', '10.0.1.0/24', '10.0.2.0-10.0.2.10', '10.0.2.11-10.0.2.20', 'fd00::/120'])).toEqual([]);
  });

  it('orders each pair by definition, whatever the address order', () => {
    expect(pairs(['10.0.0.128/25', '10.0.0.0/24'])).toEqual(['10.0.0.128/25 ~ 10.0.0.0/24']);
    expect(pairs(['10.0.0.0/24', '10.0.0.128/25'])).toEqual(['10.0.0.0/24 ~ 10.0.0.128/25']);
  });

  it('detects identical and partially overlapping ranges', () => {
    expect(pairs(['10.0.0.0/24', '10.0.0.0/24'])).toEqual(['10.0.0.0/24 ~ 10.0.0.0/24']);
    expect(pairs(['10.0.0.1-10.0.0.10', '10.0.0.10-10.0.0.20'])).toEqual(['10.0.0.1-10.0.0.10 ~ 10.0.0.10-10.0.0.20']);
  });

  it('never mixes families (::a.b.c.d is not a.b.c.d)', () => {
    expect(pairs(['1.2.3.0/24', '::1.2.3.0/120'])).toEqual([]);
  });

  it('flags every member of a chain of overlaps with at most n-1 pairs', () => {
    const out = pairs(['10.0.0.0/16', '10.0.1.0/24', '10.0.2.0/24', '10.0.2.5/32']);
    expect(out).toEqual(['10.0.0.0/16 ~ 10.0.1.0/24', '10.0.0.0/16 ~ 10.0.2.0/24', '10.0.0.0/16 ~ 10.0.2.5/32']);
  });

  it('handles 20,000 ranges quickly', () => {
    const items: Tagged<number>[] = [];
    for (let i = 0; i < 20000; i++) {
      const start = BigInt(0x0a000000 + ((i * 7919) % 20000) * 16);
      items.push({ range: { family: 4, start, end: start + 15n }, order: i, item: i });
    }
    items.push({ range: { family: 4, start: 0x0a000000n + 160n, end: 0x0a000000n + 170n }, order: 20000, item: 20000 });
    const t0 = performance.now();
    const out = findOverlaps(items);
    expect(performance.now() - t0).toBeLessThan(500);
    expect(out).toHaveLength(1);
  });
});
