import { isIP } from 'node:net';
import { isPlainObject } from '../../../values/layers.js';
import { compileSelector } from '../../label-selector.js';
import { selectedPools } from '../advertisements/selection.js';
import { hasMacro } from './read.js';
import type { MObject, NodeDoc, RuleContext } from '../../model.js';

/** Kubernetes LabelSelector semantics (src/metallb/label-selector.ts); a malformed selector matches nothing. */
export function selectorMatches(sel: unknown, labels: Record<string, string>): boolean {
  return compileSelector(sel)?.(labels) ?? false;
}

/** A list of selectors (OR); absent or empty selects everything. */
export function selectorsMatch(list: unknown, labels: Record<string, string>): boolean {
  if (!Array.isArray(list) || list.length === 0) return true;
  return list.some((s) => selectorMatches(s, labels));
}

function nonEmpty(list: unknown): unknown[] | undefined {
  return Array.isArray(list) && list.length > 0 ? list : undefined;
}

/** Two selectors that no node can satisfy together, judged from the selectors alone. */
function disjoint(a: unknown, b: unknown): boolean {
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const la = isPlainObject(a['matchLabels']) ? a['matchLabels'] : {};
  const lb = isPlainObject(b['matchLabels']) ? b['matchLabels'] : {};
  for (const [k, v] of Object.entries(la)) if (k in lb && String(lb[k]) !== String(v)) return true;
  const excludes = (labels: Record<string, unknown>, exprs: unknown): boolean =>
    Array.isArray(exprs) &&
    exprs.some((e) => {
      if (!isPlainObject(e) || typeof e['key'] !== 'string' || !(e['key'] in labels)) return false;
      const v = String(labels[e['key']]);
      const values = Array.isArray(e['values']) ? e['values'].map(String) : [];
      return (e['operator'] === 'In' && !values.includes(v)) || (e['operator'] === 'NotIn' && values.includes(v)) || e['operator'] === 'DoesNotExist';
    });
  return excludes(la, b['matchExpressions']) || excludes(lb, a['matchExpressions']);
}

/**
 * Whether two peers can be used on one node. With Nodes in the input, by matching them; without,
 * every pair may share a node unless all their selectors are pairwise disjoint.
 */
export function mayShareNode(a: MObject, b: MObject, nodes: NodeDoc[]): boolean {
  if (nodes.length > 0) return nodes.some((n) => selectorsMatch(a.spec['nodeSelectors'], n.labels) && selectorsMatch(b.spec['nodeSelectors'], n.labels));
  const sa = nonEmpty(a.spec['nodeSelectors']);
  const sb = nonEmpty(b.spec['nodeSelectors']);
  if (!sa || !sb) return true;
  return sa.some((x) => sb.some((y) => !disjoint(x, y)));
}

/**
 * The pools an advertisement announces (by name, by selector, or all when it names none), in the
 * order the pools are defined. From advertisements/selection.ts, computed once per advertisement;
 * a pool chosen through a macro or a malformed field is not counted.
 */
export function poolsOf(ctx: RuleContext, ad: MObject): MObject[] {
  const pools = ctx.ofKind('IPAddressPool');
  const s = selectedPools(ctx, ad);
  return s.all ? pools : pools.filter((p) => s.pools.has(p));
}

/** Whether a BGPAdvertisement announces to this peer: it lists it in `peers`, or lists no peers. */
export function advertisesTo(ad: MObject, peer: MObject): boolean {
  const peers = nonEmpty(ad.spec['peers']);
  return !peers || peers.includes(peer.name);
}

/** Indexes of a pool's IPv6 entries (`fc00::/64`, `fc00::1-fc00::ff`); macros and garbage are skipped. */
export function ipv6Entries(pool: MObject): number[] {
  const addrs = pool.spec['addresses'];
  if (!Array.isArray(addrs)) return [];
  const out: number[] = [];
  addrs.forEach((a: unknown, i) => {
    if (typeof a !== 'string' || a.indexOf(':') === -1 || hasMacro(a)) return; // IPv6 has a colon
    const first = a.split('-')[0]!.split('/')[0]!.trim();
    if (isIP(first) === 6) out.push(i);
  });
  return out;
}

const advertised = new WeakMap<RuleContext, { pool: MObject; ad: MObject }[]>();

/** Pools announced by some BGPAdvertisement, with the (first) advertisement that announces each; once per run. */
export function bgpAdvertisedPools(ctx: RuleContext): { pool: MObject; ad: MObject }[] {
  const hit = advertised.get(ctx);
  if (hit) return hit;
  const out: { pool: MObject; ad: MObject }[] = [];
  const seen = new Set<MObject>();
  for (const ad of ctx.ofKind('BGPAdvertisement')) {
    for (const pool of poolsOf(ctx, ad)) {
      if (seen.has(pool)) continue;
      seen.add(pool);
      out.push({ pool, ad });
    }
  }
  advertised.set(ctx, out);
  return out;
}
