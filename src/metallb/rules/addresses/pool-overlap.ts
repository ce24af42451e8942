import type { Finding } from '../../../diagnostics/finding.js';
import { findOverlaps, type Tagged } from '../../net/overlap.js';
import type { MObject } from '../../model.js';
import { defineRule } from '../../rule.js';
import { poolAddresses } from './pool-addresses.js';

interface Site {
  pool: MObject;
  index: number;
  text: string;
}

/**
 * No address may belong to two entries, in one pool or across pools (MetalLB: "CIDR … overlaps with
 * already defined CIDR"). All entries are sorted once and swept (net/overlap.ts): O(n log n), so
 * 10,000 pools with 20,000 ranges cost milliseconds. Every entry that overlaps another is in at least
 * one reported pair; each pair is reported once, on its later definition, related to the earlier one.
 */
export const poolOverlap = defineRule({
  code: 'metallb/pool-overlap',
  severity: 'error',
  description: 'an address entry that overlaps another entry of the same or another IPAddressPool',
  check(ctx) {
    const items: Tagged<Site>[] = [];
    for (const pool of ctx.ofKind('IPAddressPool')) {
      for (const e of poolAddresses(pool).entries) {
        if (e.parsed?.ok) items.push({ range: e.parsed.range, order: items.length, item: { pool, index: e.index, text: String(e.raw) } });
      }
    }
    const out: Finding[] = [];
    for (const { first, second } of findOverlaps(items)) {
      const a = first.item;
      const b = second.item;
      const other = a.pool === b.pool ? `\`${a.text}\`, an earlier entry of the same pool` : `\`${a.text}\` of pool "${a.pool.name}"`;
      out.push({
        message: `\`${b.text}\` overlaps ${other}; an address may belong to one entry of one pool only. Shrink or remove one of them`,
        loc: b.pool.at('addresses', b.index),
        related: [{ loc: a.pool.at('addresses', a.index), message: `\`${a.text}\` first defined here` }],
      });
    }
    return out;
  },
});
