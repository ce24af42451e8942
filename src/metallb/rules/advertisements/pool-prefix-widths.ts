import type { IPFamily } from '../../net/ip.js';
import { widestPrefixLength } from '../../net/summarize.js';
import type { MObject, RuleContext } from '../../model.js';
import { poolAddresses } from '../addresses/pool-addresses.js';

/** The entry whose summary has the widest prefix (shortest length), per family. */
export interface WidestEntry {
  pool: MObject;
  index: number;
  text: string;
  length: number;
}

export interface PoolWidths {
  v4?: WidestEntry;
  v6?: WidestEntry;
}

const cache = new WeakMap<RuleContext, { perPool: Map<MObject, PoolWidths>; overall: PoolWidths }>();

function tighter(a: WidestEntry | undefined, b: WidestEntry | undefined): WidestEntry | undefined {
  if (!a) return b;
  if (!b) return a;
  return b.length > a.length ? b : a;
}

/**
 * For every pool, the entry that constrains aggregation most: an advertisement's aggregation length
 * must be ≥ the shortest prefix every entry summarises to, i.e. ≥ the largest of those minima.
 * Computed once (O(entries)); `overall` answers advertisements that select all pools in O(1).
 */
export function poolWidths(ctx: RuleContext): { perPool: Map<MObject, PoolWidths>; overall: PoolWidths } {
  let c = cache.get(ctx);
  if (c) return c;
  const perPool = new Map<MObject, PoolWidths>();
  const overall: PoolWidths = {};
  for (const pool of ctx.ofKind('IPAddressPool')) {
    const w: PoolWidths = {};
    for (const e of poolAddresses(pool).entries) {
      if (!e.parsed?.ok) continue;
      const fam: IPFamily = e.parsed.range.family;
      const length = e.parsed.kind === 'cidr' ? e.parsed.prefix.length : widestPrefixLength(e.parsed.range);
      const entry: WidestEntry = { pool, index: e.index, text: String(e.raw), length };
      if (fam === 4) w.v4 = tighter(w.v4, entry);
      else w.v6 = tighter(w.v6, entry);
    }
    perPool.set(pool, w);
    overall.v4 = tighter(overall.v4, w.v4);
    overall.v6 = tighter(overall.v6, w.v6);
  }
  c = { perPool, overall };
  cache.set(ctx, c);
  return c;
}

const bySet = new WeakMap<Set<MObject>, PoolWidths>();

/** The binding entries of a set of pools; computed once per set (sets are shared between advertisements). */
export function widestOf(pools: Set<MObject>, perPool: Map<MObject, PoolWidths>): PoolWidths {
  let w = bySet.get(pools);
  if (w) return w;
  w = {};
  for (const p of pools) {
    const pw = perPool.get(p);
    if (!pw) continue;
    w.v4 = tighter(w.v4, pw.v4);
    w.v6 = tighter(w.v6, pw.v6);
  }
  bySet.set(pools, w);
  return w;
}
