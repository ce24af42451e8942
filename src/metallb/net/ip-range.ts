import { formatIP, type IPFamily } from './ip.js';

/** An inclusive span of addresses of one family: what every address entry of a pool denotes. */
export interface IPRange {
  family: IPFamily;
  start: bigint;
  end: bigint;
}

/** how many addresses the range holds */
export function rangeSize(r: IPRange): bigint {
  return r.end - r.start + 1n;
}

export function formatRange(r: IPRange): string {
  return `${formatIP({ family: r.family, value: r.start })}-${formatIP({ family: r.family, value: r.end })}`;
}

/** Sorted, non-overlapping, non-adjacent union of the ranges (IPv4 before IPv6). O(n log n). */
export function mergeRanges(ranges: readonly IPRange[]): IPRange[] {
  const sorted = [...ranges].sort((a, b) => a.family - b.family || (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const out: IPRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && last.family === r.family && r.start <= last.end + 1n) {
      if (r.end > last.end) last.end = r.end;
    } else {
      out.push({ ...r });
    }
  }
  return out;
}
