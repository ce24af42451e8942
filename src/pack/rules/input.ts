import type { Finding, Loc } from '../../diagnostics/finding.js';
import type { Version } from '../../metallb/version.js';
import type { LayeredValues } from '../../values/layers.js';
import { displayJoin, type LoadedPack } from '../load.js';
import type { PackKind } from '../pack-kind.js';
import { packRuleCodes, type PackRuleCode } from './catalog.js';
import type { Severity } from '../../diagnostics/diagnostic.js';

export interface PackCheckInput {
  pack: LoadedPack;
  values: LayeredValues;
  packKind: PackKind;
  version: Version;
}

/** A finding with the code's default severity from the catalog (overridable). */
export function report(
  code: PackRuleCode,
  message: string,
  loc: Loc,
  extra: { severity?: Severity; target?: 'key' | 'value'; related?: Finding['related']; range?: Finding['range'] } = {},
): Finding {
  const f: Finding = { code, severity: extra.severity ?? packRuleCodes[code].severity, message, loc };
  if (extra.target) f.target = extra.target;
  if (extra.related) f.related = extra.related;
  if (extra.range) f.range = extra.range;
  return f;
}

/** Display path of a file of the pack. */
export function packFile(pack: LoadedPack, rel: string): string {
  return displayJoin(pack.display, rel);
}

/** pack.json's value, when it is an object. */
export function packJsonObject(pack: LoadedPack): Record<string, unknown> | undefined {
  const v = pack.packJson?.value(0);
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}
