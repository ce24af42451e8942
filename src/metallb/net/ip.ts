/**
 * IP addresses as (family, BigInt) pairs, parsed the way Go's `net.ParseIP` does (which is what
 * MetalLB uses): dotted-quad IPv4 without leading zeros, RFC 4291 IPv6 text (with `::` and an
 * embedded dotted quad), no zones, no surrounding whitespace.
 */
export type IPFamily = 4 | 6;

export interface IP {
  family: IPFamily;
  value: bigint;
}

/** 32 for IPv4, 128 for IPv6 */
export function bitsOf(family: IPFamily): 32 | 128 {
  return family === 4 ? 32 : 128;
}

/** the highest address of a family (all ones) */
export function maxOf(family: IPFamily): bigint {
  return (1n << BigInt(bitsOf(family))) - 1n;
}

const HEX_GROUP = /^[0-9a-fA-F]{1,4}$/;

/**
 * Four decimal octets 0-255 separated by dots, no leading zeros (`0` alone is one), nothing else:
 * what /^(0|[1-9]\d{0,2})(\.(0|[1-9]\d{0,2})){3}$/ with each octet ≤ 255 accepts, read in one pass
 * (it runs for every address of every pool).
 */
function parseV4(s: string): bigint | undefined {
  let v = 0;
  let i = 0;
  for (let octet = 0; octet < 4; octet++) {
    if (octet > 0) {
      if (s.charCodeAt(i) !== 0x2e) return undefined; // .
      i++;
    }
    const first = s.charCodeAt(i) - 0x30;
    if (!(first >= 0 && first <= 9)) return undefined;
    let n = first;
    i++;
    if (first !== 0) {
      for (let k = 0; k < 2; k++) {
        const d = s.charCodeAt(i) - 0x30;
        if (!(d >= 0 && d <= 9)) break;
        n = n * 10 + d;
        i++;
      }
    }
    if (n > 255) return undefined;
    v = v * 256 + n;
  }
  return i === s.length ? BigInt(v) : undefined;
}

/** groups of one side of `::` → 16-bit values, the last may be a dotted quad (two groups) */
function groupsOf(side: string, allowV4Tail: boolean): bigint[] | undefined {
  if (side === '') return [];
  const parts = side.split(':');
  const out: bigint[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if (allowV4Tail && i === parts.length - 1 && p.includes('.')) {
      const v4 = parseV4(p);
      if (v4 === undefined) return undefined;
      out.push(v4 >> 16n, v4 & 0xffffn);
    } else if (HEX_GROUP.test(p)) {
      out.push(BigInt(parseInt(p, 16)));
    } else {
      return undefined;
    }
  }
  return out;
}

function parseV6(s: string): bigint | undefined {
  const halves = s.split('::');
  if (halves.length > 2) return undefined;
  let groups: bigint[];
  if (halves.length === 1) {
    const g = groupsOf(s, true);
    if (!g || g.length !== 8) return undefined;
    groups = g;
  } else {
    const head = groupsOf(halves[0]!, false);
    const tail = groupsOf(halves[1]!, true);
    if (!head || !tail || head.length + tail.length > 7) return undefined;
    groups = [...head, ...Array<bigint>(8 - head.length - tail.length).fill(0n), ...tail];
  }
  return groups.reduce((acc, g) => (acc << 16n) | g, 0n);
}

/** An IPv4 or IPv6 address, or undefined when the text is not exactly one. */
export function parseIP(text: string): IP | undefined {
  if (text.includes(':')) {
    const v = parseV6(text);
    return v === undefined ? undefined : { family: 6, value: v };
  }
  const v = parseV4(text);
  return v === undefined ? undefined : { family: 4, value: v };
}

/** Dotted quad for IPv4; RFC 5952 (lowercase, longest zero run as `::`) for IPv6. */
export function formatIP(ip: IP): string {
  if (ip.family === 4) {
    const v = ip.value;
    return [24n, 16n, 8n, 0n].map((s) => String((v >> s) & 0xffn)).join('.');
  }
  const groups: number[] = [];
  for (let s = 112n; s >= 0n; s -= 16n) groups.push(Number((ip.value >> s) & 0xffffn));
  let bestStart = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLen).join(':')}`;
}
