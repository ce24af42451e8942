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

  it('flags every member of a chain of overlaps, each pair once, in definition order of the later member', () => {
    const out = pairs(['10.0.0.0/16', '10.0.1.0/24', '10.0.2.0/24', '10.0.2.5/32']);
    expect(out).toEqual(['10.0.0.0/16 ~ 10.0.1.0/24', '10.0.0.0/16 ~ 10.0.2.0/24', '10.0.0.0/16 ~ 10.0.2.5/32', '10.0.2.0/24 ~ 10.0.2.5/32']);
  });

  it('pairs two ranges nested in a wider, later one with each other too', () => {
    // sorted: /24, .10-.20, .15; the sweep alone pairs only with the furthest-reaching /24
    expect(pairs(['10.0.2.10-10.0.2.20', '10.0.2.15/32', '10.0.2.0/24'])).toEqual([
      '10.0.2.10-10.0.2.20 ~ 10.0.2.15/32',
      '10.0.2.10-10.0.2.20 ~ 10.0.2.0/24',
      '10.0.2.15/32 ~ 10.0.2.0/24',
    ]);
  });

  it('every overlapping range is in some pair, never a pair twice (random ranges, checked pairwise)', () => {
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    for (let round = 0; round < 200; round++) {
      const items: Tagged<number>[] = [];
      const n = 2 + rnd(12);
      for (let i = 0; i < n; i++) {
        const start = BigInt(rnd(60));
        items.push({ range: { family: 4, start, end: start + BigInt(rnd(15)) }, order: i, item: i });
      }
      const out = findOverlaps(items);
      const keys = out.map((o) => `${o.first.order}-${o.second.order}`);
      expect(new Set(keys).size).toBe(keys.length);
      for (const o of out) {
        expect(o.first.order).toBeLessThan(o.second.order);
        expect(o.first.range.start <= o.second.range.end && o.second.range.start <= o.first.range.end).toBe(true);
      }
      const flagged = new Set(out.flatMap((o) => [o.first.order, o.second.order]));
      for (const a of items) {
        const overlaps = items.some((b) => b !== a && a.range.start <= b.range.end && b.range.start <= a.range.end);
        expect(flagged.has(a.order)).toBe(overlaps);
      }
    }
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
