import { isPlainObject } from '../values/layers.js';

/**
 * Kubernetes LabelSelector matching (metav1.LabelSelectorAsSelector): matchLabels AND every
 * matchExpressions requirement (In, NotIn, Exists, DoesNotExist). `{}` matches everything.
 * Returns undefined when the selector is malformed (the schema layer reports it) so that callers
 * can stay silent instead of guessing.
 */
export function selectorMatches(selector: unknown, labels: Record<string, string>): boolean | undefined {
  return compileSelector(selector)?.(labels);
}

type Matcher = (labels: Record<string, string>) => boolean;
type Requirement = (labels: Record<string, string>) => boolean;

function requirement(req: unknown): Requirement | undefined {
  if (!isPlainObject(req) || typeof req['key'] !== 'string') return undefined;
  const key = req['key'];
  const values = req['values'] ?? [];
  if (!Array.isArray(values)) return undefined;
  const vals = new Set(values.map(String));
  const has = (l: Record<string, string>) => Object.prototype.hasOwnProperty.call(l, key);
  switch (req['operator']) {
    case 'In':
      return vals.size === 0 ? undefined : (l) => has(l) && vals.has(l[key]!);
    case 'NotIn':
      return vals.size === 0 ? undefined : (l) => !has(l) || !vals.has(l[key]!);
    case 'Exists':
      return (l) => has(l);
    case 'DoesNotExist':
      return (l) => !has(l);
    default:
      return undefined;
  }
}

/** The selector as a function, validated once; undefined when malformed. */
export function compileSelector(selector: unknown): Matcher | undefined {
  if (!isPlainObject(selector)) return undefined;
  const reqs: Requirement[] = [];
  const ml = selector['matchLabels'];
  if (ml !== undefined && ml !== null) {
    if (!isPlainObject(ml)) return undefined;
    for (const [k, v] of Object.entries(ml)) {
      const want = String(v);
      reqs.push((l) => l[k] === want);
    }
  }
  const me = selector['matchExpressions'];
  if (me !== undefined && me !== null) {
    if (!Array.isArray(me)) return undefined;
    for (const r of me) {
      const req = requirement(r);
      if (!req) return undefined;
      reqs.push(req);
    }
  }
  return (labels) => reqs.every((r) => r(labels));
}

/** OR over a list of selectors (how MetalLB reads ipAddressPoolSelectors and nodeSelectors). */
export function anySelectorMatches(selectors: readonly unknown[], labels: Record<string, string>): boolean | undefined {
  return compileSelectorList(selectors)(labels);
}

/** anySelectorMatches, compiled once for many label sets */
export function compileSelectorList(selectors: readonly unknown[]): (labels: Record<string, string>) => boolean | undefined {
  const compiled = selectors.map(compileSelector);
  const valid = compiled.filter((m): m is Matcher => m !== undefined);
  const unknown = valid.length < compiled.length;
  return (labels) => (valid.some((m) => m(labels)) ? true : unknown ? undefined : false);
}

/**
 * Without any Node to test against: true when no label set can satisfy a selector of `a` and one
 * of `b` together, judged on matchLabels only (same key, different value). Conservative: false
 * when unsure, and false when either list is empty (empty = all nodes).
 */
export function selectorListsDisjoint(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const labelsOf = (s: unknown): Record<string, unknown> | undefined => (isPlainObject(s) && isPlainObject(s['matchLabels']) ? s['matchLabels'] : undefined);
  for (const sa of a) {
    const la = labelsOf(sa);
    for (const sb of b) {
      const lb = labelsOf(sb);
      if (!la || !lb) return false;
      const clash = Object.entries(la).some(([k, v]) => k in lb && String(lb[k]) !== String(v));
      if (!clash) return false;
    }
  }
  return true;
}
