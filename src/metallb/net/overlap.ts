import type { IPRange } from './ip-range.js';

/** A range with what it belongs to and its definition order (lower = defined first). */
export interface Tagged<T> {
  range: IPRange;
  order: number;
  item: T;
}

/** Two overlapping ranges; `first` was defined before `second`. */
export interface Overlap<T> {
  first: Tagged<T>;
  second: Tagged<T>;
}

/**
 * Overlapping pairs among ranges, by sorting on start (per family) and one sweep: O(n log n), never
 * pairwise. In sort order, a range overlaps an earlier one iff it starts at or before the furthest end
 * so far (its partner: that furthest-reaching range), and overlaps a later one iff the next range
 * starts at or before its end (its partner: that next range). Each such pair is reported once, so
 * every range that overlaps any other appears in at least one pair, and there are fewer than 2n pairs.
 * Pairs come out in definition order of their later member (then of the earlier one).
 */
export function findOverlaps<T>(items: readonly Tagged<T>[]): Overlap<T>[] {
  const out = [...sweep(items.filter((i) => i.range.family === 4), true), ...sweep(items.filter((i) => i.range.family === 6), false)];
  return out.sort((a, b) => a.second.order - b.second.order || a.first.order - b.first.order);
}

/** one family: sort by start (then longest first, then definition), pair each range with the furthest-reaching range before it and with the next one */
function sweep<T>(items: Tagged<T>[], small: boolean): Overlap<T>[] {
  // IPv4 bounds fit a double exactly: sorting on numbers is several times faster than on BigInts
  const keyed = items.map((t) => ({ t, s: small ? Number(t.range.start) : t.range.start, e: small ? Number(t.range.end) : t.range.end }));
  keyed.sort((a, b) => (a.s < b.s ? -1 : a.s > b.s ? 1 : a.e > b.e ? -1 : a.e < b.e ? 1 : a.t.order - b.t.order));
  const out: Overlap<T>[] = [];
  const pair = (a: Tagged<T>, b: Tagged<T>) => out.push(a.order < b.order ? { first: a, second: b } : { first: b, second: a });
  let reach: (typeof keyed)[number] | undefined;
  for (let i = 0; i < keyed.length; i++) {
    const cur = keyed[i]!;
    // overlaps an earlier range iff it starts at or before the furthest end so far; when that range is
    // the previous one, the pair was already made by its next-range check below
    if (reach && cur.s <= reach.e && reach !== keyed[i - 1]) pair(reach.t, cur.t);
    // overlaps a later range iff the next one starts at or before this one's end
    const next = keyed[i + 1];
    if (next && next.s <= cur.e) pair(cur.t, next.t);
    if (!reach || cur.e > reach.e) reach = cur;
  }
  return out;
}
