import type { IPRange } from './ip-range.js';

/**
 * IPv4 addresses of the range whose last octet is 0 or 255: the ones `avoidBuggyIPs` removes (in
 * every /24 the range touches). Always 0 for IPv6, where avoidBuggyIPs has no effect.
 */
export function buggyAddressCount(range: IPRange): bigint {
  if (range.family !== 4 || range.end < range.start) return 0n;
  // IPv4 bounds are exact in doubles: count without BigInt arithmetic (it runs for every entry)
  const start = Number(range.start);
  const end = Number(range.end);
  return BigInt(congruentInV4(start, end, 0) + congruentInV4(start, end, 255));
}

/** how many x in [start, end] satisfy x ≡ r (mod 256), by arithmetic (IPv4 bounds are exact as doubles) */
function congruentInV4(start: number, end: number, r: number): number {
  const upTo = (n: number) => (n < r ? 0 : Math.floor((n - r) / 256) + 1);
  return upTo(end) - (start === 0 ? 0 : upTo(start - 1));
}

/** Usable addresses of a range; never enumerates (a /8 or an IPv6 /64 costs the same as a /32). */
export function countAddresses(range: IPRange, avoidBuggyIPs = false): bigint {
  if (range.end < range.start) return 0n;
  const all = range.end - range.start + 1n;
  return avoidBuggyIPs ? all - buggyAddressCount(range) : all;
}
