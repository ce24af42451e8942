import { isMacro } from '../../../values/macro.js';
import type { MObject } from '../../model.js';

export const AGGREGATION_FIELDS = [
  { field: 'aggregationLength', family: 4, max: 32 },
  { field: 'aggregationLengthV6', family: 6, max: 128 },
] as const;

export type AggregationField = (typeof AGGREGATION_FIELDS)[number]['field'];

/**
 * The effective aggregation length of one family: the default (32 / 128) when absent, the value
 * when it is an integer in 1..max, undefined when it is a macro, another type or out of range
 * (other rules report those; nothing that depends on it is checked).
 */
export function aggregationLength(adv: MObject, field: AggregationField): number | undefined {
  const spec = AGGREGATION_FIELDS.find((f) => f.field === field)!;
  const v = adv.spec[field];
  if (v === undefined || v === null) return spec.max;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > spec.max) return undefined;
  return v;
}

/** localPref as MetalLB uses it: 0 when absent; undefined when a macro or not a number */
export function localPref(adv: MObject): number | undefined {
  const v = adv.spec['localPref'];
  if (v === undefined || v === null) return 0;
  if (isMacro(v) || typeof v !== 'number') return undefined;
  return v;
}

/** non-empty serviceSelectors (0.16+): the advertisement applies to some services only */
export function hasServiceSelectors(adv: MObject): boolean {
  const s = adv.spec['serviceSelectors'];
  return Array.isArray(s) && s.length > 0;
}

/** the `peers` names, [] when absent (= all peers) */
export function peerNames(adv: MObject): string[] {
  const p = adv.spec['peers'];
  return Array.isArray(p) ? p.filter((x): x is string => typeof x === 'string') : [];
}
