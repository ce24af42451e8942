import type { IPRange } from './ip-range.js';

/** how many x in [0, n] satisfy x ≡ r (mod m); 0 when n < r */
function upTo(n: bigint, r: bigint, m: bigint): bigint {
  return n < r ? 0n : (n - r) / m + 1n;
}

/** how many x in [start, end] satisfy x ≡ r (mod m), by arithmetic */
function congruentIn(start: bigint, end: bigint, r: bigint, m: bigint): bigint {
  return upTo(end, r, m) - (start === 0n ? 0n : upTo(start - 1n, r, m));
}

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

/** congruentIn() modulo 256 for IPv4 bounds as doubles */
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
