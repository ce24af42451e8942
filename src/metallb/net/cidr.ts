import { bitsOf, formatIP, maxOf, parseIP, type IP, type IPFamily } from './ip.js';
import type { IPRange } from './ip-range.js';

/** A network prefix with its host bits cleared. */
export interface Prefix {
  family: IPFamily;
  base: bigint;
  length: number;
}

export type CIDRParse =
  | { ok: true; prefix: Prefix; address: IP; hostBits: boolean }
  | { ok: false; reason: 'no-slash' | 'bad-ip' | 'bad-length'; ip?: IP };

/** the netmask of a prefix length, as a number of the family's width */
export function maskOf(family: IPFamily, length: number): bigint {
  const host = BigInt(bitsOf(family) - length);
  return maxOf(family) ^ ((1n << host) - 1n);
}

/**
 * `addr/len` exactly as Go's `net.ParseCIDR`: no whitespace, decimal length 0..32 or 0..128.
 * `hostBits` is true when `addr` has bits set past the prefix (MetalLB masks them silently).
 */
export function parseCIDR(text: string): CIDRParse {
  const slash = text.indexOf('/');
  if (slash < 0) return { ok: false, reason: 'no-slash' };
  const address = parseIP(text.slice(0, slash));
  if (!address) return { ok: false, reason: 'bad-ip' };
  const len = text.slice(slash + 1);
  if (!/^\d{1,3}$/.test(len) || Number(len) > bitsOf(address.family)) return { ok: false, reason: 'bad-length', ip: address };
  const length = Number(len);
  const base = address.value & maskOf(address.family, length);
  return { ok: true, prefix: { family: address.family, base, length }, address, hostBits: base !== address.value };
}

export function formatPrefix(p: Prefix): string {
  return `${formatIP({ family: p.family, value: p.base })}/${p.length}`;
}

/** the addresses a prefix covers */
export function prefixRange(p: Prefix): IPRange {
  const size = 1n << BigInt(bitsOf(p.family) - p.length);
  return { family: p.family, start: p.base, end: p.base + size - 1n };
}
