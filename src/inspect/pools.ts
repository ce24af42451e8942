import type { IPRange } from '../metallb/net/ip-range.js';
import type { MObject, RuleContext } from '../metallb/model.js';
import { poolAddresses } from '../metallb/rules/addresses/pool-addresses.js';
import { selectedPools } from '../metallb/rules/advertisements/selection.js';
import { poolCapacities } from './capacity.js';
import { ALL_NODES, matchingNodes, nodeSelectorsText } from './selectors.js';

export type Family = 'IPv4' | 'IPv6' | 'dual' | 'unknown';

/** One advertisement that announces a pool. Keys are listed in output order. */
export interface Announcement {
  kind: 'L2Advertisement' | 'BGPAdvertisement';
  name: string;
  /** BGP only: the peers it announces to (its `peers`, else every BGPPeer) */
  peers?: string[];
  /** BGP only: true when it lists no `peers` and so announces to all */
  allPeers?: boolean;
  /** BGP only: peers limited to some nodes by their own nodeSelectors (name → selector text) */
  peerNodes?: Record<string, string>;
  /** its nodeSelectors as text, or "all nodes" (set last but for nodeNames/uncertain, for key order) */
  nodes?: string;
  /** when Nodes are part of the input: the ones the selectors match */
  nodeNames?: string[];
  /** the selection depends on a Palette macro or a malformed field: it may or may not apply */
  uncertain?: boolean;
}

/**
 * What `inspect` reports for one IPAddressPool. Counts are decimal strings (they may exceed 2^53:
 * an IPv6 /64 holds 2^64 addresses); null where a macro or an invalid entry makes them unknown.
 */
export interface PoolReport {
  name: string;
  family: Family;
  /** the address entries as written */
  ranges: string[];
  addresses: string | null;
  usable: string | null;
  /** addresses also held by another pool (excluded from usable) */
  shared: string | null;
  sharedWith: string[];
  avoidBuggyIPs: boolean | null;
  autoAssign: boolean | null;
  announced: boolean;
  announcements: Announcement[];
  /** things worth a look, in words */
  notes: string[];
}

function boolOrNull(v: unknown, dflt: boolean): boolean | null {
  if (v === undefined || v === null) return dflt;
  return typeof v === 'boolean' ? v : null;
}

function compareNames(a: MObject, b: MObject): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

function byName(list: readonly MObject[]): MObject[] {
  return list.map((o, i) => ({ o, i })).sort((x, y) => compareNames(x.o, y.o) || x.i - y.i).map((x) => x.o);
}

function listOfStrings(v: unknown): string[] | undefined {
  return Array.isArray(v) && v.length > 0 ? v.map(String) : undefined;
}

/** Every pool of the configuration, sorted by name, with its capacity and who announces it. */
export function inspectPools(ctx: RuleContext): PoolReport[] {
  const pools = byName(ctx.ofKind('IPAddressPool'));
  const parsed = pools.map((p) => poolAddresses(p));
  const caps = poolCapacities(
    parsed.map((a) => ({
      ranges: a.entries.flatMap((e): IPRange[] => (e.parsed?.ok ? [e.parsed.range] : [])),
      avoidBuggyIPs: a.avoidBuggyIPs === true,
    })),
  );
  const peerObjs = byName(ctx.ofKind('BGPPeer'));
  const peers = peerObjs.map((p) => p.name);
  const peerNodes = new Map<string, string>();
  for (const p of peerObjs) {
    const text = nodeSelectorsText(p.spec['nodeSelectors']);
    if (text !== ALL_NODES && !peerNodes.has(p.name)) peerNodes.set(p.name, text);
  }
  const advertisements = [...byName(ctx.ofKind('L2Advertisement')), ...byName(ctx.ofKind('BGPAdvertisement'))];
  const selections = advertisements.map((adv) => ({ adv, sel: selectedPools(ctx, adv) }));

  return pools.map((pool, i) => {
    const addrs = parsed[i]!;
    const cap = caps[i]!;
    const families = new Set(addrs.entries.flatMap((e) => (e.parsed?.ok ? [e.parsed.range.family] : [])));
    const family: Family = families.size === 2 ? 'dual' : families.has(4) ? 'IPv4' : families.has(6) ? 'IPv6' : 'unknown';
    const known = addrs.complete && addrs.avoidBuggyIPs !== 'unknown';
    const notes: string[] = [];
    if (addrs.state === 'macro') notes.push('addresses come from a Palette macro: capacity is known only at deploy time');
    else if (addrs.entries.some((e) => e.macro)) notes.push('some addresses come from a Palette macro: capacity is known only at deploy time');
    else if (!addrs.complete) notes.push('some address entries are invalid (see spectro-pack validate): capacity is not counted');

    const announcements: Announcement[] = [];
    for (const { adv, sel } of selections) {
      const certain = sel.all || sel.pools.has(pool);
      if (!certain && !sel.uncertain) continue;
      const a: Announcement = { kind: adv.kind as Announcement['kind'], name: adv.name };
      if (adv.kind === 'BGPAdvertisement') {
        const listed = listOfStrings(adv.spec['peers']);
        a.peers = listed ?? peers;
        a.allPeers = listed === undefined;
        const limited = a.peers.filter((n) => peerNodes.has(n));
        if (limited.length) a.peerNodes = Object.fromEntries(limited.map((n) => [n, peerNodes.get(n)!]));
        if (a.peers.length === 0) notes.push(`BGPAdvertisement "${adv.name}" has no BGPPeer to announce to`);
      }
      a.nodes = nodeSelectorsText(adv.spec['nodeSelectors']);
      if (ctx.config.nodes.length > 0) a.nodeNames = matchingNodes(adv.spec['nodeSelectors'], ctx.config.nodes);
      if (!certain) a.uncertain = true;
      announcements.push(a);
    }
    const announced = announcements.some((a) => !a.uncertain);
    if (!announced && announcements.length === 0) notes.push('not announced: no L2Advertisement or BGPAdvertisement selects it, so its IPs are assigned but never reachable');
    else if (!announced) notes.push('may not be announced: the advertisements that could select it depend on a macro or a malformed field');
    if (cap.sharedWith.length > 0) {
      notes.push(`overlaps ${cap.sharedWith.map((j) => `"${pools[j]!.name}"`).join(', ')}: ${cap.shared} shared addresses are not counted as usable (MetalLB rejects overlapping pools)`);
    }
    return {
      name: pool.name,
      family,
      ranges: addrs.entries.map((e) => String(e.raw)).concat(addrs.state === 'macro' ? [String(pool.spec['addresses'])] : []),
      addresses: addrs.complete ? cap.total.toString() : null,
      usable: known ? cap.usable.toString() : null,
      shared: known ? cap.shared.toString() : null,
      sharedWith: cap.sharedWith.map((j) => pools[j]!.name),
      avoidBuggyIPs: addrs.avoidBuggyIPs === 'unknown' ? null : addrs.avoidBuggyIPs,
      autoAssign: boolOrNull(pool.spec['autoAssign'], true),
      announced,
      announcements,
      notes,
    };
  });
}
