import type { Finding, Loc } from '../../../diagnostics/finding.js';
import { isMacro } from '../../../values/macro.js';
import type { MObject, RuleContext } from '../../model.js';
import { defineRule } from '../../rule.js';
import { nameSite } from '../addresses/object-names.js';
import { poolAddresses } from '../addresses/pool-addresses.js';
import { deferred } from '../deferred.js';
import { aggregationLength, hasServiceSelectors, localPref, peerNames } from './bgp-settings.js';
import { anySelectorMatches, selectorListsDisjoint } from '../../label-selector.js';
import { selectedPools } from './selection.js';

interface Adv {
  obj: MObject;
  order: number;
  pref: number;
  agg4: number;
  agg6: number;
  peers: string[];
  selectors: unknown[];
  /** node names it runs on, when Nodes are part of the input */
  nodes?: Set<string>;
}

type Families = { v4: boolean; v6: boolean };

function familiesOf(pool: MObject): Families {
  const f = { v4: false, v6: false };
  for (const e of poolAddresses(pool).entries) {
    if (e.parsed?.ok) f[e.parsed.range.family === 4 ? 'v4' : 'v6'] = true;
  }
  return f;
}

function nodesOf(ctx: RuleContext, selectors: unknown[]): Set<string> | undefined {
  if (ctx.config.nodes.length === 0) return undefined;
  return new Set(ctx.config.nodes.filter((n) => selectors.length === 0 || anySelectorMatches(selectors, n.labels) !== false).map((n) => n.name));
}

/** MetalLB's BGPAdvertisementsHaveCompatibleLocalPref, plus "no node information: assume shared". */
function compatible(a: Adv, b: Adv, fam: Families): boolean {
  if (a.pref === b.pref) return true;
  const d4 = a.agg4 !== b.agg4;
  const d6 = a.agg6 !== b.agg6;
  if (fam.v4 && fam.v6 ? d4 && d6 : fam.v4 ? d4 : d6) return true;
  if (a.peers.length > 0 && b.peers.length > 0 && !a.peers.some((p) => b.peers.includes(p))) return true;
  if (a.nodes && b.nodes) {
    for (const n of a.nodes) if (b.nodes.has(n)) return false;
    return true;
  }
  return selectorListsDisjoint(a.selectors, b.selectors);
}

function prefSite(ctx: RuleContext, a: Adv): { loc: Loc; target?: Finding['target'] } {
  return a.obj.spec['localPref'] === undefined ? nameSite(ctx.config.form, a.obj) : { loc: a.obj.at('localPref') };
}

/**
 * Two advertisements of one pool with different localPref that MetalLB cannot tell apart.
 * Grouped by pool, then bucketed by localPref: only advertisements in different buckets of one
 * pool are compared, and advertisements that select every pool are compared among themselves once
 * per family mix, not once per pool; pools reached by the same set of advertisements are one group.
 */
export const localprefConflict = defineRule({
  code: 'metallb/localpref-conflict',
  severity: 'error',
  description: 'two BGPAdvertisements of one pool with different localPref and nothing else telling them apart',
  check(ctx) {
    const out: Finding[] = [];
    const everyPool: Adv[] = [];
    const bySet = new Map<Set<MObject>, Adv[]>();
    ctx.ofKind('BGPAdvertisement').forEach((obj, order) => {
      if (isMacro(obj.spec['localPref'])) return void out.push(deferred(obj.at('localPref'), 'localPref'));
      const pref = localPref(obj);
      const agg4 = aggregationLength(obj, 'aggregationLength');
      const agg6 = aggregationLength(obj, 'aggregationLengthV6');
      if (pref === undefined || agg4 === undefined || agg6 === undefined || hasServiceSelectors(obj)) return;
      const ns = obj.spec['nodeSelectors'];
      const selectors = Array.isArray(ns) ? ns : [];
      const adv: Adv = { obj, order, pref, agg4, agg6, peers: peerNames(obj), selectors, nodes: nodesOf(ctx, selectors) };
      const sel = selectedPools(ctx, obj);
      if (sel.all) everyPool.push(adv);
      else {
        const list = bySet.get(sel.pools);
        if (list) list.push(adv);
        else bySet.set(sel.pools, [adv]);
      }
    });
    // each pool's signature: the ids of the distinct selections that reach it (Σ distinct set sizes)
    const advsOf: Adv[][] = [];
    const signature = new Map<MObject, number[]>();
    for (const [pools, advs] of bySet) {
      const id = advsOf.push(advs) - 1;
      for (const p of pools) {
        const ids = signature.get(p);
        if (ids) ids.push(id);
        else signature.set(p, [id]);
      }
    }
    const reported = new Set<string>();
    const compare = (x: Adv, y: Adv, pool: MObject, fam: Families): void => {
      const [earlier, later] = x.order < y.order ? [x, y] : [y, x];
      const key = `${earlier.order}:${later.order}`;
      if (reported.has(key) || compatible(earlier, later, fam)) return;
      reported.add(key);
      const rel = prefSite(ctx, earlier);
      out.push({
        ...prefSite(ctx, later),
        message: `localPref ${later.pref} of BGPAdvertisement "${later.obj.name}" conflicts with localPref ${earlier.pref} of "${earlier.obj.name}": both announce pool "${pool.name}" with the same aggregation length to the same peers from the same nodes, and MetalLB rejects the second. Use one localPref, or separate them by peers, nodeSelectors or aggregationLength`,
        related: [{ loc: rel.loc, target: rel.target, message: `BGPAdvertisement "${earlier.obj.name}" sets localPref ${earlier.pref} here` }],
      });
    };
    /** compare every pair in different localPref buckets; `onlyWithOwn` limits it to pairs touching `own` */
    const sweep = (advs: Adv[], pool: MObject, fam: Families, own?: Set<Adv>): void => {
      const buckets = new Map<number, Adv[]>();
      for (const a of advs) {
        const b = buckets.get(a.pref);
        if (b) b.push(a);
        else buckets.set(a.pref, [a]);
      }
      if (buckets.size < 2) return;
      const lists = [...buckets.values()];
      for (let i = 0; i < lists.length; i++)
        for (let j = i + 1; j < lists.length; j++)
          for (const x of lists[i]!) for (const y of lists[j]!) if (!own || own.has(x) || own.has(y)) compare(x, y, pool, fam);
    };
    const mixesDone = new Set<string>();
    const groupsDone = new Set<string>();
    for (const pool of ctx.ofKind('IPAddressPool')) {
      const fam = familiesOf(pool);
      if (!fam.v4 && !fam.v6) continue;
      const mix = `${fam.v4}${fam.v6}`;
      if (!mixesDone.has(mix)) {
        mixesDone.add(mix);
        sweep(everyPool, pool, fam);
      }
      const ids = signature.get(pool);
      if (!ids) continue;
      // pools reached by the same advertisements (and of the same family mix) conflict alike: once
      const group = `${mix}|${ids.join(',')}`;
      if (groupsDone.has(group)) continue;
      groupsDone.add(group);
      const own = ids.flatMap((id) => advsOf[id]!);
      sweep([...own, ...everyPool], pool, fam, new Set(own));
    }
    return out;
  },
});
