import { bitsOf } from './ip.js';
import type { IPRange } from './ip-range.js';
import type { Prefix } from './cidr.js';

/** number of bits of a positive BigInt (bitLength(1) = 1) */
function bitLength(n: bigint): number {
  if (n < 0x100000000n) return 32 - Math.clz32(Number(n));
  return n.toString(2).length;
}

/**
 * The minimal list of CIDR prefixes that exactly covers a range, in address order (what MetalLB's
 * `ipaddr.Summarize` yields). At most 2·bits prefixes; each step is O(1) BigInt work.
 */
export function summarize(range: IPRange): Prefix[] {
  const bits = bitsOf(range.family);
  const out: Prefix[] = [];
  let start = range.start;
  while (start <= range.end) {
    // the largest aligned block at `start`: limited by start's trailing zeros and by what remains
    const align = start === 0n ? bits : bitLength(start & -start) - 1;
    const fit = bitLength(range.end - start + 1n) - 1;
    const k = Math.min(align, fit);
    out.push({ family: range.family, base: start, length: bits - k });
    start += 1n << BigInt(k);
  }
  return out;
}

/**
 * The shortest prefix length among the prefixes a range summarises to (its widest block):
 * `3.3.3.2-3.3.3.254` → 26 (its blocks run /31 /30 /29 /28 /27 /26 /26 /27 … /32).
 */
export function widestPrefixLength(range: IPRange): number {
  if (range.family === 4 && range.start <= range.end) return widestV4(Number(range.start), Number(range.end));
  let widest: number = bitsOf(range.family);
  for (const p of summarize(range)) if (p.length < widest) widest = p.length;
  return widest;
}

/** widestPrefixLength for IPv4 bounds, in doubles (exact below 2^53): the blocks of summarize(), without BigInts */
function widestV4(start: number, end: number): number {
  let widest = 32;
  while (start <= end) {
    // trailing zeros of start (start 0: all 32); clz32/& work on the low 32 bits, which hold all of it
    const align = start === 0 ? 32 : 31 - Math.clz32(start & -start);
    const size = end - start + 1;
    const fit = size >= 2 ** 32 ? 32 : 31 - Math.clz32(size);
    const k = Math.min(align, fit);
    if (32 - k < widest) widest = 32 - k;
    start += 2 ** k;
  }
  return widest;
}
