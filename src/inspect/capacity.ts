import { countAddresses } from '../metallb/net/count.js';
import { mergeRanges, type IPRange } from '../metallb/net/ip-range.js';

/** One pool's address ranges (parsed entries) and whether it avoids .0/.255. */
export interface PoolSpan {
  ranges: readonly IPRange[];
  avoidBuggyIPs: boolean;
}

export interface PoolCapacity {
  /** distinct addresses the pool's entries cover */
  total: bigint;
  /** what the pool may hand out: total less .0/.255 under avoidBuggyIPs, less addresses that another pool also holds */
  usable: bigint;
  /** addresses (after avoidBuggyIPs) the pool shares with other pools: not counted as usable */
  shared: bigint;
  /** indexes of the pools it overlaps (at most `maxPartners`) */
  sharedWith: number[];
}

interface Event {
  at: bigint;
  pool: number;
  open: boolean;
}

/**
 * Capacity of every pool at once, by arithmetic on ranges (never enumerating addresses): a sweep
 * over the range boundaries of each family splits the address space into segments covered by the
 * same set of pools; a segment covered by one pool is usable by it, one covered by several is
 * shared (MetalLB refuses overlapping pools, so none of them can count on it). O(n log n) in the
 * number of ranges, plus the overlaps themselves.
 */
export function poolCapacities(pools: readonly PoolSpan[], maxPartners = 20): PoolCapacity[] {
  const merged = pools.map((p) => mergeRanges(p.ranges));
  const out: PoolCapacity[] = merged.map((rs, i) => ({
    total: rs.reduce((n, r) => n + countAddresses(r), 0n),
    usable: 0n,
    shared: 0n,
    sharedWith: [],
  }));
  const partners = pools.map(() => new Set<number>());
  for (const family of [4, 6] as const) {
    const events: Event[] = [];
    merged.forEach((rs, pool) => {
      for (const r of rs) {
        if (r.family !== family) continue;
        events.push({ at: r.start, pool, open: true }, { at: r.end + 1n, pool, open: false });
      }
    });
    events.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
    const active = new Set<number>();
    for (let i = 0; i < events.length; ) {
      const at = events[i]!.at;
      for (; i < events.length && events[i]!.at === at; i++) {
        const e = events[i]!;
        if (e.open) active.add(e.pool);
        else active.delete(e.pool);
      }
      if (active.size === 0 || i >= events.length) continue;
      const segment: IPRange = { family, start: at, end: events[i]!.at - 1n };
      if (active.size === 1) {
        const [only] = active;
        out[only!]!.usable += countAddresses(segment, pools[only!]!.avoidBuggyIPs);
        continue;
      }
      for (const p of active) {
        out[p]!.shared += countAddresses(segment, pools[p]!.avoidBuggyIPs);
        const set = partners[p]!;
        for (const q of active) {
          if (set.size >= maxPartners) break;
          if (q !== p) set.add(q);
        }
      }
    }
  }
  out.forEach((c, i) => (c.sharedWith = [...partners[i]!].sort((a, b) => a - b)));
  return out;
}
