import { isLiteralString } from '../addresses/literal-string.js';
import type { MObject, RuleContext } from '../../model.js';
import { compileSelectorList } from '../../label-selector.js';

/**
 * Which pools an L2/BGP advertisement applies to. `all`: neither ipAddressPools nor
 * ipAddressPoolSelectors (MetalLB: every pool). `uncertain`: a macro or a malformed field makes
 * the answer unknowable; rules then say nothing that depends on it. `pools` may be shared between
 * advertisements with the same selectors: never mutate it.
 */
export interface Selection {
  all: boolean;
  pools: Set<MObject>;
  uncertain: boolean;
}

function listOf(v: unknown): unknown[] | undefined | 'bad' {
  if (v === undefined || v === null) return undefined;
  return Array.isArray(v) ? v : 'bad';
}

const cache = new WeakMap<RuleContext, Map<MObject, Selection>>();
const indexes = new WeakMap<RuleContext, Map<string, MObject[]>>();

/** IPAddressPools by name (a name may be defined twice; duplicate-name reports it) */
export function poolsByName(ctx: RuleContext): Map<string, MObject[]> {
  let m = indexes.get(ctx);
  if (!m) {
    m = new Map();
    for (const p of ctx.ofKind('IPAddressPool')) {
      const list = m.get(p.name) ?? [];
      list.push(p);
      m.set(p.name, list);
    }
    indexes.set(ctx, m);
  }
  return m;
}

function compute(ctx: RuleContext, adv: MObject): Selection {
  const names = listOf(adv.spec['ipAddressPools']);
  const selectors = listOf(adv.spec['ipAddressPoolSelectors']);
  const sel: Selection = { all: false, pools: new Set(), uncertain: names === 'bad' || selectors === 'bad' };
  const nameList = Array.isArray(names) ? names : [];
  const selList = Array.isArray(selectors) ? selectors : [];
  if (!sel.uncertain && nameList.length === 0 && selList.length === 0) {
    sel.all = true;
    return sel;
  }
  const byName = poolsByName(ctx);
  for (const n of nameList) {
    if (!isLiteralString(n)) sel.uncertain = true;
    else for (const p of byName.get(n) ?? []) sel.pools.add(p);
  }
  if (selList.length > 0) {
    const matched = poolsMatching(ctx, selList);
    if (matched.uncertain) sel.uncertain = true;
    if (nameList.length === 0) return { ...sel, pools: matched.pools };
    for (const p of matched.pools) sel.pools.add(p);
  }
  return sel;
}

const bySelectors = new WeakMap<RuleContext, Map<string, { pools: Set<MObject>; uncertain: boolean }>>();

/**
 * Pools matched by a selector list, evaluated once per distinct list (advertisements often repeat
 * the same selector): distinct lists × pools, not advertisements × pools.
 */
function poolsMatching(ctx: RuleContext, selectors: unknown[]): { pools: Set<MObject>; uncertain: boolean } {
  let m = bySelectors.get(ctx);
  if (!m) {
    m = new Map();
    bySelectors.set(ctx, m);
  }
  const key = JSON.stringify(selectors);
  let r = m.get(key);
  if (!r) {
    const match = compileSelectorList(selectors);
    r = { pools: new Set(), uncertain: false };
    for (const p of ctx.ofKind('IPAddressPool')) {
      const hit = match(p.labels);
      if (hit === true) r.pools.add(p);
      else if (hit === undefined) r.uncertain = true;
    }
    m.set(key, r);
  }
  return r;
}

/** The pools an advertisement selects, computed once per advertisement and run. */
export function selectedPools(ctx: RuleContext, adv: MObject): Selection {
  let m = cache.get(ctx);
  if (!m) {
    m = new Map();
    cache.set(ctx, m);
  }
  let s = m.get(adv);
  if (!s) {
    s = compute(ctx, adv);
    m.set(adv, s);
  }
  return s;
}
