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
 * Overlapping pairs among ranges, by sorting on start and sweeping with the range that reaches
 * furthest so far: O(n log n), never pairwise. Every range that overlaps one sorted before it is
 * reported exactly once, paired with the furthest-reaching earlier range; so every overlap is
 * flagged on at least one of its members, and the output has fewer than n pairs.
 */
export function findOverlaps<T>(items: readonly Tagged<T>[]): Overlap<T>[] {
  return [...sweep(items.filter((i) => i.range.family === 4), true), ...sweep(items.filter((i) => i.range.family === 6), false)];
}

/** one family: sort by start (then longest first, then definition), keep the furthest-reaching range */
function sweep<T>(items: Tagged<T>[], small: boolean): Overlap<T>[] {
  // IPv4 bounds fit a double exactly: sorting on numbers is several times faster than on BigInts
  const keyed = items.map((t) => ({ t, s: small ? Number(t.range.start) : t.range.start, e: small ? Number(t.range.end) : t.range.end }));
  keyed.sort((a, b) => (a.s < b.s ? -1 : a.s > b.s ? 1 : a.e > b.e ? -1 : a.e < b.e ? 1 : a.t.order - b.t.order));
  const out: Overlap<T>[] = [];
  let reach: (typeof keyed)[number] | undefined;
  for (const cur of keyed) {
    if (reach && cur.s <= reach.e) {
      const [first, second] = reach.t.order < cur.t.order ? [reach.t, cur.t] : [cur.t, reach.t];
      out.push({ first, second });
      if (cur.e > reach.e) reach = cur;
    } else {
      reach = cur;
    }
  }
  return out;
}
