import { describe, expect, it } from 'vitest';
import { buggyAddressCount } from '../../src/metallb/net/count.js';
import { parseIP } from '../../src/metallb/net/ip.js';
import type { IPRange } from '../../src/metallb/net/ip-range.js';
import { summarize, widestPrefixLength } from '../../src/metallb/net/summarize.js';

/**
 * IPv4 work that runs for every address entry is done in doubles instead of BigInts (widest
 * prefix, buggy-address count) and without a regex (dotted quad). Each must agree with the plain
 * definition on random and edge inputs.
 */

/** mulberry32: seeded, so the cases are the same on every run */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EDGES = [0, 1, 2, 3, 254, 255, 256, 257, 2 ** 24, 2 ** 31 - 1, 2 ** 31, 2 ** 31 + 1, 0xc0000000, 2 ** 32 - 2, 2 ** 32 - 1];
const v4 = (start: number, end: number): IPRange => ({ family: 4, start: BigInt(start), end: BigInt(end) });

function ranges(count: number, maxSize: number): IPRange[] {
  const rnd = random(7);
  const pick = () => (rnd() < 0.3 ? EDGES[Math.floor(rnd() * EDGES.length)]! : Math.floor(rnd() * 2 ** 32));
  const out: IPRange[] = [v4(0, 2 ** 32 - 1), v4(0, 0), v4(2 ** 32 - 1, 2 ** 32 - 1), v4(5, 4)];
  for (let i = 0; i < count; i++) {
    const s = pick();
    const e = Math.min(2 ** 32 - 1, rnd() < 0.5 ? s + Math.floor(rnd() * maxSize) : pick());
    out.push(v4(Math.min(s, e), Math.max(s, e)));
  }
  return out;
}

describe('IPv4 fast paths agree with their definitions', () => {
  it('widestPrefixLength is the shortest prefix summarize() yields', () => {
    for (const r of ranges(20_000, 100_000)) {
      if (r.start > r.end) continue;
      expect(widestPrefixLength(r), `${r.start}-${r.end}`).toBe(Math.min(...summarize(r).map((p) => p.length)));
    }
  });

  it('buggyAddressCount counts the addresses ending in .0 or .255', () => {
    for (const r of ranges(3_000, 2_000)) {
      if (r.end - r.start > 5_000n) continue;
      let n = 0n;
      for (let a = r.start; a <= r.end; a++) if (a % 256n === 0n || a % 256n === 255n) n++;
      expect(buggyAddressCount(r), `${r.start}-${r.end}`).toBe(n);
    }
    expect(buggyAddressCount(v4(0, 2 ** 32 - 1))).toBe(2n ** 25n);
  });

  it('parseIP reads a dotted quad exactly as /^(0|[1-9]\\d{0,2})(\\.(0|[1-9]\\d{0,2})){3}$/ with octets ≤ 255', () => {
    const QUAD = /^(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})$/;
    const reference = (s: string): bigint | undefined => {
      const m = QUAD.exec(s);
      if (!m || m.slice(1).some((o) => Number(o) > 255)) return undefined;
      return m.slice(1).reduce((acc, o) => acc * 256n + BigInt(o), 0n);
    };
    const rnd = random(11);
    const texts = ['0.0.0.0', '255.255.255.255', '256.1.1.1', '01.2.3.4', '1.2.3.4.', '1.2.3', '1.2.3.4 ', ' 1.2.3.4', '1..2.3', '1.2.3.04', '1.2.3.256', '1.2.3.4a', '', '.', '0.0.0.00', '1.2.3.4\n'];
    const chars = '0123456789.. -ax';
    for (let i = 0; i < 50_000; i++) {
      let t = '';
      if (rnd() < 0.5) t = [0, 1, 2, 3].map(() => String(Math.floor(rnd() * 300))).join('.');
      else for (let k = Math.floor(rnd() * 16); k > 0; k--) t += chars[Math.floor(rnd() * chars.length)];
      texts.push(rnd() < 0.1 ? `0${t}` : t);
    }
    for (const t of texts) {
      if (t.includes(':')) continue;
      const want = reference(t);
      expect(parseIP(t), JSON.stringify(t)).toEqual(want === undefined ? undefined : { family: 4, value: want });
    }
  });
});
